/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "ok-store.h"

G_BEGIN_DECLS

/* The whole school as one JSON document: {"format": "ouderkamer-export",
 * "version": N, "school": {…}, "tables": {"family": [{…}, …], …}}. Row ids
 * in the file are numbered 1, 2, … per table in the order of the database
 * ids, and references use those numbers, so a file does not depend on the
 * ids of the database it came from: export → import into an empty database
 * → export gives the same bytes. */
#define OK_EXPORT_FORMAT "ouderkamer-export"
#define OK_EXPORT_VERSION 1

typedef enum {
  OK_TRANSFER_DEFAULT = 0,
  /* Add the file's rows next to the school's own; without it, importing
   * into a school that holds any data is refused. */
  OK_TRANSFER_MERGE = 1 << 0,
} OkTransferFlags;

JsonNode *ok_store_export_json          (OkStore        *store,
                                         GError        **error);
char     *ok_store_export_json_data     (OkStore        *store,
                                         gsize          *length,
                                         GError        **error);
gboolean  ok_store_export_json_file     (OkStore        *store,
                                         const char     *path,
                                         GError        **error);

/* All or nothing: on any error the database is left as it was. */
gboolean  ok_store_import_json          (OkStore        *store,
                                         JsonNode       *root,
                                         OkTransferFlags   flags,
                                         GError        **error);
gboolean  ok_store_import_json_data     (OkStore        *store,
                                         const char     *data,
                                         gssize          length,
                                         OkTransferFlags   flags,
                                         GError        **error);
gboolean  ok_store_import_json_file     (OkStore        *store,
                                         const char     *path,
                                         OkTransferFlags   flags,
                                         GError        **error);

/* TRUE when the current school holds no families, activities or anything
 * else the export covers (the school's own name does not count). */
gboolean  ok_store_school_is_empty      (OkStore        *store,
                                         gboolean       *empty,
                                         GError        **error);

/* Fails, naming them, when the database has tables or columns the export
 * does not cover: a guard for whoever adds a migration. */
gboolean  ok_store_export_check_schema  (OkStore        *store,
                                         GError        **error);

G_END_DECLS

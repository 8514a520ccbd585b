/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the importer fills in and the rest of the app only reads. */

#include "ok-import-result.h"

G_BEGIN_DECLS

typedef struct {
  guint families_added;
  guint families_updated;
  guint parents_added;
  guint children_added;
  guint children_updated;
  guint children_left;
} OkImportCounts;

OkImportResult *_ok_import_result_new         (const OkImportCounts *counts,
                                               gboolean              dry_run,
                                               char                **unknown_languages,
                                               char                **unknown_columns);
void            _ok_import_result_add_skipped (OkImportResult       *self,
                                               guint                 line,
                                               const char           *reason);

G_END_DECLS

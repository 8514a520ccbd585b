/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ok-csv.h"
#include "ok-import-mapping.h"
#include "ok-import-result.h"
#include "ok-store.h"

G_BEGIN_DECLS

#define OK_IMPORT_ERROR (ok_import_error_quark ())

typedef enum {
  OK_IMPORT_ERROR_MISSING_COLUMNS,  /* a required column is not mapped */
  OK_IMPORT_ERROR_NO_ROWS,          /* a header and nothing else */
  OK_IMPORT_ERROR_BAD_ROWS,         /* rows that cannot be imported, not skipped */
  OK_IMPORT_ERROR_NOT_LOADED,       /* run before a file was loaded */
} OkImportError;

typedef enum {
  OK_IMPORT_FLAGS_NONE = 0,
  /* Do everything, report it, and roll it back. */
  OK_IMPORT_FLAGS_DRY_RUN = 1 << 0,
  /* Leave out rows that cannot be imported instead of stopping. */
  OK_IMPORT_FLAGS_SKIP_BAD_ROWS = 1 << 1,
} OkImportFlags;

/* How many rows of the file the preview keeps. */
#define OK_IMPORT_PREVIEW_ROWS 20

#define OK_TYPE_IMPORT (ok_import_get_type ())
G_DECLARE_FINAL_TYPE (OkImport, ok_import, OK, IMPORT, GObject)

GQuark               ok_import_error_quark          (void);

OkImport            *ok_import_new                  (void);

gboolean             ok_import_load_bytes           (OkImport             *self,
                                                     GBytes               *bytes,
                                                     GError              **error);
gboolean             ok_import_load_file            (OkImport             *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
void                 ok_import_load_file_async      (OkImport             *self,
                                                     GFile                *file,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
gboolean             ok_import_load_file_finish     (OkImport             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);

OkCsvEncoding        ok_import_get_encoding         (OkImport             *self);
gboolean             ok_import_set_encoding         (OkImport             *self,
                                                     OkCsvEncoding         encoding,
                                                     GError              **error);
char                 ok_import_get_separator        (OkImport             *self);
gboolean             ok_import_set_separator        (OkImport             *self,
                                                     char                  separator,
                                                     GError              **error);
const char * const  *ok_import_get_header           (OkImport             *self);
guint                ok_import_get_n_preview_rows   (OkImport             *self);
const char * const  *ok_import_get_preview_row      (OkImport             *self,
                                                     guint                 index);
guint                ok_import_get_preview_line     (OkImport             *self,
                                                     guint                 index);
OkImportMapping     *ok_import_get_mapping          (OkImport             *self);
void                 ok_import_set_mapping          (OkImport             *self,
                                                     OkImportMapping      *mapping);

OkImportResult      *ok_import_run                  (OkImport             *self,
                                                     OkStore              *store,
                                                     OkImportFlags         flags,
                                                     GCancellable         *cancellable,
                                                     GError              **error);
void                 ok_import_run_async            (OkImport             *self,
                                                     OkStore              *store,
                                                     OkImportFlags         flags,
                                                     GCancellable         *cancellable,
                                                     GAsyncReadyCallback   callback,
                                                     gpointer              user_data);
OkImportResult      *ok_import_run_finish           (OkImport             *self,
                                                     GAsyncResult         *result,
                                                     GError              **error);
double               ok_import_get_progress         (OkImport             *self);

G_END_DECLS

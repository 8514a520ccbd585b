/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define OK_TYPE_IMPORT_RESULT (ok_import_result_get_type ())
G_DECLARE_FINAL_TYPE (OkImportResult, ok_import_result, OK, IMPORT_RESULT, GObject)

guint               ok_import_result_get_families_added    (OkImportResult *self);
guint               ok_import_result_get_families_updated  (OkImportResult *self);
guint               ok_import_result_get_parents_added     (OkImportResult *self);
guint               ok_import_result_get_children_added    (OkImportResult *self);
guint               ok_import_result_get_children_updated  (OkImportResult *self);
guint               ok_import_result_get_children_left     (OkImportResult *self);
guint               ok_import_result_get_n_rows_skipped    (OkImportResult *self);
guint               ok_import_result_get_skipped_line      (OkImportResult *self,
                                                            guint           index);
const char         *ok_import_result_get_skipped_reason    (OkImportResult *self,
                                                            guint           index);
const char * const *ok_import_result_get_unknown_languages (OkImportResult *self);
const char * const *ok_import_result_get_unknown_columns   (OkImportResult *self);
gboolean            ok_import_result_get_dry_run           (OkImportResult *self);
JsonNode           *ok_import_result_to_json               (OkImportResult *self);

G_END_DECLS

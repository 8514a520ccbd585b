/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OK_TYPE_CONFLICT_DIALOG (ok_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OkConflictDialog, ok_conflict_dialog, OK, CONFLICT_DIALOG, AdwMessageDialog)

/* An editor's save, with overwrite set once the user chose to save over
 * the other's version, and its reload of the stored version. */
typedef gboolean (*OkEditorSaveFunc)   (GtkWindow  *editor,
                                        gboolean    overwrite,
                                        GError    **error);
typedef gboolean (*OkEditorReloadFunc) (GtkWindow  *editor,
                                        GError    **error);

/* Responses: "reload", "overwrite" and "cancel". */
OkConflictDialog *ok_conflict_dialog_new  (GtkWindow           *parent,
                                           const GError        *error);
void              ok_conflict_dialog_save (GtkWindow           *editor,
                                           const char          *failure_title,
                                           OkEditorSaveFunc     save,
                                           OkEditorReloadFunc   reload);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OK_TYPE_RESTORE_DIALOG (ok_restore_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OkRestoreDialog, ok_restore_dialog, OK, RESTORE_DIALOG, AdwWindow)

/* location: the database the app has open. The backups are read in a
 * worker thread; "loaded" tells when the list is shown. */
OkRestoreDialog *ok_restore_dialog_new         (GtkWindow       *parent,
                                                const char      *location);
gboolean         ok_restore_dialog_get_loaded  (OkRestoreDialog *self);
/* The backups listed, newest first (OkBackup). */
GListModel      *ok_restore_dialog_get_backups (OkRestoreDialog *self);
/* Selects the backup at position, as a click on its row does. */
void             ok_restore_dialog_select      (OkRestoreDialog *self,
                                                guint            position);
/* Shows that the restore runs, until the app closes the dialog. */
void             ok_restore_dialog_set_busy    (OkRestoreDialog *self);

G_END_DECLS

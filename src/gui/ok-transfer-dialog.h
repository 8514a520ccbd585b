/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_TRANSFER_DIALOG (ok_transfer_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OkTransferDialog, ok_transfer_dialog, OK, TRANSFER_DIALOG, AdwMessageDialog)

/* Ask for the file (through the desktop's file chooser, a portal in a
 * Flatpak), then export or import. */
void              ok_transfer_dialog_choose_export (GtkWindow *parent,
                                                    OkStore   *store);
void              ok_transfer_dialog_choose_import (GtkWindow *parent,
                                                    OkStore   *store);

/* The same once the file is known. The export shows its progress in the
 * dialog returned, which closes itself when done. The import first asks
 * whether to merge when the school holds data already. The outcome shows
 * on the parent: a toast when it is an OkWindow, or a message. */
OkTransferDialog *ok_transfer_dialog_export        (GtkWindow *parent,
                                                    OkStore   *store,
                                                    GFile     *file);
void              ok_transfer_dialog_import        (GtkWindow *parent,
                                                    OkStore   *store,
                                                    GFile     *file);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OK_TYPE_CONFLICT_DIALOG (ok_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OkConflictDialog, ok_conflict_dialog, OK, CONFLICT_DIALOG, AdwMessageDialog)

/* Responses: "reload", "overwrite" and "cancel". */
OkConflictDialog *ok_conflict_dialog_new (GtkWindow    *parent,
                                          const GError *error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OK_TYPE_WALK_IN_DIALOG (ok_walk_in_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OkWalkInDialog, ok_walk_in_dialog, OK, WALK_IN_DIALOG, AdwMessageDialog)

OkWalkInDialog *ok_walk_in_dialog_new          (GtkWindow      *parent,
                                                const char     *name);
char           *ok_walk_in_dialog_dup_name     (OkWalkInDialog *self);
char           *ok_walk_in_dialog_dup_phone    (OkWalkInDialog *self);
void            ok_walk_in_dialog_set_phone    (OkWalkInDialog *self,
                                                const char     *phone);
const char     *ok_walk_in_dialog_get_language (OkWalkInDialog *self);
void            ok_walk_in_dialog_set_language (OkWalkInDialog *self,
                                                const char     *code);

G_END_DECLS

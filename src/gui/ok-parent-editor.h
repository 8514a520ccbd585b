/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-parent.h"
#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_PARENT_EDITOR (ok_parent_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkParentEditor, ok_parent_editor, OK, PARENT_EDITOR, AdwWindow)

OkParentEditor *ok_parent_editor_new  (GtkWindow       *parent,
                                       OkStore         *store,
                                       gint64           family_id,
                                       OkParent        *person);
gboolean        ok_parent_editor_save (OkParentEditor  *self,
                                       GError         **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-child.h"
#include "ok-family.h"
#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_CHILD_EDITOR (ok_child_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkChildEditor, ok_child_editor, OK, CHILD_EDITOR, AdwWindow)

OkChildEditor *ok_child_editor_new  (GtkWindow      *parent,
                                     OkStore        *store,
                                     OkFamily       *family,
                                     OkChild        *child);
gboolean       ok_child_editor_save (OkChildEditor  *self,
                                     GError        **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-family.h"
#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_FAMILY_EDITOR (ok_family_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkFamilyEditor, ok_family_editor, OK, FAMILY_EDITOR, AdwWindow)

OkFamilyEditor *ok_family_editor_new  (GtkWindow       *parent,
                                       OkStore         *store,
                                       OkFamily        *family);
gboolean        ok_family_editor_save (OkFamilyEditor  *self,
                                       GError         **error);

G_END_DECLS

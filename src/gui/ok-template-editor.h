/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"
#include "ok-template-catalog.h"

G_BEGIN_DECLS

#define OK_TYPE_TEMPLATE_EDITOR (ok_template_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkTemplateEditor, ok_template_editor, OK, TEMPLATE_EDITOR, GtkWidget)

GtkWidget  *ok_template_editor_new          (void);
void        ok_template_editor_set_catalog  (OkTemplateEditor  *self,
                                             OkStore           *store,
                                             OkTemplateCatalog *catalog);
void        ok_template_editor_open         (OkTemplateEditor  *self,
                                             const char        *template_id,
                                             const char        *language);
void        ok_template_editor_close        (OkTemplateEditor  *self);
const char *ok_template_editor_get_template (OkTemplateEditor  *self);
const char *ok_template_editor_get_language (OkTemplateEditor  *self);
gboolean    ok_template_editor_get_valid    (OkTemplateEditor  *self);
gboolean    ok_template_editor_get_modified (OkTemplateEditor  *self);
gboolean    ok_template_editor_save         (OkTemplateEditor  *self,
                                             GError           **error);

G_END_DECLS

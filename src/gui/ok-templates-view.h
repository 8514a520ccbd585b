/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"
#include "ok-template-catalog.h"

G_BEGIN_DECLS

#define OK_TYPE_TEMPLATES_VIEW (ok_templates_view_get_type ())
G_DECLARE_FINAL_TYPE (OkTemplatesView, ok_templates_view, OK, TEMPLATES_VIEW, GtkWidget)

GtkWidget         *ok_templates_view_new         (void);
OkStore           *ok_templates_view_get_store   (OkTemplatesView *self);
void               ok_templates_view_set_store   (OkTemplatesView *self,
                                                  OkStore         *store);
OkTemplateCatalog *ok_templates_view_get_catalog (OkTemplatesView *self);
void               ok_templates_view_open        (OkTemplatesView *self,
                                                  const char      *template_id,
                                                  const char      *language);

G_END_DECLS

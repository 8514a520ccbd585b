/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-store.h"
#include "ok-template-catalog.h"

G_BEGIN_DECLS

/* The coordinators' own template texts, theme names and languages for the
 * store's current school. Every change is checked by the catalogue first,
 * stored, and then made in the catalogue too, so a GUI that holds one
 * catalogue sees its own changes without reloading. */

OkTemplateCatalog *ok_store_template_load_catalog    (OkStore              *store,
                                                      GError              **error);

gboolean           ok_store_template_save_text       (OkStore              *store,
                                                      OkTemplateCatalog    *catalog,
                                                      OkTemplateText       *text,
                                                      GError              **error);
gboolean           ok_store_template_reset_text      (OkStore              *store,
                                                      OkTemplateCatalog    *catalog,
                                                      const char           *template_id,
                                                      const char           *language,
                                                      GError              **error);
gboolean           ok_store_template_set_status      (OkStore              *store,
                                                      OkTemplateCatalog    *catalog,
                                                      const char           *template_id,
                                                      const char           *language,
                                                      OkTranslationStatus   status,
                                                      GError              **error);
gboolean           ok_store_template_save_theme_name (OkStore              *store,
                                                      OkTemplateCatalog    *catalog,
                                                      const char           *slug,
                                                      const char           *language,
                                                      const char           *name,
                                                      GError              **error);
gboolean           ok_store_template_add_language    (OkStore              *store,
                                                      OkTemplateCatalog    *catalog,
                                                      OkLanguage           *language,
                                                      GError              **error);
gboolean           ok_store_template_remove_language (OkStore              *store,
                                                      OkTemplateCatalog    *catalog,
                                                      const char           *code,
                                                      GError              **error);
gboolean           ok_store_template_import_language (OkStore              *store,
                                                      OkTemplateCatalog    *catalog,
                                                      GBytes               *data,
                                                      char                **code,
                                                      GError              **error);

G_END_DECLS

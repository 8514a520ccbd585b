/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ok-language.h"
#include "ok-template.h"
#include "ok-template-text.h"

G_BEGIN_DECLS

#define OK_TYPE_TEMPLATE_CATALOG (ok_template_catalog_get_type ())
G_DECLARE_FINAL_TYPE (OkTemplateCatalog, ok_template_catalog, OK, TEMPLATE_CATALOG, GObject)

typedef enum {
  OK_TEMPLATE_FIELD_SUBJECT,
  OK_TEMPLATE_FIELD_BODY,
} OkTemplateField;

/* Every template in every language, with the theme names and date data
 * needed to fill them in: the built-in ones from the core's resources,
 * and on top of them what coordinators changed (see ok-store-template.h,
 * which loads those from the database and keeps both in step). */

OkTemplateCatalog *ok_template_catalog_new                  (GError                  **error);

GListModel        *ok_template_catalog_get_languages        (OkTemplateCatalog        *self);
OkLanguage        *ok_template_catalog_lookup_language      (OkTemplateCatalog        *self,
                                                             const char               *code);
const char        *ok_template_catalog_get_language_name    (OkTemplateCatalog        *self,
                                                             const char               *code);
gboolean           ok_template_catalog_is_builtin_language  (OkTemplateCatalog        *self,
                                                             const char               *code);
OkTemplateText    *ok_template_catalog_lookup_text          (OkTemplateCatalog        *self,
                                                             const char               *template_id,
                                                             const char               *language);
OkTemplateText    *ok_template_catalog_lookup_builtin_text  (OkTemplateCatalog        *self,
                                                             const char               *template_id,
                                                             const char               *language);
const char        *ok_template_catalog_get_theme_name       (OkTemplateCatalog        *self,
                                                             const char               *slug,
                                                             const char               *language);

const char        *ok_template_catalog_get_builtin_theme_name (OkTemplateCatalog   *self,
                                                               const char          *slug,
                                                               const char          *language);

void               ok_template_catalog_set_text             (OkTemplateCatalog        *self,
                                                             OkTemplateText           *text);
void               ok_template_catalog_remove_text          (OkTemplateCatalog        *self,
                                                             const char               *template_id,
                                                             const char               *language);
gboolean           ok_template_catalog_add_language         (OkTemplateCatalog        *self,
                                                             OkLanguage               *language,
                                                             GError                  **error);
void               ok_template_catalog_remove_language      (OkTemplateCatalog        *self,
                                                             const char               *code);
void               ok_template_catalog_set_theme_name       (OkTemplateCatalog        *self,
                                                             const char               *slug,
                                                             const char               *language,
                                                             const char               *name);

gboolean           ok_template_catalog_check_text           (OkTemplateCatalog        *self,
                                                             OkTemplateText           *text,
                                                             OkTemplateField          *field,
                                                             OkTemplateSpan           *span,
                                                             GError                  **error);
gboolean           ok_template_catalog_render               (OkTemplateCatalog        *self,
                                                             const char               *template_id,
                                                             const char               *language,
                                                             const OkTemplateContext  *context,
                                                             OkTemplateRenderFlags     flags,
                                                             char                    **subject,
                                                             char                    **body,
                                                             GError                  **error);
gboolean           ok_template_catalog_render_text          (OkTemplateCatalog        *self,
                                                             OkTemplateText           *text,
                                                             const OkTemplateContext  *context,
                                                             OkTemplateRenderFlags     flags,
                                                             char                    **subject,
                                                             char                    **body,
                                                             GError                  **error);

GBytes            *ok_template_catalog_export_language      (OkTemplateCatalog        *self,
                                                             const char               *code,
                                                             GError                  **error);
gboolean           ok_template_catalog_read_language_file   (OkTemplateCatalog        *self,
                                                             GBytes                   *data,
                                                             OkLanguage              **language,
                                                             GPtrArray               **texts,
                                                             GHashTable              **theme_names,
                                                             GError                  **error);

G_END_DECLS

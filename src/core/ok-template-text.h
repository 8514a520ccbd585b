/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  OK_TRANSLATION_STATUS_UNCHECKED,   /* nick "unchecked" */
  OK_TRANSLATION_STATUS_CHECKED,     /* nick "checked" */
} OkTranslationStatus;

#define OK_TYPE_TRANSLATION_STATUS (ok_translation_status_get_type ())
GType ok_translation_status_get_type (void);

#define OK_TYPE_TEMPLATE_TEXT (ok_template_text_get_type ())
G_DECLARE_FINAL_TYPE (OkTemplateText, ok_template_text, OK, TEMPLATE_TEXT, GObject)

/* One template in one language: the subject (for e-mail) and the body. A
 * custom text is a coordinator's own, stored in the database, and takes
 * the place of the built-in one. */

OkTemplateText      *ok_template_text_new             (const char           *template_id,
                                                       const char           *language,
                                                       const char           *subject,
                                                       const char           *body,
                                                       OkTranslationStatus   status,
                                                       gboolean              custom);
OkTemplateText      *ok_template_text_copy            (OkTemplateText       *self);

const char          *ok_template_text_get_template_id (OkTemplateText       *self);
const char          *ok_template_text_get_language    (OkTemplateText       *self);
const char          *ok_template_text_get_subject     (OkTemplateText       *self);
void                 ok_template_text_set_subject     (OkTemplateText       *self,
                                                       const char           *subject);
const char          *ok_template_text_get_body        (OkTemplateText       *self);
void                 ok_template_text_set_body        (OkTemplateText       *self,
                                                       const char           *body);
OkTranslationStatus  ok_template_text_get_status      (OkTemplateText       *self);
void                 ok_template_text_set_status      (OkTemplateText       *self,
                                                       OkTranslationStatus   status);
gboolean             ok_template_text_get_custom      (OkTemplateText       *self);
void                 ok_template_text_set_custom      (OkTemplateText       *self,
                                                       gboolean              custom);
gboolean             ok_template_text_equal           (OkTemplateText       *self,
                                                       OkTemplateText       *other);

G_END_DECLS

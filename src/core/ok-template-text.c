/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One template written in one language, built in or a coordinator's own. */
#define G_LOG_DOMAIN "ok-template-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-template-text.h"

struct _OkTemplateText
{
  GObject parent_instance;

  char *template_id;
  char *language;
  char *subject;
  char *body;
  OkTranslationStatus status;
  gboolean custom;
};

G_DEFINE_FINAL_TYPE (OkTemplateText, ok_template_text, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEMPLATE_ID,
  PROP_LANGUAGE,
  PROP_SUBJECT,
  PROP_BODY,
  PROP_STATUS,
  PROP_CUSTOM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* value_name holds the untranslated label, as in ok-enums.c, so that
 * ok_enum_to_label() works on this type too. */
GType
ok_translation_status_get_type (void)
{
  static gsize type_id;
  static const GEnumValue values[] = {
    { OK_TRANSLATION_STATUS_UNCHECKED, N_("Not yet checked by a native speaker"), "unchecked" },
    { OK_TRANSLATION_STATUS_CHECKED, N_("Checked by a native speaker"), "checked" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("OkTranslationStatus", values));
  return type_id;
}

static void
ok_template_text_finalize (GObject *object)
{
  OkTemplateText *self = OK_TEMPLATE_TEXT (object);

  g_clear_pointer (&self->template_id, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->body, g_free);

  G_OBJECT_CLASS (ok_template_text_parent_class)->finalize (object);
}

static void
ok_template_text_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OkTemplateText *self = OK_TEMPLATE_TEXT (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE_ID:
      g_value_set_string (value, self->template_id);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_CUSTOM:
      g_value_set_boolean (value, self->custom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_template_text_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OkTemplateText *self = OK_TEMPLATE_TEXT (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE_ID:
      self->template_id = g_value_dup_string (value);
      break;

    case PROP_LANGUAGE:
      self->language = g_value_dup_string (value);
      break;

    case PROP_SUBJECT:
      ok_template_text_set_subject (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      ok_template_text_set_body (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      ok_template_text_set_status (self, g_value_get_enum (value));
      break;

    case PROP_CUSTOM:
      ok_template_text_set_custom (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_template_text_class_init (OkTemplateTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_template_text_finalize;
  object_class->get_property = ok_template_text_get_property;
  object_class->set_property = ok_template_text_set_property;

  properties[PROP_TEMPLATE_ID] =
    g_param_spec_string ("template-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, OK_TYPE_TRANSLATION_STATUS,
                       OK_TRANSLATION_STATUS_UNCHECKED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CUSTOM] =
    g_param_spec_boolean ("custom", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_template_text_init (OkTemplateText *self)
{
  self->subject = g_strdup ("");
  self->body = g_strdup ("");
}

OkTemplateText *
ok_template_text_new (const char          *template_id,
                      const char          *language,
                      const char          *subject,
                      const char          *body,
                      OkTranslationStatus  status,
                      gboolean             custom)
{
  g_return_val_if_fail (template_id != NULL, NULL);
  g_return_val_if_fail (language != NULL, NULL);

  return g_object_new (OK_TYPE_TEMPLATE_TEXT,
                       "template-id", template_id,
                       "language", language,
                       "subject", subject != NULL ? subject : "",
                       "body", body != NULL ? body : "",
                       "status", status,
                       "custom", custom,
                       NULL);
}

OkTemplateText *
ok_template_text_copy (OkTemplateText *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (self), NULL);

  return ok_template_text_new (self->template_id, self->language, self->subject, self->body,
                               self->status, self->custom);
}

const char *
ok_template_text_get_template_id (OkTemplateText *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (self), NULL);

  return self->template_id;
}

const char *
ok_template_text_get_language (OkTemplateText *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (self), NULL);

  return self->language;
}

const char *
ok_template_text_get_subject (OkTemplateText *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (self), NULL);

  return self->subject;
}

void
ok_template_text_set_subject (OkTemplateText *self,
                              const char     *subject)
{
  g_return_if_fail (OK_IS_TEMPLATE_TEXT (self));

  if (subject == NULL)
    subject = "";
  if (g_strcmp0 (self->subject, subject) == 0)
    return;
  g_free (self->subject);
  self->subject = g_strdup (subject);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

const char *
ok_template_text_get_body (OkTemplateText *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (self), NULL);

  return self->body;
}

void
ok_template_text_set_body (OkTemplateText *self,
                           const char     *body)
{
  g_return_if_fail (OK_IS_TEMPLATE_TEXT (self));

  if (body == NULL)
    body = "";
  if (g_strcmp0 (self->body, body) == 0)
    return;
  g_free (self->body);
  self->body = g_strdup (body);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

OkTranslationStatus
ok_template_text_get_status (OkTemplateText *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (self), OK_TRANSLATION_STATUS_UNCHECKED);

  return self->status;
}

void
ok_template_text_set_status (OkTemplateText      *self,
                             OkTranslationStatus  status)
{
  g_return_if_fail (OK_IS_TEMPLATE_TEXT (self));

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gboolean
ok_template_text_get_custom (OkTemplateText *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (self), FALSE);

  return self->custom;
}

void
ok_template_text_set_custom (OkTemplateText *self,
                             gboolean        custom)
{
  g_return_if_fail (OK_IS_TEMPLATE_TEXT (self));

  custom = !!custom;
  if (self->custom == custom)
    return;
  self->custom = custom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CUSTOM]);
}

/* Same words and same status, wherever they come from. */
gboolean
ok_template_text_equal (OkTemplateText *self,
                        OkTemplateText *other)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (self), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (other), FALSE);

  return g_strcmp0 (self->template_id, other->template_id) == 0
         && g_strcmp0 (self->language, other->language) == 0
         && g_strcmp0 (self->subject, other->subject) == 0
         && g_strcmp0 (self->body, other->body) == 0
         && self->status == other->status;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A household: the unit a school reaches or does not reach. */
#define G_LOG_DOMAIN "ok-family"

#include "config.h"

#include "ok-family.h"

struct _OkFamily
{
  GObject parent_instance;

  gint64 id;
  gint64 school_id;
  char *name;
  char **languages;
  gboolean interpreter_needed;
  OkChannel preferred_channel;
  gboolean consent_contact_parent;
  gboolean consent_photos;
  gboolean reads_no_language;
  char *postcode;
  char *house_number;
  char *notes;
  gint64 version;
};

G_DEFINE_FINAL_TYPE (OkFamily, ok_family, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SCHOOL_ID,
  PROP_NAME,
  PROP_LANGUAGES,
  PROP_INTERPRETER_NEEDED,
  PROP_PREFERRED_CHANNEL,
  PROP_CONSENT_CONTACT_PARENT,
  PROP_CONSENT_PHOTOS,
  PROP_READS_NO_LANGUAGE,
  PROP_POSTCODE,
  PROP_HOUSE_NUMBER,
  PROP_NOTES,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_family_finalize (GObject *object)
{
  OkFamily *self = (OkFamily *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->postcode, g_free);
  g_clear_pointer (&self->house_number, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (ok_family_parent_class)->finalize (object);
}

static void
ok_family_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OkFamily *self = OK_FAMILY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SCHOOL_ID:
      g_value_set_int64 (value, self->school_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;

    case PROP_INTERPRETER_NEEDED:
      g_value_set_boolean (value, self->interpreter_needed);
      break;

    case PROP_PREFERRED_CHANNEL:
      g_value_set_enum (value, self->preferred_channel);
      break;

    case PROP_CONSENT_CONTACT_PARENT:
      g_value_set_boolean (value, self->consent_contact_parent);
      break;

    case PROP_CONSENT_PHOTOS:
      g_value_set_boolean (value, self->consent_photos);
      break;

    case PROP_READS_NO_LANGUAGE:
      g_value_set_boolean (value, self->reads_no_language);
      break;

    case PROP_POSTCODE:
      g_value_set_string (value, self->postcode);
      break;

    case PROP_HOUSE_NUMBER:
      g_value_set_string (value, self->house_number);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_family_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OkFamily *self = OK_FAMILY (object);

  switch (prop_id)
    {
    case PROP_ID:
      ok_family_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_SCHOOL_ID:
      ok_family_set_school_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      ok_family_set_name (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGES:
      ok_family_set_languages (self, g_value_get_boxed (value));
      break;

    case PROP_INTERPRETER_NEEDED:
      ok_family_set_interpreter_needed (self, g_value_get_boolean (value));
      break;

    case PROP_PREFERRED_CHANNEL:
      ok_family_set_preferred_channel (self, g_value_get_enum (value));
      break;

    case PROP_CONSENT_CONTACT_PARENT:
      ok_family_set_consent_contact_parent (self, g_value_get_boolean (value));
      break;

    case PROP_CONSENT_PHOTOS:
      ok_family_set_consent_photos (self, g_value_get_boolean (value));
      break;

    case PROP_READS_NO_LANGUAGE:
      ok_family_set_reads_no_language (self, g_value_get_boolean (value));
      break;

    case PROP_POSTCODE:
      ok_family_set_postcode (self, g_value_get_string (value));
      break;

    case PROP_HOUSE_NUMBER:
      ok_family_set_house_number (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      ok_family_set_notes (self, g_value_get_string (value));
      break;

    case PROP_VERSION:
      ok_family_set_version (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_family_class_init (OkFamilyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_family_finalize;
  object_class->get_property = ok_family_get_property;
  object_class->set_property = ok_family_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHOOL_ID] =
    g_param_spec_int64 ("school-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGES] =
    g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERPRETER_NEEDED] =
    g_param_spec_boolean ("interpreter-needed", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREFERRED_CHANNEL] =
    g_param_spec_enum ("preferred-channel", NULL, NULL, OK_TYPE_CHANNEL, OK_CHANNEL_WHATSAPP,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONSENT_CONTACT_PARENT] =
    g_param_spec_boolean ("consent-contact-parent", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONSENT_PHOTOS] =
    g_param_spec_boolean ("consent-photos", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READS_NO_LANGUAGE] =
    g_param_spec_boolean ("reads-no-language", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSTCODE] =
    g_param_spec_string ("postcode", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOUSE_NUMBER] =
    g_param_spec_string ("house-number", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_family_init (OkFamily *self)
{
  self->preferred_channel = OK_CHANNEL_WHATSAPP;
}

OkFamily *
ok_family_new (void)
{
  return g_object_new (OK_TYPE_FAMILY, NULL);
}

gint64
ok_family_get_id (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), 0);

  return self->id;
}

void
ok_family_set_id (OkFamily *self,
                 gint64 id)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ok_family_get_school_id (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), 0);

  return self->school_id;
}

void
ok_family_set_school_id (OkFamily *self,
                        gint64 school_id)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  if (self->school_id == school_id)
    return;

  self->school_id = school_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_ID]);
}

const char *
ok_family_get_name (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), NULL);

  return self->name;
}

void
ok_family_set_name (OkFamily *self,
                   const char *name)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char * const *
ok_family_get_languages (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), NULL);

  return (const char * const *) self->languages;
}

void
ok_family_set_languages (OkFamily *self,
                        const char * const *languages)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  if (self->languages != NULL && languages != NULL
      && g_strv_equal ((const char * const *) self->languages, languages))
    return;

  g_strfreev (self->languages);
  self->languages = g_strdupv ((char **) languages);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

gboolean
ok_family_get_interpreter_needed (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), 0);

  return self->interpreter_needed;
}

void
ok_family_set_interpreter_needed (OkFamily *self,
                                 gboolean interpreter_needed)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  interpreter_needed = !!interpreter_needed;

  if (self->interpreter_needed == interpreter_needed)
    return;

  self->interpreter_needed = interpreter_needed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERPRETER_NEEDED]);
}

OkChannel
ok_family_get_preferred_channel (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), 0);

  return self->preferred_channel;
}

void
ok_family_set_preferred_channel (OkFamily *self,
                                OkChannel preferred_channel)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  if (self->preferred_channel == preferred_channel)
    return;

  self->preferred_channel = preferred_channel;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREFERRED_CHANNEL]);
}

gboolean
ok_family_get_consent_contact_parent (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), 0);

  return self->consent_contact_parent;
}

void
ok_family_set_consent_contact_parent (OkFamily *self,
                                     gboolean consent_contact_parent)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  consent_contact_parent = !!consent_contact_parent;

  if (self->consent_contact_parent == consent_contact_parent)
    return;

  self->consent_contact_parent = consent_contact_parent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_CONTACT_PARENT]);
}

gboolean
ok_family_get_consent_photos (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), 0);

  return self->consent_photos;
}

void
ok_family_set_consent_photos (OkFamily *self,
                             gboolean consent_photos)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  consent_photos = !!consent_photos;

  if (self->consent_photos == consent_photos)
    return;

  self->consent_photos = consent_photos;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_PHOTOS]);
}

gboolean
ok_family_get_reads_no_language (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), 0);

  return self->reads_no_language;
}

void
ok_family_set_reads_no_language (OkFamily *self,
                                gboolean reads_no_language)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  reads_no_language = !!reads_no_language;

  if (self->reads_no_language == reads_no_language)
    return;

  self->reads_no_language = reads_no_language;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READS_NO_LANGUAGE]);
}

const char *
ok_family_get_postcode (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), NULL);

  return self->postcode;
}

void
ok_family_set_postcode (OkFamily *self,
                       const char *postcode)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  if (g_strcmp0 (self->postcode, postcode) == 0)
    return;

  g_free (self->postcode);
  self->postcode = g_strdup (postcode);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTCODE]);
}

const char *
ok_family_get_house_number (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), NULL);

  return self->house_number;
}

void
ok_family_set_house_number (OkFamily *self,
                           const char *house_number)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  if (g_strcmp0 (self->house_number, house_number) == 0)
    return;

  g_free (self->house_number);
  self->house_number = g_strdup (house_number);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOUSE_NUMBER]);
}

const char *
ok_family_get_notes (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), NULL);

  return self->notes;
}

void
ok_family_set_notes (OkFamily *self,
                    const char *notes)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gint64
ok_family_get_version (OkFamily *self)
{
  g_return_val_if_fail (OK_IS_FAMILY (self), 0);

  return self->version;
}

void
ok_family_set_version (OkFamily *self,
                      gint64 version)
{
  g_return_if_fail (OK_IS_FAMILY (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A logged conversation, call or message with a family. */
#define G_LOG_DOMAIN "ok-contact-moment"

#include "config.h"

#include "ok-contact-moment.h"

struct _OkContactMoment
{
  GObject parent_instance;

  gint64 id;
  gint64 school_id;
  gint64 family_id;
  gint64 parent_id;
  gint64 contact_parent_id;
  gint64 activity_id;
  char *by_name;
  OkChannel channel;
  char *date;
  char *note;
  char *template;
  char *language;
};

G_DEFINE_FINAL_TYPE (OkContactMoment, ok_contact_moment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SCHOOL_ID,
  PROP_FAMILY_ID,
  PROP_PARENT_ID,
  PROP_CONTACT_PARENT_ID,
  PROP_ACTIVITY_ID,
  PROP_BY_NAME,
  PROP_CHANNEL,
  PROP_DATE,
  PROP_NOTE,
  PROP_TEMPLATE,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_contact_moment_finalize (GObject *object)
{
  OkContactMoment *self = (OkContactMoment *) object;

  g_clear_pointer (&self->by_name, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->template, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (ok_contact_moment_parent_class)->finalize (object);
}

static void
ok_contact_moment_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OkContactMoment *self = OK_CONTACT_MOMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SCHOOL_ID:
      g_value_set_int64 (value, self->school_id);
      break;

    case PROP_FAMILY_ID:
      g_value_set_int64 (value, self->family_id);
      break;

    case PROP_PARENT_ID:
      g_value_set_int64 (value, self->parent_id);
      break;

    case PROP_CONTACT_PARENT_ID:
      g_value_set_int64 (value, self->contact_parent_id);
      break;

    case PROP_ACTIVITY_ID:
      g_value_set_int64 (value, self->activity_id);
      break;

    case PROP_BY_NAME:
      g_value_set_string (value, self->by_name);
      break;

    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_TEMPLATE:
      g_value_set_string (value, self->template);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_contact_moment_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OkContactMoment *self = OK_CONTACT_MOMENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      ok_contact_moment_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_SCHOOL_ID:
      ok_contact_moment_set_school_id (self, g_value_get_int64 (value));
      break;

    case PROP_FAMILY_ID:
      ok_contact_moment_set_family_id (self, g_value_get_int64 (value));
      break;

    case PROP_PARENT_ID:
      ok_contact_moment_set_parent_id (self, g_value_get_int64 (value));
      break;

    case PROP_CONTACT_PARENT_ID:
      ok_contact_moment_set_contact_parent_id (self, g_value_get_int64 (value));
      break;

    case PROP_ACTIVITY_ID:
      ok_contact_moment_set_activity_id (self, g_value_get_int64 (value));
      break;

    case PROP_BY_NAME:
      ok_contact_moment_set_by_name (self, g_value_get_string (value));
      break;

    case PROP_CHANNEL:
      ok_contact_moment_set_channel (self, g_value_get_enum (value));
      break;

    case PROP_DATE:
      ok_contact_moment_set_date (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      ok_contact_moment_set_note (self, g_value_get_string (value));
      break;

    case PROP_TEMPLATE:
      ok_contact_moment_set_template (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      ok_contact_moment_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_contact_moment_class_init (OkContactMomentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_contact_moment_finalize;
  object_class->get_property = ok_contact_moment_get_property;
  object_class->set_property = ok_contact_moment_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHOOL_ID] =
    g_param_spec_int64 ("school-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILY_ID] =
    g_param_spec_int64 ("family-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTACT_PARENT_ID] =
    g_param_spec_int64 ("contact-parent-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The activity a message was about, 0 for a contact of its own. */
  properties[PROP_ACTIVITY_ID] =
    g_param_spec_int64 ("activity-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BY_NAME] =
    g_param_spec_string ("by-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, OK_TYPE_CHANNEL, OK_CHANNEL_PHONE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEMPLATE] =
    g_param_spec_string ("template", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_contact_moment_init (OkContactMoment *self)
{
  self->channel = OK_CHANNEL_PHONE;
}

OkContactMoment *
ok_contact_moment_new (void)
{
  return g_object_new (OK_TYPE_CONTACT_MOMENT, NULL);
}

gint64
ok_contact_moment_get_id (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), 0);

  return self->id;
}

void
ok_contact_moment_set_id (OkContactMoment *self,
                         gint64 id)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ok_contact_moment_get_school_id (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), 0);

  return self->school_id;
}

void
ok_contact_moment_set_school_id (OkContactMoment *self,
                                gint64 school_id)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (self->school_id == school_id)
    return;

  self->school_id = school_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_ID]);
}

gint64
ok_contact_moment_get_family_id (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), 0);

  return self->family_id;
}

void
ok_contact_moment_set_family_id (OkContactMoment *self,
                                gint64 family_id)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (self->family_id == family_id)
    return;

  self->family_id = family_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_ID]);
}

gint64
ok_contact_moment_get_parent_id (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), 0);

  return self->parent_id;
}

void
ok_contact_moment_set_parent_id (OkContactMoment *self,
                                gint64 parent_id)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (self->parent_id == parent_id)
    return;

  self->parent_id = parent_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

gint64
ok_contact_moment_get_contact_parent_id (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), 0);

  return self->contact_parent_id;
}

void
ok_contact_moment_set_contact_parent_id (OkContactMoment *self,
                                        gint64 contact_parent_id)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (self->contact_parent_id == contact_parent_id)
    return;

  self->contact_parent_id = contact_parent_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_PARENT_ID]);
}

gint64
ok_contact_moment_get_activity_id (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), 0);

  return self->activity_id;
}

void
ok_contact_moment_set_activity_id (OkContactMoment *self,
                                   gint64           activity_id)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (self->activity_id == activity_id)
    return;

  self->activity_id = activity_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY_ID]);
}

const char *
ok_contact_moment_get_by_name (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), NULL);

  return self->by_name;
}

void
ok_contact_moment_set_by_name (OkContactMoment *self,
                              const char *by_name)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (g_strcmp0 (self->by_name, by_name) == 0)
    return;

  g_free (self->by_name);
  self->by_name = g_strdup (by_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BY_NAME]);
}

OkChannel
ok_contact_moment_get_channel (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), 0);

  return self->channel;
}

void
ok_contact_moment_set_channel (OkContactMoment *self,
                              OkChannel channel)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (self->channel == channel)
    return;

  self->channel = channel;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

const char *
ok_contact_moment_get_date (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), NULL);

  return self->date;
}

void
ok_contact_moment_set_date (OkContactMoment *self,
                           const char *date)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (g_strcmp0 (self->date, date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
ok_contact_moment_get_note (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), NULL);

  return self->note;
}

void
ok_contact_moment_set_note (OkContactMoment *self,
                           const char *note)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (g_strcmp0 (self->note, note) == 0)
    return;

  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
ok_contact_moment_get_template (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), NULL);

  return self->template;
}

void
ok_contact_moment_set_template (OkContactMoment *self,
                               const char *template)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (g_strcmp0 (self->template, template) == 0)
    return;

  g_free (self->template);
  self->template = g_strdup (template);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
}

const char *
ok_contact_moment_get_language (OkContactMoment *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (self), NULL);

  return self->language;
}

void
ok_contact_moment_set_language (OkContactMoment *self,
                               const char *language)
{
  g_return_if_fail (OK_IS_CONTACT_MOMENT (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

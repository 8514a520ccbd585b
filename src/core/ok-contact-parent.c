/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A parent who bridges the school to other families. */
#define G_LOG_DOMAIN "ok-contact-parent"

#include "config.h"

#include "ok-contact-parent.h"

struct _OkContactParent
{
  GObject parent_instance;

  gint64 id;
  gint64 school_id;
  gint64 parent_id;
  char *name;
  char *phone;
  char **languages;
  char **groups;
  char *notes;
};

G_DEFINE_FINAL_TYPE (OkContactParent, ok_contact_parent, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SCHOOL_ID,
  PROP_PARENT_ID,
  PROP_NAME,
  PROP_PHONE,
  PROP_LANGUAGES,
  PROP_GROUPS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_contact_parent_finalize (GObject *object)
{
  OkContactParent *self = (OkContactParent *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->groups, g_strfreev);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (ok_contact_parent_parent_class)->finalize (object);
}

static void
ok_contact_parent_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OkContactParent *self = OK_CONTACT_PARENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SCHOOL_ID:
      g_value_set_int64 (value, self->school_id);
      break;

    case PROP_PARENT_ID:
      g_value_set_int64 (value, self->parent_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;

    case PROP_GROUPS:
      g_value_set_boxed (value, self->groups);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_contact_parent_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OkContactParent *self = OK_CONTACT_PARENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      ok_contact_parent_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_SCHOOL_ID:
      ok_contact_parent_set_school_id (self, g_value_get_int64 (value));
      break;

    case PROP_PARENT_ID:
      ok_contact_parent_set_parent_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      ok_contact_parent_set_name (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      ok_contact_parent_set_phone (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGES:
      ok_contact_parent_set_languages (self, g_value_get_boxed (value));
      break;

    case PROP_GROUPS:
      ok_contact_parent_set_groups (self, g_value_get_boxed (value));
      break;

    case PROP_NOTES:
      ok_contact_parent_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_contact_parent_class_init (OkContactParentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_contact_parent_finalize;
  object_class->get_property = ok_contact_parent_get_property;
  object_class->set_property = ok_contact_parent_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHOOL_ID] =
    g_param_spec_int64 ("school-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGES] =
    g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUPS] =
    g_param_spec_boxed ("groups", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_contact_parent_init (OkContactParent *self)
{
}

OkContactParent *
ok_contact_parent_new (void)
{
  return g_object_new (OK_TYPE_CONTACT_PARENT, NULL);
}

gint64
ok_contact_parent_get_id (OkContactParent *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_PARENT (self), 0);

  return self->id;
}

void
ok_contact_parent_set_id (OkContactParent *self,
                         gint64 id)
{
  g_return_if_fail (OK_IS_CONTACT_PARENT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ok_contact_parent_get_school_id (OkContactParent *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_PARENT (self), 0);

  return self->school_id;
}

void
ok_contact_parent_set_school_id (OkContactParent *self,
                                gint64 school_id)
{
  g_return_if_fail (OK_IS_CONTACT_PARENT (self));

  if (self->school_id == school_id)
    return;

  self->school_id = school_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_ID]);
}

gint64
ok_contact_parent_get_parent_id (OkContactParent *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_PARENT (self), 0);

  return self->parent_id;
}

void
ok_contact_parent_set_parent_id (OkContactParent *self,
                                gint64 parent_id)
{
  g_return_if_fail (OK_IS_CONTACT_PARENT (self));

  if (self->parent_id == parent_id)
    return;

  self->parent_id = parent_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

const char *
ok_contact_parent_get_name (OkContactParent *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_PARENT (self), NULL);

  return self->name;
}

void
ok_contact_parent_set_name (OkContactParent *self,
                           const char *name)
{
  g_return_if_fail (OK_IS_CONTACT_PARENT (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
ok_contact_parent_get_phone (OkContactParent *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_PARENT (self), NULL);

  return self->phone;
}

void
ok_contact_parent_set_phone (OkContactParent *self,
                            const char *phone)
{
  g_return_if_fail (OK_IS_CONTACT_PARENT (self));

  if (g_strcmp0 (self->phone, phone) == 0)
    return;

  g_free (self->phone);
  self->phone = g_strdup (phone);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char * const *
ok_contact_parent_get_languages (OkContactParent *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_PARENT (self), NULL);

  return (const char * const *) self->languages;
}

void
ok_contact_parent_set_languages (OkContactParent *self,
                                const char * const *languages)
{
  g_return_if_fail (OK_IS_CONTACT_PARENT (self));

  if (self->languages != NULL && languages != NULL
      && g_strv_equal ((const char * const *) self->languages, languages))
    return;

  g_strfreev (self->languages);
  self->languages = g_strdupv ((char **) languages);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

const char * const *
ok_contact_parent_get_groups (OkContactParent *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_PARENT (self), NULL);

  return (const char * const *) self->groups;
}

void
ok_contact_parent_set_groups (OkContactParent *self,
                             const char * const *groups)
{
  g_return_if_fail (OK_IS_CONTACT_PARENT (self));

  if (self->groups != NULL && groups != NULL
      && g_strv_equal ((const char * const *) self->groups, groups))
    return;

  g_strfreev (self->groups);
  self->groups = g_strdupv ((char **) groups);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPS]);
}

const char *
ok_contact_parent_get_notes (OkContactParent *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_PARENT (self), NULL);

  return self->notes;
}

void
ok_contact_parent_set_notes (OkContactParent *self,
                            const char *notes)
{
  g_return_if_fail (OK_IS_CONTACT_PARENT (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A parent or caregiver; may be a walk-in not yet linked to a family. */
#define G_LOG_DOMAIN "ok-parent"

#include "config.h"

#include "ok-parent.h"

struct _OkParent
{
  GObject parent_instance;

  gint64 id;
  gint64 school_id;
  gint64 family_id;
  char *name;
  char *phone;
  char *email;
  gboolean walk_in;
  gint64 version;
};

G_DEFINE_FINAL_TYPE (OkParent, ok_parent, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SCHOOL_ID,
  PROP_FAMILY_ID,
  PROP_NAME,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_WALK_IN,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_parent_finalize (GObject *object)
{
  OkParent *self = (OkParent *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);

  G_OBJECT_CLASS (ok_parent_parent_class)->finalize (object);
}

static void
ok_parent_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OkParent *self = OK_PARENT (object);

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

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_WALK_IN:
      g_value_set_boolean (value, self->walk_in);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_parent_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OkParent *self = OK_PARENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      ok_parent_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_SCHOOL_ID:
      ok_parent_set_school_id (self, g_value_get_int64 (value));
      break;

    case PROP_FAMILY_ID:
      ok_parent_set_family_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      ok_parent_set_name (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      ok_parent_set_phone (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      ok_parent_set_email (self, g_value_get_string (value));
      break;

    case PROP_WALK_IN:
      ok_parent_set_walk_in (self, g_value_get_boolean (value));
      break;

    case PROP_VERSION:
      ok_parent_set_version (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_parent_class_init (OkParentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_parent_finalize;
  object_class->get_property = ok_parent_get_property;
  object_class->set_property = ok_parent_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHOOL_ID] =
    g_param_spec_int64 ("school-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILY_ID] =
    g_param_spec_int64 ("family-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WALK_IN] =
    g_param_spec_boolean ("walk-in", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_parent_init (OkParent *self)
{
}

OkParent *
ok_parent_new (void)
{
  return g_object_new (OK_TYPE_PARENT, NULL);
}

gint64
ok_parent_get_id (OkParent *self)
{
  g_return_val_if_fail (OK_IS_PARENT (self), 0);

  return self->id;
}

void
ok_parent_set_id (OkParent *self,
                 gint64 id)
{
  g_return_if_fail (OK_IS_PARENT (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ok_parent_get_school_id (OkParent *self)
{
  g_return_val_if_fail (OK_IS_PARENT (self), 0);

  return self->school_id;
}

void
ok_parent_set_school_id (OkParent *self,
                        gint64 school_id)
{
  g_return_if_fail (OK_IS_PARENT (self));

  if (self->school_id == school_id)
    return;

  self->school_id = school_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_ID]);
}

gint64
ok_parent_get_family_id (OkParent *self)
{
  g_return_val_if_fail (OK_IS_PARENT (self), 0);

  return self->family_id;
}

void
ok_parent_set_family_id (OkParent *self,
                        gint64 family_id)
{
  g_return_if_fail (OK_IS_PARENT (self));

  if (self->family_id == family_id)
    return;

  self->family_id = family_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_ID]);
}

const char *
ok_parent_get_name (OkParent *self)
{
  g_return_val_if_fail (OK_IS_PARENT (self), NULL);

  return self->name;
}

void
ok_parent_set_name (OkParent *self,
                   const char *name)
{
  g_return_if_fail (OK_IS_PARENT (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
ok_parent_get_phone (OkParent *self)
{
  g_return_val_if_fail (OK_IS_PARENT (self), NULL);

  return self->phone;
}

void
ok_parent_set_phone (OkParent *self,
                    const char *phone)
{
  g_return_if_fail (OK_IS_PARENT (self));

  if (g_strcmp0 (self->phone, phone) == 0)
    return;

  g_free (self->phone);
  self->phone = g_strdup (phone);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
ok_parent_get_email (OkParent *self)
{
  g_return_val_if_fail (OK_IS_PARENT (self), NULL);

  return self->email;
}

void
ok_parent_set_email (OkParent *self,
                    const char *email)
{
  g_return_if_fail (OK_IS_PARENT (self));

  if (g_strcmp0 (self->email, email) == 0)
    return;

  g_free (self->email);
  self->email = g_strdup (email);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

gboolean
ok_parent_get_walk_in (OkParent *self)
{
  g_return_val_if_fail (OK_IS_PARENT (self), 0);

  return self->walk_in;
}

void
ok_parent_set_walk_in (OkParent *self,
                      gboolean walk_in)
{
  g_return_if_fail (OK_IS_PARENT (self));

  walk_in = !!walk_in;

  if (self->walk_in == walk_in)
    return;

  self->walk_in = walk_in;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALK_IN]);
}

gint64
ok_parent_get_version (OkParent *self)
{
  g_return_val_if_fail (OK_IS_PARENT (self), 0);

  return self->version;
}

void
ok_parent_set_version (OkParent *self,
                      gint64 version)
{
  g_return_if_fail (OK_IS_PARENT (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

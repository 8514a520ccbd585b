/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pupil of the school, member of one family. */
#define G_LOG_DOMAIN "ok-child"

#include "config.h"

#include "ok-child.h"

struct _OkChild
{
  GObject parent_instance;

  gint64 id;
  gint64 school_id;
  gint64 family_id;
  char *pupil_number;
  char *first_name;
  char *infix;
  char *last_name;
  char *group;
  char *enrolled_from;
  char *enrolled_until;
};

G_DEFINE_FINAL_TYPE (OkChild, ok_child, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SCHOOL_ID,
  PROP_FAMILY_ID,
  PROP_PUPIL_NUMBER,
  PROP_FIRST_NAME,
  PROP_INFIX,
  PROP_LAST_NAME,
  PROP_GROUP,
  PROP_ENROLLED_FROM,
  PROP_ENROLLED_UNTIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_child_finalize (GObject *object)
{
  OkChild *self = (OkChild *) object;

  g_clear_pointer (&self->pupil_number, g_free);
  g_clear_pointer (&self->first_name, g_free);
  g_clear_pointer (&self->infix, g_free);
  g_clear_pointer (&self->last_name, g_free);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->enrolled_from, g_free);
  g_clear_pointer (&self->enrolled_until, g_free);

  G_OBJECT_CLASS (ok_child_parent_class)->finalize (object);
}

static void
ok_child_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OkChild *self = OK_CHILD (object);

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

    case PROP_PUPIL_NUMBER:
      g_value_set_string (value, self->pupil_number);
      break;

    case PROP_FIRST_NAME:
      g_value_set_string (value, self->first_name);
      break;

    case PROP_INFIX:
      g_value_set_string (value, self->infix);
      break;

    case PROP_LAST_NAME:
      g_value_set_string (value, self->last_name);
      break;

    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;

    case PROP_ENROLLED_FROM:
      g_value_set_string (value, self->enrolled_from);
      break;

    case PROP_ENROLLED_UNTIL:
      g_value_set_string (value, self->enrolled_until);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_child_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OkChild *self = OK_CHILD (object);

  switch (prop_id)
    {
    case PROP_ID:
      ok_child_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_SCHOOL_ID:
      ok_child_set_school_id (self, g_value_get_int64 (value));
      break;

    case PROP_FAMILY_ID:
      ok_child_set_family_id (self, g_value_get_int64 (value));
      break;

    case PROP_PUPIL_NUMBER:
      ok_child_set_pupil_number (self, g_value_get_string (value));
      break;

    case PROP_FIRST_NAME:
      ok_child_set_first_name (self, g_value_get_string (value));
      break;

    case PROP_INFIX:
      ok_child_set_infix (self, g_value_get_string (value));
      break;

    case PROP_LAST_NAME:
      ok_child_set_last_name (self, g_value_get_string (value));
      break;

    case PROP_GROUP:
      ok_child_set_group (self, g_value_get_string (value));
      break;

    case PROP_ENROLLED_FROM:
      ok_child_set_enrolled_from (self, g_value_get_string (value));
      break;

    case PROP_ENROLLED_UNTIL:
      ok_child_set_enrolled_until (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_child_class_init (OkChildClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_child_finalize;
  object_class->get_property = ok_child_get_property;
  object_class->set_property = ok_child_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHOOL_ID] =
    g_param_spec_int64 ("school-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILY_ID] =
    g_param_spec_int64 ("family-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUPIL_NUMBER] =
    g_param_spec_string ("pupil-number", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIRST_NAME] =
    g_param_spec_string ("first-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INFIX] =
    g_param_spec_string ("infix", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_NAME] =
    g_param_spec_string ("last-name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENROLLED_FROM] =
    g_param_spec_string ("enrolled-from", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENROLLED_UNTIL] =
    g_param_spec_string ("enrolled-until", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_child_init (OkChild *self)
{
}

OkChild *
ok_child_new (void)
{
  return g_object_new (OK_TYPE_CHILD, NULL);
}

gint64
ok_child_get_id (OkChild *self)
{
  g_return_val_if_fail (OK_IS_CHILD (self), 0);

  return self->id;
}

void
ok_child_set_id (OkChild *self,
                gint64 id)
{
  g_return_if_fail (OK_IS_CHILD (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ok_child_get_school_id (OkChild *self)
{
  g_return_val_if_fail (OK_IS_CHILD (self), 0);

  return self->school_id;
}

void
ok_child_set_school_id (OkChild *self,
                       gint64 school_id)
{
  g_return_if_fail (OK_IS_CHILD (self));

  if (self->school_id == school_id)
    return;

  self->school_id = school_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_ID]);
}

gint64
ok_child_get_family_id (OkChild *self)
{
  g_return_val_if_fail (OK_IS_CHILD (self), 0);

  return self->family_id;
}

void
ok_child_set_family_id (OkChild *self,
                       gint64 family_id)
{
  g_return_if_fail (OK_IS_CHILD (self));

  if (self->family_id == family_id)
    return;

  self->family_id = family_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_ID]);
}

const char *
ok_child_get_pupil_number (OkChild *self)
{
  g_return_val_if_fail (OK_IS_CHILD (self), NULL);

  return self->pupil_number;
}

void
ok_child_set_pupil_number (OkChild *self,
                          const char *pupil_number)
{
  g_return_if_fail (OK_IS_CHILD (self));

  if (g_strcmp0 (self->pupil_number, pupil_number) == 0)
    return;

  g_free (self->pupil_number);
  self->pupil_number = g_strdup (pupil_number);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUPIL_NUMBER]);
}

const char *
ok_child_get_first_name (OkChild *self)
{
  g_return_val_if_fail (OK_IS_CHILD (self), NULL);

  return self->first_name;
}

void
ok_child_set_first_name (OkChild *self,
                        const char *first_name)
{
  g_return_if_fail (OK_IS_CHILD (self));

  if (g_strcmp0 (self->first_name, first_name) == 0)
    return;

  g_free (self->first_name);
  self->first_name = g_strdup (first_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_NAME]);
}

const char *
ok_child_get_infix (OkChild *self)
{
  g_return_val_if_fail (OK_IS_CHILD (self), NULL);

  return self->infix;
}

void
ok_child_set_infix (OkChild *self,
                   const char *infix)
{
  g_return_if_fail (OK_IS_CHILD (self));

  if (g_strcmp0 (self->infix, infix) == 0)
    return;

  g_free (self->infix);
  self->infix = g_strdup (infix);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INFIX]);
}

const char *
ok_child_get_last_name (OkChild *self)
{
  g_return_val_if_fail (OK_IS_CHILD (self), NULL);

  return self->last_name;
}

void
ok_child_set_last_name (OkChild *self,
                       const char *last_name)
{
  g_return_if_fail (OK_IS_CHILD (self));

  if (g_strcmp0 (self->last_name, last_name) == 0)
    return;

  g_free (self->last_name);
  self->last_name = g_strdup (last_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_NAME]);
}

const char *
ok_child_get_group (OkChild *self)
{
  g_return_val_if_fail (OK_IS_CHILD (self), NULL);

  return self->group;
}

void
ok_child_set_group (OkChild *self,
                   const char *group)
{
  g_return_if_fail (OK_IS_CHILD (self));

  if (g_strcmp0 (self->group, group) == 0)
    return;

  g_free (self->group);
  self->group = g_strdup (group);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP]);
}

const char *
ok_child_get_enrolled_from (OkChild *self)
{
  g_return_val_if_fail (OK_IS_CHILD (self), NULL);

  return self->enrolled_from;
}

void
ok_child_set_enrolled_from (OkChild *self,
                           const char *enrolled_from)
{
  g_return_if_fail (OK_IS_CHILD (self));

  if (g_strcmp0 (self->enrolled_from, enrolled_from) == 0)
    return;

  g_free (self->enrolled_from);
  self->enrolled_from = g_strdup (enrolled_from);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENROLLED_FROM]);
}

const char *
ok_child_get_enrolled_until (OkChild *self)
{
  g_return_val_if_fail (OK_IS_CHILD (self), NULL);

  return self->enrolled_until;
}

void
ok_child_set_enrolled_until (OkChild *self,
                            const char *enrolled_until)
{
  g_return_if_fail (OK_IS_CHILD (self));

  if (g_strcmp0 (self->enrolled_until, enrolled_until) == 0)
    return;

  g_free (self->enrolled_until);
  self->enrolled_until = g_strdup (enrolled_until);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENROLLED_UNTIL]);
}

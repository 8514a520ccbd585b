/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A school; a board database holds many. */
#define G_LOG_DOMAIN "ok-school"

#include "config.h"

#include "ok-school.h"

struct _OkSchool
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *brin;
  char *region;
};

G_DEFINE_FINAL_TYPE (OkSchool, ok_school, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_BRIN,
  PROP_REGION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_school_finalize (GObject *object)
{
  OkSchool *self = (OkSchool *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->brin, g_free);
  g_clear_pointer (&self->region, g_free);

  G_OBJECT_CLASS (ok_school_parent_class)->finalize (object);
}

static void
ok_school_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OkSchool *self = OK_SCHOOL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_BRIN:
      g_value_set_string (value, self->brin);
      break;

    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_school_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OkSchool *self = OK_SCHOOL (object);

  switch (prop_id)
    {
    case PROP_ID:
      ok_school_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      ok_school_set_name (self, g_value_get_string (value));
      break;

    case PROP_BRIN:
      ok_school_set_brin (self, g_value_get_string (value));
      break;

    case PROP_REGION:
      ok_school_set_region (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_school_class_init (OkSchoolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_school_finalize;
  object_class->get_property = ok_school_get_property;
  object_class->set_property = ok_school_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BRIN] =
    g_param_spec_string ("brin", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_school_init (OkSchool *self)
{
}

OkSchool *
ok_school_new (void)
{
  return g_object_new (OK_TYPE_SCHOOL, NULL);
}

gint64
ok_school_get_id (OkSchool *self)
{
  g_return_val_if_fail (OK_IS_SCHOOL (self), 0);

  return self->id;
}

void
ok_school_set_id (OkSchool *self,
                 gint64 id)
{
  g_return_if_fail (OK_IS_SCHOOL (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
ok_school_get_name (OkSchool *self)
{
  g_return_val_if_fail (OK_IS_SCHOOL (self), NULL);

  return self->name;
}

void
ok_school_set_name (OkSchool *self,
                   const char *name)
{
  g_return_if_fail (OK_IS_SCHOOL (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
ok_school_get_brin (OkSchool *self)
{
  g_return_val_if_fail (OK_IS_SCHOOL (self), NULL);

  return self->brin;
}

void
ok_school_set_brin (OkSchool *self,
                   const char *brin)
{
  g_return_if_fail (OK_IS_SCHOOL (self));

  if (g_strcmp0 (self->brin, brin) == 0)
    return;

  g_free (self->brin);
  self->brin = g_strdup (brin);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRIN]);
}

const char *
ok_school_get_region (OkSchool *self)
{
  g_return_val_if_fail (OK_IS_SCHOOL (self), NULL);

  return self->region;
}

void
ok_school_set_region (OkSchool *self,
                     const char *region)
{
  g_return_if_fail (OK_IS_SCHOOL (self));

  if (g_strcmp0 (self->region, region) == 0)
    return;

  g_free (self->region);
  self->region = g_strdup (region);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}

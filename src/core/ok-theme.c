/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An entry of the theme catalogue for theme meetings. */
#define G_LOG_DOMAIN "ok-theme"

#include "config.h"

#include "ok-theme.h"

struct _OkTheme
{
  GObject parent_instance;

  char *slug;
  char *name;
  OkPartnership partnership;
  OkDimension dimension;
};

G_DEFINE_FINAL_TYPE (OkTheme, ok_theme, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SLUG,
  PROP_NAME,
  PROP_PARTNERSHIP,
  PROP_DIMENSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_theme_finalize (GObject *object)
{
  OkTheme *self = (OkTheme *) object;

  g_clear_pointer (&self->slug, g_free);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (ok_theme_parent_class)->finalize (object);
}

static void
ok_theme_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OkTheme *self = OK_THEME (object);

  switch (prop_id)
    {
    case PROP_SLUG:
      g_value_set_string (value, self->slug);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PARTNERSHIP:
      g_value_set_enum (value, self->partnership);
      break;

    case PROP_DIMENSION:
      g_value_set_enum (value, self->dimension);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_theme_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OkTheme *self = OK_THEME (object);

  switch (prop_id)
    {
    case PROP_SLUG:
      ok_theme_set_slug (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      ok_theme_set_name (self, g_value_get_string (value));
      break;

    case PROP_PARTNERSHIP:
      ok_theme_set_partnership (self, g_value_get_enum (value));
      break;

    case PROP_DIMENSION:
      ok_theme_set_dimension (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_theme_class_init (OkThemeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_theme_finalize;
  object_class->get_property = ok_theme_get_property;
  object_class->set_property = ok_theme_set_property;

  properties[PROP_SLUG] =
    g_param_spec_string ("slug", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNERSHIP] =
    g_param_spec_enum ("partnership", NULL, NULL, OK_TYPE_PARTNERSHIP, OK_PARTNERSHIP_NONE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIMENSION] =
    g_param_spec_enum ("dimension", NULL, NULL, OK_TYPE_DIMENSION, OK_DIMENSION_NONE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_theme_init (OkTheme *self)
{
  self->partnership = OK_PARTNERSHIP_NONE;
  self->dimension = OK_DIMENSION_NONE;
}

OkTheme *
ok_theme_new (void)
{
  return g_object_new (OK_TYPE_THEME, NULL);
}

const char *
ok_theme_get_slug (OkTheme *self)
{
  g_return_val_if_fail (OK_IS_THEME (self), NULL);

  return self->slug;
}

void
ok_theme_set_slug (OkTheme *self,
                  const char *slug)
{
  g_return_if_fail (OK_IS_THEME (self));

  if (g_strcmp0 (self->slug, slug) == 0)
    return;

  g_free (self->slug);
  self->slug = g_strdup (slug);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLUG]);
}

const char *
ok_theme_get_name (OkTheme *self)
{
  g_return_val_if_fail (OK_IS_THEME (self), NULL);

  return self->name;
}

void
ok_theme_set_name (OkTheme *self,
                  const char *name)
{
  g_return_if_fail (OK_IS_THEME (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

OkPartnership
ok_theme_get_partnership (OkTheme *self)
{
  g_return_val_if_fail (OK_IS_THEME (self), 0);

  return self->partnership;
}

void
ok_theme_set_partnership (OkTheme *self,
                         OkPartnership partnership)
{
  g_return_if_fail (OK_IS_THEME (self));

  if (self->partnership == partnership)
    return;

  self->partnership = partnership;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNERSHIP]);
}

OkDimension
ok_theme_get_dimension (OkTheme *self)
{
  g_return_val_if_fail (OK_IS_THEME (self), 0);

  return self->dimension;
}

void
ok_theme_set_dimension (OkTheme *self,
                       OkDimension dimension)
{
  g_return_if_fail (OK_IS_THEME (self));

  if (self->dimension == dimension)
    return;

  self->dimension = dimension;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIMENSION]);
}

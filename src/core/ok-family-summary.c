/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One family as a list shows it: names to read, not to edit. Made on
 * demand by the family index, so it is immutable. */
#define G_LOG_DOMAIN "ok-family-summary"

#include "config.h"

#include "ok-family-summary.h"

struct _OkFamilySummary
{
  GObject parent_instance;

  gint64 id;
  char *name;
  char *parents;
  char *children;
  char *phone;
  char **languages;
  char *last_reached;
  gboolean interpreter_needed;
  gboolean reached;
};

G_DEFINE_FINAL_TYPE (OkFamilySummary, ok_family_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PARENTS,
  PROP_CHILDREN,
  PROP_PHONE,
  PROP_LANGUAGES,
  PROP_INTERPRETER_NEEDED,
  PROP_LAST_REACHED,
  PROP_REACHED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_family_summary_finalize (GObject *object)
{
  OkFamilySummary *self = OK_FAMILY_SUMMARY (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->parents, g_free);
  g_clear_pointer (&self->children, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->last_reached, g_free);

  G_OBJECT_CLASS (ok_family_summary_parent_class)->finalize (object);
}

static void
ok_family_summary_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OkFamilySummary *self = OK_FAMILY_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_PARENTS:
      g_value_set_string (value, self->parents);
      break;
    case PROP_CHILDREN:
      g_value_set_string (value, self->children);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;
    case PROP_INTERPRETER_NEEDED:
      g_value_set_boolean (value, self->interpreter_needed);
      break;
    case PROP_LAST_REACHED:
      g_value_set_string (value, self->last_reached);
      break;
    case PROP_REACHED:
      g_value_set_boolean (value, self->reached);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_family_summary_class_init (OkFamilySummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_family_summary_finalize;
  object_class->get_property = ok_family_summary_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENTS] =
    g_param_spec_string ("parents", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHILDREN] =
    g_param_spec_string ("children", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGES] =
    g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERPRETER_NEEDED] =
    g_param_spec_boolean ("interpreter-needed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_REACHED] =
    g_param_spec_string ("last-reached", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REACHED] =
    g_param_spec_boolean ("reached", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_family_summary_init (OkFamilySummary *self)
{
}

/* last_reached is the last day (YYYY-MM-DD) a parent of the family was
 * present at an activity, or NULL; reached says whether the family was
 * reached in the period the list was asked about (ok-store-reach.h). */
OkFamilySummary *
ok_family_summary_new (gint64              id,
                       const char         *name,
                       const char         *parents,
                       const char         *children,
                       const char         *phone,
                       const char * const *languages,
                       gboolean            interpreter_needed,
                       const char         *last_reached,
                       gboolean            reached)
{
  OkFamilySummary *self = g_object_new (OK_TYPE_FAMILY_SUMMARY, NULL);

  self->id = id;
  self->name = g_strdup (name);
  self->parents = g_strdup (parents);
  self->children = g_strdup (children);
  self->phone = g_strdup (phone);
  self->languages = languages != NULL ? g_strdupv ((char **) languages) : g_new0 (char *, 1);
  self->interpreter_needed = interpreter_needed;
  self->last_reached = last_reached != NULL && *last_reached != '\0' ? g_strdup (last_reached) : NULL;
  self->reached = reached;
  return self;
}

gint64
ok_family_summary_get_id (OkFamilySummary *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_SUMMARY (self), 0);
  return self->id;
}

const char *
ok_family_summary_get_name (OkFamilySummary *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_SUMMARY (self), NULL);
  return self->name;
}

const char *
ok_family_summary_get_parents (OkFamilySummary *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_SUMMARY (self), NULL);
  return self->parents;
}

const char *
ok_family_summary_get_children (OkFamilySummary *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_SUMMARY (self), NULL);
  return self->children;
}

const char *
ok_family_summary_get_phone (OkFamilySummary *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_SUMMARY (self), NULL);
  return self->phone;
}

const char * const *
ok_family_summary_get_languages (OkFamilySummary *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_SUMMARY (self), NULL);
  return (const char * const *) self->languages;
}

gboolean
ok_family_summary_get_interpreter_needed (OkFamilySummary *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_SUMMARY (self), FALSE);
  return self->interpreter_needed;
}

const char *
ok_family_summary_get_last_reached (OkFamilySummary *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_SUMMARY (self), NULL);
  return self->last_reached;
}

gboolean
ok_family_summary_get_reached (OkFamilySummary *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_SUMMARY (self), FALSE);
  return self->reached;
}

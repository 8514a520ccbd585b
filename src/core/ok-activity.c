/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Something the school organises for parents, one-off or one date of a series. */
#define G_LOG_DOMAIN "ok-activity"

#include "config.h"

#include "ok-activity.h"

struct _OkActivity
{
  GObject parent_instance;

  gint64 id;
  gint64 school_id;
  gint64 series_id;
  OkActivityKind kind;
  char *title;
  char *theme;
  OkPartnership partnership;
  OkDimension dimension;
  char *location;
  GDateTime *starts_at;
  GDateTime *ends_at;
  OkActivityStatus status;
  int capacity;
  char **interpreter_languages;
  char *partner;
  OkTargetGroup target_group;
  char **target_groups;
  char *notes;
  int unnamed_guests;
  gint64 version;
};

G_DEFINE_FINAL_TYPE (OkActivity, ok_activity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SCHOOL_ID,
  PROP_SERIES_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_THEME,
  PROP_PARTNERSHIP,
  PROP_DIMENSION,
  PROP_LOCATION,
  PROP_STARTS_AT,
  PROP_ENDS_AT,
  PROP_STATUS,
  PROP_CAPACITY,
  PROP_INTERPRETER_LANGUAGES,
  PROP_PARTNER,
  PROP_TARGET_GROUP,
  PROP_TARGET_GROUPS,
  PROP_NOTES,
  PROP_UNNAMED_GUESTS,
  PROP_VERSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_activity_finalize (GObject *object)
{
  OkActivity *self = (OkActivity *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->theme, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  g_clear_pointer (&self->ends_at, g_date_time_unref);
  g_clear_pointer (&self->interpreter_languages, g_strfreev);
  g_clear_pointer (&self->partner, g_free);
  g_clear_pointer (&self->target_groups, g_strfreev);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (ok_activity_parent_class)->finalize (object);
}

static void
ok_activity_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OkActivity *self = OK_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SCHOOL_ID:
      g_value_set_int64 (value, self->school_id);
      break;

    case PROP_SERIES_ID:
      g_value_set_int64 (value, self->series_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_THEME:
      g_value_set_string (value, self->theme);
      break;

    case PROP_PARTNERSHIP:
      g_value_set_enum (value, self->partnership);
      break;

    case PROP_DIMENSION:
      g_value_set_enum (value, self->dimension);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_STARTS_AT:
      g_value_set_boxed (value, self->starts_at);
      break;

    case PROP_ENDS_AT:
      g_value_set_boxed (value, self->ends_at);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_CAPACITY:
      g_value_set_int (value, self->capacity);
      break;

    case PROP_INTERPRETER_LANGUAGES:
      g_value_set_boxed (value, self->interpreter_languages);
      break;

    case PROP_PARTNER:
      g_value_set_string (value, self->partner);
      break;

    case PROP_TARGET_GROUP:
      g_value_set_enum (value, self->target_group);
      break;

    case PROP_TARGET_GROUPS:
      g_value_set_boxed (value, self->target_groups);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_UNNAMED_GUESTS:
      g_value_set_int (value, self->unnamed_guests);
      break;

    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_activity_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OkActivity *self = OK_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      ok_activity_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_SCHOOL_ID:
      ok_activity_set_school_id (self, g_value_get_int64 (value));
      break;

    case PROP_SERIES_ID:
      ok_activity_set_series_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      ok_activity_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_TITLE:
      ok_activity_set_title (self, g_value_get_string (value));
      break;

    case PROP_THEME:
      ok_activity_set_theme (self, g_value_get_string (value));
      break;

    case PROP_PARTNERSHIP:
      ok_activity_set_partnership (self, g_value_get_enum (value));
      break;

    case PROP_DIMENSION:
      ok_activity_set_dimension (self, g_value_get_enum (value));
      break;

    case PROP_LOCATION:
      ok_activity_set_location (self, g_value_get_string (value));
      break;

    case PROP_STARTS_AT:
      ok_activity_set_starts_at (self, g_value_get_boxed (value));
      break;

    case PROP_ENDS_AT:
      ok_activity_set_ends_at (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      ok_activity_set_status (self, g_value_get_enum (value));
      break;

    case PROP_CAPACITY:
      ok_activity_set_capacity (self, g_value_get_int (value));
      break;

    case PROP_INTERPRETER_LANGUAGES:
      ok_activity_set_interpreter_languages (self, g_value_get_boxed (value));
      break;

    case PROP_PARTNER:
      ok_activity_set_partner (self, g_value_get_string (value));
      break;

    case PROP_TARGET_GROUP:
      ok_activity_set_target_group (self, g_value_get_enum (value));
      break;

    case PROP_TARGET_GROUPS:
      ok_activity_set_target_groups (self, g_value_get_boxed (value));
      break;

    case PROP_NOTES:
      ok_activity_set_notes (self, g_value_get_string (value));
      break;

    case PROP_UNNAMED_GUESTS:
      ok_activity_set_unnamed_guests (self, g_value_get_int (value));
      break;

    case PROP_VERSION:
      ok_activity_set_version (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_activity_class_init (OkActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_activity_finalize;
  object_class->get_property = ok_activity_get_property;
  object_class->set_property = ok_activity_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCHOOL_ID] =
    g_param_spec_int64 ("school-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERIES_ID] =
    g_param_spec_int64 ("series-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, OK_TYPE_ACTIVITY_KIND, OK_ACTIVITY_KIND_THEME_MEETING,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THEME] =
    g_param_spec_string ("theme", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNERSHIP] =
    g_param_spec_enum ("partnership", NULL, NULL, OK_TYPE_PARTNERSHIP, OK_PARTNERSHIP_NONE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIMENSION] =
    g_param_spec_enum ("dimension", NULL, NULL, OK_TYPE_DIMENSION, OK_DIMENSION_NONE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STARTS_AT] =
    g_param_spec_boxed ("starts-at", NULL, NULL, G_TYPE_DATE_TIME,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENDS_AT] =
    g_param_spec_boxed ("ends-at", NULL, NULL, G_TYPE_DATE_TIME,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, OK_TYPE_ACTIVITY_STATUS, OK_ACTIVITY_STATUS_PLANNED,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAPACITY] =
    g_param_spec_int ("capacity", NULL, NULL, 0, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERPRETER_LANGUAGES] =
    g_param_spec_boxed ("interpreter-languages", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTNER] =
    g_param_spec_string ("partner", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_GROUP] =
    g_param_spec_enum ("target-group", NULL, NULL, OK_TYPE_TARGET_GROUP, OK_TARGET_GROUP_ALL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET_GROUPS] =
    g_param_spec_boxed ("target-groups", NULL, NULL, G_TYPE_STRV,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNNAMED_GUESTS] =
    g_param_spec_int ("unnamed-guests", NULL, NULL, 0, G_MAXINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VERSION] =
    g_param_spec_int64 ("version", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_activity_init (OkActivity *self)
{
  self->kind = OK_ACTIVITY_KIND_THEME_MEETING;
  self->partnership = OK_PARTNERSHIP_NONE;
  self->dimension = OK_DIMENSION_NONE;
  self->status = OK_ACTIVITY_STATUS_PLANNED;
  self->target_group = OK_TARGET_GROUP_ALL;
}

OkActivity *
ok_activity_new (void)
{
  return g_object_new (OK_TYPE_ACTIVITY, NULL);
}

gint64
ok_activity_get_id (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->id;
}

void
ok_activity_set_id (OkActivity *self,
                   gint64 id)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ok_activity_get_school_id (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->school_id;
}

void
ok_activity_set_school_id (OkActivity *self,
                          gint64 school_id)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->school_id == school_id)
    return;

  self->school_id = school_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCHOOL_ID]);
}

gint64
ok_activity_get_series_id (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->series_id;
}

void
ok_activity_set_series_id (OkActivity *self,
                          gint64 series_id)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->series_id == series_id)
    return;

  self->series_id = series_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES_ID]);
}

OkActivityKind
ok_activity_get_kind (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->kind;
}

void
ok_activity_set_kind (OkActivity *self,
                     OkActivityKind kind)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
ok_activity_get_title (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), NULL);

  return self->title;
}

void
ok_activity_set_title (OkActivity *self,
                      const char *title)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
ok_activity_get_theme (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), NULL);

  return self->theme;
}

void
ok_activity_set_theme (OkActivity *self,
                      const char *theme)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (g_strcmp0 (self->theme, theme) == 0)
    return;

  g_free (self->theme);
  self->theme = g_strdup (theme);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THEME]);
}

OkPartnership
ok_activity_get_partnership (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->partnership;
}

void
ok_activity_set_partnership (OkActivity *self,
                            OkPartnership partnership)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->partnership == partnership)
    return;

  self->partnership = partnership;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNERSHIP]);
}

OkDimension
ok_activity_get_dimension (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->dimension;
}

void
ok_activity_set_dimension (OkActivity *self,
                          OkDimension dimension)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->dimension == dimension)
    return;

  self->dimension = dimension;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIMENSION]);
}

const char *
ok_activity_get_location (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), NULL);

  return self->location;
}

void
ok_activity_set_location (OkActivity *self,
                         const char *location)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (g_strcmp0 (self->location, location) == 0)
    return;

  g_free (self->location);
  self->location = g_strdup (location);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

GDateTime *
ok_activity_get_starts_at (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), NULL);

  return self->starts_at;
}

void
ok_activity_set_starts_at (OkActivity *self,
                          GDateTime *starts_at)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->starts_at == starts_at
      || (self->starts_at != NULL && starts_at != NULL && g_date_time_equal (self->starts_at, starts_at)))
    return;

  g_clear_pointer (&self->starts_at, g_date_time_unref);
  if (starts_at != NULL)
    self->starts_at = g_date_time_ref (starts_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_AT]);
}

GDateTime *
ok_activity_get_ends_at (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), NULL);

  return self->ends_at;
}

void
ok_activity_set_ends_at (OkActivity *self,
                        GDateTime *ends_at)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->ends_at == ends_at
      || (self->ends_at != NULL && ends_at != NULL && g_date_time_equal (self->ends_at, ends_at)))
    return;

  g_clear_pointer (&self->ends_at, g_date_time_unref);
  if (ends_at != NULL)
    self->ends_at = g_date_time_ref (ends_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_AT]);
}

OkActivityStatus
ok_activity_get_status (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->status;
}

void
ok_activity_set_status (OkActivity *self,
                       OkActivityStatus status)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
ok_activity_get_capacity (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->capacity;
}

void
ok_activity_set_capacity (OkActivity *self,
                         int capacity)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->capacity == capacity)
    return;

  self->capacity = capacity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPACITY]);
}

const char * const *
ok_activity_get_interpreter_languages (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), NULL);

  return (const char * const *) self->interpreter_languages;
}

void
ok_activity_set_interpreter_languages (OkActivity *self,
                                      const char * const *interpreter_languages)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->interpreter_languages != NULL && interpreter_languages != NULL
      && g_strv_equal ((const char * const *) self->interpreter_languages, interpreter_languages))
    return;

  g_strfreev (self->interpreter_languages);
  self->interpreter_languages = g_strdupv ((char **) interpreter_languages);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERPRETER_LANGUAGES]);
}

const char *
ok_activity_get_partner (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), NULL);

  return self->partner;
}

void
ok_activity_set_partner (OkActivity *self,
                        const char *partner)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (g_strcmp0 (self->partner, partner) == 0)
    return;

  g_free (self->partner);
  self->partner = g_strdup (partner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTNER]);
}

OkTargetGroup
ok_activity_get_target_group (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->target_group;
}

void
ok_activity_set_target_group (OkActivity *self,
                             OkTargetGroup target_group)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->target_group == target_group)
    return;

  self->target_group = target_group;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_GROUP]);
}

const char * const *
ok_activity_get_target_groups (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), NULL);

  return (const char * const *) self->target_groups;
}

void
ok_activity_set_target_groups (OkActivity *self,
                              const char * const *target_groups)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->target_groups != NULL && target_groups != NULL
      && g_strv_equal ((const char * const *) self->target_groups, target_groups))
    return;

  g_strfreev (self->target_groups);
  self->target_groups = g_strdupv ((char **) target_groups);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_GROUPS]);
}

const char *
ok_activity_get_notes (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), NULL);

  return self->notes;
}

void
ok_activity_set_notes (OkActivity *self,
                      const char *notes)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

int
ok_activity_get_unnamed_guests (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->unnamed_guests;
}

void
ok_activity_set_unnamed_guests (OkActivity *self,
                               int unnamed_guests)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->unnamed_guests == unnamed_guests)
    return;

  self->unnamed_guests = unnamed_guests;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNNAMED_GUESTS]);
}

gint64
ok_activity_get_version (OkActivity *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (self), 0);

  return self->version;
}

void
ok_activity_set_version (OkActivity *self,
                        gint64 version)
{
  g_return_if_fail (OK_IS_ACTIVITY (self));

  if (self->version == version)
    return;

  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

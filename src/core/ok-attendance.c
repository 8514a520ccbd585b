/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The state of one parent for one activity. */
#define G_LOG_DOMAIN "ok-attendance"

#include "config.h"

#include "ok-attendance.h"

struct _OkAttendance
{
  GObject parent_instance;

  gint64 id;
  gint64 activity_id;
  gint64 parent_id;
  OkAttendanceStatus status;
  gboolean walk_in;
  GDateTime *recorded_at;
  char *recorded_by;
  char *channel;
};

G_DEFINE_FINAL_TYPE (OkAttendance, ok_attendance, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ACTIVITY_ID,
  PROP_PARENT_ID,
  PROP_STATUS,
  PROP_WALK_IN,
  PROP_RECORDED_AT,
  PROP_RECORDED_BY,
  PROP_CHANNEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_attendance_finalize (GObject *object)
{
  OkAttendance *self = (OkAttendance *) object;

  g_clear_pointer (&self->recorded_at, g_date_time_unref);
  g_clear_pointer (&self->recorded_by, g_free);
  g_clear_pointer (&self->channel, g_free);

  G_OBJECT_CLASS (ok_attendance_parent_class)->finalize (object);
}

static void
ok_attendance_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OkAttendance *self = OK_ATTENDANCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ACTIVITY_ID:
      g_value_set_int64 (value, self->activity_id);
      break;

    case PROP_PARENT_ID:
      g_value_set_int64 (value, self->parent_id);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_WALK_IN:
      g_value_set_boolean (value, self->walk_in);
      break;

    case PROP_RECORDED_AT:
      g_value_set_boxed (value, self->recorded_at);
      break;

    case PROP_RECORDED_BY:
      g_value_set_string (value, self->recorded_by);
      break;

    case PROP_CHANNEL:
      g_value_set_string (value, self->channel);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_attendance_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OkAttendance *self = OK_ATTENDANCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      ok_attendance_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ACTIVITY_ID:
      ok_attendance_set_activity_id (self, g_value_get_int64 (value));
      break;

    case PROP_PARENT_ID:
      ok_attendance_set_parent_id (self, g_value_get_int64 (value));
      break;

    case PROP_STATUS:
      ok_attendance_set_status (self, g_value_get_enum (value));
      break;

    case PROP_WALK_IN:
      ok_attendance_set_walk_in (self, g_value_get_boolean (value));
      break;

    case PROP_RECORDED_AT:
      ok_attendance_set_recorded_at (self, g_value_get_boxed (value));
      break;

    case PROP_RECORDED_BY:
      ok_attendance_set_recorded_by (self, g_value_get_string (value));
      break;

    case PROP_CHANNEL:
      ok_attendance_set_channel (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_attendance_class_init (OkAttendanceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_attendance_finalize;
  object_class->get_property = ok_attendance_get_property;
  object_class->set_property = ok_attendance_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVITY_ID] =
    g_param_spec_int64 ("activity-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, OK_TYPE_ATTENDANCE_STATUS, OK_ATTENDANCE_STATUS_INVITED,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WALK_IN] =
    g_param_spec_boolean ("walk-in", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORDED_AT] =
    g_param_spec_boxed ("recorded-at", NULL, NULL, G_TYPE_DATE_TIME,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECORDED_BY] =
    g_param_spec_string ("recorded-by", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_attendance_init (OkAttendance *self)
{
  self->status = OK_ATTENDANCE_STATUS_INVITED;
}

OkAttendance *
ok_attendance_new (void)
{
  return g_object_new (OK_TYPE_ATTENDANCE, NULL);
}

gint64
ok_attendance_get_id (OkAttendance *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE (self), 0);

  return self->id;
}

void
ok_attendance_set_id (OkAttendance *self,
                     gint64 id)
{
  g_return_if_fail (OK_IS_ATTENDANCE (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ok_attendance_get_activity_id (OkAttendance *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE (self), 0);

  return self->activity_id;
}

void
ok_attendance_set_activity_id (OkAttendance *self,
                              gint64 activity_id)
{
  g_return_if_fail (OK_IS_ATTENDANCE (self));

  if (self->activity_id == activity_id)
    return;

  self->activity_id = activity_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY_ID]);
}

gint64
ok_attendance_get_parent_id (OkAttendance *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE (self), 0);

  return self->parent_id;
}

void
ok_attendance_set_parent_id (OkAttendance *self,
                            gint64 parent_id)
{
  g_return_if_fail (OK_IS_ATTENDANCE (self));

  if (self->parent_id == parent_id)
    return;

  self->parent_id = parent_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_ID]);
}

OkAttendanceStatus
ok_attendance_get_status (OkAttendance *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE (self), 0);

  return self->status;
}

void
ok_attendance_set_status (OkAttendance *self,
                         OkAttendanceStatus status)
{
  g_return_if_fail (OK_IS_ATTENDANCE (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gboolean
ok_attendance_get_walk_in (OkAttendance *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE (self), 0);

  return self->walk_in;
}

void
ok_attendance_set_walk_in (OkAttendance *self,
                          gboolean walk_in)
{
  g_return_if_fail (OK_IS_ATTENDANCE (self));

  walk_in = !!walk_in;

  if (self->walk_in == walk_in)
    return;

  self->walk_in = walk_in;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALK_IN]);
}

GDateTime *
ok_attendance_get_recorded_at (OkAttendance *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE (self), NULL);

  return self->recorded_at;
}

void
ok_attendance_set_recorded_at (OkAttendance *self,
                              GDateTime *recorded_at)
{
  g_return_if_fail (OK_IS_ATTENDANCE (self));

  if (self->recorded_at == recorded_at
      || (self->recorded_at != NULL && recorded_at != NULL && g_date_time_equal (self->recorded_at, recorded_at)))
    return;

  g_clear_pointer (&self->recorded_at, g_date_time_unref);
  if (recorded_at != NULL)
    self->recorded_at = g_date_time_ref (recorded_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_AT]);
}

const char *
ok_attendance_get_recorded_by (OkAttendance *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE (self), NULL);

  return self->recorded_by;
}

void
ok_attendance_set_recorded_by (OkAttendance *self,
                              const char *recorded_by)
{
  g_return_if_fail (OK_IS_ATTENDANCE (self));

  if (g_strcmp0 (self->recorded_by, recorded_by) == 0)
    return;

  g_free (self->recorded_by);
  self->recorded_by = g_strdup (recorded_by);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_BY]);
}

const char *
ok_attendance_get_channel (OkAttendance *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE (self), NULL);

  return self->channel;
}

void
ok_attendance_set_channel (OkAttendance *self,
                          const char *channel)
{
  g_return_if_fail (OK_IS_ATTENDANCE (self));

  if (g_strcmp0 (self->channel, channel) == 0)
    return;

  g_free (self->channel);
  self->channel = g_strdup (channel);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

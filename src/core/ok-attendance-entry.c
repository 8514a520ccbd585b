/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One line of a family's attendance history: which activity, when, who
 * of the family, and how it went. Read-only: made by the store. */
#define G_LOG_DOMAIN "ok-attendance-entry"

#include "config.h"

#include "ok-attendance-entry.h"

struct _OkAttendanceEntry
{
  GObject parent_instance;

  gint64 activity_id;
  char *title;
  OkActivityKind kind;
  GDateTime *starts_at;
  gint64 parent_id;
  char *parent_name;
  OkAttendanceStatus status;
  gboolean walk_in;
};

G_DEFINE_FINAL_TYPE (OkAttendanceEntry, ok_attendance_entry, G_TYPE_OBJECT)

static void
ok_attendance_entry_finalize (GObject *object)
{
  OkAttendanceEntry *self = OK_ATTENDANCE_ENTRY (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  g_clear_pointer (&self->parent_name, g_free);

  G_OBJECT_CLASS (ok_attendance_entry_parent_class)->finalize (object);
}

static void
ok_attendance_entry_class_init (OkAttendanceEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ok_attendance_entry_finalize;
}

static void
ok_attendance_entry_init (OkAttendanceEntry *self)
{
}

OkAttendanceEntry *
ok_attendance_entry_new (gint64              activity_id,
                         const char         *title,
                         OkActivityKind      kind,
                         GDateTime          *starts_at,
                         gint64              parent_id,
                         const char         *parent_name,
                         OkAttendanceStatus  status,
                         gboolean            walk_in)
{
  OkAttendanceEntry *self = g_object_new (OK_TYPE_ATTENDANCE_ENTRY, NULL);

  self->activity_id = activity_id;
  self->title = g_strdup (title);
  self->kind = kind;
  self->starts_at = starts_at != NULL ? g_date_time_ref (starts_at) : NULL;
  self->parent_id = parent_id;
  self->parent_name = g_strdup (parent_name);
  self->status = status;
  self->walk_in = walk_in;
  return self;
}

gint64
ok_attendance_entry_get_activity_id (OkAttendanceEntry *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE_ENTRY (self), 0);
  return self->activity_id;
}

const char *
ok_attendance_entry_get_title (OkAttendanceEntry *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE_ENTRY (self), NULL);
  return self->title;
}

OkActivityKind
ok_attendance_entry_get_kind (OkAttendanceEntry *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE_ENTRY (self), OK_ACTIVITY_KIND_OTHER);
  return self->kind;
}

GDateTime *
ok_attendance_entry_get_starts_at (OkAttendanceEntry *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE_ENTRY (self), NULL);
  return self->starts_at;
}

gint64
ok_attendance_entry_get_parent_id (OkAttendanceEntry *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE_ENTRY (self), 0);
  return self->parent_id;
}

const char *
ok_attendance_entry_get_parent_name (OkAttendanceEntry *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE_ENTRY (self), NULL);
  return self->parent_name;
}

OkAttendanceStatus
ok_attendance_entry_get_status (OkAttendanceEntry *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE_ENTRY (self), OK_ATTENDANCE_STATUS_INVITED);
  return self->status;
}

gboolean
ok_attendance_entry_get_walk_in (OkAttendanceEntry *self)
{
  g_return_val_if_fail (OK_IS_ATTENDANCE_ENTRY (self), FALSE);
  return self->walk_in;
}

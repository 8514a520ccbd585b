/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "ok-enums.h"

G_BEGIN_DECLS

#define OK_TYPE_ATTENDANCE (ok_attendance_get_type ())
G_DECLARE_FINAL_TYPE (OkAttendance, ok_attendance, OK, ATTENDANCE, GObject)

OkAttendance *ok_attendance_new (void);

gint64 ok_attendance_get_id (OkAttendance *self);
void ok_attendance_set_id (OkAttendance *self, gint64 id);
gint64 ok_attendance_get_activity_id (OkAttendance *self);
void ok_attendance_set_activity_id (OkAttendance *self, gint64 activity_id);
gint64 ok_attendance_get_parent_id (OkAttendance *self);
void ok_attendance_set_parent_id (OkAttendance *self, gint64 parent_id);
OkAttendanceStatus ok_attendance_get_status (OkAttendance *self);
void ok_attendance_set_status (OkAttendance *self, OkAttendanceStatus status);
gboolean ok_attendance_get_walk_in (OkAttendance *self);
void ok_attendance_set_walk_in (OkAttendance *self, gboolean walk_in);
GDateTime *ok_attendance_get_recorded_at (OkAttendance *self);
void ok_attendance_set_recorded_at (OkAttendance *self, GDateTime *recorded_at);
const char *ok_attendance_get_recorded_by (OkAttendance *self);
void ok_attendance_set_recorded_by (OkAttendance *self, const char *recorded_by);
const char *ok_attendance_get_channel (OkAttendance *self);
void ok_attendance_set_channel (OkAttendance *self, const char *channel);

G_END_DECLS

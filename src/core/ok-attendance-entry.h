/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ok-enums.h"

G_BEGIN_DECLS

#define OK_TYPE_ATTENDANCE_ENTRY (ok_attendance_entry_get_type ())
G_DECLARE_FINAL_TYPE (OkAttendanceEntry, ok_attendance_entry, OK, ATTENDANCE_ENTRY, GObject)

OkAttendanceEntry  *ok_attendance_entry_new               (gint64              activity_id,
                                                           const char         *title,
                                                           OkActivityKind      kind,
                                                           GDateTime          *starts_at,
                                                           gint64              parent_id,
                                                           const char         *parent_name,
                                                           OkAttendanceStatus  status,
                                                           gboolean            walk_in);

gint64              ok_attendance_entry_get_activity_id   (OkAttendanceEntry *self);
const char         *ok_attendance_entry_get_title         (OkAttendanceEntry *self);
OkActivityKind      ok_attendance_entry_get_kind          (OkAttendanceEntry *self);
GDateTime          *ok_attendance_entry_get_starts_at     (OkAttendanceEntry *self);
gint64              ok_attendance_entry_get_parent_id     (OkAttendanceEntry *self);
const char         *ok_attendance_entry_get_parent_name   (OkAttendanceEntry *self);
OkAttendanceStatus  ok_attendance_entry_get_status        (OkAttendanceEntry *self);
gboolean            ok_attendance_entry_get_walk_in       (OkAttendanceEntry *self);

G_END_DECLS

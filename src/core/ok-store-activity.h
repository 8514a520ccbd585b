/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-activity.h"
#include "ok-attendance.h"
#include "ok-store.h"
#include "ok-theme.h"

G_BEGIN_DECLS

GPtrArray  *ok_store_theme_list            (OkStore            *store,
                                            GError            **error);

/* Activities of the store's current school. starts-at is required; times
 * are kept as Dutch wall-clock time. */
gboolean    ok_store_activity_insert       (OkStore            *store,
                                            OkActivity         *activity,
                                            GError            **error);
gboolean    ok_store_activity_update       (OkStore            *store,
                                            OkActivity         *activity,
                                            GError            **error);
OkActivity *ok_store_activity_get          (OkStore            *store,
                                            gint64              id,
                                            GError            **error);
gboolean    ok_store_activity_delete       (OkStore            *store,
                                            gint64              id,
                                            GError            **error);
/* from and to (both optional) are dates YYYY-MM-DD, inclusive. */
GPtrArray  *ok_store_activity_list         (OkStore            *store,
                                            const char         *from,
                                            const char         *to,
                                            GError            **error);
gint64      ok_store_series_insert         (OkStore            *store,
                                            const char         *rule,
                                            const char         *first_date,
                                            const char         *last_date,
                                            gboolean            skip_holidays,
                                            GError            **error);

/* Attendance: each call is its own committed transaction unless the caller
 * holds one, so a mark is on disk when the call returns. */
gboolean    ok_store_attendance_mark       (OkStore            *store,
                                            gint64              activity_id,
                                            gint64              parent_id,
                                            OkAttendanceStatus  status,
                                            gboolean            walk_in,
                                            const char         *recorded_by,
                                            const char         *channel,
                                            GError            **error);
/* For generators and importers whose rows are known to be valid: no
 * checks beyond the schema's own, recorded now by nobody in particular. */
gboolean    ok_store_attendance_insert_quick (OkStore          *store,
                                            gint64              activity_id,
                                            gint64              parent_id,
                                            OkAttendanceStatus  status,
                                            gboolean            walk_in,
                                            GError            **error);
gboolean    ok_store_attendance_clear      (OkStore            *store,
                                            gint64              activity_id,
                                            gint64              parent_id,
                                            GError            **error);
GPtrArray  *ok_store_attendance_list       (OkStore            *store,
                                            gint64              activity_id,
                                            GError            **error);
gboolean    ok_store_activity_set_guests   (OkStore            *store,
                                            gint64              activity_id,
                                            int                 unnamed_guests,
                                            GError            **error);

G_END_DECLS

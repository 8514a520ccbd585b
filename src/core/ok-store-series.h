/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-activity.h"
#include "ok-holidays.h"
#include "ok-recurrence.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* Plans a weekly series: the series and one activity for each date of
 * the recurrence that no school holiday skips, each a copy of model at
 * that date's times. first_id is the id of the first date. One
 * transaction. */
gboolean  ok_store_series_create           (OkStore       *store,
                                            OkActivity    *model,
                                            OkRecurrence  *recurrence,
                                            OkHolidays    *holidays,
                                            const char    *region,
                                            gint64        *first_id,
                                            GError       **error);

/* Saves a changed date of a series as changed on its own ("only this
 * date"): later changes of the series from an earlier date on pass it by.
 * A save that changes nothing leaves it in step with the series. */
gboolean  ok_store_series_update_one       (OkStore       *store,
                                            OkActivity    *activity,
                                            GError       **error);

/* Saves a changed date of a series and gives every later date of the
 * series what changed in it ("this and following dates"): title, kind,
 * theme, partnership, dimension, location, start and end time,
 * capacity, interpreters, partner, target group and notes. Each later
 * date keeps its own day, its status, attendance and guests; dates
 * changed on their own or cancelled are passed by and keep everything.
 * The date given may move to another day; the later ones do not.
 * n_changed and n_kept (both optional) count the later dates changed and
 * passed by. One transaction. */
gboolean  ok_store_series_update_following (OkStore       *store,
                                            OkActivity    *activity,
                                            guint         *n_changed,
                                            guint         *n_kept,
                                            GError       **error);

/* Cancels a date and every later date of its series that is still
 * planned, those changed on their own included: the series ends there.
 * Returns the ids cancelled, for ok_store_series_reinstate(). One
 * transaction. */
GArray   *ok_store_series_cancel_following (OkStore       *store,
                                            gint64         activity_id,
                                            GError       **error);
/* Plans the cancelled activities of ids (gint64) again, as an undo. */
gboolean  ok_store_series_reinstate        (OkStore       *store,
                                            GArray        *ids,
                                            GError       **error);

G_END_DECLS

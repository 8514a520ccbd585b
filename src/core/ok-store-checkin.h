/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-activity.h"
#include "ok-checkin-entry.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* What the door counted, for the summary after the event. */
typedef struct {
  gint64 expected;     /* registered, invited, target group, came last time */
  gint64 present;      /* named parents present, walk-ins included */
  gint64 walk_ins;
  gint64 guests;       /* unnamed guests */
  gint64 excused;
  gint64 no_shows;
  gint64 first_time;   /* present, and never present at an earlier activity */
} OkCheckinSummary;

/* Every parent of the activity's school as an OkCheckinEntry, with their
 * children, their status for the activity and why they are expected. */
GPtrArray  *ok_store_checkin_people        (OkStore            *store,
                                            gint64              activity_id,
                                            GError            **error);
/* The expected parents only, registered first (see OkCheckinReason). */
GPtrArray  *ok_store_checkin_expected      (OkStore            *store,
                                            gint64              activity_id,
                                            GError            **error);
/* Search over the names of parents and their children, ignoring case
 * and accents; best match first, at most limit results (0: all). */
GPtrArray  *ok_store_checkin_search        (OkStore            *store,
                                            gint64              activity_id,
                                            const char         *query,
                                            guint               limit,
                                            GError            **error);
GPtrArray  *ok_checkin_search_entries      (GPtrArray          *people,
                                            const char         *query,
                                            guint               limit);

/* Marks at the door. Each call is one committed transaction unless the
 * caller holds one, so a mark is on disk when the call returns; the
 * status it replaced is kept, for undo. */
gboolean    ok_store_checkin_mark          (OkStore            *store,
                                            gint64              activity_id,
                                            gint64              parent_id,
                                            OkAttendanceStatus  status,
                                            const char         *recorded_by,
                                            GError            **error);
/* Every parent of the family, in one transaction; returns their ids. */
GArray     *ok_store_checkin_mark_family   (OkStore            *store,
                                            gint64              activity_id,
                                            gint64              family_id,
                                            OkAttendanceStatus  status,
                                            const char         *recorded_by,
                                            GError            **error);
/* Gives the parents who still have the given status the one a door mark
 * replaced (registered, invited, ...), or no row at all; one transaction. */
gboolean    ok_store_checkin_undo          (OkStore            *store,
                                            gint64              activity_id,
                                            const gint64       *parent_ids,
                                            guint               n_parents,
                                            OkAttendanceStatus  status,
                                            const char         *recorded_by,
                                            GError            **error);
/* A parent who is not in the database yet, created without a family and
 * marked present as a walk-in, in one transaction; returns the parent's id
 * or -1. phone (stored in E.164) and home_language (an ISO 639 code) may
 * be NULL. */
gint64      ok_store_checkin_add_walk_in   (OkStore            *store,
                                            gint64              activity_id,
                                            const char         *name,
                                            const char         *phone,
                                            const char         *home_language,
                                            const char         *recorded_by,
                                            GError            **error);
/* Adds delta (may be negative) to the unnamed guests in the database, so
 * that two laptops counting at once add up; never below zero. */
gboolean    ok_store_checkin_add_guests    (OkStore            *store,
                                            gint64              activity_id,
                                            int                 delta,
                                            int                *guests,
                                            GError            **error);
/* After the event: every invited or registered parent who did not come is
 * a no-show, and a planned activity is held; returns how many were marked
 * or -1. */
gint64      ok_store_checkin_mark_no_shows (OkStore            *store,
                                            gint64              activity_id,
                                            const char         *recorded_by,
                                            GError            **error);
gboolean    ok_store_checkin_summary       (OkStore            *store,
                                            gint64              activity_id,
                                            OkCheckinSummary   *summary,
                                            GError            **error);

/* The activity of the store's school happening at now (NULL: the current
 * time): running, or starting within 30 minutes. NULL without an error
 * when there is none. */
OkActivity *ok_store_checkin_activity_now  (OkStore            *store,
                                            GDateTime          *now,
                                            GError            **error);
/* A cheap fingerprint of the activity's attendance and guests: when it
 * changes, someone (another laptop) marked something. */
char       *ok_store_checkin_stamp         (OkStore            *store,
                                            gint64              activity_id,
                                            GError            **error);

G_END_DECLS

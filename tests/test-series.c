/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A weekly series changed as a whole from one of its dates on: earlier
 * dates stay, dates changed or cancelled on their own stay, attendance
 * stays; and the rest of a series cancelled and planned again. */
#include "config.h"

#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-store-series.h"
#include "ok-test-util.h"
#include "ok-time.h"

#define N_DATES 6

typedef struct {
  gint64 ids[N_DATES];
  gint64 parent;
} Series;

/* Six Tuesdays 08:30–09:30 at the Ouderkamer, from 1 September 2026. */
static void
plan_series (OkStore *store,
             Series  *series)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) model = ok_activity_new ();
  g_autoptr(OkRecurrence) recurrence = ok_recurrence_new ();
  g_autoptr(GPtrArray) dates = NULL;
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(OkParent) parent = ok_parent_new ();
  gint64 first_id = 0;

  ok_activity_set_title (model, "Koffieochtend");
  ok_activity_set_kind (model, OK_ACTIVITY_KIND_COFFEE_MORNING);
  ok_activity_set_location (model, "Ouderkamer");
  ok_recurrence_set_weekdays (recurrence, OK_WEEKDAY_BIT (G_DATE_TUESDAY));
  ok_recurrence_set_start_time (recurrence, "08:30");
  ok_recurrence_set_end_time (recurrence, "09:30");
  ok_recurrence_set_first_date (recurrence, "2026-09-01");
  ok_recurrence_set_last_date (recurrence, "2026-10-06");
  ok_recurrence_set_skip_holidays (recurrence, FALSE);
  g_assert_true (ok_store_series_create (store, model, recurrence, NULL, NULL, &first_id, &error));
  g_assert_no_error (error);

  dates = ok_store_activity_list (store, "2026-09-01", "2026-10-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dates->len, ==, N_DATES);
  g_assert_cmpint (ok_activity_get_id (g_ptr_array_index (dates, 0)), ==, first_id);
  for (guint i = 0; i < N_DATES; i++)
    series->ids[i] = ok_activity_get_id (g_ptr_array_index (dates, i));

  ok_family_set_name (family, "Yılmaz");
  g_assert_true (ok_store_family_insert (store, family, &error));
  ok_parent_set_family_id (parent, ok_family_get_id (family));
  ok_parent_set_name (parent, "Zeynep Yılmaz");
  g_assert_true (ok_store_parent_insert (store, parent, &error));
  g_assert_no_error (error);
  series->parent = ok_parent_get_id (parent);
}

static OkActivity *
get_date (OkStore *store,
          Series  *series,
          guint    n)
{
  g_autoptr(GError) error = NULL;
  OkActivity *activity = ok_store_activity_get (store, series->ids[n], &error);

  g_assert_no_error (error);
  return activity;
}

static void
set_clock (OkActivity *activity,
           int         start_hour,
           int         start_minute,
           int         end_hour,
           int         end_minute)
{
  GDateTime *day = ok_activity_get_starts_at (activity);
  g_autoptr(GDateTime) starts = g_date_time_new (ok_time_zone (), g_date_time_get_year (day),
                                                 g_date_time_get_month (day), g_date_time_get_day_of_month (day),
                                                 start_hour, start_minute, 0);
  g_autoptr(GDateTime) ends = g_date_time_new (ok_time_zone (), g_date_time_get_year (day),
                                               g_date_time_get_month (day), g_date_time_get_day_of_month (day),
                                               end_hour, end_minute, 0);

  ok_activity_set_starts_at (activity, starts);
  ok_activity_set_ends_at (activity, ends);
}

static void
assert_date (OkStore          *store,
             Series           *series,
             guint             n,
             const char       *title,
             const char       *location,
             const char       *starts,
             const char       *ends,
             OkActivityStatus  status)
{
  g_autoptr(OkActivity) activity = get_date (store, series, n);
  g_autofree char *starts_text = ok_time_format_local (ok_activity_get_starts_at (activity));
  g_autofree char *ends_text = ok_time_format_local (ok_activity_get_ends_at (activity));

  g_assert_cmpstr (ok_activity_get_title (activity), ==, title);
  g_assert_cmpstr (ok_activity_get_location (activity), ==, location);
  g_assert_cmpstr (starts_text, ==, starts);
  g_assert_cmpstr (ends_text, ==, ends);
  g_assert_cmpint (ok_activity_get_status (activity), ==, status);
}

static void
test_change_following (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) cancelled = NULL;
  g_autoptr(OkActivity) alone = NULL;
  g_autoptr(OkActivity) unchanged = NULL;
  g_autoptr(OkActivity) third = NULL;
  g_autoptr(OkActivity) second = NULL;
  g_autoptr(GPtrArray) marks = NULL;
  Series series;
  guint changed = 99, kept = 99;

  plan_series (store, &series);

  /* Before the change: someone came to the third date, the fourth was
   * cancelled, the fifth moved to the hall on its own; saving the sixth
   * without a change leaves it in the series. */
  g_assert_true (ok_store_attendance_mark (store, series.ids[2], series.parent, OK_ATTENDANCE_STATUS_PRESENT,
                                           FALSE, "Fatima", NULL, &error));
  g_assert_no_error (error);
  cancelled = get_date (store, &series, 3);
  ok_activity_set_status (cancelled, OK_ACTIVITY_STATUS_CANCELLED);
  g_assert_true (ok_store_activity_update (store, cancelled, &error));
  alone = get_date (store, &series, 4);
  ok_activity_set_location (alone, "Aula");
  g_assert_true (ok_store_series_update_one (store, alone, &error));
  g_assert_no_error (error);
  unchanged = get_date (store, &series, 5);
  g_assert_true (ok_store_series_update_one (store, unchanged, &error));
  g_assert_no_error (error);

  /* From the third date on: another title, the library, 09:00–10:30. */
  third = get_date (store, &series, 2);
  ok_activity_set_title (third, "Koffie en taal");
  ok_activity_set_location (third, "Bibliotheek");
  set_clock (third, 9, 0, 10, 30);
  g_assert_true (ok_store_series_update_following (store, third, &changed, &kept, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (kept, ==, 2);

  assert_date (store, &series, 0, "Koffieochtend", "Ouderkamer", "2026-09-01T08:30", "2026-09-01T09:30",
               OK_ACTIVITY_STATUS_PLANNED);
  assert_date (store, &series, 1, "Koffieochtend", "Ouderkamer", "2026-09-08T08:30", "2026-09-08T09:30",
               OK_ACTIVITY_STATUS_PLANNED);
  assert_date (store, &series, 2, "Koffie en taal", "Bibliotheek", "2026-09-15T09:00", "2026-09-15T10:30",
               OK_ACTIVITY_STATUS_PLANNED);
  assert_date (store, &series, 3, "Koffieochtend", "Ouderkamer", "2026-09-22T08:30", "2026-09-22T09:30",
               OK_ACTIVITY_STATUS_CANCELLED);
  assert_date (store, &series, 4, "Koffieochtend", "Aula", "2026-09-29T08:30", "2026-09-29T09:30",
               OK_ACTIVITY_STATUS_PLANNED);
  assert_date (store, &series, 5, "Koffie en taal", "Bibliotheek", "2026-10-06T09:00", "2026-10-06T10:30",
               OK_ACTIVITY_STATUS_PLANNED);

  marks = ok_store_attendance_list (store, series.ids[2], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpint (ok_attendance_get_parent_id (g_ptr_array_index (marks, 0)), ==, series.parent);
  g_assert_cmpint (ok_attendance_get_status (g_ptr_array_index (marks, 0)), ==, OK_ATTENDANCE_STATUS_PRESENT);

  /* Only what changes now goes on: a note from the second date on leaves
   * the third date's new title and times alone. */
  second = get_date (store, &series, 1);
  ok_activity_set_notes (second, "Neem een buurvrouw mee");
  g_assert_true (ok_store_series_update_following (store, second, &changed, &kept, &error));
  g_assert_cmpuint (changed, ==, 2);
  assert_date (store, &series, 2, "Koffie en taal", "Bibliotheek", "2026-09-15T09:00", "2026-09-15T10:30",
               OK_ACTIVITY_STATUS_PLANNED);
  {
    g_autoptr(OkActivity) last = get_date (store, &series, 5);
    g_autoptr(OkActivity) moved = get_date (store, &series, 4);

    g_assert_cmpstr (ok_activity_get_notes (last), ==, "Neem een buurvrouw mee");
    g_assert_null (ok_activity_get_notes (moved));
  }

  /* A copy read before that change is out of date: nothing is written. */
  ok_activity_set_location (third, "Gymzaal");
  g_assert_false (ok_store_series_update_following (store, third, NULL, NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
  assert_date (store, &series, 5, "Koffie en taal", "Bibliotheek", "2026-10-06T09:00", "2026-10-06T10:30",
               OK_ACTIVITY_STATUS_PLANNED);
}

static void
test_cancel_following (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(OkActivity) cancelled = NULL;
  g_autoptr(OkActivity) one_off = ok_activity_new ();
  g_autoptr(GDateTime) later = ok_time_parse_local ("2026-09-30T19:30");
  Series series;

  plan_series (store, &series);
  cancelled = get_date (store, &series, 3);
  ok_activity_set_status (cancelled, OK_ACTIVITY_STATUS_CANCELLED);
  g_assert_true (ok_store_activity_update (store, cancelled, &error));
  /* An activity of its own in between is not part of the series. */
  ok_activity_set_title (one_off, "Thema-avond");
  ok_activity_set_starts_at (one_off, later);
  g_assert_true (ok_store_activity_insert (store, one_off, &error));
  g_assert_no_error (error);

  ids = ok_store_series_cancel_following (store, series.ids[2], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 3);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, series.ids[2]);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, series.ids[4]);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, series.ids[5]);
  for (guint i = 0; i < N_DATES; i++)
    {
      g_autoptr(OkActivity) date = get_date (store, &series, i);
      g_assert_cmpint (ok_activity_get_status (date), ==,
                       i < 2 ? OK_ACTIVITY_STATUS_PLANNED : OK_ACTIVITY_STATUS_CANCELLED);
    }
  {
    g_autoptr(OkActivity) read = ok_store_activity_get (store, ok_activity_get_id (one_off), &error);
    g_assert_cmpint (ok_activity_get_status (read), ==, OK_ACTIVITY_STATUS_PLANNED);
  }

  /* Undo plans again what was cancelled then, not the date cancelled before. */
  g_assert_true (ok_store_series_reinstate (store, ids, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < N_DATES; i++)
    {
      g_autoptr(OkActivity) date = get_date (store, &series, i);
      g_assert_cmpint (ok_activity_get_status (date), ==,
                       i == 3 ? OK_ACTIVITY_STATUS_CANCELLED : OK_ACTIVITY_STATUS_PLANNED);
    }
}

static void
test_not_a_series (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) starts = ok_time_parse_local ("2026-09-30T19:30");

  ok_activity_set_title (activity, "Thema-avond");
  ok_activity_set_starts_at (activity, starts);
  g_assert_true (ok_store_activity_insert (store, activity, &error));
  ok_activity_set_title (activity, "Thema-avond puberteit");
  g_assert_false (ok_store_series_update_following (store, activity, NULL, NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_assert_false (ok_store_in_transaction (store));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/series/change-following", test_change_following);
  ok_test_add_store_func ("/series/cancel-following", test_cancel_following);
  ok_test_add_store_func ("/series/not-a-series", test_not_a_series);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One definition of reach, everywhere: a family with only a contact moment
 * this quarter is not reached, one whose parent came to an activity is,
 * in the quarterly overview, the families' index, a contact parent's list
 * and a family's page alike. */
#include "config.h"

#include "ok-family-index.h"
#include "ok-report.h"
#include "ok-store-activity.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-store-reach.h"
#include "ok-store-search.h"
#include "ok-test-util.h"
#include "ok-time.h"

typedef struct {
  gint64 called;      /* only a contact moment this quarter */
  gint64 came;        /* a parent present at an activity this quarter */
  gint64 cancelled;   /* present at an activity that was cancelled */
  gint64 last_time;   /* present at an activity of the quarter before */
  gint64 contact_parent;
  OkReportPeriod quarter;
  char *first_day;
} Fixture;

static gint64
add_family (OkStore    *store,
            const char *name,
            gint64     *parent_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(OkParent) parent = ok_parent_new ();
  g_autoptr(OkChild) child = ok_child_new ();

  ok_family_set_name (family, name);
  g_assert_true (ok_store_family_insert (store, family, &error));
  g_assert_no_error (error);
  ok_parent_set_family_id (parent, ok_family_get_id (family));
  ok_parent_set_name (parent, name);
  g_assert_true (ok_store_parent_insert (store, parent, &error));
  ok_child_set_family_id (child, ok_family_get_id (family));
  ok_child_set_first_name (child, "Kind");
  ok_child_set_last_name (child, name);
  ok_child_set_group (child, "5");
  ok_child_set_enrolled_from (child, "2019-08-01");
  g_assert_true (ok_store_child_insert (store, child, &error));
  g_assert_no_error (error);
  *parent_id = ok_parent_get_id (parent);
  return ok_family_get_id (family);
}

static gint64
add_activity (OkStore          *store,
              const char       *day,
              OkActivityStatus  status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strconcat (day, "T10:00", NULL);
  g_autoptr(GDateTime) starts = ok_time_parse_local (text);
  g_autoptr(OkActivity) activity = ok_activity_new ();

  ok_activity_set_title (activity, "Koffieochtend");
  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_COFFEE_MORNING);
  ok_activity_set_starts_at (activity, starts);
  ok_activity_set_status (activity, status);
  g_assert_true (ok_store_activity_insert (store, activity, &error));
  g_assert_no_error (error);
  return ok_activity_get_id (activity);
}

static void
fixture_fill (Fixture *f,
              OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkContactMoment) moment = ok_contact_moment_new ();
  g_autoptr(GDate) before = NULL;
  g_autofree char *day_before = NULL;
  gint64 called_parent, came_parent, cancelled_parent, last_time_parent, activity;

  ok_reach_current_period (&f->quarter);
  ok_reach_period_bounds (&f->quarter, &f->first_day, NULL);
  before = ok_date_parse (f->first_day);
  g_date_subtract_days (before, 1);
  day_before = ok_date_format (before);

  f->called = add_family (store, "Amrani", &called_parent);
  f->came = add_family (store, "Bakker", &came_parent);
  f->cancelled = add_family (store, "Celik", &cancelled_parent);
  f->last_time = add_family (store, "Dijkstra", &last_time_parent);

  ok_contact_moment_set_family_id (moment, f->called);
  ok_contact_moment_set_parent_id (moment, called_parent);
  ok_contact_moment_set_channel (moment, OK_CHANNEL_PHONE);
  ok_contact_moment_set_date (moment, f->first_day);
  g_assert_true (ok_store_contact_moment_insert (store, moment, &error));
  g_assert_no_error (error);

  activity = add_activity (store, f->first_day, OK_ACTIVITY_STATUS_HELD);
  g_assert_true (ok_store_attendance_insert_quick (store, activity, came_parent,
                                                   OK_ATTENDANCE_STATUS_PRESENT, FALSE, &error));
  /* Excused is not present: it reaches nobody. */
  g_assert_true (ok_store_attendance_insert_quick (store, activity, called_parent,
                                                   OK_ATTENDANCE_STATUS_EXCUSED, FALSE, &error));
  activity = add_activity (store, f->first_day, OK_ACTIVITY_STATUS_CANCELLED);
  g_assert_true (ok_store_attendance_insert_quick (store, activity, cancelled_parent,
                                                   OK_ATTENDANCE_STATUS_PRESENT, FALSE, &error));
  activity = add_activity (store, day_before, OK_ACTIVITY_STATUS_HELD);
  g_assert_true (ok_store_attendance_insert_quick (store, activity, last_time_parent,
                                                   OK_ATTENDANCE_STATUS_PRESENT, FALSE, &error));
  g_assert_no_error (error);

  f->contact_parent = ok_store_contact_parent_add (store, came_parent, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok_store_coverage_add (store, f->contact_parent, OK_COVERAGE_GROUP, 0, "5", &error));
  g_assert_no_error (error);
}

static void
fixture_clear (Fixture *f)
{
  g_free (f->first_day);
}

/* The ids not reached, in the order given, as "id,id,". */
static char *
ids_text (const gint64 *ids,
          guint         n)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%" G_GINT64_FORMAT ",", ids[i]);
  return g_string_free (text, FALSE);
}

static char *
expected_not_reached (Fixture *f)
{
  gint64 ids[] = { f->called, f->cancelled, f->last_time };

  return ids_text (ids, G_N_ELEMENTS (ids));
}

static void
test_report (OkStore *store)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;

  fixture_fill (&f, store);
  report = ok_quarter_report_compute (store, &f.quarter, 0, OK_REPORT_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->figures.active_families, ==, 4);
  g_assert_cmpint (report->figures.families_reached, ==, 1);
  g_assert_cmpint (report->previous.families_reached, ==, 1);
  for (guint i = 0; i < report->not_reached->len; i++)
    g_array_append_val (ids, g_array_index (report->not_reached, OkReportFamily, i).id);
  expected = expected_not_reached (&f);
  got = ids_text ((gint64 *) ids->data, ids->len);
  g_assert_cmpstr (got, ==, expected);
  fixture_clear (&f);
}

static void
test_family_index (OkStore *store)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamilyIndex) index = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  guint n;

  fixture_fill (&f, store);
  index = ok_store_family_index_load (store, &error);
  g_assert_no_error (error);
  ok_family_index_set_reached_since (index, f.first_day);
  ok_family_index_set_only_not_reached (index, TRUE);
  n = g_list_model_get_n_items (G_LIST_MODEL (index));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OkFamilySummary) family = g_list_model_get_item (G_LIST_MODEL (index), i);
      gint64 id = ok_family_summary_get_id (family);

      g_assert_false (ok_family_summary_get_reached (family));
      g_array_append_val (ids, id);
    }
  /* The index sorts by name, which is the order of the ids here. */
  expected = expected_not_reached (&f);
  got = ids_text ((gint64 *) ids->data, ids->len);
  g_assert_cmpstr (got, ==, expected);

  ok_family_index_set_only_not_reached (index, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (index)), ==, 4);
  {
    g_autoptr(OkFamilySummary) came = g_list_model_get_item (G_LIST_MODEL (index),
                                                             ok_family_index_find (index, f.came));
    g_assert_true (ok_family_summary_get_reached (came));
  }
  fixture_clear (&f);
}

static void
test_contact_parent (OkStore *store)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  gint64 covered = 0, not_reached = 0;

  fixture_fill (&f, store);
  families = ok_store_contact_parent_families (store, f.contact_parent, &f.quarter, TRUE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < families->len; i++)
    {
      gint64 id = ok_family_summary_get_id (g_ptr_array_index (families, i));
      g_array_append_val (ids, id);
    }
  expected = expected_not_reached (&f);
  got = ids_text ((gint64 *) ids->data, ids->len);
  g_assert_cmpstr (got, ==, expected);

  g_assert_true (ok_store_contact_parent_counts (store, f.contact_parent, &f.quarter, &covered, &not_reached,
                                                 &error));
  g_assert_no_error (error);
  g_assert_cmpint (covered, ==, 4);
  g_assert_cmpint (not_reached, ==, 3);
  fixture_clear (&f);
}

static void
test_family (OkStore *store)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  gboolean reached = TRUE;

  fixture_fill (&f, store);
  g_assert_true (ok_store_family_reached (store, f.called, &f.quarter, &reached, &error));
  g_assert_no_error (error);
  g_assert_false (reached);
  g_assert_true (ok_store_family_reached (store, f.cancelled, &f.quarter, &reached, &error));
  g_assert_false (reached);
  g_assert_true (ok_store_family_reached (store, f.last_time, &f.quarter, &reached, &error));
  g_assert_false (reached);
  g_assert_true (ok_store_family_reached (store, f.came, &f.quarter, &reached, &error));
  g_assert_no_error (error);
  g_assert_true (reached);
  fixture_clear (&f);
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/reach/report", test_report);
  ok_test_add_store_func ("/reach/family-index", test_family_index);
  ok_test_add_store_func ("/reach/contact-parent", test_contact_parent);
  ok_test_add_store_func ("/reach/family", test_family);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window keeps its pages in step with the store: demo data
 * loaded from the empty start, or an activity planned elsewhere, shows in
 * the Overzicht without reopening it. */
#include "config.h"

#include "ok-gui-test-util.h"
#include "ok-headline-figures.h"
#include "ok-overview-view.h"
#include "ok-report.h"
#include "ok-store-activity.h"
#include "ok-time.h"

typedef struct {
  OkStore *store;
  OkWindow *window;
  OkOverviewView *overview;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = ok_gui_test_open_store ();
  fixture->window = ok_gui_test_new_window (fixture->store);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 760);
  ok_gui_test_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ok_gui_test_spin (50);
  g_clear_object (&fixture->store);
}

static gboolean
report_ready (gpointer data)
{
  Fixture *fixture = data;

  return !ok_overview_view_get_busy (fixture->overview) && ok_overview_view_get_report (fixture->overview) != NULL;
}

static gboolean
has_active_families (gpointer data)
{
  Fixture *fixture = data;

  return report_ready (fixture) && ok_overview_view_get_report (fixture->overview)->figures.active_families > 0;
}

static const char *
label_text (Fixture    *fixture,
            const char *name)
{
  gpointer figures = ok_gui_test_child (fixture->overview, OK_TYPE_OVERVIEW_VIEW, "headline_figures");

  return gtk_label_get_label (GTK_LABEL (ok_gui_test_child (figures, OK_TYPE_HEADLINE_FIGURES, name)));
}

typedef struct {
  Fixture *fixture;
  gint64 activities;
} Count;

static gboolean
activities_are (gpointer data)
{
  Count *count = data;

  return report_ready (count->fixture)
         && ok_overview_view_get_report (count->fixture->overview)->figures.activities == count->activities;
}

static void
test_overview_after_demo (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now (ok_time_zone ());
  g_autofree char *caption = NULL;
  OkQuarterReport *report;
  Count count = { fixture, 0 };

  /* First start: nothing to count. */
  ok_window_show_page (fixture->window, "overview");
  fixture->overview = OK_OVERVIEW_VIEW (ok_window_get_view (fixture->window, "overview"));
  g_assert_true (ok_gui_test_wait_until (report_ready, fixture, 10000));
  report = ok_overview_view_get_report (fixture->overview);
  g_assert_cmpint (report->figures.active_families, ==, 0);
  g_assert_cmpstr (label_text (fixture, "families_caption"), ==, "Families reached (of 0 active)");

  /* The empty state's button, while the Overzicht is open. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.load-demo-data", NULL));
  g_assert_true (ok_gui_test_wait_until (has_active_families, fixture, 60000));
  report = ok_overview_view_get_report (fixture->overview);
  g_assert_cmpint (report->figures.active_families, ==, 240);
  g_assert_cmpint (report->previous.activities, >, 0);
  g_assert_cmpint (report->previous.families_reached, >, 0);
  caption = g_strdup_printf ("Families reached (of %d active)", 240);
  g_assert_cmpstr (label_text (fixture, "families_caption"), ==, caption);

  /* An activity planned while the Overzicht is hidden counts once it is
   * shown again. */
  count.activities = report->figures.activities + 1;
  ok_window_show_page (fixture->window, "agenda");
  ok_activity_set_title (activity, "Thema-avond");
  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_THEME_MEETING);
  ok_activity_set_starts_at (activity, now);
  g_assert_true (ok_store_activity_insert (fixture->store, activity, &error));
  g_assert_no_error (error);
  ok_window_data_changed (fixture->window, OK_DATA_ACTIVITIES);
  ok_gui_test_spin (100);
  g_assert_cmpint (ok_overview_view_get_report (fixture->overview)->figures.activities, ==, count.activities - 1);
  ok_window_show_page (fixture->window, "overview");
  g_assert_true (ok_gui_test_wait_until (activities_are, &count, 30000));
}

int
main (int argc, char *argv[])
{
  ok_gui_test_init (&argc, &argv);
  g_test_add ("/gui/window/overview-after-demo", Fixture, NULL, fixture_set_up, test_overview_after_demo,
              fixture_tear_down);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The agenda driven as a user would: a weekly series of coffee mornings
 * across the autumn holiday, one date of it cancelled, a series changed
 * from one of its dates on and the rest of it cancelled, an activity
 * deleted and brought back. */
#include "config.h"

#include "ok-activity-editor.h"
#include "ok-activity-page.h"
#include "ok-agenda-view.h"
#include "ok-gui-test-util.h"
#include "ok-store-activity.h"
#include "ok-store-series.h"
#include "ok-time.h"

typedef struct {
  OkStore *store;
  OkWindow *window;
  OkAgendaView *view;
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
  fixture->view = OK_AGENDA_VIEW (ok_gui_test_child (fixture->window, OK_TYPE_WINDOW, "agenda_view"));
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

static void
pick_day (GtkWidget *calendar,
          int        year,
          int        month,
          int        day)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (year, month, day, 12, 0, 0);

  gtk_calendar_select_day (GTK_CALENDAR (calendar), date);
}

static void
set_text (OkActivityEditor *editor,
          const char       *row,
          const char       *text)
{
  gtk_editable_set_text (GTK_EDITABLE (ok_gui_test_child (editor, OK_TYPE_ACTIVITY_EDITOR, row)), text);
}

/* The rows of a preferences group sit in a list box inside it. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child))
        g_ptr_array_add (rows, child);
      else
        collect_rows (child, rows);
    }
}

static GPtrArray *
preview_rows (OkActivityEditor *editor)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_rows (ok_gui_test_child (editor, OK_TYPE_ACTIVITY_EDITOR, "preview_group"), rows);
  return rows;
}

static OkActivityEditor *
open_editor (Fixture *fixture)
{
  OkActivityEditor *editor = NULL;
  GList *toplevels;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.new-activity", NULL));
  ok_gui_test_spin (50);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (OK_IS_ACTIVITY_EDITOR (l->data))
      editor = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (editor);
  return editor;
}

/* The visible toplevel of a type: an editor, or the dialog it asks with. */
static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  gpointer found = NULL;

  for (GList *l = toplevels; l != NULL && found == NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_assert_nonnull (found);
  return found;
}

static void
test_series_across_holiday (Fixture       *fixture,
                            gconstpointer  data)
{
  OkActivityEditor *editor = open_editor (fixture);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *group;
  gint64 series_id;
  static const char * const expected[] = {
    "2026-10-06T08:30", "2026-10-13T08:30", "2026-10-27T08:30", "2026-11-03T08:30",
  };

  /* Every Tuesday 08:30–09:30 from 6 October to 3 November 2026; the
   * autumn holiday of region midden is 17–25 October. */
  set_text (editor, "title_row", "Koffieochtend");
  adw_combo_row_set_selected (ADW_COMBO_ROW (ok_gui_test_child (editor, OK_TYPE_ACTIVITY_EDITOR, "kind_row")),
                              OK_ACTIVITY_KIND_COFFEE_MORNING);
  set_text (editor, "location_row", "Ouderkamer");
  pick_day (ok_gui_test_child (editor, OK_TYPE_ACTIVITY_EDITOR, "calendar"), 2026, 10, 6);
  set_text (editor, "start_row", "8.30");
  set_text (editor, "end_row", "09:30");
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (ok_gui_test_child (editor, OK_TYPE_ACTIVITY_EDITOR,
                                                                              "repeat_row")), TRUE);
  pick_day (ok_gui_test_child (editor, OK_TYPE_ACTIVITY_EDITOR, "until_calendar"), 2026, 11, 3);

  group = ok_gui_test_child (editor, OK_TYPE_ACTIVITY_EDITOR, "preview_group");
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group)), ==,
                   "4 dates planned, 1 skipped for a school holiday");
  rows = preview_rows (editor);
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 2)), ==, "Tuesday 20 October 2026");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 2)), ==, "Skipped: Herfstvakantie");
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (rows, 2), "skipped"));
  g_assert_false (gtk_widget_has_css_class (g_ptr_array_index (rows, 3), "skipped"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  ok_gui_test_spin (50);

  stored = ok_store_activity_list (fixture->store, "2026-10-01", "2026-11-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < stored->len; i++)
    {
      OkActivity *activity = g_ptr_array_index (stored, i);
      g_autofree char *starts = ok_time_format_local (ok_activity_get_starts_at (activity));
      g_autofree char *ends = ok_time_format_local (ok_activity_get_ends_at (activity));

      g_assert_cmpstr (starts, ==, expected[i]);
      g_assert_true (g_str_has_suffix (ends, "T09:30"));
      g_assert_cmpstr (ok_activity_get_title (activity), ==, "Koffieochtend");
      g_assert_cmpint (ok_activity_get_kind (activity), ==, OK_ACTIVITY_KIND_COFFEE_MORNING);
      g_assert_cmpint (ok_activity_get_series_id (activity), >, 0);
      g_assert_cmpint (ok_activity_get_series_id (activity), ==,
                       ok_activity_get_series_id (g_ptr_array_index (stored, 0)));
    }

  /* One date cancelled: the others stay planned, all stay in the series. */
  series_id = ok_activity_get_series_id (g_ptr_array_index (stored, 1));
  ok_agenda_view_show_activity (fixture->view, ok_activity_get_id (g_ptr_array_index (stored, 1)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "agenda.cancel", NULL));
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = ok_store_activity_list (fixture->store, "2026-10-01", "2026-11-30", &error);
  g_assert_cmpuint (stored->len, ==, 4);
  for (guint i = 0; i < stored->len; i++)
    {
      OkActivity *activity = g_ptr_array_index (stored, i);

      g_assert_cmpint (ok_activity_get_status (activity), ==,
                       i == 1 ? OK_ACTIVITY_STATUS_CANCELLED : OK_ACTIVITY_STATUS_PLANNED);
      g_assert_cmpint (ok_activity_get_series_id (activity), ==, series_id);
    }
}

/* Opens a date of the series in the editor, lets edit() change it, saves
 * and answers the question "only this date or the later ones too". */
static void
edit_date (Fixture    *fixture,
           gint64      id,
           void      (*edit) (OkActivityEditor *editor),
           const char *answer)
{
  OkActivityEditor *editor;
  AdwMessageDialog *dialog;

  ok_agenda_view_show_activity (fixture->view, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "agenda.edit", NULL));
  ok_gui_test_spin (50);
  editor = find_toplevel (OK_TYPE_ACTIVITY_EDITOR);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  edit (editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  ok_gui_test_spin (50);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Change a Date of a Series");
  /* As a click on the answer's button does. */
  adw_message_dialog_response (dialog, answer);
  gtk_window_close (GTK_WINDOW (dialog));
  ok_gui_test_spin (50);
  g_assert_null (editor);
}

static void
move_to_hall (OkActivityEditor *editor)
{
  set_text (editor, "location_row", "Aula");
}

static void
move_to_library (OkActivityEditor *editor)
{
  set_text (editor, "location_row", "Bibliotheek");
  set_text (editor, "start_row", "9:00");
  set_text (editor, "end_row", "10.30");
}

static void
assert_dates (Fixture            *fixture,
              const char * const *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = ok_store_activity_list (fixture->store, "2026-09-01", "2026-10-31", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < stored->len; i++)
    {
      OkActivity *activity = g_ptr_array_index (stored, i);
      g_autofree char *starts = ok_time_format_local (ok_activity_get_starts_at (activity));
      g_autofree char *ends = ok_time_format_local (ok_activity_get_ends_at (activity));
      g_autofree char *line = g_strdup_printf ("%s-%s %s %s", starts, ends + 11, ok_activity_get_location (activity),
                                               ok_enum_to_nick (OK_TYPE_ACTIVITY_STATUS,
                                                                ok_activity_get_status (activity)));

      g_assert_cmpstr (line, ==, expected[i]);
    }
}

static void
test_change_series (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) model = ok_activity_new ();
  g_autoptr(OkRecurrence) recurrence = ok_recurrence_new ();
  g_autoptr(GPtrArray) stored = NULL;
  GtkWidget *page = ok_gui_test_child (fixture->view, OK_TYPE_AGENDA_VIEW, "activity_page");
  gint64 ids[7];
  gint64 first_id;

  /* Seven Tuesday coffee mornings at the Ouderkamer, 08:30–09:30. */
  ok_activity_set_title (model, "Koffieochtend");
  ok_activity_set_kind (model, OK_ACTIVITY_KIND_COFFEE_MORNING);
  ok_activity_set_location (model, "Ouderkamer");
  ok_recurrence_set_weekdays (recurrence, OK_WEEKDAY_BIT (G_DATE_TUESDAY));
  ok_recurrence_set_start_time (recurrence, "08:30");
  ok_recurrence_set_end_time (recurrence, "09:30");
  ok_recurrence_set_first_date (recurrence, "2026-09-01");
  ok_recurrence_set_last_date (recurrence, "2026-10-13");
  ok_recurrence_set_skip_holidays (recurrence, FALSE);
  g_assert_true (ok_store_series_create (fixture->store, model, recurrence, NULL, NULL, &first_id, &error));
  g_assert_no_error (error);
  ok_window_data_changed (fixture->window, OK_DATA_ACTIVITIES);
  stored = ok_store_activity_list (fixture->store, "2026-09-01", "2026-10-31", &error);
  g_assert_cmpuint (stored->len, ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < stored->len; i++)
    ids[i] = ok_activity_get_id (g_ptr_array_index (stored, i));

  /* The fourth date cancelled, the fifth moved to the hall on its own. */
  ok_agenda_view_show_activity (fixture->view, ids[3]);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "agenda.cancel", NULL));
  edit_date (fixture, ids[4], move_to_hall, "one");

  /* From the third date on: the library, 09:00–10:30. */
  edit_date (fixture, ids[2], move_to_library, "following");
  assert_dates (fixture, (const char *[]) {
    "2026-09-01T08:30-09:30 Ouderkamer planned",
    "2026-09-08T08:30-09:30 Ouderkamer planned",
    "2026-09-15T09:00-10:30 Bibliotheek planned",
    "2026-09-22T08:30-09:30 Ouderkamer cancelled",
    "2026-09-29T08:30-09:30 Aula planned",
    "2026-10-06T09:00-10:30 Bibliotheek planned",
    "2026-10-13T09:00-10:30 Bibliotheek planned",
    NULL });
  g_assert_cmpint (ok_activity_get_id (ok_activity_page_get_activity (OK_ACTIVITY_PAGE (page))), ==, ids[2]);

  /* The rest of the series from the sixth date, from the page's menu,
   * and back with undo. */
  ok_agenda_view_show_activity (fixture->view, ids[5]);
  g_assert_true (gtk_widget_activate_action (page, "activity.cancel-following", NULL));
  /* Undone at once, while the toast before it still slides out: that
   * aborted in libadwaita 1.2 (see add_toast () in ok-window-toasts.c). */
  assert_dates (fixture, (const char *[]) {
    "2026-09-01T08:30-09:30 Ouderkamer planned",
    "2026-09-08T08:30-09:30 Ouderkamer planned",
    "2026-09-15T09:00-10:30 Bibliotheek planned",
    "2026-09-22T08:30-09:30 Ouderkamer cancelled",
    "2026-09-29T08:30-09:30 Aula planned",
    "2026-10-06T09:00-10:30 Bibliotheek cancelled",
    "2026-10-13T09:00-10:30 Bibliotheek cancelled",
    NULL });
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  assert_dates (fixture, (const char *[]) {
    "2026-09-01T08:30-09:30 Ouderkamer planned",
    "2026-09-08T08:30-09:30 Ouderkamer planned",
    "2026-09-15T09:00-10:30 Bibliotheek planned",
    "2026-09-22T08:30-09:30 Ouderkamer cancelled",
    "2026-09-29T08:30-09:30 Aula planned",
    "2026-10-06T09:00-10:30 Bibliotheek planned",
    "2026-10-13T09:00-10:30 Bibliotheek planned",
    NULL });
}

static gboolean
activity_exists (OkStore *store,
                 gint64   id)
{
  g_autoptr(OkActivity) activity = ok_store_activity_get (store, id, NULL);

  return activity != NULL;
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  OkActivityEditor *editor = open_editor (fixture);
  GtkWidget *page = ok_gui_test_child (fixture->view, OK_TYPE_AGENDA_VIEW, "activity_page");
  GListModel *list = G_LIST_MODEL (ok_gui_test_child (fixture->view, OK_TYPE_AGENDA_VIEW, "selection"));
  gint64 id;

  set_text (editor, "title_row", "Thema-avond mediawijsheid");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  ok_gui_test_spin (50);

  /* The new activity is open and listed under upcoming. */
  g_assert_nonnull (ok_activity_page_get_activity (OK_ACTIVITY_PAGE (page)));
  id = ok_activity_get_id (ok_activity_page_get_activity (OK_ACTIVITY_PAGE (page)));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "agenda.delete", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_null (ok_activity_page_get_activity (OK_ACTIVITY_PAGE (page)));
  g_assert_true (activity_exists (fixture->store, id));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpint (ok_activity_get_id (ok_activity_page_get_activity (OK_ACTIVITY_PAGE (page))), ==, id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "agenda.delete", NULL));
  ok_window_commit_pending (fixture->window);
  g_assert_false (activity_exists (fixture->store, id));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
}

typedef struct {
  GListModel *list;
  guint n_items;
} Listed;

static gboolean
all_listed (gpointer data)
{
  Listed *listed = data;

  return g_list_model_get_n_items (listed->list) == listed->n_items;
}

/* The list view is shown its first rows until it is laid out (see
 * ok-list-slice.c): after that it lists a long agenda to the end, and an
 * activity far down can be opened and selected before the first frame. */
static void
test_long_agenda (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first = g_date_time_new_local (2035, 9, 1, 8, 30, 0);
  g_autoptr(OkWindow) window = NULL;
  OkAgendaView *view;
  GListModel *list;
  gint64 far_down = 0;
  Listed listed;

  for (int i = 0; i < 120; i++)
    {
      g_autoptr(OkActivity) activity = ok_activity_new ();
      g_autoptr(GDateTime) at = g_date_time_add_days (first, i);

      ok_activity_set_title (activity, "Koffieochtend");
      ok_activity_set_starts_at (activity, at);
      g_assert_true (ok_store_activity_insert (fixture->store, activity, &error));
      g_assert_no_error (error);
      if (i == 100)
        far_down = ok_activity_get_id (activity);
    }

  window = g_object_ref_sink (ok_gui_test_new_window (fixture->store));
  view = OK_AGENDA_VIEW (ok_gui_test_child (window, OK_TYPE_WINDOW, "agenda_view"));
  list = G_LIST_MODEL (ok_gui_test_child (view, OK_TYPE_AGENDA_VIEW, "selection"));
  ok_agenda_view_show_activity (view, far_down);
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (list)), ==, 100);

  ok_gui_test_present (GTK_WINDOW (window));
  listed = (Listed) { list, 120 };
  g_assert_true (ok_gui_test_wait_until (all_listed, &listed, 5000));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  ok_gui_test_init (&argc, &argv);
  g_test_add ("/gui/agenda/series-across-holiday", Fixture, NULL, fixture_set_up,
              test_series_across_holiday, fixture_tear_down);
  g_test_add ("/gui/agenda/change-series", Fixture, NULL, fixture_set_up, test_change_series,
              fixture_tear_down);
  g_test_add ("/gui/agenda/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/gui/agenda/long-agenda", Fixture, NULL, fixture_set_up, test_long_agenda, fixture_tear_down);
  return g_test_run ();
}

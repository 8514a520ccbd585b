/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Privacy in the app, driven as a user would: erasing a family from its
 * page, the yearly review of families who left, and the school's
 * retention period in the settings. */
#include "config.h"

#include <string.h>

#include "ok-families-view.h"
#include "ok-family-page.h"
#include "ok-gui-test-util.h"
#include "ok-preferences-window.h"
#include "ok-retention-dialog.h"
#include "ok-store-activity.h"
#include "ok-store-checkin.h"
#include "ok-store-family.h"
#include "ok-store-privacy.h"
#include "ok-test-school.h"

typedef struct {
  OkStore *store;
  OkWindow *window;
  OkFamiliesView *view;
  OkTestSchool school;
} Fixture;

static gboolean
index_loaded (gpointer data)
{
  Fixture *fixture = data;

  return ok_families_view_get_index (fixture->view) != NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = ok_gui_test_open_store ();
  ok_test_school_fill (fixture->store, &fixture->school);

  fixture->window = ok_gui_test_new_window (fixture->store);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 760);
  ok_gui_test_present (GTK_WINDOW (fixture->window));
  ok_window_show_page (fixture->window, "families");
  fixture->view = OK_FAMILIES_VIEW (ok_window_get_view (fixture->window, "families"));
  g_assert_true (ok_gui_test_wait_until (index_loaded, fixture, 10000));
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

/* The visible message dialog whose heading holds text. */
static AdwMessageDialog *
find_dialog (GType       type,
             const char *text)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window))
          && strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), text) != NULL)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* As a click on the response's button. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  ok_gui_test_spin (20);
}

static gboolean
is_erased (OkStore *store,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  gboolean erased = FALSE;

  g_assert_true (ok_store_family_is_erased (store, id, &erased, &error));
  g_assert_no_error (error);
  return erased;
}

static guint
attendance_of (OkStore *store,
               gint64   activity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ok_store_attendance_list (store, activity, &error);

  g_assert_no_error (error);
  return list->len;
}

static gboolean
total_is (gpointer data)
{
  Fixture *fixture = ((gpointer *) data)[0];
  OkFamilyIndex *index = ok_families_view_get_index (fixture->view);

  return index != NULL && ok_family_index_get_total (index) == GPOINTER_TO_UINT (((gpointer *) data)[1]);
}

static void
test_erase_family (Fixture       *fixture,
                   gconstpointer  data)
{
  OkFamilyPage *page = OK_FAMILY_PAGE (ok_gui_test_child (fixture->view, OK_TYPE_FAMILIES_VIEW, "family_page"));
  gint64 ozturk = fixture->school.family_ozturk;
  OkCheckinSummary before, after;
  g_autofree char *export = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  gpointer three[] = { fixture, GUINT_TO_POINTER (3) };
  gpointer two[] = { fixture, GUINT_TO_POINTER (2) };

  g_assert_true (ok_gui_test_wait_until (total_is, three, 10000));
  g_assert_true (ok_store_checkin_summary (fixture->store, fixture->school.theme_meeting, &before, &error));
  g_assert_no_error (error);
  ok_families_view_show_family (fixture->view, ozturk);

  /* The confirmation names the family and says what happens. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "families.erase", NULL));
  dialog = find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Familie Öztürk");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "anonymous counts"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be undone"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "erase"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");

  /* Cancelled: nothing happens. */
  respond (dialog, "cancel");
  g_assert_false (is_erased (fixture->store, ozturk));
  g_assert_cmpint (ok_family_page_get_family_id (page), ==, ozturk);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "families.erase", NULL));
  respond (find_dialog (ADW_TYPE_MESSAGE_DIALOG, "Familie Öztürk"), "erase");

  /* Gone from the page and the list… */
  g_assert_true (is_erased (fixture->store, ozturk));
  g_assert_cmpint (ok_family_page_get_family_id (page), ==, 0);
  g_assert_true (ok_gui_test_wait_until (total_is, two, 10000));
  export = ok_test_school_export (fixture->store);
  g_assert_null (strstr (export, "Öztürk"));
  g_assert_null (strstr (export, "+31612345678"));

  /* … while what the family came to still counts, anonymously. */
  g_assert_true (ok_store_checkin_summary (fixture->store, fixture->school.theme_meeting, &after, &error));
  g_assert_no_error (error);
  g_assert_cmpint (after.present, ==, before.present);
  g_assert_cmpint (after.excused, ==, before.excused);
  g_assert_cmpuint (attendance_of (fixture->store, fixture->school.theme_meeting), ==, 3);
  g_assert_cmpuint (attendance_of (fixture->store, fixture->school.coffee_1), ==, 2);
  g_assert_cmpuint (attendance_of (fixture->store, fixture->school.coffee_2), ==, 1);
}

static gboolean
review_due (OkStore    *store,
            const char *today)
{
  g_autoptr(GError) error = NULL;
  gboolean due = FALSE;

  g_assert_true (ok_store_retention_review_due (store, today, &due, &error));
  g_assert_no_error (error);
  return due;
}

static GtkCheckButton *
check_of_row (GtkListBox *list,
              int         index)
{
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, index));
  GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

  g_assert_true (GTK_IS_CHECK_BUTTON (check));
  return GTK_CHECK_BUTTON (check);
}

/* A second leaver, whose last pupil left on 2022-07-08. */
static gint64
add_leaver (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(OkChild) child = ok_child_new ();

  ok_family_set_name (family, "Familie Bakker");
  g_assert_true (ok_store_family_insert (store, family, &error));
  ok_child_set_family_id (child, ok_family_get_id (family));
  ok_child_set_first_name (child, "Daan");
  ok_child_set_last_name (child, "Bakker");
  ok_child_set_group (child, "8");
  ok_child_set_enrolled_from (child, "2014-08-18");
  ok_child_set_enrolled_until (child, "2022-07-08");
  g_assert_true (ok_store_child_insert (store, child, &error));
  g_assert_no_error (error);
  return ok_family_get_id (family);
}

static void
test_retention_review (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *today = "2026-09-01";
  gint64 bakker = add_leaver (fixture->store);
  OkRetentionDialog *dialog;
  GtkListBox *list;
  AdwActionRow *row;

  /* Before the school year of 2026 begins the list was never reviewed:
   * due, with both families whose last pupil left over 2 years ago. */
  g_assert_true (review_due (fixture->store, today));
  dialog = ok_retention_dialog_new_if_due (GTK_WINDOW (fixture->window), fixture->store, today);
  g_assert_nonnull (dialog);
  ok_gui_test_present (GTK_WINDOW (dialog));
  g_assert_cmpuint (ok_retention_dialog_get_n_families (dialog), ==, 2);
  list = GTK_LIST_BOX (ok_gui_test_child (dialog, OK_TYPE_RETENTION_DIALOG, "list_box"));
  row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (list, 0));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Familie de Vries");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "2019"));
  g_assert_true (gtk_check_button_get_active (check_of_row (list, 0)));
  g_assert_true (gtk_check_button_get_active (check_of_row (list, 1)));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "2 years"));

  /* Later: nothing is erased, and the question comes again. */
  respond (ADW_MESSAGE_DIALOG (dialog), "later");
  g_assert_false (is_erased (fixture->store, fixture->school.family_left));
  g_assert_false (is_erased (fixture->store, bakker));
  g_assert_true (review_due (fixture->store, today));

  /* Only the checked family goes; the review is done for the year. */
  dialog = ok_retention_dialog_new_if_due (GTK_WINDOW (fixture->window), fixture->store, today);
  g_assert_nonnull (dialog);
  ok_gui_test_present (GTK_WINDOW (dialog));
  list = GTK_LIST_BOX (ok_gui_test_child (dialog, OK_TYPE_RETENTION_DIALOG, "list_box"));
  gtk_check_button_set_active (check_of_row (list, 1), FALSE);
  respond (ADW_MESSAGE_DIALOG (dialog), "erase");
  g_assert_true (is_erased (fixture->store, fixture->school.family_left));
  g_assert_false (is_erased (fixture->store, bakker));
  g_assert_false (review_due (fixture->store, today));
  g_assert_null (ok_retention_dialog_new_if_due (GTK_WINDOW (fixture->window), fixture->store, today));

  /* Next school year it asks again, about the one that was kept. */
  dialog = ok_retention_dialog_new_if_due (GTK_WINDOW (fixture->window), fixture->store, "2027-08-02");
  g_assert_nonnull (dialog);
  ok_gui_test_present (GTK_WINDOW (dialog));
  g_assert_cmpuint (ok_retention_dialog_get_n_families (dialog), ==, 1);

  /* Every box unchecked: the answer is to keep them. */
  list = GTK_LIST_BOX (ok_gui_test_child (dialog, OK_TYPE_RETENTION_DIALOG, "list_box"));
  gtk_check_button_set_active (check_of_row (list, 0), FALSE);
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "erase"), ==, "_Keep All");
  respond (ADW_MESSAGE_DIALOG (dialog), "erase");
  g_assert_false (is_erased (fixture->store, bakker));
  g_assert_false (review_due (fixture->store, "2027-08-02"));
}

static void
test_retention_setting (Fixture       *fixture,
                        gconstpointer  data)
{
  OkPreferencesWindow *prefs = ok_preferences_window_new (GTK_WINDOW (fixture->window), fixture->store);
  GtkSpinButton *spin = GTK_SPIN_BUTTON (ok_gui_test_child (prefs, OK_TYPE_PREFERENCES_WINDOW, "retention_spin"));
  g_autoptr(GError) error = NULL;

  ok_gui_test_present (GTK_WINDOW (prefs));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 2);

  /* Five years: the leaver of 2022 is not due in 2026, the one of 2019 is. */
  gtk_spin_button_set_value (spin, 5);
  g_assert_cmpint (ok_store_retention_get_years (fixture->store, &error), ==, 5);
  g_assert_no_error (error);
  add_leaver (fixture->store);
  {
    g_autoptr(GPtrArray) leavers = ok_store_retention_list (fixture->store, "2026-09-01", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (leavers->len, ==, 1);
  }
  gtk_window_destroy (GTK_WINDOW (prefs));

  /* Read back by a new window. */
  prefs = ok_preferences_window_new (GTK_WINDOW (fixture->window), fixture->store);
  spin = GTK_SPIN_BUTTON (ok_gui_test_child (prefs, OK_TYPE_PREFERENCES_WINDOW, "retention_spin"));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 5);
  gtk_window_destroy (GTK_WINDOW (prefs));
}

int
main (int argc, char *argv[])
{
  ok_gui_test_init (&argc, &argv);
  g_test_add ("/gui/privacy/erase-family", Fixture, NULL, fixture_set_up, test_erase_family, fixture_tear_down);
  g_test_add ("/gui/privacy/retention-review", Fixture, NULL, fixture_set_up, test_retention_review,
              fixture_tear_down);
  g_test_add ("/gui/privacy/retention-setting", Fixture, NULL, fixture_set_up, test_retention_setting,
              fixture_tear_down);
  return g_test_run ();
}

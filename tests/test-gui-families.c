/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The families page driven as a user would: search, open a family, log a
 * contact, delete and undo. */
#include "config.h"

#include "ok-families-view.h"
#include "ok-family-page.h"
#include "ok-gui-test-util.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"

typedef struct {
  OkStore *store;
  OkWindow *window;
  OkFamiliesView *view;
  gint64 ozturk;
  gint64 jansen;
} Fixture;

static gint64
add_family (OkStore    *store,
            const char *name,
            const char *parent_name,
            const char *phone,
            const char *child,
            const char *group)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(OkParent) parent = ok_parent_new ();
  g_autoptr(OkChild) pupil = ok_child_new ();

  ok_family_set_name (family, name);
  ok_store_family_insert (store, family, &error);
  g_assert_no_error (error);
  ok_parent_set_family_id (parent, ok_family_get_id (family));
  ok_parent_set_name (parent, parent_name);
  ok_parent_set_phone (parent, phone);
  ok_store_parent_insert (store, parent, &error);
  g_assert_no_error (error);
  ok_child_set_family_id (pupil, ok_family_get_id (family));
  ok_child_set_first_name (pupil, child);
  ok_child_set_last_name (pupil, name);
  ok_child_set_group (pupil, group);
  ok_child_set_enrolled_from (pupil, "2020-08-20");
  ok_store_child_insert (store, pupil, &error);
  g_assert_no_error (error);
  return ok_family_get_id (family);
}

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
  fixture->ozturk = add_family (fixture->store, "Öztürk", "Ayşe Öztürk", "+31 6 1234 5678", "Emre", "5");
  fixture->jansen = add_family (fixture->store, "Jansen", "Piet Jansen", "0687654321", "Sanne", "7");
  add_family (fixture->store, "El Amrani", "Fatima El Amrani", "0611112222", "Yusuf", "5");

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

static guint
shown (Fixture *fixture)
{
  return g_list_model_get_n_items (G_LIST_MODEL (ok_families_view_get_index (fixture->view)));
}

static char *
shown_name (Fixture *fixture,
            guint    position)
{
  g_autoptr(OkFamilySummary) family = g_list_model_get_item (G_LIST_MODEL (ok_families_view_get_index (fixture->view)),
                                                             position);

  return g_strdup (ok_family_summary_get_name (family));
}

static const char *
visible_list (Fixture *fixture)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (ok_gui_test_child (fixture->view, OK_TYPE_FAMILIES_VIEW,
                                                                         "list_stack")));
}

static void
type_search (Fixture    *fixture,
             const char *text)
{
  GtkWidget *entry = ok_gui_test_child (fixture->view, OK_TYPE_FAMILIES_VIEW, "search_entry");

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  ok_gui_test_spin (20);
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *name = NULL;
  GtkWidget *title = ok_gui_test_child (fixture->view, OK_TYPE_FAMILIES_VIEW, "window_title");

  g_assert_cmpuint (shown (fixture), ==, 3);
  g_assert_cmpstr (visible_list (fixture), ==, "list");
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==, "3 families");

  /* Without the accents, in capitals, part of a name. */
  type_search (fixture, "OZTUR");
  g_assert_cmpuint (shown (fixture), ==, 1);
  name = shown_name (fixture, 0);
  g_assert_cmpstr (name, ==, "Öztürk");
  g_assert_cmpstr (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title)), ==, "1 of 3 families");

  /* A pupil's name, a phone number as it is dialled. */
  type_search (fixture, "sanne");
  g_assert_cmpuint (shown (fixture), ==, 1);
  type_search (fixture, "06-1234");
  g_assert_cmpuint (shown (fixture), ==, 1);

  type_search (fixture, "nobody like this");
  g_assert_cmpuint (shown (fixture), ==, 0);
  g_assert_cmpstr (visible_list (fixture), ==, "no-results");

  /* Group filter through the dropdown, together with a search. */
  type_search (fixture, "");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ok_gui_test_child (fixture->view, OK_TYPE_FAMILIES_VIEW,
                                                                "group_dropdown")), 1);
  g_assert_cmpuint (shown (fixture), ==, 2);
  type_search (fixture, "amrani");
  g_assert_cmpuint (shown (fixture), ==, 1);
}

static void
test_open_family (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *list = ok_gui_test_child (fixture->view, OK_TYPE_FAMILIES_VIEW, "list_view");
  GtkWidget *page = ok_gui_test_child (fixture->view, OK_TYPE_FAMILIES_VIEW, "family_page");
  g_autoptr(GPtrArray) moments = NULL;

  type_search (fixture, "ayse");
  g_signal_emit_by_name (list, "activate", 0);
  ok_gui_test_spin (20);

  g_assert_cmpint (ok_family_page_get_family_id (OK_FAMILY_PAGE (page)), ==, fixture->ozturk);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (ok_gui_test_child (page, OK_TYPE_FAMILY_PAGE, "name_label"))),
                   ==, "Öztürk");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (ok_gui_test_child (page, OK_TYPE_FAMILY_PAGE, "stack"))),
                   ==, "family");
  g_assert_true (gtk_widget_get_visible (ok_gui_test_child (page, OK_TYPE_FAMILY_PAGE, "not_reached_label")));

  /* Logging a contact: the button's menu, then the channel. */
  gtk_editable_set_text (GTK_EDITABLE (ok_gui_test_child (page, OK_TYPE_FAMILY_PAGE, "note_row")),
                         "Uitgenodigd voor de koffieochtend");
  g_assert_true (gtk_widget_activate_action (page, "family.log-contact", "s", "whatsapp"));
  ok_gui_test_spin (50);
  moments = ok_store_contact_moment_list (fixture->store, fixture->ozturk, NULL);
  g_assert_cmpuint (moments->len, ==, 1);
  g_assert_cmpint (ok_contact_moment_get_channel (g_ptr_array_index (moments, 0)), ==, OK_CHANNEL_WHATSAPP);
  g_assert_cmpstr (ok_contact_moment_get_note (g_ptr_array_index (moments, 0)), ==,
                   "Uitgenodigd voor de koffieochtend");
  /* A contact is the school reaching out, not reach: the family stays
   * not reached, on its page and in the filter. */
  g_assert_true (gtk_widget_get_visible (ok_gui_test_child (page, OK_TYPE_FAMILY_PAGE, "not_reached_label")));
  type_search (fixture, "");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ok_gui_test_child (fixture->view, OK_TYPE_FAMILIES_VIEW,
                                                                      "not_reached_button")), TRUE);
  g_assert_true (ok_gui_test_wait_until (index_loaded, fixture, 10000));
  g_assert_cmpuint (ok_family_index_find (ok_families_view_get_index (fixture->view), fixture->ozturk), !=,
                    G_MAXUINT);
}

static gboolean
total_is (gpointer data)
{
  Fixture *fixture = ((gpointer *) data)[0];
  guint wanted = GPOINTER_TO_UINT (((gpointer *) data)[1]);
  OkFamilyIndex *index = ok_families_view_get_index (fixture->view);

  return index != NULL && ok_family_index_get_total (index) == wanted;
}

static void
wait_total (Fixture *fixture,
            guint    wanted)
{
  gpointer data[] = { fixture, GUINT_TO_POINTER (wanted) };

  g_assert_true (ok_gui_test_wait_until (total_is, data, 10000));
}

static gboolean
family_exists (OkStore *store,
               gint64   id)
{
  g_autoptr(OkFamily) family = ok_store_family_get (store, id, NULL);

  return family != NULL;
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *page = ok_gui_test_child (fixture->view, OK_TYPE_FAMILIES_VIEW, "family_page");

  ok_families_view_show_family (fixture->view, fixture->jansen);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "families.delete", NULL));
  ok_gui_test_spin (20);

  /* Gone from the list at once, but still in the database while the
   * toast offers to undo it. */
  g_assert_cmpuint (ok_family_index_get_total (ok_families_view_get_index (fixture->view)), ==, 2);
  g_assert_cmpint (ok_family_page_get_family_id (OK_FAMILY_PAGE (page)), ==, 0);
  g_assert_true (family_exists (fixture->store, fixture->jansen));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  wait_total (fixture, 3);
  g_assert_true (family_exists (fixture->store, fixture->jansen));
  g_assert_cmpint (ok_family_page_get_family_id (OK_FAMILY_PAGE (page)), ==, fixture->jansen);

  /* Deleted again and left alone: final when the toast goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "families.delete", NULL));
  ok_window_commit_pending (fixture->window);
  g_assert_false (family_exists (fixture->store, fixture->jansen));
  wait_total (fixture, 2);

  /* A removal still waiting when the window closes is made final too. */
  ok_families_view_show_family (fixture->view, fixture->ozturk);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "families.delete", NULL));
  g_assert_true (family_exists (fixture->store, fixture->ozturk));
  gtk_window_close (GTK_WINDOW (fixture->window));
  g_assert_false (family_exists (fixture->store, fixture->ozturk));
}

static gboolean
searched_family_loaded (gpointer data)
{
  OkWindow *window = data;
  OkFamiliesView *view = OK_FAMILIES_VIEW (ok_window_get_view (window, "families"));

  return ok_families_view_get_index (view) != NULL
         && g_list_model_get_n_items (G_LIST_MODEL (ok_families_view_get_index (view))) == 3;
}

/* The window opens on the agenda without building the families page or
 * reading its index; the first search (Ctrl+F) does both. */
static void
test_built_when_shown (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(OkWindow) window = g_object_ref_sink (ok_gui_test_new_window (fixture->store));
  AdwBin *page = ok_gui_test_child (window, OK_TYPE_WINDOW, "families_page");

  ok_gui_test_present (GTK_WINDOW (window));
  ok_gui_test_spin (100);
  g_assert_null (adw_bin_get_child (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_nonnull (adw_bin_get_child (page));
  g_assert_true (ok_gui_test_wait_until (searched_family_loaded, window, 10000));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  ok_gui_test_init (&argc, &argv);
  g_test_add ("/gui/families/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/gui/families/open-family", Fixture, NULL, fixture_set_up, test_open_family, fixture_tear_down);
  g_test_add ("/gui/families/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/gui/families/built-when-shown", Fixture, NULL, fixture_set_up, test_built_when_shown,
              fixture_tear_down);
  return g_test_run ();
}

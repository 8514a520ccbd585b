/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The check-in window driven as a user drives it, under Xvfb: typing,
 * Enter, undo, a walk-in, the guest counter, another laptop's marks, a
 * database that says no, and a keyboard-only round with real key presses
 * (xdotool). Every step is checked in the database, not in the widgets. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "ok-application.h"
#include "ok-checkin-window-private.h"
#include "ok-gui-resources.h"
#include "ok-store-activity.h"
#include "ok-store-checkin.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-time.h"

#define TITLE "Koffieochtend bij de deur"

typedef struct {
  char *location;
  OkStore *store;
  gint64 activity;
  gint64 ayse;       /* Ayşe Öztürk, registered */
  gint64 mehmet;     /* Mehmet Öztürk, same family */
  gint64 sanne;      /* Sanne de Vries, registered */
  gint64 olena;      /* Олена Шевченко */
  OkCheckinWindow *window;
} Fixture;

static char *tmp_dir;

static gint64
add_parent (OkStore    *store,
            gint64      family_id,
            const char *name)
{
  g_autoptr(OkParent) parent = ok_parent_new ();
  g_autoptr(GError) error = NULL;

  ok_parent_set_family_id (parent, family_id);
  ok_parent_set_name (parent, name);
  g_assert_true (ok_store_parent_insert (store, parent, &error));
  g_assert_no_error (error);
  return ok_parent_get_id (parent);
}

static gint64
add_family (OkStore    *store,
            const char *name,
            const char *child,
            const char *language)
{
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(OkChild) kid = ok_child_new ();
  g_autoptr(GError) error = NULL;

  ok_family_set_name (family, name);
  ok_family_set_languages (family, (const char *[]) { language, NULL });
  g_assert_true (ok_store_family_insert (store, family, &error));
  ok_child_set_family_id (kid, ok_family_get_id (family));
  ok_child_set_first_name (kid, child);
  ok_child_set_last_name (kid, name);
  ok_child_set_group (kid, "4");
  ok_child_set_enrolled_from (kid, "2022-08-22");
  g_assert_true (ok_store_child_insert (store, kid, &error));
  g_assert_no_error (error);
  return ok_family_get_id (family);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static int counter;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now (ok_time_zone ());
  g_autoptr(GDateTime) starts = g_date_time_add_minutes (now, -10);
  g_autoptr(GDateTime) ends = g_date_time_add_minutes (now, 50);
  gint64 family;

  fixture->location = g_strdup_printf ("%s/gui-%d.db", tmp_dir, ++counter);
  fixture->store = ok_store_open (fixture->location, &error);
  g_assert_no_error (error);

  family = add_family (fixture->store, "Öztürk", "Elif", "tr");
  fixture->ayse = add_parent (fixture->store, family, "Ayşe Öztürk");
  fixture->mehmet = add_parent (fixture->store, family, "Mehmet Öztürk");
  fixture->sanne = add_parent (fixture->store, add_family (fixture->store, "de Vries", "Emma", "nl"), "Sanne de Vries");
  fixture->olena = add_parent (fixture->store, add_family (fixture->store, "Шевченко", "Софія", "uk"), "Олена Шевченко");

  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_COFFEE_MORNING);
  ok_activity_set_title (activity, TITLE);
  ok_activity_set_starts_at (activity, starts);
  ok_activity_set_ends_at (activity, ends);
  g_assert_true (ok_store_activity_insert (fixture->store, activity, &error));
  fixture->activity = ok_activity_get_id (activity);
  g_assert_true (ok_store_attendance_mark (fixture->store, fixture->activity, fixture->ayse,
                                           OK_ATTENDANCE_STATUS_REGISTERED, FALSE, NULL, NULL, &error));
  g_assert_true (ok_store_attendance_mark (fixture->store, fixture->activity, fixture->sanne,
                                           OK_ATTENDANCE_STATUS_REGISTERED, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
open_window (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  fixture->window = ok_checkin_window_new (NULL, fixture->store, fixture->activity, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->location, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->location, "-shm", NULL);

  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_finalize_object (fixture->store);
  g_unlink (fixture->location);
  g_unlink (wal);
  g_unlink (shm);
  g_free (fixture->location);
}

static int
status_of (Fixture *fixture,
           gint64   parent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) reader = ok_store_open (fixture->location, &error);
  g_autoptr(GPtrArray) list = NULL;

  /* A second connection: what is committed, not what a cache says. */
  g_assert_no_error (error);
  list = ok_store_attendance_list (reader, fixture->activity, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    if (ok_attendance_get_parent_id (g_ptr_array_index (list, i)) == parent)
      return ok_attendance_get_status (g_ptr_array_index (list, i));
  return OK_CHECKIN_STATUS_NONE;
}

static void
type_search (Fixture    *fixture,
             const char *text)
{
  gtk_editable_set_text (_ok_checkin_window_get_search (fixture->window), text);
}

static void
press_enter (Fixture *fixture)
{
  g_signal_emit_by_name (_ok_checkin_window_get_search (fixture->window), "activate");
}

static void
action (Fixture    *fixture,
        const char *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), name, NULL));
}

static OkCheckinEntry *
result (Fixture *fixture,
        guint    position)
{
  g_autoptr(OkCheckinEntry) entry = g_list_model_get_item (_ok_checkin_window_get_results (fixture->window),
                                                           position);
  return entry;
}

static void
test_opens_ready (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *focus;

  open_window (fixture);
  focus = gtk_window_get_focus (GTK_WINDOW (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (_ok_checkin_window_get_search (fixture->window))
                 || gtk_widget_is_ancestor (focus, GTK_WIDGET (_ok_checkin_window_get_search (fixture->window))));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, TITLE);
  g_assert_cmpstr (_ok_checkin_window_get_total (fixture->window), ==, "0 / 2");
  /* An empty search lists who is still expected. */
  g_assert_cmpuint (g_list_model_get_n_items (_ok_checkin_window_get_results (fixture->window)), ==, 2);
}

static void
test_search_mark_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  open_window (fixture);

  type_search (fixture, "ozt");
  g_assert_cmpuint (g_list_model_get_n_items (_ok_checkin_window_get_results (fixture->window)), ==, 2);
  /* The registered one first. */
  g_assert_cmpint (ok_checkin_entry_get_parent_id (result (fixture, 0)), ==, fixture->ayse);
  press_enter (fixture);
  g_assert_cmpint (status_of (fixture, fixture->ayse), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_cmpstr (gtk_editable_get_text (_ok_checkin_window_get_search (fixture->window)), ==, "");
  g_assert_cmpstr (_ok_checkin_window_get_total (fixture->window), ==, "1 / 2");
  g_assert_cmpuint (g_list_model_get_n_items (_ok_checkin_window_get_present (fixture->window)), ==, 1);

  /* The undo button gives back "registered", not nothing. */
  action (fixture, "checkin.undo");
  g_assert_cmpint (status_of (fixture, fixture->ayse), ==, OK_ATTENDANCE_STATUS_REGISTERED);
  g_assert_cmpstr (_ok_checkin_window_get_total (fixture->window), ==, "0 / 2");

  /* Marking again reverts; a child's name finds the parent; Unicode. */
  type_search (fixture, "шев");
  g_assert_cmpint (ok_checkin_entry_get_parent_id (result (fixture, 0)), ==, fixture->olena);
  press_enter (fixture);
  g_assert_cmpint (status_of (fixture, fixture->olena), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_cmpstr (_ok_checkin_window_get_total (fixture->window), ==, "1 / 2");
  type_search (fixture, "софія");
  g_assert_cmpint (ok_checkin_entry_get_parent_id (result (fixture, 0)), ==, fixture->olena);
  press_enter (fixture);
  g_assert_cmpint (status_of (fixture, fixture->olena), ==, OK_CHECKIN_STATUS_NONE);

  /* Both parents in one action, then excused. */
  type_search (fixture, "ozt");
  action (fixture, "checkin.mark-family-selected");
  g_assert_cmpint (status_of (fixture, fixture->ayse), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_cmpint (status_of (fixture, fixture->mehmet), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_cmpstr (_ok_checkin_window_get_total (fixture->window), ==, "2 / 2");
  action (fixture, "checkin.undo");
  g_assert_cmpint (status_of (fixture, fixture->ayse), ==, OK_ATTENDANCE_STATUS_REGISTERED);
  g_assert_cmpint (status_of (fixture, fixture->mehmet), ==, OK_CHECKIN_STATUS_NONE);
  type_search (fixture, "vries");
  action (fixture, "checkin.excuse-selected");
  g_assert_cmpint (status_of (fixture, fixture->sanne), ==, OK_ATTENDANCE_STATUS_EXCUSED);
  /* Who sent word is no longer expected. */
  g_assert_cmpstr (_ok_checkin_window_get_total (fixture->window), ==, "0 / 1");
}

static void
test_walk_in (Fixture       *fixture,
              gconstpointer  data)
{
  OkWalkInDialog *dialog;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;
  OkCheckinEntry *walk_in = NULL;

  open_window (fixture);
  type_search (fixture, "Fatima Benali");
  g_assert_cmpuint (g_list_model_get_n_items (_ok_checkin_window_get_results (fixture->window)), ==, 0);
  action (fixture, "checkin.walk-in");
  dialog = _ok_checkin_window_get_walk_in (fixture->window);
  g_assert_nonnull (dialog);
  {
    g_autofree char *name = ok_walk_in_dialog_dup_name (dialog);
    g_assert_cmpstr (name, ==, "Fatima Benali");
  }
  ok_walk_in_dialog_set_language (dialog, "ar");
  /* A phone number may be left out, but what is typed must be one. */
  ok_walk_in_dialog_set_phone (dialog, "bel maar");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  ok_walk_in_dialog_set_phone (dialog, "06 1234 5678");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "add");
  gtk_window_destroy (GTK_WINDOW (dialog));

  people = ok_store_checkin_people (fixture->store, fixture->activity, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < people->len; i++)
    if (g_strcmp0 (ok_checkin_entry_get_name (g_ptr_array_index (people, i)), "Fatima Benali") == 0)
      walk_in = g_ptr_array_index (people, i);
  g_assert_nonnull (walk_in);
  g_assert_true (ok_checkin_entry_get_walk_in (walk_in));
  g_assert_cmpstr (ok_checkin_entry_get_home_language (walk_in), ==, "ar");
  {
    g_autoptr(OkParent) parent = ok_store_parent_get (fixture->store, ok_checkin_entry_get_parent_id (walk_in),
                                                      &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ok_parent_get_phone (parent), ==, "+31612345678");
  }
  g_assert_cmpint (status_of (fixture, ok_checkin_entry_get_parent_id (walk_in)), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_cmpuint (g_list_model_get_n_items (_ok_checkin_window_get_present (fixture->window)), ==, 1);

  /* Undo takes the mark away; the parent stays, to be found again. */
  action (fixture, "checkin.undo");
  g_assert_cmpint (status_of (fixture, ok_checkin_entry_get_parent_id (walk_in)), ==, OK_CHECKIN_STATUS_NONE);
  type_search (fixture, "fatima");
  g_assert_cmpuint (g_list_model_get_n_items (_ok_checkin_window_get_results (fixture->window)), ==, 1);
}

static gint64
guests_in_database (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) reader = ok_store_open (fixture->location, &error);
  g_autoptr(OkActivity) activity = ok_store_activity_get (reader, fixture->activity, &error);

  g_assert_no_error (error);
  return ok_activity_get_unnamed_guests (activity);
}

static void
test_guests (Fixture       *fixture,
             gconstpointer  data)
{
  open_window (fixture);
  /* Never below zero. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "checkin.guest-remove", NULL);
  g_assert_cmpint (guests_in_database (fixture), ==, 0);
  action (fixture, "checkin.guest-add");
  action (fixture, "checkin.guest-add");
  action (fixture, "checkin.guest-remove");
  g_assert_cmpint (guests_in_database (fixture), ==, 1);
  g_assert_cmpstr (_ok_checkin_window_get_guests (fixture->window), ==, "1");
  action (fixture, "checkin.undo");
  g_assert_cmpint (guests_in_database (fixture), ==, 2);
  g_assert_cmpstr (_ok_checkin_window_get_guests (fixture->window), ==, "2");
}

/* Another laptop at the same door: its marks show up at the next poll. */
static void
test_other_laptop (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) other = NULL;

  open_window (fixture);
  other = ok_store_open (fixture->location, &error);
  g_assert_true (ok_store_checkin_mark (other, fixture->activity, fixture->sanne, OK_ATTENDANCE_STATUS_PRESENT,
                                        "laptop-2", &error));
  g_assert_true (ok_store_checkin_add_guests (other, fixture->activity, 3, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (_ok_checkin_window_poll (fixture->window));
  g_assert_cmpstr (_ok_checkin_window_get_total (fixture->window), ==, "1 / 2");
  g_assert_cmpstr (_ok_checkin_window_get_guests (fixture->window), ==, "3");
  g_assert_cmpuint (g_list_model_get_n_items (_ok_checkin_window_get_present (fixture->window)), ==, 1);

  /* Adding a guest here adds to theirs. */
  action (fixture, "checkin.guest-add");
  g_assert_cmpint (guests_in_database (fixture), ==, 4);
}

static void
set_cancelled (Fixture  *fixture,
               gboolean  cancelled)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) other = ok_store_open (fixture->location, &error);
  g_autoptr(OkActivity) activity = ok_store_activity_get (other, fixture->activity, &error);

  ok_activity_set_status (activity, cancelled ? OK_ACTIVITY_STATUS_CANCELLED : OK_ACTIVITY_STATUS_PLANNED);
  g_assert_true (ok_store_activity_update (other, activity, &error));
  g_assert_no_error (error);
}

/* The database refuses: the click stays visibly unsaved, and goes in
 * when the database accepts it again. */
static void
test_refused_mark (Fixture       *fixture,
                   gconstpointer  data)
{
  OkCheckinEntry *entry;

  open_window (fixture);
  set_cancelled (fixture, TRUE);

  type_search (fixture, "vries");
  entry = g_object_ref (result (fixture, 0));
  press_enter (fixture);
  g_assert_cmpint (status_of (fixture, fixture->sanne), ==, OK_ATTENDANCE_STATUS_REGISTERED);
  g_assert_true (_ok_checkin_window_get_banner_shown (fixture->window));
  g_assert_true (ok_checkin_entry_get_unsaved (entry));
  g_assert_false (ok_checkin_entry_is_present (entry));
  g_assert_cmpstr (_ok_checkin_window_get_total (fixture->window), ==, "0 / 2");
  /* The search stays, so the unsaved row stays in sight. */
  g_assert_cmpstr (gtk_editable_get_text (_ok_checkin_window_get_search (fixture->window)), ==, "vries");

  set_cancelled (fixture, FALSE);
  action (fixture, "checkin.retry");
  g_assert_cmpint (status_of (fixture, fixture->sanne), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_false (ok_checkin_entry_get_unsaved (entry));
  g_assert_true (ok_checkin_entry_is_present (entry));
  g_assert_false (_ok_checkin_window_get_banner_shown (fixture->window));
  g_assert_cmpstr (_ok_checkin_window_get_total (fixture->window), ==, "1 / 2");
  g_object_unref (entry);
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* The one contact moment logged for a parent's family: what, about which
 * activity, in which language. */
static void
assert_logged (Fixture    *fixture,
               gint64      parent_id,
               const char *template_id,
               const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkParent) parent = ok_store_parent_get (fixture->store, parent_id, &error);
  g_autoptr(GPtrArray) moments = NULL;
  OkContactMoment *moment;

  g_assert_no_error (error);
  moments = ok_store_contact_moment_list (fixture->store, ok_parent_get_family_id (parent), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (moments->len, ==, 1);
  moment = moments->pdata[0];
  g_assert_cmpstr (ok_contact_moment_get_template (moment), ==, template_id);
  g_assert_cmpint (ok_contact_moment_get_activity_id (moment), ==, fixture->activity);
  g_assert_cmpint (ok_contact_moment_get_channel (moment), ==, OK_CHANNEL_LETTER);
  g_assert_cmpstr (ok_contact_moment_get_language (moment), ==, language);
  g_assert_cmpint (ok_contact_moment_get_parent_id (moment), ==, parent_id);
}

static void
test_no_shows_and_summary (Fixture       *fixture,
                           gconstpointer  data)
{
  AdwMessageDialog *dialog;
  OkSendDialog *messages;
  OkMailing *mailing;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) pdf = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  open_window (fixture);
  type_search (fixture, "vries");
  press_enter (fixture);
  action (fixture, "checkin.guest-add");

  action (fixture, "checkin.no-shows");
  dialog = find_dialog (GTK_WINDOW (fixture->window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "mark");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpint (status_of (fixture, fixture->ayse), ==, OK_ATTENDANCE_STATUS_NO_SHOW);
  g_assert_cmpint (status_of (fixture, fixture->sanne), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_cmpstr (_ok_checkin_window_get_page (fixture->window), ==, "summary");

  /* The thank-you goes to those who came, through the send dialog, which
   * logs what it sends as sending from the activity's page does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "checkin.message", "s", "thank-you"));
  messages = _ok_checkin_window_get_messages (fixture->window);
  g_assert_true (OK_IS_SEND_DIALOG (messages));
  mailing = ok_send_dialog_get_mailing (messages);
  g_assert_cmpstr (ok_mailing_get_template (mailing), ==, "thank-you");
  g_assert_cmpint (ok_activity_get_id (ok_mailing_get_activity (mailing)), ==, fixture->activity);
  g_assert_cmpuint (g_list_model_get_n_items (ok_mailing_get_recipients (mailing)), ==, 1);
  path = g_build_filename (tmp_dir, "letters.pdf", NULL);
  pdf = g_file_new_for_path (path);
  g_assert_true (ok_send_dialog_save_letters (messages, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  assert_logged (fixture, fixture->sanne, "thank-you", "nl");
  gtk_window_destroy (GTK_WINDOW (messages));

  /* "We missed you" in Turkish to Ayşe, who did not come. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "checkin.message", "s", "we-missed-you"));
  messages = _ok_checkin_window_get_messages (fixture->window);
  g_assert_true (OK_IS_SEND_DIALOG (messages));
  mailing = ok_send_dialog_get_mailing (messages);
  g_assert_cmpstr (ok_mailing_get_template (mailing), ==, "we-missed-you");
  g_assert_cmpuint (g_list_model_get_n_items (ok_mailing_get_recipients (mailing)), ==, 1);
  g_assert_true (ok_send_dialog_save_letters (messages, pdf, &error));
  g_assert_no_error (error);
  assert_logged (fixture, fixture->ayse, "we-missed-you", "tr");
  gtk_window_destroy (GTK_WINDOW (messages));

  action (fixture, "checkin.show-door");
  g_assert_cmpstr (_ok_checkin_window_get_page (fixture->window), ==, "door");
}

/* Real key presses through the X server, as a coordinator with only a
 * keyboard makes them. */
typedef struct {
  gboolean done;
  int status;
} Child;

static void
child_exited_cb (GPid     pid,
                 int      status,
                 gpointer user_data)
{
  Child *child = user_data;

  child->status = status;
  child->done = TRUE;
  g_spawn_close_pid (pid);
}

static void
xdotool (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Child child = { FALSE, 0 };
  GPid pid;

  g_ptr_array_add (argv, (char *) "xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_async (NULL, (char **) argv->pdata, NULL,
                                G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_child_watch_add (pid, child_exited_cb, &child);
  while (!child.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_spawn_check_wait_status (child.status, NULL));
  /* Let GTK handle what the X server delivered. */
  for (int i = 0; i < 20; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static void
keys (const char *first,
      ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  va_list ap;

  g_ptr_array_add (args, (char *) "key");
  g_ptr_array_add (args, (char *) "--delay");
  g_ptr_array_add (args, (char *) "40");
  va_start (ap, first);
  for (const char *key = first; key != NULL; key = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) key);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  xdotool ((const char * const *) args->pdata);
}

static void
type (const char *text)
{
  xdotool ((const char *[]) { "type", "--delay", "40", text, NULL });
}

static void
test_keyboard_only (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *xdotool_path = g_find_program_in_path ("xdotool");
  const char *display = g_getenv ("DISPLAY");
  GdkDisplay *gdk_display = gdk_display_get_default ();

  if (xdotool_path == NULL || display == NULL
      || g_strcmp0 (G_OBJECT_TYPE_NAME (gdk_display), "GdkX11Display") != 0)
    {
      g_test_skip ("Needs xdotool and an X server (run under xvfb-run)");
      return;
    }

  open_window (fixture);
  xdotool ((const char *[]) { "search", "--sync", "--name", TITLE, "windowfocus", "--sync", NULL });

  /* Type, Enter: present. */
  type ("vries");
  g_assert_cmpstr (gtk_editable_get_text (_ok_checkin_window_get_search (fixture->window)), ==, "vries");
  keys ("Return", NULL);
  g_assert_cmpint (status_of (fixture, fixture->sanne), ==, OK_ATTENDANCE_STATUS_PRESENT);

  /* Ctrl+Z: undone. */
  keys ("ctrl+z", NULL);
  g_assert_cmpint (status_of (fixture, fixture->sanne), ==, OK_ATTENDANCE_STATUS_REGISTERED);

  /* Down picks the second result: Mehmet, not the registered Ayşe. */
  type ("ozt");
  keys ("Down", "Return", NULL);
  g_assert_cmpint (status_of (fixture, fixture->mehmet), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_cmpint (status_of (fixture, fixture->ayse), ==, OK_ATTENDANCE_STATUS_REGISTERED);

  /* Shift+Enter: the whole family. */
  type ("ayse");
  keys ("shift+Return", NULL);
  g_assert_cmpint (status_of (fixture, fixture->ayse), ==, OK_ATTENDANCE_STATUS_PRESENT);

  /* Ctrl+plus: a guest. */
  keys ("ctrl+plus", "ctrl+plus", "ctrl+minus", NULL);
  g_assert_cmpint (guests_in_database (fixture), ==, 1);

  /* Ctrl+N, a name, Enter: a walk-in, and focus back in the search. */
  keys ("ctrl+n", NULL);
  g_assert_nonnull (_ok_checkin_window_get_walk_in (fixture->window));
  type ("Karim");
  keys ("Return", NULL);
  g_assert_null (_ok_checkin_window_get_walk_in (fixture->window));
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) found = ok_store_checkin_search (fixture->store, fixture->activity, "karim", 0, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (found->len, ==, 1);
    g_assert_true (ok_checkin_entry_get_walk_in (g_ptr_array_index (found, 0)));
    g_assert_cmpint (status_of (fixture, ok_checkin_entry_get_parent_id (g_ptr_array_index (found, 0))), ==,
                     OK_ATTENDANCE_STATUS_PRESENT);
  }

  /* Escape clears the search; typing goes on where it was. */
  type ("xyz");
  keys ("Escape", NULL);
  g_assert_cmpstr (gtk_editable_get_text (_ok_checkin_window_get_search (fixture->window)), ==, "");
  type ("vries");
  keys ("Return", NULL);
  g_assert_cmpint (status_of (fixture, fixture->sanne), ==, OK_ATTENDANCE_STATUS_PRESENT);
}

/* The actions the main window's buttons use, and the command line that
 * opens only the door. */
typedef struct {
  Fixture *fixture;
  guint windows_at_start;
  guint windows_after_now;
  gboolean is_checkin;
  gint64 activity;
} AppRun;

static gboolean
inspect_app_cb (gpointer user_data)
{
  AppRun *run = user_data;
  GApplication *app = g_application_get_default ();
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  if (windows == NULL)
    return G_SOURCE_CONTINUE;

  run->windows_at_start = g_list_length (windows);
  run->is_checkin = OK_IS_CHECKIN_WINDOW (windows->data);
  if (run->is_checkin)
    run->activity = ok_checkin_window_get_activity_id (windows->data);

  /* The activity is happening now: the same window comes forward. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "check-in-now", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "check-in",
                                  g_variant_new_int64 (run->fixture->activity));
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  run->windows_after_now = g_list_length (windows);

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  return G_SOURCE_REMOVE;
}

static void
test_application_actions (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(OkApplication) app = ok_application_new ();
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, fixture->activity);
  char *argv[] = { (char *) "ouderkamer", (char *) "--db", fixture->location,
                   (char *) "--check-in", id, NULL };
  AppRun run = { fixture, 0, 0, FALSE, 0 };

  g_application_set_application_id (G_APPLICATION (app), NULL);
  g_timeout_add (50, inspect_app_cb, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv), ==, 0);

  g_assert_cmpuint (run.windows_at_start, ==, 1);
  g_assert_true (run.is_checkin);
  g_assert_cmpint (run.activity, ==, fixture->activity);
  g_assert_cmpuint (run.windows_after_now, ==, 1);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  /* libgda writes its configuration under the data folder. */
  tmp_dir = g_dir_make_tmp ("ok-gui-checkin-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  g_setenv ("XDG_DATA_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmp_dir, TRUE);
  g_setenv ("XDG_CACHE_HOME", tmp_dir, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  ok_store_init_library ();
  g_assert_nonnull (ok_gui_get_resource ());

#define ADD(path, func) \
  g_test_add ("/gui/checkin/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("opens-ready", test_opens_ready);
  ADD ("search-mark-undo", test_search_mark_undo);
  ADD ("walk-in", test_walk_in);
  ADD ("guests", test_guests);
  ADD ("other-laptop", test_other_laptop);
  ADD ("refused-mark", test_refused_mark);
  ADD ("no-shows-and-summary", test_no_shows_and_summary);
  ADD ("keyboard-only", test_keyboard_only);
  ADD ("application-actions", test_application_actions);
#undef ADD

  status = g_test_run ();
  remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}

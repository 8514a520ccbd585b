/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The send dialog under Xvfb: the families of an activity with their
 * channels, the preview in Arabic right to left, the SMS file, call list
 * and letters saved and logged, a broadcast copied and logged, answers in
 * one click, the interpreter count following them, and the sender’s name
 * remembered for the next time. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ok-activity-page.h"
#include "ok-gui-resources.h"
#include "ok-gui-test-util.h"
#include "ok-interpreter-plan.h"
#include "ok-preferences-window.h"
#include "ok-recipient-row.h"
#include "ok-send-dialog.h"
#include "ok-store-activity.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-store-send.h"
#include "ok-test-util.h"
#include "ok-time.h"

typedef struct {
  OkStore *store;
  char *location;
  OkActivity *activity;
  OkSendDialog *dialog;
  char *dir;
} Fixture;

static gpointer
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return object;
}

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_frames (void)
{
  gboolean done = FALSE;

  g_timeout_add (200, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
add_family (OkStore    *store,
            const char *name,
            const char *language,
            OkChannel   channel,
            const char *parent_name,
            const char *phone,
            const char *email)
{
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(OkParent) parent = ok_parent_new ();
  g_autoptr(OkChild) pupil = ok_child_new ();
  g_autoptr(GError) error = NULL;
  const char *languages[] = { language, NULL };

  ok_family_set_name (family, name);
  ok_family_set_languages (family, languages);
  ok_family_set_preferred_channel (family, channel);
  g_assert_true (ok_store_family_insert (store, family, &error));
  ok_parent_set_name (parent, parent_name);
  ok_parent_set_phone (parent, phone);
  ok_parent_set_email (parent, email);
  ok_parent_set_family_id (parent, ok_family_get_id (family));
  g_assert_true (ok_store_parent_insert (store, parent, &error));
  ok_child_set_family_id (pupil, ok_family_get_id (family));
  ok_child_set_first_name (pupil, "Sam");
  ok_child_set_last_name (pupil, name);
  ok_child_set_group (pupil, "4");
  ok_child_set_enrolled_from (pupil, "2022-08-20");
  g_assert_true (ok_store_child_insert (store, pupil, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) starts = ok_time_parse_local ("2026-03-10T19:00");
  g_autoptr(GDateTime) ends = ok_time_parse_local ("2026-03-10T20:30");
  const char *interpreters[] = { "ar", NULL };

  f->location = ok_test_new_location (OK_STORE_DIALECT_SQLITE);
  f->store = ok_store_open (f->location, &error);
  g_assert_no_error (error);
  f->dir = g_dir_make_tmp ("ok-send-XXXXXX", &error);
  g_assert_no_error (error);

  f->activity = ok_activity_new ();
  ok_activity_set_kind (f->activity, OK_ACTIVITY_KIND_THEME_MEETING);
  ok_activity_set_title (f->activity, "Ouderavond lezen");
  ok_activity_set_theme (f->activity, "reading-at-home");
  ok_activity_set_location (f->activity, "Ouderkamer");
  ok_activity_set_starts_at (f->activity, starts);
  ok_activity_set_ends_at (f->activity, ends);
  ok_activity_set_interpreter_languages (f->activity, interpreters);
  g_assert_true (ok_store_activity_insert (f->store, f->activity, &error));
  g_assert_no_error (error);

  add_family (f->store, "Familie El Amrani", "ar", OK_CHANNEL_WHATSAPP, "Fatima El Amrani", "0612345678", NULL);
  add_family (f->store, "Familie Jansen", "nl", OK_CHANNEL_EMAIL, "Piet Jansen", NULL, "piet@example.nl");
  add_family (f->store, "Familie Kaya", "tr", OK_CHANNEL_SMS, "Ayşe Kaya", "0644455566", NULL);
  add_family (f->store, "Familie Ouali", "rif", OK_CHANNEL_WHATSAPP, "Mohamed Ouali", "0687654321", NULL);
  add_family (f->store, "Familie Tesfay", "ti", OK_CHANNEL_LETTER, "Senait Tesfay", NULL, NULL);

  f->dialog = ok_send_dialog_new (NULL, f->store, f->activity, &error);
  g_assert_no_error (error);
  g_object_ref (f->dialog);
  ok_send_dialog_set_sender (f->dialog, "Sanne de Vries");
  gtk_window_present (GTK_WINDOW (f->dialog));
  run_frames ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->dialog));
  run_frames ();
  g_assert_finalize_object (f->dialog);
  g_clear_object (&f->activity);
  g_assert_finalize_object (f->store);
  ok_test_drop_location (f->location);
  g_free (f->location);
  g_free (f->dir);
}

static OkRecipient *
recipient (Fixture    *f,
           const char *family)
{
  GListModel *model = ok_mailing_get_recipients (ok_send_dialog_get_mailing (f->dialog));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OkRecipient) r = g_list_model_get_item (model, i);

      if (g_str_equal (ok_recipient_get_family_name (r), family))
        return r;
    }
  g_assert_not_reached ();
}

static OkRecipientRow *
find_row (GtkWidget  *widget,
          const char *family)
{
  if (OK_IS_RECIPIENT_ROW (widget))
    {
      OkRecipient *shown = ok_recipient_row_get_recipient (OK_RECIPIENT_ROW (widget));

      return shown != NULL && g_str_equal (ok_recipient_get_family_name (shown), family)
             ? OK_RECIPIENT_ROW (widget) : NULL;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      OkRecipientRow *row = find_row (c, family);

      if (row != NULL)
        return row;
    }
  return NULL;
}

/* The row the list view made for a family on screen. */
static OkRecipientRow *
row_of (Fixture    *f,
        const char *family)
{
  OkRecipientRow *row = find_row (child (f->dialog, OK_TYPE_SEND_DIALOG, "recipient_list"), family);

  g_assert_nonnull (row);
  return row;
}

static const char *
row_subtitle (Fixture    *f,
              const char *family)
{
  return gtk_label_get_label (child (row_of (f, family), OK_TYPE_RECIPIENT_ROW, "subtitle_label"));
}

static char *
read_file (Fixture    *f,
           const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static void
read_text_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  *(char **) data = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
}

static char *
clipboard_text (Fixture *f)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f->dialog)), NULL, read_text_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

static void
test_families_and_preview (Fixture       *f,
                           gconstpointer  data)
{
  AdwPreferencesGroup *families = child (f->dialog, OK_TYPE_SEND_DIALOG, "families_group");
  GtkTextView *preview = child (f->dialog, OK_TYPE_SEND_DIALOG, "preview_view");
  GtkStack *stack = child (f->dialog, OK_TYPE_SEND_DIALOG, "families_stack");
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_assert_cmpstr (ok_mailing_get_template (ok_send_dialog_get_mailing (f->dialog)), ==,
                   "theme-meeting-invitation");
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (families), "5 families"));
  g_assert_cmpint (ok_recipient_get_channel (recipient (f, "Familie Ouali")), ==, OK_CHANNEL_PHONE);
  g_assert_cmpstr (row_subtitle (f, "Familie Ouali"), ==,
                   "Mohamed Ouali · Tarifit (Riffijns) · call: home language is rarely written");
  g_assert_cmpstr (row_subtitle (f, "Familie El Amrani"), ==,
                   "Fatima El Amrani · Arabisch · WhatsApp");

  /* The Arabic preview, right to left, with the Dutch text below. */
  ok_send_dialog_show_language (f->dialog, "ar");
  run_frames ();
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (preview)), ==, GTK_TEXT_DIR_RTL);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (preview), &start, &end);
  text = gtk_text_iter_get_text (&start, &end);
  g_assert_true (g_str_has_prefix (text, "عزيزي ولي الأمر،\n"));
  g_assert_nonnull (strstr (text, "———\n\nBeste ouder,\n"));
  g_assert_nonnull (strstr (text, "\nSanne de Vries\n"));
  ok_send_dialog_show_language (f->dialog, "nl");
  run_frames ();
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (preview)), ==, GTK_TEXT_DIR_LTR);

  /* A reminder goes to the unanswered: nobody yet. */
  ok_send_dialog_set_template (f->dialog, "reminder");
  run_frames ();
  g_assert_cmpuint (g_list_model_get_n_items (ok_mailing_get_recipients (ok_send_dialog_get_mailing (f->dialog))),
                    ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  ok_send_dialog_set_recipients (f->dialog, OK_RECIPIENTS_TARGET);
  run_frames ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
}

static void
test_files_and_answers (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sms_path = g_build_filename (f->dir, "sms.csv", NULL);
  g_autofree char *calls_path = g_build_filename (f->dir, "calls.csv", NULL);
  g_autofree char *pdf_path = g_build_filename (f->dir, "letters.pdf", NULL);
  g_autoptr(GFile) sms = g_file_new_for_path (sms_path);
  g_autoptr(GFile) calls = g_file_new_for_path (calls_path);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autofree char *sms_text = NULL;
  g_autofree char *calls_text = NULL;
  g_autofree char *copied = NULL;
  g_autoptr(GPtrArray) history = NULL;
  GtkWidget *interpreters = child (child (f->dialog, OK_TYPE_SEND_DIALOG, "interpreter_plan"),
                                   OK_TYPE_INTERPRETER_PLAN, "interpreter_list");
  OkRecipientRow *row;
  GStatBuf info;

  /* The SMS file: saved and logged. */
  g_assert_true (ok_send_dialog_save_sms (f->dialog, sms, &error));
  g_assert_no_error (error);
  sms_text = read_file (f, "sms.csv");
  g_assert_true (g_str_has_prefix (sms_text, "number;message\r\n+31644455566;\"Merhaba "));
  g_assert_true (ok_recipient_get_sent (recipient (f, "Familie Kaya")));
  g_assert_cmpint (ok_recipient_get_status (recipient (f, "Familie Kaya")), ==, OK_ATTENDANCE_STATUS_INVITED);
  g_assert_false (ok_recipient_get_sent (recipient (f, "Familie Tesfay")));

  /* The call list is not logged: the call is, with its answer. */
  g_assert_true (ok_send_dialog_save_call_list (f->dialog, calls, &error));
  g_assert_no_error (error);
  calls_text = read_file (f, "calls.csv");
  g_assert_nonnull (strstr (calls_text, "\r\nFamilie Ouali;Mohamed Ouali;0687654321;Tarifit (Riffijns);"));
  g_assert_false (ok_recipient_get_sent (recipient (f, "Familie Ouali")));

  g_assert_true (ok_send_dialog_save_letters (f->dialog, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (pdf_path, &info), ==, 0);
  g_assert_cmpint (info.st_size, >, 1000);
  g_assert_true (ok_recipient_get_sent (recipient (f, "Familie Tesfay")));

  /* A broadcast in Arabic: copied, then logged from the toast. */
  ok_send_dialog_show_language (f->dialog, "ar");
  run_frames ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "send.copy-broadcast", NULL));
  copied = clipboard_text (f);
  g_assert_true (g_str_has_prefix (copied, "عزيزي ولي الأمر،\n"));
  g_assert_false (ok_recipient_get_sent (recipient (f, "Familie El Amrani")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "send.log-copied", NULL));
  g_assert_true (ok_recipient_get_sent (recipient (f, "Familie El Amrani")));
  history = ok_store_contact_moment_list (f->store, ok_recipient_get_family_id (recipient (f, "Familie El Amrani")),
                                   &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpint (ok_contact_moment_get_channel (history->pdata[0]), ==, OK_CHANNEL_WHATSAPP);
  g_assert_cmpstr (ok_contact_moment_get_language (history->pdata[0]), ==, "ar");

  /* "Yes" in one click; the interpreter count follows. */
  row = row_of (f, "Familie El Amrani");
  g_signal_emit_by_name (child (row, OK_TYPE_RECIPIENT_ROW, "yes_button"), "clicked");
  run_frames ();
  g_assert_cmpint (ok_recipient_get_status (recipient (f, "Familie El Amrani")), ==,
                   OK_ATTENDANCE_STATUS_REGISTERED);
  g_assert_cmpstr (gtk_label_get_label (child (row, OK_TYPE_RECIPIENT_ROW, "status_label")), ==, "Coming");
  g_assert_false (gtk_widget_get_sensitive (child (row, OK_TYPE_RECIPIENT_ROW, "yes_button")));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_widget_get_first_child (interpreters))),
                   ==, "Arabisch");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_first_child (interpreters))), ==,
                   "1 coming of 1 invited");

  /* A call answered: the call is logged, then the answer. */
  g_assert_true (ok_send_dialog_answer (f->dialog, recipient (f, "Familie Ouali"), OK_ATTENDANCE_STATUS_EXCUSED,
                                        &error));
  g_assert_no_error (error);
  g_assert_true (ok_recipient_get_sent (recipient (f, "Familie Ouali")));
  g_assert_cmpint (ok_recipient_get_status (recipient (f, "Familie Ouali")), ==, OK_ATTENDANCE_STATUS_EXCUSED);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = ok_store_contact_moment_list (f->store, ok_recipient_get_family_id (recipient (f, "Familie Ouali")), &error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpint (ok_contact_moment_get_channel (history->pdata[0]), ==, OK_CHANNEL_PHONE);
}

static OkSendDialog *
find_send_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (OK_IS_SEND_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* The activity's page opens the dialog for its activity. */
static void
test_from_activity_page (Fixture       *f,
                         gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  OkActivityPage *page = g_object_new (OK_TYPE_ACTIVITY_PAGE, NULL);
  OkSendDialog *opened;

  /* Only the dialog of this test is wanted on screen. */
  gtk_widget_set_visible (GTK_WIDGET (f->dialog), FALSE);

  gtk_window_set_child (window, GTK_WIDGET (page));
  ok_activity_page_set_store (page, f->store);
  ok_activity_page_set_activity (page, f->activity);
  gtk_window_present (window);
  run_frames ();

  g_assert_null (find_send_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "activity.send", NULL));
  run_frames ();
  opened = find_send_dialog ();
  g_assert_nonnull (opened);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (opened)) == window);
  g_assert_cmpint (ok_activity_get_id (ok_mailing_get_activity (ok_send_dialog_get_mailing (opened))), ==,
                   ok_activity_get_id (f->activity));
  g_assert_cmpuint (g_list_model_get_n_items (ok_mailing_get_recipients (ok_send_dialog_get_mailing (opened))),
                    ==, 5);
  gtk_window_destroy (GTK_WINDOW (opened));
  gtk_window_destroy (window);
  run_frames ();
}

/* The preview's text as it is on screen. */
static char *
preview_of (OkSendDialog *dialog)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (child (dialog, OK_TYPE_SEND_DIALOG, "preview_view"));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static const char *
sender_of (OkSendDialog *dialog)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (dialog, OK_TYPE_SEND_DIALOG, "sender_row")));
}

/* The sender's name is the user's, kept in their settings: the next
 * dialog, the next run and the preferences have it. */
static void
test_sender_remembered (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("nl.ouderkamer.Ouderkamer");
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  g_autofree char *preview = NULL;
  OkSendDialog *next;
  OkPreferencesWindow *preferences;
  AdwEntryRow *row;

  /* The fixture's dialog was given "Sanne de Vries". */
  stored = g_settings_get_string (settings, "sender-name");
  g_assert_cmpstr (stored, ==, "Sanne de Vries");
  next = ok_send_dialog_new (NULL, f->store, f->activity, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sender_of (next), ==, "Sanne de Vries");
  preview = preview_of (next);
  g_assert_nonnull (strstr (preview, "Sanne de Vries"));

  /* Typed in a dialog, it is kept as typed, without stray spaces. */
  gtk_editable_set_text (GTK_EDITABLE (child (next, OK_TYPE_SEND_DIALOG, "sender_row")), " Fatima Bakker ");
  g_clear_pointer (&stored, g_free);
  stored = g_settings_get_string (settings, "sender-name");
  g_assert_cmpstr (stored, ==, "Fatima Bakker");
  gtk_window_destroy (GTK_WINDOW (next));

  /* The preferences show it and change it. */
  preferences = ok_preferences_window_new (NULL, f->store);
  row = child (preferences, OK_TYPE_PREFERENCES_WINDOW, "sender_row");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (child (preferences, OK_TYPE_PREFERENCES_WINDOW,
                                                            "sender_group"))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Fatima Bakker");
  gtk_editable_set_text (GTK_EDITABLE (row), "Mw. F. Bakker");
  g_signal_emit_by_name (row, "apply");
  gtk_window_destroy (GTK_WINDOW (preferences));

  next = ok_send_dialog_new (NULL, f->store, f->activity, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sender_of (next), ==, "Mw. F. Bakker");
  gtk_window_destroy (GTK_WINDOW (next));
  run_frames ();
}

int
main (int argc, char *argv[])
{
  /* gtk_test_init () drops G_TEST_OPTION_ISOLATE_DIRS: without a home of
   * their own, runs side by side shared one database. */
  ok_gui_test_init (&argc, &argv);
  /* Referencing the bundle keeps the linker from dropping it. */
  g_assert_nonnull (ok_gui_get_resource ());
  g_test_add ("/send-dialog/families-and-preview", Fixture, NULL, fixture_set_up, test_families_and_preview,
              fixture_tear_down);
  g_test_add ("/send-dialog/files-and-answers", Fixture, NULL, fixture_set_up, test_files_and_answers,
              fixture_tear_down);
  g_test_add ("/send-dialog/from-activity-page", Fixture, NULL, fixture_set_up, test_from_activity_page,
              fixture_tear_down);
  g_test_add ("/send-dialog/sender-remembered", Fixture, NULL, fixture_set_up, test_sender_remembered,
              fixture_tear_down);
  return g_test_run ();
}

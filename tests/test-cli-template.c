/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ouderkamer-cli template, driven as a process. */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "ok-store-activity.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-store-send.h"
#include "ok-store-template.h"
#include "ok-test-util.h"
#include "ok-time.h"

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run        *run,
         OkStore    *store,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("OUDERKAMER_CLI");
  va_list ap;

  g_assert_nonnull (cli);
  g_ptr_array_add (args, (char *) cli);
  g_ptr_array_add (args, (char *) "--db");
  g_ptr_array_add (args, (char *) ok_store_get_location (store));
  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  g_test_message ("cli %s → %d\n%s%s", first, run->status, run->out, run->err);
}

/* The name the app saved, as GSettings' keyfile backend keeps it, for the
 * CLI runs until forget_sender (). GLib's isolated test folders are not
 * passed on to a child process, so the folder is. */
static char *
remember_sender (const char *name)
{
  g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", NULL);
  g_autofree char *path = g_build_filename (dir, "keyfile", NULL);
  g_autofree char *quoted = g_variant_print (g_variant_new_string (name), FALSE);
  g_autofree char *contents = g_strdup_printf ("[nl/ouderkamer/Ouderkamer]\nsender-name=%s\n", quoted);
  g_autoptr(GError) error = NULL;
  char *previous = g_strdup (g_getenv ("XDG_CONFIG_HOME"));

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  return previous;
}

static void
forget_sender (char *previous_config_home)
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (previous_config_home != NULL)
    g_setenv ("XDG_CONFIG_HOME", previous_config_home, TRUE);
  else
    g_unsetenv ("XDG_CONFIG_HOME");
  g_free (previous_config_home);
}

static int
exit_code (const Run *run)
{
  return WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

typedef struct {
  gint64 activity;
  gint64 arabic;
  gint64 tigrinya;
  gint64 dutch;
} Ids;

static gint64
add_family (OkStore    *store,
            const char *name,
            const char *language,
            OkChannel   channel,
            const char *parent_name)
{
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(OkParent) parent = ok_parent_new ();
  g_autoptr(GError) error = NULL;
  const char *languages[] = { language, NULL };

  ok_family_set_name (family, name);
  ok_family_set_languages (family, languages);
  ok_family_set_preferred_channel (family, channel);
  g_assert_true (ok_store_family_insert (store, family, &error));
  g_assert_no_error (error);
  ok_parent_set_name (parent, parent_name);
  ok_parent_set_family_id (parent, ok_family_get_id (family));
  g_assert_true (ok_store_parent_insert (store, parent, &error));
  g_assert_no_error (error);
  return ok_family_get_id (family);
}

static Ids
add_fixture (OkStore *store)
{
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) starts = ok_time_parse_local ("2026-03-10T19:00");
  g_autoptr(GDateTime) ends = ok_time_parse_local ("2026-03-10T20:30");
  g_autoptr(GError) error = NULL;
  const char *interpreters[] = { "ar", NULL };
  Ids ids;

  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_THEME_MEETING);
  ok_activity_set_title (activity, "Ouderavond lezen");
  ok_activity_set_theme (activity, "reading-at-home");
  ok_activity_set_location (activity, "Ouderkamer");
  ok_activity_set_starts_at (activity, starts);
  ok_activity_set_ends_at (activity, ends);
  ok_activity_set_interpreter_languages (activity, interpreters);
  g_assert_true (ok_store_activity_insert (store, activity, &error));
  g_assert_no_error (error);

  ids.activity = ok_activity_get_id (activity);
  ids.arabic = add_family (store, "Familie El Amrani", "ar", OK_CHANNEL_LETTER, "Fatima El Amrani");
  ids.tigrinya = add_family (store, "Familie Tesfay", "ti", OK_CHANNEL_LETTER, "Senait Tesfay");
  ids.dutch = add_family (store, "Familie Jansen", "nl", OK_CHANNEL_WHATSAPP, "Piet Jansen");
  return ids;
}

static void
test_list (OkStore *store)
{
  g_autoptr(OkTemplateCatalog) catalog = ok_store_template_load_catalog (store, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) text = { 0, };
  g_auto(Run) json = { 0, };
  g_auto(Run) bad = { 0, };
  JsonArray *templates;
  JsonObject *first;

  g_assert_true (ok_store_template_set_status (store, catalog, "reminder", "ar",
                                               OK_TRANSLATION_STATUS_CHECKED, &error));
  g_assert_no_error (error);

  run_cli (&text, store, "template", "list", NULL);
  g_assert_cmpint (exit_code (&text), ==, 0);
  g_assert_nonnull (strstr (text.out, "theme-meeting-invitation — Invitation to a theme meeting"));
  g_assert_nonnull (strstr (text.out, "reminder — Reminder\n  checked: nl ar* en\n"));

  run_cli (&json, store, "template", "list", "--format", "json", NULL);
  g_assert_cmpint (exit_code (&json), ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  templates = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (templates), ==, 7);
  first = json_array_get_object_element (templates, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "theme-meeting-invitation");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "languages")), ==, 15);

  run_cli (&bad, store, "template", "list", "--format", "xml", NULL);
  g_assert_cmpint (exit_code (&bad), ==, 2);
}

static void
test_render (OkStore *store)
{
  Ids ids = add_fixture (store);
  g_autofree char *activity = g_strdup_printf ("%" G_GINT64_FORMAT, ids.activity);
  g_autofree char *arabic = g_strdup_printf ("%" G_GINT64_FORMAT, ids.arabic);
  g_auto(Run) family = { 0, };
  g_auto(Run) tigrinya = { 0, };
  g_auto(Run) subject = { 0, };
  g_auto(Run) dutch = { 0, };
  g_auto(Run) unknown = { 0, };
  g_auto(Run) no_sender = { 0, };
  g_auto(Run) saved_sender = { 0, };
  char *config_home;
  g_auto(Run) no_activity = { 0, };

  /* The family's own language by default, its parent by name. */
  run_cli (&family, store, "template", "render", "theme-meeting-invitation", "--activity", activity,
           "--family", arabic, "--sender", "Sanne de Vries", NULL);
  g_assert_cmpint (exit_code (&family), ==, 0);
  g_assert_true (g_str_has_prefix (family.out, "مرحبًا \u2068Fatima El Amrani\u2069،\n"));
  g_assert_nonnull (strstr (family.out, "\u2068الثلاثاء، 10 مارس 2026\u2069"));
  g_assert_nonnull (strstr (family.out, "سيحضر مترجم: \u2068العربية\u2069"));
  g_assert_nonnull (strstr (family.out, "\u2068القراءة في البيت\u2069"));

  /* No interpreter for Tigrinya at this activity, so none is mentioned. */
  run_cli (&tigrinya, store, "template", "render", "reminder", "--activity", activity, "--lang", "ti",
           "--sender", "Sanne de Vries", NULL);
  g_assert_cmpint (exit_code (&tigrinya), ==, 0);
  g_assert_nonnull (strstr (tigrinya.out, "ሰሉስ፣ 10 መጋቢት 2026"));
  g_assert_null (strstr (tigrinya.out, "ተርጓሚ"));

  run_cli (&subject, store, "template", "render", "theme-meeting-invitation", "--activity", activity,
           "--lang", "uk", "--sender", "Sanne", "--subject", NULL);
  g_assert_cmpint (exit_code (&subject), ==, 0);
  g_assert_cmpstr (subject.out, ==, "Запрошення: Читання вдома\n");

  run_cli (&dutch, store, "template", "render", "contact-parent-introduction", "--activity", activity,
           "--sender", "Sanne", "--contact-parent", "Amina Yusuf", "--contact-phone", "+31 6 1234", NULL);
  g_assert_cmpint (exit_code (&dutch), ==, 0);
  g_assert_true (g_str_has_prefix (dutch.out, "Beste ouder,\n\nGraag stel ik u voor aan Amina Yusuf."));
  g_assert_nonnull (strstr (dutch.out, "Telefoon: +31 6 1234\n"));
  g_assert_nonnull (strstr (dutch.out, "\nSanne\nMijn school\n"));

  run_cli (&unknown, store, "template", "render", "birthday", "--activity", activity, "--sender", "S", NULL);
  g_assert_cmpint (exit_code (&unknown), ==, 1);
  g_assert_nonnull (strstr (unknown.err, "There is no template “birthday”"));

  run_cli (&no_sender, store, "template", "render", "reminder", "--activity", activity, NULL);
  g_assert_cmpint (exit_code (&no_sender), ==, 2);
  config_home = remember_sender ("Mw. F. Bakker");
  run_cli (&saved_sender, store, "template", "render", "reminder", "--activity", activity, NULL);
  forget_sender (config_home);
  g_assert_cmpint (exit_code (&saved_sender), ==, 0);
  g_assert_nonnull (strstr (saved_sender.out, "\nMw. F. Bakker\n"));
  run_cli (&no_activity, store, "template", "render", "reminder", "--activity", "999", "--sender", "S", NULL);
  g_assert_cmpint (exit_code (&no_activity), ==, 1);
}

static void
test_letters (OkStore *store)
{
  Ids ids = add_fixture (store);
  g_autofree char *activity = g_strdup_printf ("%" G_GINT64_FORMAT, ids.activity);
  g_autofree char *chosen = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, ids.dutch, ids.tigrinya);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "letters.pdf", NULL);
  g_autofree char *chosen_path = g_build_filename (g_get_user_data_dir (), "chosen.pdf", NULL);
  g_autofree char *pdf_text = NULL;
  g_auto(Run) letters = { 0, };
  g_auto(Run) chosen_letters = { 0, };
  g_auto(Run) missing = { 0, };
  const char *pdftotext[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  /* By default: the families that prefer a letter. */
  run_cli (&letters, store, "template", "letters", "--activity", activity, "--output", path,
           "--sender", "Sanne de Vries", NULL);
  g_assert_cmpint (exit_code (&letters), ==, 0);
  g_assert_nonnull (strstr (letters.out, "Wrote 2 letters to"));
  g_spawn_sync (NULL, (char **) pdftotext, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &pdf_text, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (pdf_text, "Familie El Amrani"));
  g_assert_nonnull (strstr (pdf_text, "Beste Senait Tesfay,"));
  g_assert_nonnull (strstr (pdf_text, "ሰላም Senait Tesfay፣"));
  g_assert_null (strstr (pdf_text, "Familie Jansen"));

  run_cli (&chosen_letters, store, "template", "letters", "--activity", activity, "--output", chosen_path,
           "--families", chosen, "--template", "reminder", "--sender", "Sanne", NULL);
  g_assert_cmpint (exit_code (&chosen_letters), ==, 0);
  g_assert_nonnull (strstr (chosen_letters.out, "Wrote 2 letters to"));

  run_cli (&missing, store, "template", "letters", "--activity", activity, "--sender", "Sanne", NULL);
  g_assert_cmpint (exit_code (&missing), ==, 2);
}

static gint64
add_pupil_family (OkStore    *store,
                  const char *name,
                  const char *language,
                  OkChannel   channel,
                  const char *parent_name,
                  const char *phone,
                  const char *email,
                  gint64     *parent_id)
{
  gint64 id = add_family (store, name, language, channel, parent_name);
  g_autoptr(GPtrArray) parents = ok_store_parent_list (store, id, NULL);
  g_autoptr(OkChild) child = ok_child_new ();
  g_autoptr(GError) error = NULL;
  OkParent *parent = parents->pdata[0];

  ok_parent_set_phone (parent, phone);
  ok_parent_set_email (parent, email);
  g_assert_true (ok_store_parent_update (store, parent, &error));
  g_assert_no_error (error);
  *parent_id = ok_parent_get_id (parent);

  ok_child_set_family_id (child, id);
  ok_child_set_first_name (child, "Sam");
  ok_child_set_last_name (child, name);
  ok_child_set_group (child, "4");
  ok_child_set_enrolled_from (child, "2022-08-20");
  g_assert_true (ok_store_child_insert (store, child, &error));
  g_assert_no_error (error);
  return id;
}

static int
status_of (OkStore *store,
           gint64   activity,
           gint64   parent,
           char   **channel)
{
  g_autoptr(GPtrArray) marks = ok_store_attendance_list (store, activity, NULL);

  for (guint i = 0; i < marks->len; i++)
    if (ok_attendance_get_parent_id (marks->pdata[i]) == parent)
      {
        if (channel != NULL)
          *channel = g_strdup (ok_attendance_get_channel (marks->pdata[i]));
        return (int) ok_attendance_get_status (marks->pdata[i]);
      }
  return -1;
}

static void
test_send (OkStore *store)
{
  Ids ids = add_fixture (store);
  g_autofree char *activity = g_strdup_printf ("%" G_GINT64_FORMAT, ids.activity);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *channel = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) links = { 0, };
  g_auto(Run) sms = { 0, };
  g_auto(Run) calls = { 0, };
  g_auto(Run) calls_logged = { 0, };
  g_auto(Run) json = { 0, };
  g_auto(Run) reminder = { 0, };
  g_auto(Run) bad_to = { 0, };
  g_auto(Run) no_format = { 0, };
  gint64 amrani_parent, jansen_parent, kaya_parent, ouali_parent, kaya;
  JsonArray *messages;

  add_pupil_family (store, "Familie Amrani", "ar", OK_CHANNEL_WHATSAPP, "Nadia Amrani", "06-12345678", NULL,
                    &amrani_parent);
  add_pupil_family (store, "Familie de Jong", "nl", OK_CHANNEL_EMAIL, "Piet de Jong", NULL, "piet@example.nl",
                    &jansen_parent);
  add_pupil_family (store, "Familie Ouali", "rif", OK_CHANNEL_WHATSAPP, "Mohamed Ouali", "0687654321", NULL,
                    &ouali_parent);
  kaya = add_pupil_family (store, "Familie Kaya", "tr", OK_CHANNEL_SMS, "Ayşe Kaya", "+31 6 44455566", NULL,
                           &kaya_parent);

  /* A first look changes nothing. */
  run_cli (&links, store, "template", "send", "--activity", activity, "--sender", "Sanne",
           "--format", "links", NULL);
  g_assert_cmpint (exit_code (&links), ==, 0);
  lines = g_strsplit (links.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[0], "Familie Amrani\twhatsapp\thttps://wa.me/31612345678?text="
                                   "%D9%85%D8%B1%D8%AD%D8%A8%D9%8B%D8%A7%20%E2%81%A8Nadia%20Amrani%E2%81%A9"));
  g_assert_true (g_str_has_prefix (lines[1], "Familie de Jong\temail\tmailto:piet@example.nl?subject="
                                   "Uitnodiging%3A%20Lezen%20thuis&body=Beste%20Piet%20de%20Jong%2C%0D%0A"));
  g_assert_cmpstr (lines[2], ==, "");
  g_assert_nonnull (strstr (links.err, "Text message: 1 family, see --format sms-csv\n"));
  g_assert_nonnull (strstr (links.err, "Phone: 1 family, see --format call-list\n"));
  g_assert_cmpint (status_of (store, ids.activity, amrani_parent, NULL), ==, -1);

  /* The SMS tool's file, logged: a contact moment, and Kaya invited by SMS. */
  run_cli (&sms, store, "template", "send", "--activity", activity, "--sender", "Sanne",
           "--format", "sms-csv", "--log", NULL);
  g_assert_cmpint (exit_code (&sms), ==, 0);
  g_assert_true (g_str_has_prefix (sms.out, "number;message\r\n+31644455566;\"Merhaba "));
  g_assert_nonnull (strstr (sms.err, "Logged 1 message as a contact moment"));
  g_assert_cmpint (status_of (store, ids.activity, kaya_parent, &channel), ==, OK_ATTENDANCE_STATUS_INVITED);
  g_assert_cmpstr (channel, ==, "sms");
  g_assert_cmpint (status_of (store, ids.activity, amrani_parent, NULL), ==, -1);
  history = ok_store_contact_moment_list (store, kaya, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (ok_contact_moment_get_template (history->pdata[0]), ==, "theme-meeting-invitation");
  g_assert_cmpstr (ok_contact_moment_get_language (history->pdata[0]), ==, "tr");

  /* Tarifit is spoken, not read: a call with a Dutch script. */
  run_cli (&calls, store, "template", "send", "--activity", activity, "--sender", "Sanne",
           "--format", "call-list", NULL);
  g_assert_cmpint (exit_code (&calls), ==, 0);
  g_assert_true (g_str_has_prefix (calls.out, "Family;Parent;Phone;Home language;Why a call;What to say;Answer\r\n"
                                   "Familie Ouali;Mohamed Ouali;0687654321;Tarifit (Riffijns);Home language is rarely written;"
                                   "\"Goedendag Mohamed Ouali. U spreekt met Sanne van Mijn school.\n"));
  run_cli (&calls_logged, store, "template", "send", "--activity", activity, "--sender", "Sanne",
           "--format", "call-list", "--log", NULL);
  g_assert_cmpint (exit_code (&calls_logged), ==, 2);

  run_cli (&json, store, "template", "send", "--activity", activity, "--sender", "Sanne",
           "--format", "json", NULL);
  g_assert_cmpint (exit_code (&json), ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  messages = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "messages");
  g_assert_cmpuint (json_array_get_length (messages), ==, 4);

  /* A reminder goes by default only to the invited who did not answer. */
  run_cli (&reminder, store, "template", "send", "--activity", activity, "--sender", "Sanne",
           "--template", "reminder", "--format", "json", NULL);
  g_assert_cmpint (exit_code (&reminder), ==, 0);
  json_parser_load_from_data (parser, reminder.out, -1, &error);
  g_assert_no_error (error);
  messages = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "messages");
  g_assert_cmpuint (json_array_get_length (messages), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (messages, 0), "family"), ==,
                   "Familie Kaya");

  run_cli (&bad_to, store, "template", "send", "--activity", activity, "--sender", "Sanne",
           "--format", "json", "--to", "everyone", NULL);
  g_assert_cmpint (exit_code (&bad_to), ==, 2);
  g_assert_nonnull (strstr (bad_to.err, "Unknown recipients “everyone”"));
  run_cli (&no_format, store, "template", "send", "--activity", activity, "--sender", "Sanne", NULL);
  g_assert_cmpint (exit_code (&no_format), ==, 2);
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/cli/template/list", test_list);
  ok_test_add_store_func ("/cli/template/render", test_render);
  ok_test_add_store_func ("/cli/template/letters", test_letters);
  ok_test_add_store_func ("/cli/template/send", test_send);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ouderkamer-cli driven as a process, as scripts and servers use it. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-test-util.h"

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

/* Runs the CLI on the store's database with the given arguments. */
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
  if (store != NULL)
    {
      g_ptr_array_add (args, (char *) "--db");
      g_ptr_array_add (args, (char *) ok_store_get_location (store));
    }
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

static int
exit_code (const Run *run)
{
  return WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

static void
test_demo_and_families (OkStore *store)
{
  g_auto(Run) demo = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) list = { 0 };
  g_auto(Run) csv = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *families;
  JsonObject *first;

  run_cli (&demo, store, "demo", "--families", "30", "--seed", "7", "--today", "2026-11-23", NULL);
  g_assert_cmpint (exit_code (&demo), ==, 0);
  g_assert_true (g_str_has_prefix (demo.out, "Demo data added: 1 schools, 30 families"));

  /* A second run would mix demo data into real data. */
  run_cli (&again, store, "demo", NULL);
  g_assert_cmpint (exit_code (&again), ==, 1);
  g_assert_nonnull (strstr (again.err, "already holds 30 families"));

  run_cli (&list, store, "families", "list", "--format", "json", NULL);
  g_assert_cmpint (exit_code (&list), ==, 0);
  json_parser_load_from_data (parser, list.out, -1, &error);
  g_assert_no_error (error);
  families = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (families), ==, 30);
  first = json_array_get_object_element (families, 0);
  g_assert_cmpint (json_object_get_int_member (first, "id"), >, 0);
  g_assert_true (json_object_has_member (first, "parents"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "parents")), >=, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (first, "children")), >=, 1);
  {
    JsonObject *parent = json_array_get_object_element (json_object_get_array_member (first, "parents"), 0);
    JsonObject *child = json_array_get_object_element (json_object_get_array_member (first, "children"), 0);

    g_assert_true (g_str_has_prefix (json_object_get_string_member (parent, "phone"), "+316"));
    g_assert_true (json_object_has_member (parent, "email"));
    g_assert_nonnull (json_object_get_string_member (child, "pupil_number"));
    g_assert_nonnull (json_object_get_string_member (child, "group"));
  }

  {
    g_auto(Run) page = { 0 };
    g_autoptr(JsonParser) page_parser = json_parser_new ();
    JsonArray *page_families;

    run_cli (&page, store, "families", "list", "--limit", "5", "--offset", "2", NULL);
    g_assert_cmpint (exit_code (&page), ==, 0);
    json_parser_load_from_data (page_parser, page.out, -1, &error);
    g_assert_no_error (error);
    page_families = json_node_get_array (json_parser_get_root (page_parser));
    g_assert_cmpuint (json_array_get_length (page_families), ==, 5);
    /* The page is the same slice of the alphabetical list. */
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (page_families, 0), "id"),
                     ==, json_object_get_int_member (json_array_get_object_element (families, 2), "id"));
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                        json_array_get_object_element (page_families, 0), "parents")), >=, 1);
  }

  run_cli (&csv, store, "families", "list", "--format", "csv", NULL);
  g_assert_cmpint (exit_code (&csv), ==, 0);
  g_assert_true (g_str_has_prefix (csv.out, "family_id,family_name,languages,member,"));
}

static void
test_activity_add_list (OkStore *store)
{
  const char *title = "Thema-avond \"Puberteit\"; Robert'); DROP TABLE activity;--";
  g_auto(Run) add = { 0 };
  g_auto(Run) list = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) stored = NULL;
  JsonObject *item;
  gint64 id;

  run_cli (&add, store, "activity", "add", "--type", "theme-meeting", "--title", title,
           "--start", "2026-12-03T19:30", "--end", "2026-12-03T21:00", "--theme", "puberty",
           "--partnership", "pedagogisch", "--location", "Aula", "--interpreter", "AR", NULL);
  g_assert_cmpint (exit_code (&add), ==, 0);
  id = g_ascii_strtoll (add.out, NULL, 10);
  g_assert_cmpint (id, >, 0);

  stored = ok_store_activity_get (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ok_activity_get_title (stored), ==, title);
  g_assert_cmpint (ok_activity_get_partnership (stored), ==, OK_PARTNERSHIP_PEDAGOGISCH);
  g_assert_cmpstrv (ok_activity_get_interpreter_languages (stored), ((const char *[]) { "ar", NULL }));

  run_cli (&list, store, "activity", "list", "--from", "2026-12-01", "--to", "2026-12-31",
           "--format", "json", NULL);
  g_assert_cmpint (exit_code (&list), ==, 0);
  json_parser_load_from_data (parser, list.out, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 1);
  item = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, title);
  g_assert_cmpstr (json_object_get_string_member (item, "start"), ==, "2026-12-03T19:30");
  g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "theme-meeting");
}

static void
test_bad_input_changes_nothing (OkStore *store)
{
  static const char * const bad[][8] = {
    { "activity", "add", "--type", "party", "--title", "X", "--start", "2026-12-03T19:30" },
    { "activity", "add", "--type", "other", "--title", "X", "--start", "3 december" },
    { "activity", "add", "--type", "other", "--title", "X", "--start", "2026-02-30T10:00" },
    { "activity", "add", "--type", "other", "--title", "  ", "--start", "2026-12-03T19:30" },
    { "activity", "add", "--type", "other", "--title", "X", "--start", "2026-12-03T19:30" /* theme */ },
  };
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;

  before = ok_store_activity_list (store, NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bad) - 1; i++)
    {
      g_auto(Run) run = { 0 };

      run_cli (&run, store, bad[i][0], bad[i][1], bad[i][2], bad[i][3], bad[i][4], bad[i][5],
               bad[i][6], bad[i][7], NULL);
      g_assert_cmpint (exit_code (&run), !=, 0);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "ouderkamer-cli activity: "));
    }
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, store, "activity", "add", "--type", "other", "--title", "X", "--start",
             "2026-12-03T19:30", "--theme", "astrology", NULL);
    g_assert_cmpint (exit_code (&run), ==, 1);
    g_assert_nonnull (strstr (run.err, "astrology"));
  }
  {
    g_auto(Run) run = { 0 };

    /* Spring forward: 02:30 does not exist that night. */
    run_cli (&run, store, "activity", "add", "--type", "other", "--title", "X", "--start",
             "2026-03-29T02:30", NULL);
    g_assert_cmpint (exit_code (&run), ==, 2);
  }
  {
    g_auto(Run) run = { 0 };

    run_cli (&run, store, "activity", "add", "--type", "other", "--title", "X", "--start",
             "2026-12-03T19:30", "--interpreter", "xx", NULL);
    g_assert_cmpint (exit_code (&run), ==, 2);
    g_assert_nonnull (strstr (run.err, "“xx”"));
  }
  after = ok_store_activity_list (store, NULL, NULL, NULL);
  g_assert_cmpuint (after->len, ==, before->len);
}

static void
test_attendance_verbs (OkStore *store)
{
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(OkParent) parent = ok_parent_new ();
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) start = g_date_time_new_local (2026, 11, 24, 8, 30, 0);
  g_autoptr(GPtrArray) marks = NULL;
  g_autoptr(OkActivity) read = NULL;
  g_autofree char *activity_id = NULL;
  g_autofree char *parent_id = NULL;
  g_auto(Run) mark = { 0 };
  g_auto(Run) bad_status = { 0 };
  g_auto(Run) bad_parent = { 0 };
  g_auto(Run) guests = { 0 };
  g_auto(Run) bad_guests = { 0 };

  ok_family_set_name (family, "Familie Nowak");
  g_assert_true (ok_store_family_insert (store, family, NULL));
  ok_parent_set_family_id (parent, ok_family_get_id (family));
  ok_parent_set_name (parent, "Anna Nowak");
  g_assert_true (ok_store_parent_insert (store, parent, NULL));
  ok_activity_set_title (activity, "Koffieochtend");
  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_COFFEE_MORNING);
  ok_activity_set_starts_at (activity, start);
  g_assert_true (ok_store_activity_insert (store, activity, NULL));
  activity_id = g_strdup_printf ("%" G_GINT64_FORMAT, ok_activity_get_id (activity));
  parent_id = g_strdup_printf ("%" G_GINT64_FORMAT, ok_parent_get_id (parent));

  run_cli (&mark, store, "attendance", "mark", activity_id, parent_id, "present", NULL);
  g_assert_cmpint (exit_code (&mark), ==, 0);
  run_cli (&bad_status, store, "attendance", "mark", activity_id, parent_id, "maybe", NULL);
  g_assert_cmpint (exit_code (&bad_status), ==, 2);
  run_cli (&bad_parent, store, "attendance", "mark", activity_id, "424242", "present", NULL);
  g_assert_cmpint (exit_code (&bad_parent), ==, 1);
  run_cli (&guests, store, "attendance", "guests", activity_id, "4", NULL);
  g_assert_cmpint (exit_code (&guests), ==, 0);
  run_cli (&bad_guests, store, "attendance", "guests", activity_id, "-1", NULL);
  g_assert_cmpint (exit_code (&bad_guests), ==, 2);

  marks = ok_store_attendance_list (store, ok_activity_get_id (activity), NULL);
  g_assert_cmpuint (marks->len, ==, 1);
  g_assert_cmpint (ok_attendance_get_status (marks->pdata[0]), ==, OK_ATTENDANCE_STATUS_PRESENT);
  read = ok_store_activity_get (store, ok_activity_get_id (activity), NULL);
  g_assert_cmpint (ok_activity_get_unnamed_guests (read), ==, 4);
}

static void
test_school_option (OkStore *store)
{
  g_autoptr(OkSchool) school = ok_school_new ();
  g_autofree char *id = NULL;
  g_auto(Run) demo = { 0 };
  g_auto(Run) first = { 0 };
  g_auto(Run) missing = { 0 };

  ok_school_set_name (school, "IKC De Horizon");
  g_assert_true (ok_store_school_insert (store, school, NULL));
  id = g_strdup_printf ("%" G_GINT64_FORMAT, ok_school_get_id (school));

  run_cli (&demo, store, "--school", id, "demo", "--families", "5", NULL);
  g_assert_cmpint (exit_code (&demo), ==, 0);
  /* The default school stays empty. */
  run_cli (&first, store, "families", "list", NULL);
  g_assert_cmpstr (g_strstrip (first.out), ==, "[]");
  ok_store_set_school_id (store, ok_school_get_id (school));
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 5);

  run_cli (&missing, store, "--school", "9999", "families", "list", NULL);
  g_assert_cmpint (exit_code (&missing), ==, 2);
}

static void
test_usage_errors (void)
{
  g_auto(Run) none = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) help = { 0 };
  g_auto(Run) bad_db = { 0 };

  run_cli (&none, NULL, NULL);
  g_assert_cmpint (exit_code (&none), ==, 2);
  run_cli (&unknown, NULL, "frobnicate", NULL);
  g_assert_cmpint (exit_code (&unknown), ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));
  run_cli (&help, NULL, "--help", NULL);
  g_assert_cmpint (exit_code (&help), ==, 0);
  g_assert_nonnull (strstr (help.out, "families"));
  run_cli (&bad_db, NULL, "--db", "mysql://localhost/x", "init", NULL);
  g_assert_cmpint (exit_code (&bad_db), ==, 1);
  g_assert_nonnull (strstr (bad_db.err, "mysql"));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/cli/demo-and-families", test_demo_and_families);
  ok_test_add_store_func ("/cli/activity-add-list", test_activity_add_list);
  ok_test_add_store_func ("/cli/bad-input-changes-nothing", test_bad_input_changes_nothing);
  ok_test_add_store_func ("/cli/attendance", test_attendance_verbs);
  ok_test_add_store_func ("/cli/school-option", test_school_option);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  return g_test_run ();
}

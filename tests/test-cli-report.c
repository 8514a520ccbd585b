/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ouderkamer-cli report quarterly, run as a process on the hand-built
 * fixture: the figures in JSON, CSV and PDF (read back with pdftotext and
 * rendered with pdftoppm), and no name without --with-names. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "ok-test-util.h"
#include "report-fixture.h"

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

static char **
child_env (void)
{
  char **env = g_get_environ ();

  /* Figures as pdftotext reads them back: 60.0%, not 60,0%. */
  env = g_environ_setenv (env, "LC_ALL", "C.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "OUDERKAMER_SCHOOL");
  return g_environ_unsetenv (env, "OUDERKAMER_DB");
}

static void
run_tool (Run        *run,
          const char *first,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = child_env ();
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  memset (run, 0, sizeof *run);
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

#define CLI (g_getenv ("OUDERKAMER_CLI"))

static void
assert_no_names (const char *text)
{
  for (guint i = 0; report_fixture_names[i] != NULL; i++)
    if (strstr (text, report_fixture_names[i]) != NULL)
      g_error ("The name “%s” leaked into a report made without names", report_fixture_names[i]);
}

static void
test_json (OkStore *store)
{
  g_autofree char *db = ok_test_dup_location (store);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Run) run;
  ReportFixture fx;
  JsonObject *root, *previous, *invitations, *whatsapp;

  report_fixture_build (store, &fx);
  run_tool (&run, CLI, "--db", db, "report", "quarterly", "--quarter", "2026-Q1",
            "--format", "json", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  assert_no_names (run.out);

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "quarter"), ==, "2026-Q1");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "activities"),
                                               "total"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (root, "attendances"), ==, 8);
  g_assert_cmpint (json_object_get_int_member (root, "unnamed_guests"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (root, "parents_reached"), ==, 6);
  g_assert_cmpint (json_object_get_int_member (root, "families_reached"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (root, "active_families"), ==, 5);
  g_assert_cmpfloat (json_object_get_double_member (root, "reach_percent"), ==, 60.0);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "not_reached"),
                                               "count"), ==, 2);
  previous = json_object_get_object_member (root, "previous");
  g_assert_cmpfloat (json_object_get_double_member (previous, "reach_percent"), ==, 40.0);

  /* Which invitations worked: 4 of the 7 invited came; by WhatsApp 3 of 3. */
  invitations = json_object_get_object_member (root, "invitations");
  g_assert_cmpint (json_object_get_int_member (invitations, "invited"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (invitations, "came"), ==, 4);
  g_assert_cmpfloat (json_object_get_double_member (invitations, "came_percent"), ==, 57.1);
  whatsapp = json_array_get_object_element (json_object_get_array_member (invitations, "by_channel"), 0);
  g_assert_cmpstr (json_object_get_string_member (whatsapp, "channel"), ==, "whatsapp");
  g_assert_cmpint (json_object_get_int_member (whatsapp, "invited"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (whatsapp, "came"), ==, 3);
  g_assert_nonnull (strstr (run.out, "\"came_percent\" : 57.1,"));
}

static void
test_schools (OkStore *store)
{
  g_autofree char *db = ok_test_dup_location (store);
  g_autofree char *school_b = NULL;
  g_auto(Run) other;
  g_auto(Run) board;
  g_auto(Run) year;
  ReportFixture fx;

  report_fixture_build (store, &fx);
  school_b = g_strdup_printf ("%" G_GINT64_FORMAT, fx.school_b);

  run_tool (&other, CLI, "--db", db, "report", "quarterly", "--quarter", "2026-Q1",
            "--school", school_b, "--format", "json", NULL);
  g_assert_cmpint (other.status, ==, 0);
  g_assert_nonnull (strstr (other.out, "\"active_families\" : 2,"));
  g_assert_nonnull (strstr (other.out, "\"reach_percent\" : 50.0,"));

  run_tool (&board, CLI, "--db", db, "report", "quarterly", "--quarter", "2026-Q1",
            "--all-schools", "--format", "json", NULL);
  g_assert_cmpint (board.status, ==, 0);
  g_assert_nonnull (strstr (board.out, "\"active_families\" : 7,"));
  g_assert_nonnull (strstr (board.out, "\"reach_percent\" : 57.1,"));
  assert_no_names (board.out);

  run_tool (&year, CLI, "--db", db, "report", "quarterly", "--school-year", "2025-2026",
            "--format", "json", NULL);
  g_assert_cmpint (year.status, ==, 0);
  g_assert_nonnull (strstr (year.out, "\"quarter\" : \"2025-2026\","));
  g_assert_nonnull (strstr (year.out, "\"reach_percent\" : 85.7,"));
}

static void
test_csv (OkStore *store)
{
  g_autofree char *db = ok_test_dup_location (store);
  g_autofree char *dir = g_dir_make_tmp ("ok-cli-report-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *named_row = NULL;
  g_auto(Run) run;
  g_auto(Run) named;
  GStatBuf st;
  ReportFixture fx;

  report_fixture_build (store, &fx);
  run_tool (&run, CLI, "--db", db, "report", "quarterly", "--quarter", "2026-Q1", "--all-schools",
            "--format", "csv", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "section,key,value,families_reached,name\r\n"));
  g_assert_nonnull (strstr (run.out, "\r\nfigures,active_families,7,,\r\n"));
  g_assert_nonnull (strstr (run.out, "\r\nby_language,nl,3,1,\r\n"));
  g_assert_nonnull (strstr (run.out, "\r\ninvited,all,9,5,\r\n"));
  g_assert_nonnull (strstr (run.out, "\r\ninvited_by_channel,email,2,1,\r\n"));
  assert_no_names (run.out);

  run_tool (&named, CLI, "--db", db, "report", "quarterly", "--quarter", "2026-Q1", "--all-schools",
            "--format", "csv", "--with-names", "--output", path, NULL);
  g_assert_cmpint (named.status, ==, 0);
  g_assert_cmpstr (named.out, ==, "");
  g_file_get_contents (path, &contents, NULL, NULL);
  named_row = g_strdup_printf ("\r\nnot_reached,%" G_GINT64_FORMAT ",fa,,Ahmadi\r\n", fx.family[9]);
  g_assert_nonnull (strstr (contents, named_row));
  /* A file with names is its owner's alone. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_pdf (OkStore *store)
{
  g_autofree char *db = ok_test_dup_location (store);
  g_autofree char *dir = g_dir_make_tmp ("ok-cli-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *named_pdf = g_build_filename (dir, "named.pdf", NULL);
  g_autofree char *png_root = g_build_filename (dir, "page", NULL);
  g_autofree char *png = g_build_filename (dir, "page.png", NULL);
  g_autofree char *header = NULL;
  const char *expected[] = { "Basisschool De Regenboog", "2025-Q4", "60.0%", "40.0%",
                             "Families reached (of 5 active)", "Attendances per month",
                             "Group 7", "2/2 (100%)", "0/2 (0%)", "Jan", "Mar",
                             "2 active families had no parent present",
                             "Invitations and who came", "4 of 7 invited families came",
                             "WhatsApp 3 of 3", "Text message 0 of 1", NULL };
  const char *figures[] = { "Activities", "3", "Attendances", "8", "Parents reached", "6", NULL };
  g_auto(Run) made;
  g_auto(Run) text;
  g_auto(Run) render;
  g_auto(Run) named;
  g_auto(Run) named_text;
  g_auto(Run) no_output;
  gsize length = 0;
  ReportFixture fx;

  report_fixture_build (store, &fx);
  run_tool (&made, CLI, "--db", db, "report", "quarterly", "--quarter", "2026-Q1",
            "--format", "pdf", "--output", pdf, NULL);
  g_assert_cmpstr (made.err, ==, "");
  g_assert_cmpint (made.status, ==, 0);

  run_tool (&text, "pdftotext", "-layout", pdf, "-", NULL);
  g_assert_cmpint (text.status, ==, 0);
  for (guint i = 0; expected[i] != NULL; i++)
    if (strstr (text.out, expected[i]) == NULL)
      g_error ("“%s” is missing from the PDF:\n%s", expected[i], text.out);
  for (guint i = 0; figures[i] != NULL; i += 2)
    {
      const char *label = strstr (text.out, figures[i]);

      g_assert_nonnull (label);
      /* The figure is printed below its label, in the same column. */
      g_assert_nonnull (strstr (label, figures[i + 1]));
    }
  assert_no_names (text.out);

  /* One A4 page that renders: 50 dpi gives 414 × 585 pixels. */
  run_tool (&render, "pdftoppm", "-r", "50", "-png", "-singlefile", pdf, png_root, NULL);
  g_assert_cmpint (render.status, ==, 0);
  g_file_get_contents (png, &header, &length, NULL);
  g_assert_cmpuint (length, >, 5000);
  g_assert_cmpmem (header, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (header + 16)), ==, 414);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (header + 20)), ==, 585);
  /* pdftotext ends every page with a form feed: exactly one page. */
  g_assert_nonnull (strchr (text.out, '\f'));
  g_assert_null (strchr (strchr (text.out, '\f') + 1, '\f'));

  run_tool (&named, CLI, "--db", db, "report", "quarterly", "--quarter", "2026-Q1",
            "--format", "pdf", "--output", named_pdf, "--with-names", NULL);
  g_assert_cmpint (named.status, ==, 0);
  run_tool (&named_text, "pdftotext", named_pdf, "-", NULL);
  g_assert_nonnull (strstr (named_text.out, "De Vries, Bakker"));

  run_tool (&no_output, CLI, "--db", db, "report", "quarterly", "--quarter", "2026-Q1",
            "--format", "pdf", NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "--output"));

  g_unlink (pdf);
  g_unlink (named_pdf);
  g_unlink (png);
  g_rmdir (dir);
}

static void
test_usage_errors (OkStore *store)
{
  g_autofree char *db = ok_test_dup_location (store);
  struct {
    const char *args[4];
    int status;
    const char *message;
  } cases[] = {
    { { "--quarter", "2026-Q5", NULL }, 2, "2026-Q1" },
    { { "--quarter", "2026-2027", NULL }, 2, "--school-year" },
    { { "--format", "xml", NULL }, 2, "json|csv|pdf" },
    { { "--school", "999", NULL }, 1, "999" },
    { { "--school", "1", "--all-schools", NULL }, 2, "not both" },
  };
  g_auto(Run) no_period;
  g_auto(Run) unknown_report;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run;
      const char *quarter = g_str_equal (cases[i].args[0], "--quarter") ? NULL : "--quarter";

      if (quarter != NULL)
        run_tool (&run, CLI, "--db", db, "report", "quarterly", "--format", "json",
                  "--quarter", "2026-Q1", cases[i].args[0], cases[i].args[1], cases[i].args[2],
                  NULL);
      else
        run_tool (&run, CLI, "--db", db, "report", "quarterly", "--format", "json",
                  cases[i].args[0], cases[i].args[1], NULL);
      g_assert_cmpint (run.status, ==, cases[i].status);
      g_assert_cmpstr (run.out, ==, "");
      if (strstr (run.err, cases[i].message) == NULL)
        g_error ("Expected “%s” in: %s", cases[i].message, run.err);
    }

  run_tool (&no_period, CLI, "--db", db, "report", "quarterly", "--format", "json", NULL);
  g_assert_cmpint (no_period.status, ==, 2);
  run_tool (&unknown_report, CLI, "--db", db, "report", "weekly", NULL);
  g_assert_cmpint (unknown_report.status, ==, 2);
  g_assert_nonnull (strstr (unknown_report.err, "quarterly"));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);

  ok_test_add_store_func ("/cli/report/json", test_json);
  ok_test_add_store_func ("/cli/report/schools", test_schools);
  ok_test_add_store_func ("/cli/report/csv", test_csv);
  ok_test_add_store_func ("/cli/report/pdf", test_pdf);
  ok_test_add_store_func ("/cli/report/usage-errors", test_usage_errors);
  return g_test_run ();
}

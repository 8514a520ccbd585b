/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Benchmark of the quarterly overview on a board-scale database: the
 * app's report for one school and for the whole board, on SQLite and on
 * PostgreSQL, next to the same figures computed by tests/bench/report.sql
 * in the sqlite3 and psql command-line clients (their own per-statement
 * timers, so process start-up is not counted against them).
 *
 *   bench-report [--schools 40] [--families 625] [--years 5] [--seed 1]
 *                [--quarter 2026-Q1] [--runs 9] [--pg postgresql://…/postgres]
 *
 * The databases are made once with the demo generator (the one behind
 * ouderkamer-cli demo) and kept in $XDG_CACHE_HOME/ouderkamer-bench. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ok-demo.h"
#include "ok-report.h"
#include "ok-store-family.h"

#define TODAY "2026-11-23"

typedef struct {
  double median;
  double min;
  double max;
} Stats;

typedef struct {
  const char *name;          /* "SQLite", "PostgreSQL" */
  OkStore *store;
  char *location;
  gboolean postgresql;
} Database;

static int opt_schools = 40;
static int opt_families = 625;
static int opt_years = 5;
static int opt_seed = 1;
static int opt_runs = 9;
static char *opt_quarter = NULL;
static char *opt_pg = NULL;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static Stats
stats_of (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return (Stats) {
    g_array_index (times, double, times->len / 2),
    g_array_index (times, double, 0),
    g_array_index (times, double, times->len - 1),
  };
}

static char *
cache_dir (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "ouderkamer-bench", NULL);

  g_mkdir_with_parents (dir, 0700);
  return g_steal_pointer (&dir);
}

static char *
data_key (void)
{
  return g_strdup_printf ("s%d_f%d_y%d_seed%d", opt_schools, opt_families, opt_years, opt_seed);
}

/* Fills an empty database with the board, once. */
static void
ensure_data (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  OkDemoOptions options;
  OkDemoSummary summary;
  gint64 start;

  if (ok_store_family_count (store, &error) > 0)
    return;
  g_assert_no_error (error);

  ok_demo_options_init (&options);
  options.schools = opt_schools;
  options.families = opt_families;
  options.school_years = opt_years;
  options.seed = opt_seed;
  options.today = today;
  start = g_get_monotonic_time ();
  if (!ok_demo_generate (store, &options, &summary, NULL, NULL, NULL, &error))
    g_error ("Could not generate the board: %s", error->message);
  g_print ("Generated %u schools, %u families, %u activities, %u attendances in %.1f s\n",
           summary.schools, summary.families, summary.activities, summary.attendances,
           (g_get_monotonic_time () - start) / 1e6);
}

static void
open_sqlite (Database *db)
{
  g_autofree char *dir = cache_dir ();
  g_autofree char *key = data_key ();
  g_autofree char *name = g_strdup_printf ("report-%s.db", key);
  g_autoptr(GError) error = NULL;

  db->name = "SQLite";
  db->location = g_build_filename (dir, name, NULL);
  db->store = ok_store_open (db->location, &error);
  if (db->store == NULL)
    g_error ("%s", error->message);
  ensure_data (db->store);
}

static char *
uri_with_database (const char *admin,
                   const char *database)
{
  g_autoptr(GUri) uri = g_uri_parse (admin, G_URI_FLAGS_HAS_PASSWORD, NULL);
  g_autofree char *path = g_strconcat ("/", database, NULL);
  g_autoptr(GUri) other = NULL;

  if (uri == NULL)
    g_error ("“%s” is not a postgresql:// address", admin);
  other = g_uri_build_with_user (G_URI_FLAGS_HAS_PASSWORD, g_uri_get_scheme (uri),
                                 g_uri_get_user (uri), g_uri_get_password (uri), NULL,
                                 g_uri_get_host (uri), g_uri_get_port (uri), path, NULL, NULL);
  return g_uri_to_string (other);
}

static void
open_postgresql (Database *db)
{
  g_autofree char *key = data_key ();
  g_autofree char *name = g_strdup_printf ("ok_bench_report_%s", key);
  g_autoptr(OkStore) server = NULL;
  g_autoptr(GError) error = NULL;

  db->name = "PostgreSQL";
  db->postgresql = TRUE;
  server = ok_store_open_full (opt_pg, OK_STORE_OPEN_NO_MIGRATE, &error);
  if (server == NULL)
    g_error ("%s", error->message);
  /* Fails harmlessly when the database is already there. */
  ok_store_create_database (server, name, NULL);

  db->location = uri_with_database (opt_pg, name);
  db->store = ok_store_open (db->location, &error);
  if (db->store == NULL)
    g_error ("%s", error->message);
  ensure_data (db->store);
}

typedef struct {
  char *from;
  char *to;
  char *until;
  char *pfrom;
  char *pto;
} Bounds;

static void
bounds_init (Bounds               *b,
             const OkReportPeriod *period)
{
  OkReportPeriod next, previous;

  ok_report_period_next (period, &next);
  ok_report_period_previous (period, &previous);
  b->from = ok_report_period_first_day (period);
  b->to = ok_report_period_last_day (period);
  b->until = ok_report_period_first_day (&next);
  b->pfrom = ok_report_period_first_day (&previous);
  b->pto = ok_report_period_last_day (&previous);
}

static char *
read_script (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DIR, "tests", "bench", "report.sql", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, &error))
    g_error ("%s", error->message);
  return text;
}

/* Runs a command with input on stdin; returns its output. */
static char *
run_client (const char * const *argv,
            const char         *password,
            const char         *input)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (password != NULL)
    g_subprocess_launcher_setenv (launcher, "PGPASSWORD", password, TRUE);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  if (process == NULL || !g_subprocess_communicate_utf8 (process, input, NULL, &out, &err, &error))
    g_error ("Could not run %s: %s", argv[0], error->message);
  if (!g_subprocess_get_successful (process))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

/* The milliseconds the client's own timer reported, summed over the
 * statements of one run. */
static double
sum_timers (const char *output,
            gboolean    postgresql)
{
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  double total = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (postgresql && g_str_has_prefix (lines[i], "Time: "))
        total += g_ascii_strtod (lines[i] + 6, NULL);
      else if (!postgresql && g_str_has_prefix (lines[i], "Run Time: real "))
        total += 1000 * g_ascii_strtod (lines[i] + 15, NULL);
    }
  return total;
}

static double
run_plain_sql (Database     *db,
               const char   *script,
               const Bounds *b,
               gint64        school,
               char        **output)
{
  g_autofree char *out = NULL;
  g_autofree char *school_text = g_strdup_printf ("%" G_GINT64_FORMAT, school);

  if (db->postgresql)
    {
      g_autoptr(GUri) uri = g_uri_parse (db->location, G_URI_FLAGS_HAS_PASSWORD, NULL);
      g_autofree char *port = g_strdup_printf ("%d", g_uri_get_port (uri));
      g_autofree char *v_school = g_strdup_printf ("school=%s", school_text);
      g_autofree char *v_from = g_strdup_printf ("from='%s'", b->from);
      g_autofree char *v_to = g_strdup_printf ("to='%s'", b->to);
      g_autofree char *v_until = g_strdup_printf ("until='%s'", b->until);
      g_autofree char *v_pfrom = g_strdup_printf ("pfrom='%s'", b->pfrom);
      g_autofree char *v_pto = g_strdup_printf ("pto='%s'", b->pto);
      g_autofree char *input = g_strconcat ("\\timing on\n", script, NULL);
      const char *argv[] = { "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                             "-h", g_uri_get_host (uri), "-p", port, "-U", g_uri_get_user (uri),
                             "-d", g_uri_get_path (uri) + 1,
                             "-v", v_school, "-v", v_from, "-v", v_to, "-v", v_until,
                             "-v", v_pfrom, "-v", v_pto, NULL };

      out = run_client (argv, g_uri_get_password (uri), input);
    }
  else
    {
      g_autofree char *input = g_strdup_printf (".timer on\n"
                                                ".parameter set :school %s\n"
                                                ".parameter set :from \"'%s'\"\n"
                                                ".parameter set :to \"'%s'\"\n"
                                                ".parameter set :until \"'%s'\"\n"
                                                ".parameter set :pfrom \"'%s'\"\n"
                                                ".parameter set :pto \"'%s'\"\n%s",
                                                school_text, b->from, b->to, b->until,
                                                b->pfrom, b->pto, script);
      const char *argv[] = { "sqlite3", "-bail", db->location, NULL };

      out = run_client (argv, NULL, input);
    }

  if (output != NULL)
    *output = g_strdup (out);
  return sum_timers (out, db->postgresql);
}

/* The plain SQL must count the same as the app, or the race is void. */
static void
check_same (const char      *output,
            OkQuarterReport *report)
{
  g_autofree char *current = g_strdup_printf ("current||%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT,
                                              report->figures.active_families,
                                              report->figures.families_reached);
  g_autofree char *previous = g_strdup_printf ("previous||%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT,
                                               report->previous.active_families,
                                               report->previous.families_reached);
  g_autofree char *parents = g_strdup_printf ("parents|current|%" G_GINT64_FORMAT,
                                              report->figures.parents_reached);
  g_auto(GStrv) lines = g_strsplit (output, "\n", -1);
  guint not_reached = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "not_reached|"))
      not_reached++;
  if (!g_strv_contains ((const char * const *) lines, current)
      || !g_strv_contains ((const char * const *) lines, previous)
      || !g_strv_contains ((const char * const *) lines, parents)
      || not_reached != report->not_reached->len)
    g_error ("The plain SQL and the app disagree: expected %s, %s, %s and %u not reached in\n%s",
             current, previous, parents, report->not_reached->len, output);
}

static void
bench (Database             *db,
       const OkReportPeriod *period,
       const char           *script,
       gboolean              board)
{
  g_autoptr(GArray) app = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) sql = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(OkQuarterReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  gint64 school = board ? 0 : ok_store_get_school_id (db->store);
  OkReportFlags flags = board ? OK_REPORT_ALL_SCHOOLS : OK_REPORT_FLAGS_NONE;
  Bounds b;
  Stats a, s;

  bounds_init (&b, period);

  /* One warm-up each: the page cache, prepared statements. */
  report = ok_quarter_report_compute (db->store, period, school, flags, NULL, &error);
  if (report == NULL)
    g_error ("%s", error->message);
  run_plain_sql (db, script, &b, school, &output);
  check_same (output, report);

  /* Interleaved, so that a busy neighbour on the machine hurts both. */
  for (int i = 0; i < opt_runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(OkQuarterReport) again = ok_quarter_report_compute (db->store, period, school,
                                                                    flags, NULL, NULL);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      g_assert_nonnull (again);
      g_array_append_val (app, ms);
      ms = run_plain_sql (db, script, &b, school, NULL);
      g_array_append_val (sql, ms);
    }

  a = stats_of (app);
  s = stats_of (sql);
  g_print ("| %-10s | %-22s | %7.1f ms (%6.1f–%6.1f) | %7.1f ms (%6.1f–%6.1f) | %4.2f× |\n",
           db->name, board ? "board (all schools)" : "one school", a.median, a.min, a.max,
           s.median, s.min, s.max, s.median > 0 ? a.median / s.median : 0);

  g_free (b.from);
  g_free (b.to);
  g_free (b.until);
  g_free (b.pfrom);
  g_free (b.pto);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *script = NULL;
  GOptionEntry entries[] = {
    { "schools", 0, 0, G_OPTION_ARG_INT, &opt_schools, "Schools of the board", "N" },
    { "families", 0, 0, G_OPTION_ARG_INT, &opt_families, "Families per school", "N" },
    { "years", 0, 0, G_OPTION_ARG_INT, &opt_years, "School years of activities", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &opt_seed, "Random seed of the generator", "S" },
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &opt_quarter, "The period (default 2026-Q1)", "P" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &opt_runs, "Timed runs of each (default 9)", "N" },
    { "pg", 0, 0, G_OPTION_ARG_STRING, &opt_pg, "A PostgreSQL server to use too", "URI" },
    { NULL }
  };
  Database databases[2] = { { NULL, }, { NULL, } };
  guint n_databases = 0;
  OkReportPeriod period;

  setlocale (LC_ALL, "C.UTF-8");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);
  if (!ok_report_period_parse (opt_quarter != NULL ? opt_quarter : "2026-Q1", &period, &error))
    g_error ("%s", error->message);
  opt_runs = MAX (opt_runs, 1);

  ok_store_init_library ();
  script = read_script ();
  open_sqlite (&databases[n_databases++]);
  if (opt_pg != NULL)
    open_postgresql (&databases[n_databases++]);

  g_print ("\nQuarterly overview %s on %d schools × %d families, %d school years (seed %d); "
           "median (min–max) of %d runs\n\n",
           opt_quarter != NULL ? opt_quarter : "2026-Q1", opt_schools, opt_families, opt_years,
           opt_seed, opt_runs);
  g_print ("| database   | report                 | app (ok_quarter_report_compute) | plain SQL (report.sql)       | ratio |\n");
  g_print ("|------------|------------------------|---------------------------------|------------------------------|-------|\n");
  for (guint i = 0; i < n_databases; i++)
    {
      bench (&databases[i], &period, script, FALSE);
      bench (&databases[i], &period, script, TRUE);
    }
  g_print ("\nTargets: the app within 1.5× of the plain SQL; one school on SQLite under 100 ms.\n");

  for (guint i = 0; i < n_databases; i++)
    {
      g_clear_object (&databases[i].store);
      g_free (databases[i].location);
    }
  return 0;
}

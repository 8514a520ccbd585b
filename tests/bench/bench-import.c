/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Import benchmark (issue 3): a school of PUPILS pupils (25,000 by default,
 * about 18,000 families) imported into an empty database, imported again
 * unchanged, and imported a year later (every pupil a group up, group 8
 * leaving), on SQLite and, when OUDERKAMER_TEST_PG_URI names a server, on
 * PostgreSQL. Not a test: run it by hand.
 *   build/tests/bench/bench-import [--pupils N] [--runs N] */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>

#include "ok-import.h"

typedef struct {
  double load;
  double import;
  OkImportResult *result;
} Timing;

static char *
generate (const char *dir,
          guint       pupils,
          guint       years_later)
{
  g_autofree char *path = g_strdup_printf ("%s/export-%u.csv", dir, years_later);
  g_autofree char *count = g_strdup_printf ("%u", pupils);
  g_autofree char *later = g_strdup_printf ("%u", years_later);
  const char *argv[] = { GEN_IMPORT_CSV, count, "1", later, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error)
      || !g_file_set_contents (path, out, -1, &error))
    g_error ("Could not generate the export: %s", error->message);
  return g_steal_pointer (&path);
}

static Timing
run_import (OkStore    *store,
            const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OkImport) import = ok_import_new ();
  g_autoptr(GError) error = NULL;
  Timing timing = { 0 };
  gint64 start = g_get_monotonic_time ();

  if (!ok_import_load_file (import, file, NULL, &error))
    g_error ("Could not read %s: %s", path, error->message);
  timing.load = (g_get_monotonic_time () - start) / 1e6;

  start = g_get_monotonic_time ();
  timing.result = ok_import_run (import, store, OK_IMPORT_FLAGS_NONE, NULL, &error);
  if (timing.result == NULL)
    g_error ("Could not import %s: %s", path, error->message);
  timing.import = (g_get_monotonic_time () - start) / 1e6;
  return timing;
}

static void
print_row (const char *database,
           const char *what,
           Timing     *timing)
{
  printf ("%-10s  %-22s  %6.3f s  %6.3f s  %8u  %8u  %8u  %8u  %8u\n", database, what,
          timing->load, timing->import,
          ok_import_result_get_families_added (timing->result),
          ok_import_result_get_families_updated (timing->result),
          ok_import_result_get_children_added (timing->result),
          ok_import_result_get_children_updated (timing->result),
          ok_import_result_get_children_left (timing->result));
  g_clear_object (&timing->result);
}

/* The median of the runs, each on a fresh database. */
static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
bench (const char *database,
       const char *(*new_location) (guint run),
       void        (*drop_location) (const char *location),
       const char *first,
       const char *next_year,
       guint       runs)
{
  g_autoptr(GArray) fresh_times = g_array_new (FALSE, FALSE, sizeof (double));
  Timing fresh = { 0 }, again = { 0 }, later = { 0 };

  for (guint run = 0; run < runs; run++)
    {
      const char *location = new_location (run);
      g_autoptr(GError) error = NULL;
      g_autoptr(OkStore) store = ok_store_open (location, &error);

      if (store == NULL)
        g_error ("Could not open %s: %s", location, error->message);

      g_clear_object (&fresh.result);
      fresh = run_import (store, first);
      g_array_append_val (fresh_times, fresh.import);
      if (run == runs - 1)
        {
          again = run_import (store, first);
          later = run_import (store, next_year);
        }
      g_clear_object (&store);
      drop_location (location);
    }

  g_array_sort (fresh_times, compare_doubles);
  fresh.import = g_array_index (fresh_times, double, fresh_times->len / 2);
  print_row (database, "empty database", &fresh);
  print_row (database, "same file again", &again);
  print_row (database, "a year later", &later);
}

static char *sqlite_dir;
static char *pg_admin;

static const char *
sqlite_location (guint run)
{
  static char *location;

  g_free (location);
  location = g_strdup_printf ("%s/bench-%u.db", sqlite_dir, run);
  return location;
}

static void
sqlite_drop (const char *location)
{
  g_autofree char *wal = g_strconcat (location, "-wal", NULL);
  g_autofree char *shm = g_strconcat (location, "-shm", NULL);

  g_unlink (location);
  g_unlink (wal);
  g_unlink (shm);
}

static char *
pg_database_name (guint run)
{
  return g_strdup_printf ("ok_bench_import_%d_%u", (int) getpid (), run);
}

static const char *
pg_location (guint run)
{
  static char *location;
  g_autoptr(OkStore) server = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) admin = g_uri_parse (pg_admin, G_URI_FLAGS_HAS_PASSWORD, NULL);
  g_autoptr(GUri) uri = NULL;
  g_autofree char *name = pg_database_name (run);
  g_autofree char *path = g_strconcat ("/", name, NULL);

  server = ok_store_open_full (pg_admin, OK_STORE_OPEN_NO_MIGRATE, &error);
  if (server == NULL || !ok_store_create_database (server, name, &error))
    g_error ("Could not create a database on the server: %s", error->message);
  uri = g_uri_build_with_user (G_URI_FLAGS_HAS_PASSWORD, g_uri_get_scheme (admin),
                               g_uri_get_user (admin), g_uri_get_password (admin), NULL,
                               g_uri_get_host (admin), g_uri_get_port (admin), path, NULL, NULL);
  g_free (location);
  location = g_uri_to_string (uri);
  return location;
}

static void
pg_drop (const char *location)
{
  g_autoptr(GUri) uri = g_uri_parse (location, G_URI_FLAGS_HAS_PASSWORD, NULL);
  g_autoptr(OkStore) server = ok_store_open_full (pg_admin, OK_STORE_OPEN_NO_MIGRATE, NULL);

  if (server != NULL)
    ok_store_drop_database (server, g_uri_get_path (uri) + 1, NULL);
}

int
main (int   argc,
      char *argv[])
{
  int pupils = 25000, runs = 3;
  const GOptionEntry entries[] = {
    { "pupils", 0, 0, G_OPTION_ARG_INT, &pupils, "Pupils in the export (25000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Imports into an empty database (3; the median is shown)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *next_year = NULL;
  g_autofree char *dir = NULL;
  GStatBuf st;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || pupils < 1 || runs < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--pupils and --runs must be positive");
      return 2;
    }

  ok_store_init_library ();
  dir = g_dir_make_tmp ("ok-bench-import-XXXXXX", &error);
  g_assert_no_error (error);
  sqlite_dir = dir;
  pg_admin = g_strdup (g_getenv ("OUDERKAMER_TEST_PG_URI"));

  first = generate (dir, pupils, 0);
  next_year = generate (dir, pupils, 1);
  g_stat (first, &st);
  printf ("Export: %d pupils, %.1f MB; median of %d imports into an empty database\n\n",
          pupils, st.st_size / 1048576.0, runs);
  printf ("%-10s  %-22s  %8s  %8s  %8s  %8s  %8s  %8s  %8s\n", "database", "import", "read",
          "import", "fam.new", "fam.upd", "pup.new", "pup.upd", "pup.left");

  bench ("SQLite", sqlite_location, sqlite_drop, first, next_year, runs);
  if (pg_admin != NULL && *pg_admin != '\0')
    bench ("PostgreSQL", pg_location, pg_drop, first, next_year, runs);
  else
    printf ("(PostgreSQL skipped: set OUDERKAMER_TEST_PG_URI to a server)\n");

  g_unlink (first);
  g_unlink (next_year);
  g_rmdir (dir);
  g_free (pg_admin);
  return 0;
}

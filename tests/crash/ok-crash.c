/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash injection: runs the write paths of the app in a child process,
 * kills it with SIGKILL at a random moment, and checks after every kill
 * that the database is consistent (PRAGMA integrity_check) and that every
 * write the child acknowledged is there.
 *
 *   ok-crash [--iterations N] [--seed S] [--max-delay MS] [--keep DIR]
 *
 * Write paths: attendance marks at the door (each acknowledged on a pipe
 * once the call returned), on SQLite and, when OUDERKAMER_TEST_PG_URI is
 * set, on PostgreSQL; the migrations of a new database; and the CLI's
 * import of a whole school (ouderkamer-cli import json), which must leave
 * either all of the school or nothing. */
#define G_LOG_DOMAIN "ok-crash"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-store-transfer.h"
#include "ok-test-util.h"
#include "ok-time.h"

#define N_ACTIVITIES 12
#define N_PARENTS 40
#define N_PAIRS (N_ACTIVITIES * N_PARENTS)

static const OkAttendanceStatus statuses[] = {
  OK_ATTENDANCE_STATUS_PRESENT,
  OK_ATTENDANCE_STATUS_EXCUSED,
  OK_ATTENDANCE_STATUS_NO_SHOW,
};

typedef struct {
  GRand *rand;
  int max_delay_ms;
  char *dir;
  char *self;
  guint kills;
  guint completed;
  guint acknowledged;
} Harness;

/* Child side */

static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

/* One line per acknowledged write, in one write(2), so that a kill never
 * leaves half a line. */
static void
acknowledge (int         fd,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
acknowledge (int         fd,
             const char *format,
             ...)
{
  g_autofree char *line = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  if (write (fd, line, strlen (line)) != (ssize_t) strlen (line))
    _exit (3);
}

static int
child_attendance (const char *location,
                  gint64      start,
                  int         fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) store = ok_store_open (location, &error);
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GPtrArray) parents = NULL;

  if (store == NULL)
    return 2;
  activities = ok_store_activity_list (store, NULL, NULL, &error);
  parents = ok_store_parent_list (store, 0, &error);
  if (activities == NULL || parents == NULL)
    return 2;

  for (gint64 k = start; ; k++)
    {
      OkActivity *activity = activities->pdata[k % N_PAIRS / N_PARENTS];
      OkParent *parent = parents->pdata[k % N_PARENTS];
      OkAttendanceStatus status = statuses[(k / N_PAIRS) % G_N_ELEMENTS (statuses)];

      if (!ok_store_attendance_mark (store, ok_activity_get_id (activity), ok_parent_get_id (parent),
                                     status, FALSE, "crash", NULL, &error))
        return 2;
      acknowledge (fd, "%" G_GINT64_FORMAT "\n", k);
    }
}

static int
child_migration (const char *location,
                 int         fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) store = NULL;

  /* The kill is timed from here, so that it lands in the migration and
   * not in the start of the process. */
  acknowledge (fd, "start\n");
  store = ok_store_open (location, &error);
  if (store == NULL)
    return 2;
  acknowledge (fd, "migrated %d\n", ok_store_get_schema_version (store));
  return 0;
}

/* Parent side */

typedef struct {
  GPid pid;
  int out;
  GString *acks;
} Child;

static void
child_spawn (Harness             *harness,
             const char * const  *argv,
             Child               *child)
{
  g_autoptr(GError) error = NULL;

  child->acks = g_string_new (NULL);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                 die_with_parent, NULL, &child->pid, NULL, &child->out, NULL,
                                 &error))
    g_error ("Could not start %s: %s", argv[0], error->message);
}

static void
drain (Child *child,
       int    timeout_ms)
{
  struct pollfd pfd = { child->out, POLLIN, 0 };
  char buffer[4096];

  while (poll (&pfd, 1, timeout_ms) > 0)
    {
      ssize_t n = read (child->out, buffer, sizeof buffer);

      if (n <= 0)
        break;
      g_string_append_len (child->acks, buffer, n);
      timeout_ms = 0;
    }
}

/* Lets the child run for a random time (from the line `from` on, when
 * given), kills it, and collects every line it wrote before. Returns FALSE
 * when it ended by itself first. */
static gboolean
child_kill_later (Harness    *harness,
                  Child      *child,
                  const char *from)
{
  gint64 deadline;
  gboolean killed = FALSE;
  int status = 0;

  while (from != NULL && strstr (child->acks->str, from) == NULL)
    {
      if (waitpid (child->pid, &status, WNOHANG) == child->pid)
        goto ended;
      drain (child, 5);
    }
  deadline = g_get_monotonic_time ()
             + g_rand_int_range (harness->rand, 0, harness->max_delay_ms * 1000 + 1);

  while (g_get_monotonic_time () < deadline)
    {
      if (waitpid (child->pid, &status, WNOHANG) == child->pid)
        goto ended;
      drain (child, MAX (1, (int) ((deadline - g_get_monotonic_time ()) / 1000 / 4)));
    }

  kill (child->pid, SIGKILL);
  waitpid (child->pid, &status, 0);
  killed = WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL;

ended:
  drain (child, 0);
  close (child->out);
  g_spawn_close_pid (child->pid);
  if (killed)
    harness->kills++;
  else
    harness->completed++;
  if (!killed && (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
      && !(WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL))
    g_error ("The child failed by itself (status %d)", status);
  return killed;
}

/* How long a run takes when nobody kills it, so that kills land anywhere
 * in it, from the start of the process to its last write. */
static int
calibrate (Harness             *harness,
           const char * const  *argv)
{
  g_autoptr(GError) error = NULL;
  gint64 started = g_get_monotonic_time ();
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("A run without a kill failed: %s", error->message);
  return (int) ((g_get_monotonic_time () - started) / 1000) + 1;
}

static void
check_integrity (OkStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!ok_store_integrity_check (store, &error))
    g_error ("After a kill: %s", error->message);
}

static void
add_fixture (OkStore *store)
{
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < N_PARENTS; i++)
    {
      g_autoptr(OkParent) parent = ok_parent_new ();
      g_autofree char *name = g_strdup_printf ("Ouder %02d", i);

      ok_parent_set_name (parent, name);
      ok_parent_set_walk_in (parent, TRUE);
      if (!ok_store_parent_insert (store, parent, &error))
        g_error ("%s", error->message);
    }
  for (int i = 0; i < N_ACTIVITIES; i++)
    {
      g_autoptr(OkActivity) activity = ok_activity_new ();
      g_autoptr(GDateTime) start = g_date_time_new (ok_time_zone (), 2025, 1 + i, 7, 8, 30, 0);

      ok_activity_set_title (activity, "Koffieochtend");
      ok_activity_set_kind (activity, OK_ACTIVITY_KIND_COFFEE_MORNING);
      ok_activity_set_starts_at (activity, start);
      if (!ok_store_activity_insert (store, activity, &error))
        g_error ("%s", error->message);
    }
}

/* What the database must hold: for every pair, the status of its last
 * acknowledged mark, except that the mark after the last acknowledged one
 * may have been committed without its acknowledgement. */
static void
verify_marks (OkStore  *store,
              gint64    last_ack,
              int      *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = ok_store_activity_list (store, NULL, NULL, &error);
  g_autoptr(GPtrArray) parents = ok_store_parent_list (store, 0, &error);
  gint64 next_pair = (last_ack + 1) % N_PAIRS;
  int next_status = statuses[((last_ack + 1) / N_PAIRS) % G_N_ELEMENTS (statuses)];
  int found[N_PAIRS];

  if (activities == NULL || parents == NULL)
    g_error ("Cannot read the database after a kill: %s", error->message);

  for (int i = 0; i < N_PAIRS; i++)
    found[i] = -1;
  for (guint a = 0; a < activities->len; a++)
    {
      g_autoptr(GPtrArray) marks = ok_store_attendance_list (store, ok_activity_get_id (activities->pdata[a]),
                                                             &error);

      if (marks == NULL)
        g_error ("%s", error->message);
      for (guint m = 0; m < marks->len; m++)
        {
          OkAttendance *mark = marks->pdata[m];

          for (guint p = 0; p < parents->len; p++)
            if (ok_parent_get_id (parents->pdata[p]) == ok_attendance_get_parent_id (mark))
              found[a * N_PARENTS + p] = ok_attendance_get_status (mark);
        }
    }

  for (int i = 0; i < N_PAIRS; i++)
    {
      if (found[i] == expected[i])
        continue;
      if (i == next_pair && found[i] == next_status)
        continue;
      g_error ("Mark %d was acknowledged as %d but the database has %d", i, expected[i], found[i]);
    }
}

static void
run_attendance (Harness    *harness,
                const char *location,
                guint       iterations)
{
  g_autoptr(GError) error = NULL;
  int expected[N_PAIRS];
  gint64 next = 0;

  {
    g_autoptr(OkStore) store = ok_store_open (location, &error);

    if (store == NULL)
      g_error ("%s", error->message);
    add_fixture (store);
  }
  for (int i = 0; i < N_PAIRS; i++)
    expected[i] = -1;

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *start = g_strdup_printf ("%" G_GINT64_FORMAT, next);
      g_auto(GStrv) lines = NULL;
      g_autoptr(OkStore) store = NULL;
      Child child = { 0 };
      const char *argv[] = { harness->self, "--child", "attendance", location, start, NULL };

      child_spawn (harness, argv, &child);
      child_kill_later (harness, &child, NULL);

      lines = g_strsplit (child.acks->str, "\n", -1);
      for (guint l = 0; lines[l] != NULL && lines[l][0] != '\0'; l++)
        {
          gint64 k = g_ascii_strtoll (lines[l], NULL, 10);

          expected[k % N_PAIRS] = statuses[(k / N_PAIRS) % G_N_ELEMENTS (statuses)];
          next = k + 1;
          harness->acknowledged++;
        }
      g_string_free (child.acks, TRUE);

      store = ok_store_open (location, &error);
      if (store == NULL)
        g_error ("Cannot open the database after a kill: %s", error->message);
      check_integrity (store);
      verify_marks (store, next - 1, expected);
    }
}

static void
run_migration (Harness *harness,
               guint    iterations)
{
  int latest = ok_store_latest_version ();
  int saved_delay = harness->max_delay_ms;
  guint before = 0, partway = 0, after = 0;

  /* The child's own first open loads libgda's provider, which the parent
   * has done long ago: time a child, from its "start" to its end. */
  {
    g_autofree char *location = g_strdup_printf ("%s/calibrate.db", harness->dir);
    const char *argv[] = { harness->self, "--child", "migration", location, "0", NULL };
    Child child = { 0 };
    gint64 started = 0;
    int status = 0;

    child_spawn (harness, argv, &child);
    while (strstr (child.acks->str, "start\n") == NULL)
      drain (&child, 5);
    started = g_get_monotonic_time ();
    waitpid (child.pid, &status, 0);
    harness->max_delay_ms = (int) ((g_get_monotonic_time () - started) / 1000) + 1;
    drain (&child, 0);
    close (child.out);
    g_spawn_close_pid (child.pid);
    g_string_free (child.acks, TRUE);
    ok_test_drop_location (location);
  }

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *location = g_strdup_printf ("%s/migration-%u.db", harness->dir, i);
      g_autoptr(GError) error = NULL;
      Child child = { 0 };
      const char *argv[] = { harness->self, "--child", "migration", location, "0", NULL };
      gboolean acknowledged;
      int version;

      child_spawn (harness, argv, &child);
      child_kill_later (harness, &child, "start\n");
      acknowledged = strstr (child.acks->str, "migrated") != NULL;
      g_string_free (child.acks, TRUE);
      harness->acknowledged += acknowledged;

      {
        g_autoptr(OkStore) store = ok_store_open_full (location, OK_STORE_OPEN_NO_MIGRATE, &error);

        if (store == NULL)
          g_error ("Cannot open a half-migrated database: %s", error->message);
        check_integrity (store);
        version = ok_store_get_schema_version (store);
        if (version < 0 || version > latest || (acknowledged && version != latest))
          g_error ("Schema version %d after a kill (acknowledged: %d)", version, acknowledged);
        if (version == 0)
          before++;
        else if (version < latest)
          partway++;
        else
          after++;
      }
      {
        g_autoptr(OkStore) store = ok_store_open (location, &error);

        if (store == NULL)
          g_error ("The migration does not finish after a kill at version %d: %s", version,
                   error->message);
        if (!ok_store_export_check_schema (store, &error))
          g_error ("Incomplete schema after a kill: %s", error->message);
      }
      ok_test_drop_location (location);
    }
  harness->max_delay_ms = saved_delay;
  g_print ("migration: after a kill the schema was at version 0 (the first migration rolled "
           "back) %u times, between migrations %u times, complete %u times\n",
           before, partway, after);
}

/* The CLI imports a school in one transaction: after a kill the school is
 * complete (when the CLI said so) or empty, never half. */
static void
run_import (Harness    *harness,
            const char *cli,
            guint       iterations)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_strdup_printf ("%s/import-source.db", harness->dir);
  g_autofree char *file = g_strdup_printf ("%s/import.json", harness->dir);
  g_autofree char *expected = NULL;
  const char *demo[] = { cli, "--db", source, "demo", "--families", "120", "--seed", "7",
                         "--today", "2025-03-01", NULL };
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) demo, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL,
                     NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("Could not make the demo school: %s", error->message);
  {
    g_autoptr(OkStore) store = ok_store_open (source, &error);

    if (store == NULL || !ok_store_export_json_file (store, file, &error))
      g_error ("%s", error->message);
    expected = ok_store_export_json_data (store, NULL, &error);
  }
  {
    g_autofree char *location = g_strdup_printf ("%s/calibrate.db", harness->dir);
    const char *argv[] = { cli, "--db", location, "import", "json", file, NULL };

    harness->max_delay_ms = calibrate (harness, argv);
    ok_test_drop_location (location);
  }

  for (guint i = 0; i < iterations; i++)
    {
      g_autofree char *location = g_strdup_printf ("%s/import-%u.db", harness->dir, i);
      g_autofree char *exported = NULL;
      const char *argv[] = { cli, "--db", location, "import", "json", file, NULL };
      Child child = { 0 };
      gboolean completed;
      gboolean empty = FALSE;

      child_spawn (harness, argv, &child);
      completed = !child_kill_later (harness, &child, NULL);
      if (completed)
        harness->acknowledged++;
      g_string_free (child.acks, TRUE);

      if (!g_file_test (location, G_FILE_TEST_EXISTS))
        continue;
      {
        g_autoptr(OkStore) store = ok_store_open (location, &error);

        if (store == NULL)
          g_error ("Cannot open the database after a kill: %s", error->message);
        check_integrity (store);
        if (!ok_store_school_is_empty (store, &empty, &error))
          g_error ("%s", error->message);
        if (!empty)
          {
            exported = ok_store_export_json_data (store, NULL, &error);
            if (g_strcmp0 (exported, expected) != 0)
              g_error ("Import %u left a school that differs from the file", i);
          }
        else if (completed)
          g_error ("The CLI said it imported, but the school is empty");
      }
      ok_test_drop_location (location);
    }
  ok_test_drop_location (source);
  g_unlink (file);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *keep = NULL;
  int iterations = 40, max_delay = 250;
  gint64 seed = 0;
  const GOptionEntry entries[] = {
    { "iterations", 'n', 0, G_OPTION_ARG_INT, &iterations, "Kills per write path", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "Random seed (default: from the clock)", "S" },
    { "max-delay", 0, 0, G_OPTION_ARG_INT, &max_delay, "Longest run before a kill", "MS" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Work in this folder and keep it", "DIR" },
    { NULL }
  };
  Harness harness = { 0 };
  const char *cli = g_getenv ("OUDERKAMER_CLI");
  g_autofree char *sqlite = NULL;
  gint64 started;

  ok_store_init_library ();

  if (argc == 5 && g_str_equal (argv[1], "--child"))
    {
      int fd = STDOUT_FILENO;

      if (g_str_equal (argv[2], "attendance"))
        return child_attendance (argv[3], g_ascii_strtoll (argv[4], NULL, 10), fd);
      if (g_str_equal (argv[2], "migration"))
        return child_migration (argv[3], fd);
      return 2;
    }

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (seed == 0)
    seed = g_get_real_time ();
  harness.rand = g_rand_new_with_seed ((guint32) seed);
  harness.max_delay_ms = MAX (1, max_delay);
  harness.self = g_file_read_link ("/proc/self/exe", NULL);
  harness.dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("ok-crash-XXXXXX", &error);
  if (harness.dir == NULL)
    g_error ("%s", error->message);
  g_mkdir_with_parents (harness.dir, 0700);
  g_print ("seed %" G_GINT64_FORMAT ", %d kills per write path, in %s\n", seed, iterations, harness.dir);
  started = g_get_monotonic_time ();

  sqlite = g_strdup_printf ("%s/attendance.db", harness.dir);
  run_attendance (&harness, sqlite, iterations);
  g_print ("attendance (SQLite): %u kills, %u acknowledged marks\n", harness.kills,
           harness.acknowledged);
  ok_test_drop_location (sqlite);

  if (g_getenv ("OUDERKAMER_TEST_PG_URI") != NULL)
    {
      g_autofree char *pg = ok_test_new_location (OK_STORE_DIALECT_POSTGRESQL);
      guint before = harness.kills;

      run_attendance (&harness, pg, iterations);
      g_print ("attendance (PostgreSQL): %u kills\n", harness.kills - before);
      ok_test_drop_location (pg);
    }

  {
    guint before = harness.kills;

    run_migration (&harness, iterations);
    g_print ("migration: %u kills\n", harness.kills - before);
  }

  if (cli != NULL)
    {
      guint before = harness.kills;

      run_import (&harness, cli, MAX (1, iterations / 4));
      g_print ("CLI import: %u kills\n", harness.kills - before);
    }
  else
    g_print ("CLI import: skipped (set OUDERKAMER_CLI)\n");

  g_print ("%u kills survived with every acknowledged write present, %u runs completed, "
           "%u acknowledged writes, %.1f s\n", harness.kills, harness.completed,
           harness.acknowledged, (g_get_monotonic_time () - started) / 1e6);

  if (keep == NULL)
    g_rmdir (harness.dir);
  g_rand_free (harness.rand);
  g_free (harness.self);
  g_free (harness.dir);
  return 0;
}

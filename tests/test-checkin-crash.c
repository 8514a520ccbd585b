/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Nothing the door reported as stored is ever lost.
 *
 * Crash: a writer process marks attendance the way the door does (single
 * marks, whole families, walk-ins, guests) and prints each mark once the
 * store has acknowledged it; it is killed with SIGKILL at a random moment,
 * over and over. After every kill each acknowledged mark must be in the
 * database, every family mark must be all or nothing, every walk-in must
 * have its mark, and the database must pass its integrity check.
 *
 * Two writers: two processes mark the same activity at once, on disjoint
 * and on overlapping parents, and count guests; no mark and no guest may
 * go missing.
 *
 * Run with --long for the figures in the README (600 kills). */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ok-demo.h"
#include "ok-store-activity.h"
#include "ok-store-checkin.h"
#include "ok-store-family.h"
#include "ok-test-util.h"
#include "ok-time.h"

static char *self_path;
static gboolean long_run;

/* The writers */

typedef struct {
  gint64 id;
  gint64 family_id;
} Parent;

static GArray *
load_parents (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parents = ok_store_parent_list (store, 0, &error);
  GArray *list = g_array_new (FALSE, FALSE, sizeof (Parent));

  g_assert_no_error (error);
  for (guint i = 0; i < parents->len; i++)
    {
      OkParent *parent = g_ptr_array_index (parents, i);
      Parent p = { ok_parent_get_id (parent), ok_parent_get_family_id (parent) };

      /* Walk-ins of earlier rounds are not part of the plan. */
      if (!ok_parent_get_walk_in (parent))
        g_array_append_val (list, p);
    }
  return list;
}

static void
ack (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

/* Families with an even id are marked as a whole, the others parent by
 * parent; so a family mark can be checked for all-or-nothing. */
static int
crash_writer (const char *location,
              gint64      activity_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) store = ok_store_open (location, &error);
  g_autoptr(GArray) parents = NULL;
  g_autoptr(GHashTable) families_done = g_hash_table_new (g_int64_hash, g_int64_equal);

  if (store == NULL)
    {
      g_printerr ("writer: %s\n", error->message);
      return 1;
    }
  parents = load_parents (store);

  for (guint i = 0; i < parents->len; i++)
    {
      Parent *p = &g_array_index (parents, Parent, i);

      if (i % 10 == 9)
        {
          g_autofree char *name = g_strdup_printf ("Inloop %" G_GINT64_FORMAT "-%u", activity_id, i);
          gint64 id = ok_store_checkin_add_walk_in (store, activity_id, name, "0612345678", "ar",
                                                    "crash", &error);
          if (id <= 0)
            break;
          ack ("W %" G_GINT64_FORMAT, id);
        }
      if (i % 10 == 4)
        {
          int guests = 0;

          if (!ok_store_checkin_add_guests (store, activity_id, 1, &guests, &error))
            break;
          ack ("G %d", guests);
        }

      if (p->family_id > 0 && p->family_id % 2 == 0)
        {
          g_autoptr(GArray) marked = NULL;

          if (g_hash_table_contains (families_done, &p->family_id))
            continue;
          marked = ok_store_checkin_mark_family (store, activity_id, p->family_id,
                                                 OK_ATTENDANCE_STATUS_PRESENT, "crash", &error);
          if (marked == NULL)
            break;
          g_hash_table_add (families_done, &p->family_id);
          ack ("F %" G_GINT64_FORMAT, p->family_id);
        }
      else
        {
          if (!ok_store_checkin_mark (store, activity_id, p->id, OK_ATTENDANCE_STATUS_PRESENT, "crash", &error))
            break;
          ack ("M %" G_GINT64_FORMAT, p->id);
        }
    }
  if (error != NULL)
    {
      g_printerr ("writer: %s\n", error->message);
      return 1;
    }
  return 0;
}

/* One of two doors: writer 0 takes the first two thirds of the parents,
 * writer 1 the last two thirds backwards, so the middle third is marked
 * by both, at about the same time. Families in the middle are marked as
 * a whole by both. */
static int
pair_writer (const char *location,
             gint64      activity_id,
             int         who)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) store = ok_store_open (location, &error);
  g_autoptr(GArray) parents = NULL;
  guint n, first, last;
  g_autofree char *by = g_strdup_printf ("door-%d", who);

  if (store == NULL)
    {
      g_printerr ("writer %d: %s\n", who, error->message);
      return 1;
    }
  parents = load_parents (store);
  n = parents->len;
  first = who == 0 ? 0 : n / 3;
  last = who == 0 ? 2 * n / 3 : n;

  for (guint k = 0; k < last - first; k++)
    {
      guint i = who == 0 ? first + k : last - 1 - k;
      Parent *p = &g_array_index (parents, Parent, i);
      gboolean middle = i >= n / 3 && i < 2 * n / 3;

      if (middle && p->family_id > 0 && i % 4 == 0)
        {
          g_autoptr(GArray) marked = ok_store_checkin_mark_family (store, activity_id, p->family_id,
                                                                   OK_ATTENDANCE_STATUS_PRESENT, by, &error);
          if (marked == NULL)
            break;
          for (guint j = 0; j < marked->len; j++)
            ack ("M %" G_GINT64_FORMAT, g_array_index (marked, gint64, j));
        }
      else
        {
          if (!ok_store_checkin_mark (store, activity_id, p->id, OK_ATTENDANCE_STATUS_PRESENT, by, &error))
            break;
          ack ("M %" G_GINT64_FORMAT, p->id);
        }
      if (k % 5 == 0)
        {
          if (!ok_store_checkin_add_guests (store, activity_id, 1, NULL, &error))
            break;
          ack ("G");
        }
    }
  if (error != NULL)
    {
      g_printerr ("writer %d: %s\n", who, error->message);
      return 1;
    }
  return 0;
}

/* The tests */

typedef struct {
  GPid pid;
  int out;
  GString *buffer;
} Writer;

static void
spawn_writer (Writer      *writer,
              const char  *mode,
              const char  *location,
              gint64       activity_id,
              int          who)
{
  g_autofree char *activity = g_strdup_printf ("%" G_GINT64_FORMAT, activity_id);
  g_autofree char *which = g_strdup_printf ("%d", who);
  const char *argv[] = { self_path, mode, location, activity, which, NULL };
  g_autoptr(GError) error = NULL;

  writer->buffer = g_string_new (NULL);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                           &writer->pid, NULL, &writer->out, NULL, &error));
  g_assert_no_error (error);
}

/* Waits until the writer acknowledged its first mark: the store is open
 * and marking has begun. */
static void
wait_for_first_mark (Writer *writer)
{
  char buf[256];
  ssize_t n;

  while (strchr (writer->buffer->str, '\n') == NULL)
    {
      n = read (writer->out, buf, sizeof buf);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return;
      g_string_append_len (writer->buffer, buf, n);
    }
}

/* Everything the writer printed, until it closes its end. */
static void
drain (Writer *writer)
{
  char buf[4096];
  ssize_t n;

  while ((n = read (writer->out, buf, sizeof buf)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      g_string_append_len (writer->buffer, buf, n);
    }
  close (writer->out);
}

static int
reap (Writer *writer)
{
  int status = 0;

  g_assert_cmpint (waitpid (writer->pid, &status, 0), ==, writer->pid);
  g_spawn_close_pid (writer->pid);
  return status;
}

/* Only whole lines were acknowledged: a line cut by the kill was not. */
static char **
acknowledged (Writer *writer)
{
  char *end = strrchr (writer->buffer->str, '\n');

  if (end == NULL)
    return g_new0 (char *, 1);
  *end = '\0';
  return g_strsplit (writer->buffer->str, "\n", -1);
}

static GHashTable *
statuses (OkStore *store,
          gint64   activity_id,
          GHashTable **walk_ins)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ok_store_attendance_list (store, activity_id, &error);
  GHashTable *present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_assert_no_error (error);
  if (walk_ins != NULL)
    *walk_ins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < list->len; i++)
    {
      OkAttendance *row = g_ptr_array_index (list, i);
      gint64 parent_id = ok_attendance_get_parent_id (row);

      if (ok_attendance_get_status (row) == OK_ATTENDANCE_STATUS_PRESENT)
        g_hash_table_add (present, g_memdup2 (&parent_id, sizeof parent_id));
      if (walk_ins != NULL && ok_attendance_get_walk_in (row))
        g_hash_table_add (*walk_ins, g_memdup2 (&parent_id, sizeof parent_id));
    }
  return present;
}

static gint64
guests_of (OkStore *store,
           gint64   activity_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) activity = ok_store_activity_get (store, activity_id, &error);

  g_assert_no_error (error);
  return ok_activity_get_unnamed_guests (activity);
}

static GArray *
add_activities (OkStore *store,
                guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = ok_time_parse_local ("2026-03-03T08:30");
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_true (ok_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OkActivity) activity = ok_activity_new ();
      g_autoptr(GDateTime) at = g_date_time_add_days (start, (int) i);
      gint64 id;

      ok_activity_set_kind (activity, OK_ACTIVITY_KIND_COFFEE_MORNING);
      ok_activity_set_title (activity, "Koffieochtend");
      ok_activity_set_starts_at (activity, at);
      g_assert_true (ok_store_activity_insert (store, activity, &error));
      id = ok_activity_get_id (activity);
      g_array_append_val (ids, id);
    }
  g_assert_true (ok_store_commit (store, &error));
  g_assert_no_error (error);
  return ids;
}

static void
add_demo (OkStore *store,
          guint    families)
{
  g_autoptr(GError) error = NULL;
  OkDemoOptions options;

  ok_demo_options_init (&options);
  options.families = families;
  options.school_years = 1;
  g_assert_true (ok_demo_generate (store, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_crash (OkStore *store)
{
  gboolean sqlite = ok_store_get_dialect (store) == OK_STORE_DIALECT_SQLITE;
  guint rounds = long_run ? 600 : sqlite ? 80 : 20;
  g_autofree char *location = ok_test_dup_location (store);
  g_autoptr(GArray) activities = NULL;
  g_autoptr(GHashTable) family_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) family_size = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  guint64 acked = 0, killed = 0, finished = 0, during_open = 0;
  gint64 started = g_get_monotonic_time ();

  add_demo (store, 100);
  activities = add_activities (store, rounds);

  {
    g_autoptr(GArray) parents = load_parents (store);

    for (guint i = 0; i < parents->len; i++)
      {
        Parent *p = &g_array_index (parents, Parent, i);
        guint size = GPOINTER_TO_UINT (g_hash_table_lookup (family_size, &p->family_id));

        g_hash_table_insert (family_of, g_memdup2 (&p->id, sizeof p->id), g_memdup2 (&p->family_id, sizeof (gint64)));
        g_hash_table_insert (family_size, g_memdup2 (&p->family_id, sizeof (gint64)), GUINT_TO_POINTER (size + 1));
      }
  }

  for (guint round = 0; round < rounds; round++)
    {
      gint64 activity_id = g_array_index (activities, gint64, round);
      g_autoptr(GError) error = NULL;
      g_autoptr(GHashTable) present = NULL;
      g_autoptr(GHashTable) walk_ins = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GHashTable) counted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      gint64 max_guests = 0;
      Writer writer = { 0 };
      int status;

      spawn_writer (&writer, "--crash-writer", location, activity_id, 0);
      /* Mostly while marking, now and then while the writer starts up and
       * opens the store. */
      if (round % 8 == 7)
        g_usleep ((gulong) g_rand_int_range (rand, 0, 80000));
      else
        {
          wait_for_first_mark (&writer);
          g_usleep ((gulong) g_rand_int_range (rand, 0, 60000));
        }
      kill (writer.pid, SIGKILL);
      drain (&writer);
      status = reap (&writer);
      if (WIFSIGNALED (status))
        killed++;
      else
        {
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
          finished++;
        }

      lines = acknowledged (&writer);
      if (lines[0] == NULL)
        during_open++;
      present = statuses (store, activity_id, &walk_ins);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          gint64 id = g_ascii_strtoll (lines[i] + 2, NULL, 10);

          acked++;
          switch (lines[i][0])
            {
            case 'M':
              g_assert_true (g_hash_table_contains (present, &id));
              break;
            case 'W':
              g_assert_true (g_hash_table_contains (present, &id));
              g_assert_true (g_hash_table_contains (walk_ins, &id));
              break;
            case 'G':
              max_guests = MAX (max_guests, id);
              break;
            case 'F':
              {
                GHashTableIter iter;
                gpointer key, value;
                guint found = 0;

                g_hash_table_iter_init (&iter, family_of);
                while (g_hash_table_iter_next (&iter, &key, &value))
                  if (*(gint64 *) value == id && g_hash_table_contains (present, key))
                    found++;
                g_assert_cmpuint (found, ==, GPOINTER_TO_UINT (g_hash_table_lookup (family_size, &id)));
              }
              break;
            default:
              g_error ("Unexpected line from the writer: %s", lines[i]);
            }
        }
      g_assert_cmpint (guests_of (store, activity_id), >=, max_guests);

      /* All or nothing: a family marked as a whole is complete or absent. */
      {
        GHashTableIter iter;
        gpointer key, value;

        g_hash_table_iter_init (&iter, family_of);
        while (g_hash_table_iter_next (&iter, &key, &value))
          if (*(gint64 *) value % 2 == 0 && *(gint64 *) value > 0 && g_hash_table_contains (present, key))
            {
              guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counted, value));
              g_hash_table_insert (counted, g_memdup2 (value, sizeof (gint64)), GUINT_TO_POINTER (n + 1));
            }
        g_hash_table_iter_init (&iter, counted);
        while (g_hash_table_iter_next (&iter, &key, &value))
          g_assert_cmpuint (GPOINTER_TO_UINT (value), ==,
                            GPOINTER_TO_UINT (g_hash_table_lookup (family_size, key)));
      }

      /* A walk-in never exists without their mark. */
      {
        g_autoptr(GPtrArray) parents = ok_store_parent_list (store, 0, &error);
        g_autofree char *prefix = g_strdup_printf ("Inloop %" G_GINT64_FORMAT "-", activity_id);

        g_assert_no_error (error);
        for (guint i = 0; i < parents->len; i++)
          {
            OkParent *parent = g_ptr_array_index (parents, i);
            gint64 id = ok_parent_get_id (parent);

            if (g_str_has_prefix (ok_parent_get_name (parent), prefix))
              g_assert_true (g_hash_table_contains (walk_ins, &id));
          }
      }

      g_assert_true (ok_store_integrity_check (store, &error));
      g_assert_no_error (error);
      g_string_free (writer.buffer, TRUE);
    }

  {
    g_autofree char *figures = g_strdup_printf ("%s: %" G_GUINT64_FORMAT " writers killed with SIGKILL (%"
                                                G_GUINT64_FORMAT " before their first mark), %" G_GUINT64_FORMAT
                                                " finished; %" G_GUINT64_FORMAT " acknowledged marks, all found%s; "
                                                "%.1f s",
                                                sqlite ? "SQLite" : "PostgreSQL", killed, during_open, finished,
                                                acked, sqlite ? "; integrity check passed after every kill" : "",
                                                (g_get_monotonic_time () - started) / 1e6);
    g_test_message ("%s", figures);
    if (long_run)
      g_print ("%s\n", figures);
  }
  g_assert_cmpuint (killed, >, rounds / 2);
  g_assert_cmpuint (acked, >, rounds);
}

static void
test_two_writers (OkStore *store)
{
  g_autofree char *location = ok_test_dup_location (store);
  g_autoptr(GArray) activities = NULL;
  g_autoptr(GArray) parents = NULL;
  g_autoptr(GHashTable) present = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  Writer writers[2] = { { 0 } };
  guint guests = 0, marks = 0;
  int rounds = long_run ? 5 : 2;

  add_demo (store, 60);
  parents = load_parents (store);
  activities = add_activities (store, rounds);

  for (int round = 0; round < rounds; round++)
    {
      gint64 activity_id = g_array_index (activities, gint64, round);

      guests = marks = 0;
      for (int who = 0; who < 2; who++)
        spawn_writer (&writers[who], "--pair-writer", location, activity_id, who);
      for (int who = 0; who < 2; who++)
        {
          int status;

          drain (&writers[who]);
          status = reap (&writers[who]);
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
        }

      present = statuses (store, activity_id, NULL);
      for (int who = 0; who < 2; who++)
        {
          g_auto(GStrv) lines = acknowledged (&writers[who]);

          for (guint i = 0; lines[i] != NULL; i++)
            {
              if (lines[i][0] == 'G')
                guests++;
              else
                {
                  gint64 id = g_ascii_strtoll (lines[i] + 2, NULL, 10);

                  g_assert_true (g_hash_table_contains (present, &id));
                  marks++;
                }
            }
          g_string_free (writers[who].buffer, TRUE);
        }

      /* Every parent was marked by one door or both, and is present. */
      for (guint i = 0; i < parents->len; i++)
        g_assert_true (g_hash_table_contains (present, &g_array_index (parents, Parent, i).id));
      g_assert_cmpint (guests_of (store, activity_id), ==, guests);
      g_assert_cmpuint (marks, >, parents->len);
      g_clear_pointer (&present, g_hash_table_unref);
    }

  g_assert_true (ok_store_integrity_check (store, &error));
  g_assert_no_error (error);
  g_test_message ("two writers: %u parents, %u acknowledged marks and %u guests in the last round, none lost",
                  parents->len, marks, guests);
}

int
main (int   argc,
      char *argv[])
{
  /* The writers are this program again. */
  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);

  if (argc == 5 && g_str_equal (argv[1], "--crash-writer"))
    {
      ok_store_init_library ();
      return crash_writer (argv[2], g_ascii_strtoll (argv[3], NULL, 10));
    }
  if (argc == 5 && g_str_equal (argv[1], "--pair-writer"))
    {
      ok_store_init_library ();
      return pair_writer (argv[2], g_ascii_strtoll (argv[3], NULL, 10), atoi (argv[4]));
    }

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--long"))
      {
        long_run = TRUE;
        memmove (&argv[i], &argv[i + 1], (argc - i) * sizeof (char *));
        argc--;
        break;
      }

  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/checkin/crash", test_crash);
  ok_test_add_store_func ("/checkin/two-writers", test_two_writers);
  return g_test_run ();
}

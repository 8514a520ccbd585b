/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How long one mark at the door takes: from the search result to the
 * committed row, on a demo school, on SQLite and on PostgreSQL.
 *
 *   bench-mark [--marks N] [--families N] [--dir DIR] [--pg postgresql://…]
 *
 * The PostgreSQL address is that of a server where the benchmark may
 * create and drop a database (default $OUDERKAMER_TEST_PG_URI); without
 * one only SQLite is measured. The SQLite file goes to DIR (default the
 * current folder): put it on the disk the app would use, not on tmpfs,
 * since every mark waits for the disk. */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ok-demo.h"
#include "ok-store-activity.h"
#include "ok-store-checkin.h"
#include "ok-store-family.h"
#include "ok-time.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *what,
        GArray     *ms)
{
  double sum = 0;

  g_array_sort (ms, compare_doubles);
  for (guint i = 0; i < ms->len; i++)
    sum += g_array_index (ms, double, i);
  g_print ("  %-34s n=%-5u median %6.2f ms   p99 %6.2f ms   min %6.2f ms   max %7.2f ms   mean %6.2f ms\n",
           what, ms->len,
           g_array_index (ms, double, ms->len / 2),
           g_array_index (ms, double, MIN (ms->len - 1, (guint) (ms->len * 0.99))),
           g_array_index (ms, double, 0),
           g_array_index (ms, double, ms->len - 1),
           sum / ms->len);
}

static gint64
add_activity (OkStore *store,
              int      offset_days)
{
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now (ok_time_zone ());
  g_autoptr(GDateTime) starts = g_date_time_add_days (now, offset_days);
  g_autoptr(GError) error = NULL;

  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_THEME_MEETING);
  ok_activity_set_title (activity, "Benchmark");
  ok_activity_set_starts_at (activity, starts);
  if (!ok_store_activity_insert (store, activity, &error))
    g_error ("%s", error->message);
  return ok_activity_get_id (activity);
}

/* The first three letters of each word of a parent's name, as typed at
 * the door. */
static char *
typed_for (OkCheckinEntry *entry)
{
  g_auto(GStrv) words = g_strsplit (ok_checkin_entry_get_name (entry), " ", -1);
  g_autoptr(GString) typed = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL && i < 2; i++)
    {
      const char *end = words[i];

      for (int k = 0; k < 3 && *end != '\0'; k++)
        end = g_utf8_next_char (end);
      if (typed->len > 0)
        g_string_append_c (typed, ' ');
      g_string_append_len (typed, words[i], end - words[i]);
    }
  return g_string_free (g_steal_pointer (&typed), FALSE);
}

static void
run (const char *label,
     const char *location,
     guint       marks,
     guint       families)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) store = NULL;
  g_autoptr(GArray) mark_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) door_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) search_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) undo_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) load_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) stamp_ms = g_array_new (FALSE, FALSE, sizeof (double));
  OkDemoOptions options;
  OkDemoSummary summary;
  gint64 t0;
  guint done = 0;

  store = ok_store_open (location, &error);
  if (store == NULL)
    g_error ("%s", error->message);

  ok_demo_options_init (&options);
  options.families = families;
  t0 = g_get_monotonic_time ();
  if (!ok_demo_generate (store, &options, &summary, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  g_print ("%s: demo school of %u families, %u parents, %u activities, %u attendance rows (%.1f s)\n",
           label, summary.families, summary.parents, summary.activities, summary.attendances,
           (g_get_monotonic_time () - t0) / 1e6);

  /* Fresh activities, so that every mark writes a new row as at the door. */
  for (int a = 0; done < marks; a++)
    {
      gint64 activity_id = add_activity (store, a);
      g_autoptr(GPtrArray) people = NULL;

      t0 = g_get_monotonic_time ();
      people = ok_store_checkin_people (store, activity_id, &error);
      if (people == NULL)
        g_error ("%s", error->message);
      g_array_append_val (load_ms, ((double) { (g_get_monotonic_time () - t0) / 1000.0 }));

      for (guint i = 0; i < people->len && done < marks; i++, done++)
        {
          OkCheckinEntry *entry = g_ptr_array_index (people, i);
          g_autofree char *typed = typed_for (entry);
          g_autoptr(GPtrArray) found = NULL;
          gint64 t_search, t_mark, t_end;
          g_autofree char *stamp = NULL;

          t_search = g_get_monotonic_time ();
          found = ok_checkin_search_entries (people, typed, 0);
          t_mark = g_get_monotonic_time ();
          if (!ok_store_checkin_mark (store, activity_id, ok_checkin_entry_get_parent_id (entry),
                                      OK_ATTENDANCE_STATUS_PRESENT, "bench", &error))
            g_error ("%s", error->message);
          t_end = g_get_monotonic_time ();
          if (found->len == 0)
            g_error ("“%s” did not find %s", typed, ok_checkin_entry_get_name (entry));

          g_array_append_val (search_ms, ((double) { (t_mark - t_search) / 1000.0 }));
          g_array_append_val (mark_ms, ((double) { (t_end - t_mark) / 1000.0 }));
          g_array_append_val (door_ms, ((double) { (t_end - t_search) / 1000.0 }));

          t0 = g_get_monotonic_time ();
          stamp = ok_store_checkin_stamp (store, activity_id, &error);
          if (stamp == NULL)
            g_error ("%s", error->message);
          g_array_append_val (stamp_ms, ((double) { (g_get_monotonic_time () - t0) / 1000.0 }));

          /* One in ten is undone, as a slip at the door is. */
          if (i % 10 == 9)
            {
              gint64 parent_id = ok_checkin_entry_get_parent_id (entry);

              t0 = g_get_monotonic_time ();
              if (!ok_store_checkin_undo (store, activity_id, &parent_id, 1, OK_ATTENDANCE_STATUS_PRESENT,
                                          "bench", &error))
                g_error ("%s", error->message);
              g_array_append_val (undo_ms, ((double) { (g_get_monotonic_time () - t0) / 1000.0 }));
            }
        }
    }

  report ("mark (result → committed row)", mark_ms);
  report ("search + mark", door_ms);
  report ("search alone (in memory)", search_ms);
  report ("undo", undo_ms);
  report ("poll fingerprint", stamp_ms);
  report ("load the door (all parents)", load_ms);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pg = NULL;
  int marks = 1000, families = 240;
  GOptionEntry entries[] = {
    { "marks", 0, 0, G_OPTION_ARG_INT, &marks, "Marks to time (1000)", "N" },
    { "families", 0, 0, G_OPTION_ARG_INT, &families, "Families in the demo school (240)", "N" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Folder for the SQLite file (.)", "DIR" },
    { "pg", 0, 0, G_OPTION_ARG_STRING, &pg, "PostgreSQL server address", "URI" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  ok_store_init_library ();

  {
    g_autofree char *folder = dir != NULL ? g_strdup (dir) : g_get_current_dir ();
    g_autofree char *path = g_build_filename (folder, "bench-mark.db", NULL);
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    g_unlink (path);
    run ("SQLite (WAL, synchronous=FULL)", path, (guint) marks, (guint) families);
    g_unlink (path);
    g_unlink (wal);
    g_unlink (shm);
  }

  if (pg == NULL && g_strcmp0 (g_getenv ("OUDERKAMER_TEST_PG_URI"), "") > 0)
    pg = g_strdup (g_getenv ("OUDERKAMER_TEST_PG_URI"));
  if (pg != NULL && *pg != '\0')
    {
      g_autoptr(OkStore) server = ok_store_open_full (pg, OK_STORE_OPEN_NO_MIGRATE, &error);
      g_autoptr(GUri) uri = NULL;
      g_autoptr(GUri) bench_uri = NULL;
      g_autofree char *location = NULL;

      if (server == NULL)
        g_error ("%s", error->message);
      ok_store_drop_database (server, "ok_bench_mark", NULL);
      if (!ok_store_create_database (server, "ok_bench_mark", &error))
        g_error ("%s", error->message);
      uri = g_uri_parse (pg, G_URI_FLAGS_HAS_PASSWORD, &error);
      bench_uri = g_uri_build_with_user (G_URI_FLAGS_HAS_PASSWORD, g_uri_get_scheme (uri), g_uri_get_user (uri),
                                         g_uri_get_password (uri), NULL, g_uri_get_host (uri),
                                         g_uri_get_port (uri), "/ok_bench_mark", NULL, NULL);
      location = g_uri_to_string (bench_uri);
      run ("PostgreSQL", location, (guint) marks, (guint) families);
      ok_store_drop_database (server, "ok_bench_mark", NULL);
    }
  else
    g_print ("PostgreSQL: not measured (give --pg or set OUDERKAMER_TEST_PG_URI)\n");
  return 0;
}

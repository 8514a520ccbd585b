/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-test-util.h"

static void
test_open_migrates (OkStore *store)
{
  g_assert_cmpint (ok_store_get_schema_version (store), ==, ok_store_latest_version ());
  g_assert_cmpint (ok_store_get_school_id (store), >, 0);
}

static void
test_reopen_keeps_school (OkStore *store)
{
  g_autoptr(OkStore) second = ok_test_open_second (store);

  g_assert_cmpint (ok_store_get_school_id (second), ==, ok_store_get_school_id (store));
}

/* A database left at any earlier schema version opens and is brought up to
 * date, keeping what it held. */
static void
test_upgrade_from_every_version (OkStore *store)
{
  OkStoreDialect dialect = ok_store_get_dialect (store);

  for (int version = 0; version < ok_store_latest_version (); version++)
    {
      g_autofree char *location = ok_test_new_location (dialect);
      g_autoptr(GError) error = NULL;
      g_autoptr(OkStore) old = ok_store_open_full (location, OK_STORE_OPEN_NO_MIGRATE, &error);

      g_assert_no_error (error);
      g_assert_cmpint (ok_store_get_schema_version (old), ==, 0);
      g_assert_true (ok_store_migrate (old, version, &error));
      g_assert_no_error (error);
      g_assert_cmpint (ok_store_get_schema_version (old), <=, version);
      /* Migrations are numbered with gaps (one range per area): a
       * version no migration ends at was tested as the one below it. */
      if (ok_store_get_schema_version (old) != version)
        {
          g_clear_object (&old);
          ok_test_drop_location (location);
          continue;
        }
      g_clear_object (&old);

      {
        g_autoptr(OkStore) upgraded = ok_store_open (location, &error);
        g_autoptr(GPtrArray) themes = NULL;

        g_assert_no_error (error);
        g_assert_cmpint (ok_store_get_schema_version (upgraded), ==, ok_store_latest_version ());
        g_assert_true (ok_store_integrity_check (upgraded, &error));
        themes = ok_store_theme_list (upgraded, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (themes->len, >, 0);
        g_assert_cmpint (ok_store_get_school_id (upgraded), >, 0);
      }
      ok_test_drop_location (location);
    }
}

static void
test_bad_locations (void)
{
  static const char * const bad[] = {
    "postgresql://",
    "postgresql://user@127.0.0.1:1/",
    "mysql://localhost/db",
    "postgresql://u:p@127.0.0.1:1/nodb",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OkStore) store = ok_store_open (bad[i], &error);

      g_assert_null (store);
      g_assert_nonnull (error);
      g_assert_true (error->domain == OK_STORE_ERROR);
      /* A password never shows up in a message. */
      g_assert_null (strstr (error->message, ":p@"));
    }
}

static void
test_sqlite_file_is_private (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "private", "nested", NULL);
  g_autofree char *path = g_build_filename (dir, "school.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) store = ok_store_open (path, &error);
  GStatBuf st;

  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

static void
test_newer_database_refused (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *location = g_strdup (ok_store_get_location (store));

  if (ok_store_get_dialect (store) != OK_STORE_DIALECT_SQLITE)
    return;
  {
  g_autofree char *command = g_strdup_printf ("sqlite3 '%s' 'UPDATE schema_version SET version = 999'",
                                             location);

  g_assert_cmpint (system (command), ==, 0);
  {
    g_autoptr(OkStore) other = ok_store_open (location, &error);
    g_assert_null (other);
    g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_MIGRATION);
    g_assert_nonnull (strstr (error->message, "newer version"));
  }
  }
}

static gpointer
insert_family_thread (gpointer data)
{
  OkStore *other = data;
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(GError) error = NULL;

  ok_family_set_name (family, "Familie Tweede Laptop");
  ok_store_family_insert (other, family, &error);
  g_assert_no_error (error);
  return NULL;
}

/* A transaction that reads before it writes must not fail because another
 * connection wrote in between: on SQLite it takes the write lock at once,
 * and the other writer waits for it instead. */
static void
test_read_then_write_with_a_second_writer (OkStore *store)
{
  g_autoptr(OkStore) other = ok_test_open_second (store);
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(GError) error = NULL;
  GThread *thread;

  g_assert_true (ok_store_begin (store, &error));
  g_assert_cmpint (ok_store_family_count (store, &error), ==, 0);

  thread = g_thread_new ("second-writer", insert_family_thread, other);
  g_usleep (200 * G_TIME_SPAN_MILLISECOND);

  ok_family_set_name (family, "Familie Eerste Laptop");
  g_assert_true (ok_store_family_insert (store, family, &error));
  g_assert_no_error (error);
  g_assert_true (ok_store_commit (store, &error));
  g_assert_no_error (error);

  g_thread_join (thread);
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 2);
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/store/open-migrates", test_open_migrates);
  ok_test_add_store_func ("/store/reopen-keeps-school", test_reopen_keeps_school);
  ok_test_add_store_func ("/store/upgrade-from-every-version", test_upgrade_from_every_version);
  ok_test_add_store_func ("/store/newer-database-refused", test_newer_database_refused);
  ok_test_add_store_func ("/store/read-then-write-with-a-second-writer",
                          test_read_then_write_with_a_second_writer);
  g_test_add_func ("/store/bad-locations", test_bad_locations);
  g_test_add_func ("/store/sqlite-file-is-private", test_sqlite_file_is_private);
  return g_test_run ();
}

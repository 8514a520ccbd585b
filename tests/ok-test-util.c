/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ok-test"

#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "ok-test-util.h"

typedef struct {
  OkStoreTestFunc func;
  OkStoreDialect dialect;
} StoreTest;

void
ok_test_init (int    *argc,
              char ***argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  ok_store_init_library ();
}

static char *
pg_admin_uri (void)
{
  const char *uri = g_getenv ("OUDERKAMER_TEST_PG_URI");

  return uri != NULL && *uri != '\0' ? g_strdup (uri) : NULL;
}

/* Replaces the database name in a postgresql:// address. */
static char *
uri_with_database (const char *admin,
                   const char *database)
{
  g_autoptr(GUri) uri = g_uri_parse (admin, G_URI_FLAGS_HAS_PASSWORD, NULL);
  g_autofree char *path = g_strconcat ("/", database, NULL);
  g_autoptr(GUri) other = NULL;

  g_assert_nonnull (uri);
  other = g_uri_build_with_user (G_URI_FLAGS_HAS_PASSWORD, g_uri_get_scheme (uri),
                                 g_uri_get_user (uri), g_uri_get_password (uri), NULL,
                                 g_uri_get_host (uri), g_uri_get_port (uri), path, NULL, NULL);
  return g_uri_to_string (other);
}

static char *
database_of (const char *location)
{
  g_autoptr(GUri) uri = g_uri_parse (location, G_URI_FLAGS_HAS_PASSWORD, NULL);

  return g_strdup (g_uri_get_path (uri) + 1);
}

char *
ok_test_new_location (OkStoreDialect dialect)
{
  static int counter;

  if (dialect == OK_STORE_DIALECT_SQLITE)
    {
      /* The names repeat in every test process: only a data folder of the
       * process's own (a temporary one) keeps runs side by side apart. */
      g_assert_true (g_str_has_prefix (g_get_user_data_dir (), g_get_tmp_dir ()));
      return g_strdup_printf ("%s/ok-test-%d.db", g_get_user_data_dir (), ++counter);
    }
  else
    {
      g_autofree char *admin = pg_admin_uri ();
      g_autofree char *name = g_strdup_printf ("ok_t_%d_%d", (int) getpid (), ++counter);
      g_autoptr(OkStore) server = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_nonnull (admin);
      server = ok_store_open_full (admin, OK_STORE_OPEN_NO_MIGRATE, &error);
      g_assert_no_error (error);
      ok_store_drop_database (server, name, NULL);
      ok_store_create_database (server, name, &error);
      g_assert_no_error (error);
      return uri_with_database (admin, name);
    }
}

void
ok_test_drop_location (const char *location)
{
  if (g_str_has_prefix (location, "postgresql://"))
    {
      g_autofree char *admin = pg_admin_uri ();
      g_autofree char *name = database_of (location);
      g_autoptr(OkStore) server = ok_store_open_full (admin, OK_STORE_OPEN_NO_MIGRATE, NULL);
      g_autoptr(GError) error = NULL;

      if (server != NULL && !ok_store_drop_database (server, name, &error))
        g_test_message ("Could not drop %s: %s", name, error->message);
    }
  else
    {
      g_autofree char *wal = g_strconcat (location, "-wal", NULL);
      g_autofree char *shm = g_strconcat (location, "-shm", NULL);

      g_unlink (location);
      g_unlink (wal);
      g_unlink (shm);
    }
}

static void
run_store_test (gconstpointer data)
{
  const StoreTest *test = data;
  g_autofree char *location = NULL;
  g_autoptr(GError) error = NULL;
  OkStore *store;

  if (test->dialect == OK_STORE_DIALECT_POSTGRESQL)
    {
      g_autofree char *admin = pg_admin_uri ();

      if (admin == NULL)
        {
          if (g_strcmp0 (g_getenv ("OUDERKAMER_TEST_SQLITE_ONLY"), "1") == 0)
            {
              g_test_skip ("OUDERKAMER_TEST_SQLITE_ONLY=1");
              return;
            }
          g_test_fail_printf ("No PostgreSQL server for the tests: run them with "
                              "scripts/test.sh, or set OUDERKAMER_TEST_PG_URI");
          return;
        }
    }

  location = ok_test_new_location (test->dialect);
  store = ok_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  test->func (store);

  g_assert_finalize_object (store);
  ok_test_drop_location (location);
}

void
ok_test_add_store_func (const char      *path,
                        OkStoreTestFunc  func)
{
  static const struct { OkStoreDialect dialect; const char *prefix; } dialects[] = {
    { OK_STORE_DIALECT_SQLITE, "/sqlite" },
    { OK_STORE_DIALECT_POSTGRESQL, "/postgresql" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dialects); i++)
    {
      StoreTest *test = g_new0 (StoreTest, 1);
      g_autofree char *full = g_strconcat (dialects[i].prefix, path, NULL);

      test->func = func;
      test->dialect = dialects[i].dialect;
      g_test_add_data_func_full (full, test, run_store_test, g_free);
    }
}

char *
ok_test_dup_location (OkStore *store)
{
  return g_strdup (ok_store_get_location (store));
}

OkStore *
ok_test_open_second (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  OkStore *other = ok_store_open (ok_store_get_location (store), &error);

  g_assert_no_error (error);
  return other;
}

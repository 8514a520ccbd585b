/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Database passwords in the keyring: a real GNOME Keyring on a private
 * D-Bus of the test's own, never the developer's session. */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libsecret/secret.h>

#include "ok-secret.h"
#include "ok-store.h"
#include "ok-test-util.h"

#define PASSWORD "ge:h@im/!wachtwoord"

static void
test_strip (void)
{
  g_autofree char *stripped = ok_secret_strip_password ("postgresql://jan:geheim@db.example:5433/ok");
  g_autofree char *file = ok_secret_strip_password ("/home/jan/ouderkamer.db");
  g_autofree char *same = ok_secret_complete_location ("/home/jan/ouderkamer.db");

  g_assert_cmpstr (stripped, ==, "postgresql://jan@db.example:5433/ok");
  g_assert_cmpstr (file, ==, "/home/jan/ouderkamer.db");
  g_assert_cmpstr (same, ==, "/home/jan/ouderkamer.db");
}

/* The daemon takes its name on the bus before the login keyring is
 * there to hold anything. */
static gboolean
login_keyring_ready (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.secrets",
                                       "/org/freedesktop/secrets/collection/login",
                                       "org.freedesktop.DBus.Properties", "Get",
                                       g_variant_new ("(ss)", "org.freedesktop.Secret.Collection",
                                                      "Locked"),
                                       G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  return reply != NULL;
}

static gboolean
name_has_owner (const char *name)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);
  return owned;
}

/* Helpers die with the test, also when an assertion aborts it. */
static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

/* A bus of the test's own, without service activation, so that nothing
 * but the keyring started below can answer for the Secret Service. (Not
 * GTestDBus: libsecret keeps proxies on the session bus for the rest of
 * the process, and GTestDBus insists on seeing that connection go.) */
static GPid
start_private_bus (void)
{
  static const char config[] =
    "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
    "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
    "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>";
  g_autofree char *config_path = g_build_filename (g_get_user_config_dir (), "test-bus.conf", NULL);
  g_autofree char *config_option = g_strconcat ("--config-file=", config_path, NULL);
  const char *argv[] = { "dbus-daemon", "--nofork", "--print-address=1", config_option, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *address = NULL;
  GPid pid = 0;
  int out = -1;

  g_mkdir_with_parents (g_get_user_config_dir (), 0700);
  g_assert_true (g_file_set_contents (config_path, config, -1, NULL));
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                 G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD
                                 | G_SPAWN_STDERR_TO_DEV_NULL,
                                 die_with_parent, NULL, &pid, NULL, &out, NULL, &error))
    g_error ("Could not start dbus-daemon: %s", error->message);

  channel = g_io_channel_unix_new (out);
  g_io_channel_set_close_on_unref (channel, TRUE);
  g_io_channel_read_line (channel, &address, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (address);
  g_strstrip (address);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", address, TRUE);
  return pid;
}

static void
stop (GPid pid)
{
  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
}

/* The test's own folders, which GLib knows of but the environment may not
 * carry, keep the keyring's files out of the user's. */
static GPid
start_keyring (void)
{
  const char *runtime_dir = g_get_user_runtime_dir ();
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { "gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets", NULL };
  g_autoptr(GError) error = NULL;
  GPid pid = 0;
  int in = -1;

  env = g_environ_setenv (env, "XDG_RUNTIME_DIR", runtime_dir, TRUE);
  env = g_environ_setenv (env, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  env = g_environ_setenv (env, "HOME", g_get_home_dir (), TRUE);
  g_mkdir_with_parents (runtime_dir, 0700);
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env,
                                 G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD
                                 | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                 die_with_parent, NULL, &pid, &in, NULL, NULL, &error))
    g_error ("Could not start gnome-keyring-daemon (install gnome-keyring): %s", error->message);

  /* The login keyring is created with, and unlocked by, this password. */
  g_assert_cmpint (write (in, "test", 4), ==, 4);
  close (in);

  for (int i = 0; i < 200 && !name_has_owner ("org.freedesktop.secrets"); i++)
    g_usleep (50 * 1000);
  g_assert_true (name_has_owner ("org.freedesktop.secrets"));
  for (int i = 0; i < 200 && !login_keyring_ready (); i++)
    g_usleep (50 * 1000);
  g_assert_true (login_keyring_ready ());
  return pid;
}

static void
test_keyring (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  g_autofree char *other = NULL;
  g_autofree char *completed = NULL;
  const char *admin = g_getenv ("OUDERKAMER_TEST_PG_URI");
  GPid bus, keyring;

  bus = start_private_bus ();
  keyring = start_keyring ();

  ok_secret_store_password ("postgresql://jan@db.example:5433/school", PASSWORD, NULL, &error);
  g_assert_no_error (error);

  /* Host names are not case sensitive; the user and port are part of it. */
  found = ok_secret_lookup_password ("postgresql://jan@DB.example:5433/school", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (found, ==, PASSWORD);
  other = ok_secret_lookup_password ("postgresql://piet@db.example:5433/school", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (other);

  /* The location to open carries the password, escaped. */
  completed = ok_secret_complete_location ("postgresql://jan@db.example:5433/school");
  {
    g_autoptr(GUri) uri = g_uri_parse (completed, G_URI_FLAGS_HAS_PASSWORD, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (g_uri_get_password (uri), ==, PASSWORD);
    g_assert_cmpstr (g_uri_get_user (uri), ==, "jan");
  }

  /* End to end: a database whose password is in the keyring only, opened
   * by the store and by the CLI. */
  if (admin != NULL)
    {
      g_autofree char *full = ok_test_new_location (OK_STORE_DIALECT_POSTGRESQL);
      g_autoptr(GUri) uri = g_uri_parse (full, G_URI_FLAGS_HAS_PASSWORD, &error);
      g_autofree char *stripped = ok_secret_strip_password (full);
      g_autofree char *location = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      const char *argv[] = { g_getenv ("OUDERKAMER_CLI"), "--db", stripped, "init", NULL };
      int status = 0;

      g_assert_no_error (error);
      g_assert_null (strstr (stripped, "ouderkamer-test"));
      g_assert_true (ok_secret_store_password (stripped, g_uri_get_password (uri), NULL, &error));
      g_assert_no_error (error);

      location = ok_secret_complete_location (stripped);
      {
        g_autoptr(OkStore) store = ok_store_open (location, &error);

        g_assert_no_error (error);
        g_assert_nonnull (store);
      }

      g_assert_nonnull (argv[0]);
      g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, &error);
      g_assert_no_error (error);
      if (!g_spawn_check_wait_status (status, NULL))
        g_error ("ouderkamer-cli could not open the database: %s", err);
      g_assert_nonnull (strstr (out, "is ready"));

      ok_test_drop_location (full);
    }

  g_assert_true (ok_secret_clear_password ("postgresql://jan@db.example:5433/school", NULL, &error));
  g_clear_pointer (&found, g_free);
  found = ok_secret_lookup_password ("postgresql://jan@db.example:5433/school", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (found);

  /* The bus going away must not take the test process with it. */
  secret_service_disconnect ();
  {
    g_autoptr(GDBusConnection) connection = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);

    g_dbus_connection_set_exit_on_close (connection, FALSE);
  }
  stop (keyring);
  stop (bus);
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  g_test_add_func ("/secret/strip", test_strip);
  g_test_add_func ("/secret/keyring", test_keyring);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Database passwords in the user's keyring. */
#define G_LOG_DOMAIN "ok-secret"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libsecret/secret.h>

#include "ok-secret.h"
#include "ok-store.h"

static const SecretSchema *
database_schema (void)
{
  static const SecretSchema schema = {
    "nl.ouderkamer.Ouderkamer.Database", SECRET_SCHEMA_NONE,
    {
      { "host", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "port", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

static GUri *
parse_postgresql (const char  *location,
                  GError     **error)
{
  g_autoptr(GUri) uri = NULL;

  if (location == NULL
      || (!g_str_has_prefix (location, "postgresql://") && !g_str_has_prefix (location, "postgres://")))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_LOCATION,
                   _("Only passwords of PostgreSQL databases are kept in the keyring"));
      return NULL;
    }
  uri = g_uri_parse (location, G_URI_FLAGS_HAS_PASSWORD, error);
  if (uri == NULL)
    return NULL;
  if (g_uri_get_host (uri) == NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_LOCATION,
                   _("A PostgreSQL address needs a host"));
      return NULL;
    }
  return g_steal_pointer (&uri);
}

/* What identifies the password: the same defaults as the store uses when
 * it connects (the login name for a missing user, 5432 for the port). */
static GHashTable *
attributes_for (GUri *uri)
{
  GHashTable *attributes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  const char *path = g_uri_get_path (uri);
  int port = g_uri_get_port (uri) > 0 ? g_uri_get_port (uri) : 5432;

  while (path != NULL && *path == '/')
    path++;
  g_hash_table_insert (attributes, "host", g_ascii_strdown (g_uri_get_host (uri), -1));
  g_hash_table_insert (attributes, "port", g_strdup_printf ("%d", port));
  g_hash_table_insert (attributes, "database", g_strdup (path != NULL ? path : ""));
  g_hash_table_insert (attributes, "user",
                       g_strdup (g_uri_get_user (uri) != NULL ? g_uri_get_user (uri)
                                                              : g_get_user_name ()));
  return attributes;
}

static char *
label_for (GHashTable *attributes)
{
  return g_strdup_printf (_("Ouderkamer database %s on %s (%s)"),
                          (char *) g_hash_table_lookup (attributes, "database"),
                          (char *) g_hash_table_lookup (attributes, "host"),
                          (char *) g_hash_table_lookup (attributes, "user"));
}

char *
ok_secret_strip_password (const char *location)
{
  g_autoptr(GUri) uri = parse_postgresql (location, NULL);

  if (uri == NULL)
    return g_strdup (location);
  return g_uri_to_string_partial (uri, G_URI_HIDE_PASSWORD);
}

gboolean
ok_secret_store_password (const char    *location,
                          const char    *password,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GUri) uri = parse_postgresql (location, error);
  g_autoptr(GHashTable) attributes = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (password != NULL, FALSE);

  if (uri == NULL)
    return FALSE;
  attributes = attributes_for (uri);
  label = label_for (attributes);
  return secret_password_storev_sync (database_schema (), attributes, SECRET_COLLECTION_DEFAULT,
                                      label, password, cancellable, error);
}

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
ok_secret_store_password_async (const char           *location,
                                const char           *password,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GUri) uri = parse_postgresql (location, &error);
  g_autoptr(GHashTable) attributes = NULL;
  g_autofree char *label = NULL;

  g_task_set_source_tag (task, ok_secret_store_password_async);
  if (uri == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  attributes = attributes_for (uri);
  label = label_for (attributes);
  secret_password_storev (database_schema (), attributes, SECRET_COLLECTION_DEFAULT, label,
                          password, cancellable, stored_cb, g_steal_pointer (&task));
}

gboolean
ok_secret_store_password_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

char *
ok_secret_lookup_password (const char    *location,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GUri) uri = parse_postgresql (location, error);
  g_autoptr(GHashTable) attributes = NULL;

  if (uri == NULL)
    return NULL;
  attributes = attributes_for (uri);
  return secret_password_lookupv_sync (database_schema (), attributes, cancellable, error);
}

gboolean
ok_secret_clear_password (const char    *location,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GUri) uri = parse_postgresql (location, error);
  g_autoptr(GHashTable) attributes = NULL;
  g_autoptr(GError) local_error = NULL;

  if (uri == NULL)
    return FALSE;
  attributes = attributes_for (uri);
  if (!secret_password_clearv_sync (database_schema (), attributes, cancellable, &local_error)
      && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* Only a keyring that is already running is asked: on a server without a
 * desktop session, D-Bus would otherwise start one that then waits for
 * someone to unlock it. */
static gboolean
keyring_running (void)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) reply = NULL;
  gboolean running = FALSE;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    return FALSE;
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  if (bus == NULL)
    return FALSE;
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", "org.freedesktop.secrets"),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE, 2000,
                                       NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &running);
  return running;
}

char *
ok_secret_complete_location (const char *location)
{
  g_autoptr(GUri) uri = parse_postgresql (location, NULL);
  g_autoptr(GUri) completed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;

  if (uri == NULL || g_uri_get_password (uri) != NULL || !keyring_running ())
    return g_strdup (location);

  password = ok_secret_lookup_password (location, NULL, &error);
  if (password == NULL)
    {
      if (error != NULL)
        g_debug ("No password from the keyring: %s", error->message);
      return g_strdup (location);
    }

  completed = g_uri_build_with_user (g_uri_get_flags (uri), g_uri_get_scheme (uri),
                                     g_uri_get_user (uri), password, NULL, g_uri_get_host (uri),
                                     g_uri_get_port (uri), g_uri_get_path (uri),
                                     g_uri_get_query (uri), g_uri_get_fragment (uri));
  secret_password_free (g_steal_pointer (&password));
  return g_uri_to_string (completed);
}

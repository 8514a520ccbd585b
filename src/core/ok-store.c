/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store: the one place that knows the database is libgda, and the one
 * place where SQLite and PostgreSQL are allowed to differ. This file opens
 * the connection and sets up each dialect; statements and transactions are
 * in ok-store-statement.c and ok-store-transaction.c. */
#define G_LOG_DOMAIN "ok-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ok-core-resources.h"
#include "ok-store-object.h"
#include "ok-time.h"

#include <libgda/sqlite/gda-sqlite-provider.h>

G_DEFINE_FINAL_TYPE (OkStore, ok_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (ok-store-error-quark, ok_store_error)

static void
ok_store_finalize (GObject *object)
{
  OkStore *self = OK_STORE (object);

  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->insert_statements, g_hash_table_unref);
  g_clear_object (&self->parser);
  if (self->connection != NULL)
    gda_connection_close (self->connection);
  g_clear_object (&self->connection);
  g_clear_pointer (&self->location, g_free);

  G_OBJECT_CLASS (ok_store_parent_class)->finalize (object);
}

static void
ok_store_class_init (OkStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ok_store_finalize;
}

static void
ok_store_init (OkStore *self)
{
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) _ok_prepared_free);
  self->insert_statements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) _ok_prepared_free);
}

void
ok_store_init_library (void)
{
  static gsize initialised;

  if (g_once_init_enter (&initialised))
    {
      gda_init ();
      /* Referencing the bundle keeps the linker from dropping it out of
       * the static library; its constructor registers it. */
      if (ok_core_get_resource () == NULL)
        g_error ("The core resources are missing from this build");
      g_once_init_leave (&initialised, 1);
    }
}

char *
ok_store_default_location (void)
{
  return g_build_filename (g_get_user_data_dir (), "ouderkamer", "ouderkamer.db", NULL);
}

static gboolean
is_postgresql_uri (const char *location)
{
  return g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://");
}

/* libgda's connection strings are KEY=VALUE;… with RFC 1738 encoded values. */
static void
append_cnc_part (GString    *s,
                 const char *key,
                 const char *value)
{
  g_autofree char *encoded = gda_rfc1738_encode (value);

  if (s->len > 0)
    g_string_append_c (s, ';');
  g_string_append_printf (s, "%s=%s", key, encoded);
}

static GdaConnection *
open_postgresql (const char  *location,
                 GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autoptr(GString) cnc = g_string_new (NULL);
  g_autoptr(GString) auth = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *user = NULL;
  g_autofree char *password = NULL;
  const char *dbname;
  GdaConnection *connection;

  uri = g_uri_parse (location, G_URI_FLAGS_HAS_PASSWORD, &local_error);
  if (uri == NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_LOCATION,
                   _("“%s” is not a valid PostgreSQL address: %s"),
                   "postgresql://…", local_error->message);
      return NULL;
    }

  dbname = g_uri_get_path (uri);
  while (dbname != NULL && *dbname == '/')
    dbname++;
  if (g_uri_get_host (uri) == NULL || dbname == NULL || *dbname == '\0')
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_LOCATION,
                   _("A PostgreSQL address needs a host and a database name, "
                     "as in postgresql://user:password@host:5432/database"));
      return NULL;
    }

  append_cnc_part (cnc, "HOST", g_uri_get_host (uri));
  if (g_uri_get_port (uri) > 0)
    {
      g_autofree char *port = g_strdup_printf ("%d", g_uri_get_port (uri));
      append_cnc_part (cnc, "PORT", port);
    }
  append_cnc_part (cnc, "DB_NAME", dbname);

  user = g_strdup (g_uri_get_user (uri));
  password = g_strdup (g_uri_get_password (uri));
  if (user == NULL)
    user = g_strdup (g_get_user_name ());
  append_cnc_part (auth, "USERNAME", user);
  if (password != NULL)
    append_cnc_part (auth, "PASSWORD", password);

  connection = gda_connection_open_from_string ("PostgreSQL", cnc->str, auth->str,
                                                GDA_CONNECTION_OPTIONS_NONE, &local_error);
  if (connection == NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                   _("Could not connect to the PostgreSQL database “%s” on %s: %s"),
                   dbname, g_uri_get_host (uri),
                   local_error != NULL ? local_error->message : _("unknown error"));
      return NULL;
    }
  return connection;
}

/* Personal data: the folder we create is the owner's alone, and so is the
 * database file, created before SQLite sees it (SQLite gives its -wal and
 * -shm files the mode of the database file). */
static gboolean
prepare_sqlite_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved_errno = errno;
          g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                       _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
          return FALSE;
        }
    }

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                   _("“%s” is a folder, not a database file"), path);
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                   _("Could not open the database file “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  if (fchmod (fd, 0600) != 0)
    g_debug ("Could not restrict %s to its owner: %s", path, g_strerror (errno));
  close (fd);
  return TRUE;
}

/* Asked for a provider by name, libgda loads every provider module it has,
 * PostgreSQL's client libraries and all they link with included: a tenth of
 * the app's start-up. SQLite is built into libgda, so its provider is made
 * directly; one serves every connection. */
static GdaServerProvider *
sqlite_provider (void)
{
  static GdaServerProvider *provider;

  if (g_once_init_enter (&provider))
    g_once_init_leave (&provider, g_object_new (GDA_TYPE_SQLITE_PROVIDER, NULL));
  return provider;
}

static GdaConnection *
open_sqlite (const char        *path,
             OkStoreOpenFlags   flags,
             GError           **error)
{
  g_autoptr(GString) cnc = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  GdaConnection *connection;

  if ((flags & OK_STORE_OPEN_READ_ONLY) != 0)
    {
      /* libgda would create a missing file, even when asked to read only. */
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        {
          g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                       _("The database file “%s” does not exist"), path);
          return NULL;
        }
    }
  else if (!prepare_sqlite_file (path, error))
    return NULL;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  append_cnc_part (cnc, "DB_DIR", dir);
  append_cnc_part (cnc, "DB_NAME", base);
  append_cnc_part (cnc, "APPEND_DB_EXTENSION", "FALSE");

  connection = g_object_new (GDA_TYPE_CONNECTION, "provider", sqlite_provider (), "cnc-string", cnc->str, NULL);
  if (!gda_connection_open (connection, &local_error))
    {
      g_object_unref (connection);
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                   _("Could not open the database “%s”: %s"), path,
                   local_error != NULL ? local_error->message : _("unknown error"));
      return NULL;
    }
  return connection;
}

static gboolean
configure_sqlite (OkStore           *self,
                  OkStoreOpenFlags   flags,
                  GError           **error)
{
  /* WAL lets the app and the CLI read while the other writes; FULL makes
   * every committed mark survive a power cut, not only a killed process. */
  static const char * const pragmas[] = {
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
  };
  /* A backup is read as it is: switching it to WAL would write to it. */
  static const char * const read_only_pragmas[] = {
    "PRAGMA busy_timeout = 10000",
    "PRAGMA query_only = 1",
  };
  gboolean read_only = (flags & OK_STORE_OPEN_READ_ONLY) != 0;
  const char * const *list = read_only ? read_only_pragmas : pragmas;
  guint n = read_only ? G_N_ELEMENTS (read_only_pragmas) : G_N_ELEMENTS (pragmas);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdaDataModel) model = _ok_store_select (self, list[i], error, NULL);

      if (model == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
ensure_school (OkStore  *self,
               GError  **error)
{
  gint64 id = 0;
  g_autofree char *now = NULL;

  if (!_ok_store_select_int64 (self, &id, "SELECT min(id) FROM school", error, NULL))
    return FALSE;
  if (id > 0)
    {
      self->school_id = id;
      return TRUE;
    }

  /* Data, not interface: a school's name stays Dutch whatever the locale
   * of the process that happened to create the database. */
  now = ok_time_now_utc ();
  id = _ok_store_insert (self, "INSERT INTO school (name, region, created_at) "
                         "VALUES (##name::string, 'midden', ##now::string)",
                         error, "name", G_TYPE_STRING, "Mijn school",
                         "now", G_TYPE_STRING, now, NULL);
  if (id <= 0)
    return FALSE;
  self->school_id = id;
  return TRUE;
}

OkStore *
ok_store_open_full (const char        *location,
                    OkStoreOpenFlags   flags,
                    GError           **error)
{
  g_autoptr(OkStore) self = NULL;
  g_autofree char *default_location = NULL;

  ok_store_init_library ();

  if (location == NULL || *location == '\0')
    location = default_location = ok_store_default_location ();

  self = g_object_new (OK_TYPE_STORE, NULL);
  self->location = g_strdup (location);

  if (is_postgresql_uri (location))
    {
      self->dialect = OK_STORE_DIALECT_POSTGRESQL;
      self->connection = open_postgresql (location, error);
    }
  else if (strstr (location, "://") != NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_LOCATION,
                   _("Unknown kind of database “%.*s”: give a file name or a postgresql:// address"),
                   (int) (strstr (location, "://") - location), location);
      return NULL;
    }
  else
    {
      self->dialect = OK_STORE_DIALECT_SQLITE;
      self->connection = open_sqlite (location, flags, error);
    }
  if (self->connection == NULL)
    return NULL;

  self->parser = gda_connection_create_parser (self->connection);
  if (self->parser == NULL)
    self->parser = gda_sql_parser_new ();

  if (self->dialect == OK_STORE_DIALECT_SQLITE && !configure_sqlite (self, flags, error))
    return NULL;

  if ((flags & OK_STORE_OPEN_READ_ONLY) != 0)
    {
      if (self->dialect == OK_STORE_DIALECT_POSTGRESQL
          && _ok_store_execute (self, "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
                                error, NULL) < 0)
        return NULL;
      if (ok_store_get_schema_version (self) > 0
          && !_ok_store_select_int64 (self, &self->school_id, "SELECT min(id) FROM school",
                                      error, NULL))
        return NULL;
    }
  else if ((flags & OK_STORE_OPEN_NO_MIGRATE) == 0)
    {
      if (!ok_store_migrate (self, -1, error))
        return NULL;
      if (!ensure_school (self, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

OkStore *
ok_store_open (const char  *location,
               GError     **error)
{
  return ok_store_open_full (location, OK_STORE_OPEN_DEFAULT, error);
}

/* A second connection to the same database, for a worker thread: libgda
 * objects must not be shared between threads. */
OkStore *
ok_store_reopen (OkStore  *self,
                 GError  **error)
{
  OkStore *other;

  g_return_val_if_fail (OK_IS_STORE (self), NULL);

  other = ok_store_open_full (self->location, OK_STORE_OPEN_NO_MIGRATE, error);
  if (other != NULL)
    other->school_id = self->school_id;
  return other;
}

const char *
ok_store_get_location (OkStore *self)
{
  g_return_val_if_fail (OK_IS_STORE (self), NULL);

  return self->location;
}

/* The location without a password, for titles and messages. */
char *
ok_store_dup_display_location (OkStore *self)
{
  g_autoptr(GUri) uri = NULL;

  g_return_val_if_fail (OK_IS_STORE (self), NULL);

  if (self->dialect == OK_STORE_DIALECT_SQLITE)
    return g_strdup (self->location);

  uri = g_uri_parse (self->location, G_URI_FLAGS_HAS_PASSWORD, NULL);
  if (uri == NULL)
    return g_strdup ("postgresql://");
  return g_uri_to_string_partial (uri, G_URI_HIDE_PASSWORD);
}

OkStoreDialect
ok_store_get_dialect (OkStore *self)
{
  g_return_val_if_fail (OK_IS_STORE (self), OK_STORE_DIALECT_SQLITE);

  return self->dialect;
}

gint64
ok_store_get_school_id (OkStore *self)
{
  g_return_val_if_fail (OK_IS_STORE (self), 0);

  return self->school_id;
}

gint64
_ok_store_school_or_current (OkStore *self,
                             gint64   school_id)
{
  return school_id > 0 ? school_id : ok_store_get_school_id (self);
}

void
ok_store_set_school_id (OkStore *self,
                        gint64   school_id)
{
  g_return_if_fail (OK_IS_STORE (self));

  self->school_id = school_id;
}

GdaConnection *
_ok_store_get_connection (OkStore *self)
{
  return self->connection;
}

GdaSqlParser *
_ok_store_get_parser (OkStore *self)
{
  return self->parser;
}

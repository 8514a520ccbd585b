/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The store: the one place that knows the database is libgda, and the one
 * place where SQLite and PostgreSQL are allowed to differ. */
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
#include "ok-store-private.h"
#include "ok-time.h"

#include <libgda/sqlite/gda-sqlite-provider.h>


struct _OkStore
{
  GObject parent_instance;

  GdaConnection *connection;
  GdaSqlParser *parser;
  GHashTable *statements;      /* const char *sql (by address) → Prepared */
  GHashTable *insert_statements;

  char *location;
  OkStoreDialect dialect;
  gint64 school_id;

  guint transaction_depth;
  gboolean transaction_failed;
  guint statements_in_transaction;
};

/* A parsed statement and its parameter set, both made once: building the
 * set anew for every execution was a third of the cost of an insert. */
typedef struct {
  GdaStatement *statement;
  GdaSet *params;
} Prepared;

static void
prepared_free (Prepared *prepared)
{
  g_clear_object (&prepared->statement);
  g_clear_object (&prepared->params);
  g_free (prepared);
}

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
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) prepared_free);
  self->insert_statements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) prepared_free);
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

/* Turns a libgda failure into our own error, telling broken rules apart
 * from other failures so that callers can show the right message. */
void
_ok_store_propagate_error (OkStore     *self,
                     GError      *gda_error,
                     GError     **error)
{
  const GList *events = gda_connection_get_events (self->connection);
  OkStoreError code = OK_STORE_ERROR_QUERY;
  const char *message = gda_error != NULL && gda_error->message != NULL
                        ? gda_error->message : _("unknown database error");

  for (const GList *l = events; l != NULL; l = l->next)
    {
      GdaConnectionEvent *event = l->data;

      if (gda_connection_event_get_event_type (event) != GDA_CONNECTION_EVENT_ERROR)
        continue;
      switch (gda_connection_event_get_gda_code (event))
        {
        case GDA_CONNECTION_EVENT_CODE_CONSTRAINT_VIOLATION:
        case GDA_CONNECTION_EVENT_CODE_RESTRICT_VIOLATION:
        case GDA_CONNECTION_EVENT_CODE_NOT_NULL_VIOLATION:
        case GDA_CONNECTION_EVENT_CODE_FOREIGN_KEY_VIOLATION:
        case GDA_CONNECTION_EVENT_CODE_UNIQUE_VIOLATION:
        case GDA_CONNECTION_EVENT_CODE_CHECK_VIOLATION:
          code = OK_STORE_ERROR_CONSTRAINT;
          break;
        default:
          break;
        }
    }
  if (code == OK_STORE_ERROR_QUERY
      && (strstr (message, "constraint") != NULL || strstr (message, "violates") != NULL))
    code = OK_STORE_ERROR_CONSTRAINT;

  if (self->transaction_depth > 0)
    self->transaction_failed = TRUE;

  /* A director's role on PostgreSQL, or a backup opened for reading. */
  if (strstr (message, "permission denied") != NULL || strstr (message, "readonly") != NULL
      || strstr (message, "read-only") != NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_DENIED,
                   _("This database account may not read or change this information (%s)"),
                   message);
      return;
    }

  g_set_error (error, OK_STORE_ERROR, code, "%s", message);
}

/* libgda logs every statement of an open transaction in a list that it
 * walks to its end on each new statement, which makes a transaction of n
 * statements cost O(n²): an import of 25,000 pupils took minutes. We use
 * no savepoints, so the log is of no use to us and is cut regularly. */
static void
trim_transaction_log (OkStore *self)
{
  GdaTransactionStatus *status;

  if (self->transaction_depth == 0 || ++self->statements_in_transaction % 64 != 0)
    return;
  status = gda_connection_get_transaction_status (self->connection);
  if (status != NULL && status->events != NULL)
    gda_transaction_status_free_events (status, status->events->data, TRUE);
}

static GdaStatement *
parse_statement (OkStore     *self,
                 const char  *sql,
                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *remain = NULL;
  GdaStatement *stmt;

  stmt = gda_sql_parser_parse_string (self->parser, sql, &remain, &local_error);
  if (stmt == NULL)
    {
      g_critical ("Could not parse SQL “%s”: %s", sql,
                  local_error != NULL ? local_error->message : "?");
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_QUERY,
                   "Could not parse SQL: %s", local_error != NULL ? local_error->message : "?");
      return NULL;
    }
  return stmt;
}

/* libgda 5.2 rewrites a statement whenever a parameter is NULL and leaks
 * the rewritten copy, a few kilobytes per execution (500 MB for a board's
 * demo data). So no parameter is ever bound to NULL: `##name::type::null`
 * becomes NULLIF(##name::type, '') for text and NULLIF(…, 0) for numbers,
 * and the binding passes '' or 0 instead of NULL. */
static char *
rewrite_nullable_parameters (const char *sql)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = sql;

  while (*p != '\0')
    {
      const char *start = strstr (p, "##");
      const char *end;
      g_autofree char *token = NULL;

      if (start == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, start - p);
      for (end = start + 2; g_ascii_isalnum (*end) || *end == '_' || *end == ':'; end++)
        ;
      token = g_strndup (start, end - start);
      if (g_str_has_suffix (token, "::null"))
        {
          token[strlen (token) - strlen ("::null")] = '\0';
          g_string_append_printf (out, "NULLIF(%s, %s)", token,
                                  g_str_has_suffix (token, "::string") ? "''" : "0");
        }
      else
        g_string_append (out, token);
      p = end;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static Prepared *
prepare (OkStore     *self,
         const char  *sql,
         GError     **error)
{
  g_autofree char *rewritten = rewrite_nullable_parameters (sql);
  g_autoptr(GdaStatement) stmt = parse_statement (self, rewritten, error);
  Prepared *prepared;

  if (stmt == NULL)
    return NULL;
  prepared = g_new0 (Prepared, 1);
  if (!gda_statement_get_parameters (stmt, &prepared->params, error))
    {
      prepared_free (prepared);
      return NULL;
    }
  prepared->statement = g_steal_pointer (&stmt);
  return prepared;
}

static Prepared *
lookup_statement (OkStore     *self,
                  const char  *sql,
                  GError     **error)
{
  Prepared *prepared = g_hash_table_lookup (self->statements, sql);

  if (prepared == NULL)
    {
      prepared = prepare (self, sql, error);
      if (prepared == NULL)
        return NULL;
      g_hash_table_insert (self->statements, (gpointer) sql, prepared);
    }
  return prepared;
}

static gboolean
set_holder (GdaSet        *params,
            const char    *name,
            const GValue  *value,
            GError       **error)
{
  GdaHolder *holder = params != NULL ? gda_set_get_holder (params, name) : NULL;
  g_auto(GValue) converted = G_VALUE_INIT;

  if (holder == NULL)
    g_error ("The statement has no parameter “%s”", name);

  if (gda_holder_get_g_type (holder) != G_VALUE_TYPE (value))
    {
      g_value_init (&converted, gda_holder_get_g_type (holder));
      if (!g_value_transform (value, &converted))
        g_error ("Cannot bind %s to parameter “%s” of type %s", G_VALUE_TYPE_NAME (value),
                 name, g_type_name (gda_holder_get_g_type (holder)));
      return gda_holder_set_value (holder, &converted, error);
    }
  return gda_holder_set_value (holder, value, error);
}

/* Every parameter must be given on every call: the set is reused, and a
 * forgotten one would silently keep the previous call's value. */
static void
check_all_bound (GdaSet *params,
                 guint   bound)
{
  if (bound != (params != NULL ? g_slist_length (params->holders) : 0))
    g_error ("A statement was given %u of its %u parameters", bound,
             g_slist_length (params->holders));
}

static gboolean
bind_parameters (Prepared  *prepared,
                 va_list    args,
                 GError   **error)
{
  GdaSet *params = prepared->params;
  guint bound = 0;
  const char *name;

  while ((name = va_arg (args, const char *)) != NULL)
    {
      GType type = va_arg (args, GType);
      g_auto(GValue) value = G_VALUE_INIT;

      if (type == G_TYPE_STRING)
        {
          const char *s = va_arg (args, const char *);
          g_value_init (&value, G_TYPE_STRING);
          g_value_set_string (&value, s != NULL ? s : "");
        }
      else if (type == G_TYPE_INT64 || type == OK_TYPE_ID)
        {
          gint64 v = va_arg (args, gint64);
          g_value_init (&value, G_TYPE_INT64);
          g_value_set_int64 (&value, type == OK_TYPE_ID && v < 0 ? 0 : v);
        }
      else if (type == G_TYPE_INT || type == G_TYPE_BOOLEAN)
        {
          int v = va_arg (args, int);
          g_value_init (&value, G_TYPE_INT);
          g_value_set_int (&value, type == G_TYPE_BOOLEAN ? !!v : v);
        }
      else if (type == G_TYPE_DOUBLE)
        {
          g_value_init (&value, G_TYPE_DOUBLE);
          g_value_set_double (&value, va_arg (args, double));
        }
      else
        g_error ("Unsupported parameter type %s for “%s”", g_type_name (type), name);

      if (!set_holder (params, name, &value, error))
        return FALSE;
      bound++;
    }

  check_all_bound (params, bound);
  return TRUE;
}

/* For statements built from a table description: the values as arrays. */
static gboolean
bind_values (Prepared            *prepared,
             guint                n_values,
             const char * const  *names,
             const GValue        *values,
             GError             **error)
{
  for (guint i = 0; i < n_values; i++)
    if (!set_holder (prepared->params, names[i], &values[i], error))
      return FALSE;

  check_all_bound (prepared->params, n_values);
  return TRUE;
}

GdaDataModel *
_ok_store_select_valist (OkStore     *self,
                         const char  *sql,
                         GError     **error,
                         va_list      args)
{
  g_autoptr(GError) local_error = NULL;
  Prepared *prepared;
  GdaDataModel *model;

  prepared = lookup_statement (self, sql, error);
  if (prepared == NULL)
    return NULL;
  if (!bind_parameters (prepared, args, error))
    return NULL;

  model = gda_connection_statement_execute_select_full (self->connection, prepared->statement,
                                                        prepared->params,
                                                        GDA_STATEMENT_MODEL_RANDOM_ACCESS,
                                                        NULL, &local_error);
  if (model == NULL)
    _ok_store_propagate_error (self, local_error, error);
  trim_transaction_log (self);
  return model;
}

GdaDataModel *
_ok_store_select (OkStore     *self,
                  const char  *sql,
                  GError     **error,
                  ...)
{
  GdaDataModel *model;
  va_list args;

  va_start (args, error);
  model = _ok_store_select_valist (self, sql, error, args);
  va_end (args);
  return model;
}

gboolean
_ok_store_select_int64 (OkStore     *self,
                        gint64      *result,
                        const char  *sql,
                        GError     **error,
                        ...)
{
  g_autoptr(GdaDataModel) model = NULL;
  va_list args;

  va_start (args, error);
  model = _ok_store_select_valist (self, sql, error, args);
  va_end (args);
  if (model == NULL)
    return FALSE;

  *result = gda_data_model_get_n_rows (model) > 0 ? _ok_rows_int64 (model, 0, 0) : 0;
  return TRUE;
}

static gint64
execute_prepared (OkStore   *self,
                  Prepared  *prepared,
                  GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  int rows;

  rows = gda_connection_statement_execute_non_select (self->connection, prepared->statement,
                                                      prepared->params,
                                                      NULL, &local_error);
  trim_transaction_log (self);
  /* -2 only means the provider does not count rows. */
  if (rows == -1 || local_error != NULL)
    {
      _ok_store_propagate_error (self, local_error, error);
      return -1;
    }
  return MAX (rows, 0);
}

gint64
_ok_store_execute (OkStore     *self,
                   const char  *sql,
                   GError     **error,
                   ...)
{
  Prepared *prepared;
  gboolean bound;
  va_list args;

  prepared = lookup_statement (self, sql, error);
  if (prepared == NULL)
    return -1;

  va_start (args, error);
  bound = bind_parameters (prepared, args, error);
  va_end (args);
  if (!bound)
    return -1;
  return execute_prepared (self, prepared, error);
}

gint64
_ok_store_execute_values (OkStore             *self,
                          const char          *sql,
                          guint                n_values,
                          const char * const  *names,
                          const GValue        *values,
                          GError             **error)
{
  Prepared *prepared = lookup_statement (self, sql, error);

  if (prepared == NULL || !bind_values (prepared, n_values, names, values, error))
    return -1;
  return execute_prepared (self, prepared, error);
}

/* Neither dialect hands back a new id through libgda's own API (PostgreSQL
 * tables have no OIDs any more), so each dialect asks in its own way. */
static Prepared *
lookup_insert_statement (OkStore     *self,
                         const char  *sql,
                         GError     **error)
{
  Prepared *prepared;
  g_autofree char *returning = NULL;

  if (self->dialect != OK_STORE_DIALECT_POSTGRESQL)
    return lookup_statement (self, sql, error);

  prepared = g_hash_table_lookup (self->insert_statements, sql);
  if (prepared != NULL)
    return prepared;

  returning = g_strconcat (sql, " RETURNING id", NULL);
  prepared = prepare (self, returning, error);
  if (prepared != NULL)
    g_hash_table_insert (self->insert_statements, (gpointer) sql, prepared);
  return prepared;
}

static gint64
insert_prepared (OkStore   *self,
                 Prepared  *prepared,
                 GError   **error)
{
  gint64 id = -1;

  if (self->dialect == OK_STORE_DIALECT_POSTGRESQL)
    {
      g_autoptr(GdaDataModel) model = NULL;
      g_autoptr(GError) local_error = NULL;

      model = gda_connection_statement_execute_select (self->connection, prepared->statement,
                                                       prepared->params, &local_error);
      trim_transaction_log (self);
      if (model == NULL)
        {
          _ok_store_propagate_error (self, local_error, error);
          return -1;
        }
      return _ok_rows_int64 (model, 0, 0);
    }

  if (execute_prepared (self, prepared, error) < 0)
    return -1;
  if (!_ok_store_select_int64 (self, &id, "SELECT last_insert_rowid()", error, NULL))
    return -1;
  return id;
}

gint64
_ok_store_insert (OkStore     *self,
                  const char  *sql,
                  GError     **error,
                  ...)
{
  Prepared *prepared;
  gboolean bound;
  va_list args;

  prepared = lookup_insert_statement (self, sql, error);
  if (prepared == NULL)
    return -1;

  va_start (args, error);
  bound = bind_parameters (prepared, args, error);
  va_end (args);
  if (!bound)
    return -1;
  return insert_prepared (self, prepared, error);
}

gint64
_ok_store_insert_values (OkStore             *self,
                         const char          *sql,
                         guint                n_values,
                         const char * const  *names,
                         const GValue        *values,
                         GError             **error)
{
  Prepared *prepared = lookup_insert_statement (self, sql, error);

  if (prepared == NULL || !bind_values (prepared, n_values, names, values, error))
    return -1;
  return insert_prepared (self, prepared, error);
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

/* Transactions: libgda cannot nest them on SQLite, so only the outermost
 * level talks to the database and an inner failure dooms the whole.
 *
 * On SQLite a transaction takes the write lock at once (BEGIN IMMEDIATE):
 * libgda's deferred BEGIN lets a transaction that reads before it writes
 * fail with "database is locked" when another process (the CLI, a second
 * window) wrote in between, whatever the busy timeout. */
static gboolean
run_transaction_control (OkStore     *self,
                         const char  *sql,
                         GError     **error)
{
  Prepared *prepared = lookup_statement (self, sql, error);

  if (prepared == NULL)
    return FALSE;
  return gda_connection_statement_execute_non_select (self->connection, prepared->statement,
                                                      NULL, NULL, error) != -1;
}

static gboolean
begin_transaction (OkStore  *self,
                   GError  **error)
{
  if (self->dialect == OK_STORE_DIALECT_SQLITE)
    return run_transaction_control (self, "BEGIN IMMEDIATE", error);
  return gda_connection_begin_transaction (self->connection, NULL,
                                           GDA_TRANSACTION_ISOLATION_UNKNOWN, error);
}

static gboolean
commit_transaction (OkStore  *self,
                    GError  **error)
{
  if (self->dialect == OK_STORE_DIALECT_SQLITE)
    return run_transaction_control (self, "COMMIT", error);
  return gda_connection_commit_transaction (self->connection, NULL, error);
}

static void
rollback_transaction (OkStore *self)
{
  if (self->dialect == OK_STORE_DIALECT_SQLITE)
    run_transaction_control (self, "ROLLBACK", NULL);
  else
    gda_connection_rollback_transaction (self->connection, NULL, NULL);
}

gboolean
ok_store_begin (OkStore  *self,
                GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (OK_IS_STORE (self), FALSE);

  if (self->transaction_depth++ > 0)
    return TRUE;

  self->transaction_failed = FALSE;
  self->statements_in_transaction = 0;
  if (!begin_transaction (self, &local_error))
    {
      self->transaction_depth = 0;
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_QUERY,
                   _("Could not start a transaction: %s"),
                   local_error != NULL ? local_error->message : _("unknown error"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ok_store_commit (OkStore  *self,
                 GError  **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (OK_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (--self->transaction_depth > 0)
    return TRUE;

  if (self->transaction_failed)
    {
      rollback_transaction (self);
      self->transaction_failed = FALSE;
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_QUERY,
                   _("The change was undone because part of it failed"));
      return FALSE;
    }

  if (!commit_transaction (self, &local_error))
    {
      rollback_transaction (self);
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_QUERY,
                   _("Could not save the change: %s"),
                   local_error != NULL ? local_error->message : _("unknown error"));
      return FALSE;
    }
  return TRUE;
}

void
ok_store_rollback (OkStore *self)
{
  g_return_if_fail (OK_IS_STORE (self));
  g_return_if_fail (self->transaction_depth > 0);

  if (--self->transaction_depth > 0)
    {
      self->transaction_failed = TRUE;
      return;
    }
  self->transaction_failed = FALSE;
  rollback_transaction (self);
}

gboolean
ok_store_in_transaction (OkStore *self)
{
  g_return_val_if_fail (OK_IS_STORE (self), FALSE);

  return self->transaction_depth > 0;
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

void
ok_store_set_school_id (OkStore *self,
                        gint64   school_id)
{
  g_return_if_fail (OK_IS_STORE (self));

  self->school_id = school_id;
}

static gboolean
check_database_name (const char  *name,
                     GError     **error)
{
  gboolean ok = name != NULL && *name != '\0' && strlen (name) < 60;

  for (const char *p = name; ok && *p != '\0'; p++)
    ok = g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_';
  if (!ok)
    g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                 _("“%s” is not a valid database name (use a–z, 0–9 and _)"), name);
  return ok;
}

/* For tests and set-up scripts on a PostgreSQL server: identifiers cannot
 * be parameters, so the name is checked against a strict pattern instead. */
static gboolean
run_database_ddl (OkStore     *self,
                  const char  *verb,
                  const char  *name,
                  GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(GdaStatement) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  if (self->dialect != OK_STORE_DIALECT_POSTGRESQL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   "Databases can only be created on a PostgreSQL server");
      return FALSE;
    }
  if (!check_database_name (name, error))
    return FALSE;

  sql = g_strdup_printf ("%s %s", verb, name);
  stmt = parse_statement (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  if (gda_connection_statement_execute_non_select (self->connection, stmt, NULL, NULL,
                                                   &local_error) == -1)
    {
      _ok_store_propagate_error (self, local_error, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
ok_store_create_database (OkStore     *self,
                          const char  *name,
                          GError     **error)
{
  return run_database_ddl (self, "CREATE DATABASE", name, error);
}

gboolean
ok_store_drop_database (OkStore     *self,
                        const char  *name,
                        GError     **error)
{
  return run_database_ddl (self, "DROP DATABASE IF EXISTS", name, error);
}

gboolean
ok_store_integrity_check (OkStore  *self,
                          GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  const char *result;

  g_return_val_if_fail (OK_IS_STORE (self), FALSE);

  if (self->dialect != OK_STORE_DIALECT_SQLITE)
    return TRUE;

  model = _ok_store_select (self, "PRAGMA integrity_check", error, NULL);
  if (model == NULL)
    return FALSE;
  result = _ok_rows_string (model, 0, 0);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_QUERY,
                   _("The database is damaged: %s"), result != NULL ? result : "?");
      return FALSE;
    }
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Statements: parsed once and cached by the address of their text, their
 * parameters bound from argument lists or arrays, run as a select, a change
 * or an insert that hands back the new id, and libgda's failures turned
 * into OK_STORE_ERROR. */
#define G_LOG_DOMAIN "ok-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-store-object.h"

void
_ok_prepared_free (OkPrepared *prepared)
{
  g_clear_object (&prepared->statement);
  g_clear_object (&prepared->params);
  g_free (prepared);
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

GdaStatement *
_ok_store_parse_statement (OkStore     *self,
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

static OkPrepared *
prepare (OkStore     *self,
         const char  *sql,
         GError     **error)
{
  g_autofree char *rewritten = rewrite_nullable_parameters (sql);
  g_autoptr(GdaStatement) stmt = _ok_store_parse_statement (self, rewritten, error);
  OkPrepared *prepared;

  if (stmt == NULL)
    return NULL;
  prepared = g_new0 (OkPrepared, 1);
  if (!gda_statement_get_parameters (stmt, &prepared->params, error))
    {
      _ok_prepared_free (prepared);
      return NULL;
    }
  prepared->statement = g_steal_pointer (&stmt);
  return prepared;
}

OkPrepared *
_ok_store_lookup_statement (OkStore     *self,
                            const char  *sql,
                            GError     **error)
{
  OkPrepared *prepared = g_hash_table_lookup (self->statements, sql);

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
bind_parameters (OkPrepared  *prepared,
                 va_list      args,
                 GError     **error)
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
bind_values (OkPrepared           *prepared,
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
  OkPrepared *prepared;
  GdaDataModel *model;

  prepared = _ok_store_lookup_statement (self, sql, error);
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
execute_prepared (OkStore     *self,
                  OkPrepared  *prepared,
                  GError     **error)
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
  OkPrepared *prepared;
  gboolean bound;
  va_list args;

  prepared = _ok_store_lookup_statement (self, sql, error);
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
  OkPrepared *prepared = _ok_store_lookup_statement (self, sql, error);

  if (prepared == NULL || !bind_values (prepared, n_values, names, values, error))
    return -1;
  return execute_prepared (self, prepared, error);
}

/* Neither dialect hands back a new id through libgda's own API (PostgreSQL
 * tables have no OIDs any more), so each dialect asks in its own way. */
static OkPrepared *
lookup_insert_statement (OkStore     *self,
                         const char  *sql,
                         GError     **error)
{
  OkPrepared *prepared;
  g_autofree char *returning = NULL;

  if (self->dialect != OK_STORE_DIALECT_POSTGRESQL)
    return _ok_store_lookup_statement (self, sql, error);

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
insert_prepared (OkStore     *self,
                 OkPrepared  *prepared,
                 GError     **error)
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
  OkPrepared *prepared;
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
  OkPrepared *prepared = lookup_insert_statement (self, sql, error);

  if (prepared == NULL || !bind_values (prepared, n_values, names, values, error))
    return -1;
  return insert_prepared (self, prepared, error);
}


/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A database as a whole: created or dropped on a PostgreSQL server, checked
 * for damage in an SQLite file. */
#define G_LOG_DOMAIN "ok-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-store-object.h"

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
  stmt = _ok_store_parse_statement (self, sql, error);
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

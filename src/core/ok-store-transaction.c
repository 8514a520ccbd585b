/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Transactions: libgda cannot nest them on SQLite, so only the outermost
 * level talks to the database and an inner failure dooms the whole. */
#define G_LOG_DOMAIN "ok-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-store-object.h"

/* On SQLite a transaction takes the write lock at once (BEGIN IMMEDIATE):
 * libgda's deferred BEGIN lets a transaction that reads before it writes
 * fail with "database is locked" when another process (the CLI, a second
 * window) wrote in between, whatever the busy timeout. */
static gboolean
run_transaction_control (OkStore     *self,
                         const char  *sql,
                         GError     **error)
{
  OkPrepared *prepared = _ok_store_lookup_statement (self, sql, error);

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

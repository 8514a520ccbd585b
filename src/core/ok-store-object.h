/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The fields of OkStore, shared by the files that make up the store object
 * itself: ok-store.c (opening), ok-store-statement.c, ok-store-transaction.c
 * and ok-store-database.c. Every other file goes through ok-store-private.h. */

#include "ok-store-private.h"

G_BEGIN_DECLS

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
} OkPrepared;

void          _ok_prepared_free          (OkPrepared   *prepared);

/* A statement parsed for one use, for SQL that cannot be cached. */
GdaStatement *_ok_store_parse_statement  (OkStore      *self,
                                          const char   *sql,
                                          GError      **error);
/* The cached statement for sql (by address), parsed on first use. */
OkPrepared   *_ok_store_lookup_statement (OkStore      *self,
                                          const char   *sql,
                                          GError      **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ok-store.h"

G_BEGIN_DECLS

typedef void (*OkStoreTestFunc) (OkStore *store);

/* Every core test runs twice, on SQLite and on a real PostgreSQL server
 * (OUDERKAMER_TEST_PG_URI, started by scripts/pg-test-server.sh). A missing
 * server is a failure, not a skip, unless OUDERKAMER_TEST_SQLITE_ONLY=1. */
void      ok_test_init              (int             *argc,
                                     char          ***argv);
void      ok_test_add_store_func    (const char      *path,
                                     OkStoreTestFunc  func);
char     *ok_test_dup_location      (OkStore         *store);
OkStore  *ok_test_open_second       (OkStore         *store);
char     *ok_test_new_location      (OkStoreDialect   dialect);
void      ok_test_drop_location     (const char      *location);

G_END_DECLS

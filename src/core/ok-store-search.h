/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ok-family-index.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* Every family of the store's current school, with what a search looks
 * at: names of parents and current pupils, phone numbers, groups, home
 * languages, and the last day the family was reached in the current
 * quarter (see ok-store-reach.h). */
OkFamilyIndex *ok_store_family_index_load        (OkStore              *store,
                                                  GError              **error);

/* The same on a second connection in a worker thread, so that a window
 * shows before a large school is read. */
void           ok_store_family_index_load_async  (OkStore              *store,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
OkFamilyIndex *ok_store_family_index_load_finish (GAsyncResult         *result,
                                                  GError              **error);

/* The distinct home languages and groups (of current pupils) of the
 * school, for choosing what a contact parent covers. */
char         **ok_store_languages_in_use         (OkStore              *store,
                                                  GError              **error);
char         **ok_store_groups_in_use            (OkStore              *store,
                                                  GError              **error);

G_END_DECLS

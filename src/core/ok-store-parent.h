/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-parent.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* Parents, of a family or, as walk-ins, of none. Insert fills in the id
 * (and the school when it is 0); update fails with OK_STORE_ERROR_CONFLICT
 * when the row changed since it was read. The list for family_id 0 is
 * every parent of the current school but those of erased families. */
gboolean   ok_store_parent_insert         (OkStore   *store,
                                           OkParent  *parent,
                                           GError   **error);
gboolean   ok_store_parent_update         (OkStore   *store,
                                           OkParent  *parent,
                                           GError   **error);
OkParent  *ok_store_parent_get            (OkStore   *store,
                                           gint64     id,
                                           GError   **error);
gboolean   ok_store_parent_delete         (OkStore   *store,
                                           gint64     id,
                                           GError   **error);
GPtrArray *ok_store_parent_list           (OkStore   *store,
                                           gint64     family_id,
                                           GError   **error);

G_END_DECLS

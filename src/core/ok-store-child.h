/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-child.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* Pupils, each of a family. Insert fills in the id (and the school when it
 * is 0). The list for family_id 0 is every pupil of the current school but
 * those of erased families. */
gboolean   ok_store_child_insert          (OkStore   *store,
                                           OkChild   *child,
                                           GError   **error);
gboolean   ok_store_child_update          (OkStore   *store,
                                           OkChild   *child,
                                           GError   **error);
OkChild   *ok_store_child_get             (OkStore   *store,
                                           gint64     id,
                                           GError   **error);
gboolean   ok_store_child_delete          (OkStore   *store,
                                           gint64     id,
                                           GError   **error);
GPtrArray *ok_store_child_list            (OkStore   *store,
                                           gint64     family_id,
                                           GError   **error);

G_END_DECLS

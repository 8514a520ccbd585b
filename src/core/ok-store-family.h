/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-family.h"
#include "ok-school.h"
#include "ok-store-child.h"
#include "ok-store-parent.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* Schools */
GPtrArray *ok_store_school_list           (OkStore   *store,
                                           GError   **error);
gboolean   ok_store_school_insert         (OkStore   *store,
                                           OkSchool  *school,
                                           GError   **error);
gboolean   ok_store_school_update         (OkStore   *store,
                                           OkSchool  *school,
                                           GError   **error);
OkSchool  *ok_store_school_get            (OkStore   *store,
                                           gint64     id,
                                           GError   **error);

/* Families of the store's current school. Insert fills in the id (and the
 * school when it is 0); update fails with OK_STORE_ERROR_CONFLICT when the
 * row changed since it was read, and bumps the object's version. Erased
 * families (ok-store-privacy.h) are left out of the lists and counts, and
 * so are the anonymous parents and pupils of the whole-school lists; they
 * cannot be updated. */
gboolean   ok_store_family_insert         (OkStore   *store,
                                           OkFamily  *family,
                                           GError   **error);
gboolean   ok_store_family_update         (OkStore   *store,
                                           OkFamily  *family,
                                           GError   **error);
OkFamily  *ok_store_family_get            (OkStore   *store,
                                           gint64     id,
                                           GError   **error);
gboolean   ok_store_family_delete         (OkStore   *store,
                                           gint64     id,
                                           GError   **error);
GPtrArray *ok_store_family_list           (OkStore   *store,
                                           GError   **error);
GPtrArray *ok_store_family_list_page      (OkStore   *store,
                                           guint      offset,
                                           guint      limit,
                                           GError   **error);
gint64     ok_store_family_count          (OkStore   *store,
                                           GError   **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-activity.h"
#include "ok-family.h"
#include "ok-parent.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* Two coordinators editing the same row: the second save fails with
 * OK_STORE_ERROR_CONFLICT (the version column moved on). The app then
 * offers "reload" (get the row again) or "overwrite": these save the
 * object over whatever is stored now, as a deliberate choice of the user,
 * and fail with OK_STORE_ERROR_NOT_FOUND when the row was deleted in the
 * meantime. An erased family is never overwritten. On success the
 * object's version is the new one. */
gboolean ok_store_family_overwrite   (OkStore     *store,
                                      OkFamily    *family,
                                      GError     **error);
gboolean ok_store_parent_overwrite   (OkStore     *store,
                                      OkParent    *parent,
                                      GError     **error);
gboolean ok_store_activity_overwrite (OkStore     *store,
                                      OkActivity  *activity,
                                      GError     **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the door's queries (ok-store-checkin.c) and its marks
 * (ok-store-checkin-mark.c) both need to know of an activity. */

#include "ok-store-checkin.h"
#include "ok-store-private.h"

G_BEGIN_DECLS

typedef struct {
  gint64 school_id;
  char *starts_at;
  char *status;
} OkActivityBasics;

void     _ok_activity_basics_clear      (OkActivityBasics  *basics);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OkActivityBasics, _ok_activity_basics_clear)

gboolean _ok_store_load_activity_basics (OkStore           *store,
                                         gint64             activity_id,
                                         OkActivityBasics  *basics,
                                         GError           **error);
/* Sets OK_STORE_ERROR_NOT_FOUND for the activity; returns FALSE. */
gboolean _ok_store_set_no_activity      (GError           **error,
                                         gint64             activity_id);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_CHECKIN_WINDOW (ok_checkin_window_get_type ())
G_DECLARE_FINAL_TYPE (OkCheckinWindow, ok_checkin_window, OK, CHECKIN_WINDOW, AdwApplicationWindow)

OkCheckinWindow *ok_checkin_window_new             (GtkApplication  *app,
                                                    OkStore         *store,
                                                    gint64           activity_id,
                                                    GError         **error);
gint64           ok_checkin_window_get_activity_id (OkCheckinWindow *self);

G_END_DECLS

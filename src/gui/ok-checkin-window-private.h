/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the tests, which drive the window the way a user does. */

#include "ok-checkin-window.h"
#include "ok-send-dialog.h"
#include "ok-walk-in-dialog.h"

G_BEGIN_DECLS

GtkEditable    *_ok_checkin_window_get_search       (OkCheckinWindow *self);
GListModel     *_ok_checkin_window_get_results      (OkCheckinWindow *self);
GListModel     *_ok_checkin_window_get_present      (OkCheckinWindow *self);
const char     *_ok_checkin_window_get_total        (OkCheckinWindow *self);
const char     *_ok_checkin_window_get_guests       (OkCheckinWindow *self);
gboolean        _ok_checkin_window_get_banner_shown (OkCheckinWindow *self);
const char     *_ok_checkin_window_get_page         (OkCheckinWindow *self);
OkWalkInDialog *_ok_checkin_window_get_walk_in      (OkCheckinWindow *self);
OkSendDialog   *_ok_checkin_window_get_messages     (OkCheckinWindow *self);
gboolean        _ok_checkin_window_poll             (OkCheckinWindow *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-activity.h"
#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_CHECKIN_MESSAGE_WINDOW (ok_checkin_message_window_get_type ())
G_DECLARE_FINAL_TYPE (OkCheckinMessageWindow, ok_checkin_message_window, OK, CHECKIN_MESSAGE_WINDOW, AdwWindow)

/* recipients: OkCheckinEntry, the parents the message is for. */
OkCheckinMessageWindow *ok_checkin_message_window_new (GtkWindow   *parent,
                                                       OkStore     *store,
                                                       OkActivity  *activity,
                                                       const char  *template_id,
                                                       GPtrArray   *recipients,
                                                       GError     **error);

/* For the tests. */
guint       _ok_checkin_message_window_get_n_languages (OkCheckinMessageWindow  *self);
const char *_ok_checkin_message_window_get_text        (OkCheckinMessageWindow  *self,
                                                        const char              *language);
gboolean    _ok_checkin_message_window_write_letters   (OkCheckinMessageWindow  *self,
                                                        const char              *path,
                                                        GError                 **error);

G_END_DECLS

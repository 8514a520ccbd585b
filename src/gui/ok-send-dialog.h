/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-activity.h"
#include "ok-mailing.h"
#include "ok-send.h"
#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_SEND_DIALOG (ok_send_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OkSendDialog, ok_send_dialog, OK, SEND_DIALOG, AdwWindow)

OkSendDialog *ok_send_dialog_new             (GtkWindow           *parent,
                                              OkStore             *store,
                                              OkActivity          *activity,
                                              GError             **error);
OkMailing    *ok_send_dialog_get_mailing     (OkSendDialog        *self);
void          ok_send_dialog_set_template    (OkSendDialog        *self,
                                              const char          *template_id);
void          ok_send_dialog_set_recipients  (OkSendDialog        *self,
                                              OkRecipients         which);
void          ok_send_dialog_set_sender      (OkSendDialog        *self,
                                              const char          *sender_name);
void          ok_send_dialog_add_toast       (OkSendDialog        *self,
                                              const char          *title);
void          ok_send_dialog_show_language   (OkSendDialog        *self,
                                              const char          *language);
gboolean      ok_send_dialog_answer          (OkSendDialog        *self,
                                              OkRecipient         *recipient,
                                              OkAttendanceStatus   answer,
                                              GError             **error);
gboolean      ok_send_dialog_save_sms        (OkSendDialog        *self,
                                              GFile               *file,
                                              GError             **error);
gboolean      ok_send_dialog_save_call_list  (OkSendDialog        *self,
                                              GFile               *file,
                                              GError             **error);
gboolean      ok_send_dialog_save_letters    (OkSendDialog        *self,
                                              GFile               *file,
                                              GError             **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ok-activity.h"
#include "ok-recipient.h"
#include "ok-template-catalog.h"

G_BEGIN_DECLS

/* Who a message about an activity goes to. */
typedef enum {
  OK_RECIPIENTS_TARGET,       /* nick "target": the activity's target group */
  OK_RECIPIENTS_NOT_REACHED,  /* "not-reached": no parent came this quarter */
  OK_RECIPIENTS_UNANSWERED,   /* "unanswered": invited, no answer yet */
  OK_RECIPIENTS_PRESENT,      /* "present": came */
  OK_RECIPIENTS_MISSED,       /* "missed": invited or registered, did not come */
} OkRecipients;

#define OK_TYPE_RECIPIENTS (ok_recipients_get_type ())
GType         ok_recipients_get_type        (void);

const char   *ok_send_default_template      (OkActivity          *activity);
OkRecipients  ok_send_default_recipients    (const char          *template_id);

OkChannel     ok_send_choose_channel        (OkRecipient         *recipient,
                                             OkSendReason        *reason);
const char   *ok_send_choose_language       (OkRecipient         *recipient,
                                             OkTemplateCatalog   *catalog,
                                             const char          *template_id);

char         *ok_send_whatsapp_link         (const char          *phone,
                                             const char          *text);
char         *ok_send_mailto_link           (const char          *address,
                                             const char          *subject,
                                             const char          *body);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-activity.h"
#include "ok-recipient.h"
#include "ok-send.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* Who gets a message about an activity, what was sent, and the answers. */

/* Families of the store's current school as #OkRecipient, by name, each
 * with one parent: the one already marked for the activity, else the
 * first one who can be reached the way the family prefers. */
GPtrArray *ok_store_send_recipients   (OkStore             *store,
                                       OkActivity          *activity,
                                       OkRecipients         which,
                                       GError             **error);

/* Logs the sent message as a contact moment (activity, channel, template,
 * language) and marks the parent invited, unless the parent has already
 * answered or come: a reminder must not undo a "yes". One transaction for
 * the list. */
gboolean   ok_store_send_log          (OkStore             *store,
                                       OkActivity          *activity,
                                       const char          *template_id,
                                       GPtrArray           *recipients,
                                       const char          *by_name,
                                       GError             **error);

/* A parent's answer, in one click: registered or excused. */
gboolean   ok_store_send_reply        (OkStore             *store,
                                       OkActivity          *activity,
                                       OkRecipient         *recipient,
                                       OkAttendanceStatus   answer,
                                       const char          *by_name,
                                       GError             **error);

/* Interpreter planning: per primary home language of the families, how
 * many parents were invited and how many registered (or came). */
typedef struct {
  char *language;          /* ISO 639 code, "und" when unknown */
  gint64 invited;          /* every parent with a mark, walk-ins aside */
  gint64 registered;       /* registered or present */
  gint64 needs_interpreter; /* of the registered, families that asked for one */
  gboolean booked;         /* the activity has an interpreter for it */
} OkInterpreterNeed;

/* (element-type OkInterpreterNeed): most registered first. */
GArray    *ok_store_send_interpreter_plan (OkStore         *store,
                                           OkActivity      *activity,
                                           GError         **error);

G_END_DECLS

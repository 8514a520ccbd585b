/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ok-enums.h"

G_BEGIN_DECLS

/* Why a family gets its message the way it does. */
typedef enum {
  OK_SEND_REASON_PREFERRED,          /* the family's own choice */
  OK_SEND_REASON_NO_ADDRESS,         /* no number or address for its choice: the next best */
  OK_SEND_REASON_SPOKEN_LANGUAGE,    /* its languages are spoken, rarely read: a call */
  OK_SEND_REASON_READS_NO_LANGUAGE,  /* marked as not reading well: a call */
} OkSendReason;

/* No attendance mark for the activity yet. */
#define OK_RECIPIENT_NO_STATUS (-1)

#define OK_TYPE_RECIPIENT (ok_recipient_get_type ())
G_DECLARE_FINAL_TYPE (OkRecipient, ok_recipient, OK, RECIPIENT, GObject)

/* One family a message goes to, through one of its parents (parent-id 0
 * when the family has none: a letter can still go home with a child).
 * The store fills in who they are; a mailing decides the channel and the
 * language; status is the parent's mark for the activity, kept up to date
 * when a reply is recorded. */

OkRecipient        *ok_recipient_new                   (gint64               family_id,
                                                        const char          *family_name);

gint64              ok_recipient_get_family_id         (OkRecipient         *self);
const char         *ok_recipient_get_family_name       (OkRecipient         *self);
gint64              ok_recipient_get_parent_id         (OkRecipient         *self);
const char         *ok_recipient_get_parent_name       (OkRecipient         *self);
const char         *ok_recipient_get_phone             (OkRecipient         *self);
const char         *ok_recipient_get_email             (OkRecipient         *self);
void                ok_recipient_set_parent            (OkRecipient         *self,
                                                        gint64               parent_id,
                                                        const char          *name,
                                                        const char          *phone,
                                                        const char          *email);
const char         *ok_recipient_get_child_name        (OkRecipient         *self);
void                ok_recipient_set_child_name        (OkRecipient         *self,
                                                        const char          *child_name);
const char * const *ok_recipient_get_languages         (OkRecipient         *self);
void                ok_recipient_set_languages         (OkRecipient         *self,
                                                        const char * const  *languages);
const char         *ok_recipient_get_home_language     (OkRecipient         *self);
OkChannel           ok_recipient_get_preferred_channel (OkRecipient         *self);
void                ok_recipient_set_preferred_channel (OkRecipient         *self,
                                                        OkChannel            channel);
gboolean            ok_recipient_get_reads_no_language (OkRecipient         *self);
void                ok_recipient_set_reads_no_language (OkRecipient         *self,
                                                        gboolean             reads_no_language);
gboolean            ok_recipient_get_interpreter_needed (OkRecipient        *self);
void                ok_recipient_set_interpreter_needed (OkRecipient        *self,
                                                        gboolean             interpreter_needed);

int                 ok_recipient_get_status            (OkRecipient         *self);
void                ok_recipient_set_status            (OkRecipient         *self,
                                                        int                  status);
gboolean            ok_recipient_get_answered          (OkRecipient         *self);

OkChannel           ok_recipient_get_channel           (OkRecipient         *self);
OkSendReason        ok_recipient_get_reason            (OkRecipient         *self);
void                ok_recipient_set_channel           (OkRecipient         *self,
                                                        OkChannel            channel,
                                                        OkSendReason         reason);
const char         *ok_recipient_get_language          (OkRecipient         *self);
void                ok_recipient_set_language          (OkRecipient         *self,
                                                        const char          *language);
gboolean            ok_recipient_get_sent              (OkRecipient         *self);
void                ok_recipient_set_sent              (OkRecipient         *self,
                                                        gboolean             sent);

G_END_DECLS

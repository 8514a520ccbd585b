/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ok-activity.h"
#include "ok-letters.h"
#include "ok-recipient.h"
#include "ok-template-catalog.h"

G_BEGIN_DECLS

#define OK_TYPE_MAILING (ok_mailing_get_type ())
G_DECLARE_FINAL_TYPE (OkMailing, ok_mailing, OK, MAILING, GObject)

/* One template about one activity, sent to a list of families: each by
 * its channel and in its language, written in the home language with the
 * Dutch text below it. Makes the messages, links and files; the store
 * logs what was sent (ok-store-send.h). */

OkMailing         *ok_mailing_new                (OkTemplateCatalog  *catalog,
                                                  OkActivity         *activity,
                                                  const char         *school_name);

OkTemplateCatalog *ok_mailing_get_catalog        (OkMailing          *self);
OkActivity        *ok_mailing_get_activity       (OkMailing          *self);
const char        *ok_mailing_get_template       (OkMailing          *self);
void               ok_mailing_set_template       (OkMailing          *self,
                                                  const char         *template_id);
void               ok_mailing_set_sender         (OkMailing          *self,
                                                  const char         *sender_name,
                                                  const char         *contact_parent_name,
                                                  const char         *contact_parent_phone);

GListModel        *ok_mailing_get_recipients     (OkMailing          *self);
void               ok_mailing_set_recipients     (OkMailing          *self,
                                                  GPtrArray          *recipients);
guint              ok_mailing_count_channel      (OkMailing          *self,
                                                  OkChannel           channel);
GStrv              ok_mailing_list_languages     (OkMailing          *self);

gboolean           ok_mailing_compose            (OkMailing          *self,
                                                  OkRecipient        *recipient,
                                                  const char         *language,
                                                  char              **subject,
                                                  char              **text,
                                                  GError            **error);
char              *ok_mailing_link               (OkMailing          *self,
                                                  OkRecipient        *recipient,
                                                  GError            **error);
char              *ok_mailing_call_script        (OkMailing          *self,
                                                  OkRecipient        *recipient,
                                                  GError            **error);

char              *ok_mailing_sms_csv            (OkMailing          *self,
                                                  guint              *n_messages,
                                                  GError            **error);
char              *ok_mailing_call_list_csv      (OkMailing          *self,
                                                  guint              *n_calls,
                                                  GError            **error);
OkLetters         *ok_mailing_letters            (OkMailing          *self,
                                                  GError            **error);
JsonNode          *ok_mailing_to_json            (OkMailing          *self,
                                                  GError            **error);

G_END_DECLS

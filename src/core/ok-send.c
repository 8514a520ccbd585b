/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How a message reaches a family: by the channel it asked for when that
 * can work, in the first language it reads, and by a call when it reads
 * none; and the links and files the officer sends them with. */
#define G_LOG_DOMAIN "ok-send"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-language-table.h"
#include "ok-phone.h"
#include "ok-send.h"

GType
ok_recipients_get_type (void)
{
  static gsize type_id;
  /* value_name holds the untranslated label; gettext translates it on use. */
  static const GEnumValue values[] = {
    { OK_RECIPIENTS_TARGET, N_("The activity’s target group"), "target" },
    { OK_RECIPIENTS_NOT_REACHED, N_("Families not reached this quarter"), "not-reached" },
    { OK_RECIPIENTS_UNANSWERED, N_("Invited, no answer yet"), "unanswered" },
    { OK_RECIPIENTS_PRESENT, N_("Parents who came"), "present" },
    { OK_RECIPIENTS_MISSED, N_("Invited but did not come"), "missed" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static ("OkRecipients", values));
  return type_id;
}

/**
 * ok_send_default_template:
 * @activity: an activity
 *
 * Returns: the invitation that fits the kind of activity
 */
const char *
ok_send_default_template (OkActivity *activity)
{
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), NULL);

  return ok_activity_get_kind (activity) == OK_ACTIVITY_KIND_COFFEE_MORNING
         ? "coffee-morning-invitation" : "theme-meeting-invitation";
}

/**
 * ok_send_default_recipients:
 * @template_id: a template
 *
 * A reminder goes only to those who were invited and did not answer:
 * the ones who said yes or no should not be asked again. Thanks go to
 * those who came, "we missed you" to those who were expected and did not.
 */
OkRecipients
ok_send_default_recipients (const char *template_id)
{
  if (g_strcmp0 (template_id, "reminder") == 0)
    return OK_RECIPIENTS_UNANSWERED;
  if (g_strcmp0 (template_id, "thank-you") == 0)
    return OK_RECIPIENTS_PRESENT;
  if (g_strcmp0 (template_id, "we-missed-you") == 0)
    return OK_RECIPIENTS_MISSED;
  return OK_RECIPIENTS_TARGET;
}

static gboolean
reads_some_language (OkRecipient *recipient)
{
  const char * const *languages = ok_recipient_get_languages (recipient);

  /* Nothing known: the school writes to them in Dutch, as it always did. */
  if (languages == NULL || languages[0] == NULL)
    return TRUE;
  for (guint i = 0; languages[i] != NULL; i++)
    if (ok_language_code_is_written (languages[i]))
      return TRUE;
  return FALSE;
}

static gboolean
can_message (OkRecipient *recipient)
{
  g_autofree char *e164 = ok_phone_normalize (ok_recipient_get_phone (recipient));

  return ok_phone_can_message (e164);
}

static gboolean
can_email (OkRecipient *recipient)
{
  const char *email = ok_recipient_get_email (recipient);

  return email != NULL && strchr (email, '@') != NULL;
}

/**
 * ok_send_choose_channel:
 * @recipient: a family, with the parent the message goes to
 * @reason: (out) (optional): why this channel
 *
 * The family's own choice when it can work. A family that reads none of
 * its languages is called instead of written to, and so is one that asked
 * to be called. WhatsApp or SMS without a mobile number falls back to
 * e-mail, e-mail without an address to WhatsApp, and both to a letter,
 * which always reaches home with a child.
 *
 * Returns: %OK_CHANNEL_PHONE for the call list, else the channel to write by
 */
OkChannel
ok_send_choose_channel (OkRecipient  *recipient,
                        OkSendReason *reason)
{
  OkSendReason why = OK_SEND_REASON_PREFERRED;
  OkChannel channel;

  g_return_val_if_fail (OK_IS_RECIPIENT (recipient), OK_CHANNEL_LETTER);

  if (ok_recipient_get_reads_no_language (recipient))
    {
      why = OK_SEND_REASON_READS_NO_LANGUAGE;
      channel = OK_CHANNEL_PHONE;
    }
  else if (!reads_some_language (recipient))
    {
      why = OK_SEND_REASON_SPOKEN_LANGUAGE;
      channel = OK_CHANNEL_PHONE;
    }
  else
    {
      channel = ok_recipient_get_preferred_channel (recipient);
      switch (channel)
        {
        case OK_CHANNEL_WHATSAPP:
        case OK_CHANNEL_SMS:
          if (!can_message (recipient))
            {
              why = OK_SEND_REASON_NO_ADDRESS;
              channel = can_email (recipient) ? OK_CHANNEL_EMAIL : OK_CHANNEL_LETTER;
            }
          break;
        case OK_CHANNEL_EMAIL:
          if (!can_email (recipient))
            {
              why = OK_SEND_REASON_NO_ADDRESS;
              channel = can_message (recipient) ? OK_CHANNEL_WHATSAPP : OK_CHANNEL_LETTER;
            }
          break;
        case OK_CHANNEL_PHONE:
        case OK_CHANNEL_LETTER:
          break;
        case OK_CHANNEL_IN_PERSON:
        default:
          channel = OK_CHANNEL_LETTER;
          break;
        }
    }

  if (reason != NULL)
    *reason = why;
  return channel;
}

static OkTemplateText *
lookup_text (OkTemplateCatalog *catalog,
             const char        *template_id,
             const char        *code)
{
  OkTemplateText *text = ok_template_catalog_lookup_text (catalog, template_id, code);
  g_autofree char *base = NULL;

  if (text != NULL)
    return text;
  /* "ar-MA" reads the Arabic text when the school has no Moroccan one. */
  base = g_strndup (code, strcspn (code, "-_"));
  return ok_template_catalog_lookup_text (catalog, template_id, base);
}

/**
 * ok_send_choose_language:
 * @recipient: a family
 * @catalog: the templates
 * @template_id: the template to send
 *
 * Returns: the language of the first of the family's home languages that
 *   it reads and the template is written in, else "nl"
 */
const char *
ok_send_choose_language (OkRecipient       *recipient,
                         OkTemplateCatalog *catalog,
                         const char        *template_id)
{
  const char * const *languages;

  g_return_val_if_fail (OK_IS_RECIPIENT (recipient), "nl");
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), "nl");

  languages = ok_recipient_get_languages (recipient);
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      OkTemplateText *text;

      if (!ok_language_code_is_written (languages[i]))
        continue;
      text = lookup_text (catalog, template_id, languages[i]);
      if (text != NULL)
        return ok_template_text_get_language (text);
    }
  return "nl";
}

/**
 * ok_send_whatsapp_link:
 * @phone: the number, as written
 * @text: the message
 *
 * Returns: (transfer full) (nullable): a https://wa.me/ link that opens a
 *   chat with @text typed in, or %NULL when @phone cannot receive messages
 */
char *
ok_send_whatsapp_link (const char *phone,
                       const char *text)
{
  g_autofree char *e164 = ok_phone_normalize (phone);
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!ok_phone_can_message (e164))
    return NULL;
  escaped = g_uri_escape_string (text, NULL, FALSE);
  /* wa.me takes the number as digits only, without the plus. */
  return g_strconcat ("https://wa.me/", e164 + 1, "?text=", escaped, NULL);
}

/**
 * ok_send_mailto_link:
 * @address: the e-mail address
 * @subject: the subject
 * @body: the message
 *
 * A mailto: URI after RFC 6068: every value percent-encoded as UTF-8 and
 * line breaks written as CRLF.
 *
 * Returns: (transfer full) (nullable): the link, or %NULL when @address is
 *   not an e-mail address
 */
char *
ok_send_mailto_link (const char *address,
                     const char *subject,
                     const char *body)
{
  g_autofree char *to = NULL;
  g_autofree char *escaped_subject = NULL;
  g_autofree char *escaped_body = NULL;
  g_autoptr(GString) crlf = NULL;

  g_return_val_if_fail (subject != NULL, NULL);
  g_return_val_if_fail (body != NULL, NULL);

  if (address == NULL || strchr (address, '@') == NULL || strpbrk (address, " \t\r\n<>\"") != NULL)
    return NULL;

  crlf = g_string_new (body);
  g_string_replace (crlf, "\r\n", "\n", 0);
  g_string_replace (crlf, "\n", "\r\n", 0);
  to = g_uri_escape_string (address, "@", FALSE);
  escaped_subject = g_uri_escape_string (subject, NULL, FALSE);
  escaped_body = g_uri_escape_string (crlf->str, NULL, FALSE);
  return g_strconcat ("mailto:", to, "?subject=", escaped_subject, "&body=", escaped_body, NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How a message reaches a family: by the channel it asked for when that
 * can work, in the first language it reads, and by a call when it reads
 * none; and the links and files the officer sends them with. */
#define G_LOG_DOMAIN "ok-send"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-send.h"

/* E.164 allows at most 15 digits; the shortest real numbers with a
 * country code have 7. Every Dutch number is a zero and nine digits. */
#define MIN_INTERNATIONAL_DIGITS 7
#define MAX_INTERNATIONAL_DIGITS 15
#define DUTCH_DIGITS 9

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

/**
 * ok_send_language_is_written:
 * @code: a language code
 *
 * Whether parents can be expected to read a language. Tamazight and its
 * Moroccan varieties (Tarifit, Central Atlas) and Sranan are spoken far
 * more than they are read: their speakers in the Netherlands mostly
 * learnt to read in another language, or not at all.
 */
gboolean
ok_send_language_is_written (const char *code)
{
  static const char * const spoken[] = { "ber", "rif", "srn", "tzm", "zgh", NULL };
  g_autofree char *base = NULL;

  if (code == NULL || *code == '\0')
    return FALSE;
  base = g_strndup (code, strcspn (code, "-_"));
  return !g_strv_contains (spoken, base);
}

static gboolean
is_separator (char c)
{
  return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '\t';
}

static char *
dutch_number (const char *national)
{
  if (strlen (national) != DUTCH_DIGITS || national[0] == '0')
    return NULL;
  return g_strconcat ("+31", national, NULL);
}

static char *
international_number (const char *digits)
{
  gsize n = strlen (digits);

  if (g_str_has_prefix (digits, "31"))
    return dutch_number (digits[2] == '0' ? digits + 3 : digits + 2);
  if (digits[0] == '0' || n < MIN_INTERNATIONAL_DIGITS || n > MAX_INTERNATIONAL_DIGITS)
    return NULL;
  return g_strconcat ("+", digits, NULL);
}

/**
 * ok_send_phone_e164:
 * @phone: (nullable): a phone number as written on a school form
 *
 * A Dutch number in national or international notation becomes +31…, a
 * foreign one written with its country code (+ or 00) keeps it.
 *
 * Returns: (transfer full) (nullable): the number in E.164, or %NULL when
 *   @phone is not a usable number
 */
char *
ok_send_phone_e164 (const char *phone)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean plus = FALSE;

  if (phone == NULL)
    return NULL;
  for (const char *p = phone; *p != '\0'; p++)
    {
      if (*p == '+' && !plus && digits->len == 0)
        plus = TRUE;
      else if (p[0] == '(' && p[1] == '0' && p[2] == ')' && (plus || digits->len > 0))
        p += 2;   /* "+31 (0)6 …": the trunk zero, written but not dialled */
      else if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (!is_separator (*p))
        return NULL;
    }
  if (digits->len == 0)
    return NULL;
  if (plus)
    return international_number (digits->str);
  if (g_str_has_prefix (digits->str, "00"))
    return international_number (digits->str + 2);
  return dutch_number (digits->str[0] == '0' ? digits->str + 1 : digits->str);
}

/**
 * ok_send_phone_can_message:
 * @e164: (nullable): a number from ok_send_phone_e164()
 *
 * Dutch mobile numbers (+316) receive WhatsApp and text messages, Dutch
 * landlines do not; a foreign number parents give is nearly always a
 * mobile one.
 */
gboolean
ok_send_phone_can_message (const char *e164)
{
  if (e164 == NULL || e164[0] != '+')
    return FALSE;
  if (g_str_has_prefix (e164, "+31"))
    return g_str_has_prefix (e164, "+316");
  return TRUE;
}

static gboolean
reads_some_language (OkRecipient *recipient)
{
  const char * const *languages = ok_recipient_get_languages (recipient);

  /* Nothing known: the school writes to them in Dutch, as it always did. */
  if (languages == NULL || languages[0] == NULL)
    return TRUE;
  for (guint i = 0; languages[i] != NULL; i++)
    if (ok_send_language_is_written (languages[i]))
      return TRUE;
  return FALSE;
}

static gboolean
can_message (OkRecipient *recipient)
{
  g_autofree char *e164 = ok_send_phone_e164 (ok_recipient_get_phone (recipient));

  return ok_send_phone_can_message (e164);
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

      if (!ok_send_language_is_written (languages[i]))
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
  g_autofree char *e164 = ok_send_phone_e164 (phone);
  g_autofree char *escaped = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  if (!ok_send_phone_can_message (e164))
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

static gboolean
looks_like_phone (const char *text)
{
  if (*text == '+')
    text++;
  if (!g_ascii_isdigit (*text))
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text) && !is_separator (*text))
      return FALSE;
  return TRUE;
}

/**
 * ok_send_append_csv_field:
 * @out: the CSV so far
 * @text: (nullable): the value
 * @for_spreadsheet: whether people open the file in a spreadsheet
 *
 * Appends one RFC 4180 field: quoted when it holds a separator, a quote
 * or a line break, quotes doubled. For a spreadsheet, a leading =, +, -
 * or @ is preceded by ' so that a name is not run as a formula; phone
 * numbers are left as they are.
 */
void
ok_send_append_csv_field (GString    *out,
                          const char *text,
                          gboolean    for_spreadsheet)
{
  g_autoptr(GString) field = NULL;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;
  field = g_string_new (NULL);
  if (for_spreadsheet && text[0] != '\0' && strchr ("=+-@", text[0]) != NULL && !looks_like_phone (text))
    g_string_append_c (field, '\'');
  g_string_append (field, text);
  if (strpbrk (field->str, ",;\"\r\n") == NULL)
    {
      g_string_append (out, field->str);
      return;
    }
  g_string_replace (field, "\"", "\"\"", 0);
  g_string_append_c (out, '"');
  g_string_append (out, field->str);
  g_string_append_c (out, '"');
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Phone numbers as parents write them on school forms, made comparable:
 * the same number must be the same key whether it was typed as 06-12345678,
 * +31 6 12345678 or 0031612345678, or lost its leading zero in Excel. */
#define G_LOG_DOMAIN "ok-phone"

#include "config.h"

#include <string.h>

#include "ok-phone.h"

/* E.164 allows at most 15 digits; the shortest real subscriber numbers
 * with a country code (small island states) have 7. */
#define MIN_INTERNATIONAL_DIGITS 7
#define MAX_INTERNATIONAL_DIGITS 15
/* Every Dutch number is a zero and nine digits. */
#define DUTCH_DIGITS 9

static gboolean
is_separator (gunichar c)
{
  return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')'
         || g_unichar_isspace (c) || c == 0x2010 || c == 0x2011 || c == 0x2013;
}

/* Collects the digits and a leading plus; anything else but separators
 * (letters, a second plus, "ext.") makes the text something else than a
 * phone number. "+31 (0)6 …" writes the trunk zero that must be dropped. */
static gboolean
collect_digits (const char *text,
                GString    *digits,
                gboolean   *plus)
{
  const char *p = text;

  *plus = FALSE;
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        return FALSE;
      if (c == '+')
        {
          if (*plus || digits->len > 0)
            return FALSE;
          *plus = TRUE;
        }
      else if (c == '(' && p[1] == '0' && p[2] == ')' && (*plus || digits->len > 0))
        {
          p += 3;
          continue;
        }
      else if (g_unichar_isdigit (c) && c < 0x80)
        g_string_append_c (digits, (char) c);
      else if (!is_separator (c))
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

static char *
dutch (const char *national)
{
  if (strlen (national) != DUTCH_DIGITS || national[0] == '0')
    return NULL;
  return g_strconcat ("+31", national, NULL);
}

static char *
international (const char *digits)
{
  gsize n = strlen (digits);

  if (g_str_has_prefix (digits, "31"))
    {
      const char *national = digits + 2;

      /* "+31 06 …": the trunk zero written after the country code. */
      if (national[0] == '0')
        national++;
      return dutch (national);
    }
  if (digits[0] == '0' || n < MIN_INTERNATIONAL_DIGITS || n > MAX_INTERNATIONAL_DIGITS)
    return NULL;
  return g_strconcat ("+", digits, NULL);
}

/**
 * ok_phone_normalize:
 * @text: a phone number as written, or %NULL
 *
 * Turns a Dutch number (mobile or landline, national or international
 * notation) into E.164 (+31…) and keeps a foreign number given with its
 * country code (+xx or 00xx). Nine digits without a leading zero are read
 * as a Dutch number whose zero a spreadsheet dropped.
 *
 * Returns: (transfer full) (nullable): the number in E.164, or %NULL when
 *   @text is not a phone number
 */
char *
ok_phone_normalize (const char *text)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean plus;

  if (text == NULL || !collect_digits (text, digits, &plus) || digits->len == 0)
    return NULL;

  if (plus)
    return international (digits->str);
  if (g_str_has_prefix (digits->str, "00"))
    return international (digits->str + 2);
  if (digits->str[0] == '0')
    return dutch (digits->str + 1);
  return dutch (digits->str);
}

/**
 * ok_phone_can_message:
 * @e164: a number from ok_phone_normalize()
 *
 * Whether WhatsApp or a text message can reach the number: Dutch mobile
 * numbers (+316) can, Dutch landlines cannot. A foreign number is taken to
 * be a mobile one, as the numbers parents give abroad nearly always are.
 *
 * Returns: %TRUE if the number can receive messages
 */
gboolean
ok_phone_can_message (const char *e164)
{
  if (e164 == NULL || e164[0] != '+')
    return FALSE;
  if (g_str_has_prefix (e164, "+31"))
    return g_str_has_prefix (e164, "+316");
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Folding names for search at the door: "ozt" must find Öztürk, "wisn"
 * Wiśniewska and "шев" Шевченко, the same way on SQLite and PostgreSQL,
 * so the folding happens here and not in either database. */
#define G_LOG_DOMAIN "ok-text-fold"

#include "config.h"

#include <string.h>

#include "ok-text-fold.h"

/* Letters that Unicode does not decompose into a base and a mark. */
static const char *
fold_special (gunichar c)
{
  switch (c)
    {
    case 0x0131: return "i";   /* ı, Turkish dotless i */
    case 0x0130: return "i";   /* İ */
    case 0x0141: case 0x0142: return "l";   /* Ł ł */
    case 0x00D8: case 0x00F8: return "o";   /* Ø ø */
    case 0x0110: case 0x0111: return "d";   /* Đ đ */
    case 0x00D0: case 0x00F0: return "d";   /* Ð ð */
    case 0x00DE: case 0x00FE: return "th";  /* Þ þ */
    case 0x00C6: case 0x00E6: return "ae";  /* Æ æ */
    case 0x0152: case 0x0153: return "oe";  /* Œ œ */
    case 0x00DF: return "ss";               /* ß */
    default: return NULL;
    }
}

static gboolean
is_dropped (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  /* Accents, Arabic vowel signs and the Arabic tatweel carry no letter;
   * apostrophes join a name ("O'Connor" is found as "oconnor"). */
  return type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK
         || type == G_UNICODE_FORMAT
         || c == 0x0640 || c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x0060;
}

/* Lower case, without accents, punctuation as single spaces between the
 * words, no space at either end. */
char *
ok_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) out = NULL;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);
      return ok_text_fold (valid);
    }

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *special = fold_special (c);

      if (is_dropped (c))
        continue;
      if (special == NULL && !g_unichar_isalnum (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        {
          g_string_append_c (out, ' ');
          pending_space = FALSE;
        }
      if (special != NULL)
        g_string_append (out, special);
      else
        {
          char buf[6];
          int len = g_unichar_to_utf8 (c, buf);
          g_autofree char *folded = g_utf8_casefold (buf, len);

          g_string_append (out, folded);
        }
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Whether needle (folded) starts a word of folded text; when it does not,
 * *inside tells whether it occurs in the middle of a word. */
gboolean
ok_text_fold_has_word_start (const char *folded,
                             const char *needle,
                             gboolean   *inside)
{
  size_t len = strlen (needle);
  gboolean found_inside = FALSE;

  if (inside != NULL)
    *inside = FALSE;
  if (len == 0)
    return TRUE;

  for (const char *p = strstr (folded, needle); p != NULL; p = strstr (p + 1, needle))
    {
      if (p == folded || p[-1] == ' ')
        return TRUE;
      found_inside = TRUE;
    }
  if (inside != NULL)
    *inside = found_inside;
  return FALSE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text as people type it into a search field: "ozturk" must find Öztürk,
 * "0612" a parent whose number was imported as "+31 6 12…". */
#define G_LOG_DOMAIN "ok-text"

#include "config.h"

#include <string.h>

#include "ok-text.h"

/* Letters that carry no decomposition in Unicode, so NFKD alone does not
 * bring them back to the plain letter a Dutch keyboard types. */
static const char *
plain_letter (gunichar c)
{
  switch (c)
    {
    case 0x0131: /* ı */
    case 0x0130: return "i";
    case 0x00F8: case 0x00D8: return "o";
    case 0x0142: case 0x0141: return "l";
    case 0x0111: case 0x0110: return "d";
    case 0x00DF: return "ss";
    case 0x00E6: case 0x00C6: return "ae";
    case 0x0153: case 0x0152: return "oe";
    case 0x00FE: case 0x00DE: return "th";
    case 0x0127: case 0x0126: return "h";
    default: return NULL;
    }
}

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == '`' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x00B4;
}

/* Lower case, without accents, marks or apostrophes, compatibility forms
 * unfolded: the form both the search key and the query are brought to. */
char *
ok_text_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  GString *s;

  if (text == NULL)
    return g_strdup ("");

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  if (decomposed == NULL)
    return g_strdup ("");

  s = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);
      const char *plain;

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK
          || type == G_UNICODE_SPACING_MARK || type == G_UNICODE_FORMAT || is_apostrophe (c))
        continue;
      plain = plain_letter (c);
      if (plain != NULL)
        {
          g_string_append (s, plain);
          continue;
        }
      if (g_unichar_isspace (c))
        c = ' ';
      g_string_append_unichar (s, g_unichar_tolower (c));
    }
  return g_string_free (s, FALSE);
}

/* The digits of a phone number, with the Dutch country code turned into
 * the trunk prefix a caller types: "+31 6-1234 5678" → "0612345678". */
char *
ok_text_phone_digits (const char *phone)
{
  GString *s = g_string_new (NULL);

  for (const char *p = phone; p != NULL && *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (s, *p);

  if (g_str_has_prefix (s->str, "0031"))
    g_string_erase (s, 0, 3);
  else if (phone != NULL && strchr (phone, '+') != NULL && g_str_has_prefix (s->str, "31"))
    g_string_erase (s, 0, 1);
  else
    return g_string_free (s, FALSE);

  /* What is left starts with the "1" of "31"; a caller dials "0". */
  s->str[0] = '0';
  return g_string_free (s, FALSE);
}

static gboolean
looks_like_phone (const char *token)
{
  gboolean digits = FALSE;

  for (const char *p = token; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digits = TRUE;
      else if (strchr ("+-()./", *p) == NULL)
        return FALSE;
    }
  return digits;
}

/* A query split into folded words, each of which a match must contain.
 * Phone-like words keep only their digits, as the key does. */
char **
ok_text_search_tokens (const char *query)
{
  g_autofree char *folded = ok_text_fold (query);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (looks_like_phone (words[i]) && strpbrk (words[i], "+-()./") != NULL)
        {
          g_autofree char *digits = ok_text_phone_digits (words[i]);

          if (*digits != '\0')
            g_strv_builder_add (builder, digits);
        }
      else
        g_strv_builder_add (builder, words[i]);
    }
  return g_strv_builder_end (builder);
}

/* "Familie Öztürk" → "Öztürk": the part of a family's name that tells it
 * apart, for initials in an avatar. */
const char *
ok_text_family_surname (const char *name)
{
  static const char * const words[] = { "Familie ", "familie ", "Fam. ", "fam. ", "Gezin ", "gezin " };

  if (name == NULL)
    return "";
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (name, words[i]) && name[strlen (words[i])] != '\0')
      return name + strlen (words[i]);
  return name;
}

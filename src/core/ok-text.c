/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text as people type it into a search field: "ozturk" must find Öztürk
 * (folding is ok-text-fold's), "0612" a parent whose number was imported
 * as "+31 6 12…". */
#define G_LOG_DOMAIN "ok-text"

#include "config.h"

#include <string.h>

#include "ok-text.h"

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
 * Phone-like words ("06-1234") keep only their digits, as the key does,
 * before folding would split them at the dash. */
char **
ok_text_search_tokens (const char *query)
{
  g_auto(GStrv) words = g_strsplit_set (query != NULL ? query : "", " \t\n", -1);
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
        {
          g_autofree char *folded = ok_text_fold (words[i]);
          g_auto(GStrv) parts = g_strsplit (folded, " ", -1);

          for (guint j = 0; parts[j] != NULL; j++)
            if (*parts[j] != '\0')
              g_strv_builder_add (builder, parts[j]);
        }
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

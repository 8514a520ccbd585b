/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Names of the home languages Dutch schools meet most, so that people see
 * "Turks" where the database keeps "tr". */
#define G_LOG_DOMAIN "ok-language-names"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-home-language.h"
#include "ok-language-names.h"

static const struct {
  const char *code;
  const char *name;
} languages[] = {
  { "nl", N_("Dutch") },
  { "ar", N_("Arabic") },
  { "tr", N_("Turkish") },
  { "ber", N_("Berber") },
  { "zgh", N_("Tamazight") },
  { "pl", N_("Polish") },
  { "uk", N_("Ukrainian") },
  { "ru", N_("Russian") },
  { "ti", N_("Tigrinya") },
  { "so", N_("Somali") },
  { "am", N_("Amharic") },
  { "fa", N_("Persian") },
  { "prs", N_("Dari") },
  { "ps", N_("Pashto") },
  { "ku", N_("Kurdish") },
  { "en", N_("English") },
  { "es", N_("Spanish") },
  { "pt", N_("Portuguese") },
  { "fr", N_("French") },
  { "de", N_("German") },
  { "it", N_("Italian") },
  { "ro", N_("Romanian") },
  { "bg", N_("Bulgarian") },
  { "hu", N_("Hungarian") },
  { "zh", N_("Chinese") },
  { "hi", N_("Hindi") },
  { "ur", N_("Urdu") },
  { "pap", N_("Papiamento") },
  { "srn", N_("Sranan Tongo") },
  { "fy", N_("Frisian") },
};

/* The translated name; for a rarer language the Dutch name the importer
 * knows it by, and the code itself when nobody knows it. */
const char *
ok_language_name (const char *code)
{
  const char *dutch;

  if (code == NULL)
    return "";
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i].code, code))
      return _(languages[i].name);
  dutch = ok_home_language_display_name (code);
  return dutch != NULL ? dutch : code;
}

char *
ok_language_list_text (const char * const *codes)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, ok_language_name (codes[i]));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

const char * const *
ok_language_common_codes (void)
{
  static const char *codes[G_N_ELEMENTS (languages) + 1];

  if (codes[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
      codes[i] = languages[i].code;
  return codes;
}

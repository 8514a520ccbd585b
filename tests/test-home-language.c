/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ok-home-language.h"
#include "ok-test-util.h"

static void
test_names (void)
{
  static const struct { const char *name, *code; } cases[] = {
    { "Turks", "tr" }, { "arabisch", "ar" }, { "Pools", "pl" }, { "Oekraïens", "uk" },
    { "oekraiens", "uk" }, { "Tigrinya", "ti" }, { "Somalisch", "so" }, { "Berbers", "ber" },
    { "Tamazight", "ber" }, { "Tarifit", "rif" }, { "Riffijns", "rif" }, { "Engels", "en" },
    { "Nederlands", "nl" }, { "Russisch", "ru" }, { "Farsi", "fa" }, { "Perzisch", "fa" },
    { "Dari", "prs" }, { "Bulgaars", "bg" }, { "Roemeens", "ro" }, { "Spaans", "es" },
    { "Portugees", "pt" }, { "Frans", "fr" }, { "Duits", "de" }, { "Italiaans", "it" },
    { "Koerdisch", "ku" }, { "Chinees", "zh" }, { "Papiaments", "pap" },
    { "Sranantongo", "srn" }, { "Sranan Tongo", "srn" }, { "Surinaams", "srn" },
    { "Hindi", "hi" }, { "Urdu", "ur" }, { "Pashto", "ps" }, { "Pasjtoe", "ps" },
    { "Eritrees", "ti" }, { "Amhaars", "am" }, { "TURKISH", "tr" }, { "Arabic", "ar" },
    { "Ukrainian", "uk" }, { "Marokkaans-Arabisch", "ary" }, { "Sarnami", "hns" },
    { "Nederlandse Gebarentaal", "dse" }, { "  Engels  ", "en" },
    /* ISO 639-1, 639-2 and 639-3 codes, and language tags */
    { "tr", "tr" }, { "TUR", "tr" }, { "ara", "ar" }, { "nld", "nl" }, { "dut", "nl" },
    { "prs", "prs" }, { "ber", "ber" }, { "nl-NL", "nl" }, { "pt_BR", "pt" }, { "tir", "ti" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *code = ok_home_language_from_name (cases[i].name);

      if (g_strcmp0 (code, cases[i].code) != 0)
        g_error ("“%s” gave %s, not %s", cases[i].name, code, cases[i].code);
    }
}

static void
test_unknown_not_guessed (void)
{
  static const char * const unknown[] = {
    "Marokkaans", "Afghaans", "Syrisch", "Klingon", "Turk", "Arab", "", "?", "xx", "Nederlands-Engels",
    "Joegoslavisch", "Vlaams",
  };

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    {
      const char *code = ok_home_language_from_name (unknown[i]);

      if (code != NULL)
        g_error ("“%s” was guessed as %s", unknown[i], code);
    }
  g_assert_null (ok_home_language_from_name (NULL));
}

static void
test_display_name (void)
{
  g_assert_cmpstr (ok_home_language_display_name ("tr"), ==, "Turks");
  g_assert_cmpstr (ok_home_language_display_name ("uk"), ==, "Oekraïens");
  g_assert_cmpstr (ok_home_language_display_name ("ti"), ==, "Tigrinya");
  g_assert_cmpstr (ok_home_language_display_name ("NL"), ==, "Nederlands");
  g_assert_null (ok_home_language_display_name ("xx"));
  g_assert_null (ok_home_language_display_name (NULL));

  /* Every code the names map to can be shown, and maps back to itself. */
  for (const char *const *name = (const char *[]) { "Turks", "Berbers", "Dari", "Sorani", NULL };
       *name != NULL; name++)
    {
      const char *code = ok_home_language_from_name (*name);
      const char *display = ok_home_language_display_name (code);

      g_assert_nonnull (display);
      g_assert_cmpstr (ok_home_language_from_name (display), ==, code);
    }
}

static void
test_lists (void)
{
  static const struct { const char *text, *codes, *unknown; } cases[] = {
    { "Turks/Koerdisch", "tr,ku", "" },
    { "Arabisch, Berbers", "ar,ber", "" },
    { "Nederlands en Engels", "nl,en", "" },
    { "Nederlands; Papiaments + Spaans & Engels", "nl,pap,es,en", "" },
    { "Berbers (Tarifit)", "ber,rif", "" },
    { "Turks/Turks/tr", "tr", "" },
    { "Pools / Klingon / Elfs", "pl", "Klingon,Elfs" },
    { "Marokkaans", "", "Marokkaans" },
    { "", "", "" },
    { " / , ", "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(GStrv) unknown = NULL;
      g_auto(GStrv) codes = ok_home_language_parse_list (cases[i].text, &unknown);
      g_autofree char *joined_codes = g_strjoinv (",", codes);
      g_autofree char *joined_unknown = g_strjoinv (",", unknown);

      g_assert_cmpstr (joined_codes, ==, cases[i].codes);
      g_assert_cmpstr (joined_unknown, ==, cases[i].unknown);
    }
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  g_test_add_func ("/home-language/names", test_names);
  g_test_add_func ("/home-language/unknown-not-guessed", test_unknown_not_guessed);
  g_test_add_func ("/home-language/display-name", test_display_name);
  g_test_add_func ("/home-language/lists", test_lists);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ok-language-table.h"
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
      const char *code = ok_language_from_name (cases[i].name);

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
      const char *code = ok_language_from_name (unknown[i]);

      if (code != NULL)
        g_error ("“%s” was guessed as %s", unknown[i], code);
    }
  g_assert_null (ok_language_from_name (NULL));
}

static void
test_display_name (void)
{
  g_assert_cmpstr (ok_language_dutch_name ("tr"), ==, "Turks");
  g_assert_cmpstr (ok_language_dutch_name ("uk"), ==, "Oekraïens");
  g_assert_cmpstr (ok_language_dutch_name ("ti"), ==, "Tigrinya");
  g_assert_cmpstr (ok_language_dutch_name ("NL"), ==, "Nederlands");
  g_assert_null (ok_language_dutch_name ("xx"));
  g_assert_null (ok_language_dutch_name (NULL));

  /* Every code the names map to can be shown, and maps back to itself. */
  for (const char *const *name = (const char *[]) { "Turks", "Berbers", "Dari", "Sorani", NULL };
       *name != NULL; name++)
    {
      const char *code = ok_language_from_name (*name);
      const char *display = ok_language_dutch_name (code);

      g_assert_nonnull (display);
      g_assert_cmpstr (ok_language_from_name (display), ==, code);
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
      g_auto(GStrv) codes = ok_language_parse_list (cases[i].text, &unknown);
      g_autofree char *joined_codes = g_strjoinv (",", codes);
      g_autofree char *joined_unknown = g_strjoinv (",", unknown);

      g_assert_cmpstr (joined_codes, ==, cases[i].codes);
      g_assert_cmpstr (joined_unknown, ==, cases[i].unknown);
    }
}

/* Every language the app offers, at the door or in its lists, can be shown
 * by name in the interface and in Dutch, and its Dutch name reads back as
 * itself on import. */
static void
test_offered_named (void)
{
  const char * const *common = ok_language_common_codes ();
  const char * const *check_in = ok_language_check_in_codes ();
  g_autofree char *common_text = g_strjoinv (",", (char **) common);
  g_autofree char *check_in_text = g_strjoinv (",", (char **) check_in);

  g_assert_cmpstr (common_text, ==, "nl,ar,tr,ber,zgh,pl,uk,ru,ti,so,am,fa,prs,ps,ku,en,es,pt,fr,de,it,ro,bg,hu,"
                                    "zh,hi,ur,pap,srn,fy");
  g_assert_cmpstr (check_in_text, ==, "nl,ar,tr,zgh,pl,uk,ru,ti,so,fa,bg,ro,en,es,pt,fr");
  for (guint i = 0; common[i] != NULL; i++)
    {
      const char *dutch = ok_language_dutch_name (common[i]);

      g_assert_cmpstr (ok_language_name (common[i]), !=, common[i]);
      g_assert_nonnull (dutch);
      g_assert_cmpstr (ok_language_from_name (dutch), ==, common[i]);
    }
  for (guint i = 0; check_in[i] != NULL; i++)
    {
      g_assert_true (g_strv_contains (common, check_in[i]));
      g_assert_cmpstr (ok_language_check_in_name (check_in[i]), !=, check_in[i]);
    }
}

static void
test_interface_names (void)
{
  g_autofree char *text = ok_language_list_text ((const char *[]) { "ar", "rif", "xx", NULL });

  /* The tests run untranslated: the common languages by English name, the
   * rarer ones by their Dutch name, and unknown codes as they are. */
  g_assert_cmpstr (ok_language_name ("tr"), ==, "Turkish");
  g_assert_cmpstr (ok_language_name ("ber"), ==, "Berber");
  g_assert_cmpstr (ok_language_name ("rif"), ==, "Tarifit (Riffijns)");
  g_assert_cmpstr (ok_language_name ("xx"), ==, "xx");
  g_assert_cmpstr (ok_language_name (NULL), ==, "");
  g_assert_cmpstr (ok_language_check_in_name ("zgh"), ==, "Tamazight");
  g_assert_cmpstr (ok_language_check_in_name ("ti"), ==, "Tigrinya");
  g_assert_cmpstr (text, ==, "Arabic, Tarifit (Riffijns), xx");
}

static void
test_facts (void)
{
  g_assert_false (ok_language_code_is_written ("ber"));
  g_assert_false (ok_language_code_is_written ("tzm"));
  g_assert_false (ok_language_code_is_written ("srn"));
  g_assert_false (ok_language_code_is_written ("rif_MA"));
  g_assert_false (ok_language_code_is_written (""));
  g_assert_true (ok_language_code_is_written ("ti"));
  g_assert_true (ok_language_code_is_written ("xx"));

  /* Yiddish is known only by its direction: no home language to import. */
  g_assert_true (ok_language_code_is_rtl ("yi"));
  g_assert_true (ok_language_code_is_rtl ("ckb"));
  g_assert_true (ok_language_code_is_rtl ("ar-MA"));
  g_assert_false (ok_language_code_is_rtl ("tr"));
  g_assert_false (ok_language_code_is_rtl ("xx"));
  g_assert_false (ok_language_code_is_rtl (NULL));
  g_assert_null (ok_language_from_name ("yi"));
  g_assert_null (ok_language_dutch_name ("yi"));
  g_assert_cmpstr (ok_language_name ("yi"), ==, "yi");
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  g_test_add_func ("/home-language/names", test_names);
  g_test_add_func ("/home-language/unknown-not-guessed", test_unknown_not_guessed);
  g_test_add_func ("/home-language/display-name", test_display_name);
  g_test_add_func ("/home-language/lists", test_lists);
  g_test_add_func ("/language-table/offered-named", test_offered_named);
  g_test_add_func ("/language-table/interface-names", test_interface_names);
  g_test_add_func ("/language-table/facts", test_facts);
  return g_test_run ();
}

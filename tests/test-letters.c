/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bilingual letters as PDF, read back with poppler's command-line tools as
 * a printer or a screen reader would see them. */
#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include "ok-letters.h"
#include "ok-test-util.h"
#include "ok-time.h"

static char *
run (const char *program,
     const char *path)
{
  const char *argv[] = { program, path, NULL, NULL };
  g_autofree char *found = g_find_program_in_path (program);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (g_str_equal (program, "pdftotext"))
    argv[2] = "-";
  g_assert_nonnull (found);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return g_steal_pointer (&out);
}

static void
test_letters_pdf (void)
{
  g_autoptr(OkTemplateCatalog) catalog = NULL;
  g_autoptr(OkLetters) letters = ok_letters_new ();
  g_autoptr(GDateTime) starts = ok_time_parse_local ("2026-03-10T19:00");
  g_autoptr(GDateTime) ends = ok_time_parse_local ("2026-03-10T20:30");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "letters.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *info = NULL;
  g_auto(GStrv) font_lines = NULL;
  static const struct { const char *family, *language; } families[] = {
    { "Familie El Amrani", "ar" },
    { "Familie Tesfay", "ti" },
    { "Familie Kovalenko", "uk" },
  };

  catalog = ok_template_catalog_new (&error);
  g_assert_no_error (error);
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);

  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    {
      OkTemplateContext context = {
        .activity_title = "Ouderavond",
        .theme = "reading-at-home",
        .starts_at = starts,
        .ends_at = ends,
        .location = "Ouderkamer",
        .interpreter = families[i].language,
        .sender_name = "Sanne de Vries",
        .school_name = "Basisschool De Regenboog",
      };

      g_assert_true (ok_letters_add_rendered (letters, catalog, "theme-meeting-invitation",
                                              families[i].language, &context, families[i].family, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (ok_letters_get_n_pages (letters), ==, 3);
  g_assert_true (ok_letters_write_pdf (letters, path, &error));
  g_assert_no_error (error);

  info = run ("pdfinfo", path);
  g_test_message ("%s", info);
  g_assert_true (g_regex_match_simple ("^Pages: +3$", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Page size: +595.276 x 841.89 pts \\(A4\\)$", info, G_REGEX_MULTILINE, 0));

  text = run ("pdftotext", path);
  g_test_message ("%s", text);
  /* Dutch on every page, beside each home language. */
  g_assert_nonnull (strstr (text, "Familie El Amrani"));
  g_assert_nonnull (strstr (text, "Uitnodiging: Lezen thuis"));
  g_assert_nonnull (strstr (text, "dinsdag 10 maart 2026"));
  g_assert_nonnull (strstr (text, "Er is een tolk: Tigrinya"));
  g_assert_nonnull (strstr (text, "Запрошення: Читання вдома"));
  g_assert_nonnull (strstr (text, "вівторок, 10 березня 2026"));
  g_assert_nonnull (strstr (text, "ዕድመ"));
  g_assert_nonnull (strstr (text, "ኣብ ገዛ ምንባብ"));
  g_assert_nonnull (strstr (text, "መጋቢት"));
  g_assert_nonnull (strstr (text, "القراءة"));
  g_assert_nonnull (strstr (text, "مارس"));

  fonts = run ("pdffonts", path);
  g_test_message ("%s", fonts);
  g_assert_nonnull (strstr (fonts, "NotoSans-"));
  g_assert_nonnull (strstr (fonts, "Arabic"));
  g_assert_nonnull (strstr (fonts, "NotoSansEthiopic"));
  /* Every font is embedded: the two header lines, then one per font. */
  font_lines = g_strsplit (g_strstrip (fonts), "\n", -1);
  g_assert_cmpuint (g_strv_length (font_lines), >, 4);
  for (guint i = 2; font_lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = g_strsplit_set (font_lines[i], " ", -1);
      guint yes = 0;

      for (guint j = 0; columns[j] != NULL; j++)
        yes += g_str_equal (columns[j], "yes");
      /* emb, sub and uni are all "yes" for a subset embedded with a
       * ToUnicode map, so that the text can be searched and copied. */
      g_assert_cmpuint (yes, ==, 3);
    }
}

static void
test_letters_errors (void)
{
  g_autoptr(OkTemplateCatalog) catalog = ok_template_catalog_new (NULL);
  g_autoptr(OkLetters) letters = ok_letters_new ();
  g_autoptr(GError) error = NULL;
  OkTemplateContext empty = { 0, };
  OkLetterPage dutch_only = { .recipient = "Familie Jansen", .dutch_subject = "Welkom",
                              .dutch_body = "Beste ouder,", .language = "nl" };

  g_assert_false (ok_letters_write_pdf (letters, "/nonexistent/letters.pdf", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  g_assert_false (ok_letters_add_rendered (letters, catalog, "reminder", "ar", &empty, NULL, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_MISSING_VALUE);
  g_clear_error (&error);
  g_assert_cmpuint (ok_letters_get_n_pages (letters), ==, 0);

  ok_letters_add_page (letters, &dutch_only);
  g_assert_false (ok_letters_write_pdf (letters, "/nonexistent/letters.pdf", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "Could not write the letters to “/nonexistent/letters.pdf”: "));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  g_test_add_func ("/letters/pdf", test_letters_pdf);
  g_test_add_func ("/letters/errors", test_letters_errors);
  return g_test_run ();
}

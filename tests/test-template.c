/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The template language, the built-in texts in every language, dates per
 * language and right-to-left output. No database. */
#include "config.h"

#include <string.h>

#include "ok-language-table.h"
#include "ok-template-catalog.h"
#include "ok-test-util.h"
#include "ok-time.h"

#define FSI "\u2068"
#define LRI "\u2066"
#define PDI "\u2069"
#define RLM "\u200f"

static const char * const required_languages[] = {
  "nl", "en", "ar", "tr", "pl", "uk", "ru", "ti", "so", "fa", "bg", "ro", "es", "pt", "fr", NULL
};

static OkTemplateCatalog *
new_catalog (void)
{
  g_autoptr(GError) error = NULL;
  OkTemplateCatalog *catalog = ok_template_catalog_new (&error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

typedef struct {
  GDateTime *starts;
  GDateTime *ends;
  OkTemplateContext context;
} Fixture;

static void
fixture_init (Fixture  *fixture,
              gboolean  full)
{
  fixture->starts = ok_time_parse_local ("2026-03-10T19:00");
  fixture->ends = ok_time_parse_local ("2026-03-10T20:30");
  fixture->context = (OkTemplateContext) {
    .activity_title = "Ouderavond mediawijsheid",
    .theme = "media-literacy",
    .starts_at = fixture->starts,
    .ends_at = fixture->ends,
    .sender_name = "Sanne de Vries",
    .school_name = "Basisschool De Regenboog",
    .contact_parent_name = "Amina Yusuf",
  };
  if (full)
    {
      fixture->context.location = "Ouderkamer, Kerkstraat 12";
      fixture->context.interpreter = "ar";
      fixture->context.parent_name = "Fatima El Amrani";
      fixture->context.child_name = "Yasmina";
      fixture->context.contact_parent_phone = "+31 6 12345678";
    }
}

static void
fixture_clear (Fixture *fixture)
{
  g_clear_pointer (&fixture->starts, g_date_time_unref);
  g_clear_pointer (&fixture->ends, g_date_time_unref);
}

static gboolean
reference_uses (OkTemplateCatalog *catalog,
                const char        *template_id,
                const char        *placeholder)
{
  OkTemplateText *dutch = ok_template_catalog_lookup_builtin_text (catalog, template_id, "nl");
  g_autofree char *tag = g_strdup_printf ("{%s}", placeholder);

  return strstr (ok_template_text_get_subject (dutch), tag) != NULL
         || strstr (ok_template_text_get_body (dutch), tag) != NULL;
}

static void
test_builtins_complete (void)
{
  g_autoptr(OkTemplateCatalog) catalog = new_catalog ();
  const char * const *ids = ok_template_list_ids ();

  g_assert_cmpuint (g_strv_length ((char **) ids), ==, 7);
  for (guint l = 0; required_languages[l] != NULL; l++)
    {
      const char *code = required_languages[l];
      OkLanguage *language = ok_template_catalog_lookup_language (catalog, code);

      g_assert_nonnull (language);
      g_assert_true (ok_template_catalog_is_builtin_language (catalog, code));
      g_assert_cmpint (ok_language_is_rtl (language), ==, g_str_equal (code, "ar") || g_str_equal (code, "fa"));
      g_assert_cmpint (ok_language_is_rtl (language), ==, ok_language_code_is_rtl (code));

      for (guint i = 0; ids[i] != NULL; i++)
        {
          OkTemplateText *text = ok_template_catalog_lookup_text (catalog, ids[i], code);
          gboolean reference = g_str_equal (code, "nl") || g_str_equal (code, "en");
          g_autoptr(GError) error = NULL;

          g_test_message ("%s/%s", ids[i], code);
          g_assert_nonnull (text);
          g_assert_false (ok_template_text_get_custom (text));
          g_assert_cmpint (ok_template_text_get_status (text), ==,
                           reference ? OK_TRANSLATION_STATUS_CHECKED : OK_TRANSLATION_STATUS_UNCHECKED);
          g_assert_cmpstr (ok_template_text_get_subject (text), !=, "");
          /* Short enough for one WhatsApp message. */
          g_assert_cmpint (g_utf8_strlen (ok_template_text_get_body (text), -1), <, 1000);
          ok_template_catalog_check_text (catalog, text, NULL, NULL, &error);
          g_assert_no_error (error);
        }

      /* Every theme of the catalogue has a name in every language. */
      for (guint t = 0; t < 14; t++)
        {
          static const char * const slugs[] = {
            "media-literacy", "puberty", "secondary-school-choice", "reading-at-home",
            "healthy-living", "bullying", "dutch-school-system", "homework", "sexuality",
            "radicalisation", "parenting", "dutch-language", "meet-and-greet", "neighbourhood-partners",
          };

          g_assert_nonnull (ok_template_catalog_get_theme_name (catalog, slugs[t], code));
        }
    }
  g_assert_cmpuint (g_list_model_get_n_items (ok_template_catalog_get_languages (catalog)), ==,
                    g_strv_length ((char **) required_languages));
}

static void
assert_no_placeholder_left (const char *text)
{
  for (const char * const *name = ok_template_list_placeholders (); *name != NULL; name++)
    {
      g_autofree char *tag = g_strdup_printf ("{%s}", *name);
      g_autofree char *section = g_strdup_printf ("{?%s}", *name);

      g_assert_null (strstr (text, tag));
      g_assert_null (strstr (text, section));
    }
  g_assert_null (strchr (text, '{'));
  g_assert_null (strchr (text, '}'));
}

/* Every template in every language, with every value known: nothing left
 * unfilled, and the date written in the message's own language. */
static void
test_render_all (void)
{
  g_autoptr(OkTemplateCatalog) catalog = new_catalog ();
  const char * const *ids = ok_template_list_ids ();
  Fixture fixture;

  fixture_init (&fixture, TRUE);
  for (guint l = 0; required_languages[l] != NULL; l++)
    {
      OkLanguage *language = ok_template_catalog_lookup_language (catalog, required_languages[l]);
      g_autofree char *date = ok_language_format_date (language, fixture.starts);
      const char *weekday = ok_language_get_weekday (language, fixture.starts);

      for (guint i = 0; ids[i] != NULL; i++)
        {
          g_autofree char *subject = NULL;
          g_autofree char *body = NULL;
          g_autoptr(GError) error = NULL;

          ok_template_catalog_render (catalog, ids[i], required_languages[l], &fixture.context,
                                      OK_TEMPLATE_RENDER_DEFAULT, &subject, &body, &error);
          g_assert_no_error (error);
          g_test_message ("%s/%s:\n%s\n%s", ids[i], required_languages[l], subject, body);
          assert_no_placeholder_left (subject);
          assert_no_placeholder_left (body);
          g_assert_true (g_utf8_validate (body, -1, NULL));
          g_assert_nonnull (strstr (body, "Sanne de Vries"));

          if (reference_uses (catalog, ids[i], "date"))
            g_assert_nonnull (strstr (body, date));
          if (reference_uses (catalog, ids[i], "weekday"))
            g_assert_nonnull (strstr (body, weekday));
          if (!g_str_equal (required_languages[l], "nl"))
            {
              g_assert_null (strstr (body, "maart"));
              g_assert_null (strstr (body, "dinsdag"));
            }
          if (reference_uses (catalog, ids[i], "theme"))
            g_assert_nonnull (strstr (subject, ok_template_catalog_get_theme_name (catalog, "media-literacy",
                                                                                   required_languages[l])));
        }
    }
  fixture_clear (&fixture);
}

/* A broadcast message: no parent, no location, no interpreter. The
 * optional lines go, and leave no gap. */
static void
test_render_minimal (void)
{
  g_autoptr(OkTemplateCatalog) catalog = new_catalog ();
  const char * const *ids = ok_template_list_ids ();
  Fixture fixture;

  fixture_init (&fixture, FALSE);
  for (guint l = 0; required_languages[l] != NULL; l++)
    for (guint i = 0; ids[i] != NULL; i++)
      {
        g_autofree char *body = NULL;
        g_autoptr(GError) error = NULL;

        ok_template_catalog_render (catalog, ids[i], required_languages[l], &fixture.context,
                                    OK_TEMPLATE_RENDER_DEFAULT, NULL, &body, &error);
        g_assert_no_error (error);
        assert_no_placeholder_left (body);
        g_assert_null (strstr (body, "\n\n\n"));
        g_assert_null (strstr (body, "Kerkstraat"));
      }

  {
    g_autofree char *body = NULL;

    ok_template_catalog_render (catalog, "theme-meeting-invitation", "nl", &fixture.context,
                                OK_TEMPLATE_RENDER_DEFAULT, NULL, &body, NULL);
    g_assert_true (g_str_has_prefix (body, "Beste ouder,\n\nWij nodigen u uit"));
    g_assert_nonnull (strstr (body, "Wanneer: dinsdag 10 maart 2026, 19:00–20:30\n\nWe praten"));
  }
  fixture_clear (&fixture);
}

static void
test_render_dutch_full (void)
{
  g_autoptr(OkTemplateCatalog) catalog = new_catalog ();
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GError) error = NULL;
  Fixture fixture;

  fixture_init (&fixture, TRUE);
  ok_template_catalog_render (catalog, "theme-meeting-invitation", "nl", &fixture.context,
                              OK_TEMPLATE_RENDER_DEFAULT, &subject, &body, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (subject, ==, "Uitnodiging: Mediawijsheid");
  g_assert_cmpstr (body, ==,
                   "Beste Fatima El Amrani,\n"
                   "\n"
                   "Wij nodigen u uit voor een bijeenkomst voor ouders.\n"
                   "Het thema is: Mediawijsheid.\n"
                   "\n"
                   "Wanneer: dinsdag 10 maart 2026, 19:00–20:30\n"
                   "Waar: Ouderkamer, Kerkstraat 12\n"
                   "Er is een tolk: Arabisch\n"
                   "\n"
                   "We praten samen en drinken koffie of thee. U kunt al uw vragen stellen.\n"
                   "Komt u? Laat het ons even weten.\n"
                   "\n"
                   "Hartelijke groet,\n"
                   "Sanne de Vries\n"
                   "Basisschool De Regenboog");
  g_assert_null (strstr (body, FSI));
  g_assert_null (strstr (body, LRI));
  fixture_clear (&fixture);
}

static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Arabic and Farsi: every value in an isolate, so that a Latin name, a
 * phone number or a time does not reorder the sentence around it when the
 * text is pasted into WhatsApp. */
static void
test_render_rtl_isolates (void)
{
  g_autoptr(OkTemplateCatalog) catalog = new_catalog ();
  Fixture fixture;

  fixture_init (&fixture, TRUE);
  for (guint l = 0; l < 2; l++)
    {
      const char *code = l == 0 ? "ar" : "fa";
      OkLanguage *language = ok_template_catalog_lookup_language (catalog, code);
      g_autofree char *date = ok_language_format_date (language, fixture.starts);
      g_autofree char *time = ok_language_format_time_range (language, fixture.starts, fixture.ends);
      g_autofree char *isolated_date = g_strconcat (FSI, date, PDI, NULL);
      g_autofree char *isolated_time = g_strconcat (FSI, time, PDI, NULL);
      g_autofree char *invitation = NULL;
      g_autofree char *introduction = NULL;
      g_autofree char *subject = NULL;
      g_autoptr(GError) error = NULL;

      ok_template_catalog_render (catalog, "theme-meeting-invitation", code, &fixture.context,
                                  OK_TEMPLATE_RENDER_DEFAULT, &subject, &invitation, &error);
      g_assert_no_error (error);
      ok_template_catalog_render (catalog, "contact-parent-introduction", code, &fixture.context,
                                  OK_TEMPLATE_RENDER_DEFAULT, NULL, &introduction, &error);
      g_assert_no_error (error);
      g_test_message ("%s\n%s\n%s", subject, invitation, introduction);

      g_assert_nonnull (strstr (invitation, FSI "Fatima El Amrani" PDI));
      g_assert_nonnull (strstr (invitation, FSI "Ouderkamer, Kerkstraat 12" PDI));
      g_assert_nonnull (strstr (invitation, FSI "Sanne de Vries" PDI));
      g_assert_nonnull (strstr (invitation, isolated_date));
      g_assert_nonnull (strstr (invitation, isolated_time));
      g_assert_true (g_str_has_suffix (invitation, RLM FSI "Basisschool De Regenboog" PDI));
      /* A value without letters is laid out left to right. */
      g_assert_nonnull (strstr (introduction, LRI "+31 6 12345678" PDI));
      /* The month is written in the language itself, with Latin digits. */
      g_assert_nonnull (strstr (date, "مارس"));
      g_assert_nonnull (strstr (date, "10"));
      g_assert_nonnull (strstr (date, "2026"));
      /* Every isolate is closed. */
      g_assert_cmpuint (count (invitation, PDI), ==, count (invitation, FSI) + count (invitation, LRI));
      g_assert_cmpuint (count (invitation, PDI), >=, 7);
    }

  {
    g_autofree char *greeting = NULL;

    /* Farsi puts the name first: the line still reads right to left. */
    ok_template_catalog_render (catalog, "thank-you", "fa", &fixture.context,
                                OK_TEMPLATE_RENDER_DEFAULT, NULL, &greeting, NULL);
    g_assert_true (g_str_has_prefix (greeting, RLM FSI "Fatima El Amrani" PDI " گرامی،"));
  }
  fixture_clear (&fixture);
}

static void
test_language_dates (void)
{
  g_autoptr(OkTemplateCatalog) catalog = new_catalog ();
  g_autoptr(GDateTime) evening = ok_time_parse_local ("2026-03-10T19:05");
  g_autoptr(GDateTime) morning = ok_time_parse_local ("2026-11-24T08:30");
  static const struct { const char *code, *date, *time; } expected[] = {
    { "nl", "dinsdag 10 maart 2026", "19:05" },
    { "en", "Tuesday, 10 March 2026", "19:05" },
    { "tr", "10 Mart 2026 Salı", "19:05" },
    { "pl", "wtorek, 10 marca 2026", "19:05" },
    { "ru", "вторник, 10 марта 2026\u202fг.", "19:05" },
    { "uk", "вівторок, 10 березня 2026\u202fр.", "19:05" },
    { "bg", "вторник, 10 март 2026\u202fг.", "19:05 ч." },
    { "es", "martes, 10 de marzo de 2026", "19:05" },
    { "pt", "terça-feira, 10 de março de 2026", "19:05" },
    { "fr", "mardi 10 mars 2026", "19:05" },
    { "ro", "marți, 10 martie 2026", "19:05" },
    { "ar", "الثلاثاء، 10 مارس 2026", "7:05 م" },
    { "fa", "سه‌شنبه 10 مارس 2026", "19:05" },
    { "so", "Talaado, Maarso 10, 2026", "7:05\u202fGD" },
    { "ti", "ሰሉስ፣ 10 መጋቢት 2026", "7:05 ድ.ቀ." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      OkLanguage *language = ok_template_catalog_lookup_language (catalog, expected[i].code);
      g_autofree char *date = ok_language_format_date (language, evening);
      g_autofree char *time = ok_language_format_time (language, evening);

      g_assert_cmpstr (date, ==, expected[i].date);
      g_assert_cmpstr (time, ==, expected[i].time);
    }

  {
    OkLanguage *dutch = ok_template_catalog_lookup_language (catalog, "nl");
    OkLanguage *arabic = ok_template_catalog_lookup_language (catalog, "ar");
    OkLanguage *farsi = ok_template_catalog_lookup_language (catalog, "fa");
    g_autofree char *range = ok_language_format_time_range (dutch, morning, evening);
    g_autofree char *alone = ok_language_format_time_range (dutch, morning, NULL);
    g_autofree char *am = ok_language_format_time (arabic, morning);
    g_autofree char *farsi_range = ok_language_format_time_range (farsi, morning, evening);
    g_autoptr(GDateTime) utc = g_date_time_new_utc (2026, 11, 24, 7, 30, 0);
    g_autofree char *from_utc = ok_language_format_time (dutch, utc);

    g_assert_cmpstr (range, ==, "08:30–19:05");
    g_assert_cmpstr (alone, ==, "08:30");
    g_assert_cmpstr (am, ==, "8:30 ص");
    g_assert_cmpstr (farsi_range, ==, "8:30 تا 19:05");
    /* Written as Dutch wall-clock time, whatever zone the moment came in. */
    g_assert_cmpstr (from_utc, ==, "08:30");
    g_assert_cmpstr (ok_language_get_weekday (dutch, morning), ==, "dinsdag");
    g_assert_cmpstr (ok_language_get_language_name (dutch, "ti"), ==, "Tigrinya");
    g_assert_cmpstr (ok_language_get_language_name (arabic, "ar"), ==, "العربية");
    g_assert_null (ok_language_get_language_name (dutch, "xx"));
  }
}

/* How letters and call lists name a home language for a Dutch reader. */
static void
test_language_names (void)
{
  g_autoptr(OkTemplateCatalog) catalog = new_catalog ();
  g_autoptr(JsonNode) node = json_from_string ("{\"code\": \"kab\", \"name\": \"Taqbaylit\", "
                                               "\"date\": \"d MMMM y\", \"time\": \"HH:mm\", "
                                               "\"weekdays\": [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\"], "
                                               "\"months\": [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", "
                                               "\"7\", \"8\", \"9\", \"10\", \"11\", \"12\"]}", NULL);
  g_autoptr(OkLanguage) kabyle = ok_language_new_from_json (node, NULL);

  g_assert_true (ok_template_catalog_add_language (catalog, kabyle, NULL));
  /* The Dutch date data names most; the table the rest; a language a
   * coordinator added names itself. */
  g_assert_cmpstr (ok_template_catalog_get_language_name (catalog, "ti"), ==, "Tigrinya");
  g_assert_cmpstr (ok_template_catalog_get_language_name (catalog, "rif"), ==, "Tarifit (Riffijns)");
  g_assert_cmpstr (ok_template_catalog_get_language_name (catalog, "kab"), ==, "Taqbaylit");
  g_assert_cmpstr (ok_template_catalog_get_language_name (catalog, "xx"), ==, "xx");
  g_assert_cmpstr (ok_template_catalog_get_language_name (catalog, NULL), ==, "");
}

static void
test_language_codes (void)
{
  g_assert_true (ok_language_code_is_valid ("ar"));
  g_assert_true (ok_language_code_is_valid ("ckb"));
  g_assert_true (ok_language_code_is_valid ("pt-BR"));
  g_assert_true (ok_language_code_is_valid ("ku-Arab"));
  g_assert_false (ok_language_code_is_valid ("a"));
  g_assert_false (ok_language_code_is_valid ("AR"));
  g_assert_false (ok_language_code_is_valid ("arab"));
  g_assert_false (ok_language_code_is_valid ("pt-"));
  g_assert_false (ok_language_code_is_valid ("pt_BR"));
  g_assert_false (ok_language_code_is_valid ("zh-Hant-TW"));
  g_assert_false (ok_language_code_is_valid (NULL));

  g_assert_true (ok_language_code_is_rtl ("ar"));
  g_assert_true (ok_language_code_is_rtl ("fa"));
  g_assert_true (ok_language_code_is_rtl ("ur"));
  g_assert_true (ok_language_code_is_rtl ("he"));
  g_assert_true (ok_language_code_is_rtl ("ku-Arab"));
  g_assert_false (ok_language_code_is_rtl ("ku-Latn"));
  g_assert_false (ok_language_code_is_rtl ("ti"));
  g_assert_false (ok_language_code_is_rtl ("nl"));
}

static void
assert_check_fails (const char *text,
                    const char *reference,
                    int         code,
                    guint       start,
                    guint       end,
                    const char *message_part)
{
  OkTemplateSpan span = { 999, 999 };
  g_autoptr(GError) error = NULL;

  g_assert_false (ok_template_check (text, reference, &span, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, code);
  g_test_message ("%s → %s", text, error->message);
  g_assert_cmpuint (span.start, ==, start);
  g_assert_cmpuint (span.end, ==, end);
  g_assert_nonnull (strstr (error->message, message_part));
}

static void
test_check_errors (void)
{
  OkTemplateSpan span = { 0, };
  g_autoptr(GError) error = NULL;

  g_assert_true (ok_template_check ("Beste {parent_name}, tot {date}! {{niet}} }}", NULL, &span, &error));
  g_assert_no_error (error);

  assert_check_fails ("Op {date", NULL, OK_TEMPLATE_ERROR_UNCLOSED_BRACE, 3, 4, "Line 1, column 4");
  assert_check_fails ("Op {date\n}", NULL, OK_TEMPLATE_ERROR_UNCLOSED_BRACE, 3, 4, "Line 1, column 4");
  assert_check_fails ("Op {date {time}", NULL, OK_TEMPLATE_ERROR_UNCLOSED_BRACE, 3, 4, "“{”");
  assert_check_fails ("Regel\nop date}", NULL, OK_TEMPLATE_ERROR_UNOPENED_BRACE, 13, 14, "Line 2, column 8");
  /* Positions count characters, not bytes. */
  assert_check_fails ("مرحبًا {parent_nam}", NULL, OK_TEMPLATE_ERROR_UNKNOWN_PLACEHOLDER, 7, 19,
                      "did you mean {parent_name}?");
  assert_check_fails ("Op {datum}", NULL, OK_TEMPLATE_ERROR_UNKNOWN_PLACEHOLDER, 3, 10, "{date}");
  assert_check_fails ("{zzzz}", NULL, OK_TEMPLATE_ERROR_UNKNOWN_PLACEHOLDER, 0, 6, "not a known placeholder");
  assert_check_fails ("Op {twee woorden}", NULL, OK_TEMPLATE_ERROR_BAD_NAME, 3, 17, "{twee woorden}");
  assert_check_fails ("Op {}", NULL, OK_TEMPLATE_ERROR_BAD_NAME, 3, 5, "not a placeholder");
  assert_check_fails ("Op {Date}", NULL, OK_TEMPLATE_ERROR_BAD_NAME, 3, 9, "a–z");
  assert_check_fails ("{?location}Waar: {location}", NULL, OK_TEMPLATE_ERROR_UNCLOSED_SECTION, 0, 11,
                      "{?location} is not closed");
  assert_check_fails ("{?location}x{/date}", NULL, OK_TEMPLATE_ERROR_MISMATCHED_SECTION, 12, 19,
                      "{/date} found where {/location} was expected");
  assert_check_fails ("x{/date}", NULL, OK_TEMPLATE_ERROR_MISMATCHED_SECTION, 1, 8, "not opened");
  assert_check_fails ("a{:}b", NULL, OK_TEMPLATE_ERROR_MISMATCHED_SECTION, 1, 4, "only allowed inside");
  assert_check_fails ("{?date}a{:}b{:}c{/date}", NULL, OK_TEMPLATE_ERROR_MISMATCHED_SECTION, 12, 15,
                      "only one {:}");
  assert_check_fails ("{?date}{?date}{?date}{?date}{?date}{?date}{?date}{?date}{?date}", NULL,
                      OK_TEMPLATE_ERROR_MISMATCHED_SECTION, 56, 63, "nested");
  assert_check_fails ("Datum: {date}", "Op {date} om {time}.", OK_TEMPLATE_ERROR_MISSING_PLACEHOLDER,
                      13, 13, "{time} is missing");
  assert_check_fails ("Waar: {location}", "{?location}Waar: {location}{/location}",
                      OK_TEMPLATE_ERROR_MISSING_PLACEHOLDER, 16, 16, "{?location}…{/location} is missing");
  assert_check_fails ("ok\xff\xfe", NULL, OK_TEMPLATE_ERROR_INVALID_UTF8, 2, 3, "UTF-8");

  {
    g_autofree char *huge = g_strnfill (OK_TEMPLATE_MAX_TEXT + 1, 'x');

    assert_check_fails (huge, NULL, OK_TEMPLATE_ERROR_TOO_LONG, 0, OK_TEMPLATE_MAX_TEXT + 1, "too long");
  }

  /* A translation may add a placeholder the Dutch text does not use. */
  g_assert_true (ok_template_check ("{weekday} {date}", "{date}", NULL, &error));
  g_assert_no_error (error);
}

static char *
expand (const char            *text,
        OkTemplateRenderFlags  flags,
        ...)
{
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  char *result;
  va_list args;

  va_start (args, flags);
  for (const char *name = va_arg (args, const char *); name != NULL; name = va_arg (args, const char *))
    g_hash_table_insert (values, (char *) name, va_arg (args, char *));
  va_end (args);

  result = ok_template_expand (text, values, flags, &error);
  g_assert_no_error (error);
  return result;
}

static void
test_expand (void)
{
  g_autofree char *escaped = expand ("{{date}} en }}", 0, NULL);
  g_autofree char *present = expand ("{?parent_name}Beste {parent_name},{:}Beste ouder,{/parent_name}", 0,
                                     "parent_name", "Piet", NULL);
  g_autofree char *absent = expand ("{?parent_name}Beste {parent_name},{:}Beste ouder,{/parent_name}", 0,
                                    NULL);
  g_autofree char *lines = expand ("Wanneer: {date}\n{?location}Waar: {location}{/location}\n"
                                   "{?interpreter}Tolk: {interpreter}{/interpreter}\nTot dan!", 0,
                                   "date", "morgen", "interpreter", "Arabisch", NULL);
  g_autofree char *last = expand ("Groet\n{?location}Waar: {location}{/location}", 0, NULL);
  g_autofree char *inline_section = expand ("Kom{?location} naar {location}{/location}!\nDag", 0, NULL);
  g_autofree char *nested = expand ("{?date}A{?time}B{:}C{/time}D{:}E{/date}", 0, "date", "x", NULL);
  g_autofree char *kept = expand ("Op {date} in {location}", OK_TEMPLATE_RENDER_KEEP_MISSING,
                                  "date", "maandag", NULL);
  g_autofree char *cleaned = expand ("Naam: {parent_name}.", 0,
                                     "parent_name", "Ali\u202e\u2069 Veli\nline\ttab", NULL);
  g_autofree char *blank = expand ("{?location}Waar: {location}{:}Nergens{/location}", 0, "location", "  ", NULL);
  g_autofree char *rtl = expand ("{date}\nمع {parent_name} عند {time}", OK_TEMPLATE_RENDER_RTL,
                                 "date", "10 مارس", "parent_name", "Piet", "time", "19:00", NULL);
  g_autofree char *rtl_kept = expand ("الموعد: {date}", OK_TEMPLATE_RENDER_RTL | OK_TEMPLATE_RENDER_KEEP_MISSING,
                                      NULL);
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *too_long = g_strnfill (OK_TEMPLATE_MAX_VALUE + 1, 'x');
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (escaped, ==, "{date} en }");
  g_assert_cmpstr (present, ==, "Beste Piet,");
  g_assert_cmpstr (absent, ==, "Beste ouder,");
  g_assert_cmpstr (lines, ==, "Wanneer: morgen\nTolk: Arabisch\nTot dan!");
  g_assert_cmpstr (last, ==, "Groet\n");
  g_assert_cmpstr (inline_section, ==, "Kom!\nDag");
  g_assert_cmpstr (nested, ==, "ACD");
  g_assert_cmpstr (kept, ==, "Op maandag in {location}");
  g_assert_cmpstr (cleaned, ==, "Naam: Ali Veli line tab.");
  g_assert_cmpstr (blank, ==, "Nergens");
  g_assert_cmpstr (rtl, ==, RLM FSI "10 مارس" PDI "\nمع " FSI "Piet" PDI " عند " LRI "19:00" PDI);
  g_assert_cmpstr (rtl_kept, ==, "الموعد: " FSI "{date}" PDI);

  g_assert_null (ok_template_expand ("Op {date}, {location}", NULL, 0, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_MISSING_VALUE);
  g_assert_nonnull (strstr (error->message, "Line 1, column 4: There is nothing to fill in for {date}"));
  g_clear_error (&error);

  g_hash_table_insert (values, (char *) "location", too_long);
  g_assert_null (ok_template_expand ("In {location}", values, 0, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_TOO_LONG);
  g_clear_error (&error);

  g_hash_table_insert (values, (char *) "location", (char *) "bad \xc3\x28");
  g_assert_null (ok_template_expand ("{?location}x{/location}", values, 0, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_UTF8);
  g_clear_error (&error);

  g_assert_null (ok_template_expand ("Op {date", values, 0, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_UNCLOSED_BRACE);
}

static void
test_render_errors (void)
{
  g_autoptr(OkTemplateCatalog) catalog = new_catalog ();
  g_autoptr(OkTemplateText) broken = NULL;
  OkTemplateContext empty = { 0, };
  OkTemplateField field = OK_TEMPLATE_FIELD_SUBJECT;
  OkTemplateSpan span = { 0, };
  g_autofree char *preview = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (ok_template_catalog_render (catalog, "no-such-template", "nl", &empty, 0, NULL, NULL, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ok_template_catalog_render (catalog, "reminder", "xx", &empty, 0, NULL, NULL, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ok_template_catalog_render (catalog, "reminder", "nl", &empty, 0, NULL, NULL, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_MISSING_VALUE);
  g_assert_true (g_str_has_prefix (error->message, "Subject: Line 1, column 14"));
  g_clear_error (&error);

  /* A preview shows what is missing instead. */
  g_assert_true (ok_template_catalog_render (catalog, "reminder", "nl", &empty, OK_TEMPLATE_RENDER_KEEP_MISSING,
                                             NULL, &preview, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (preview, "Wanneer: {date}, {time}"));

  broken = ok_template_text_copy (ok_template_catalog_lookup_text (catalog, "reminder", "tr"));
  ok_template_text_set_body (broken, "Merhaba {parent_nme}");
  g_assert_false (ok_template_catalog_check_text (catalog, broken, &field, &span, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_UNKNOWN_PLACEHOLDER);
  g_assert_cmpint (field, ==, OK_TEMPLATE_FIELD_BODY);
  g_assert_cmpuint (span.start, ==, 8);
  g_assert_true (g_str_has_prefix (error->message, "Text: Line 1, column 9"));
  g_clear_error (&error);

  ok_template_text_set_body (broken, "Merhaba");
  ok_template_text_set_subject (broken, "Hatırlatma");
  g_assert_false (ok_template_catalog_check_text (catalog, broken, &field, &span, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_MISSING_PLACEHOLDER);
  g_assert_cmpint (field, ==, OK_TEMPLATE_FIELD_SUBJECT);
  g_assert_nonnull (strstr (error->message, "{activity_title} is missing"));
}

static void
test_export_read (void)
{
  g_autoptr(OkTemplateCatalog) catalog = new_catalog ();
  g_autoptr(GBytes) file = NULL;
  g_autoptr(OkLanguage) language = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GHashTable) themes = NULL;
  g_autoptr(GError) error = NULL;

  file = ok_template_catalog_export_language (catalog, "ar", &error);
  g_assert_no_error (error);
  g_assert_true (ok_template_catalog_read_language_file (catalog, file, &language, &texts, &themes, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ok_language_get_code (language), ==, "ar");
  g_assert_true (ok_language_is_rtl (language));
  g_assert_cmpuint (texts->len, ==, 7);
  for (guint i = 0; i < texts->len; i++)
    {
      OkTemplateText *text = g_ptr_array_index (texts, i);

      g_assert_true (ok_template_text_get_custom (text));
      g_assert_true (ok_template_text_equal (text, ok_template_catalog_lookup_text (catalog,
                                                    ok_template_text_get_template_id (text), "ar")));
    }
  g_assert_cmpuint (g_hash_table_size (themes), ==, 14);
  g_assert_cmpstr (g_hash_table_lookup (themes, "bullying"), ==, "التنمّر");

  g_assert_null (ok_template_catalog_export_language (catalog, "xx", &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_NOT_FOUND);
}

static void
assert_file_refused (OkTemplateCatalog *catalog,
                     const char        *json,
                     const char        *message_part)
{
  g_autoptr(GBytes) data = g_bytes_new (json, strlen (json));
  g_autoptr(OkLanguage) language = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (ok_template_catalog_read_language_file (catalog, data, &language, NULL, NULL, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, message_part));
  g_assert_null (language);
}

static void
test_read_errors (void)
{
  g_autoptr(OkTemplateCatalog) catalog = new_catalog ();

  assert_file_refused (catalog, "", "empty");
  assert_file_refused (catalog, "not json", "not valid JSON");
  assert_file_refused (catalog, "[1]", "not an Ouderkamer language file");
  assert_file_refused (catalog, "{\"format\": \"other\"}", "not an Ouderkamer language file");
  assert_file_refused (catalog, "{\"format\": \"ouderkamer-templates\", \"version\": 2}", "newer format");
  assert_file_refused (catalog, "{\"format\": \"ouderkamer-templates\", \"version\": {}}", "newer format");
  assert_file_refused (catalog, "{\"format\": \"ouderkamer-templates\", \"version\": 1, \"language\": \"Arabic\"}",
                       "not a language code");
  assert_file_refused (catalog, "{\"format\": \"ouderkamer-templates\", \"version\": 1, \"language\": \"am\","
                       " \"templates\": {}}", "no date data");
  assert_file_refused (catalog, "{\"format\": \"ouderkamer-templates\", \"version\": 1, \"language\": \"ar\","
                       " \"templates\": {\"birthday\": {\"subject\": \"x\", \"body\": \"y\"}}}",
                       "“birthday” is not a template");
  assert_file_refused (catalog, "{\"format\": \"ouderkamer-templates\", \"version\": 1, \"language\": \"ar\","
                       " \"templates\": {\"thank-you\": {\"subject\": \"شكرًا\", \"body\": [\"{parent_name\"]}}}",
                       "Template “Thank you”: Text: Line 1, column 1: “{” is not closed");
  assert_file_refused (catalog, "{\"format\": \"ouderkamer-templates\", \"version\": 1, \"language\": \"ar\","
                       " \"templates\": {\"thank-you\": {\"subject\": \"x\", \"body\": 3}}}",
                       "needs a “subject” and a “body”");
  assert_file_refused (catalog, "{\"format\": \"ouderkamer-templates\", \"version\": 1, \"language\": \"am\","
                       " \"locale\": {\"code\": \"am\", \"name\": \"አማርኛ\", \"date\": \"EEEE G\"}, \"templates\": {}}",
                       "CLDR patterns");
  assert_file_refused (catalog, "{\"format\": \"ouderkamer-templates\", \"version\": 1, \"language\": \"ar\","
                       " \"templates\": {\"thank-you\": {\"subject\": \"x\", \"body\": \"y\", \"status\": \"great\"}}}",
                       "unknown status");
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  g_test_add_func ("/template/builtins/complete", test_builtins_complete);
  g_test_add_func ("/template/render/all-languages", test_render_all);
  g_test_add_func ("/template/render/minimal", test_render_minimal);
  g_test_add_func ("/template/render/dutch", test_render_dutch_full);
  g_test_add_func ("/template/render/rtl-isolates", test_render_rtl_isolates);
  g_test_add_func ("/template/render/errors", test_render_errors);
  g_test_add_func ("/template/language/dates", test_language_dates);
  g_test_add_func ("/template/language/names", test_language_names);
  g_test_add_func ("/template/language/codes", test_language_codes);
  g_test_add_func ("/template/check/errors", test_check_errors);
  g_test_add_func ("/template/expand", test_expand);
  g_test_add_func ("/template/file/export-read", test_export_read);
  g_test_add_func ("/template/file/errors", test_read_errors);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Coordinators' own template texts, theme names and languages, stored on
 * SQLite and PostgreSQL. */
#include "config.h"

#include <string.h>

#include "ok-store-family.h"
#include "ok-store-template.h"
#include "ok-test-util.h"
#include "ok-time.h"

/* Amharic, which the app does not ship, in the format of data/locale. */
static const char amharic[] =
  "{\"code\": \"am\", \"name\": \"አማርኛ\", \"direction\": \"ltr\","
  " \"date\": \"EEEE ፣d MMMM y\", \"time\": \"HH:mm\","
  " \"weekdays\": [\"እሑድ\", \"ሰኞ\", \"ማክሰኞ\", \"ረቡዕ\", \"ሐሙስ\", \"ዓርብ\", \"ቅዳሜ\"],"
  " \"months\": [\"ጃንዩወሪ\", \"ፌብሩወሪ\", \"ማርች\", \"ኤፕሪል\", \"ሜይ\", \"ጁን\", \"ጁላይ\", \"ኦገስት\","
  " \"ሴፕቴምበር\", \"ኦክቶበር\", \"ኖቬምበር\", \"ዲሴምበር\"],"
  " \"languages\": {\"am\": \"አማርኛ\", \"nl\": \"ደች\"}}";

static OkTemplateCatalog *
load (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  OkTemplateCatalog *catalog = ok_store_template_load_catalog (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

static OkLanguage *
parse_language (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  OkLanguage *language;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  language = ok_language_new_from_json (json_parser_get_root (parser), &error);
  g_assert_no_error (error);
  return language;
}

static void
test_save_text (OkStore *store)
{
  g_autoptr(OkTemplateCatalog) catalog = load (store);
  g_autoptr(OkTemplateCatalog) again = NULL;
  g_autoptr(OkTemplateText) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  OkTemplateContext context = { .activity_title = "Koffieochtend", .sender_name = "Sanne",
                                .school_name = "De Regenboog" };
  OkTemplateText *loaded;

  text = ok_template_text_copy (ok_template_catalog_lookup_text (catalog, "thank-you", "tr"));
  ok_template_text_set_body (text, "{?parent_name}Merhaba {parent_name},{:}Merhaba,{/parent_name}\n"
                            "Teşekkürler: {activity_title}.\n{sender_name}\n{school_name}");
  ok_template_text_set_status (text, OK_TRANSLATION_STATUS_CHECKED);
  ok_store_template_save_text (store, catalog, text, &error);
  g_assert_no_error (error);

  /* The catalogue in hand has it at once, a fresh one from the database too. */
  g_assert_true (ok_template_text_get_custom (ok_template_catalog_lookup_text (catalog, "thank-you", "tr")));
  again = load (store);
  loaded = ok_template_catalog_lookup_text (again, "thank-you", "tr");
  g_assert_true (ok_template_text_get_custom (loaded));
  g_assert_true (ok_template_text_equal (loaded, text));
  g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (again, "thank-you", "ar")));
  g_assert_false (ok_template_text_equal (loaded, ok_template_catalog_lookup_builtin_text (again, "thank-you", "tr")));

  g_assert_true (ok_template_catalog_render (again, "thank-you", "tr", &context, 0, NULL, &body, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (body, ==, "Merhaba,\nTeşekkürler: Koffieochtend.\nSanne\nDe Regenboog");

  /* Back to the built-in text. */
  g_assert_true (ok_store_template_reset_text (store, again, "thank-you", "tr", &error));
  g_assert_no_error (error);
  g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (again, "thank-you", "tr")));
  g_clear_object (&again);
  again = load (store);
  g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (again, "thank-you", "tr")));
}

static void
test_save_refuses_broken_text (OkStore *store)
{
  g_autoptr(OkTemplateCatalog) catalog = load (store);
  g_autoptr(OkTemplateCatalog) again = NULL;
  g_autoptr(OkTemplateText) text = NULL;
  g_autoptr(OkTemplateText) stranger = NULL;
  g_autoptr(GError) error = NULL;

  text = ok_template_text_copy (ok_template_catalog_lookup_text (catalog, "reminder", "pl"));
  ok_template_text_set_body (text, "Dzień dobry! {activity_title} {date");
  g_assert_false (ok_store_template_save_text (store, catalog, text, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_UNCLOSED_BRACE);
  g_clear_error (&error);

  ok_template_text_set_body (text, "Dzień dobry! {activity_title}");
  g_assert_false (ok_store_template_save_text (store, catalog, text, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_MISSING_PLACEHOLDER);
  g_clear_error (&error);

  stranger = ok_template_text_new ("reminder", "xx", "a", "b", OK_TRANSLATION_STATUS_UNCHECKED, TRUE);
  g_assert_false (ok_store_template_save_text (store, catalog, stranger, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  again = load (store);
  g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (again, "reminder", "pl")));
}

static void
test_mark_checked (OkStore *store)
{
  g_autoptr(OkTemplateCatalog) catalog = load (store);
  g_autoptr(OkTemplateCatalog) again = NULL;
  g_autoptr(GError) error = NULL;
  OkTemplateText *text;

  g_assert_true (ok_store_template_set_status (store, catalog, "welcome-new-family", "ar",
                                               OK_TRANSLATION_STATUS_CHECKED, &error));
  g_assert_no_error (error);
  again = load (store);
  text = ok_template_catalog_lookup_text (again, "welcome-new-family", "ar");
  g_assert_cmpint (ok_template_text_get_status (text), ==, OK_TRANSLATION_STATUS_CHECKED);
  g_assert_true (ok_template_text_get_custom (text));
  g_assert_cmpstr (ok_template_text_get_body (text), ==,
                   ok_template_text_get_body (ok_template_catalog_lookup_builtin_text (again, "welcome-new-family", "ar")));

  /* Unchecking it again is the built-in text: nothing of the school's own stays. */
  g_assert_true (ok_store_template_set_status (store, again, "welcome-new-family", "ar",
                                               OK_TRANSLATION_STATUS_UNCHECKED, &error));
  g_assert_no_error (error);
  g_clear_object (&again);
  again = load (store);
  g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (again, "welcome-new-family", "ar")));

  g_assert_false (ok_store_template_set_status (store, again, "welcome-new-family", "xx",
                                                OK_TRANSLATION_STATUS_CHECKED, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
}

static void
test_theme_names (OkStore *store)
{
  g_autoptr(OkTemplateCatalog) catalog = load (store);
  g_autoptr(OkTemplateCatalog) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (ok_store_template_save_theme_name (store, catalog, "bullying", "ar", " التنمر المدرسي ", &error));
  g_assert_no_error (error);
  again = load (store);
  g_assert_cmpstr (ok_template_catalog_get_theme_name (again, "bullying", "ar"), ==, "التنمر المدرسي");
  g_assert_cmpstr (ok_template_catalog_get_builtin_theme_name (again, "bullying", "ar"), ==, "التنمّر");

  g_assert_true (ok_store_template_save_theme_name (store, again, "bullying", "ar", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ok_template_catalog_get_theme_name (again, "bullying", "ar"), ==, "التنمّر");

  /* Only themes of the catalogue have names. */
  g_assert_false (ok_store_template_save_theme_name (store, again, "no-such-theme", "ar", "x", &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONSTRAINT);
}

static void
test_add_language (OkStore *store)
{
  g_autoptr(OkTemplateCatalog) catalog = load (store);
  g_autoptr(OkTemplateCatalog) again = NULL;
  g_autoptr(OkLanguage) language = parse_language (amharic);
  g_autoptr(OkLanguage) dutch = NULL;
  g_autoptr(OkTemplateText) text = NULL;
  g_autoptr(GDateTime) starts = ok_time_parse_local ("2026-03-10T19:00");
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  OkTemplateContext context = { .activity_title = "Koffieochtend", .starts_at = starts,
                                .sender_name = "Sanne", .school_name = "De Regenboog" };
  guint languages = g_list_model_get_n_items (ok_template_catalog_get_languages (catalog));

  g_assert_true (ok_store_template_add_language (store, catalog, language, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (ok_template_catalog_get_languages (catalog)), ==, languages + 1);

  text = ok_template_text_new ("we-missed-you", "am", "ናፍቀንዎታል",
                               "{?parent_name}ሰላም {parent_name}{/parent_name}\n"
                               "{activity_title}፣ {date}።\n{sender_name}\n{school_name}",
                               OK_TRANSLATION_STATUS_UNCHECKED, TRUE);
  g_assert_true (ok_store_template_save_text (store, catalog, text, &error));
  g_assert_no_error (error);

  again = load (store);
  g_assert_nonnull (ok_template_catalog_lookup_language (again, "am"));
  g_assert_false (ok_template_catalog_is_builtin_language (again, "am"));
  g_assert_true (ok_template_catalog_render (again, "we-missed-you", "am", &context, 0, NULL, &body, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (body, ==, "Koffieochtend፣ ማክሰኞ ፣10 ማርች 2026።\nSanne\nDe Regenboog");

  /* The dates of a built-in language stay those of CLDR. */
  dutch = parse_language ("{\"code\": \"nl\", \"name\": \"Nederlands\", \"date\": \"d\", \"time\": \"H\","
                          " \"weekdays\": [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\"],"
                          " \"months\": [\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\",\"l\"]}");
  g_assert_false (ok_store_template_add_language (store, again, dutch, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (ok_store_template_remove_language (store, again, "am", &error));
  g_assert_no_error (error);
  g_assert_null (ok_template_catalog_lookup_language (again, "am"));
  g_clear_object (&again);
  again = load (store);
  g_assert_null (ok_template_catalog_lookup_language (again, "am"));
  g_assert_null (ok_template_catalog_lookup_text (again, "we-missed-you", "am"));
}

static gint64
add_school (OkStore    *store,
            const char *name)
{
  g_autoptr(OkSchool) school = ok_school_new ();
  g_autoptr(GError) error = NULL;

  ok_school_set_name (school, name);
  ok_school_set_region (school, "midden");
  g_assert_true (ok_store_school_insert (store, school, &error));
  g_assert_no_error (error);
  return ok_school_get_id (school);
}

/* One school corrects Arabic and adds Amharic; another imports both. */
static void
test_export_import (OkStore *store)
{
  g_autoptr(OkTemplateCatalog) first = load (store);
  g_autoptr(OkTemplateCatalog) second = NULL;
  g_autoptr(OkTemplateText) corrected = NULL;
  g_autoptr(OkLanguage) language = parse_language (amharic);
  g_autoptr(GBytes) arabic_file = NULL;
  g_autoptr(GBytes) amharic_file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *other_code = NULL;
  gint64 first_school = ok_store_get_school_id (store);
  OkTemplateText *imported;

  corrected = ok_template_text_copy (ok_template_catalog_lookup_text (first, "reminder", "ar"));
  ok_template_text_set_subject (corrected, "تذكير بموعد: {activity_title}");
  ok_template_text_set_status (corrected, OK_TRANSLATION_STATUS_CHECKED);
  g_assert_true (ok_store_template_save_text (store, first, corrected, &error));
  g_assert_true (ok_store_template_save_theme_name (store, first, "homework", "ar", "الفروض المنزلية", &error));
  g_assert_true (ok_store_template_add_language (store, first, language, &error));
  g_assert_no_error (error);

  arabic_file = ok_template_catalog_export_language (first, "ar", &error);
  g_assert_no_error (error);
  amharic_file = ok_template_catalog_export_language (first, "am", &error);
  g_assert_no_error (error);

  ok_store_set_school_id (store, add_school (store, "De Vlinder"));
  second = load (store);
  g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (second, "reminder", "ar")));
  g_assert_null (ok_template_catalog_lookup_language (second, "am"));

  g_assert_true (ok_store_template_import_language (store, second, arabic_file, &code, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (code, ==, "ar");
  g_assert_true (ok_store_template_import_language (store, second, amharic_file, &other_code, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (other_code, ==, "am");

  g_clear_object (&second);
  second = load (store);
  imported = ok_template_catalog_lookup_text (second, "reminder", "ar");
  g_assert_true (ok_template_text_equal (imported, corrected));
  g_assert_true (ok_template_text_get_custom (imported));
  /* What was the built-in text in the file stays the built-in text here. */
  g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (second, "thank-you", "ar")));
  g_assert_cmpstr (ok_template_catalog_get_theme_name (second, "homework", "ar"), ==, "الفروض المنزلية");
  g_assert_nonnull (ok_template_catalog_lookup_language (second, "am"));

  /* The first school's texts are its own. */
  ok_store_set_school_id (store, first_school);
  g_clear_object (&second);
  second = load (store);
  g_assert_true (ok_template_text_get_custom (ok_template_catalog_lookup_text (second, "reminder", "ar")));
}

static void
test_import_refuses_broken_file (OkStore *store)
{
  g_autoptr(OkTemplateCatalog) catalog = load (store);
  g_autoptr(OkTemplateCatalog) again = NULL;
  g_autoptr(GError) error = NULL;
  static const char broken[] =
    "{\"format\": \"ouderkamer-templates\", \"version\": 1, \"language\": \"ar\", \"templates\": {"
    " \"thank-you\": {\"status\": \"checked\", \"subject\": \"شكرًا\","
    "  \"body\": [\"{?parent_name}مرحبًا {parent_name}{:}مرحبًا{/parent_name}\", \"{activity_title}\", \"{sender_name}\", \"{school_name}\"]},"
    " \"reminder\": {\"status\": \"checked\", \"subject\": \"تذكير: {activity_title}\","
    "  \"body\": [\"مرحبًا {parent_name\"]}}}";
  g_autoptr(GBytes) data = g_bytes_new_static (broken, strlen (broken));

  g_assert_false (ok_store_template_import_language (store, catalog, data, NULL, &error));
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "Template “Reminder”: Text: Line 1, column 8"));

  /* Nothing of the file was taken over, not even its good part. */
  again = load (store);
  g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (again, "thank-you", "ar")));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/template-store/save-text", test_save_text);
  ok_test_add_store_func ("/template-store/refuse-broken-text", test_save_refuses_broken_text);
  ok_test_add_store_func ("/template-store/mark-checked", test_mark_checked);
  ok_test_add_store_func ("/template-store/theme-names", test_theme_names);
  ok_test_add_store_func ("/template-store/add-language", test_add_language);
  ok_test_add_store_func ("/template-store/export-import", test_export_import);
  ok_test_add_store_func ("/template-store/import-refuses-broken-file", test_import_refuses_broken_file);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The family import on SQLite and PostgreSQL: messy files, re-imports,
 * bad rows, and a database that is unchanged after every failure. */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>

#include "ok-import.h"
#include "ok-store-activity.h"
#include "ok-store-family.h"
/* For counting rows and setting up what the app has no API for yet
 * (contact moments, erasure): the store's own helpers. */
#include "ok-store-private.h"
#include "ok-test-util.h"
#include "ok-time.h"

/* Helpers */

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static GBytes *
fixture_bytes (const char *name)
{
  g_autofree char *path = fixture (name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static OkImportResult *
import_bytes (OkStore        *store,
              GBytes         *bytes,
              OkImportFlags   flags,
              GError        **error)
{
  g_autoptr(OkImport) import = ok_import_new ();

  if (!ok_import_load_bytes (import, bytes, error))
    return NULL;
  return ok_import_run (import, store, flags, NULL, error);
}

static OkImportResult *
import_fixture (OkStore        *store,
                const char     *name,
                OkImportFlags   flags,
                GError        **error)
{
  g_autofree char *path = fixture (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OkImport) import = ok_import_new ();

  if (!ok_import_load_file (import, file, NULL, error))
    return NULL;
  return ok_import_run (import, store, flags, NULL, error);
}

static gint64
count_sql (OkStore    *store,
           const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = -1;

  _ok_store_select_int64 (store, &n, sql, &error, NULL);
  g_assert_no_error (error);
  return n;
}

/* Every table an import writes or must leave alone, in one string. */
static char *
db_counts (OkStore *store)
{
  return g_strdup_printf ("families=%" G_GINT64_FORMAT " languages=%" G_GINT64_FORMAT
                          " parents=%" G_GINT64_FORMAT " children=%" G_GINT64_FORMAT
                          " attendance=%" G_GINT64_FORMAT " contact_moments=%" G_GINT64_FORMAT
                          " versions=%" G_GINT64_FORMAT,
                          count_sql (store, "SELECT count(*) FROM family"),
                          count_sql (store, "SELECT count(*) FROM family_language"),
                          count_sql (store, "SELECT count(*) FROM parent"),
                          count_sql (store, "SELECT count(*) FROM child"),
                          count_sql (store, "SELECT count(*) FROM attendance"),
                          count_sql (store, "SELECT count(*) FROM contact_moment"),
                          count_sql (store, "SELECT coalesce(sum(version), 0) FROM family"));
}

static gint64
family_of (OkStore    *store,
           const char *pupil_number)
{
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  _ok_store_select_int64 (store, &id,
                          "SELECT family_id FROM child WHERE pupil_number = ##n::string",
                          &error, "n", G_TYPE_STRING, pupil_number, NULL);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A family as the app's own family API reads it back, as one line:
 * name|postcode|house|interpreter|channel|languages|parents|children */
static char *
family_summary (OkStore *store,
                gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = ok_store_family_get (store, id, &error);
  g_autoptr(GPtrArray) parents = NULL;
  g_autoptr(GPtrArray) children = NULL;
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *languages = NULL;

  g_assert_no_error (error);
  parents = ok_store_parent_list (store, id, &error);
  g_assert_no_error (error);
  children = ok_store_child_list (store, id, &error);
  g_assert_no_error (error);

  languages = ok_family_get_languages (family) != NULL
              ? g_strjoinv (",", (char **) ok_family_get_languages (family)) : g_strdup ("");
  g_string_append_printf (s, "%s|%s|%s|%d|%s|%s|", ok_family_get_name (family),
                          ok_family_get_postcode (family), ok_family_get_house_number (family),
                          ok_family_get_interpreter_needed (family),
                          ok_enum_to_nick (OK_TYPE_CHANNEL, ok_family_get_preferred_channel (family)),
                          languages);
  for (guint i = 0; i < parents->len; i++)
    g_string_append_printf (s, "%s%s:%s:%s", i > 0 ? ";" : "",
                            ok_parent_get_name (parents->pdata[i]),
                            ok_parent_get_phone (parents->pdata[i]),
                            ok_parent_get_email (parents->pdata[i]));
  g_string_append_c (s, '|');
  for (guint i = 0; i < children->len; i++)
    g_string_append_printf (s, "%s%s:%s:%s:%s", i > 0 ? ";" : "",
                            ok_child_get_pupil_number (children->pdata[i]),
                            ok_child_get_first_name (children->pdata[i]),
                            ok_child_get_group (children->pdata[i]),
                            ok_child_get_enrolled_until (children->pdata[i]));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
pupil_summary (OkStore    *store,
               const char *pupil_number)
{
  return family_summary (store, family_of (store, pupil_number));
}

static char *
joined (const char * const *strv)
{
  return g_strjoinv (",", (char **) strv);
}

static void
assert_counts (OkImportResult *result,
               guint           families_added,
               guint           families_updated,
               guint           parents_added,
               guint           children_added,
               guint           children_updated,
               guint           children_left)
{
  g_assert_nonnull (result);
  g_assert_cmpuint (ok_import_result_get_families_added (result), ==, families_added);
  g_assert_cmpuint (ok_import_result_get_families_updated (result), ==, families_updated);
  g_assert_cmpuint (ok_import_result_get_parents_added (result), ==, parents_added);
  g_assert_cmpuint (ok_import_result_get_children_added (result), ==, children_added);
  g_assert_cmpuint (ok_import_result_get_children_updated (result), ==, children_updated);
  g_assert_cmpuint (ok_import_result_get_children_left (result), ==, children_left);
}

static char *
skipped_lines (OkImportResult *result)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < ok_import_result_get_n_rows_skipped (result); i++)
    g_string_append_printf (s, "%s%u", i > 0 ? "," : "", ok_import_result_get_skipped_line (result, i));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* The mapping, without a database */

static void
test_mapping_headers (void)
{
  static const struct { const char *header; OkImportField field; } cases[] = {
    { "Leerlingnummer", OK_IMPORT_FIELD_PUPIL_NUMBER },
    { "LEERLINGNUMMER", OK_IMPORT_FIELD_PUPIL_NUMBER },
    { "Leerling nr.", OK_IMPORT_FIELD_PUPIL_NUMBER },
    { "Stamnummer", OK_IMPORT_FIELD_PUPIL_NUMBER },
    { "Roepnaam", OK_IMPORT_FIELD_FIRST_NAME },
    { "Voornaam", OK_IMPORT_FIELD_FIRST_NAME },
    { "Tussenvoegsel", OK_IMPORT_FIELD_INFIX },
    { "Achternaam", OK_IMPORT_FIELD_LAST_NAME },
    { "Groep", OK_IMPORT_FIELD_GROUP },
    { "Klas", OK_IMPORT_FIELD_GROUP },
    { "Ouder1 Naam", OK_IMPORT_FIELD_PARENT1_NAME },
    { "Verzorger 1", OK_IMPORT_FIELD_PARENT1_NAME },
    { "Naam ouder/verzorger 2", OK_IMPORT_FIELD_PARENT2_NAME },
    { "Ouder1 Telefoon", OK_IMPORT_FIELD_PARENT1_PHONE },
    { "Mobiel", OK_IMPORT_FIELD_PARENT1_PHONE },
    { "Telefoon ouder 2", OK_IMPORT_FIELD_PARENT2_PHONE },
    { "Mobiel verzorger 2", OK_IMPORT_FIELD_PARENT2_PHONE },
    { "Ouder1 E-mail", OK_IMPORT_FIELD_PARENT1_EMAIL },
    { "Email", OK_IMPORT_FIELD_PARENT1_EMAIL },
    { "E-mailadres ouder/verzorger 2", OK_IMPORT_FIELD_PARENT2_EMAIL },
    { "Thuistaal", OK_IMPORT_FIELD_HOME_LANGUAGE },
    { "Taal", OK_IMPORT_FIELD_HOME_LANGUAGE },
    { "Tolk", OK_IMPORT_FIELD_INTERPRETER },
    { "Postcode", OK_IMPORT_FIELD_POSTCODE },
    { "Huisnummer", OK_IMPORT_FIELD_HOUSE_NUMBER },
    { "Huisnr. toevoeging", OK_IMPORT_FIELD_HOUSE_NUMBER_SUFFIX },
    { "Uitschrijfdatum", OK_IMPORT_FIELD_LEAVING_DATE },
    { "Datum uitschrijving", OK_IMPORT_FIELD_LEAVING_DATE },
    { "Inschrijfdatum", OK_IMPORT_FIELD_ENROLMENT_DATE },
    { "Geboortedatum", OK_IMPORT_FIELD_NONE },
    { "BSN", OK_IMPORT_FIELD_NONE },
    { "Ouderbijdrage", OK_IMPORT_FIELD_NONE },
    { "Ouder3 Naam", OK_IMPORT_FIELD_NONE },
    { "Telefoon 1", OK_IMPORT_FIELD_NONE },
    { "", OK_IMPORT_FIELD_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OkImportField field = ok_import_field_from_header (cases[i].header);

      if (field != cases[i].field)
        g_error ("“%s” maps to %d, not %d", cases[i].header, field, cases[i].field);
    }

  for (int f = 0; f < OK_IMPORT_N_FIELDS; f++)
    {
      g_assert_cmpint (ok_import_field_from_header (ok_import_field_get_header (f)), ==, f);
      g_assert_nonnull (ok_import_field_get_label (f));
    }
  g_assert_true (ok_import_field_is_required (OK_IMPORT_FIELD_PUPIL_NUMBER));
  g_assert_false (ok_import_field_is_required (OK_IMPORT_FIELD_GROUP));
}

static void
test_mapping_best_column_wins (void)
{
  const char *header[] = { "Voornamen", "Roepnaam", "Telefoon", "Mobiel", "Leerlingnummer",
                           "Achternaam", "Geboortedatum", "", NULL };
  g_autoptr(OkImportMapping) mapping = ok_import_mapping_new (header);
  g_autoptr(OkImportMapping) copy = NULL;
  g_auto(GStrv) unknown = NULL;
  g_autofree char *unknown_list = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (ok_import_mapping_get_n_columns (mapping), ==, 8);
  g_assert_cmpint (ok_import_mapping_get_column (mapping, OK_IMPORT_FIELD_FIRST_NAME), ==, 1);
  g_assert_cmpint (ok_import_mapping_get_column (mapping, OK_IMPORT_FIELD_PARENT1_PHONE), ==, 3);
  g_assert_cmpint (ok_import_mapping_get_field (mapping, 0), ==, OK_IMPORT_FIELD_NONE);
  unknown = ok_import_mapping_dup_unknown_columns (mapping);
  unknown_list = joined ((const char * const *) unknown);
  g_assert_cmpstr (unknown_list, ==, "Voornamen,Telefoon,Geboortedatum,#8");
  g_assert_true (ok_import_mapping_check (mapping, &error));
  g_assert_no_error (error);

  /* An override moves a field: the column that held it lets go. */
  copy = ok_import_mapping_copy (mapping);
  ok_import_mapping_set_field (copy, 0, OK_IMPORT_FIELD_FIRST_NAME);
  g_assert_cmpint (ok_import_mapping_get_column (copy, OK_IMPORT_FIELD_FIRST_NAME), ==, 0);
  g_assert_cmpint (ok_import_mapping_get_field (copy, 1), ==, OK_IMPORT_FIELD_NONE);
  g_assert_cmpint (ok_import_mapping_get_column (mapping, OK_IMPORT_FIELD_FIRST_NAME), ==, 1);

  ok_import_mapping_set_field (copy, 4, OK_IMPORT_FIELD_NONE);
  g_assert_false (ok_import_mapping_check (copy, &error));
  g_assert_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_MISSING_COLUMNS);
  g_assert_nonnull (strstr (error->message, "Leerlingnummer"));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_preview (void)
{
  g_autoptr(OkImport) import = ok_import_new ();
  g_autoptr(GBytes) bytes = fixture_bytes ("names-bom.csv");
  g_autoptr(GError) error = NULL;
  OkImportMapping *mapping;
  const char * const *row;
  guint notified = 0;

  g_signal_connect (import, "notify::mapping", G_CALLBACK (count_notify_cb), &notified);

  g_assert_true (ok_import_load_bytes (import, bytes, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (ok_import_get_encoding (import), ==, OK_CSV_ENCODING_UTF8_BOM);
  g_assert_cmpint (ok_import_get_separator (import), ==, ',');
  g_assert_cmpstr (ok_import_get_header (import)[0], ==, "Leerlingnummer");
  g_assert_cmpuint (ok_import_get_n_preview_rows (import), ==, 5);
  row = ok_import_get_preview_row (import, 2);
  g_assert_cmpstr (row[2], ==, "محمد");
  g_assert_cmpuint (ok_import_get_preview_line (import, 2), ==, 4);

  mapping = ok_import_get_mapping (import);
  g_assert_cmpint (ok_import_mapping_get_column (mapping, OK_IMPORT_FIELD_PARENT1_NAME), ==, 4);
  g_assert_cmpint (ok_import_mapping_get_column (mapping, OK_IMPORT_FIELD_PARENT1_PHONE), ==, 5);
  g_assert_cmpint (ok_import_mapping_get_column (mapping, OK_IMPORT_FIELD_PARENT1_EMAIL), ==, 6);
  g_assert_cmpint (ok_import_mapping_get_column (mapping, OK_IMPORT_FIELD_HOME_LANGUAGE), ==, 7);

  /* Read as semicolon-separated on request, everything is one column,
   * and the required columns are gone. */
  g_assert_true (ok_import_set_separator (import, ';', &error));
  g_assert_no_error (error);
  g_assert_cmpint (ok_import_get_separator (import), ==, ';');
  g_assert_cmpuint (g_strv_length ((char **) ok_import_get_header (import)), ==, 1);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (ok_import_mapping_check (ok_import_get_mapping (import), NULL));

  g_assert_true (ok_import_set_separator (import, 0, &error));
  g_assert_cmpint (ok_import_get_separator (import), ==, ',');

  /* Forcing UTF-8 on a file with a BOM is still UTF-8 with a BOM. */
  g_assert_true (ok_import_set_encoding (import, OK_CSV_ENCODING_UTF8, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ok_import_get_encoding (import), ==, OK_CSV_ENCODING_UTF8_BOM);
}

static void
test_not_loaded (void)
{
  g_autoptr(OkImport) import = ok_import_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (ok_import_set_separator (import, ',', &error));
  g_assert_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_NOT_LOADED);
  g_assert_null (ok_import_get_mapping (import));
  g_assert_null (ok_import_get_header (import));
}

/* Importing */

static void
test_families (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) result = import_fixture (store, "families.csv", 0, &error);
  g_autofree char *unknown_languages = NULL;
  g_autofree char *unknown_columns = NULL;
  g_autofree char *counts = NULL;
  g_autoptr(GHashTable) distinct = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 ids[10];
  static const char * const pupils[] = {
    "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009", "1010",
  };
  struct { const char *pupil, *summary; } expected[] = {
    { "1001", "Öztürk|3071 AB|12|1|whatsapp|tr,ku|"
              "Fatma Öztürk:+31612345678:Fatma.Ozturk@Example.nl;Mehmet Öztürk:+31687654321:(null)|"
              "1001:Ayşe:3:(null);1002:Emre:5:(null)" },
    { "1003", "de Vries|3011 AA|5|0|email|nl|Piet de Vries:+31101234567:piet@example.nl|"
              "1003:Lotte:8:(null)" },
    { "1004", "Abdi|3072 BB|7|1|whatsapp|so|Amina Abdi:+31612312312:(null)|1004:Hodan:1:(null)" },
    { "1005", "Tesfay|3073 CC|9|1|whatsapp|ti|Aster Tesfay:+31611112222:aster@example.org|"
              "1005:Yonas:2:(null);1006:Selam:4:(null)" },
    { "1007", "Шевченко|3074 DD|1A|0|whatsapp|uk,ru|Olena Шевченко:+380671234567:(null)|"
              "1007:Oleksandr:6:(null)" },
    { "1008", "El Amrani|3075 EE|22|0|letter|ber,rif|Khadija El Amrani:(null):(null)|"
              "1009:Adam:3:(null);1008:Sara:7:(null)" },
    { "1010", "Bakkali|(null)|(null)|0|letter|||1010:Noor:1:(null)" },
  };

  g_assert_no_error (error);
  assert_counts (result, 7, 0, 7, 10, 0, 0);
  g_assert_cmpuint (ok_import_result_get_n_rows_skipped (result), ==, 0);
  unknown_languages = joined (ok_import_result_get_unknown_languages (result));
  g_assert_cmpstr (unknown_languages, ==, "Klingon");
  unknown_columns = joined (ok_import_result_get_unknown_columns (result));
  g_assert_cmpstr (unknown_columns, ==, "");
  g_assert_false (ok_import_result_get_dry_run (result));

  /* Siblings share a family by phone (Öztürk), e-mail in any case
   * (Tesfay) or caregiver name and address (El Amrani). */
  for (guint i = 0; i < G_N_ELEMENTS (pupils); i++)
    {
      ids[i] = family_of (store, pupils[i]);
      g_hash_table_add (distinct, &ids[i]);
    }
  g_assert_cmpuint (g_hash_table_size (distinct), ==, 7);
  g_assert_cmpint (ids[0], ==, ids[1]);
  g_assert_cmpint (ids[4], ==, ids[5]);
  g_assert_cmpint (ids[7], ==, ids[8]);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *summary = pupil_summary (store, expected[i].pupil);

      g_assert_cmpstr (summary, ==, expected[i].summary);
    }

  counts = db_counts (store);
  g_assert_cmpstr (counts, ==, "families=7 languages=9 parents=7 children=10 attendance=0 "
                               "contact_moments=0 versions=7");
}

/* What the coordinator did in the app between two imports. */
static gint64
add_hand_entered_data (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) abdi = ok_store_family_get (store, family_of (store, "1004"), &error);
  g_autoptr(OkChild) mila = ok_child_new ();
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) starts = g_date_time_new (ok_time_zone (), 2026, 10, 6, 8, 30, 0);
  g_autoptr(GPtrArray) parents = NULL;
  gint64 fatma = 0;

  g_assert_no_error (error);
  ok_family_set_notes (abdi, "Moeder komt graag naar de koffieochtend");
  ok_store_family_update (store, abdi, &error);
  g_assert_no_error (error);

  /* A younger sister entered by hand before the administration had her. */
  ok_child_set_family_id (mila, ok_family_get_id (abdi));
  ok_child_set_first_name (mila, "Mila");
  ok_child_set_last_name (mila, "Abdi");
  ok_child_set_enrolled_from (mila, "2026-09-01");
  ok_store_child_insert (store, mila, &error);
  g_assert_no_error (error);

  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_COFFEE_MORNING);
  ok_activity_set_title (activity, "Koffieochtend");
  ok_activity_set_starts_at (activity, starts);
  ok_store_activity_insert (store, activity, &error);
  g_assert_no_error (error);

  parents = ok_store_parent_list (store, family_of (store, "1001"), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < parents->len; i++)
    if (g_str_equal (ok_parent_get_name (parents->pdata[i]), "Fatma Öztürk"))
      fatma = ok_parent_get_id (parents->pdata[i]);
  g_assert_cmpint (fatma, >, 0);
  ok_store_attendance_mark (store, ok_activity_get_id (activity), fatma,
                            OK_ATTENDANCE_STATUS_PRESENT, FALSE, "test", NULL, &error);
  g_assert_no_error (error);

  _ok_store_execute (store,
                     "INSERT INTO contact_moment (school_id, family_id, parent_id, channel, "
                     "happened_on, note, created_at) VALUES (##school::gint64, ##family::gint64, "
                     "##parent::gint64, 'phone', '2026-10-07', 'Gebeld over de thema-avond', "
                     "'2026-10-07T10:00:00Z')",
                     &error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                     "family", G_TYPE_INT64, family_of (store, "1001"),
                     "parent", G_TYPE_INT64, fatma, NULL);
  g_assert_no_error (error);
  return ok_child_get_id (mila);
}

static void
test_reimport (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) first = import_fixture (store, "families.csv", 0, &error);
  g_autoptr(OkImportResult) second = NULL;
  g_autoptr(OkImportResult) third = NULL;
  g_autoptr(OkFamily) abdi = NULL;
  g_autoptr(OkChild) mila = NULL;
  g_autofree char *oztürk = NULL;
  g_autofree char *vries = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *counts_again = NULL;
  gint64 mila_id, oztürk_id;

  g_assert_no_error (error);
  mila_id = add_hand_entered_data (store);
  oztürk_id = family_of (store, "1001");

  /* A newer export: 1001 and 1002 moved up a group, Fatma has a new
   * number, Elif (1011) is new, Lotte (1003) left, Mila got a number. */
  second = import_fixture (store, "families-reimport.csv", 0, &error);
  g_assert_no_error (error);
  assert_counts (second, 0, 3, 0, 1, 3, 1);

  oztürk = pupil_summary (store, "1011");
  g_assert_cmpint (family_of (store, "1011"), ==, oztürk_id);
  g_assert_cmpstr (oztürk, ==, "Öztürk|3071 AB|12|1|whatsapp|tr,ku|"
                               "Fatma Öztürk:+31699998888:Fatma.Ozturk@Example.nl;"
                               "Mehmet Öztürk:+31687654321:(null)|"
                               "1011:Elif:1:(null);1001:Ayşe:4:(null);1002:Emre:6:(null)");
  vries = pupil_summary (store, "1003");
  g_assert_cmpstr (vries, ==, "de Vries|3011 AA|5|0|email|nl|Piet de Vries:+31101234567:piet@example.nl|"
                              "1003:Lotte:8:2025-01-31");

  /* Mila is the child entered by hand, now with her pupil number. */
  mila = ok_store_child_get (store, mila_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ok_child_get_pupil_number (mila), ==, "1012");
  g_assert_cmpstr (ok_child_get_group (mila), ==, "2");
  g_assert_cmpstr (ok_child_get_enrolled_from (mila), ==, "2026-09-01");

  /* Nothing entered in the app is lost. */
  abdi = ok_store_family_get (store, family_of (store, "1004"), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ok_family_get_notes (abdi), ==, "Moeder komt graag naar de koffieochtend");
  counts = db_counts (store);
  g_assert_cmpstr (counts, ==, "families=7 languages=9 parents=7 children=12 attendance=1 "
                               "contact_moments=1 versions=8");

  /* The same export again changes nothing at all. */
  third = import_fixture (store, "families-reimport.csv", 0, &error);
  g_assert_no_error (error);
  assert_counts (third, 0, 0, 0, 0, 0, 0);
  counts_again = db_counts (store);
  g_assert_cmpstr (counts_again, ==, counts);
}

static void
test_bom_and_scripts (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) result = import_fixture (store, "names-bom.csv", 0, &error);
  g_autofree char *unknown = NULL;
  static const struct { const char *pupil, *summary; } expected[] = {
    { "3001", "Wiśniewska|(null)|(null)|0|whatsapp|pl|"
              "Agnieszka Wiśniewska:+48601234567:agnieszka@example.pl|3001:Zofia:4b:(null)" },
    { "3002", "Пономаренко|(null)|(null)|0|whatsapp|uk|Ірина Пономаренко:+380507654321:(null)|"
              "3002:Dmytro:6a:(null)" },
    { "3003", "محمد|(null)|(null)|0|whatsapp|ar|فاطمة محمد:+31633334444:(null)|3003:Yusuf:2:(null)" },
    { "3004", "ተስፋይ|(null)|(null)|0|whatsapp|ti|ሰላም ተስፋይ:+31655556666:(null)|3004:Senait:3:(null)" },
    { "3005", "Çelik|(null)|(null)|0|whatsapp|tr|Hatice Çelik:+31677778888:(null)|3005:Can:7:(null)" },
  };

  g_assert_no_error (error);
  assert_counts (result, 5, 0, 5, 5, 0, 0);
  unknown = joined (ok_import_result_get_unknown_columns (result));
  g_assert_cmpstr (unknown, ==, "");
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *summary = pupil_summary (store, expected[i].pupil);

      g_assert_cmpstr (summary, ==, expected[i].summary);
    }
}

static void
test_windows_1252 (OkStore *store)
{
  const char *utf8 = "Leerlingnummer;Roepnaam;Achternaam;Ouder1 Naam;Ouder1 Telefoon;Thuistaal\r\n"
                     "8001;Zoë;Müller;Jürgen Müller;06-81818181;Duits\r\n"
                     "8002;François;Çelik;Gül Çelik;06-82828282;Frans/Turks\r\n"
                     "8003;Iñés;Öztürk;Şule Öztürk;06-83838383;Spaans\r\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *cp1252 = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OkImport) import = ok_import_new ();
  g_autoptr(OkImportResult) result = NULL;
  g_autofree char *muller = NULL;
  g_autofree char *celik = NULL;
  gsize len = 0;

  /* Ş is not in Windows-1252: Excel would have written a question mark. */
  cp1252 = g_convert_with_fallback (utf8, -1, "WINDOWS-1252", "UTF-8", "?", NULL, &len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new (cp1252, len);

  g_assert_true (ok_import_load_bytes (import, bytes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ok_import_get_encoding (import), ==, OK_CSV_ENCODING_WINDOWS_1252);
  result = ok_import_run (import, store, 0, NULL, &error);
  g_assert_no_error (error);
  assert_counts (result, 3, 0, 3, 3, 0, 0);

  muller = pupil_summary (store, "8001");
  g_assert_cmpstr (muller, ==, "Müller|(null)|(null)|0|whatsapp|de|Jürgen Müller:+31681818181:(null)|"
                               "8001:Zoë:(null):(null)");
  celik = pupil_summary (store, "8002");
  g_assert_cmpstr (celik, ==, "Çelik|(null)|(null)|0|whatsapp|fr,tr|Gül Çelik:+31682828282:(null)|"
                              "8002:François:(null):(null)");
}

static void
test_quoted_line_break (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) result = import_fixture (store, "quoted-newline.csv", 0, &error);
  g_autoptr(OkImportResult) failed = NULL;
  g_autoptr(GBytes) good = fixture_bytes ("quoted-newline.csv");
  g_autoptr(GByteArray) bad = g_byte_array_new ();
  g_autoptr(GBytes) bad_bytes = NULL;
  g_autofree char *lina = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *extra = "2003,Sem,Bos,Ria Bos,12,4\r\n";

  g_assert_no_error (error);
  assert_counts (result, 2, 0, 2, 2, 0, 0);
  lina = pupil_summary (store, "2001");
  g_assert_cmpstr (lina, ==, "Jansen, van|(null)|(null)|0|whatsapp||"
                             "Anna \"Anneke\"\nJansen:+31622223333:(null)|2001:Lina:2:(null)");

  /* Line numbers count the line break inside the quotes: the bad row is
   * on line 5 of the file, though it is the fourth record. */
  before = db_counts (store);
  g_byte_array_append (bad, g_bytes_get_data (good, NULL), g_bytes_get_size (good));
  g_byte_array_append (bad, (const guint8 *) extra, strlen (extra));
  bad_bytes = g_byte_array_free_to_bytes (g_steal_pointer (&bad));
  failed = import_bytes (store, bad_bytes, 0, &error);
  g_assert_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_BAD_ROWS);
  g_assert_null (failed);
  g_assert_true (g_str_has_prefix (error->message, "Line 5: “12” is not a phone number"));
  after = db_counts (store);
  g_assert_cmpstr (after, ==, before);
}

static void
test_hostile_names (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) result = import_fixture (store, "hostile.csv", 0, &error);
  g_autofree char *bobby = NULL;
  g_autofree char *other = NULL;
  g_autofree char *counts = NULL;

  g_assert_no_error (error);
  assert_counts (result, 2, 0, 2, 2, 0, 0);
  bobby = pupil_summary (store, "4001");
  g_assert_cmpstr (bobby, ==, "Tables|(null)|(null)|0|email||"
                              "'; DELETE FROM family; --:(null):bobby@example.nl|"
                              "4001:Robert'); DROP TABLE child;--:(null):(null)");
  other = pupil_summary (store, "4002");
  g_assert_cmpstr (other, ==, "=HYPERLINK(\"http://example.com\")|(null)|(null)|0|email||"
                              "Ann\\'s Mum; SELECT 1:(null):ann@example.nl|"
                              "4002:x\" OR \"1\"=\"1:(null):(null)");
  counts = db_counts (store);
  g_assert_cmpstr (counts, ==, "families=2 languages=0 parents=2 children=2 attendance=0 "
                               "contact_moments=0 versions=2");
}

/* Files that cannot be imported at all: a clear error, nothing changed. */
static void
assert_refused (OkStore    *store,
                GBytes     *bytes,
                GQuark      domain,
                int         code,
                const char *message_part)
{
  g_autoptr(OkImport) import = ok_import_new ();
  g_autoptr(OkImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = db_counts (store);
  g_autofree char *after = NULL;

  if (ok_import_load_bytes (import, bytes, &error))
    result = ok_import_run (import, store, OK_IMPORT_FLAGS_SKIP_BAD_ROWS, NULL, &error);
  g_assert_error (error, domain, code);
  g_assert_null (result);
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message_part);
  after = db_counts (store);
  g_assert_cmpstr (after, ==, before);
}

static void
test_refused_files (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) first = import_fixture (store, "families.csv", 0, &error);
  g_autoptr(GBytes) empty = fixture_bytes ("empty.csv");
  g_autoptr(GBytes) header = fixture_bytes ("only-header.csv");
  g_autoptr(GBytes) missing = fixture_bytes ("missing-columns.csv");
  g_autoptr(GBytes) binary = NULL;
  g_autoptr(GBytes) workbook = NULL;
  g_autoptr(GBytes) invalid = NULL;
  static const char zip[] = "PK\003\004\024\000\006\000Leerlingnummer;Roepnaam";
  static const char bad_utf8[] = "Leerlingnummer;Roepnaam;Achternaam\r\n"
                                 "9001;Zoë;Jansen\r\n"
                                 "9002;Bad\xff\xfe;Jansen\r\n";
  guint8 noise[2048];

  g_assert_no_error (error);
  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) (i * 7919 % 251);
  binary = g_bytes_new (noise, sizeof noise);
  workbook = g_bytes_new (zip, sizeof zip - 1);
  invalid = g_bytes_new (bad_utf8, sizeof bad_utf8 - 1);

  assert_refused (store, empty, OK_CSV_ERROR, OK_CSV_ERROR_EMPTY, NULL);
  assert_refused (store, binary, OK_CSV_ERROR, OK_CSV_ERROR_BINARY, NULL);
  assert_refused (store, workbook, OK_CSV_ERROR, OK_CSV_ERROR_BINARY, "spreadsheet");
  assert_refused (store, invalid, OK_CSV_ERROR, OK_CSV_ERROR_ENCODING, "Line 3");
  assert_refused (store, header, OK_IMPORT_ERROR, OK_IMPORT_ERROR_NO_ROWS, NULL);
  assert_refused (store, missing, OK_IMPORT_ERROR, OK_IMPORT_ERROR_MISSING_COLUMNS, "“Achternaam”");
}

static void
test_bad_rows (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) failed = NULL;
  g_autoptr(OkImportResult) skipped = NULL;
  g_autofree char *before = db_counts (store);
  g_autofree char *after = NULL;
  g_autofree char *lines = NULL;
  static const char * const reasons[] = {
    "Line 3: “Leerlingnummer” is empty.",
    "Line 4: “12345” is not a phone number (column “Ouder1 Telefoon”).",
    "Line 5: “32-13-2024” is not a date (column “Uitschrijfdatum”); write it as dd-mm-yyyy.",
    "Line 6: “Tolk” should be ja or nee, not “misschien”.",
    "Line 7: pupil number 5001 is also on line 2, with other data.",
    "Nothing was imported.",
  };

  failed = import_fixture (store, "bad-rows.csv", 0, &error);
  g_assert_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_BAD_ROWS);
  g_assert_null (failed);
  for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
    if (strstr (error->message, reasons[i]) == NULL)
      g_error ("“%s” does not say “%s”", error->message, reasons[i]);
  /* The exact copy on line 8 is not a problem. */
  g_assert_null (strstr (error->message, "Line 8"));
  after = db_counts (store);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);

  skipped = import_fixture (store, "bad-rows.csv", OK_IMPORT_FLAGS_SKIP_BAD_ROWS, &error);
  g_assert_no_error (error);
  assert_counts (skipped, 2, 0, 2, 2, 0, 0);
  lines = skipped_lines (skipped);
  g_assert_cmpstr (lines, ==, "3,4,5,6,7,8");
  g_assert_cmpstr (ok_import_result_get_skipped_reason (skipped, 5), ==,
                   "exact copy of line 2; imported once");
}

/* A quote out of place can swallow many lines into one field: no "name"
 * of thousands of characters reaches the lists and letters. */
static void
test_overlong_field (OkStore *store)
{
  g_autoptr(GString) csv = g_string_new ("Leerlingnummer;Roepnaam;Achternaam;Groep\r\n9101;Zoë;Jansen;3\r\n9102;");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(OkImportResult) failed = NULL;
  g_autoptr(OkImportResult) imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = db_counts (store);
  g_autofree char *after = NULL;

  for (guint i = 0; i < 256; i++)
    g_string_append (csv, "é");
  g_string_append (csv, ";Bos;4\r\n");
  bytes = g_bytes_new (csv->str, csv->len);
  failed = import_bytes (store, bytes, 0, &error);
  g_assert_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_BAD_ROWS);
  g_assert_null (failed);
  g_assert_true (g_str_has_prefix (error->message, "Line 3: “Roepnaam” is longer than 255 characters"));
  after = db_counts (store);
  g_assert_cmpstr (after, ==, before);

  /* 255 characters (510 bytes here) are still a name. */
  g_clear_error (&error);
  g_string_truncate (csv, csv->len - strlen ("é;Bos;4\r\n"));
  g_string_append (csv, ";Bos;4\r\n");
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = g_bytes_new (csv->str, csv->len);
  imported = import_bytes (store, bytes, 0, &error);
  g_assert_no_error (error);
  assert_counts (imported, 2, 0, 0, 2, 0, 0);
}

static void
test_duplicates_imported_once (OkStore *store)
{
  g_autoptr(GBytes) original = fixture_bytes ("families.csv");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (original, NULL),
                                              g_bytes_get_size (original));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) result = NULL;
  g_autofree char *lines = NULL;

  /* The Tesfay row twice more, once without its line ending. */
  g_string_append (text, "1005;Yonas;;Tesfay;2;Aster Tesfay;;aster@example.org;;;;Tigrinya;ja;3073 CC;9;\r\n");
  g_string_append (text, "1005;Yonas;;Tesfay;2;Aster Tesfay;;aster@example.org;;;;Tigrinya;ja;3073 CC;9;");
  bytes = g_bytes_new (text->str, text->len);

  result = import_bytes (store, bytes, 0, &error);
  g_assert_no_error (error);
  assert_counts (result, 7, 0, 7, 10, 0, 0);
  lines = skipped_lines (result);
  g_assert_cmpstr (lines, ==, "12,13");
  g_assert_cmpstr (ok_import_result_get_skipped_reason (result, 0), ==,
                   "exact copy of line 6; imported once");
}

static void
test_mapping_override (OkStore *store)
{
  g_autofree char *path = fixture ("odd-headers.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OkImport) import = ok_import_new ();
  g_autoptr(OkImportResult) refused = NULL;
  g_autoptr(OkImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *unknown = NULL;
  OkImportMapping *mapping;

  g_assert_true (ok_import_load_file (import, file, NULL, &error));
  g_assert_no_error (error);
  refused = ok_import_run (import, store, 0, NULL, &error);
  g_assert_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_MISSING_COLUMNS);
  g_assert_nonnull (strstr (error->message, "“Leerlingnummer”, “Roepnaam”"));
  g_clear_error (&error);

  mapping = ok_import_get_mapping (import);
  g_assert_cmpstr (ok_import_mapping_get_column_name (mapping, 0), ==, "Kind ID");
  ok_import_mapping_set_field (mapping, 0, OK_IMPORT_FIELD_PUPIL_NUMBER);
  ok_import_mapping_set_field (mapping, 1, OK_IMPORT_FIELD_FIRST_NAME);
  ok_import_mapping_set_field (mapping, 3, OK_IMPORT_FIELD_PARENT1_NAME);

  result = ok_import_run (import, store, 0, NULL, &error);
  g_assert_no_error (error);
  assert_counts (result, 1, 0, 1, 2, 0, 0);
  unknown = joined (ok_import_result_get_unknown_columns (result));
  g_assert_cmpstr (unknown, ==, "");
  summary = pupil_summary (store, "7002");
  g_assert_cmpstr (summary, ==, "Meijer|(null)|(null)|0|whatsapp||Sanne Meijer:+31612121212:(null)|"
                                "7001:Julia:(null):(null);7002:Lucas:(null):(null)");
}

static void
test_dry_run (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) dry = NULL;
  g_autoptr(OkImportResult) real = NULL;
  g_autoptr(OkImportResult) dry_again = NULL;
  g_autofree char *empty = db_counts (store);
  g_autofree char *after_dry = NULL;
  g_autofree char *after_real = NULL;
  g_autofree char *after_dry_again = NULL;

  dry = import_fixture (store, "families.csv", OK_IMPORT_FLAGS_DRY_RUN, &error);
  g_assert_no_error (error);
  g_assert_true (ok_import_result_get_dry_run (dry));
  assert_counts (dry, 7, 0, 7, 10, 0, 0);
  after_dry = db_counts (store);
  g_assert_cmpstr (after_dry, ==, empty);

  real = import_fixture (store, "families.csv", 0, &error);
  g_assert_no_error (error);
  assert_counts (real, 7, 0, 7, 10, 0, 0);
  after_real = db_counts (store);

  dry_again = import_fixture (store, "families-reimport.csv", OK_IMPORT_FLAGS_DRY_RUN, &error);
  g_assert_no_error (error);
  assert_counts (dry_again, 0, 3, 0, 2, 2, 1);
  after_dry_again = db_counts (store);
  g_assert_cmpstr (after_dry_again, ==, after_real);
}

typedef struct {
  GMainLoop *loop;
  OkImportResult *result;
  GError *error;
  GArray *progress;
} AsyncRun;

static void
progress_cb (OkImport   *import,
             GParamSpec *pspec,
             AsyncRun   *run)
{
  double value = ok_import_get_progress (import);

  g_array_append_val (run->progress, value);
}

static void
run_done_cb (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  AsyncRun *run = user_data;

  run->result = ok_import_run_finish (OK_IMPORT (source), res, &run->error);
  g_main_loop_quit (run->loop);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *res,
              gpointer      user_data)
{
  AsyncRun *run = user_data;

  ok_import_load_file_finish (OK_IMPORT (source), res, &run->error);
  g_main_loop_quit (run->loop);
}

static void
test_async (OkStore *store)
{
  g_autofree char *path = fixture ("families.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OkImport) import = ok_import_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GArray) progress = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(OkImportResult) result = NULL;
  g_autofree char *counts = NULL;
  AsyncRun run = { loop, NULL, NULL, progress };

  ok_import_load_file_async (import, file, NULL, load_done_cb, &run);
  g_main_loop_run (loop);
  g_assert_no_error (run.error);
  g_assert_cmpuint (ok_import_get_n_preview_rows (import), ==, 10);

  g_signal_connect (import, "notify::progress", G_CALLBACK (progress_cb), &run);
  ok_import_run_async (import, store, 0, NULL, run_done_cb, &run);
  g_main_loop_run (loop);
  g_assert_no_error (run.error);
  result = g_steal_pointer (&run.result);
  assert_counts (result, 7, 0, 7, 10, 0, 0);

  /* Progress arrives in this thread's main loop: drain it, then look. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (progress->len, >=, 2);
  for (guint i = 1; i < progress->len; i++)
    g_assert_cmpfloat (g_array_index (progress, double, i), >=, g_array_index (progress, double, i - 1));
  g_assert_cmpfloat (g_array_index (progress, double, progress->len - 1), ==, 1.0);

  /* The worker had its own connection; this one sees its commit. */
  counts = db_counts (store);
  g_assert_cmpstr (counts, ==, "families=7 languages=9 parents=7 children=10 attendance=0 "
                               "contact_moments=0 versions=7");
}

static void
test_cancelled (OkStore *store)
{
  g_autofree char *path = fixture ("families.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(OkImport) import = ok_import_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(OkImportResult) sync_result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = db_counts (store);
  g_autofree char *after = NULL;
  AsyncRun run = { loop, NULL, NULL, NULL };

  g_assert_true (ok_import_load_file (import, file, NULL, &error));
  g_cancellable_cancel (cancellable);

  sync_result = ok_import_run (import, store, 0, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (sync_result);

  ok_import_run_async (import, store, 0, cancellable, run_done_cb, &run);
  g_main_loop_run (loop);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (run.result);
  g_clear_error (&run.error);

  after = db_counts (store);
  g_assert_cmpstr (after, ==, before);
}

static void
test_erased_family_not_revived (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) first = import_fixture (store, "families.csv", 0, &error);
  g_autoptr(OkImportResult) again = NULL;

  g_assert_no_error (error);
  _ok_store_execute (store, "UPDATE family SET erased = 1 WHERE id = ##id::gint64", &error,
                     "id", G_TYPE_INT64, family_of (store, "1004"), NULL);
  g_assert_no_error (error);

  again = import_fixture (store, "families.csv", 0, &error);
  g_assert_no_error (error);
  assert_counts (again, 0, 0, 0, 0, 0, 0);
  g_assert_cmpuint (ok_import_result_get_n_rows_skipped (again), ==, 1);
  g_assert_cmpuint (ok_import_result_get_skipped_line (again, 0), ==, 5);
  g_assert_nonnull (strstr (ok_import_result_get_skipped_reason (again, 0), "erased"));
}

/* 20 MB: an export with a long notes column. It streams through, a bad
 * last row stops it without a trace, and skipping imports the rest. */
static void
test_large_file (OkStore *store)
{
  g_autoptr(GString) text = g_string_sized_new (21 * 1024 * 1024);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) failed = NULL;
  g_autoptr(OkImportResult) result = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autofree char *before = db_counts (store);
  g_autofree char *after = NULL;
  g_autofree char *expected_message = NULL;
  g_autofree char *unknown = NULL;
  guint rows;

  for (guint i = 0; i < 90; i++)
    g_string_append (note, "Gesprek gehad; ");
  g_string_append (text, "Leerlingnummer;Roepnaam;Achternaam;Ouder1 Naam;Ouder1 Telefoon;Groep;Opmerkingen\r\n");
  for (rows = 0; text->len < 20 * 1024 * 1024; rows++)
    g_string_append_printf (text, "%u;Zoë;Jansen;Ouder %u;06-%08u;%u;\"%s\"\r\n",
                            100000 + rows, rows, 20000000 + rows, rows % 8 + 1, note->str);
  g_string_append_printf (text, "%u;Laatste;Rij;Ouder;06-1;1;x\r\n", 100000 + rows);
  bytes = g_bytes_new (text->str, text->len);

  failed = import_bytes (store, bytes, 0, &error);
  g_assert_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_BAD_ROWS);
  expected_message = g_strdup_printf ("Line %u: “06-1” is not a phone number", rows + 2);
  g_assert_true (g_str_has_prefix (error->message, expected_message));
  after = db_counts (store);
  g_assert_cmpstr (after, ==, before);
  g_clear_error (&error);

  result = import_bytes (store, bytes, OK_IMPORT_FLAGS_SKIP_BAD_ROWS, &error);
  g_assert_no_error (error);
  assert_counts (result, rows, 0, rows, rows, 0, 0);
  g_assert_cmpuint (ok_import_result_get_n_rows_skipped (result), ==, 1);
  unknown = joined (ok_import_result_get_unknown_columns (result));
  g_assert_cmpstr (unknown, ==, "Opmerkingen");
  g_test_message ("%.1f MB, %u rows: refused and imported in %.2f s", text->len / 1048576.0,
                  rows, g_timer_elapsed (timer, NULL));
}

/* The CLI, as a process */

typedef struct {
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_cli (Run      *run,
         OkStore  *store,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("OUDERKAMER_CLI");
  va_list ap;

  g_assert_nonnull (cli);
  g_ptr_array_add (args, g_strdup (cli));
  g_ptr_array_add (args, g_strdup ("--db"));
  g_ptr_array_add (args, g_strdup (ok_store_get_location (store)));
  va_start (ap, store);
  for (const char *arg = va_arg (ap, const char *); arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, g_str_has_suffix (arg, ".csv") && !g_path_is_absolute (arg)
                           ? fixture (arg) : g_strdup (arg));
  va_end (ap);
  g_ptr_array_add (args, NULL);

  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  g_test_message ("cli → %d\n%s%s", run->status, run->out, run->err);
}

static int
exit_code (const Run *run)
{
  return WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

static JsonObject *
parse_summary (JsonParser *parser,
               const char *out)
{
  static const char * const keys[] = {
    "families_added", "families_updated", "parents_added", "children_added",
    "children_updated", "children_left", "rows_skipped", "unknown_languages", "unknown_columns",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  guint i = 0;

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (object);
  g_assert_cmpuint (g_list_length (members), ==, G_N_ELEMENTS (keys));
  for (GList *l = members; l != NULL; l = l->next)
    g_assert_cmpstr (l->data, ==, keys[i++]);
  return object;
}

static void
test_cli (OkStore *store)
{
  g_auto(Run) import = { 0 };
  g_auto(Run) dry = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) skip = { 0 };
  g_auto(Run) usage = { 0 };
  g_auto(Run) verb = { 0 };
  g_auto(Run) missing = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *after_import = NULL;
  g_autofree char *after_dry = NULL;
  g_autofree char *after_bad = NULL;
  JsonObject *summary;
  JsonArray *skipped;

  run_cli (&import, store, "import", "families", "families.csv", NULL);
  g_assert_cmpint (exit_code (&import), ==, 0);
  summary = parse_summary (parser, import.out);
  g_assert_cmpint (json_object_get_int_member (summary, "families_added"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (summary, "parents_added"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (summary, "children_added"), ==, 10);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (summary, "unknown_languages"), 0),
                   ==, "Klingon");
  after_import = db_counts (store);
  g_assert_cmpstr (after_import, ==, "families=7 languages=9 parents=7 children=10 attendance=0 "
                                     "contact_moments=0 versions=7");

  run_cli (&dry, store, "import", "families", "--dry-run", "families-reimport.csv", NULL);
  g_assert_cmpint (exit_code (&dry), ==, 0);
  summary = parse_summary (parser, dry.out);
  g_assert_cmpint (json_object_get_int_member (summary, "children_added"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (summary, "children_left"), ==, 1);
  g_assert_nonnull (strstr (dry.err, "Dry run"));
  after_dry = db_counts (store);
  g_assert_cmpstr (after_dry, ==, after_import);

  run_cli (&bad, store, "import", "families", "bad-rows.csv", NULL);
  g_assert_cmpint (exit_code (&bad), ==, 1);
  g_assert_cmpstr (bad.out, ==, "");
  g_assert_nonnull (strstr (bad.err, "Line 3: “Leerlingnummer” is empty."));
  after_bad = db_counts (store);
  g_assert_cmpstr (after_bad, ==, after_import);

  run_cli (&skip, store, "import", "families", "bad-rows.csv", "--skip-bad-rows", NULL);
  g_assert_cmpint (exit_code (&skip), ==, 0);
  summary = parse_summary (parser, skip.out);
  skipped = json_object_get_array_member (summary, "rows_skipped");
  g_assert_cmpuint (json_array_get_length (skipped), ==, 6);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (skipped, 0), "line"), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (skipped, 0), "reason"),
                   ==, "“Leerlingnummer” is empty");
  g_assert_cmpint (json_object_get_int_member (summary, "children_added"), ==, 2);

  run_cli (&usage, store, "import", "families", NULL);
  g_assert_cmpint (exit_code (&usage), ==, 2);
  run_cli (&verb, store, "import", "teachers", "families.csv", NULL);
  g_assert_cmpint (exit_code (&verb), ==, 2);
  run_cli (&missing, store, "import", "families", "/nonexistent/export.csv", NULL);
  g_assert_cmpint (exit_code (&missing), ==, 1);
  g_assert_nonnull (strstr (missing.err, "export.csv"));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  g_test_add_func ("/import/mapping/headers", test_mapping_headers);
  g_test_add_func ("/import/mapping/best-column-wins", test_mapping_best_column_wins);
  g_test_add_func ("/import/preview", test_preview);
  g_test_add_func ("/import/not-loaded", test_not_loaded);
  ok_test_add_store_func ("/import/families", test_families);
  ok_test_add_store_func ("/import/reimport", test_reimport);
  ok_test_add_store_func ("/import/bom-and-scripts", test_bom_and_scripts);
  ok_test_add_store_func ("/import/windows-1252", test_windows_1252);
  ok_test_add_store_func ("/import/quoted-line-break", test_quoted_line_break);
  ok_test_add_store_func ("/import/hostile-names", test_hostile_names);
  ok_test_add_store_func ("/import/refused-files", test_refused_files);
  ok_test_add_store_func ("/import/bad-rows", test_bad_rows);
  ok_test_add_store_func ("/import/overlong-field", test_overlong_field);
  ok_test_add_store_func ("/import/duplicates", test_duplicates_imported_once);
  ok_test_add_store_func ("/import/mapping-override", test_mapping_override);
  ok_test_add_store_func ("/import/dry-run", test_dry_run);
  ok_test_add_store_func ("/import/async", test_async);
  ok_test_add_store_func ("/import/cancelled", test_cancelled);
  ok_test_add_store_func ("/import/erased-family", test_erased_family_not_revived);
  ok_test_add_store_func ("/import/large-file", test_large_file);
  ok_test_add_store_func ("/import/cli", test_cli);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export and import of a whole school as JSON: the round trip is exact, a
 * bad file changes nothing, a full school is not overwritten. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ok-store-family.h"
#include "ok-store-transfer.h"
#include "ok-test-school.h"
#include "ok-test-util.h"

typedef struct {
  char *location;
  OkStore *store;
} Other;

/* A second, empty database of the same kind as the test's own. */
static void
other_open (Other   *other,
            OkStore *like)
{
  g_autoptr(GError) error = NULL;

  other->location = ok_test_new_location (ok_store_get_dialect (like));
  other->store = ok_store_open (other->location, &error);
  g_assert_no_error (error);
}

static void
other_close (Other *other)
{
  g_assert_finalize_object (other->store);
  ok_test_drop_location (other->location);
  g_free (other->location);
}

static char *
fixture_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "data", "school-export.json", NULL);
}

static void
test_roundtrip (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  OkTestSchool school;
  Other other;

  ok_test_school_fill (store, &school);
  first = ok_test_school_export (store);
  g_assert_nonnull (strstr (first, "\"format\" : \"ouderkamer-export\""));
  g_assert_nonnull (strstr (first, "Robert'); DROP TABLE family;--"));
  g_assert_nonnull (strstr (first, "عائلة الحسن"));

  other_open (&other, store);
  g_assert_true (ok_store_import_json_data (other.store, first, -1, OK_TRANSFER_DEFAULT, &error));
  g_assert_no_error (error);
  second = ok_test_school_export (other.store);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpint (ok_store_family_count (other.store, NULL), ==, 3);
  other_close (&other);
}

/* The fixture covers every table, contact parents included, which the
 * store's API does not write yet; it is in the exact form an export has. */
static void
test_fixture_is_canonical (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path ();
  g_autofree char *expected = NULL;
  g_autofree char *exported = NULL;
  g_autoptr(GPtrArray) parents = NULL;

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  ok_store_import_json_file (store, path, OK_TRANSFER_DEFAULT, &error);
  g_assert_no_error (error);

  exported = ok_test_school_export (store);
  g_assert_cmpstr (exported, ==, expected);

  parents = ok_store_parent_list (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parents->len, ==, 4);
}

static void
test_file_is_private (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "export.json", NULL);
  g_autofree char *data = NULL;
  OkTestSchool school;
  struct stat st;

  ok_test_school_fill (store, &school);
  g_mkdir_with_parents (g_get_user_data_dir (), 0700);
  g_assert_true (ok_store_export_json_file (store, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_file_get_contents (path, &data, NULL, NULL);
  g_assert_true (g_str_has_suffix (data, "}\n"));
  g_unlink (path);
}

static void
test_refuses_non_empty (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OkTestSchool school;
  gboolean empty = TRUE;

  ok_test_school_fill (store, &school);
  ok_store_school_is_empty (store, &empty, &error);
  g_assert_no_error (error);
  g_assert_false (empty);

  data = ok_test_school_export (store);
  before = g_strdup (data);
  g_assert_false (ok_store_import_json_data (store, data, -1, OK_TRANSFER_DEFAULT, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  after = ok_test_school_export (store);
  g_assert_cmpstr (before, ==, after);

  /* A merge adds the file's rows as new ones; unique pupil numbers make a
   * second copy of the same pupils fail as a whole. */
  g_assert_false (ok_store_import_json_data (store, data, -1, OK_TRANSFER_MERGE, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "“child”"));
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = ok_test_school_export (store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_merge (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autofree char *path = fixture_path ();
  OkTestSchool school;

  ok_test_school_fill (store, &school);
  ok_store_import_json_file (store, path, OK_TRANSFER_MERGE, &error);
  g_assert_no_error (error);

  families = ok_store_family_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (families->len, ==, 3 + 2);
  /* The school keeps its own name in a merge. */
  {
    g_autoptr(OkSchool) own = ok_store_school_get (store, ok_store_get_school_id (store), &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ok_school_get_name (own), !=, "Basisschool De Regenboog");
  }
}

/* On a board's server, "empty" is about the school being imported into. */
static void
test_second_school (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkSchool) other = ok_school_new ();
  g_autofree char *path = fixture_path ();
  g_autofree char *expected = NULL;
  g_autofree char *exported = NULL;
  OkTestSchool school;

  ok_test_school_fill (store, &school);
  ok_school_set_name (other, "Tweede school");
  g_assert_true (ok_store_school_insert (store, other, &error));
  ok_store_set_school_id (store, ok_school_get_id (other));

  g_assert_true (ok_store_import_json_file (store, path, OK_TRANSFER_DEFAULT, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &expected, NULL, NULL);
  exported = ok_test_school_export (store);
  g_assert_cmpstr (exported, ==, expected);
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 2);
}

typedef struct {
  const char *name;
  const char *from;      /* text in the fixture to replace … */
  const char *to;        /* … by this, once */
  const char *message;   /* part of the expected message */
} BadFile;

static const BadFile bad_files[] = {
  { "syntax", "\"tables\" : {", "\"tables\" : {,", "not valid JSON" },
  { "truncated", NULL, NULL, "not valid JSON" },
  { "format", "\"ouderkamer-export\"", "\"something-else\"", "not an Ouderkamer export" },
  { "newer", "\"version\" : 1", "\"version\" : 2", "newer version" },
  { "version-type", "\"version\" : 1", "\"version\" : \"1\"", "no format version" },
  { "dangling", "\"parent_id\" : 3,", "\"parent_id\" : 99,", "not in the file" },
  { "wrong-type", "\"postcode\" : \"3011 AB\"", "\"postcode\" : 3011", "must be text" },
  { "bool-type", "\"erased\" : false", "\"erased\" : 0", "true or false" },
  { "date", "\"enrolled_from\" : \"2020-08-17\"", "\"enrolled_from\" : \"2020-02-30\"", "not a date" },
  { "time", "\"starts_at\" : \"2024-04-09T08:30\"", "\"starts_at\" : \"2024-13-45T99:99\"", "not a time" },
  /* Summer time began at 02:00 on 31 March 2024. */
  { "skipped-hour", "\"starts_at\" : \"2024-04-09T08:30\"", "\"starts_at\" : \"2024-03-31T02:30\"", "not a time" },
  { "time-format", "\"starts_at\" : \"2024-04-09T08:30\"", "\"starts_at\" : \"2024-04-09 08:30\"", "not a time" },
  { "control", "\"Familie Öztürk\"", "\"Familie \\u001b[31mÖztürk\"", "control character" },
  { "unknown-table", "\"tables\" : {", "\"tables\" : {\"secrets\" : [],", "unknown table" },
  { "unknown-field", "\"postcode\" : \"3011 AB\"", "\"postcode\" : \"3011 AB\", \"bsn\" : \"123\"", "unknown field" },
  { "duplicate-id", "\"id\" : 2,\n        \"name\" : \"عائلة", "\"id\" : 1,\n        \"name\" : \"عائلة", "used twice" },
  { "huge-id", "\"family_id\" : 1,", "\"family_id\" : 99999999999,", "not a valid id" },
  { "rule", "\"channel\" : \"whatsapp\"", "\"channel\" : \"pigeon\"", "“contact_moment”" },
  { "school", "\"retention_years\" : 2", "\"retention_years\" : \"two\"", "whole number" },
  /* Found by the fuzzer: a short unknown name was read past its end. */
  { "school-field", "\"retention_years\" : 2", "\"retention_years\" : 2, \"x\" : 1", "unknown field “x”" },
  { "not-object", "\"school\" : {", "\"school\" : [{", "not valid JSON" },
  { "row-not-object", "\"family_language\" : [", "\"family_language\" : [1,", "must be an object" },
};

static void
test_bad_files (OkStore *store)
{
  g_autofree char *path = fixture_path ();
  g_autofree char *good = NULL;
  g_autofree char *before = NULL;

  g_file_get_contents (path, &good, NULL, NULL);
  g_assert_nonnull (good);
  before = ok_test_school_export (store);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const BadFile *bad = &bad_files[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(GString) data = g_string_new (good);
      g_autofree char *after = NULL;
      gboolean empty = FALSE;

      g_test_message ("bad file: %s", bad->name);
      if (bad->from != NULL)
        g_assert_cmpuint (g_string_replace (data, bad->from, bad->to, 1), ==, 1);
      else
        g_string_truncate (data, data->len / 2);

      g_assert_false (ok_store_import_json_data (store, data->str, data->len, OK_TRANSFER_DEFAULT,
                                                 &error));
      g_assert_error (error, OK_STORE_ERROR, (int) (g_str_equal (bad->name, "rule")
                                                    ? OK_STORE_ERROR_CONSTRAINT
                                                    : OK_STORE_ERROR_INVALID));
      if (strstr (error->message, bad->message) == NULL)
        g_error ("%s: “%s” does not say “%s”", bad->name, error->message, bad->message);

      after = ok_test_school_export (store);
      g_assert_cmpstr (before, ==, after);
      ok_store_school_is_empty (store, &empty, NULL);
      g_assert_true (empty);
    }

  /* And the good file still goes in afterwards. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (ok_store_import_json_data (store, good, -1, OK_TRANSFER_DEFAULT, &error));
    g_assert_no_error (error);
  }
}

static void
test_schema_covered (OkStore *store)
{
  g_autoptr(GError) error = NULL;

  ok_store_export_check_schema (store, &error);
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/transfer/roundtrip", test_roundtrip);
  ok_test_add_store_func ("/transfer/fixture-is-canonical", test_fixture_is_canonical);
  ok_test_add_store_func ("/transfer/file-is-private", test_file_is_private);
  ok_test_add_store_func ("/transfer/refuses-non-empty", test_refuses_non_empty);
  ok_test_add_store_func ("/transfer/merge", test_merge);
  ok_test_add_store_func ("/transfer/second-school", test_second_school);
  ok_test_add_store_func ("/transfer/bad-files", test_bad_files);
  ok_test_add_store_func ("/transfer/schema-covered", test_schema_covered);
  return g_test_run ();
}

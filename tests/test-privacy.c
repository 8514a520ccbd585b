/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Erasure removes every piece of a family's personal data and leaves the
 * quarterly figures of the past exactly as they were; retention lists the
 * families whose last child left long enough ago. */
#include "config.h"

#include <string.h>

#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-store-privacy.h"
#include "ok-store-transfer.h"
#include "ok-test-school.h"
#include "ok-test-util.h"
#include "ok-time.h"

static void
add_count (GHashTable *counts,
           char       *key,
           int         delta)
{
  int value = GPOINTER_TO_INT (g_hash_table_lookup (counts, key));

  g_hash_table_insert (counts, key, GINT_TO_POINTER (value + delta));
}

/* The figures of issue 6 that depend on families, computed here the slow
 * way from the store's API, as "name=value" lines: attendances, unnamed
 * guests, parents reached, active families and families reached, for the
 * whole school, per group and per primary home language. Ids are small,
 * so they are kept as pointers. */
static char *
quarter_figures (OkStore      *store,
                 const gint64 *families,
                 guint         n_families,
                 const char   *from,
                 const char   *to)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) activities = ok_store_activity_list (store, from, to, &error);
  g_autoptr(GHashTable) parents = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) reached = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GList) keys = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  gint64 attendances = 0, unnamed = 0, active = 0, families_reached = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < activities->len; i++)
    {
      OkActivity *activity = activities->pdata[i];
      g_autoptr(GPtrArray) marks = NULL;

      if (ok_activity_get_status (activity) == OK_ACTIVITY_STATUS_CANCELLED)
        continue;
      unnamed += ok_activity_get_unnamed_guests (activity);
      marks = ok_store_attendance_list (store, ok_activity_get_id (activity), &error);
      g_assert_no_error (error);
      for (guint j = 0; j < marks->len; j++)
        {
          OkAttendance *mark = marks->pdata[j];
          g_autoptr(OkParent) parent = NULL;

          if (ok_attendance_get_status (mark) != OK_ATTENDANCE_STATUS_PRESENT)
            continue;
          attendances++;
          parent = ok_store_parent_get (store, ok_attendance_get_parent_id (mark), &error);
          g_assert_no_error (error);
          g_hash_table_add (parents, GSIZE_TO_POINTER (ok_parent_get_id (parent)));
          if (ok_parent_get_family_id (parent) > 0)
            g_hash_table_add (reached, GSIZE_TO_POINTER (ok_parent_get_family_id (parent)));
        }
    }

  for (guint i = 0; i < n_families; i++)
    {
      g_autoptr(GPtrArray) children = ok_store_child_list (store, families[i], &error);
      g_autoptr(OkFamily) family = ok_store_family_get (store, families[i], &error);
      g_autoptr(GHashTable) groups = g_hash_table_new (g_str_hash, g_str_equal);
      const char * const *languages;
      const char *language;
      gboolean is_active = FALSE, is_reached;
      GHashTableIter iter;
      gpointer group;

      g_assert_no_error (error);
      for (guint j = 0; j < children->len; j++)
        {
          OkChild *child = children->pdata[j];
          const char *until = ok_child_get_enrolled_until (child);

          if (strcmp (ok_child_get_enrolled_from (child), to) > 0
              || (until != NULL && strcmp (until, from) < 0))
            continue;
          is_active = TRUE;
          if (ok_child_get_group (child) != NULL)
            g_hash_table_add (groups, (gpointer) ok_child_get_group (child));
        }
      if (!is_active)
        continue;

      is_reached = g_hash_table_contains (reached, GSIZE_TO_POINTER (families[i]));
      active++;
      families_reached += is_reached;
      languages = ok_family_get_languages (family);
      language = languages != NULL && languages[0] != NULL ? languages[0] : "und";
      add_count (counts, g_strdup_printf ("language %s active", language), 1);
      add_count (counts, g_strdup_printf ("language %s reached", language), is_reached);

      g_hash_table_iter_init (&iter, groups);
      while (g_hash_table_iter_next (&iter, &group, NULL))
        {
          add_count (counts, g_strdup_printf ("group %s active", (char *) group), 1);
          add_count (counts, g_strdup_printf ("group %s reached", (char *) group), is_reached);
        }
    }

  g_string_append_printf (out, "attendances=%" G_GINT64_FORMAT "\nunnamed=%" G_GINT64_FORMAT
                          "\nparents reached=%u\nactive families=%" G_GINT64_FORMAT
                          "\nfamilies reached=%" G_GINT64_FORMAT "\n",
                          attendances, unnamed, g_hash_table_size (parents), active, families_reached);
  keys = g_list_sort (g_hash_table_get_keys (counts), (GCompareFunc) strcmp);
  for (GList *l = keys; l != NULL; l = l->next)
    g_string_append_printf (out, "%s=%d\n", (char *) l->data,
                            GPOINTER_TO_INT (g_hash_table_lookup (counts, l->data)));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_absent (const char *export,
               const char *text)
{
  if (strstr (export, text) != NULL)
    g_error ("“%s” is still in the database after erasure", text);
}

static char *
next_quarter_start (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (ok_time_zone ());
  int month = g_date_time_get_month (now);
  int year = g_date_time_get_year (now);
  int next = ((month - 1) / 3 + 1) * 3 + 1;

  if (next > 12)
    {
      next = 1;
      year++;
    }
  return g_strdup_printf ("%04d-%02d-01", year, next);
}

static void
test_erase_keeps_figures (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *q1_before = NULL, *q2_before = NULL, *q1_after = NULL, *q2_after = NULL;
  g_autofree char *future_before = NULL, *future_after = NULL;
  g_autofree char *future = next_quarter_start ();
  g_autofree char *export = NULL;
  g_autoptr(OkFamily) erased = NULL;
  g_autoptr(OkParent) ayse = NULL;
  g_autoptr(GPtrArray) children = NULL;
  OkTestSchool school;
  gint64 families[3];

  ok_test_school_fill (store, &school);
  families[0] = school.family_ozturk;
  families[1] = school.family_hassan;
  families[2] = school.family_left;

  q1_before = quarter_figures (store, families, 3, "2024-01-01", "2024-03-31");
  q2_before = quarter_figures (store, families, 3, "2024-04-01", "2024-06-30");
  future_before = quarter_figures (store, families, 3, future, "9999-12-31");
  g_assert_nonnull (strstr (q1_before, "families reached=1\n"));
  g_assert_nonnull (strstr (q2_before, "families reached=2\n"));
  g_assert_nonnull (strstr (q2_before, "group 8 reached=1\n"));
  g_assert_nonnull (strstr (q2_before, "language tr reached=1\n"));
  g_assert_nonnull (strstr (future_before, "active families=2\n"));

  g_assert_true (ok_store_family_erase (store, school.family_ozturk, &error));
  g_assert_no_error (error);

  /* The past is unchanged… */
  q1_after = quarter_figures (store, families, 3, "2024-01-01", "2024-03-31");
  q2_after = quarter_figures (store, families, 3, "2024-04-01", "2024-06-30");
  g_assert_cmpstr (q1_before, ==, q1_after);
  g_assert_cmpstr (q2_before, ==, q2_after);
  /* … and the family counts nowhere from the day it was erased. */
  future_after = quarter_figures (store, families, 3, future, "9999-12-31");
  g_assert_nonnull (strstr (future_after, "active families=1\n"));

  /* Nothing personal is left anywhere in the database: the export covers
   * every table and column (the schema guard makes sure of it). */
  export = ok_test_school_export (store);
  assert_absent (export, "Öztürk");
  assert_absent (export, "Ayşe");
  assert_absent (export, "Mehmet");
  assert_absent (export, "+31612345678");
  assert_absent (export, "+31687654321");
  assert_absent (export, "ayse@example.org");
  assert_absent (export, "3011 AB");
  assert_absent (export, "Vader werkt");
  assert_absent (export, "\"Elif\"");
  assert_absent (export, "\"Can\"");
  assert_absent (export, "\"1001\"");
  assert_absent (export, "\"1002\"");
  /* The other families are untouched. */
  g_assert_nonnull (strstr (export, "عائلة الحسن"));
  g_assert_nonnull (strstr (export, "+31622222222"));

  erased = ok_store_family_get (store, school.family_ozturk, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (ok_family_get_languages (erased), ((const char *[]) { "tr", NULL }));
  g_assert_false (ok_family_get_interpreter_needed (erased));
  g_assert_false (ok_family_get_consent_contact_parent (erased));
  ayse = ok_store_parent_get (store, school.parent_ayse, &error);
  g_assert_cmpstr (ok_parent_get_name (ayse), ==, "");
  g_assert_null (ok_parent_get_phone (ayse));
  children = ok_store_child_list (store, school.family_ozturk, &error);
  g_assert_cmpuint (children->len, ==, 2);
  for (guint i = 0; i < children->len; i++)
    {
      g_assert_cmpstr (ok_child_get_first_name (children->pdata[i]), ==, "");
      g_assert_null (ok_child_get_pupil_number (children->pdata[i]));
      g_assert_nonnull (ok_child_get_enrolled_until (children->pdata[i]));
    }
}

/* Contact parents and contact moments have no store API yet: the JSON
 * fixture brings them in. Family 2's parent is the contact parent for
 * family 1, and a contact moment with family 1 was logged by her. */
static void
test_erase_contact_data (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "school-export.json", NULL);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *export = NULL;
  gint64 families[2] = { 0, 0 };

  ok_store_import_json_file (store, path, OK_TRANSFER_DEFAULT, &error);
  g_assert_no_error (error);
  list = ok_store_family_list (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    families[g_str_equal (ok_family_get_name (list->pdata[i]), "Familie Öztürk") ? 0 : 1] =
      ok_family_get_id (list->pdata[i]);
  g_assert_cmpint (families[0], >, 0);
  g_assert_cmpint (families[1], >, 0);

  before = quarter_figures (store, families, 2, "2024-01-01", "2024-03-31");
  g_assert_true (ok_store_family_erase (store, families[1], &error));
  g_assert_true (ok_store_family_erase (store, families[0], &error));
  g_assert_no_error (error);
  after = quarter_figures (store, families, 2, "2024-01-01", "2024-03-31");
  g_assert_cmpstr (before, ==, after);

  export = ok_test_school_export (store);
  assert_absent (export, "عائلة الحسن");
  assert_absent (export, "فاطمة");
  assert_absent (export, "+31611111111");
  assert_absent (export, "fatima@example.org");
  assert_absent (export, "DROP TABLE");
  assert_absent (export, "Yusuf");
  assert_absent (export, "\"2003\"");
  assert_absent (export, "Brug naar");
  assert_absent (export, "Uitgenodigd");
  assert_absent (export, "Öztürk");
  /* The contact parent's role went with her; the walk-in neighbour, who
   * belongs to no family, stays. */
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *tables;

    g_assert_true (json_parser_load_from_data (parser, export, -1, NULL));
    tables = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                            "tables");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (tables, "contact_parent")),
                      ==, 0);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (tables,
                                                                           "contact_parent_coverage")),
                      ==, 0);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (tables, "contact_moment")),
                      ==, 1);
  }
  g_assert_nonnull (strstr (export, "Buurvrouw Els"));
}

static void
test_erase_hides (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GPtrArray) parents = NULL;
  g_autoptr(OkFamily) family = NULL;
  OkTestSchool school;
  gboolean erased = FALSE;

  ok_test_school_fill (store, &school);
  family = ok_store_family_get (store, school.family_hassan, &error);
  g_assert_true (ok_store_family_erase (store, school.family_hassan, &error));
  g_assert_no_error (error);

  g_assert_true (ok_store_family_is_erased (store, school.family_hassan, &erased, &error));
  g_assert_true (erased);
  g_assert_true (ok_store_family_is_erased (store, school.family_ozturk, &erased, &error));
  g_assert_false (erased);

  families = ok_store_family_list (store, &error);
  g_assert_cmpuint (families->len, ==, 2);
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 2);
  parents = ok_store_parent_list (store, 0, &error);
  for (guint i = 0; i < parents->len; i++)
    g_assert_cmpstr (ok_parent_get_name (parents->pdata[i]), !=, "");
  g_assert_cmpuint (parents->len, ==, 4);

  /* A window still showing the family cannot write its data back. */
  ok_family_set_name (family, "عائلة الحسن");
  g_assert_false (ok_store_family_update (store, family, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Twice is harmless; an unknown family is an error. */
  g_assert_true (ok_store_family_erase (store, school.family_hassan, &error));
  g_assert_false (ok_store_family_erase (store, 999999, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
}

static void
test_retention (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) leavers = NULL;
  OkTestSchool school;
  gboolean due = FALSE;
  guint n = 0;

  ok_test_school_fill (store, &school);
  g_assert_cmpint (ok_store_retention_get_years (store, &error), ==, 2);

  /* The last child of family_left left on 2019-07-12. */
  leavers = ok_store_retention_list (store, "2021-07-12", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (leavers->len, ==, 0);
  g_clear_pointer (&leavers, g_ptr_array_unref);

  leavers = ok_store_retention_list (store, "2021-07-13", &error);
  g_assert_cmpuint (leavers->len, ==, 1);
  g_assert_cmpint (((OkLeaver *) leavers->pdata[0])->family_id, ==, school.family_left);
  g_assert_cmpstr (((OkLeaver *) leavers->pdata[0])->last_left, ==, "2019-07-12");
  g_assert_cmpstr (((OkLeaver *) leavers->pdata[0])->name, ==, "Familie de Vries");
  g_clear_pointer (&leavers, g_ptr_array_unref);

  /* Öztürk's Can left in 2024, but Elif is still at school. */
  leavers = ok_store_retention_list (store, "2030-01-01", &error);
  g_assert_cmpuint (leavers->len, ==, 1);
  g_clear_pointer (&leavers, g_ptr_array_unref);

  g_assert_true (ok_store_retention_set_years (store, 5, &error));
  leavers = ok_store_retention_list (store, "2021-07-13", &error);
  g_assert_cmpuint (leavers->len, ==, 0);
  g_clear_pointer (&leavers, g_ptr_array_unref);
  g_assert_false (ok_store_retention_set_years (store, 51, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ok_store_retention_list (store, "2021-02-30", &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (ok_store_retention_set_years (store, 2, &error));
  g_assert_true (ok_store_retention_erase (store, "2021-07-13", &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  leavers = ok_store_retention_list (store, "2021-07-13", &error);
  g_assert_cmpuint (leavers->len, ==, 0);
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 2);

  /* Asked once per school year (1 August). */
  g_assert_true (ok_store_retention_review_due (store, "2025-09-01", &due, &error));
  g_assert_true (due);
  g_assert_true (ok_store_retention_mark_reviewed (store, "2025-09-01", &error));
  g_assert_true (ok_store_retention_review_due (store, "2026-07-31", &due, &error));
  g_assert_false (due);
  g_assert_true (ok_store_retention_review_due (store, "2026-08-01", &due, &error));
  g_assert_true (due);
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/privacy/erase-keeps-figures", test_erase_keeps_figures);
  ok_test_add_store_func ("/privacy/erase-contact-data", test_erase_contact_data);
  ok_test_add_store_func ("/privacy/erase-hides", test_erase_hides);
  ok_test_add_store_func ("/privacy/retention", test_retention);
  return g_test_run ();
}

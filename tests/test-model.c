/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Round trips of every entity through the store, and the rules the schema
 * and the store enforce. */
#include "config.h"

#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-time.h"
#include "ok-test-util.h"

#define HOSTILE "Robert'); DROP TABLE family;--"

static OkFamily *
add_family (OkStore    *store,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  OkFamily *family = ok_family_new ();
  const char *languages[] = { "tr", "nl", NULL };

  ok_family_set_name (family, name);
  ok_family_set_languages (family, languages);
  ok_family_set_preferred_channel (family, OK_CHANNEL_WHATSAPP);
  ok_family_set_interpreter_needed (family, TRUE);
  ok_family_set_postcode (family, "3011 AB");
  ok_store_family_insert (store, family, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ok_family_get_id (family), >, 0);
  return family;
}

static OkParent *
add_parent (OkStore    *store,
            gint64      family_id,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  OkParent *parent = ok_parent_new ();

  ok_parent_set_family_id (parent, family_id);
  ok_parent_set_name (parent, name);
  ok_parent_set_phone (parent, "+31612345678");
  ok_store_parent_insert (store, parent, &error);
  g_assert_no_error (error);
  return parent;
}

static OkActivity *
add_activity (OkStore    *store,
              const char *title,
              const char *starts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = ok_time_parse_local (starts);
  OkActivity *activity = ok_activity_new ();

  ok_activity_set_title (activity, title);
  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_THEME_MEETING);
  ok_activity_set_starts_at (activity, start);
  ok_store_activity_insert (store, activity, &error);
  g_assert_no_error (error);
  return activity;
}

static void
test_family_roundtrip (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = add_family (store, "Familie Öztürk");
  g_autoptr(OkFamily) read = ok_store_family_get (store, ok_family_get_id (family), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ok_family_get_name (read), ==, "Familie Öztürk");
  g_assert_cmpstr (ok_family_get_postcode (read), ==, "3011 AB");
  g_assert_true (ok_family_get_interpreter_needed (read));
  g_assert_cmpint (ok_family_get_preferred_channel (read), ==, OK_CHANNEL_WHATSAPP);
  g_assert_cmpstrv (ok_family_get_languages (read), ((const char *[]) { "tr", "nl", NULL }));
  g_assert_null (ok_family_get_notes (read));
  g_assert_cmpint (ok_family_get_version (read), ==, 1);

  /* Update changes the languages, order included. */
  ok_family_set_languages (read, (const char *[]) { "ar", NULL });
  ok_family_set_preferred_channel (read, OK_CHANNEL_LETTER);
  ok_store_family_update (store, read, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ok_family_get_version (read), ==, 2);

  {
    g_autoptr(OkFamily) again = ok_store_family_get (store, ok_family_get_id (family), &error);
    g_assert_no_error (error);
    g_assert_cmpstrv (ok_family_get_languages (again), ((const char *[]) { "ar", NULL }));
    g_assert_cmpint (ok_family_get_preferred_channel (again), ==, OK_CHANNEL_LETTER);
  }
}

static void
test_hostile_text (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = add_family (store, HOSTILE);
  g_autoptr(OkParent) parent = add_parent (store, ok_family_get_id (family), HOSTILE);
  g_autoptr(OkFamily) read = ok_store_family_get (store, ok_family_get_id (family), &error);
  g_autoptr(OkParent) read_parent = ok_store_parent_get (store, ok_parent_get_id (parent), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ok_family_get_name (read), ==, HOSTILE);
  g_assert_cmpstr (ok_parent_get_name (read_parent), ==, HOSTILE);
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 1);
}

static void
test_update_conflict (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = add_family (store, "Familie de Vries");
  g_autoptr(OkFamily) first = ok_store_family_get (store, ok_family_get_id (family), NULL);
  g_autoptr(OkFamily) second = ok_store_family_get (store, ok_family_get_id (family), NULL);

  ok_family_set_notes (first, "Vader werkt in ploegendienst");
  g_assert_true (ok_store_family_update (store, first, &error));
  g_assert_no_error (error);

  ok_family_set_notes (second, "Overschrijven");
  g_assert_false (ok_store_family_update (store, second, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);

  {
    g_autoptr(OkFamily) read = ok_store_family_get (store, ok_family_get_id (family), NULL);
    g_assert_cmpstr (ok_family_get_notes (read), ==, "Vader werkt in ploegendienst");
  }
}

static void
test_invalid_family (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = ok_family_new ();

  ok_family_set_name (family, "  ");
  g_assert_false (ok_store_family_insert (store, family, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  ok_family_set_name (family, "Familie X");
  ok_family_set_languages (family, (const char *[]) { "Turks", NULL });
  g_assert_false (ok_store_family_insert (store, family, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 0);
}

static void
test_child_rules (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = add_family (store, "Familie Haile");
  g_autoptr(OkChild) child = ok_child_new ();
  g_autoptr(OkChild) twin = ok_child_new ();
  g_autoptr(GPtrArray) children = NULL;

  ok_child_set_family_id (child, ok_family_get_id (family));
  ok_child_set_pupil_number (child, "1001");
  ok_child_set_first_name (child, "Selam");
  ok_child_set_last_name (child, "Haile");
  ok_child_set_group (child, "5");
  ok_child_set_enrolled_from (child, "2022-08-29");
  g_assert_true (ok_store_child_insert (store, child, &error));
  g_assert_no_error (error);

  /* The same pupil number twice breaks a rule of the schema. */
  ok_child_set_family_id (twin, ok_family_get_id (family));
  ok_child_set_pupil_number (twin, "1001");
  ok_child_set_first_name (twin, "Yonas");
  ok_child_set_last_name (twin, "Haile");
  ok_child_set_enrolled_from (twin, "2023-08-28");
  g_assert_false (ok_store_child_insert (store, twin, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  ok_child_set_pupil_number (twin, "1002");
  ok_child_set_enrolled_until (twin, "2020-01-01");
  g_assert_false (ok_store_child_insert (store, twin, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  ok_child_set_enrolled_from (twin, "2023-02-30");
  ok_child_set_enrolled_until (twin, NULL);
  g_assert_false (ok_store_child_insert (store, twin, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  children = ok_store_child_list (store, ok_family_get_id (family), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (children->len, ==, 1);
  g_assert_cmpstr (ok_child_get_group (children->pdata[0]), ==, "5");
  g_assert_cmpstr (ok_child_get_enrolled_from (children->pdata[0]), ==, "2022-08-29");
  g_assert_null (ok_child_get_enrolled_until (children->pdata[0]));

  /* Deleting the family takes its pupils along. */
  g_assert_true (ok_store_family_delete (store, ok_family_get_id (family), &error));
  g_clear_pointer (&children, g_ptr_array_unref);
  children = ok_store_child_list (store, 0, &error);
  g_assert_cmpuint (children->len, ==, 0);
}

static void
test_activity_roundtrip (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = ok_time_parse_local ("2026-03-29T19:30");
  g_autoptr(GDateTime) end = ok_time_parse_local ("2026-03-29T21:00");
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(OkActivity) read = NULL;
  g_autofree char *start_text = NULL;

  ok_activity_set_title (activity, "Mediawijsheid: " HOSTILE);
  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_THEME_MEETING);
  ok_activity_set_theme (activity, "media-literacy");
  ok_activity_set_partnership (activity, OK_PARTNERSHIP_PEDAGOGISCH);
  ok_activity_set_dimension (activity, OK_DIMENSION_THUISBETROKKENHEID);
  ok_activity_set_location (activity, "Ouderkamer");
  ok_activity_set_starts_at (activity, start);
  ok_activity_set_ends_at (activity, end);
  ok_activity_set_capacity (activity, 30);
  ok_activity_set_interpreter_languages (activity, (const char *[]) { "ar", "ti", NULL });
  ok_activity_set_target_group (activity, OK_TARGET_GROUP_GROUPS);
  ok_activity_set_target_groups (activity, (const char *[]) { "7", "8", NULL });
  ok_activity_set_partner (activity, "CJG Rotterdam");
  g_assert_true (ok_store_activity_insert (store, activity, &error));
  g_assert_no_error (error);

  read = ok_store_activity_get (store, ok_activity_get_id (activity), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ok_activity_get_title (read), ==, "Mediawijsheid: " HOSTILE);
  g_assert_cmpstr (ok_activity_get_theme (read), ==, "media-literacy");
  g_assert_cmpint (ok_activity_get_partnership (read), ==, OK_PARTNERSHIP_PEDAGOGISCH);
  g_assert_cmpint (ok_activity_get_dimension (read), ==, OK_DIMENSION_THUISBETROKKENHEID);
  g_assert_cmpint (ok_activity_get_capacity (read), ==, 30);
  g_assert_cmpint (ok_activity_get_target_group (read), ==, OK_TARGET_GROUP_GROUPS);
  g_assert_cmpstrv (ok_activity_get_target_groups (read), ((const char *[]) { "7", "8", NULL }));
  g_assert_cmpstrv (ok_activity_get_interpreter_languages (read), ((const char *[]) { "ar", "ti", NULL }));
  /* The day summer time starts: still 19:30 on the wall clock. */
  start_text = ok_time_format_local (ok_activity_get_starts_at (read));
  g_assert_cmpstr (start_text, ==, "2026-03-29T19:30");
  g_assert_true (g_date_time_equal (ok_activity_get_ends_at (read), end));

  ok_activity_set_theme (read, "no-such-theme");
  g_assert_false (ok_store_activity_update (store, read, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  ok_activity_set_theme (read, "puberty");
  ok_activity_set_status (read, OK_ACTIVITY_STATUS_HELD);
  g_assert_true (ok_store_activity_update (store, read, &error));
  g_assert_no_error (error);
  /* The stale copy may not overwrite it. */
  g_assert_false (ok_store_activity_update (store, activity, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
}

static void
test_activity_list_range (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) a = add_activity (store, "A", "2026-09-01T08:30");
  g_autoptr(OkActivity) b = add_activity (store, "B", "2026-09-30T23:59");
  g_autoptr(OkActivity) c = add_activity (store, "C", "2026-10-01T00:00");
  g_autoptr(GPtrArray) list = ok_store_activity_list (store, "2026-09-01", "2026-09-30", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (ok_activity_get_title (list->pdata[1]), ==, "B");

  g_assert_null (ok_store_activity_list (store, "1 sept", NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
}

static void
test_attendance (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = add_family (store, "Familie Kowalski");
  g_autoptr(OkParent) mother = add_parent (store, ok_family_get_id (family), "Anna Kowalska");
  g_autoptr(OkParent) father = add_parent (store, ok_family_get_id (family), "Piotr Kowalski");
  g_autoptr(OkActivity) activity = add_activity (store, "Koffieochtend", "2026-11-24T08:30");
  g_autoptr(GPtrArray) list = NULL;
  gint64 id = ok_activity_get_id (activity);

  g_assert_true (ok_store_attendance_mark (store, id, ok_parent_get_id (mother),
                                           OK_ATTENDANCE_STATUS_INVITED, FALSE, "test", "whatsapp", &error));
  g_assert_no_error (error);
  g_assert_true (ok_store_attendance_mark (store, id, ok_parent_get_id (mother),
                                           OK_ATTENDANCE_STATUS_PRESENT, FALSE, "deur", NULL, &error));
  g_assert_true (ok_store_attendance_mark (store, id, ok_parent_get_id (father),
                                           OK_ATTENDANCE_STATUS_PRESENT, TRUE, "deur", NULL, &error));
  g_assert_no_error (error);

  list = ok_store_attendance_list (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (ok_attendance_get_status (list->pdata[0]), ==, OK_ATTENDANCE_STATUS_PRESENT);
  /* The channel of the invitation survives the check-in. */
  g_assert_cmpstr (ok_attendance_get_channel (list->pdata[0]), ==, "whatsapp");
  g_assert_cmpstr (ok_attendance_get_recorded_by (list->pdata[0]), ==, "deur");
  g_assert_nonnull (ok_attendance_get_recorded_at (list->pdata[0]));
  g_assert_true (ok_attendance_get_walk_in (list->pdata[1]));

  g_assert_true (ok_store_attendance_clear (store, id, ok_parent_get_id (father), &error));
  g_clear_pointer (&list, g_ptr_array_unref);
  list = ok_store_attendance_list (store, id, &error);
  g_assert_cmpuint (list->len, ==, 1);

  g_assert_false (ok_store_attendance_mark (store, id, 999999, OK_ATTENDANCE_STATUS_PRESENT,
                                            FALSE, NULL, NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (ok_store_attendance_mark (store, id, ok_parent_get_id (father),
                                            OK_ATTENDANCE_STATUS_PRESENT, FALSE, NULL, "pigeon", &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (ok_store_activity_set_guests (store, id, 3, &error));
  g_assert_false (ok_store_activity_set_guests (store, id, -1, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  {
    g_autoptr(OkActivity) read = ok_store_activity_get (store, id, NULL);
    g_assert_cmpint (ok_activity_get_unnamed_guests (read), ==, 3);
  }
}

static void
test_cancelled_activity (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = add_family (store, "Familie Bakker");
  g_autoptr(OkParent) parent = add_parent (store, ok_family_get_id (family), "Els Bakker");
  g_autoptr(OkActivity) activity = add_activity (store, "Afgelast", "2026-11-24T19:00");

  ok_activity_set_status (activity, OK_ACTIVITY_STATUS_CANCELLED);
  g_assert_true (ok_store_activity_update (store, activity, &error));
  g_assert_false (ok_store_attendance_mark (store, ok_activity_get_id (activity), ok_parent_get_id (parent),
                                            OK_ATTENDANCE_STATUS_PRESENT, FALSE, NULL, NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
}

static void
test_transaction_rollback (OkStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ok_store_begin (store, &error));
  {
    g_autoptr(OkFamily) family = add_family (store, "Tijdelijk");
  }
  /* An inner failure dooms the outer transaction. */
  g_assert_true (ok_store_begin (store, &error));
  ok_store_rollback (store);
  g_assert_false (ok_store_commit (store, &error));
  g_assert_nonnull (error);
  g_assert_false (ok_store_in_transaction (store));
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 0);
}

static void
test_schools (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkSchool) school = ok_school_new ();
  g_autoptr(GPtrArray) schools = NULL;
  g_autoptr(OkFamily) family = NULL;

  ok_school_set_name (school, "OBS De Regenboog");
  ok_school_set_brin (school, "12AB");
  ok_school_set_region (school, "noord");
  g_assert_true (ok_store_school_insert (store, school, &error));
  g_assert_no_error (error);

  ok_school_set_region (school, "oost");
  g_assert_false (ok_store_school_update (store, school, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  schools = ok_store_school_list (store, &error);
  g_assert_cmpuint (schools->len, ==, 2);

  /* Families are counted per school. */
  family = add_family (store, "Familie Eerste School");
  ok_store_set_school_id (store, ok_school_get_id (school));
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 0);
}

static void
test_themes (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) themes = ok_store_theme_list (store, &error);
  gboolean found = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (themes->len, >=, 10);
  for (guint i = 0; i < themes->len; i++)
    if (g_strcmp0 (ok_theme_get_slug (themes->pdata[i]), "secondary-school-choice") == 0)
      {
        found = TRUE;
        g_assert_cmpint (ok_theme_get_partnership (themes->pdata[i]), ==, OK_PARTNERSHIP_DIDACTISCH);
      }
  g_assert_true (found);
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/model/family/roundtrip", test_family_roundtrip);
  ok_test_add_store_func ("/model/family/hostile-text", test_hostile_text);
  ok_test_add_store_func ("/model/family/update-conflict", test_update_conflict);
  ok_test_add_store_func ("/model/family/invalid", test_invalid_family);
  ok_test_add_store_func ("/model/child/rules", test_child_rules);
  ok_test_add_store_func ("/model/activity/roundtrip", test_activity_roundtrip);
  ok_test_add_store_func ("/model/activity/list-range", test_activity_list_range);
  ok_test_add_store_func ("/model/attendance/mark", test_attendance);
  ok_test_add_store_func ("/model/attendance/cancelled", test_cancelled_activity);
  ok_test_add_store_func ("/model/transaction/rollback", test_transaction_rollback);
  ok_test_add_store_func ("/model/schools", test_schools);
  ok_test_add_store_func ("/model/themes", test_themes);
  return g_test_run ();
}

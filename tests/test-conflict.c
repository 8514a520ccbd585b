/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Two coordinators on two connections edit the same rows: the second save
 * sees the conflict, and nothing is lost unless the user chooses to
 * overwrite. */
#include "config.h"

#include "ok-store-activity.h"
#include "ok-store-conflict.h"
#include "ok-store-family.h"
#include "ok-store-privacy.h"
#include "ok-test-school.h"
#include "ok-test-util.h"

static void
test_family (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) other = ok_test_open_second (store);
  g_autoptr(OkFamily) mine = NULL;
  g_autoptr(OkFamily) theirs = NULL;
  g_autoptr(OkFamily) reloaded = NULL;
  g_autoptr(OkFamily) final = NULL;
  OkTestSchool school;

  ok_test_school_fill (store, &school);
  mine = ok_store_family_get (store, school.family_ozturk, &error);
  theirs = ok_store_family_get (other, school.family_ozturk, &error);
  g_assert_no_error (error);

  ok_family_set_notes (theirs, "Moeder belt liever na 17 uur");
  g_assert_true (ok_store_family_update (other, theirs, &error));
  g_assert_no_error (error);

  /* The second save is refused and writes nothing. */
  ok_family_set_postcode (mine, "3011 XY");
  g_assert_false (ok_store_family_update (store, mine, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  reloaded = ok_store_family_get (store, school.family_ozturk, &error);
  g_assert_cmpstr (ok_family_get_notes (reloaded), ==, "Moeder belt liever na 17 uur");
  g_assert_cmpstr (ok_family_get_postcode (reloaded), ==, "3011 AB");
  g_assert_cmpint (ok_family_get_version (reloaded), ==, 2);

  /* "Overwrite" is the user's choice: their version wins, as a whole. */
  g_assert_true (ok_store_family_overwrite (store, mine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ok_family_get_version (mine), ==, 3);
  final = ok_store_family_get (other, school.family_ozturk, &error);
  g_assert_cmpstr (ok_family_get_postcode (final), ==, "3011 XY");
  g_assert_cmpstr (ok_family_get_notes (final), ==, "Vader werkt in ploegendienst");

  /* And now the other side holds a stale copy. */
  ok_family_set_house_number (theirs, "14");
  g_assert_false (ok_store_family_update (other, theirs, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
}

static void
test_deleted_or_erased (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) other = ok_test_open_second (store);
  g_autoptr(OkFamily) left = NULL;
  g_autoptr(OkFamily) hassan = NULL;
  g_autoptr(OkParent) fatima = NULL;
  g_autoptr(OkFamily) after = NULL;
  OkTestSchool school;

  ok_test_school_fill (store, &school);
  left = ok_store_family_get (store, school.family_left, &error);
  hassan = ok_store_family_get (store, school.family_hassan, &error);
  fatima = ok_store_parent_get (store, school.parent_hassan, &error);
  g_assert_no_error (error);

  g_assert_true (ok_store_family_delete (other, school.family_left, &error));
  g_assert_false (ok_store_family_overwrite (store, left, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An erased family's data never comes back through an open window. */
  g_assert_true (ok_store_family_erase (other, school.family_hassan, &error));
  g_assert_false (ok_store_family_update (store, hassan, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (ok_store_family_overwrite (store, hassan, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (ok_store_parent_overwrite (store, fatima, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  after = ok_store_family_get (store, school.family_hassan, &error);
  g_assert_cmpstr (ok_family_get_name (after), ==, "");
}

static void
test_parent_and_activity (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) other = ok_test_open_second (store);
  g_autoptr(OkParent) mine = NULL;
  g_autoptr(OkParent) theirs = NULL;
  g_autoptr(OkActivity) my_activity = NULL;
  g_autoptr(OkActivity) their_activity = NULL;
  g_autoptr(OkActivity) final = NULL;
  OkTestSchool school;

  ok_test_school_fill (store, &school);
  mine = ok_store_parent_get (store, school.parent_ayse, &error);
  theirs = ok_store_parent_get (other, school.parent_ayse, &error);
  ok_parent_set_phone (theirs, "+31600000001");
  g_assert_true (ok_store_parent_update (other, theirs, &error));
  ok_parent_set_email (mine, "ayse@example.com");
  g_assert_false (ok_store_parent_update (store, mine, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (ok_store_parent_overwrite (store, mine, &error));
  g_assert_no_error (error);

  my_activity = ok_store_activity_get (store, school.theme_meeting, &error);
  their_activity = ok_store_activity_get (other, school.theme_meeting, &error);
  ok_activity_set_location (their_activity, "Gymzaal");
  g_assert_true (ok_store_activity_update (other, their_activity, &error));
  ok_activity_set_capacity (my_activity, 40);
  g_assert_false (ok_store_activity_update (store, my_activity, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (ok_store_activity_overwrite (store, my_activity, &error));
  g_assert_no_error (error);
  final = ok_store_activity_get (other, school.theme_meeting, &error);
  g_assert_cmpint (ok_activity_get_capacity (final), ==, 40);
  g_assert_cmpint (ok_activity_get_version (final), ==, ok_activity_get_version (my_activity));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/conflict/family", test_family);
  ok_test_add_store_func ("/conflict/deleted-or-erased", test_deleted_or_erased);
  ok_test_add_store_func ("/conflict/parent-and-activity", test_parent_and_activity);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ok-test"

#include "config.h"

#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-store-transfer.h"
#include "ok-test-school.h"
#include "ok-time.h"

static gint64
add_family (OkStore            *store,
            const char         *name,
            const char * const *languages,
            const char         *postcode,
            const char         *notes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = ok_family_new ();

  ok_family_set_name (family, name);
  ok_family_set_languages (family, languages);
  ok_family_set_interpreter_needed (family, languages[0] != NULL && !g_str_equal (languages[0], "nl"));
  ok_family_set_consent_contact_parent (family, TRUE);
  ok_family_set_postcode (family, postcode);
  ok_family_set_house_number (family, "12a");
  ok_family_set_notes (family, notes);
  ok_store_family_insert (store, family, &error);
  g_assert_no_error (error);
  return ok_family_get_id (family);
}

static gint64
add_parent (OkStore    *store,
            gint64      family_id,
            const char *name,
            const char *phone,
            const char *email)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkParent) parent = ok_parent_new ();

  ok_parent_set_family_id (parent, family_id);
  ok_parent_set_name (parent, name);
  ok_parent_set_phone (parent, phone);
  ok_parent_set_email (parent, email);
  ok_parent_set_walk_in (parent, family_id == 0);
  ok_store_parent_insert (store, parent, &error);
  g_assert_no_error (error);
  return ok_parent_get_id (parent);
}

static void
add_child (OkStore    *store,
           gint64      family_id,
           const char *number,
           const char *first,
           const char *last,
           const char *group,
           const char *from,
           const char *until)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkChild) child = ok_child_new ();

  ok_child_set_family_id (child, family_id);
  ok_child_set_pupil_number (child, number);
  ok_child_set_first_name (child, first);
  ok_child_set_last_name (child, last);
  ok_child_set_group (child, group);
  ok_child_set_enrolled_from (child, from);
  ok_child_set_enrolled_until (child, until);
  ok_store_child_insert (store, child, &error);
  g_assert_no_error (error);
}

static gint64
add_activity (OkStore        *store,
              OkActivityKind  kind,
              const char     *title,
              const char     *starts,
              gint64          series_id,
              const char     *theme)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = ok_time_parse_local (starts);
  g_autoptr(OkActivity) activity = ok_activity_new ();

  ok_activity_set_kind (activity, kind);
  ok_activity_set_title (activity, title);
  ok_activity_set_starts_at (activity, start);
  ok_activity_set_series_id (activity, series_id);
  ok_activity_set_theme (activity, theme);
  ok_activity_set_partnership (activity, OK_PARTNERSHIP_PEDAGOGISCH);
  ok_activity_set_location (activity, "Ouderkamer");
  ok_activity_set_status (activity, OK_ACTIVITY_STATUS_HELD);
  ok_store_activity_insert (store, activity, &error);
  g_assert_no_error (error);
  return ok_activity_get_id (activity);
}

static void
mark (OkStore            *store,
      gint64              activity,
      gint64              parent,
      OkAttendanceStatus  status)
{
  g_autoptr(GError) error = NULL;

  ok_store_attendance_mark (store, activity, parent, status, FALSE, "Coördinator", NULL, &error);
  g_assert_no_error (error);
}

void
ok_test_school_fill (OkStore      *store,
                     OkTestSchool *school)
{
  g_autoptr(GError) error = NULL;
  gint64 series;

  school->family_ozturk = add_family (store, "Familie Öztürk", (const char *[]) { "tr", "nl", NULL },
                                      "3011 AB", "Vader werkt in ploegendienst");
  school->family_hassan = add_family (store, "عائلة الحسن", (const char *[]) { "ar", NULL },
                                      "3012 CD", "Robert'); DROP TABLE family;--");
  school->family_left = add_family (store, "Familie de Vries", (const char *[]) { "nl", NULL },
                                    "3013 EF", NULL);

  school->parent_ayse = add_parent (store, school->family_ozturk, "Ayşe Öztürk", "+31612345678",
                                    "ayse@example.org");
  school->parent_mehmet = add_parent (store, school->family_ozturk, "Mehmet Öztürk", "+31687654321",
                                      NULL);
  school->parent_hassan = add_parent (store, school->family_hassan, "فاطمة الحسن", "+31611111111",
                                      "fatima@example.org");
  school->parent_left = add_parent (store, school->family_left, "Joke de Vries", "+31622222222", NULL);
  school->walk_in = add_parent (store, 0, "Buurvrouw Els", "+31633333333", NULL);

  add_child (store, school->family_ozturk, "1001", "Elif", "Öztürk", "5", "2020-08-17", NULL);
  add_child (store, school->family_ozturk, "1002", "Can", "Öztürk", "8", "2016-08-22", "2024-07-12");
  add_child (store, school->family_hassan, "1003", "Yusuf", "Al-Hassan", "3", "2022-08-29", NULL);
  add_child (store, school->family_left, "1004", "Sanne", "de Vries", "8", "2011-08-22", "2019-07-12");

  series = ok_store_series_insert (store, "FREQ=WEEKLY;BYDAY=TU", "2024-04-09", "2024-04-16", TRUE,
                                   &error);
  g_assert_no_error (error);

  school->theme_meeting = add_activity (store, OK_ACTIVITY_KIND_THEME_MEETING, "Mediawijsheid",
                                        "2024-02-13T19:30", 0, "media-literacy");
  school->coffee_1 = add_activity (store, OK_ACTIVITY_KIND_COFFEE_MORNING, "Koffieochtend",
                                   "2024-04-09T08:30", series, NULL);
  school->coffee_2 = add_activity (store, OK_ACTIVITY_KIND_COFFEE_MORNING, "Koffieochtend",
                                   "2024-04-16T08:30", series, NULL);
  ok_store_activity_set_guests (store, school->theme_meeting, 3, &error);
  g_assert_no_error (error);

  mark (store, school->theme_meeting, school->parent_ayse, OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, school->theme_meeting, school->parent_hassan, OK_ATTENDANCE_STATUS_EXCUSED);
  mark (store, school->theme_meeting, school->walk_in, OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, school->coffee_1, school->parent_hassan, OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, school->coffee_1, school->parent_mehmet, OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, school->coffee_2, school->parent_ayse, OK_ATTENDANCE_STATUS_NO_SHOW);
}

char *
ok_test_school_export (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  char *data = ok_store_export_json_data (store, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Contact parents, their coverage and their families not reached;
 * contact moments; a family's attendance history. */
#include "config.h"

#include "ok-demo.h"
#include "ok-demo-contacts.h"
#include "ok-report.h"
#include "ok-store-activity.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-time.h"
#include "ok-test-util.h"

static const OkReportPeriod q1_2020 = { OK_REPORT_PERIOD_QUARTER, 2020, 1 };
static const OkReportPeriod q4_2026 = { OK_REPORT_PERIOD_QUARTER, 2026, 4 };

static gint64
add_family (OkStore            *store,
            const char         *name,
            const char * const *languages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkFamily) family = ok_family_new ();

  ok_family_set_name (family, name);
  ok_family_set_languages (family, languages);
  ok_store_family_insert (store, family, &error);
  g_assert_no_error (error);
  return ok_family_get_id (family);
}

static gint64
add_parent (OkStore    *store,
            gint64      family_id,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkParent) parent = ok_parent_new ();

  ok_parent_set_family_id (parent, family_id);
  ok_parent_set_name (parent, name);
  ok_parent_set_phone (parent, "0612345678");
  ok_store_parent_insert (store, parent, &error);
  g_assert_no_error (error);
  return ok_parent_get_id (parent);
}

static void
add_child (OkStore    *store,
           gint64      family_id,
           const char *first,
           const char *group)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkChild) child = ok_child_new ();

  ok_child_set_family_id (child, family_id);
  ok_child_set_first_name (child, first);
  ok_child_set_last_name (child, "Kind");
  ok_child_set_group (child, group);
  ok_child_set_enrolled_from (child, "2019-08-01");
  ok_store_child_insert (store, child, &error);
  g_assert_no_error (error);
}

static gint64
add_activity (OkStore    *store,
              const char *title,
              const char *starts)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) start = ok_time_parse_local (starts);
  g_autoptr(OkActivity) activity = ok_activity_new ();

  ok_activity_set_title (activity, title);
  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_THEME_MEETING);
  ok_activity_set_starts_at (activity, start);
  ok_store_activity_insert (store, activity, &error);
  g_assert_no_error (error);
  return ok_activity_get_id (activity);
}

static void
log_contact (OkStore    *store,
             gint64      family_id,
             const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkContactMoment) moment = ok_contact_moment_new ();

  ok_contact_moment_set_family_id (moment, family_id);
  ok_contact_moment_set_channel (moment, OK_CHANNEL_WHATSAPP);
  ok_contact_moment_set_date (moment, date);
  ok_store_contact_moment_insert (store, moment, &error);
  g_assert_no_error (error);
}

static GStrv
names_of (GPtrArray *summaries)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < summaries->len; i++)
    g_strv_builder_add (builder, ok_family_summary_get_name (g_ptr_array_index (summaries, i)));
  return g_strv_builder_end (builder);
}

static void
test_coverage (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GPtrArray) not_reached = NULL;
  g_autoptr(GPtrArray) named = NULL;
  g_autoptr(GPtrArray) covering = NULL;
  g_autoptr(OkContactParent) cp = NULL;
  g_auto(GStrv) names = NULL;
  gint64 yilmaz, kaya, bakker, demir, zeynep, id, covered = -1, missing = -1, activity;

  yilmaz = add_family (store, "Yılmaz", (const char *[]) { "tr", NULL });
  kaya = add_family (store, "Kaya", (const char *[]) { "nl", "tr", NULL });
  bakker = add_family (store, "Bakker", (const char *[]) { "nl", NULL });
  demir = add_family (store, "Demir", (const char *[]) { "ar", NULL });
  zeynep = add_parent (store, yilmaz, "Zeynep Yılmaz");
  add_parent (store, kaya, "Ali Kaya");
  add_child (store, bakker, "Sem", "3");
  add_child (store, demir, "Nora", "6");

  id = ok_store_contact_parent_add (store, zeynep, "Turkse moeders", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (ok_store_contact_parent_find (store, zeynep, NULL), ==, id);
  g_assert_cmpint (ok_store_contact_parent_add (store, zeynep, NULL, &error), ==, -1);
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  g_assert_true (ok_store_coverage_add (store, id, OK_COVERAGE_LANGUAGE, 0, "tr", &error));
  g_assert_true (ok_store_coverage_add (store, id, OK_COVERAGE_LANGUAGE, 0, "tr", &error));
  g_assert_true (ok_store_coverage_add (store, id, OK_COVERAGE_GROUP, 0, "3", &error));
  g_assert_true (ok_store_coverage_add (store, id, OK_COVERAGE_FAMILY, demir, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (ok_store_coverage_add (store, id, OK_COVERAGE_GROUP, 0, "  ", &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  list = ok_store_contact_parent_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  cp = g_object_ref (g_ptr_array_index (list, 0));
  g_assert_cmpstr (ok_contact_parent_get_name (cp), ==, "Zeynep Yılmaz");
  g_assert_cmpstr (ok_contact_parent_get_notes (cp), ==, "Turkse moeders");
  g_assert_cmpstrv (ok_contact_parent_get_languages (cp), ((const char *[]) { "tr", NULL }));
  g_assert_cmpstrv (ok_contact_parent_get_groups (cp), ((const char *[]) { "3", NULL }));

  families = ok_store_contact_parent_families (store, id, &q1_2020, FALSE, &error);
  g_assert_no_error (error);
  names = names_of (families);
  g_assert_cmpstrv (names, ((const char *[]) { "Bakker", "Demir", "Kaya", "Yılmaz", NULL }));
  g_clear_pointer (&names, g_strfreev);

  /* Kaya came to a meeting this quarter, Bakker was called last year,
   * Demir was sent a message this quarter: a contact moment is not reach. */
  activity = add_activity (store, "Thema-avond puberteit", "2020-02-10T19:30");
  ok_store_attendance_mark (store, activity, zeynep, OK_ATTENDANCE_STATUS_NO_SHOW, FALSE, NULL, NULL,
                            &error);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) kaya_parents = ok_store_parent_list (store, kaya, NULL);
    ok_store_attendance_mark (store, activity, ok_parent_get_id (g_ptr_array_index (kaya_parents, 0)),
                              OK_ATTENDANCE_STATUS_PRESENT, FALSE, NULL, NULL, &error);
    g_assert_no_error (error);
  }
  log_contact (store, bakker, "2019-12-01");
  log_contact (store, demir, "2020-03-02");

  not_reached = ok_store_contact_parent_families (store, id, &q1_2020, TRUE, &error);
  g_assert_no_error (error);
  names = names_of (not_reached);
  g_assert_cmpstrv (names, ((const char *[]) { "Bakker", "Demir", "Yılmaz", NULL }));
  g_assert_null (ok_family_summary_get_last_reached (g_ptr_array_index (not_reached, 0)));
  g_assert_cmpstr (ok_family_summary_get_parents (g_ptr_array_index (not_reached, 2)), ==, "Zeynep Yılmaz");
  g_clear_pointer (&families, g_ptr_array_unref);
  families = ok_store_contact_parent_families (store, id, &q1_2020, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < families->len; i++)
    if (ok_family_summary_get_id (g_ptr_array_index (families, i)) == kaya)
      {
        g_assert_true (ok_family_summary_get_reached (g_ptr_array_index (families, i)));
        g_assert_cmpstr (ok_family_summary_get_last_reached (g_ptr_array_index (families, i)), ==, "2020-02-10");
      }

  ok_store_contact_parent_counts (store, id, &q1_2020, &covered, &missing, &error);
  g_assert_no_error (error);
  g_assert_cmpint (covered, ==, 4);
  g_assert_cmpint (missing, ==, 3);

  named = ok_store_contact_parent_named_families (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (named->len, ==, 1);
  g_assert_cmpstr (ok_family_summary_get_name (g_ptr_array_index (named, 0)), ==, "Demir");

  covering = ok_store_family_contact_parents (store, kaya, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (covering->len, ==, 1);
  g_clear_pointer (&covering, g_ptr_array_unref);

  g_assert_true (ok_store_coverage_remove (store, id, OK_COVERAGE_LANGUAGE, 0, "tr", &error));
  covering = ok_store_family_contact_parents (store, kaya, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (covering->len, ==, 0);
  g_assert_true (ok_store_contact_parent_counts (store, id, &q1_2020, &covered, NULL, &error));
  g_assert_cmpint (covered, ==, 2);

  g_assert_true (ok_store_contact_parent_remove (store, id, &error));
  g_assert_cmpint (ok_store_contact_parent_find (store, zeynep, NULL), ==, 0);
}

static void
test_contact_moments (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) moments = NULL;
  g_autoptr(OkContactMoment) bad = ok_contact_moment_new ();
  gint64 family = add_family (store, "Haile", (const char *[]) { "ti", NULL });

  log_contact (store, family, "2020-01-05");
  log_contact (store, family, "2020-03-01");

  ok_contact_moment_set_family_id (bad, family);
  ok_contact_moment_set_date (bad, "1 maart");
  g_assert_false (ok_store_contact_moment_insert (store, bad, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);

  moments = ok_store_contact_moment_list (store, family, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (moments->len, ==, 2);
  g_assert_cmpstr (ok_contact_moment_get_date (g_ptr_array_index (moments, 0)), ==, "2020-03-01");
  g_assert_cmpint (ok_contact_moment_get_channel (g_ptr_array_index (moments, 0)), ==, OK_CHANNEL_WHATSAPP);

  g_assert_true (ok_store_contact_moment_delete (store, ok_contact_moment_get_id (g_ptr_array_index (moments, 0)),
                                                 &error));
  g_clear_pointer (&moments, g_ptr_array_unref);
  moments = ok_store_contact_moment_list (store, family, &error);
  g_assert_cmpuint (moments->len, ==, 1);
  g_assert_false (ok_store_contact_moment_delete (store, 999999, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
}

static void
test_attendance_history (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) history = NULL;
  gint64 family = add_family (store, "Kowalski", (const char *[]) { "pl", NULL });
  gint64 other = add_family (store, "Visser", (const char *[]) { "nl", NULL });
  gint64 anna = add_parent (store, family, "Anna Kowalski");
  gint64 tomasz = add_parent (store, family, "Tomasz Kowalski");
  gint64 els = add_parent (store, other, "Els Visser");
  gint64 first = add_activity (store, "Koffieochtend", "2020-01-14T08:30");
  gint64 second = add_activity (store, "Lezen thuis", "2020-02-20T19:00");

  ok_store_attendance_mark (store, first, anna, OK_ATTENDANCE_STATUS_PRESENT, TRUE, NULL, NULL, &error);
  ok_store_attendance_mark (store, second, tomasz, OK_ATTENDANCE_STATUS_EXCUSED, FALSE, NULL, NULL, &error);
  ok_store_attendance_mark (store, second, els, OK_ATTENDANCE_STATUS_PRESENT, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);

  history = ok_store_family_attendance (store, family, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (ok_attendance_entry_get_title (g_ptr_array_index (history, 0)), ==, "Lezen thuis");
  g_assert_cmpstr (ok_attendance_entry_get_parent_name (g_ptr_array_index (history, 0)), ==, "Tomasz Kowalski");
  g_assert_cmpint (ok_attendance_entry_get_status (g_ptr_array_index (history, 0)), ==,
                   OK_ATTENDANCE_STATUS_EXCUSED);
  g_assert_true (ok_attendance_entry_get_walk_in (g_ptr_array_index (history, 1)));
  g_assert_cmpint (g_date_time_get_hour (ok_attendance_entry_get_starts_at (g_ptr_array_index (history, 1))),
                   ==, 8);
}

static void
test_demo_contacts (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) contact_parents = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  g_autoptr(OkQuarterReport) report = NULL;
  OkDemoOptions options;
  OkReportPeriod q4;
  guint languages = 0;

  ok_demo_options_init (&options);
  options.families = 60;
  options.school_years = 1;
  options.today = today;
  ok_demo_generate (store, &options, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  ok_demo_add_contacts (store, 7, today, &error);
  g_assert_no_error (error);

  contact_parents = ok_store_contact_parent_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contact_parents->len, >=, 2);
  for (guint i = 0; i < contact_parents->len; i++)
    {
      OkContactParent *cp = g_ptr_array_index (contact_parents, i);
      gint64 covered = 0, not_reached = 0;
      const char * const *covered_languages = ok_contact_parent_get_languages (cp);

      ok_store_contact_parent_counts (store, ok_contact_parent_get_id (cp), &q4_2026,
                                      &covered, &not_reached, &error);
      g_assert_no_error (error);
      g_assert_cmpint (covered, >, 0);
      g_assert_cmpint (not_reached, <=, covered);
      if (covered_languages != NULL && covered_languages[0] != NULL)
        {
          g_assert_cmpstr (covered_languages[0], !=, "nl");
          languages++;
        }
    }
  g_assert_cmpuint (languages, >=, 1);

  /* The theme evenings of the last months had their invitations logged,
   * so the overview has something to say about which worked. */
  ok_report_period_parse ("2026-Q4", &q4, &error);
  g_assert_no_error (error);
  report = ok_quarter_report_compute (store, &q4, 0, OK_REPORT_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->invited.invited, >, 0);
  g_assert_cmpint (report->invited.came, <=, report->invited.invited);
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/contact/coverage", test_coverage);
  ok_test_add_store_func ("/contact/moments", test_contact_moments);
  ok_test_add_store_func ("/contact/attendance-history", test_attendance_history);
  ok_test_add_store_func ("/contact/demo", test_demo_contacts);
  return g_test_run ();
}

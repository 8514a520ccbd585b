/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The quarterly overview's fixture.
 *
 * School A (the store's own school, "Basisschool De Regenboog"):
 *   F1 Yilmaz     tr,nl  children in group 3 and group 7, since 2018/2020
 *   F2 El Amrani  ar     group 3, leaves 2026-02-15 (mid-Q1)
 *   F3 De Vries   nl     group 5
 *   F4 Haile      —      group 7, arrives 2026-03-01
 *   F5 Kowalski   pl     group 5, left 2025-12-20 (active in Q4, not in Q1)
 *   F6 Nguyen     vi     no group, arrives 2026-04-01 (not active in Q1)
 *   F7 Bakker     nl     group 1
 *   parents P1, P2 (F1), P3 (F2), P4 (F3), P5 (F4), P6 (F5), P7 (F6),
 *   P8 (F7), P9 a walk-in without a family.
 *   A1 theme-meeting pedagogisch  2026-01-15T19:30  guests 3  present P1 P3 P9
 *                                                         (P4 excused, P8 no-show)
 *   A2 coffee-morning informeel   2026-02-10T08:30  guests 2  present P1 P2 P6
 *                                                         (P5 registered)
 *   A3 theme-meeting didactisch   2026-03-10T19:00  guests 5, present P4 P8,
 *                                                         then cancelled
 *   A4 walk-in (no partnership)   2026-03-31T23:30  guests 1  present P5 P3
 *   A5 coffee-morning informeel   2026-04-01T00:30  guests 4  present P4 P8
 *      (22:30 UTC on 31 March: local time puts it in Q2)
 *   A6 course-session maatsch.    2025-11-05T09:00            present P6 P4
 *   A7 home-visit formeel         2025-12-31T23:59  planned   P1 registered
 *
 * School B ("OBS Het Anker"):
 *   F8 Jansen nl group 4 (P10), F9 Ahmadi fa group 4 (P11)
 *   B1 theme-meeting pedagogisch 2026-02-20T19:00 guests 10, present P10
 *
 * Messages logged about activities (family, channel, language, template):
 *   A1 F1 whatsapp tr invitation, and a reminder the same way
 *      F2 whatsapp ar invitation;  F3 email nl invitation
 *      F7 letter nl invitation, and a reminder by sms nl
 *   A2 F4 phone (no language) invitation;  F5 whatsapp pl invitation
 *      F1 whatsapp tr thank-you (not an invitation)
 *   A3 F3 email nl invitation (A3 was cancelled)
 *   A4 F4 phone (no language) reminder
 *   A5 F3 email nl invitation (Q2)
 *   F3 phone, about no activity
 *   B1 F8 email nl invitation;  F9 whatsapp fa invitation
 *
 * 2026-Q1, school A: activities A1 A2 A4 = 3 (theme-meeting 1, coffee-morning
 *   1, walk-in 1; pedagogisch 1, informeel 1, none 1), guests 3+2+1 = 6,
 *   attendances 3+3+2 = 8 (Jan 3, Feb 3, Mar 2), parents reached P1 P2 P3 P5
 *   P6 P9 = 6, active families F1 F2 F3 F4 F7 = 5, reached F1 F2 F4 = 3
 *   (F5's parent came but F5 is not active), reach 60.0, not reached F3 F7.
 *   Groups: 1: 1/0, 3: F1 F2 2/2, 5: 1/0, 7: F1 F4 2/2.
 *   Languages: nl F3 F7 2/0, ar 1/1, tr 1/1, und F4 1/1.
 * 2025-Q4, school A: activities A6 A7 = 2, guests 0, attendances 2, parents
 *   P4 P6 = 2, active F1 F2 F3 F5 F7 = 5, reached F3 F5 = 2, reach 40.0.
 * 2026-Q1, board: activities 4, guests 16, attendances 9, parents 7, active
 *   7, reached 4, reach 57.1, not reached F3 F7 F9; previous: activities 2,
 *   attendances 2, parents 2, active 7, reached 2, reach 28.6.
 * Invitations, 2026-Q1, school A: A1 F1, F2, F3, F7; A2 F4, F5; A4 F4 = 7
 *   invited, of whom came A1 F1, A1 F2, A2 F5 (P6), A4 F4 = 4 (57.1).
 *   whatsapp 3/3, email 1/0, letter 1/0, sms 1/0 (F7 counts under letter
 *   and sms, once in all), phone 2/1; nl 2/0, ar 1/1, pl 1/1, tr 1/1,
 *   und 2/1. Board: also B1 F8 (came) and F9 = 9/5 (55.6); whatsapp 4/3,
 *   email 2/1, nl 3/1, fa 1/0. School year 2025-2026, school A: also A5 F3
 *   (came) = 8/5 (62.5).
 * 2025-2026, school A: activities A1 A2 A4 A5 A6 A7 = 6, guests 10,
 *   attendances 12, parents 8, active F1–F7 = 7, reached all but F6 = 6,
 *   reach 85.7; F6's child has no group.
 */
#include "config.h"

#include <string.h>

#include "report-fixture.h"

#include "ok-store-activity.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-time.h"

const char * const report_fixture_names[] = {
  "Yilmaz", "Amrani", "Vries", "Haile", "Kowalski", "Nguyen", "Bakker", "Jansen", "Ahmadi",
  "Ayşe", "Mehmet", "Fatima", "Sanne", "Abeba", "Piotr", "Linh", "Joris", "Wendy",
  "Kees", "Zahra", "Emre", "Selin", "Youssef", "Daan", "Meron", "Ola", "Bao", "Noor",
  "Lotte", "Parisa",
  NULL
};

static gint64
add_family (OkStore            *store,
            const char         *name,
            const char * const *languages)
{
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(GError) error = NULL;

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
  g_autoptr(OkParent) parent = ok_parent_new ();
  g_autoptr(GError) error = NULL;

  ok_parent_set_family_id (parent, family_id);
  ok_parent_set_name (parent, name);
  ok_parent_set_walk_in (parent, family_id == 0);
  ok_store_parent_insert (store, parent, &error);
  g_assert_no_error (error);
  return ok_parent_get_id (parent);
}

static void
add_child (OkStore    *store,
           gint64      family_id,
           const char *first_name,
           const char *last_name,
           const char *group,
           const char *from,
           const char *until)
{
  g_autoptr(OkChild) child = ok_child_new ();
  g_autoptr(GError) error = NULL;

  ok_child_set_family_id (child, family_id);
  ok_child_set_first_name (child, first_name);
  ok_child_set_last_name (child, last_name);
  ok_child_set_group (child, group);
  ok_child_set_enrolled_from (child, from);
  ok_child_set_enrolled_until (child, until);
  ok_store_child_insert (store, child, &error);
  g_assert_no_error (error);
}

static gint64
add_activity (OkStore          *store,
              OkActivityKind    kind,
              OkPartnership     partnership,
              const char       *starts_at,
              OkActivityStatus  status,
              int               guests)
{
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) starts = ok_time_parse_local (starts_at);
  g_autoptr(GError) error = NULL;

  ok_activity_set_kind (activity, kind);
  ok_activity_set_title (activity, "Activiteit");
  ok_activity_set_partnership (activity, partnership);
  ok_activity_set_starts_at (activity, starts);
  ok_activity_set_status (activity, status);
  ok_activity_set_unnamed_guests (activity, guests);
  ok_store_activity_insert (store, activity, &error);
  g_assert_no_error (error);
  return ok_activity_get_id (activity);
}

static void
mark (OkStore            *store,
      gint64              activity_id,
      gint64              parent_id,
      OkAttendanceStatus  status)
{
  g_autoptr(GError) error = NULL;

  ok_store_attendance_mark (store, activity_id, parent_id, status, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
message (OkStore    *store,
         gint64      activity_id,
         gint64      family_id,
         gint64      parent_id,
         OkChannel   channel,
         const char *language,
         const char *template_id)
{
  g_autoptr(OkContactMoment) moment = ok_contact_moment_new ();
  g_autoptr(GError) error = NULL;

  ok_contact_moment_set_activity_id (moment, activity_id);
  ok_contact_moment_set_family_id (moment, family_id);
  ok_contact_moment_set_parent_id (moment, parent_id);
  ok_contact_moment_set_channel (moment, channel);
  ok_contact_moment_set_language (moment, language);
  ok_contact_moment_set_template (moment, template_id);
  ok_contact_moment_set_date (moment, "2026-01-05");
  ok_store_contact_moment_insert (store, moment, &error);
  g_assert_no_error (error);
}

/* Marks stay when an activity is called off afterwards; they must not count. */
static void
cancel (OkStore *store,
        gint64   activity_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) activity = ok_store_activity_get (store, activity_id, &error);

  g_assert_no_error (error);
  ok_activity_set_status (activity, OK_ACTIVITY_STATUS_CANCELLED);
  ok_store_activity_update (store, activity, &error);
  g_assert_no_error (error);
}

void
report_fixture_build (OkStore       *store,
                      ReportFixture *fx)
{
  g_autoptr(OkSchool) school_a = NULL;
  g_autoptr(OkSchool) school_b = ok_school_new ();
  g_autoptr(GError) error = NULL;
  const char * const tr_nl[] = { "tr", "nl", NULL };
  const char * const ar[] = { "ar", NULL };
  const char * const nl[] = { "nl", NULL };
  const char * const pl[] = { "pl", NULL };
  const char * const vi[] = { "vi", NULL };
  const char * const fa[] = { "fa", NULL };
  gint64 *f = fx->family, *p = fx->parent;
  gint64 a1, a2, a3, a4, a5, a6, a7, b1;

  memset (fx, 0, sizeof *fx);
  ok_store_begin (store, &error);
  g_assert_no_error (error);

  fx->school_a = ok_store_get_school_id (store);
  school_a = ok_store_school_get (store, fx->school_a, &error);
  g_assert_no_error (error);
  ok_school_set_name (school_a, "Basisschool De Regenboog");
  ok_store_school_update (store, school_a, &error);
  g_assert_no_error (error);

  f[1] = add_family (store, "Yilmaz", tr_nl);
  f[2] = add_family (store, "El Amrani", ar);
  f[3] = add_family (store, "De Vries", nl);
  f[4] = add_family (store, "Haile", NULL);
  f[5] = add_family (store, "Kowalski", pl);
  f[6] = add_family (store, "Nguyen", vi);
  f[7] = add_family (store, "Bakker", nl);

  add_child (store, f[1], "Emre", "Yilmaz", "3", "2020-08-15", NULL);
  add_child (store, f[1], "Selin", "Yilmaz", "7", "2018-08-15", NULL);
  add_child (store, f[2], "Youssef", "El Amrani", "3", "2021-08-15", "2026-02-15");
  add_child (store, f[3], "Daan", "de Vries", "5", "2019-08-15", NULL);
  add_child (store, f[4], "Meron", "Haile", "7", "2026-03-01", NULL);
  add_child (store, f[5], "Ola", "Kowalski", "5", "2022-08-15", "2025-12-20");
  add_child (store, f[6], "Bao", "Nguyen", NULL, "2026-04-01", NULL);
  add_child (store, f[7], "Lotte", "Bakker", "1", "2025-08-15", NULL);

  p[1] = add_parent (store, f[1], "Ayşe Yilmaz");
  p[2] = add_parent (store, f[1], "Mehmet Yilmaz");
  p[3] = add_parent (store, f[2], "Fatima El Amrani");
  p[4] = add_parent (store, f[3], "Sanne de Vries");
  p[5] = add_parent (store, f[4], "Abeba Haile");
  p[6] = add_parent (store, f[5], "Piotr Kowalski");
  p[7] = add_parent (store, f[6], "Linh Nguyen");
  p[8] = add_parent (store, f[7], "Joris Bakker");
  p[9] = add_parent (store, 0, "Walk-in Wendy");

  a1 = add_activity (store, OK_ACTIVITY_KIND_THEME_MEETING, OK_PARTNERSHIP_PEDAGOGISCH,
                     "2026-01-15T19:30", OK_ACTIVITY_STATUS_HELD, 3);
  a2 = add_activity (store, OK_ACTIVITY_KIND_COFFEE_MORNING, OK_PARTNERSHIP_INFORMEEL,
                     "2026-02-10T08:30", OK_ACTIVITY_STATUS_HELD, 2);
  a3 = add_activity (store, OK_ACTIVITY_KIND_THEME_MEETING, OK_PARTNERSHIP_DIDACTISCH,
                     "2026-03-10T19:00", OK_ACTIVITY_STATUS_HELD, 5);
  a4 = add_activity (store, OK_ACTIVITY_KIND_WALK_IN, OK_PARTNERSHIP_NONE,
                     "2026-03-31T23:30", OK_ACTIVITY_STATUS_HELD, 1);
  a5 = add_activity (store, OK_ACTIVITY_KIND_COFFEE_MORNING, OK_PARTNERSHIP_INFORMEEL,
                     "2026-04-01T00:30", OK_ACTIVITY_STATUS_HELD, 4);
  a6 = add_activity (store, OK_ACTIVITY_KIND_COURSE_SESSION, OK_PARTNERSHIP_MAATSCHAPPELIJK,
                     "2025-11-05T09:00", OK_ACTIVITY_STATUS_HELD, 0);
  a7 = add_activity (store, OK_ACTIVITY_KIND_HOME_VISIT, OK_PARTNERSHIP_FORMEEL,
                     "2025-12-31T23:59", OK_ACTIVITY_STATUS_PLANNED, 0);

  mark (store, a1, p[1], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a1, p[3], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a1, p[9], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a1, p[4], OK_ATTENDANCE_STATUS_EXCUSED);
  mark (store, a1, p[8], OK_ATTENDANCE_STATUS_NO_SHOW);
  mark (store, a2, p[1], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a2, p[2], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a2, p[6], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a2, p[5], OK_ATTENDANCE_STATUS_REGISTERED);
  mark (store, a3, p[4], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a3, p[8], OK_ATTENDANCE_STATUS_PRESENT);
  cancel (store, a3);
  mark (store, a4, p[5], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a4, p[3], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a5, p[4], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a5, p[8], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a6, p[6], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a6, p[4], OK_ATTENDANCE_STATUS_PRESENT);
  mark (store, a7, p[1], OK_ATTENDANCE_STATUS_REGISTERED);

  fx->activity[1] = a1;
  fx->activity[2] = a2;
  fx->activity[3] = a3;
  fx->activity[4] = a4;
  fx->activity[5] = a5;
  fx->activity[6] = a6;
  fx->activity[7] = a7;

  message (store, a1, f[1], p[1], OK_CHANNEL_WHATSAPP, "tr", "theme-meeting-invitation");
  message (store, a1, f[1], p[1], OK_CHANNEL_WHATSAPP, "tr", "reminder");
  message (store, a1, f[2], p[3], OK_CHANNEL_WHATSAPP, "ar", "theme-meeting-invitation");
  message (store, a1, f[3], p[4], OK_CHANNEL_EMAIL, "nl", "theme-meeting-invitation");
  message (store, a1, f[7], p[8], OK_CHANNEL_LETTER, "nl", "theme-meeting-invitation");
  message (store, a1, f[7], p[8], OK_CHANNEL_SMS, "nl", "reminder");
  message (store, a2, f[4], p[5], OK_CHANNEL_PHONE, NULL, "coffee-morning-invitation");
  message (store, a2, f[5], p[6], OK_CHANNEL_WHATSAPP, "pl", "coffee-morning-invitation");
  message (store, a2, f[1], p[1], OK_CHANNEL_WHATSAPP, "tr", "thank-you");
  message (store, a3, f[3], p[4], OK_CHANNEL_EMAIL, "nl", "theme-meeting-invitation");
  message (store, a4, f[4], p[5], OK_CHANNEL_PHONE, NULL, "reminder");
  message (store, a5, f[3], p[4], OK_CHANNEL_EMAIL, "nl", "coffee-morning-invitation");
  message (store, 0, f[3], p[4], OK_CHANNEL_PHONE, NULL, NULL);

  ok_school_set_name (school_b, "OBS Het Anker");
  ok_store_school_insert (store, school_b, &error);
  g_assert_no_error (error);
  fx->school_b = ok_school_get_id (school_b);

  ok_store_set_school_id (store, fx->school_b);
  f[8] = add_family (store, "Jansen", nl);
  f[9] = add_family (store, "Ahmadi", fa);
  add_child (store, f[8], "Noor", "Jansen", "4", "2020-08-15", NULL);
  add_child (store, f[9], "Parisa", "Ahmadi", "4", "2023-08-15", NULL);
  p[10] = add_parent (store, f[8], "Kees Jansen");
  p[11] = add_parent (store, f[9], "Zahra Ahmadi");
  b1 = add_activity (store, OK_ACTIVITY_KIND_THEME_MEETING, OK_PARTNERSHIP_PEDAGOGISCH,
                     "2026-02-20T19:00", OK_ACTIVITY_STATUS_HELD, 10);
  mark (store, b1, p[10], OK_ATTENDANCE_STATUS_PRESENT);
  fx->activity_b1 = b1;
  message (store, b1, f[8], p[10], OK_CHANNEL_EMAIL, "nl", "theme-meeting-invitation");
  message (store, b1, f[9], p[11], OK_CHANNEL_WHATSAPP, "fa", "theme-meeting-invitation");
  ok_store_set_school_id (store, fx->school_a);

  ok_store_commit (store, &error);
  g_assert_no_error (error);
}

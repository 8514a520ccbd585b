/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The quarterly overview against figures worked out by hand (see
 * report-fixture.c), on SQLite and PostgreSQL. */
#include "config.h"

#include <string.h>

#include "ok-report.h"
#include "ok-test-util.h"
#include "report-fixture.h"

static OkReportPeriod
period (const char *text)
{
  OkReportPeriod p;
  g_autoptr(GError) error = NULL;

  ok_report_period_parse (text, &p, &error);
  g_assert_no_error (error);
  return p;
}

static OkQuarterReport *
compute (OkStore       *store,
         const char    *text,
         gint64         school_id,
         OkReportFlags  flags)
{
  OkReportPeriod p = period (text);
  g_autoptr(GError) error = NULL;
  OkQuarterReport *report;

  report = ok_quarter_report_compute (store, &p, school_id, flags, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
assert_figures (const OkReportFigures *f,
                gint64                 activities,
                gint64                 attendances,
                gint64                 guests,
                gint64                 parents,
                gint64                 reached,
                gint64                 active,
                int                    reach_tenths)
{
  g_assert_cmpint (f->activities, ==, activities);
  g_assert_cmpint (f->attendances, ==, attendances);
  g_assert_cmpint (f->unnamed_guests, ==, guests);
  g_assert_cmpint (f->parents_reached, ==, parents);
  g_assert_cmpint (f->families_reached, ==, reached);
  g_assert_cmpint (f->active_families, ==, active);
  g_assert_cmpint (ok_report_figures_reach_tenths (f), ==, reach_tenths);
}

static gint64
count_of (GArray     *counts,
          const char *key)
{
  for (guint i = 0; i < counts->len; i++)
    if (g_str_equal (g_array_index (counts, OkReportCount, i).key, key))
      return g_array_index (counts, OkReportCount, i).count;
  g_assert_not_reached ();
}

/* "key:active/reached,…" in the report's order. */
static char *
reach_text (GArray *reach)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < reach->len; i++)
    {
      OkReportReach *r = &g_array_index (reach, OkReportReach, i);

      g_string_append_printf (s, "%s%s:%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                              i > 0 ? "," : "", r->key, r->active_families, r->families_reached);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
assert_not_reached (OkQuarterReport *report,
                    gint64           first,
                    ...)
{
  va_list args;
  guint i = 0;

  va_start (args, first);
  for (gint64 id = first; id != 0; id = va_arg (args, gint64), i++)
    {
      g_assert_cmpuint (i, <, report->not_reached->len);
      g_assert_cmpint (g_array_index (report->not_reached, OkReportFamily, i).id, ==, id);
    }
  va_end (args);
  g_assert_cmpuint (report->not_reached->len, ==, i);
}

/* Periods, without a database */

static void
test_period_parse (void)
{
  OkReportPeriod p, q;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *label = NULL;
  const char *invalid[] = { "", "2026", "2026-Q0", "2026-Q5", "2026-Q12", "26-Q1", "2026-2028",
                            "2026-2025", "2026-Q1x", "2026/Q1", " 2026-Q1", NULL };

  p = period ("2026-Q1");
  g_assert_cmpint (p.kind, ==, OK_REPORT_PERIOD_QUARTER);
  from = ok_report_period_first_day (&p);
  to = ok_report_period_last_day (&p);
  g_assert_cmpstr (from, ==, "2026-01-01");
  g_assert_cmpstr (to, ==, "2026-03-31");

  ok_report_period_previous (&p, &q);
  label = ok_report_period_to_string (&q);
  g_assert_cmpstr (label, ==, "2025-Q4");
  g_clear_pointer (&label, g_free);
  g_clear_pointer (&to, g_free);
  to = ok_report_period_last_day (&q);
  g_assert_cmpstr (to, ==, "2025-12-31");

  p = period ("2028-q1");
  ok_report_period_previous (&p, &q);
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);
  from = ok_report_period_first_day (&q);
  to = ok_report_period_last_day (&q);
  g_assert_cmpstr (from, ==, "2027-10-01");
  g_assert_cmpstr (to, ==, "2027-12-31");

  p = period ("2026-2027");
  g_assert_cmpint (p.kind, ==, OK_REPORT_PERIOD_SCHOOL_YEAR);
  g_clear_pointer (&from, g_free);
  g_clear_pointer (&to, g_free);
  from = ok_report_period_first_day (&p);
  to = ok_report_period_last_day (&p);
  g_assert_cmpstr (from, ==, "2026-08-01");
  g_assert_cmpstr (to, ==, "2027-07-31");
  ok_report_period_next (&p, &q);
  label = ok_report_period_to_string (&q);
  g_assert_cmpstr (label, ==, "2027-2028");

  for (guint i = 0; invalid[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ok_report_period_parse (invalid[i], &p, &error));
      g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
    }
}

static void
test_period_containing (void)
{
  struct { int d, m, y; OkReportPeriodKind kind; const char *expected; } cases[] = {
    { 1, 1, 2026, OK_REPORT_PERIOD_QUARTER, "2026-Q1" },
    { 31, 3, 2026, OK_REPORT_PERIOD_QUARTER, "2026-Q1" },
    { 1, 4, 2026, OK_REPORT_PERIOD_QUARTER, "2026-Q2" },
    { 31, 12, 2026, OK_REPORT_PERIOD_QUARTER, "2026-Q4" },
    { 31, 7, 2026, OK_REPORT_PERIOD_SCHOOL_YEAR, "2025-2026" },
    { 1, 8, 2026, OK_REPORT_PERIOD_SCHOOL_YEAR, "2026-2027" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (cases[i].d, cases[i].m, cases[i].y);
      g_autofree char *label = NULL;
      OkReportPeriod p;

      ok_report_period_containing (cases[i].kind, date, &p);
      label = ok_report_period_to_string (&p);
      g_assert_cmpstr (label, ==, cases[i].expected);
    }
}

static void
test_reach_rounding (void)
{
  OkReportFigures f = { 0, };

  g_assert_cmpint (ok_report_figures_reach_tenths (&f), ==, 0);
  f.active_families = 3, f.families_reached = 1;
  g_assert_cmpint (ok_report_figures_reach_tenths (&f), ==, 333);
  f.families_reached = 2;
  g_assert_cmpint (ok_report_figures_reach_tenths (&f), ==, 667);
  f.active_families = 8, f.families_reached = 1;
  g_assert_cmpint (ok_report_figures_reach_tenths (&f), ==, 125);
  f.active_families = 2000, f.families_reached = 1;  /* 0.05 rounds up */
  g_assert_cmpint (ok_report_figures_reach_tenths (&f), ==, 1);
  f.active_families = 7, f.families_reached = 7;
  g_assert_cmpint (ok_report_figures_reach_tenths (&f), ==, 1000);
}

/* Runs before any other label is made: the interface language is looked
 * up once per process. */
static void
test_labels (void)
{
  g_autofree char *arabic = NULL;
  g_autofree char *tamazight = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *group = NULL;
  g_autofree char *no_group = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *partnership = NULL;
  g_autofree char *month = NULL;

  g_setenv ("LANGUAGE", "nl", TRUE);
  arabic = ok_report_label (OK_REPORT_BY_LANGUAGE, "ar");
  g_unsetenv ("LANGUAGE");
  g_assert_cmpstr (arabic, ==, "Arabisch");
  /* A code without a name in the data stays a code. */
  tamazight = ok_report_label (OK_REPORT_BY_LANGUAGE, "zgh");
  g_assert_cmpstr (tamazight, ==, "zgh");
  unknown = ok_report_label (OK_REPORT_BY_LANGUAGE, "und");
  g_assert_cmpstr (unknown, ==, "Unknown");
  group = ok_report_label (OK_REPORT_BY_GROUP, "7");
  g_assert_cmpstr (group, ==, "Group 7");
  no_group = ok_report_label (OK_REPORT_BY_GROUP, "");
  g_assert_cmpstr (no_group, ==, "No group");
  kind = ok_report_label (OK_REPORT_BY_TYPE, "coffee-morning");
  g_assert_cmpstr (kind, ==, "Coffee morning");
  partnership = ok_report_label (OK_REPORT_BY_PARTNERSHIP, "none");
  g_assert_cmpstr (partnership, ==, "None");
  month = ok_report_label (OK_REPORT_BY_MONTH, "2026-03");
  g_assert_cmpstr (month, ==, "Mar");
}

/* Figures on the fixture */

static void
test_school_quarter (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *languages = NULL;

  report_fixture_build (store, &fx);
  report = compute (store, "2026-Q1", 0, OK_REPORT_FLAGS_NONE);

  g_assert_cmpint (report->school_id, ==, fx.school_a);
  g_assert_cmpstr (report->school_name, ==, "Basisschool De Regenboog");
  assert_figures (&report->figures, 3, 8, 6, 6, 3, 5, 600);

  g_assert_cmpint (count_of (report->by_type, "theme-meeting"), ==, 1);
  g_assert_cmpint (count_of (report->by_type, "coffee-morning"), ==, 1);
  g_assert_cmpint (count_of (report->by_type, "walk-in"), ==, 1);
  g_assert_cmpint (count_of (report->by_type, "course-session"), ==, 0);
  g_assert_cmpint (count_of (report->by_type, "home-visit"), ==, 0);
  g_assert_cmpint (count_of (report->by_type, "other"), ==, 0);
  g_assert_cmpint (count_of (report->by_partnership, "pedagogisch"), ==, 1);
  g_assert_cmpint (count_of (report->by_partnership, "informeel"), ==, 1);
  g_assert_cmpint (count_of (report->by_partnership, "didactisch"), ==, 0);
  g_assert_cmpint (count_of (report->by_partnership, "none"), ==, 1);
  g_assert_cmpuint (report->by_partnership->len, ==, 6);

  g_assert_cmpuint (report->by_month->len, ==, 3);
  g_assert_cmpint (count_of (report->by_month, "2026-01"), ==, 3);
  g_assert_cmpint (count_of (report->by_month, "2026-02"), ==, 3);
  g_assert_cmpint (count_of (report->by_month, "2026-03"), ==, 2);

  groups = reach_text (report->by_group);
  g_assert_cmpstr (groups, ==, "1:1/0,3:2/2,5:1/0,7:2/2");
  languages = reach_text (report->by_language);
  g_assert_cmpstr (languages, ==, "nl:2/0,ar:1/1,tr:1/1,und:1/1");

  assert_not_reached (report, fx.family[3], fx.family[7], (gint64) 0);
  g_assert_null (g_array_index (report->not_reached, OkReportFamily, 0).name);
  g_assert_cmpstr (g_array_index (report->not_reached, OkReportFamily, 0).language, ==, "nl");
  g_assert_cmpint (report->not_reached->len, ==,
                   report->figures.active_families - report->figures.families_reached);

  /* The previous quarter: A7 on 31 December 23:59 is still in it. */
  g_assert_cmpint (report->previous_period.year, ==, 2025);
  g_assert_cmpint (report->previous_period.quarter, ==, 4);
  assert_figures (&report->previous, 2, 2, 0, 2, 2, 5, 400);
}

static void
test_other_school (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autofree char *groups = NULL;

  report_fixture_build (store, &fx);
  report = compute (store, "2026-Q1", fx.school_b, OK_REPORT_FLAGS_NONE);

  g_assert_cmpstr (report->school_name, ==, "OBS Het Anker");
  assert_figures (&report->figures, 1, 1, 10, 1, 1, 2, 500);
  assert_figures (&report->previous, 0, 0, 0, 0, 0, 2, 0);
  groups = reach_text (report->by_group);
  g_assert_cmpstr (groups, ==, "4:2/1");
  assert_not_reached (report, fx.family[9], (gint64) 0);
}

static void
test_board (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autofree char *groups = NULL;
  g_autofree char *languages = NULL;

  report_fixture_build (store, &fx);
  report = compute (store, "2026-Q1", 0, OK_REPORT_ALL_SCHOOLS);

  g_assert_cmpint (report->school_id, ==, 0);
  assert_figures (&report->figures, 4, 9, 16, 7, 4, 7, 571);
  assert_figures (&report->previous, 2, 2, 0, 2, 2, 7, 286);
  g_assert_cmpint (count_of (report->by_type, "theme-meeting"), ==, 2);
  g_assert_cmpint (count_of (report->by_partnership, "pedagogisch"), ==, 2);
  g_assert_cmpint (count_of (report->by_month, "2026-02"), ==, 4);
  groups = reach_text (report->by_group);
  g_assert_cmpstr (groups, ==, "1:1/0,3:2/2,4:2/1,5:1/0,7:2/2");
  languages = reach_text (report->by_language);
  g_assert_cmpstr (languages, ==, "nl:3/1,ar:1/1,fa:1/0,tr:1/1,und:1/1");
  assert_not_reached (report, fx.family[3], fx.family[7], fx.family[9], (gint64) 0);
}

static void
test_empty_quarter (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) before = NULL;
  g_autoptr(OkQuarterReport) empty = NULL;
  g_autofree char *groups = NULL;
  g_autoptr(GError) error = NULL;
  OkReportPeriod p = period ("2010-Q1");

  /* A database with no data at all. */
  empty = ok_quarter_report_compute (store, &p, 0, OK_REPORT_FLAGS_NONE, NULL, &error);
  g_assert_no_error (error);
  assert_figures (&empty->figures, 0, 0, 0, 0, 0, 0, 0);
  g_assert_cmpuint (empty->by_group->len, ==, 0);
  g_assert_cmpuint (empty->by_language->len, ==, 0);
  g_assert_cmpuint (empty->not_reached->len, ==, 0);
  g_assert_cmpuint (empty->by_month->len, ==, 3);
  g_assert_cmpint (count_of (empty->by_month, "2010-02"), ==, 0);

  /* Families but no activities: nobody reached. */
  report_fixture_build (store, &fx);
  before = compute (store, "2024-Q1", 0, OK_REPORT_FLAGS_NONE);
  assert_figures (&before->figures, 0, 0, 0, 0, 0, 4, 0);
  groups = reach_text (before->by_group);
  g_assert_cmpstr (groups, ==, "3:2/0,5:2/0,7:1/0");
  assert_not_reached (before, fx.family[1], fx.family[2], fx.family[3], fx.family[5], (gint64) 0);
}

static void
test_school_year (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autofree char *groups = NULL;

  report_fixture_build (store, &fx);
  report = compute (store, "2025-2026", 0, OK_REPORT_FLAGS_NONE);

  assert_figures (&report->figures, 6, 12, 10, 8, 6, 7, 857);
  g_assert_cmpuint (report->by_month->len, ==, 12);
  g_assert_cmpstr (g_array_index (report->by_month, OkReportCount, 0).key, ==, "2025-08");
  g_assert_cmpint (count_of (report->by_month, "2025-11"), ==, 2);
  g_assert_cmpint (count_of (report->by_month, "2025-12"), ==, 0);
  g_assert_cmpint (count_of (report->by_month, "2026-04"), ==, 2);
  g_assert_cmpstr (g_array_index (report->by_month, OkReportCount, 11).key, ==, "2026-07");
  /* F6's child has no group; it sorts last. */
  groups = reach_text (report->by_group);
  g_assert_cmpstr (groups, ==, "1:1/1,3:2/2,5:2/2,7:2/2,:1/0");
  assert_not_reached (report, fx.family[6], (gint64) 0);
  g_assert_cmpint (report->previous_period.year, ==, 2024);
  assert_figures (&report->previous, 0, 0, 0, 0, 0, 4, 0);
}

static void
test_names_only_when_asked (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) plain = NULL;
  g_autoptr(OkQuarterReport) named = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *named_json = NULL;
  g_autofree char *named_csv = NULL;

  report_fixture_build (store, &fx);
  plain = compute (store, "2026-Q1", 0, OK_REPORT_ALL_SCHOOLS);
  named = compute (store, "2026-Q1", 0, OK_REPORT_ALL_SCHOOLS | OK_REPORT_WITH_NAMES);

  json = ok_quarter_report_to_json_text (plain, TRUE);
  csv = ok_quarter_report_to_csv (plain, TRUE);
  for (guint i = 0; report_fixture_names[i] != NULL; i++)
    {
      g_assert_null (strstr (json, report_fixture_names[i]));
      g_assert_null (strstr (csv, report_fixture_names[i]));
    }

  g_assert_cmpstr (g_array_index (named->not_reached, OkReportFamily, 0).name, ==, "De Vries");
  g_assert_cmpstr (g_array_index (named->not_reached, OkReportFamily, 2).name, ==, "Ahmadi");
  named_json = ok_quarter_report_to_json_text (named, TRUE);
  named_csv = ok_quarter_report_to_csv (named, TRUE);
  g_assert_nonnull (strstr (named_json, "\"name\" : \"Bakker\""));
  g_assert_nonnull (strstr (named_csv, ",Bakker\r\n"));
  /* Parents' and children's names are never part of the report. */
  g_assert_null (strstr (named_json, "Joris"));
  g_assert_null (strstr (named_json, "Lotte"));

  /* A report made with names still leaves them out unless asked. */
  g_clear_pointer (&named_json, g_free);
  g_clear_pointer (&named_csv, g_free);
  named_json = ok_quarter_report_to_json_text (named, FALSE);
  named_csv = ok_quarter_report_to_csv (named, FALSE);
  for (guint i = 0; report_fixture_names[i] != NULL; i++)
    {
      g_assert_null (strstr (named_json, report_fixture_names[i]));
      g_assert_null (strstr (named_csv, report_fixture_names[i]));
    }
}

static void
assert_members (JsonObject         *object,
                const char * const *expected)
{
  g_autoptr(GList) members = json_object_get_members (object);
  guint i = 0;

  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, expected[i]);
  g_assert_null (expected[i]);
}

static void
test_json (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  const char * const top[] = { "quarter", "from", "to", "activities", "attendances",
                               "unnamed_guests", "parents_reached", "families_reached",
                               "active_families", "reach_percent", "by_group", "by_language",
                               "invitations", "not_reached", "previous", NULL };
  const char * const activities[] = { "total", "by_type", "by_partnership", NULL };
  const char * const group[] = { "group", "active_families", "families_reached", NULL };
  const char * const language[] = { "language", "active_families", "families_reached", NULL };
  const char * const not_reached[] = { "count", "families", NULL };
  const char * const family[] = { "id", NULL };
  const char * const previous[] = { "quarter", "from", "to", "activities", "attendances",
                                    "unnamed_guests", "parents_reached", "families_reached",
                                    "active_families", "reach_percent", NULL };
  JsonObject *root, *o;

  report_fixture_build (store, &fx);
  report = compute (store, "2026-Q1", 0, OK_REPORT_ALL_SCHOOLS);
  text = ok_quarter_report_to_json_text (report, FALSE);

  /* A person reads the file too: 57.1, not 57.100000000000001. */
  g_assert_nonnull (strstr (text, "\"reach_percent\" : 57.1,"));
  g_assert_nonnull (strstr (text, "\"reach_percent\" : 28.6\n"));

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  assert_members (root, top);
  g_assert_cmpstr (json_object_get_string_member (root, "quarter"), ==, "2026-Q1");
  g_assert_cmpstr (json_object_get_string_member (root, "from"), ==, "2026-01-01");
  g_assert_cmpstr (json_object_get_string_member (root, "to"), ==, "2026-03-31");
  g_assert_cmpint (json_object_get_int_member (root, "attendances"), ==, 9);
  g_assert_cmpint (json_object_get_int_member (root, "unnamed_guests"), ==, 16);
  g_assert_cmpint (json_object_get_int_member (root, "parents_reached"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (root, "families_reached"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (root, "active_families"), ==, 7);
  g_assert_cmpfloat (json_object_get_double_member (root, "reach_percent"), ==, 57.1);

  o = json_object_get_object_member (root, "activities");
  assert_members (o, activities);
  g_assert_cmpint (json_object_get_int_member (o, "total"), ==, 4);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (o, "by_type"),
                                               "theme-meeting"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (o, "by_partnership"),
                                               "none"), ==, 1);

  o = json_array_get_object_element (json_object_get_array_member (root, "by_group"), 2);
  assert_members (o, group);
  g_assert_cmpstr (json_object_get_string_member (o, "group"), ==, "4");
  g_assert_cmpint (json_object_get_int_member (o, "active_families"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (o, "families_reached"), ==, 1);
  o = json_array_get_object_element (json_object_get_array_member (root, "by_language"), 0);
  assert_members (o, language);
  g_assert_cmpstr (json_object_get_string_member (o, "language"), ==, "nl");

  o = json_object_get_object_member (root, "not_reached");
  assert_members (o, not_reached);
  g_assert_cmpint (json_object_get_int_member (o, "count"), ==, 3);
  o = json_array_get_object_element (json_object_get_array_member (o, "families"), 2);
  assert_members (o, family);
  g_assert_cmpint (json_object_get_int_member (o, "id"), ==, fx.family[9]);

  o = json_object_get_object_member (root, "previous");
  assert_members (o, previous);
  g_assert_cmpstr (json_object_get_string_member (o, "quarter"), ==, "2025-Q4");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (o, "activities"),
                                               "total"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (o, "active_families"), ==, 7);
}

static void
test_json_no_group (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *groups;
  JsonObject *last;

  report_fixture_build (store, &fx);
  report = compute (store, "2025-2026", 0, OK_REPORT_FLAGS_NONE);
  root = ok_quarter_report_to_json (report, FALSE);
  groups = json_object_get_array_member (json_node_get_object (root), "by_group");
  last = json_array_get_object_element (groups, json_array_get_length (groups) - 1);
  g_assert_true (json_object_get_null_member (last, "group"));
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "quarter"), ==,
                   "2025-2026");
}

static void
test_csv (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *expected_not_reached = NULL;

  report_fixture_build (store, &fx);
  report = compute (store, "2026-Q1", 0, OK_REPORT_FLAGS_NONE);
  csv = ok_quarter_report_to_csv (report, FALSE);

  g_assert_true (g_str_has_suffix (csv, "\r\n"));
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "section,key,value,families_reached,name");
  g_assert_cmpstr (lines[1], ==, "school,name,Basisschool De Regenboog,,");
  g_assert_true (g_strv_contains ((const char * const *) lines, "figures,quarter,2026-Q1,,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "figures,attendances,8,,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "figures,reach_percent,60.0,,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "previous,quarter,2025-Q4,,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "previous,reach_percent,40.0,,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "by_type,walk-in,1,,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "by_partnership,none,1,,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "by_month,2026-03,2,,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "by_group,7,2,2,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "by_language,und,1,1,"));
  expected_not_reached = g_strdup_printf ("not_reached,%" G_GINT64_FORMAT ",nl,,", fx.family[7]);
  g_assert_true (g_strv_contains ((const char * const *) lines, expected_not_reached));
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    g_assert_null (strchr (lines[i], '\n'));
}

static void
compute_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_async (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autoptr(GError) error = NULL;
  OkReportPeriod p = period ("2026-Q1");

  report_fixture_build (store, &fx);
  ok_quarter_report_compute_async (store, &p, 0, OK_REPORT_FLAGS_NONE, NULL,
                                   compute_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  report = ok_quarter_report_compute_finish (result, &error);
  g_assert_no_error (error);
  assert_figures (&report->figures, 3, 8, 6, 6, 3, 5, 600);
}

static void
test_cancelled (OkStore *store)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autoptr(GError) error = NULL;
  OkReportPeriod p = period ("2026-Q1");

  g_cancellable_cancel (cancellable);
  report = ok_quarter_report_compute (store, &p, 0, OK_REPORT_FLAGS_NONE, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (report);
  g_assert_false (ok_store_in_transaction (store));
  g_clear_error (&error);

  ok_quarter_report_compute_async (store, &p, 0, OK_REPORT_FLAGS_NONE, cancellable,
                                   compute_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  report = ok_quarter_report_compute_finish (result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (report);
}

static void
test_unknown_school (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkQuarterReport) report = NULL;
  OkReportPeriod p = period ("2026-Q1");

  report = ok_quarter_report_compute (store, &p, 999, OK_REPORT_FLAGS_NONE, NULL, &error);
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
  g_assert_null (report);
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);

  g_test_add_func ("/report/labels", test_labels);
  g_test_add_func ("/report/period/parse", test_period_parse);
  g_test_add_func ("/report/period/containing", test_period_containing);
  g_test_add_func ("/report/reach-rounding", test_reach_rounding);
  ok_test_add_store_func ("/report/school-quarter", test_school_quarter);
  ok_test_add_store_func ("/report/other-school", test_other_school);
  ok_test_add_store_func ("/report/board", test_board);
  ok_test_add_store_func ("/report/empty-quarter", test_empty_quarter);
  ok_test_add_store_func ("/report/school-year", test_school_year);
  ok_test_add_store_func ("/report/names-only-when-asked", test_names_only_when_asked);
  ok_test_add_store_func ("/report/json", test_json);
  ok_test_add_store_func ("/report/json-no-group", test_json_no_group);
  ok_test_add_store_func ("/report/csv", test_csv);
  ok_test_add_store_func ("/report/async", test_async);
  ok_test_add_store_func ("/report/cancelled", test_cancelled);
  ok_test_add_store_func ("/report/unknown-school", test_unknown_school);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "ok-recurrence.h"
#include "ok-time.h"

static OkHolidays *national;

static OkRecurrence *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  OkRecurrence *rule = ok_recurrence_parse (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (rule);
  return rule;
}

static GPtrArray *
expand_ok (const char *text,
           const char *region)
{
  g_autoptr(OkRecurrence) rule = parse_ok (text);
  g_autoptr(GError) error = NULL;
  GPtrArray *occurrences = ok_recurrence_expand (rule, national, region, &error);

  g_assert_no_error (error);
  g_assert_nonnull (occurrences);
  return occurrences;
}

static char *
date_text (OkOccurrence *occurrence)
{
  return ok_date_format (ok_occurrence_get_date (occurrence));
}

static OkOccurrence *
find_on (GPtrArray  *occurrences,
         const char *text)
{
  for (guint i = 0; i < occurrences->len; i++)
    {
      OkOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      g_autofree char *date = date_text (occurrence);

      if (strcmp (date, text) == 0)
        return occurrence;
    }
  g_error ("No occurrence on %s", text);
}

static guint
count_held (GPtrArray *occurrences)
{
  guint held = 0;

  for (guint i = 0; i < occurrences->len; i++)
    if (!ok_occurrence_is_skipped (g_ptr_array_index (occurrences, i)))
      held++;
  return held;
}

static const char *
skipped_because (GPtrArray  *occurrences,
                 const char *date)
{
  OkHolidayPeriod *period = ok_occurrence_get_skipped_by (find_on (occurrences, date));

  return period != NULL ? ok_holiday_period_get_name (period) : NULL;
}

static void
test_round_trip (void)
{
  static const struct {
    const char *text;
    const char *canonical;
  } cases[] = {
    { "WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER;SKIP=HOLIDAYS", NULL },
    { "WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR;TIME=19:00-21:00;FROM=2026-09-07;UNTIL=2027-06-30;SKIP=NONE", NULL },
    { " weekly ; byday = th, tu ; time=08:30-09:30; from=2026-09-01 ; until=summer;interval=1;", 
      "WEEKLY;BYDAY=TU,TH;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER;SKIP=HOLIDAYS" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OkRecurrence) rule = parse_ok (cases[i].text);
      g_autofree char *text = ok_recurrence_to_string (rule);
      g_autoptr(OkRecurrence) again = parse_ok (text);
      g_autofree char *text_again = ok_recurrence_to_string (again);

      g_assert_cmpstr (text, ==, cases[i].canonical != NULL ? cases[i].canonical : cases[i].text);
      g_assert_cmpstr (text_again, ==, text);
    }
}

static void
test_built_rule_serialises (void)
{
  g_autoptr(OkRecurrence) rule = ok_recurrence_new ();
  g_autoptr(OkRecurrence) parsed = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  ok_recurrence_set_weekdays (rule, OK_WEEKDAY_BIT (G_DATE_WEDNESDAY));
  ok_recurrence_set_interval (rule, 3);
  ok_recurrence_set_start_time (rule, "13:15");
  ok_recurrence_set_end_time (rule, "14:00");
  ok_recurrence_set_first_date (rule, "2026-09-02");
  ok_recurrence_set_last_date (rule, "2026-12-16");
  ok_recurrence_set_skip_holidays (rule, FALSE);
  g_assert_true (ok_recurrence_validate (rule, &error));
  g_assert_no_error (error);

  text = ok_recurrence_to_string (rule);
  g_assert_cmpstr (text, ==, "WEEKLY;INTERVAL=3;BYDAY=WE;TIME=13:15-14:00;FROM=2026-09-02;UNTIL=2026-12-16;SKIP=NONE");
  parsed = parse_ok (text);
  g_assert_cmpuint (ok_recurrence_get_weekdays (parsed), ==, OK_WEEKDAY_BIT (G_DATE_WEDNESDAY));
  g_assert_cmpuint (ok_recurrence_get_interval (parsed), ==, 3);
  g_assert_cmpstr (ok_recurrence_get_start_time (parsed), ==, "13:15");
  g_assert_cmpstr (ok_recurrence_get_end_time (parsed), ==, "14:00");
  g_assert_cmpstr (ok_recurrence_get_first_date (parsed), ==, "2026-09-02");
  g_assert_cmpstr (ok_recurrence_get_last_date (parsed), ==, "2026-12-16");
  g_assert_false (ok_recurrence_get_until_summer (parsed));
  g_assert_false (ok_recurrence_get_skip_holidays (parsed));
}

static void
test_parse_errors (void)
{
  static const struct {
    const char *text;
    int code;
    const char *expected;
  } cases[] = {
    { "", OK_RECURRENCE_ERROR_PARSE, "The rule is empty" },
    { "DAILY;BYDAY=TU", OK_RECURRENCE_ERROR_PARSE, "must start with WEEKLY, not “DAILY”" },
    { "WEEKLY;BYDAY=TU,XX;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER", OK_RECURRENCE_ERROR_PARSE, "Unknown day “XX”" },
    { "WEEKLY;BYDAY=TU;INTERVAL=0;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER", OK_RECURRENCE_ERROR_PARSE, "from 1 to 52, not “0”" },
    { "WEEKLY;BYDAY=TU;TIME=8:30-9:30;FROM=2026-09-01;UNTIL=SUMMER", OK_RECURRENCE_ERROR_PARSE, "“8:30-9:30” in the rule is not of the form HH:MM-HH:MM" },
    { "WEEKLY;BYDAY=TU;TIME=09:30-08:30;FROM=2026-09-01;UNTIL=SUMMER", OK_RECURRENCE_ERROR_INVALID, "end time 08:30 must be later than the start time 09:30" },
    { "WEEKLY;BYDAY=TU;TIME=08:30-09:30;UNTIL=SUMMER", OK_RECURRENCE_ERROR_PARSE, "no FROM part" },
    { "WEEKLY;BYDAY=TU;BYDAY=WE;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER", OK_RECURRENCE_ERROR_PARSE, "BYDAY appears twice" },
    { "WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER;COUNT=10", OK_RECURRENCE_ERROR_PARSE, "Unknown part “COUNT”" },
    { "WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-02-30;UNTIL=SUMMER", OK_RECURRENCE_ERROR_PARSE, "start “2026-02-30” in the rule is not a date" },
    { "WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=zomer", OK_RECURRENCE_ERROR_PARSE, "end “zomer” in the rule is not a date (YYYY-MM-DD) or SUMMER" },
    { "WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=2026-08-01", OK_RECURRENCE_ERROR_INVALID, "ends on 2026-08-01, before its first date 2026-09-01" },
    { "WEEKLY;BYDAY;TIME=08:30-09:30", OK_RECURRENCE_ERROR_PARSE, "“BYDAY” in the rule is not of the form NAME=VALUE" },
    { "WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER;SKIP=WEEKENDS", OK_RECURRENCE_ERROR_PARSE, "HOLIDAYS or NONE, not “WEEKENDS”" },
    { "WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=2030-09-01", OK_RECURRENCE_ERROR_INVALID, "at most three years" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OkRecurrence) rule = ok_recurrence_parse (cases[i].text, &error);

      g_assert_null (rule);
      g_assert_error (error, OK_RECURRENCE_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].expected) == NULL)
        g_error ("“%s”: “%s” does not say “%s”", cases[i].text, error->message, cases[i].expected);
    }
}

/* The weekly coffee morning of a Rotterdam school, every Tuesday from the
 * first school week until the summer holiday. */
static void
test_school_year_series (void)
{
  g_autoptr(GPtrArray) occurrences =
    expand_ok ("WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER;SKIP=HOLIDAYS", "midden");
  g_autoptr(OkRecurrence) rule =
    parse_ok ("WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER;SKIP=HOLIDAYS");
  g_autoptr(GError) error = NULL;
  g_autofree char *first = date_text (g_ptr_array_index (occurrences, 0));
  g_autofree char *last = date_text (g_ptr_array_index (occurrences, occurrences->len - 1));
  g_autofree char *last_date = ok_recurrence_resolve_last_date (rule, national, "midden", &error);
  g_autofree char *starts = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (last_date, ==, "2027-07-16");
  g_assert_cmpuint (occurrences->len, ==, 46);
  g_assert_cmpuint (count_held (occurrences), ==, 40);
  g_assert_cmpstr (first, ==, "2026-09-01");
  g_assert_cmpstr (last, ==, "2027-07-13");

  g_assert_cmpstr (skipped_because (occurrences, "2026-10-13"), ==, NULL);
  g_assert_cmpstr (skipped_because (occurrences, "2026-10-20"), ==, "Herfstvakantie");
  g_assert_cmpstr (skipped_because (occurrences, "2026-10-27"), ==, NULL);
  g_assert_cmpstr (skipped_because (occurrences, "2027-02-23"), ==, "Voorjaarsvakantie");
  g_assert_cmpstr (skipped_because (occurrences, "2027-04-27"), ==, "Meivakantie (tweede week)");
  g_assert_cmpstr (skipped_because (occurrences, "2027-05-04"), ==, "Meivakantie");

  starts = ok_time_format_local (ok_occurrence_get_starts_at (find_on (occurrences, "2026-09-08")));
  g_assert_cmpstr (starts, ==, "2026-09-08T08:30");
}

/* The Christmas holiday runs from December into January: both years'
 * dates are skipped, the weeks around it are not. */
static void
test_christmas_spans_new_year (void)
{
  g_autoptr(GPtrArray) occurrences =
    expand_ok ("WEEKLY;BYDAY=MO,WE,FR;TIME=13:00-14:00;FROM=2026-12-14;UNTIL=2027-01-15;SKIP=HOLIDAYS", "zuid");
  const char *skipped[] = {
    "2026-12-21", "2026-12-23", "2026-12-25", "2026-12-28", "2026-12-30", "2027-01-01",
  };
  const char *held[] = {
    "2026-12-14", "2026-12-16", "2026-12-18", "2027-01-04", "2027-01-06", "2027-01-08",
    "2027-01-11", "2027-01-13", "2027-01-15",
  };

  g_assert_cmpuint (occurrences->len, ==, G_N_ELEMENTS (skipped) + G_N_ELEMENTS (held));
  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    g_assert_cmpstr (skipped_because (occurrences, skipped[i]), ==, "Kerstvakantie");
  for (guint i = 0; i < G_N_ELEMENTS (held); i++)
    g_assert_false (ok_occurrence_is_skipped (find_on (occurrences, held[i])));
}

static void
test_regions_skip_different_weeks (void)
{
  const char *rule = "WEEKLY;BYDAY=MO,TU,WE,TH,FR;TIME=08:30-09:30;FROM=2026-10-12;UNTIL=2026-10-23;SKIP=HOLIDAYS";
  g_autoptr(GPtrArray) noord = expand_ok (rule, "noord");
  g_autoptr(GPtrArray) midden = expand_ok (rule, "midden");

  g_assert_cmpuint (noord->len, ==, 10);
  g_assert_cmpuint (midden->len, ==, 10);
  for (guint i = 0; i < 10; i++)
    {
      gboolean first_week = i < 5;

      g_assert_cmpint (ok_occurrence_is_skipped (g_ptr_array_index (noord, i)), ==, first_week);
      g_assert_cmpint (ok_occurrence_is_skipped (g_ptr_array_index (midden, i)), ==, !first_week);
    }
}

static void
test_every_other_week (void)
{
  g_autoptr(GPtrArray) two_days =
    expand_ok ("WEEKLY;INTERVAL=2;BYDAY=TU,TH;TIME=19:00-21:00;FROM=2026-09-01;UNTIL=2026-09-30;SKIP=NONE", NULL);
  g_autoptr(GPtrArray) from_thursday =
    expand_ok ("WEEKLY;INTERVAL=2;BYDAY=TU;TIME=19:00-21:00;FROM=2026-09-03;UNTIL=2026-10-31;SKIP=NONE", NULL);
  const char *expected[] = { "2026-09-01", "2026-09-03", "2026-09-15", "2026-09-17", "2026-09-29" };
  const char *expected_tuesdays[] = { "2026-09-15", "2026-09-29", "2026-10-13", "2026-10-27" };

  g_assert_cmpuint (two_days->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < two_days->len; i++)
    {
      g_autofree char *text = date_text (g_ptr_array_index (two_days, i));

      g_assert_cmpstr (text, ==, expected[i]);
    }

  /* The weeks count from the week of the first date, even when its
   * Tuesday lies before it. */
  g_assert_cmpuint (from_thursday->len, ==, G_N_ELEMENTS (expected_tuesdays));
  for (guint i = 0; i < from_thursday->len; i++)
    {
      g_autofree char *text = date_text (g_ptr_array_index (from_thursday, i));

      g_assert_cmpstr (text, ==, expected_tuesdays[i]);
    }
}

static void
test_without_skipping (void)
{
  g_autoptr(GPtrArray) occurrences =
    expand_ok ("WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-10-13;UNTIL=2026-10-27;SKIP=NONE", "midden");

  g_assert_cmpuint (occurrences->len, ==, 3);
  g_assert_cmpuint (count_held (occurrences), ==, 3);
}

static void
test_needs_holidays (void)
{
  g_autoptr(OkRecurrence) until_summer =
    parse_ok ("WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER;SKIP=NONE");
  g_autoptr(OkRecurrence) skipping =
    parse_ok ("WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=2026-12-01;SKIP=HOLIDAYS");
  g_autoptr(OkRecurrence) too_late =
    parse_ok ("WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2028-08-01;UNTIL=SUMMER;SKIP=HOLIDAYS");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = NULL;

  none = ok_recurrence_expand (until_summer, NULL, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID);
  g_clear_error (&error);

  none = ok_recurrence_expand (skipping, national, NULL, &error);
  g_assert_null (none);
  g_assert_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID);
  g_clear_error (&error);

  none = ok_recurrence_expand (skipping, national, "west", &error);
  g_assert_null (none);
  g_assert_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“west”"));
  g_clear_error (&error);

  none = ok_recurrence_expand (too_late, national, "midden", &error);
  g_assert_null (none);
  g_assert_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "school year 2028-2029"));
}

static void
assert_local (OkOccurrence *occurrence,
              gboolean      start,
              const char   *expected_local,
              int           expected_offset_hours)
{
  GDateTime *time = start ? ok_occurrence_get_starts_at (occurrence) : ok_occurrence_get_ends_at (occurrence);
  g_autofree char *local = ok_time_format_local (time);

  g_assert_cmpstr (local, ==, expected_local);
  g_assert_cmpint (g_date_time_get_utc_offset (time), ==, expected_offset_hours * G_TIME_SPAN_HOUR);
}

/* Times are Dutch wall-clock times: 08:30 stays 08:30 when summer time
 * ends or begins, only the UTC offset changes. */
static void
test_dst_weeks (void)
{
  g_autoptr(GPtrArray) autumn =
    expand_ok ("WEEKLY;BYDAY=TU,SU;TIME=08:30-09:30;FROM=2026-10-20;UNTIL=2026-10-27;SKIP=NONE", NULL);
  g_autoptr(GPtrArray) spring =
    expand_ok ("WEEKLY;BYDAY=TU,SU;TIME=08:30-09:30;FROM=2027-03-23;UNTIL=2027-03-30;SKIP=NONE", NULL);
  g_autoptr(GPtrArray) gap =
    expand_ok ("WEEKLY;BYDAY=SU;TIME=02:30-04:00;FROM=2027-03-28;UNTIL=2027-03-28;SKIP=NONE", NULL);
  g_autoptr(GPtrArray) doubled =
    expand_ok ("WEEKLY;BYDAY=SU;TIME=02:30-03:00;FROM=2026-10-25;UNTIL=2026-10-25;SKIP=NONE", NULL);
  g_autoptr(GPtrArray) in_holiday =
    expand_ok ("WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-10-20;UNTIL=2026-10-27;SKIP=HOLIDAYS", "midden");
  OkOccurrence *occurrence;

  g_assert_cmpuint (autumn->len, ==, 3);
  assert_local (find_on (autumn, "2026-10-20"), TRUE, "2026-10-20T08:30", 2);
  assert_local (find_on (autumn, "2026-10-25"), TRUE, "2026-10-25T08:30", 1);
  assert_local (find_on (autumn, "2026-10-27"), TRUE, "2026-10-27T08:30", 1);
  assert_local (find_on (autumn, "2026-10-27"), FALSE, "2026-10-27T09:30", 1);

  g_assert_cmpuint (spring->len, ==, 3);
  assert_local (find_on (spring, "2027-03-23"), TRUE, "2027-03-23T08:30", 1);
  assert_local (find_on (spring, "2027-03-28"), TRUE, "2027-03-28T08:30", 2);
  assert_local (find_on (spring, "2027-03-30"), FALSE, "2027-03-30T09:30", 2);

  /* 02:30 does not exist on the spring day: it moves on by the lost hour. */
  occurrence = find_on (gap, "2027-03-28");
  assert_local (occurrence, TRUE, "2027-03-28T03:30", 2);
  assert_local (occurrence, FALSE, "2027-03-28T04:00", 2);

  /* 02:30 comes twice on the autumn day: the first, still summer time. */
  occurrence = find_on (doubled, "2026-10-25");
  assert_local (occurrence, TRUE, "2026-10-25T02:30", 2);
  assert_local (occurrence, FALSE, "2026-10-25T03:00", 1);
  g_assert_cmpint (g_date_time_difference (ok_occurrence_get_ends_at (occurrence),
                                           ok_occurrence_get_starts_at (occurrence)),
                   ==, 90 * G_TIME_SPAN_MINUTE);

  /* A skipped date still carries its times, for the UI to show. */
  occurrence = find_on (in_holiday, "2026-10-20");
  g_assert_true (ok_occurrence_is_skipped (occurrence));
  assert_local (occurrence, TRUE, "2026-10-20T08:30", 2);
}

static void
test_describe (void)
{
  g_autoptr(OkRecurrence) weekly =
    parse_ok ("WEEKLY;BYDAY=TU;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER");
  g_autoptr(OkRecurrence) fortnightly =
    parse_ok ("WEEKLY;INTERVAL=2;BYDAY=TU,TH;TIME=19:00-21:00;FROM=2026-09-01;UNTIL=SUMMER");
  g_autoptr(OkRecurrence) three_days =
    parse_ok ("WEEKLY;BYDAY=FR,MO,WE;TIME=08:30-09:00;FROM=2026-09-01;UNTIL=SUMMER");
  g_autofree char *a = ok_recurrence_describe (weekly);
  g_autofree char *b = ok_recurrence_describe (fortnightly);
  g_autofree char *c = ok_recurrence_describe (three_days);

  g_assert_cmpstr (a, ==, "Every Tuesday, 08:30–09:30");
  g_assert_cmpstr (b, ==, "Every 2 weeks on Tuesday and Thursday, 19:00–21:00");
  g_assert_cmpstr (c, ==, "Every Monday, Wednesday and Friday, 08:30–09:00");
}

static void
notified_cb (GObject    *object,
             GParamSpec *pspec,
             guint      *count)
{
  (*count)++;
}

static void
test_notify_once_per_change (void)
{
  g_autoptr(OkRecurrence) rule = ok_recurrence_new ();
  guint count = 0;

  g_signal_connect (rule, "notify::interval", G_CALLBACK (notified_cb), &count);
  ok_recurrence_set_interval (rule, 1);
  g_assert_cmpuint (count, ==, 0);
  ok_recurrence_set_interval (rule, 2);
  g_assert_cmpuint (count, ==, 1);
  g_object_set (rule, "interval", 2, NULL);
  g_assert_cmpuint (count, ==, 1);

  count = 0;
  g_signal_handlers_disconnect_by_func (rule, notified_cb, &count);
  g_signal_connect (rule, "notify::start-time", G_CALLBACK (notified_cb), &count);
  ok_recurrence_set_start_time (rule, "08:30");
  ok_recurrence_set_start_time (rule, "08:30");
  g_assert_cmpuint (count, ==, 1);
  g_assert_finalize_object (g_steal_pointer (&rule));
}

static void
test_validate_incomplete (void)
{
  g_autoptr(OkRecurrence) rule = ok_recurrence_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (ok_recurrence_validate (rule, &error));
  g_assert_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID);
  g_clear_error (&error);

  ok_recurrence_set_weekdays (rule, OK_WEEKDAY_BIT (G_DATE_MONDAY));
  ok_recurrence_set_start_time (rule, "08:30");
  ok_recurrence_set_end_time (rule, "09:30");
  ok_recurrence_set_first_date (rule, "2026-09-07");
  g_assert_false (ok_recurrence_validate (rule, &error));
  g_assert_nonnull (strstr (error->message, "last date"));
  g_clear_error (&error);

  ok_recurrence_set_until_summer (rule, TRUE);
  g_assert_true (ok_recurrence_validate (rule, &error));
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  int result;

  /* The expected descriptions are the English source strings. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  national = ok_holidays_new_builtin ();

  g_test_add_func ("/recurrence/round-trip", test_round_trip);
  g_test_add_func ("/recurrence/built-rule-serialises", test_built_rule_serialises);
  g_test_add_func ("/recurrence/parse-errors", test_parse_errors);
  g_test_add_func ("/recurrence/school-year-series", test_school_year_series);
  g_test_add_func ("/recurrence/christmas-spans-new-year", test_christmas_spans_new_year);
  g_test_add_func ("/recurrence/regions-skip-different-weeks", test_regions_skip_different_weeks);
  g_test_add_func ("/recurrence/every-other-week", test_every_other_week);
  g_test_add_func ("/recurrence/without-skipping", test_without_skipping);
  g_test_add_func ("/recurrence/needs-holidays", test_needs_holidays);
  g_test_add_func ("/recurrence/dst-weeks", test_dst_weeks);
  g_test_add_func ("/recurrence/describe", test_describe);
  g_test_add_func ("/recurrence/notify-once-per-change", test_notify_once_per_change);
  g_test_add_func ("/recurrence/validate-incomplete", test_validate_incomplete);
  result = g_test_run ();
  g_object_unref (national);
  return result;
}

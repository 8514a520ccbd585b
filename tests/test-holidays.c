/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "ok-holidays.h"
#include "ok-time.h"

static const char *all_regions[] = { "noord", "midden", "zuid" };

static gboolean
free_on (OkHolidays *holidays,
         const char *region,
         const char *date_text)
{
  g_autoptr(GDate) date = ok_date_parse (date_text);

  g_assert_nonnull (date);
  return ok_holidays_is_free_day (holidays, region, date);
}

/* Checks the school days (Monday to Friday) of a range. */
static void
assert_range_free (OkHolidays *holidays,
                   const char *region,
                   const char *first_text,
                   const char *last_text)
{
  g_autoptr(GDate) day = ok_date_parse (first_text);
  g_autoptr(GDate) last = ok_date_parse (last_text);

  for (; g_date_compare (day, last) <= 0; g_date_add_days (day, 1))
    if (g_date_get_weekday (day) < G_DATE_SATURDAY && !ok_holidays_is_free_day (holidays, region, day))
      {
        g_autofree char *text = ok_date_format (day);

        g_error ("%s is not a free day in region %s", text, region);
      }
}

static const char *
period_name_on (OkHolidays *holidays,
                const char *region,
                const char *date_text)
{
  g_autoptr(GDate) date = ok_date_parse (date_text);
  OkHolidayPeriod *period = ok_holidays_lookup (holidays, region, date);

  return period != NULL ? ok_holiday_period_get_name (period) : NULL;
}

/* Meeus/Jones/Butcher: Western Easter Sunday. */
static GDate *
easter_sunday (int year)
{
  int a = year % 19, b = year / 100, c = year % 100;
  int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;

  return g_date_new_dmy (day, month, year);
}

static void
write_user_file (const char *contents)
{
  g_autofree char *path = ok_holidays_get_user_file_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_builtin_school_years (void)
{
  g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();
  g_auto(GStrv) years = ok_holidays_list_school_years (holidays);
  const char *expected[] = { "2025-2026", "2026-2027", "2027-2028", NULL };

  g_assert_cmpstrv (years, expected);
}

/* A real Rotterdam (midden) school's 2026–2027 list: every school day it
 * has off falls on a free day of the national data, and the days around
 * the holidays are school days. */
static void
test_rotterdam_school_year (void)
{
  g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();

  assert_range_free (holidays, "midden", "2026-10-19", "2026-10-23");
  assert_range_free (holidays, "midden", "2026-12-21", "2027-01-01");
  assert_range_free (holidays, "midden", "2027-03-26", "2027-03-29");
  assert_range_free (holidays, "midden", "2027-04-26", "2027-05-07");
  assert_range_free (holidays, "midden", "2027-05-17", "2027-05-17");
  assert_range_free (holidays, "midden", "2027-07-19", "2027-08-27");

  g_assert_false (free_on (holidays, "midden", "2026-10-16"));
  g_assert_false (free_on (holidays, "midden", "2026-10-26"));
  g_assert_false (free_on (holidays, "midden", "2026-12-18"));
  g_assert_false (free_on (holidays, "midden", "2027-01-04"));
  g_assert_false (free_on (holidays, "midden", "2027-03-30"));
  g_assert_false (free_on (holidays, "midden", "2027-05-10"));
  g_assert_false (free_on (holidays, "midden", "2027-07-16"));
  g_assert_false (free_on (holidays, "midden", "2027-08-30"));

  g_assert_cmpstr (period_name_on (holidays, "midden", "2026-10-21"), ==, "Herfstvakantie");
  g_assert_cmpstr (period_name_on (holidays, "midden", "2027-01-01"), ==, "Kerstvakantie");
  g_assert_cmpstr (period_name_on (holidays, "midden", "2027-05-17"), ==, "Tweede Pinksterdag");
}

static void
test_regions_differ (void)
{
  g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();

  /* Autumn 2026: noord a week before midden and zuid. */
  g_assert_true (free_on (holidays, "noord", "2026-10-12"));
  g_assert_false (free_on (holidays, "midden", "2026-10-12"));
  g_assert_false (free_on (holidays, "zuid", "2026-10-12"));
  g_assert_false (free_on (holidays, "noord", "2026-10-19"));
  g_assert_true (free_on (holidays, "zuid", "2026-10-19"));

  /* Autumn 2025: zuid first. */
  g_assert_true (free_on (holidays, "zuid", "2025-10-13"));
  g_assert_false (free_on (holidays, "midden", "2025-10-13"));

  /* Summer 2028 as published for 2027-2028: midden first, zuid last. */
  g_assert_true (free_on (holidays, "midden", "2028-07-10"));
  g_assert_false (free_on (holidays, "noord", "2028-07-10"));
  g_assert_false (free_on (holidays, "zuid", "2028-07-17"));
  g_assert_true (free_on (holidays, "zuid", "2028-09-01"));
  g_assert_false (free_on (holidays, "midden", "2028-08-21"));

  /* Christmas is the same everywhere and spans the new year. */
  for (guint i = 0; i < G_N_ELEMENTS (all_regions); i++)
    {
      assert_range_free (holidays, all_regions[i], "2027-12-25", "2028-01-09");
      g_assert_false (free_on (holidays, all_regions[i], "2028-01-10"));
    }
}

static void
test_advice_and_fixed (void)
{
  g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();

  for (guint i = 0; i < G_N_ELEMENTS (all_regions); i++)
    {
      const char *region = all_regions[i];

      g_assert_true (ok_holiday_period_is_advice (ok_holidays_find (holidays, region, "2027-2028", "herfst")));
      g_assert_true (ok_holiday_period_is_advice (ok_holidays_find (holidays, region, "2027-2028", "voorjaar")));
      g_assert_false (ok_holiday_period_is_advice (ok_holidays_find (holidays, region, "2027-2028", "zomer")));
      g_assert_false (ok_holiday_period_is_advice (ok_holidays_find (holidays, region, "2027-2028", "kerst")));
      g_assert_false (ok_holiday_period_is_advice (ok_holidays_find (holidays, region, "2027-2028", "mei")));
      g_assert_false (ok_holiday_period_is_from_user_file (ok_holidays_find (holidays, region, "2027-2028", "mei")));
    }
  g_assert_cmpint (ok_holiday_period_get_kind (ok_holidays_find (holidays, "zuid", "2026-2027", "koningsdag")),
                   ==, OK_HOLIDAY_KIND_PUBLIC_HOLIDAY);
  g_assert_cmpint (ok_holiday_period_get_kind (ok_holidays_find (holidays, "zuid", "2026-2027", "zomer")),
                   ==, OK_HOLIDAY_KIND_VACATION);
}

/* The feasts that move with Easter are typed in by hand: check each one
 * against Easter computed here. */
static void
test_moving_feasts_follow_easter (void)
{
  g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();
  static const struct {
    const char *id;
    int days_after_easter;
  } feasts[] = {
    { "goede-vrijdag", -2 },
    { "pasen", 1 },
    { "hemelvaart", 39 },
    { "pinksteren", 50 },
  };

  for (int year = 2026; year <= 2028; year++)
    {
      g_autofree char *school_year = g_strdup_printf ("%d-%d", year - 1, year);

      for (guint i = 0; i < G_N_ELEMENTS (feasts); i++)
        {
          g_autoptr(GDate) expected = easter_sunday (year);
          OkHolidayPeriod *period = ok_holidays_find (holidays, "midden", school_year, feasts[i].id);

          g_assert_nonnull (period);
          if (feasts[i].days_after_easter < 0)
            g_date_subtract_days (expected, -feasts[i].days_after_easter);
          else
            g_date_add_days (expected, feasts[i].days_after_easter);
          g_assert_cmpint (g_date_compare (ok_holiday_period_get_start (period), expected), ==, 0);
        }
    }
}

static void
test_list_periods (void)
{
  g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();
  g_autoptr(GPtrArray) periods = ok_holidays_list_periods (holidays, "midden", "2026-2027");
  const char *expected[] = {
    "herfst", "kerst", "voorjaar", "goede-vrijdag", "pasen", "mei-extra", "koningsdag",
    "mei", "hemelvaart", "pinksteren", "zomer",
  };

  g_assert_cmpuint (periods->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < periods->len; i++)
    {
      OkHolidayPeriod *period = g_ptr_array_index (periods, i);

      g_assert_cmpstr (ok_holiday_period_get_id (period), ==, expected[i]);
      g_assert_cmpstr (ok_holiday_period_get_school_year (period), ==, "2026-2027");
      g_assert_true (ok_holiday_period_applies_to (period, "midden"));
      g_assert_cmpint (g_date_compare (ok_holiday_period_get_start (period),
                                       ok_holiday_period_get_end (period)), <=, 0);
    }
}

static void
test_school_year_for (void)
{
  g_autoptr(GDate) july = ok_date_parse ("2026-07-31");
  g_autoptr(GDate) august = ok_date_parse ("2026-08-01");
  g_autofree char *before = ok_holidays_school_year_for (july);
  g_autofree char *after = ok_holidays_school_year_for (august);

  g_assert_cmpstr (before, ==, "2025-2026");
  g_assert_cmpstr (after, ==, "2026-2027");
}

static void
test_user_file_overrides (void)
{
  g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();
  g_autoptr(OkHolidayPeriod) national = NULL;
  g_autoptr(GError) error = NULL;
  OkHolidayPeriod *period;

  national = ok_holiday_period_ref (ok_holidays_find (holidays, "midden", "2026-2027", "herfst"));

  write_user_file ("{\n"
                   "  \"format\": 1,\n"
                   "  \"comment\": \"De Regenboog, Rotterdam\",\n"
                   "  \"periods\": [\n"
                   "    {\"id\": \"herfst\", \"start\": \"2026-10-24\", \"end\": \"2026-11-01\", \"regions\": [\"midden\"]},\n"
                   "    {\"id\": \"studiedag-nov\", \"name\": \"Studiedag\", \"kind\": \"studiedag\", \"start\": \"2026-11-04\"},\n"
                   "    {\"id\": \"goede-vrijdag\", \"start\": \"2027-03-26\", \"cancelled\": true}\n"
                   "  ]\n"
                   "}\n");
  g_assert_true (ok_holidays_load_user_file (holidays, NULL, &error));
  g_assert_no_error (error);

  /* Replaced for midden only, and the name comes from the national period. */
  g_assert_false (free_on (holidays, "midden", "2026-10-19"));
  g_assert_true (free_on (holidays, "midden", "2026-10-26"));
  period = ok_holidays_find (holidays, "midden", "2026-2027", "herfst");
  g_assert_cmpstr (ok_holiday_period_get_name (period), ==, "Herfstvakantie");
  g_assert_true (ok_holiday_period_is_from_user_file (period));
  g_assert_cmpint (ok_holiday_period_get_kind (period), ==, OK_HOLIDAY_KIND_VACATION);
  g_assert_true (free_on (holidays, "zuid", "2026-10-19"));
  g_assert_false (free_on (holidays, "zuid", "2026-10-26"));
  g_assert_true (free_on (holidays, "noord", "2026-10-12"));

  /* A period handed out before keeps its dates. */
  g_assert_cmpint (g_date_get_day (ok_holiday_period_get_start (national)), ==, 17);
  g_assert_true (ok_holiday_period_applies_to (national, "midden"));

  for (guint i = 0; i < G_N_ELEMENTS (all_regions); i++)
    {
      g_assert_cmpstr (period_name_on (holidays, all_regions[i], "2026-11-04"), ==, "Studiedag");
      g_assert_false (free_on (holidays, all_regions[i], "2027-03-26"));
      g_assert_true (free_on (holidays, all_regions[i], "2027-03-29"));
    }
  g_assert_cmpint (ok_holiday_period_get_kind (ok_holidays_find (holidays, "zuid", "2026-2027", "studiedag-nov")),
                   ==, OK_HOLIDAY_KIND_STUDY_DAY);
}

static void
test_user_file_missing (void)
{
  g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ok_holidays_get_user_file_path ();

  g_remove (path);
  g_assert_true (ok_holidays_load_user_file (holidays, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (free_on (holidays, "midden", "2026-10-19"));
}

static void
test_user_file_unreadable (void)
{
  g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ok_holidays_get_user_file_path ();

  g_remove (path);
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  g_assert_false (ok_holidays_load_user_file (holidays, NULL, &error));
  g_assert_error (error, OK_HOLIDAYS_ERROR, OK_HOLIDAYS_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, path));
  g_rmdir (path);
}

static void
test_broken_user_files (void)
{
  static const struct {
    const char *contents;
    int code;
    const char *expected;
  } cases[] = {
    { "{\n  \"periods\": [\n    {\"id\": \"x\", \"name\": \"X\", \"start\": \"2026-11-04\",},\n  ]\n}\n",
      OK_HOLIDAYS_ERROR_SYNTAX, "line 3:" },
    { "{\n  \"periods\": [\n\n    {\"id\": \"x\", \"name\": \"X\", \"start\": \"4-11-2026\"}\n  ]\n}\n",
      OK_HOLIDAYS_ERROR_INVALID, "line 4: “start” must be a date" },
    { "{\n  \"periods\": [\n    {\"id\": \"x\", \"name\": \"X\", \"start\": \"2026-11-04\",\n     \"regions\": [\"west\"]}\n  ]\n}\n",
      OK_HOLIDAYS_ERROR_INVALID, "line 3: Unknown region “west”" },
    { "{\n  \"periods\": [\n    {\"id\": \"x\", \"name\": \"X\", \"strat\": \"2026-11-04\"}\n  ]\n}\n",
      OK_HOLIDAYS_ERROR_INVALID, "line 3: Unknown field “strat”" },
    { "{\n  \"periods\": [\n    {\"id\": \"x\", \"name\": \"X\", \"start\": \"2026-11-04\", \"end\": \"2026-11-01\"}\n  ]\n}\n",
      OK_HOLIDAYS_ERROR_INVALID, "line 3: The period ends before it starts" },
    { "{\n  \"periods\": [\n    {\"id\": \"sportdag\", \"start\": \"2026-11-04\"}\n  ]\n}\n",
      OK_HOLIDAYS_ERROR_INVALID, "line 3: “sportdag” is a new period, so it needs a “name”" },
    { "{\n  \"periods\": [\n    {\"id\": \"x\", \"name\": \"X\", \"start\": \"2026-11-04\"},\n    {\"id\": \"x\", \"name\": \"X\", \"start\": \"2026-11-05\"}\n  ]\n}\n",
      OK_HOLIDAYS_ERROR_INVALID, "line 4: “x” in school year 2026-2027 is already given on line 3" },
    { "{\n  \"periods\": [\n    {\"id\": \"carnaval\", \"start\": \"2027-02-08\", \"cancelled\": true}\n  ]\n}\n",
      OK_HOLIDAYS_ERROR_INVALID, "line 3: There is no “carnaval” in school year 2026-2027 to cancel" },
    { "{\n  \"periods\": [\n    {\"id\": \"x\", \"name\": \"X\", \"kind\": \"feest\", \"start\": \"2026-11-04\"}\n  ]\n}\n",
      OK_HOLIDAYS_ERROR_INVALID, "line 3: Unknown kind “feest”" },
    { "{\n  \"format\": 2,\n  \"periods\": []\n}\n",
      OK_HOLIDAYS_ERROR_INVALID, "line 1: This version of Ouderkamer reads “format”: 1" },
    { "[]\n", OK_HOLIDAYS_ERROR_INVALID, "line 1: The file must hold one object" },
    { "{\n  \"period\": []\n}\n", OK_HOLIDAYS_ERROR_INVALID, "line 1: Unknown field “period”" },
  };
  g_autofree char *path = ok_holidays_get_user_file_path ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();
      g_autoptr(GError) error = NULL;
      g_autofree char *prefix = g_strdup_printf ("%s, ", path);

      write_user_file (cases[i].contents);
      g_assert_false (ok_holidays_load_user_file (holidays, NULL, &error));
      g_assert_error (error, OK_HOLIDAYS_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].expected) == NULL || !g_str_has_prefix (error->message, prefix))
        g_error ("case %u: “%s” does not say “%s%s”", i, error->message, prefix, cases[i].expected);

      /* Nothing of a broken file is applied. */
      g_assert_true (free_on (holidays, "midden", "2026-10-19"));
      g_assert_false (free_on (holidays, "midden", "2026-11-04"));
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/holidays/builtin-school-years", test_builtin_school_years);
  g_test_add_func ("/holidays/rotterdam-school-year", test_rotterdam_school_year);
  g_test_add_func ("/holidays/regions-differ", test_regions_differ);
  g_test_add_func ("/holidays/advice-and-fixed", test_advice_and_fixed);
  g_test_add_func ("/holidays/moving-feasts-follow-easter", test_moving_feasts_follow_easter);
  g_test_add_func ("/holidays/list-periods", test_list_periods);
  g_test_add_func ("/holidays/school-year-for", test_school_year_for);
  g_test_add_func ("/holidays/user-file-overrides", test_user_file_overrides);
  g_test_add_func ("/holidays/user-file-missing", test_user_file_missing);
  g_test_add_func ("/holidays/user-file-unreadable", test_user_file_unreadable);
  g_test_add_func ("/holidays/broken-user-files", test_broken_user_files);
  return g_test_run ();
}

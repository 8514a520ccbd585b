/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dates as Dutch people read and type them, taken from the translation
 * catalogue: no Dutch system locale is needed (this runs in C.UTF-8). */
#include "config.h"

#include <libintl.h>
#include <locale.h>

#include "ok-date-text.h"
#include "ok-time.h"

static void
use_dutch_catalogue (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "po", NULL);
  g_autofree char *mo = g_build_filename (dir, "nl", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  g_assert_true (g_file_test (mo, G_FILE_TEST_EXISTS));
  g_setenv ("LANGUAGE", "nl", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
}

static void
test_dutch_names (void)
{
  g_autoptr(GDate) date = g_date_new_dmy (8, G_DATE_SEPTEMBER, 2026);
  g_autoptr(GDateTime) starts = g_date_time_new (ok_time_zone (), 2026, 9, 8, 8, 30, 0);
  g_autoptr(GDateTime) ends = g_date_time_new (ok_time_zone (), 2026, 9, 8, 9, 30, 0);
  g_autofree char *long_text = NULL;
  g_autofree char *medium = NULL;
  g_autofree char *short_text = NULL;
  g_autofree char *when = NULL;
  g_autofree char *quarter = NULL;

  use_dutch_catalogue ();
  long_text = ok_date_text_long (date);
  medium = ok_date_text_medium (date);
  short_text = ok_date_text_short (date);
  when = ok_date_text_when (starts, ends);
  quarter = ok_date_text_quarter (date);

  g_assert_cmpstr (long_text, ==, "dinsdag 8 september 2026");
  g_assert_cmpstr (medium, ==, "8 september 2026");
  g_assert_cmpstr (short_text, ==, "di 8 sep");
  g_assert_cmpstr (when, ==, "dinsdag 8 september 2026, 08:30–09:30");
  g_assert_cmpstr (quarter, ==, "3e kwartaal 2026");
  g_assert_cmpstr (ok_date_text_month_abbrev (G_DATE_MARCH), ==, "mrt");
  g_assert_cmpstr (ok_date_text_weekday (G_DATE_SUNDAY), ==, "zondag");
}

static void
test_parse (void)
{
  static const struct { const char *text; const char *iso; } cases[] = {
    { "8-9-2026", "2026-09-08" },
    { "08/09/26", "2026-09-08" },
    { " 31.12.2026 ", "2026-12-31" },
    { "2026-09-08", "2026-09-08" },
    { "31-02-2026", NULL },
    { "8-9", NULL },
    { "8-9/2026", NULL },
    { "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) date = ok_date_text_parse (cases[i].text);
      g_autofree char *iso = date != NULL ? ok_date_format (date) : NULL;

      g_assert_cmpstr (iso, ==, cases[i].iso);
    }

  /* Summer time starts at 02:00 on 29 March 2026: 02:30 never happens;
   * in October 02:30 happens twice and is taken. */
  {
    g_autoptr(GDateTime) gap = ok_time_parse_local ("2026-03-29T02:30");
    g_autoptr(GDateTime) fold = ok_time_parse_local ("2026-10-25T02:30");
    g_autoptr(GDateTime) evening = ok_time_parse_local ("2026-03-29 19:30");

    g_assert_null (gap);
    g_assert_nonnull (fold);
    g_assert_cmpint (g_date_time_get_hour (fold), ==, 2);
    g_assert_nonnull (evening);
    g_assert_cmpint (g_date_time_get_hour (evening), ==, 19);
  }

  {
    g_autoptr(GDate) date = g_date_new_dmy (1, G_DATE_AUGUST, 2019);
    g_autofree char *numeric = ok_date_text_numeric (date);
    g_assert_cmpstr (numeric, ==, "01-08-2019");
  }
}

static void
test_quarter_bounds (void)
{
  static const struct { int month; const char *first, *last; } cases[] = {
    { 1, "2026-01-01", "2026-03-31" },
    { 5, "2026-04-01", "2026-06-30" },
    { 9, "2026-07-01", "2026-09-30" },
    { 11, "2026-10-01", "2026-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) day = g_date_new_dmy (23, cases[i].month, 2026);
      GDate first, last;
      g_autofree char *first_text = NULL;
      g_autofree char *last_text = NULL;

      g_date_clear (&first, 1);
      g_date_clear (&last, 1);
      ok_date_quarter_bounds (day, &first, &last);
      first_text = ok_date_format (&first);
      last_text = ok_date_format (&last);
      g_assert_cmpstr (first_text, ==, cases[i].first);
      g_assert_cmpstr (last_text, ==, cases[i].last);
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date-text/dutch-names", test_dutch_names);
  g_test_add_func ("/date-text/parse", test_parse);
  g_test_add_func ("/date-text/quarter-bounds", test_quarter_bounds);
  return g_test_run ();
}

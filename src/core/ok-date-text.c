/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Dates written the way a Dutch school writes them ("dinsdag 8 september
 * 2026"), independent of the C library's locale data: CI machines and
 * minimal installs often have no nl_NL locale, but the catalogue is ours. */
#define G_LOG_DOMAIN "ok-date-text"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ok-date-text.h"
#include "ok-time.h"

const char *
ok_date_text_weekday (GDateWeekday weekday)
{
  switch (weekday)
    {
    case G_DATE_MONDAY: return C_("weekday", "Monday");
    case G_DATE_TUESDAY: return C_("weekday", "Tuesday");
    case G_DATE_WEDNESDAY: return C_("weekday", "Wednesday");
    case G_DATE_THURSDAY: return C_("weekday", "Thursday");
    case G_DATE_FRIDAY: return C_("weekday", "Friday");
    case G_DATE_SATURDAY: return C_("weekday", "Saturday");
    case G_DATE_SUNDAY: return C_("weekday", "Sunday");
    case G_DATE_BAD_WEEKDAY:
    default: return "";
    }
}

const char *
ok_date_text_weekday_abbrev (GDateWeekday weekday)
{
  switch (weekday)
    {
    case G_DATE_MONDAY: return C_("weekday abbreviation", "Mon");
    case G_DATE_TUESDAY: return C_("weekday abbreviation", "Tue");
    case G_DATE_WEDNESDAY: return C_("weekday abbreviation", "Wed");
    case G_DATE_THURSDAY: return C_("weekday abbreviation", "Thu");
    case G_DATE_FRIDAY: return C_("weekday abbreviation", "Fri");
    case G_DATE_SATURDAY: return C_("weekday abbreviation", "Sat");
    case G_DATE_SUNDAY: return C_("weekday abbreviation", "Sun");
    case G_DATE_BAD_WEEKDAY:
    default: return "";
    }
}

const char *
ok_date_text_month (GDateMonth month)
{
  switch (month)
    {
    case G_DATE_JANUARY: return C_("month", "January");
    case G_DATE_FEBRUARY: return C_("month", "February");
    case G_DATE_MARCH: return C_("month", "March");
    case G_DATE_APRIL: return C_("month", "April");
    case G_DATE_MAY: return C_("month", "May");
    case G_DATE_JUNE: return C_("month", "June");
    case G_DATE_JULY: return C_("month", "July");
    case G_DATE_AUGUST: return C_("month", "August");
    case G_DATE_SEPTEMBER: return C_("month", "September");
    case G_DATE_OCTOBER: return C_("month", "October");
    case G_DATE_NOVEMBER: return C_("month", "November");
    case G_DATE_DECEMBER: return C_("month", "December");
    case G_DATE_BAD_MONTH:
    default: return "";
    }
}

const char *
ok_date_text_month_abbrev (GDateMonth month)
{
  switch (month)
    {
    case G_DATE_JANUARY: return C_("month abbreviation", "Jan");
    case G_DATE_FEBRUARY: return C_("month abbreviation", "Feb");
    case G_DATE_MARCH: return C_("month abbreviation", "Mar");
    case G_DATE_APRIL: return C_("month abbreviation", "Apr");
    case G_DATE_MAY: return C_("month abbreviation", "May");
    case G_DATE_JUNE: return C_("month abbreviation", "Jun");
    case G_DATE_JULY: return C_("month abbreviation", "Jul");
    case G_DATE_AUGUST: return C_("month abbreviation", "Aug");
    case G_DATE_SEPTEMBER: return C_("month abbreviation", "Sep");
    case G_DATE_OCTOBER: return C_("month abbreviation", "Oct");
    case G_DATE_NOVEMBER: return C_("month abbreviation", "Nov");
    case G_DATE_DECEMBER: return C_("month abbreviation", "Dec");
    case G_DATE_BAD_MONTH:
    default: return "";
    }
}

/* "Tuesday 8 September 2026" / "dinsdag 8 september 2026" */
char *
ok_date_text_long (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf (C_("long date: weekday, day, month, year", "%1$s %2$d %3$s %4$d"),
                          ok_date_text_weekday (g_date_get_weekday (date)),
                          g_date_get_day (date),
                          ok_date_text_month (g_date_get_month (date)),
                          g_date_get_year (date));
}

/* "8 September 2026" / "8 september 2026" */
char *
ok_date_text_medium (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf (C_("medium date: day, month, year", "%1$d %2$s %3$d"),
                          g_date_get_day (date),
                          ok_date_text_month (g_date_get_month (date)),
                          g_date_get_year (date));
}

/* "Tue 8 Sep" / "di 8 sep" */
char *
ok_date_text_short (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf (C_("short date: weekday, day, month", "%1$s %2$d %3$s"),
                          ok_date_text_weekday_abbrev (g_date_get_weekday (date)),
                          g_date_get_day (date),
                          ok_date_text_month_abbrev (g_date_get_month (date)));
}

char *
ok_date_text_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_timezone (time, ok_time_zone ());
  return g_strdup_printf ("%02d:%02d", g_date_time_get_hour (local), g_date_time_get_minute (local));
}

/* "Tuesday 8 September 2026, 08:30–09:30" */
char *
ok_date_text_when (GDateTime *starts,
                   GDateTime *ends)
{
  g_autoptr(GDate) day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;

  g_return_val_if_fail (starts != NULL, NULL);

  day = ok_date_from_time (starts);
  date = ok_date_text_long (day);
  from = ok_date_text_time (starts);
  if (ends == NULL)
    return g_strdup_printf (C_("date and start time", "%1$s, %2$s"), date, from);
  until = ok_date_text_time (ends);
  return g_strdup_printf (C_("date, start and end time", "%1$s, %2$s–%3$s"), date, from, until);
}

/* A YYYY-MM-DD date in the medium form, or the text itself when it is
 * not a date. */
char *
ok_date_text_from_iso (const char *date)
{
  g_autoptr(GDate) parsed = ok_date_parse (date);

  if (parsed == NULL)
    return g_strdup (date != NULL ? date : "");
  return ok_date_text_medium (parsed);
}

/* "08-09-2026": how dates are typed in the Netherlands. */
char *
ok_date_text_numeric (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%02d-%02d-%04d", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

/* Reads a typed date: day-month-year with -, / or . between (the Dutch
 * order), or YYYY-MM-DD. */
GDate *
ok_date_text_parse (const char *text)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  int a, b, c, consumed = 0;
  char s1, s2;

  if (sscanf (clean, "%d%c%d%c%d%n", &a, &s1, &b, &s2, &c, &consumed) != 5
      || consumed != (int) strlen (clean) || s1 != s2 || strchr ("-/.", s1) == NULL)
    return NULL;
  if (a > 31 && s1 == '-')
    return ok_date_parse (clean);
  if (c < 100)
    c += 2000;
  if (c < 1900 || c > 9999 || !g_date_valid_dmy (a, b, c))
    return NULL;
  return g_date_new_dmy (a, b, c);
}

GDate *
ok_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (ok_time_zone ());

  return ok_date_from_time (now);
}

GDate *
ok_date_from_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_timezone (time, ok_time_zone ());
  return g_date_new_dmy (g_date_time_get_day_of_month (local),
                         g_date_time_get_month (local),
                         g_date_time_get_year (local));
}

/* Calendar quarters, as the director's quarterly overview counts them. */
void
ok_date_quarter_bounds (const GDate *day,
                        GDate       *first,
                        GDate       *last)
{
  int quarter;

  g_return_if_fail (day != NULL && g_date_valid (day));

  quarter = (g_date_get_month (day) - 1) / 3;
  if (first != NULL)
    g_date_set_dmy (first, 1, quarter * 3 + 1, g_date_get_year (day));
  if (last != NULL)
    {
      g_date_set_dmy (last, 1, quarter * 3 + 3, g_date_get_year (day));
      g_date_set_day (last, g_date_get_days_in_month (quarter * 3 + 3, g_date_get_year (day)));
    }
}

/* "Q2 2026" / "2e kwartaal 2026" */
char *
ok_date_text_quarter (const GDate *day)
{
  g_return_val_if_fail (day != NULL && g_date_valid (day), NULL);

  return g_strdup_printf (C_("quarter number, year", "Q%1$d %2$d"),
                          (g_date_get_month (day) - 1) / 3 + 1, g_date_get_year (day));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The periods a report covers: quarters and school years, their parsing,
 * their neighbours, their first and last days and their names. */
#define G_LOG_DOMAIN "ok-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ok-date-text.h"
#include "ok-report-private.h"
#include "ok-time.h"

gboolean
ok_report_period_parse (const char      *text,
                        OkReportPeriod  *period,
                        GError         **error)
{
  int year = 0, second = 0, quarter = 0, consumed = 0;
  char q;

  g_return_val_if_fail (period != NULL, FALSE);

  if (text != NULL
      && sscanf (text, "%4d-%c%1d%n", &year, &q, &quarter, &consumed) == 3
      && (q == 'Q' || q == 'q') && text[consumed] == '\0' && consumed == 7
      && year >= 1900 && year <= 9998 && quarter >= 1 && quarter <= 4)
    {
      *period = (OkReportPeriod) { OK_REPORT_PERIOD_QUARTER, year, quarter };
      return TRUE;
    }
  if (text != NULL
      && sscanf (text, "%4d-%4d%n", &year, &second, &consumed) == 2
      && consumed == 9 && text[consumed] == '\0'
      && year >= 1900 && year <= 9998 && second == year + 1)
    {
      *period = (OkReportPeriod) { OK_REPORT_PERIOD_SCHOOL_YEAR, year, 0 };
      return TRUE;
    }

  g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
               _("“%s” is not a period: give a quarter as 2026-Q1 or a school year as 2026-2027"),
               text != NULL ? text : "");
  return FALSE;
}

void
ok_report_period_containing (OkReportPeriodKind  kind,
                             const GDate        *date,
                             OkReportPeriod     *period)
{
  int year = g_date_get_year (date);
  int month = g_date_get_month (date);

  g_return_if_fail (period != NULL);

  if (kind == OK_REPORT_PERIOD_QUARTER)
    *period = (OkReportPeriod) { kind, year, (month - 1) / 3 + 1 };
  else
    *period = (OkReportPeriod) { kind, month >= 8 ? year : year - 1, 0 };
}

void
ok_report_period_previous (const OkReportPeriod *period,
                           OkReportPeriod       *previous)
{
  OkReportPeriod p = *period;

  if (p.kind == OK_REPORT_PERIOD_SCHOOL_YEAR)
    p.year--;
  else if (--p.quarter == 0)
    {
      p.quarter = 4;
      p.year--;
    }
  *previous = p;
}

void
ok_report_period_next (const OkReportPeriod *period,
                       OkReportPeriod       *next)
{
  OkReportPeriod p = *period;

  if (p.kind == OK_REPORT_PERIOD_SCHOOL_YEAR)
    p.year++;
  else if (++p.quarter == 5)
    {
      p.quarter = 1;
      p.year++;
    }
  *next = p;
}

gboolean
ok_report_period_equal (const OkReportPeriod *a,
                        const OkReportPeriod *b)
{
  return a->kind == b->kind && a->year == b->year && a->quarter == b->quarter;
}

char *
ok_report_period_to_string (const OkReportPeriod *period)
{
  if (period->kind == OK_REPORT_PERIOD_SCHOOL_YEAR)
    return g_strdup_printf ("%d-%d", period->year, period->year + 1);
  return g_strdup_printf ("%d-Q%d", period->year, period->quarter);
}

void
_ok_report_period_first_date (const OkReportPeriod *period,
                              GDate                *date)
{
  g_date_clear (date, 1);
  if (period->kind == OK_REPORT_PERIOD_SCHOOL_YEAR)
    g_date_set_dmy (date, 1, G_DATE_AUGUST, period->year);
  else
    g_date_set_dmy (date, 1, (GDateMonth) (period->quarter * 3 - 2), period->year);
}

void
_ok_report_period_last_date (const OkReportPeriod *period,
                             GDate                *date)
{
  OkReportPeriod next;

  ok_report_period_next (period, &next);
  _ok_report_period_first_date (&next, date);
  g_date_subtract_days (date, 1);
}

char *
ok_report_period_first_day (const OkReportPeriod *period)
{
  GDate date;

  _ok_report_period_first_date (period, &date);
  return ok_date_format (&date);
}

char *
ok_report_period_last_day (const OkReportPeriod *period)
{
  GDate date;

  _ok_report_period_last_date (period, &date);
  return ok_date_format (&date);
}

/* "Quarter 1 2026 (1 January – 31 March 2026)", in the user's language. */
char *
ok_report_period_describe (const OkReportPeriod *period)
{
  g_autofree char *name = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GDate from, to;

  _ok_report_period_first_date (period, &from);
  _ok_report_period_last_date (period, &to);
  /* Month names from the translation catalogue, not the system locale,
   * which a school laptop or a Flatpak may not have for Dutch. */
  first = ok_date_text_medium (&from);
  last = ok_date_text_medium (&to);

  if (period->kind == OK_REPORT_PERIOD_SCHOOL_YEAR)
    name = g_strdup_printf (_("School year %d–%d"), period->year, period->year + 1);
  else
    name = g_strdup_printf (_("Quarter %d, %d"), period->quarter, period->year);
  return g_strdup_printf ("%s (%s – %s)", name, first, last);
}

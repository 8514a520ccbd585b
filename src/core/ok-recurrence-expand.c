/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The dates of a weekly series rule, each an OkOccurrence with its Dutch
 * wall-clock times, and with the school's free days marked as skipped. */
#define G_LOG_DOMAIN "ok-recurrence"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-recurrence-private.h"
#include "ok-time.h"

#define SUMMER_ID "zomer"

struct _OkOccurrence
{
  gatomicrefcount ref_count;

  GDate date;
  GDateTime *starts_at;
  GDateTime *ends_at;
  OkHolidayPeriod *skipped_by;
};

G_DEFINE_BOXED_TYPE (OkOccurrence, ok_occurrence, ok_occurrence_ref, ok_occurrence_unref)

OkOccurrence *
ok_occurrence_ref (OkOccurrence *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ok_occurrence_unref (OkOccurrence *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->starts_at, g_date_time_unref);
  g_clear_pointer (&self->ends_at, g_date_time_unref);
  g_clear_pointer (&self->skipped_by, ok_holiday_period_unref);
  g_free (self);
}

const GDate *
ok_occurrence_get_date (const OkOccurrence *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->date;
}

/* Dutch local wall-clock time, as stored in activity.starts_at. */
GDateTime *
ok_occurrence_get_starts_at (const OkOccurrence *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->starts_at;
}

GDateTime *
ok_occurrence_get_ends_at (const OkOccurrence *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->ends_at;
}

gboolean
ok_occurrence_is_skipped (const OkOccurrence *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->skipped_by != NULL;
}

/* The free period that falls on this date, or NULL when the activity
 * takes place; the UI shows its name ("skipped: Herfstvakantie"). */
OkHolidayPeriod *
ok_occurrence_get_skipped_by (const OkOccurrence *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->skipped_by;
}

/* Wall-clock time on a day in the Netherlands. On the two days a year the
 * clocks change, a time can fall in the skipped hour or occur twice; like
 * iCalendar (RFC 5545 §3.3.5) a skipped time moves forward by the gap and
 * a doubled time means its first occurrence, whatever GLib would pick. */
static GDateTime *
dutch_wall_clock (const GDate *date,
                  int          minutes)
{
  GTimeZone *zone = ok_time_zone ();
  int year = g_date_get_year (date);
  int month = g_date_get_month (date);
  int day = g_date_get_day (date);
  int hour = minutes / 60;
  int minute = minutes % 60;
  g_autoptr(GDateTime) midnight = g_date_time_new (zone, year, month, day, 0, 0, 0);
  g_autoptr(GDateTime) evening = g_date_time_new (zone, year, month, day, 23, 59, 0);
  g_autoptr(GDateTime) naive = g_date_time_new_utc (year, month, day, hour, minute, 0);
  GTimeSpan offsets[2];

  offsets[0] = g_date_time_get_utc_offset (midnight);
  offsets[1] = g_date_time_get_utc_offset (evening);
  if (offsets[0] == offsets[1])
    return g_date_time_new (zone, year, month, day, hour, minute, 0);

  for (guint i = 0; i < G_N_ELEMENTS (offsets); i++)
    {
      g_autoptr(GDateTime) utc = g_date_time_add (naive, -offsets[i]);
      g_autoptr(GDateTime) local = g_date_time_to_timezone (utc, zone);

      if (g_date_time_get_hour (local) == hour && g_date_time_get_minute (local) == minute)
        return g_steal_pointer (&local);
    }

  {
    g_autoptr(GDateTime) utc = g_date_time_add (naive, -offsets[0]);

    return g_date_time_to_timezone (utc, zone);
  }
}

static GDate *
resolve_last_date (OkRecurrence  *self,
                   const GDate   *first,
                   OkHolidays    *holidays,
                   const char    *region,
                   GError       **error)
{
  g_autofree char *school_year = NULL;
  OkHolidayPeriod *summer;
  GDate *last;

  if (!self->until_summer)
    return ok_date_parse (self->last_date);

  if (holidays == NULL || region == NULL)
    {
      g_set_error_literal (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                           _("The series runs until the summer holiday, but the school’s holidays are not known; give an end date"));
      return NULL;
    }
  school_year = ok_holidays_school_year_for (first);
  summer = ok_holidays_find (holidays, region, school_year, SUMMER_ID);
  if (summer == NULL)
    {
      g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                   _("The summer holiday of school year %s is not known for region %s; give an end date"),
                   school_year, region);
      return NULL;
    }
  last = g_date_copy (ok_holiday_period_get_start (summer));
  g_date_subtract_days (last, 1);
  if (g_date_compare (last, first) < 0)
    {
      g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                   _("The series starts on %s, when the summer holiday has already begun"),
                   self->first_date);
      g_date_free (last);
      return NULL;
    }
  return last;
}

static gboolean
check_region (OkHolidays  *holidays,
              const char  *region,
              gboolean     needed,
              GError     **error)
{
  if (region != NULL && !ok_holidays_is_valid_region (region))
    {
      g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                   _("Unknown region “%s”: use noord, midden or zuid"), region);
      return FALSE;
    }
  if (needed && (holidays == NULL || region == NULL))
    {
      g_set_error_literal (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                           _("The series skips holidays, but the school’s holidays or region are not known"));
      return FALSE;
    }
  return TRUE;
}

/* The last date of the series as YYYY-MM-DD, for activity_series.last_date:
 * the given one, or the day before the summer holiday. */
char *
ok_recurrence_resolve_last_date (OkRecurrence  *self,
                                 OkHolidays    *holidays,
                                 const char    *region,
                                 GError       **error)
{
  g_autoptr(GDate) first = NULL;
  g_autoptr(GDate) last = NULL;

  g_return_val_if_fail (OK_IS_RECURRENCE (self), NULL);
  g_return_val_if_fail (holidays == NULL || OK_IS_HOLIDAYS (holidays), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ok_recurrence_validate (self, error) || !check_region (holidays, region, FALSE, error))
    return NULL;
  first = ok_date_parse (self->first_date);
  last = resolve_last_date (self, first, holidays, region, error);
  if (last == NULL)
    return NULL;
  return ok_date_format (last);
}

/* Every date of the series in order, each an OkOccurrence. Dates that fall
 * on a free day of @region are in the list too, marked as skipped with the
 * period that caused it, so the UI can show what was left out and why.
 * @holidays and @region may be NULL when the series skips nothing and has
 * an end date. */
GPtrArray *
ok_recurrence_expand (OkRecurrence  *self,
                      OkHolidays    *holidays,
                      const char    *region,
                      GError       **error)
{
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GDate) first = NULL;
  g_autoptr(GDate) last = NULL;
  GDate week_start;
  int start_minutes, end_minutes;

  g_return_val_if_fail (OK_IS_RECURRENCE (self), NULL);
  g_return_val_if_fail (holidays == NULL || OK_IS_HOLIDAYS (holidays), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ok_recurrence_validate (self, error)
      || !check_region (holidays, region, self->skip_holidays, error))
    return NULL;

  first = ok_date_parse (self->first_date);
  last = resolve_last_date (self, first, holidays, region, error);
  if (last == NULL)
    return NULL;
  _ok_recurrence_parse_clock (self->start_time, &start_minutes);
  _ok_recurrence_parse_clock (self->end_time, &end_minutes);

  occurrences = g_ptr_array_new_with_free_func ((GDestroyNotify) ok_occurrence_unref);
  week_start = *first;
  g_date_subtract_days (&week_start, g_date_get_weekday (first) - G_DATE_MONDAY);
  for (guint week = 0; g_date_compare (&week_start, last) <= 0; week++, g_date_add_days (&week_start, 7))
    {
      if (week % self->interval != 0)
        continue;

      for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
        {
          OkOccurrence *occurrence;
          GDate date = week_start;

          if ((self->weekdays & OK_WEEKDAY_BIT (day)) == 0)
            continue;
          g_date_add_days (&date, day - G_DATE_MONDAY);
          if (g_date_compare (&date, first) < 0 || g_date_compare (&date, last) > 0)
            continue;

          occurrence = g_new0 (OkOccurrence, 1);
          g_atomic_ref_count_init (&occurrence->ref_count);
          occurrence->date = date;
          occurrence->starts_at = dutch_wall_clock (&date, start_minutes);
          occurrence->ends_at = dutch_wall_clock (&date, end_minutes);
          if (self->skip_holidays)
            {
              OkHolidayPeriod *period = ok_holidays_lookup (holidays, region, &date);

              if (period != NULL)
                occurrence->skipped_by = ok_holiday_period_ref (period);
            }
          g_ptr_array_add (occurrences, occurrence);
        }
    }
  return g_steal_pointer (&occurrences);
}

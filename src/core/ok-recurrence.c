/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A weekly series rule ("every Tuesday 08:30–09:30 from 1 September until
 * the summer holiday"), its short text form stored in activity_series.rule,
 * and its expansion into dates with the school's free days skipped.
 *
 * The text form borrows the words of iCalendar's RRULE so it reads
 * familiar, but it is its own small language:
 *
 *   WEEKLY;INTERVAL=2;BYDAY=TU,TH;TIME=08:30-09:30;FROM=2026-09-01;UNTIL=SUMMER;SKIP=HOLIDAYS
 *
 * UNTIL is a date or SUMMER (the day before the summer holiday of the
 * school's region); SKIP is HOLIDAYS or NONE; INTERVAL counts weeks from
 * the week of FROM and may be left out when it is 1. */
#define G_LOG_DOMAIN "ok-recurrence"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-recurrence.h"
#include "ok-time.h"

#define MAX_INTERVAL 52
#define MAX_SPAN_DAYS (3 * 366)
#define SUMMER_ID "zomer"
#define ALL_WEEKDAYS 0xFEu

static const char *weekday_codes[] = {
  [G_DATE_MONDAY] = "MO",
  [G_DATE_TUESDAY] = "TU",
  [G_DATE_WEDNESDAY] = "WE",
  [G_DATE_THURSDAY] = "TH",
  [G_DATE_FRIDAY] = "FR",
  [G_DATE_SATURDAY] = "SA",
  [G_DATE_SUNDAY] = "SU",
};

static const char *weekday_names[] = {
  [G_DATE_MONDAY] = N_("Monday"),
  [G_DATE_TUESDAY] = N_("Tuesday"),
  [G_DATE_WEDNESDAY] = N_("Wednesday"),
  [G_DATE_THURSDAY] = N_("Thursday"),
  [G_DATE_FRIDAY] = N_("Friday"),
  [G_DATE_SATURDAY] = N_("Saturday"),
  [G_DATE_SUNDAY] = N_("Sunday"),
};

struct _OkOccurrence
{
  gatomicrefcount ref_count;

  GDate date;
  GDateTime *starts_at;
  GDateTime *ends_at;
  OkHolidayPeriod *skipped_by;
};

struct _OkRecurrence
{
  GObject parent_instance;

  guint weekdays;
  guint interval;
  char *start_time;
  char *end_time;
  char *first_date;
  char *last_date;
  gboolean until_summer;
  gboolean skip_holidays;
};

G_DEFINE_BOXED_TYPE (OkOccurrence, ok_occurrence, ok_occurrence_ref, ok_occurrence_unref)
G_DEFINE_FINAL_TYPE (OkRecurrence, ok_recurrence, G_TYPE_OBJECT)
G_DEFINE_QUARK (ok-recurrence-error-quark, ok_recurrence_error)

enum {
  PROP_0,
  PROP_WEEKDAYS,
  PROP_INTERVAL,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_FIRST_DATE,
  PROP_LAST_DATE,
  PROP_UNTIL_SUMMER,
  PROP_SKIP_HOLIDAYS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static gboolean
parse_clock (const char *text,
             int        *minutes)
{
  int hours, mins, consumed = 0;

  if (text == NULL || strlen (text) != 5
      || sscanf (text, "%2d:%2d%n", &hours, &mins, &consumed) != 2 || consumed != 5
      || !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[3])
      || hours > 23 || mins > 59)
    return FALSE;
  *minutes = hours * 60 + mins;
  return TRUE;
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

static void
ok_recurrence_finalize (GObject *object)
{
  OkRecurrence *self = OK_RECURRENCE (object);

  g_clear_pointer (&self->start_time, g_free);
  g_clear_pointer (&self->end_time, g_free);
  g_clear_pointer (&self->first_date, g_free);
  g_clear_pointer (&self->last_date, g_free);

  G_OBJECT_CLASS (ok_recurrence_parent_class)->finalize (object);
}

static void
ok_recurrence_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OkRecurrence *self = OK_RECURRENCE (object);

  switch (prop_id)
    {
    case PROP_WEEKDAYS:
      g_value_set_uint (value, self->weekdays);
      break;

    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval);
      break;

    case PROP_START_TIME:
      g_value_set_string (value, self->start_time);
      break;

    case PROP_END_TIME:
      g_value_set_string (value, self->end_time);
      break;

    case PROP_FIRST_DATE:
      g_value_set_string (value, self->first_date);
      break;

    case PROP_LAST_DATE:
      g_value_set_string (value, self->last_date);
      break;

    case PROP_UNTIL_SUMMER:
      g_value_set_boolean (value, self->until_summer);
      break;

    case PROP_SKIP_HOLIDAYS:
      g_value_set_boolean (value, self->skip_holidays);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_recurrence_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OkRecurrence *self = OK_RECURRENCE (object);

  switch (prop_id)
    {
    case PROP_WEEKDAYS:
      ok_recurrence_set_weekdays (self, g_value_get_uint (value));
      break;

    case PROP_INTERVAL:
      ok_recurrence_set_interval (self, g_value_get_uint (value));
      break;

    case PROP_START_TIME:
      ok_recurrence_set_start_time (self, g_value_get_string (value));
      break;

    case PROP_END_TIME:
      ok_recurrence_set_end_time (self, g_value_get_string (value));
      break;

    case PROP_FIRST_DATE:
      ok_recurrence_set_first_date (self, g_value_get_string (value));
      break;

    case PROP_LAST_DATE:
      ok_recurrence_set_last_date (self, g_value_get_string (value));
      break;

    case PROP_UNTIL_SUMMER:
      ok_recurrence_set_until_summer (self, g_value_get_boolean (value));
      break;

    case PROP_SKIP_HOLIDAYS:
      ok_recurrence_set_skip_holidays (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_recurrence_class_init (OkRecurrenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ok_recurrence_finalize;
  object_class->get_property = ok_recurrence_get_property;
  object_class->set_property = ok_recurrence_set_property;

  /**
   * OkRecurrence:weekdays:
   *
   * The days of the week, as OK_WEEKDAY_BIT() of each GDateWeekday.
   */
  properties[PROP_WEEKDAYS] =
    g_param_spec_uint ("weekdays", NULL, NULL, 0, ALL_WEEKDAYS, 0, flags);
  /**
   * OkRecurrence:interval:
   *
   * Every how many weeks, counted from the week of the first date.
   */
  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL, 1, MAX_INTERVAL, 1, flags);
  /**
   * OkRecurrence:start-time:
   *
   * Dutch local wall-clock time, "HH:MM".
   */
  properties[PROP_START_TIME] =
    g_param_spec_string ("start-time", NULL, NULL, NULL, flags);
  properties[PROP_END_TIME] =
    g_param_spec_string ("end-time", NULL, NULL, NULL, flags);
  /**
   * OkRecurrence:first-date:
   *
   * "YYYY-MM-DD"; the series starts on or after it.
   */
  properties[PROP_FIRST_DATE] =
    g_param_spec_string ("first-date", NULL, NULL, NULL, flags);
  /**
   * OkRecurrence:last-date:
   *
   * "YYYY-MM-DD", the last possible date; ignored while
   * OkRecurrence:until-summer is set.
   */
  properties[PROP_LAST_DATE] =
    g_param_spec_string ("last-date", NULL, NULL, NULL, flags);
  /**
   * OkRecurrence:until-summer:
   *
   * Whether the series runs until the start of the summer holiday of the
   * school's region in the school year of the first date.
   */
  properties[PROP_UNTIL_SUMMER] =
    g_param_spec_boolean ("until-summer", NULL, NULL, FALSE, flags);
  /**
   * OkRecurrence:skip-holidays:
   *
   * Whether dates in holidays and other free days of the school are left
   * out of the series.
   */
  properties[PROP_SKIP_HOLIDAYS] =
    g_param_spec_boolean ("skip-holidays", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_recurrence_init (OkRecurrence *self)
{
  self->interval = 1;
  self->skip_holidays = TRUE;
}

OkRecurrence *
ok_recurrence_new (void)
{
  return g_object_new (OK_TYPE_RECURRENCE, NULL);
}

static void
set_string (OkRecurrence  *self,
            char         **field,
            const char    *value,
            guint          prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

guint
ok_recurrence_get_weekdays (OkRecurrence *self)
{
  g_return_val_if_fail (OK_IS_RECURRENCE (self), 0);

  return self->weekdays;
}

void
ok_recurrence_set_weekdays (OkRecurrence *self,
                            guint         weekdays)
{
  g_return_if_fail (OK_IS_RECURRENCE (self));
  g_return_if_fail ((weekdays & ~ALL_WEEKDAYS) == 0);

  if (self->weekdays == weekdays)
    return;
  self->weekdays = weekdays;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEKDAYS]);
}

guint
ok_recurrence_get_interval (OkRecurrence *self)
{
  g_return_val_if_fail (OK_IS_RECURRENCE (self), 1);

  return self->interval;
}

void
ok_recurrence_set_interval (OkRecurrence *self,
                            guint         interval)
{
  g_return_if_fail (OK_IS_RECURRENCE (self));
  g_return_if_fail (interval >= 1 && interval <= MAX_INTERVAL);

  if (self->interval == interval)
    return;
  self->interval = interval;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

const char *
ok_recurrence_get_start_time (OkRecurrence *self)
{
  g_return_val_if_fail (OK_IS_RECURRENCE (self), NULL);

  return self->start_time;
}

void
ok_recurrence_set_start_time (OkRecurrence *self,
                              const char   *start_time)
{
  g_return_if_fail (OK_IS_RECURRENCE (self));

  set_string (self, &self->start_time, start_time, PROP_START_TIME);
}

const char *
ok_recurrence_get_end_time (OkRecurrence *self)
{
  g_return_val_if_fail (OK_IS_RECURRENCE (self), NULL);

  return self->end_time;
}

void
ok_recurrence_set_end_time (OkRecurrence *self,
                            const char   *end_time)
{
  g_return_if_fail (OK_IS_RECURRENCE (self));

  set_string (self, &self->end_time, end_time, PROP_END_TIME);
}

const char *
ok_recurrence_get_first_date (OkRecurrence *self)
{
  g_return_val_if_fail (OK_IS_RECURRENCE (self), NULL);

  return self->first_date;
}

void
ok_recurrence_set_first_date (OkRecurrence *self,
                              const char   *first_date)
{
  g_return_if_fail (OK_IS_RECURRENCE (self));

  set_string (self, &self->first_date, first_date, PROP_FIRST_DATE);
}

const char *
ok_recurrence_get_last_date (OkRecurrence *self)
{
  g_return_val_if_fail (OK_IS_RECURRENCE (self), NULL);

  return self->last_date;
}

void
ok_recurrence_set_last_date (OkRecurrence *self,
                             const char   *last_date)
{
  g_return_if_fail (OK_IS_RECURRENCE (self));

  set_string (self, &self->last_date, last_date, PROP_LAST_DATE);
}

gboolean
ok_recurrence_get_until_summer (OkRecurrence *self)
{
  g_return_val_if_fail (OK_IS_RECURRENCE (self), FALSE);

  return self->until_summer;
}

void
ok_recurrence_set_until_summer (OkRecurrence *self,
                                gboolean      until_summer)
{
  g_return_if_fail (OK_IS_RECURRENCE (self));

  until_summer = !!until_summer;
  if (self->until_summer == until_summer)
    return;
  self->until_summer = until_summer;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNTIL_SUMMER]);
}

gboolean
ok_recurrence_get_skip_holidays (OkRecurrence *self)
{
  g_return_val_if_fail (OK_IS_RECURRENCE (self), FALSE);

  return self->skip_holidays;
}

void
ok_recurrence_set_skip_holidays (OkRecurrence *self,
                                 gboolean      skip_holidays)
{
  g_return_if_fail (OK_IS_RECURRENCE (self));

  skip_holidays = !!skip_holidays;
  if (self->skip_holidays == skip_holidays)
    return;
  self->skip_holidays = skip_holidays;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKIP_HOLIDAYS]);
}

gboolean
ok_recurrence_validate (OkRecurrence  *self,
                        GError       **error)
{
  g_autoptr(GDate) first = NULL;
  int start, end;

  g_return_val_if_fail (OK_IS_RECURRENCE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->weekdays == 0)
    {
      g_set_error_literal (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                           _("Choose at least one day of the week"));
      return FALSE;
    }
  if (!parse_clock (self->start_time, &start) || !parse_clock (self->end_time, &end))
    {
      g_set_error_literal (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                           _("Give a start and an end time as HH:MM, such as 08:30"));
      return FALSE;
    }
  if (end <= start)
    {
      g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                   _("The end time %s must be later than the start time %s"),
                   self->end_time, self->start_time);
      return FALSE;
    }
  first = ok_date_parse (self->first_date);
  if (first == NULL)
    {
      g_set_error_literal (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                           _("Give the first date of the series as YYYY-MM-DD"));
      return FALSE;
    }
  if (!self->until_summer)
    {
      g_autoptr(GDate) last = ok_date_parse (self->last_date);

      if (last == NULL)
        {
          g_set_error_literal (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                               _("Give the last date of the series as YYYY-MM-DD, or let it run until the summer holiday"));
          return FALSE;
        }
      if (g_date_compare (last, first) < 0)
        {
          g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                       _("The series ends on %s, before its first date %s"),
                       self->last_date, self->first_date);
          return FALSE;
        }
      if (g_date_days_between (first, last) > MAX_SPAN_DAYS)
        {
          g_set_error_literal (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_INVALID,
                               _("A series can run for at most three years; make one series per school year"));
          return FALSE;
        }
    }
  return TRUE;
}

char *
ok_recurrence_to_string (OkRecurrence *self)
{
  GString *text;
  gboolean first_day = TRUE;

  g_return_val_if_fail (OK_IS_RECURRENCE (self), NULL);

  text = g_string_new ("WEEKLY");
  if (self->interval != 1)
    g_string_append_printf (text, ";INTERVAL=%u", self->interval);
  g_string_append (text, ";BYDAY=");
  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    if (self->weekdays & OK_WEEKDAY_BIT (day))
      {
        if (!first_day)
          g_string_append_c (text, ',');
        g_string_append (text, weekday_codes[day]);
        first_day = FALSE;
      }
  g_string_append_printf (text, ";TIME=%s-%s;FROM=%s;UNTIL=%s;SKIP=%s",
                          self->start_time != NULL ? self->start_time : "",
                          self->end_time != NULL ? self->end_time : "",
                          self->first_date != NULL ? self->first_date : "",
                          self->until_summer ? "SUMMER" : (self->last_date != NULL ? self->last_date : ""),
                          self->skip_holidays ? "HOLIDAYS" : "NONE");
  return g_string_free (text, FALSE);
}

static gboolean
parse_weekdays (const char  *value,
                guint       *weekdays,
                GError     **error)
{
  g_auto(GStrv) codes = g_strsplit (value, ",", -1);

  *weekdays = 0;
  for (guint i = 0; codes[i] != NULL; i++)
    {
      const char *code = g_strstrip (codes[i]);
      guint bit = 0;

      for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY && bit == 0; day++)
        if (g_ascii_strcasecmp (code, weekday_codes[day]) == 0)
          bit = OK_WEEKDAY_BIT (day);
      if (bit == 0)
        {
          g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                       _("Unknown day “%s” in the rule; use MO, TU, WE, TH, FR, SA or SU"), code);
          return FALSE;
        }
      *weekdays |= bit;
    }
  return TRUE;
}

static gboolean
parse_part (OkRecurrence  *self,
            const char    *key,
            const char    *value,
            GError       **error)
{
  if (g_ascii_strcasecmp (key, "INTERVAL") == 0)
    {
      guint64 interval;

      if (!g_ascii_string_to_unsigned (value, 10, 1, MAX_INTERVAL, &interval, NULL))
        {
          g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                       _("The interval must be a number of weeks from 1 to %d, not “%s”"),
                       MAX_INTERVAL, value);
          return FALSE;
        }
      self->interval = interval;
    }
  else if (g_ascii_strcasecmp (key, "BYDAY") == 0)
    return parse_weekdays (value, &self->weekdays, error);
  else if (g_ascii_strcasecmp (key, "TIME") == 0)
    {
      g_auto(GStrv) times = g_strsplit (value, "-", -1);
      int minutes;

      if (g_strv_length (times) != 2 || !parse_clock (times[0], &minutes)
          || !parse_clock (times[1], &minutes))
        {
          g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                       _("The time “%s” in the rule is not of the form HH:MM-HH:MM"), value);
          return FALSE;
        }
      self->start_time = g_strdup (times[0]);
      self->end_time = g_strdup (times[1]);
    }
  else if (g_ascii_strcasecmp (key, "FROM") == 0 || g_ascii_strcasecmp (key, "UNTIL") == 0)
    {
      gboolean until = g_ascii_strcasecmp (key, "UNTIL") == 0;

      if (until && g_ascii_strcasecmp (value, "SUMMER") == 0)
        self->until_summer = TRUE;
      else if (!ok_date_is_valid_text (value))
        {
          g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                       until ? _("The end “%s” in the rule is not a date (YYYY-MM-DD) or SUMMER")
                             : _("The start “%s” in the rule is not a date (YYYY-MM-DD)"),
                       value);
          return FALSE;
        }
      else if (until)
        self->last_date = g_strdup (value);
      else
        self->first_date = g_strdup (value);
    }
  else if (g_ascii_strcasecmp (key, "SKIP") == 0)
    {
      if (g_ascii_strcasecmp (value, "HOLIDAYS") == 0)
        self->skip_holidays = TRUE;
      else if (g_ascii_strcasecmp (value, "NONE") == 0)
        self->skip_holidays = FALSE;
      else
        {
          g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                       _("SKIP in the rule must be HOLIDAYS or NONE, not “%s”"), value);
          return FALSE;
        }
    }
  else
    {
      g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                   _("Unknown part “%s” in the rule"), key);
      return FALSE;
    }
  return TRUE;
}

/* Reads a rule written by ok_recurrence_to_string(), or typed by someone
 * (keys and days in any case, spaces around parts). */
OkRecurrence *
ok_recurrence_parse (const char  *text,
                     GError     **error)
{
  static const char *required[] = { "BYDAY", "TIME", "FROM", "UNTIL" };
  g_autoptr(OkRecurrence) self = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (text == NULL || *text == '\0')
    {
      g_set_error_literal (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                           _("The rule is empty"));
      return NULL;
    }

  parts = g_strsplit (text, ";", -1);
  if (g_ascii_strcasecmp (g_strstrip (parts[0]), "WEEKLY") != 0)
    {
      g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                   _("The rule must start with WEEKLY, not “%s”"), parts[0]);
      return NULL;
    }

  self = g_object_new (OK_TYPE_RECURRENCE, NULL);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 1; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);
      char *equals = strchr (part, '=');
      g_autofree char *key = NULL;
      const char *value;

      if (*part == '\0' && parts[i + 1] == NULL)
        break;
      if (equals == NULL || equals == part)
        {
          g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                       _("“%s” in the rule is not of the form NAME=VALUE"), part);
          return NULL;
        }
      key = g_ascii_strup (part, equals - part);
      g_strstrip (key);
      value = g_strstrip (equals + 1);
      if (!g_hash_table_add (seen, g_strdup (key)))
        {
          g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                       _("%s appears twice in the rule"), key);
          return NULL;
        }
      if (!parse_part (self, key, value, error))
        return NULL;
    }

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (!g_hash_table_contains (seen, required[i]))
      {
        g_set_error (error, OK_RECURRENCE_ERROR, OK_RECURRENCE_ERROR_PARSE,
                     _("The rule has no %s part"), required[i]);
        return NULL;
      }

  if (!ok_recurrence_validate (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* A sentence for the UI, such as "Every Tuesday and Thursday,
 * 08:30–09:30". */
char *
ok_recurrence_describe (OkRecurrence *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *days = NULL;

  g_return_val_if_fail (OK_IS_RECURRENCE (self), NULL);

  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    if (self->weekdays & OK_WEEKDAY_BIT (day))
      g_ptr_array_add (names, _(weekday_names[day]));

  if (names->len == 0)
    days = g_strdup (_("no day"));
  else
    {
      days = g_strdup (g_ptr_array_index (names, 0));
      for (guint i = 1; i < names->len; i++)
        {
          char *joined = i + 1 == names->len
            /* TRANSLATORS: joins the last two days of a list: "Tuesday and Thursday" */
            ? g_strdup_printf (_("%s and %s"), days, (const char *) g_ptr_array_index (names, i))
            /* TRANSLATORS: joins days in a list: "Monday, Wednesday" */
            : g_strdup_printf (_("%s, %s"), days, (const char *) g_ptr_array_index (names, i));

          g_free (days);
          days = joined;
        }
    }

  if (self->interval == 1)
    /* TRANSLATORS: "Every Tuesday, 08:30–09:30" */
    return g_strdup_printf (_("Every %s, %s–%s"), days,
                            self->start_time != NULL ? self->start_time : "?",
                            self->end_time != NULL ? self->end_time : "?");
  /* TRANSLATORS: "Every 2 weeks on Tuesday, 08:30–09:30" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Every %u week on %s, %s–%s",
                                       "Every %u weeks on %s, %s–%s", self->interval),
                          self->interval, days,
                          self->start_time != NULL ? self->start_time : "?",
                          self->end_time != NULL ? self->end_time : "?");
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
  parse_clock (self->start_time, &start_minutes);
  parse_clock (self->end_time, &end_minutes);

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

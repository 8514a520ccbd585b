/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A weekly series rule ("every Tuesday 08:30–09:30 from 1 September until
 * the summer holiday"): the object, its properties and the checks that make
 * a rule complete. Its text form is read and written in
 * ok-recurrence-text.c, its dates are made in ok-recurrence-expand.c. */
#define G_LOG_DOMAIN "ok-recurrence"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-recurrence-private.h"
#include "ok-time.h"

#define MAX_SPAN_DAYS (3 * 366)
#define ALL_WEEKDAYS 0xFEu

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

gboolean
_ok_recurrence_parse_clock (const char *text,
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
  if (!_ok_recurrence_parse_clock (self->start_time, &start)
      || !_ok_recurrence_parse_clock (self->end_time, &end))
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

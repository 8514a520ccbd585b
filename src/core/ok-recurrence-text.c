/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The short text form of a weekly series rule, stored in
 * activity_series.rule, and the sentence that describes a rule in the UI.
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

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-recurrence-private.h"
#include "ok-time.h"

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

      if (g_strv_length (times) != 2
          || !_ok_recurrence_parse_clock (times[0], &minutes)
          || !_ok_recurrence_parse_clock (times[1], &minutes))
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

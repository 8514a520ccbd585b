/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Times at the edge of the store: activities happen at a wall-clock time in
 * the Netherlands, whatever the machine's own zone; what the store records
 * on its own (when a mark was made) is UTC. */
#define G_LOG_DOMAIN "ok-time"

#include "config.h"

#include <stdio.h>

#include "ok-time.h"

/* Used when the machine (a minimal container, a Flatpak without tzdata)
 * has no zoneinfo file for Europe/Amsterdam; GLib understands POSIX rules. */
#define AMSTERDAM_POSIX_RULE "CET-1CEST,M3.5.0,M10.5.0/3"

GTimeZone *
ok_time_zone (void)
{
  static GTimeZone *zone;

  if (g_once_init_enter (&zone))
    {
      GTimeZone *tz = g_time_zone_new_identifier ("Europe/Amsterdam");

      if (tz == NULL)
        tz = g_time_zone_new_identifier (AMSTERDAM_POSIX_RULE);
      g_once_init_leave (&zone, tz);
    }
  return zone;
}

/* Accepts 'YYYY-MM-DDTHH:MM', 'YYYY-MM-DD HH:MM', optionally with ':SS',
 * and full ISO 8601 with an offset (converted to Dutch local time); NULL
 * for a time that does not exist in Dutch local time. */
GDateTime *
ok_time_parse_local (const char *text)
{
  int y, mo, d, h, mi, s = 0, consumed = 0;
  char sep;

  if (text == NULL)
    return NULL;

  if (sscanf (text, "%4d-%2d-%2d%c%2d:%2d%n", &y, &mo, &d, &sep, &h, &mi, &consumed) == 6
      && (sep == 'T' || sep == ' '))
    {
      const char *rest = text + consumed;

      if (rest[0] == ':' && g_ascii_isdigit (rest[1]) && g_ascii_isdigit (rest[2]))
        {
          s = (rest[1] - '0') * 10 + (rest[2] - '0');
          rest += 3;
        }
      if (*rest == '\0')
        {
          g_autoptr(GDateTime) local = NULL;

          if (y < 1900 || y > 9999 || s > 59)
            return NULL;
          local = g_date_time_new (ok_time_zone (), y, mo, d, h, mi, s);
          /* The hour the clocks skip in spring does not exist; GLib would
           * quietly move it. */
          if (local == NULL || g_date_time_get_hour (local) != h || g_date_time_get_minute (local) != mi)
            return NULL;
          return g_steal_pointer (&local);
        }
    }

  {
    g_autoptr(GDateTime) other = g_date_time_new_from_iso8601 (text, NULL);

    if (other == NULL)
      return NULL;
    return g_date_time_to_timezone (other, ok_time_zone ());
  }
}

char *
ok_time_format_local (GDateTime *dt)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (dt != NULL, NULL);

  local = g_date_time_to_timezone (dt, ok_time_zone ());
  return g_date_time_format (local, "%Y-%m-%dT%H:%M");
}

char *
ok_time_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

GDate *
ok_date_parse (const char *text)
{
  int y, m, d, consumed = 0;

  if (text == NULL || sscanf (text, "%4d-%2d-%2d%n", &y, &m, &d, &consumed) != 3
      || consumed != 10 || text[10] != '\0')
    return NULL;
  if (y < 1900 || y > 9999 || !g_date_valid_dmy (d, m, y))
    return NULL;
  return g_date_new_dmy (d, m, y);
}

char *
ok_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

gboolean
ok_date_is_valid_text (const char *text)
{
  g_autoptr(GDate) date = ok_date_parse (text);

  return date != NULL;
}

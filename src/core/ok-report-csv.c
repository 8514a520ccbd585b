/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report as CSV: one flat table, RFC 4180 (CRLF, quotes doubled).
 * Every row is section, key, value, families_reached, name; see README.md. */
#define G_LOG_DOMAIN "ok-report"

#include "config.h"

#include "ok-csv.h"
#include "ok-report-private.h"

void
_ok_report_append_csv_row (GString    *out,
                           const char *section,
                           const char *key,
                           const char *value,
                           const char *reached,
                           const char *name)
{
  ok_csv_append_field (out, section);
  g_string_append_c (out, ',');
  ok_csv_append_field (out, key);
  g_string_append_c (out, ',');
  ok_csv_append_field (out, value);
  g_string_append_c (out, ',');
  ok_csv_append_field (out, reached);
  g_string_append_c (out, ',');
  ok_csv_append_field (out, name);
  g_string_append (out, "\r\n");
}

static void
append_csv_int (GString    *out,
                const char *section,
                const char *key,
                gint64      value)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  _ok_report_append_csv_row (out, section, key, text, NULL, NULL);
}

static void
append_csv_figures (GString               *out,
                    const char            *section,
                    const OkReportPeriod  *period,
                    const OkReportFigures *figures)
{
  g_autofree char *label = ok_report_period_to_string (period);
  g_autofree char *from = ok_report_period_first_day (period);
  g_autofree char *to = ok_report_period_last_day (period);
  int tenths = ok_report_figures_reach_tenths (figures);
  g_autofree char *percent = g_strdup_printf ("%d.%d", tenths / 10, tenths % 10);

  _ok_report_append_csv_row (out, section, "quarter", label, NULL, NULL);
  _ok_report_append_csv_row (out, section, "from", from, NULL, NULL);
  _ok_report_append_csv_row (out, section, "to", to, NULL, NULL);
  append_csv_int (out, section, "activities", figures->activities);
  append_csv_int (out, section, "attendances", figures->attendances);
  append_csv_int (out, section, "unnamed_guests", figures->unnamed_guests);
  append_csv_int (out, section, "parents_reached", figures->parents_reached);
  append_csv_int (out, section, "families_reached", figures->families_reached);
  append_csv_int (out, section, "active_families", figures->active_families);
  _ok_report_append_csv_row (out, section, "reach_percent", percent, NULL, NULL);
}

static void
append_csv_counts (GString    *out,
                   const char *section,
                   GArray     *counts)
{
  for (guint i = 0; i < counts->len; i++)
    {
      OkReportCount *count = &g_array_index (counts, OkReportCount, i);

      append_csv_int (out, section, count->key, count->count);
    }
}

static void
append_csv_reach (GString    *out,
                  const char *section,
                  GArray     *reach)
{
  for (guint i = 0; i < reach->len; i++)
    {
      OkReportReach *item = &g_array_index (reach, OkReportReach, i);
      g_autofree char *active = g_strdup_printf ("%" G_GINT64_FORMAT, item->active_families);
      g_autofree char *reached = g_strdup_printf ("%" G_GINT64_FORMAT, item->families_reached);

      _ok_report_append_csv_row (out, section, item->key, active, reached, NULL);
    }
}

char *
ok_quarter_report_to_csv (OkQuarterReport *report,
                          gboolean         with_names)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  with_names = ok_quarter_report_has_names (report, with_names);

  _ok_report_append_csv_row (out, "section", "key", "value", "families_reached", "name");
  _ok_report_append_csv_row (out, "school", "name", report->school_name, NULL, NULL);
  append_csv_figures (out, "figures", &report->period, &report->figures);
  append_csv_figures (out, "previous", &report->previous_period, &report->previous);
  append_csv_counts (out, "by_type", report->by_type);
  append_csv_counts (out, "by_partnership", report->by_partnership);
  append_csv_counts (out, "by_month", report->by_month);
  append_csv_reach (out, "by_group", report->by_group);
  append_csv_reach (out, "by_language", report->by_language);
  _ok_report_invited_to_csv (report, out);
  for (guint i = 0; i < report->not_reached->len; i++)
    {
      OkReportFamily *family = &g_array_index (report->not_reached, OkReportFamily, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, family->id);

      _ok_report_append_csv_row (out, "not_reached", id, family->language, NULL,
                                 with_names ? family->name : NULL);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

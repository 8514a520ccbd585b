/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The quarterly overview for the director: its periods, its figures, and
 * the JSON and CSV forms of them. The counting itself is SQL, in
 * ok-store-report.c. */
#define G_LOG_DOMAIN "ok-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ok-csv.h"
#include "ok-date-text.h"
#include "ok-enums.h"
#include "ok-language.h"
#include "ok-report-private.h"
#include "ok-store-family.h"
#include "ok-store-report.h"
#include "ok-time.h"

/* Periods */

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

static void
period_first_date (const OkReportPeriod *period,
                   GDate                *date)
{
  g_date_clear (date, 1);
  if (period->kind == OK_REPORT_PERIOD_SCHOOL_YEAR)
    g_date_set_dmy (date, 1, G_DATE_AUGUST, period->year);
  else
    g_date_set_dmy (date, 1, (GDateMonth) (period->quarter * 3 - 2), period->year);
}

static void
period_last_date (const OkReportPeriod *period,
                  GDate                *date)
{
  OkReportPeriod next;

  ok_report_period_next (period, &next);
  period_first_date (&next, date);
  g_date_subtract_days (date, 1);
}

char *
ok_report_period_first_day (const OkReportPeriod *period)
{
  GDate date;

  period_first_date (period, &date);
  return ok_date_format (&date);
}

char *
ok_report_period_last_day (const OkReportPeriod *period)
{
  GDate date;

  period_last_date (period, &date);
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

  period_first_date (period, &from);
  period_last_date (period, &to);
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

/* Figures */

int
ok_report_figures_reach_tenths (const OkReportFigures *figures)
{
  if (figures->active_families <= 0)
    return 0;
  /* Integer arithmetic: 1/3 must be 33.3 on every machine. */
  return (int) ((2000 * figures->families_reached + figures->active_families)
                / (2 * figures->active_families));
}

/* The names of home languages in the user's own language, from the same
 * CLDR data the templates use; NULL when that language has none. */
static OkLanguage *
interface_language (void)
{
  static OkLanguage *language;
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      const char * const *names = g_get_language_names ();

      for (guint i = 0; names[i] != NULL && language == NULL; i++)
        {
          g_autofree char *path = NULL;
          g_autoptr(GBytes) bytes = NULL;
          g_autoptr(JsonParser) parser = NULL;

          if (!ok_language_code_is_valid (names[i]))
            continue;
          path = g_strdup_printf ("/nl/ouderkamer/core/locale/%s.json", names[i]);
          bytes = g_resources_lookup_data (path, 0, NULL);
          if (bytes == NULL)
            continue;
          parser = json_parser_new ();
          if (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), NULL))
            language = ok_language_new_from_json (json_parser_get_root (parser), NULL);
        }
      g_once_init_leave (&loaded, 1);
    }
  return language;
}

char *
ok_report_label (OkReportBreakdown  breakdown,
                 const char        *key)
{
  int value = 0;

  switch (breakdown)
    {
    case OK_REPORT_BY_TYPE:
      if (ok_enum_from_nick (OK_TYPE_ACTIVITY_KIND, key, &value))
        return g_strdup (ok_enum_to_label (OK_TYPE_ACTIVITY_KIND, value));
      break;
    case OK_REPORT_BY_PARTNERSHIP:
      if (ok_enum_from_nick (OK_TYPE_PARTNERSHIP, key, &value))
        return g_strdup (ok_enum_to_label (OK_TYPE_PARTNERSHIP, value));
      break;
    case OK_REPORT_BY_GROUP:
      if (key == NULL || *key == '\0')
        return g_strdup (_("No group"));
      if (g_ascii_isdigit (key[0]))
        return g_strdup_printf (_("Group %s"), key);
      break;
    case OK_REPORT_BY_LANGUAGE:
      if (g_strcmp0 (key, "und") == 0)
        return g_strdup (_("Unknown"));
      if (interface_language () != NULL
          && ok_language_get_language_name (interface_language (), key) != NULL)
        return g_strdup (ok_language_get_language_name (interface_language (), key));
      break;
    case OK_REPORT_BY_MONTH:
      {
        int year = 0, month = 0;

        if (key != NULL && sscanf (key, "%4d-%2d", &year, &month) == 2 && month >= 1 && month <= 12)
          {
            GDate date;

            g_date_clear (&date, 1);
            g_date_set_dmy (&date, 1, (GDateMonth) month, year);
            return g_strdup (ok_date_text_month_abbrev ((GDateMonth) month));
          }
      }
      break;
    default:
      g_return_val_if_reached (NULL);
    }
  return g_strdup (key != NULL ? key : "");
}

/* The report */

static void
count_clear (gpointer data)
{
  OkReportCount *count = data;

  g_free (count->key);
}

static void
reach_clear (gpointer data)
{
  OkReportReach *reach = data;

  g_free (reach->key);
}

static void
family_clear (gpointer data)
{
  OkReportFamily *family = data;

  g_free (family->name);
  g_free (family->language);
}

static GArray *
counts_new (void)
{
  GArray *counts = g_array_new (FALSE, TRUE, sizeof (OkReportCount));

  g_array_set_clear_func (counts, count_clear);
  return counts;
}

static void
counts_add_key (GArray     *counts,
                const char *key)
{
  OkReportCount count = { g_strdup (key), 0 };

  g_array_append_val (counts, count);
}

static GArray *
enum_counts_new (GType       enum_type,
                 const char *last)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GArray *counts = counts_new ();

  for (guint i = 0; i < klass->n_values; i++)
    if (g_strcmp0 (klass->values[i].value_nick, last) != 0)
      counts_add_key (counts, klass->values[i].value_nick);
  if (last != NULL)
    counts_add_key (counts, last);
  return counts;
}

static GArray *
month_counts_new (const OkReportPeriod *period)
{
  GArray *counts = counts_new ();
  GDate date, last;

  period_first_date (period, &date);
  period_last_date (period, &last);
  while (g_date_compare (&date, &last) <= 0)
    {
      g_autofree char *key = g_strdup_printf ("%04d-%02d", g_date_get_year (&date),
                                              g_date_get_month (&date));

      counts_add_key (counts, key);
      g_date_add_months (&date, 1);
    }
  return counts;
}

OkQuarterReport *
ok_quarter_report_new (const OkReportPeriod *period,
                       gint64                school_id,
                       OkReportFlags         flags)
{
  OkQuarterReport *report;

  g_return_val_if_fail (period != NULL, NULL);

  report = g_atomic_rc_box_new0 (OkQuarterReport);
  report->period = *period;
  ok_report_period_previous (period, &report->previous_period);
  report->flags = flags;
  report->school_id = (flags & OK_REPORT_ALL_SCHOOLS) != 0 ? 0 : school_id;

  report->by_type = enum_counts_new (OK_TYPE_ACTIVITY_KIND, NULL);
  report->by_partnership = enum_counts_new (OK_TYPE_PARTNERSHIP, "none");
  report->by_month = month_counts_new (period);
  report->by_group = g_array_new (FALSE, TRUE, sizeof (OkReportReach));
  g_array_set_clear_func (report->by_group, reach_clear);
  report->by_language = g_array_new (FALSE, TRUE, sizeof (OkReportReach));
  g_array_set_clear_func (report->by_language, reach_clear);
  report->not_reached = g_array_new (FALSE, TRUE, sizeof (OkReportFamily));
  g_array_set_clear_func (report->not_reached, family_clear);
  _ok_report_invited_init (report);
  return report;
}

static void
report_clear (gpointer data)
{
  OkQuarterReport *report = data;

  g_free (report->school_name);
  g_array_unref (report->by_type);
  g_array_unref (report->by_partnership);
  g_array_unref (report->by_month);
  g_array_unref (report->by_group);
  g_array_unref (report->by_language);
  g_array_unref (report->not_reached);
  _ok_report_invited_clear (report);
}

OkQuarterReport *
ok_quarter_report_ref (OkQuarterReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);

  return g_atomic_rc_box_acquire (report);
}

void
ok_quarter_report_unref (OkQuarterReport *report)
{
  g_return_if_fail (report != NULL);

  g_atomic_rc_box_release_full (report, report_clear);
}

G_DEFINE_BOXED_TYPE (OkQuarterReport, ok_quarter_report, ok_quarter_report_ref, ok_quarter_report_unref)

/* Groups in the order people count them: 1, 2, … 8, 10, not 1, 10, 2. */
static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const OkReportReach *ra = a, *rb = b;
  g_autofree char *ka = NULL;
  g_autofree char *kb = NULL;

  if ((*ra->key == '\0') != (*rb->key == '\0'))
    return *ra->key == '\0' ? 1 : -1;
  ka = g_utf8_collate_key_for_filename (ra->key, -1);
  kb = g_utf8_collate_key_for_filename (rb->key, -1);
  return strcmp (ka, kb);
}

static int
compare_languages (gconstpointer a,
                   gconstpointer b)
{
  const OkReportReach *ra = a, *rb = b;
  gboolean ua = g_str_equal (ra->key, "und"), ub = g_str_equal (rb->key, "und");

  if (ua != ub)
    return ua ? 1 : -1;
  if (ra->active_families != rb->active_families)
    return ra->active_families > rb->active_families ? -1 : 1;
  return strcmp (ra->key, rb->key);
}

OkQuarterReport *
ok_quarter_report_compute (OkStore               *store,
                           const OkReportPeriod  *period,
                           gint64                 school_id,
                           OkReportFlags          flags,
                           GCancellable          *cancellable,
                           GError               **error)
{
  g_autoptr(OkQuarterReport) report = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  if (school_id <= 0)
    school_id = ok_store_get_school_id (store);
  report = ok_quarter_report_new (period, school_id, flags);

  if ((flags & OK_REPORT_ALL_SCHOOLS) != 0)
    report->school_name = g_strdup (_("All schools"));
  else
    {
      g_autoptr(OkSchool) school = ok_store_school_get (store, school_id, error);

      if (school == NULL)
        return NULL;
      report->school_name = g_strdup (ok_school_get_name (school));
    }

  if (!ok_store_report_fill (store, report, cancellable, error))
    return NULL;

  g_array_sort (report->by_group, compare_groups);
  g_array_sort (report->by_language, compare_languages);
  _ok_report_invited_sort (report);
  return g_steal_pointer (&report);
}

typedef struct {
  char *location;
  OkReportPeriod period;
  gint64 school_id;
  OkReportFlags flags;
} ComputeData;

static void
compute_data_free (gpointer data)
{
  ComputeData *compute = data;

  g_free (compute->location);
  g_free (compute);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *compute = task_data;
  g_autoptr(OkStore) worker = NULL;
  g_autoptr(GError) error = NULL;
  OkQuarterReport *report;

  /* libgda objects belong to one thread: this one gets its own connection,
   * and keeps no reference to the caller's store, so that a cancelled
   * report that is still counting does not hold the caller's store open. */
  worker = ok_store_open_full (compute->location, OK_STORE_OPEN_NO_MIGRATE, &error);
  if (worker == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  report = ok_quarter_report_compute (worker, &compute->period, compute->school_id,
                                      compute->flags, cancellable, &error);
  if (report == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, report, (GDestroyNotify) ok_quarter_report_unref);
}

void
ok_quarter_report_compute_async (OkStore              *store,
                                 const OkReportPeriod *period,
                                 gint64                school_id,
                                 OkReportFlags         flags,
                                 GCancellable         *cancellable,
                                 GAsyncReadyCallback   callback,
                                 gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ComputeData *compute;

  g_return_if_fail (OK_IS_STORE (store));
  g_return_if_fail (period != NULL);

  compute = g_new0 (ComputeData, 1);
  compute->location = g_strdup (ok_store_get_location (store));
  compute->period = *period;
  compute->school_id = school_id > 0 ? school_id : ok_store_get_school_id (store);
  compute->flags = flags;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ok_quarter_report_compute_async);
  g_task_set_task_data (task, compute, compute_data_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, compute_thread);
}

OkQuarterReport *
ok_quarter_report_compute_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ok_quarter_report_compute_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* JSON */

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_period (JsonBuilder          *builder,
            const OkReportPeriod *period)
{
  g_autofree char *label = ok_report_period_to_string (period);
  g_autofree char *from = ok_report_period_first_day (period);
  g_autofree char *to = ok_report_period_last_day (period);

  add_string (builder, "quarter", label);
  add_string (builder, "from", from);
  add_string (builder, "to", to);
}

static void
add_headline (JsonBuilder           *builder,
              const OkReportFigures *figures)
{
  add_int (builder, "attendances", figures->attendances);
  add_int (builder, "unnamed_guests", figures->unnamed_guests);
  add_int (builder, "parents_reached", figures->parents_reached);
  add_int (builder, "families_reached", figures->families_reached);
  add_int (builder, "active_families", figures->active_families);
  json_builder_set_member_name (builder, "reach_percent");
  json_builder_add_double_value (builder, ok_report_figures_reach_tenths (figures) / 10.0);
}

static void
add_counts (JsonBuilder *builder,
            const char  *name,
            GArray      *counts)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  for (guint i = 0; i < counts->len; i++)
    {
      OkReportCount *count = &g_array_index (counts, OkReportCount, i);

      add_int (builder, count->key, count->count);
    }
  json_builder_end_object (builder);
}

static void
add_reach (JsonBuilder *builder,
           const char  *name,
           const char  *key_name,
           GArray      *reach)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < reach->len; i++)
    {
      OkReportReach *item = &g_array_index (reach, OkReportReach, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, key_name);
      /* Children without a group form a group of their own, named null. */
      if (*item->key == '\0')
        json_builder_add_null_value (builder);
      else
        json_builder_add_string_value (builder, item->key);
      add_int (builder, "active_families", item->active_families);
      add_int (builder, "families_reached", item->families_reached);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

gboolean
ok_quarter_report_has_names (OkQuarterReport *report,
                             gboolean         with_names)
{
  g_return_val_if_fail (report != NULL, FALSE);

  return with_names && (report->flags & OK_REPORT_WITH_NAMES) != 0;
}

JsonNode *
ok_quarter_report_to_json (OkQuarterReport *report,
                           gboolean         with_names)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (report != NULL, NULL);

  with_names = ok_quarter_report_has_names (report, with_names);

  json_builder_begin_object (builder);
  add_period (builder, &report->period);

  json_builder_set_member_name (builder, "activities");
  json_builder_begin_object (builder);
  add_int (builder, "total", report->figures.activities);
  add_counts (builder, "by_type", report->by_type);
  add_counts (builder, "by_partnership", report->by_partnership);
  json_builder_end_object (builder);

  add_headline (builder, &report->figures);
  add_reach (builder, "by_group", "group", report->by_group);
  add_reach (builder, "by_language", "language", report->by_language);
  _ok_report_invited_to_json (report, builder);

  json_builder_set_member_name (builder, "not_reached");
  json_builder_begin_object (builder);
  add_int (builder, "count", report->not_reached->len);
  json_builder_set_member_name (builder, "families");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->not_reached->len; i++)
    {
      OkReportFamily *family = &g_array_index (report->not_reached, OkReportFamily, i);

      json_builder_begin_object (builder);
      add_int (builder, "id", family->id);
      if (with_names)
        add_string (builder, "name", family->name);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "previous");
  json_builder_begin_object (builder);
  add_period (builder, &report->previous_period);
  json_builder_set_member_name (builder, "activities");
  json_builder_begin_object (builder);
  add_int (builder, "total", report->previous.activities);
  json_builder_end_object (builder);
  add_headline (builder, &report->previous);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* json-glib writes doubles with 17 digits (33.299999999999997); a director
 * reads 33.3. This writer prints the shortest form that reads back as the
 * same number, and is otherwise json-glib's pretty output. */
static void
write_json_string (GString    *out,
                   const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
write_json_double (GString *out,
                   double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  int decimals;

  for (decimals = 0; decimals <= 6; decimals++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  if (decimals > 6)
    g_ascii_dtostr (buf, sizeof buf, value);
  g_string_append (out, buf);
  if (decimals == 0)
    g_string_append (out, ".0");
}

static void
write_json_node (GString  *out,
                 JsonNode *node,
                 int       depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);

        if (members == NULL)
          {
            g_string_append (out, "{}");
            break;
          }
        g_string_append (out, "{\n");
        for (GList *l = members; l != NULL; l = l->next)
          {
            g_string_append_printf (out, "%*s", 2 * (depth + 1), "");
            write_json_string (out, l->data);
            g_string_append (out, " : ");
            write_json_node (out, json_object_get_member (object, l->data), depth + 1);
            g_string_append (out, l->next != NULL ? ",\n" : "\n");
          }
        g_string_append_printf (out, "%*s}", 2 * depth, "");
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        g_string_append (out, "[\n");
        for (guint i = 0; i < n; i++)
          {
            g_string_append_printf (out, "%*s", 2 * (depth + 1), "");
            write_json_node (out, json_array_get_element (array, i), depth + 1);
            g_string_append (out, i + 1 < n ? ",\n" : "\n");
          }
        g_string_append_printf (out, "%*s]", 2 * depth, "");
      }
      break;
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          write_json_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        default:
          write_json_string (out, json_node_get_string (node));
          break;
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

char *
ok_quarter_report_to_json_text (OkQuarterReport *report,
                                gboolean         with_names)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  root = ok_quarter_report_to_json (report, with_names);
  write_json_node (out, root, 0);
  g_string_append_c (out, '\n');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* CSV: one flat table, RFC 4180 (CRLF, quotes doubled). Every row is
 * section, key, value, families_reached, name; see README.md. */

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

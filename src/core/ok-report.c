/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The quarterly overview for the director: its figures and how they are
 * computed. The counting itself is SQL, in ok-store-report.c; the periods
 * are in ok-report-period.c, the JSON and CSV forms in ok-report-json.c and
 * ok-report-csv.c. */
#define G_LOG_DOMAIN "ok-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "ok-date-text.h"
#include "ok-enums.h"
#include "ok-language.h"
#include "ok-report-private.h"
#include "ok-store-family.h"
#include "ok-store-report.h"

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

  _ok_report_period_first_date (period, &date);
  _ok_report_period_last_date (period, &last);
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

gboolean
ok_quarter_report_has_names (OkQuarterReport *report,
                             gboolean         with_names)
{
  g_return_val_if_fail (report != NULL, FALSE);

  return with_names && (report->flags & OK_REPORT_WITH_NAMES) != 0;
}

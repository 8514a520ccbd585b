/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The quarterly overview's figures, counted by the database: three
 * aggregate queries cover the period and the one before it, and a fourth
 * counts which invitations of the period worked. The same SQL runs on
 * SQLite and PostgreSQL: dates and local times are ISO text, which both
 * compare alike, and only standard SQL is used. */
#define G_LOG_DOMAIN "ok-store-report"

#include "config.h"

#include <string.h>

#include "ok-report-private.h"
#include "ok-store-private.h"
#include "ok-store-report.h"

/* Each query exists twice, for one school and for every school: a plain
 * equality keeps the (school_id, …) indexes usable, and the board variant
 * still binds the parameter so both take the same arguments. */
#define ONE_SCHOOL(t) t ".school_id = ##school::gint64"
#define ALL_SCHOOLS(t) "##school::gint64 = 0"

#define CUR_FROM "##from::string"
#define CUR_TO "##to::string"
#define CUR_UNTIL "##until::string"
#define PREV_FROM "##pfrom::string"
#define PREV_TO "##pto::string"

/* An activity counts when it starts in [from, until) and is not cancelled;
 * starts_at is 'YYYY-MM-DDTHH:MM' local time, so a date compares as the
 * start of that day. */
#define HELD_IN(SCHOOL, from, until) \
  SCHOOL ("a") " AND a.starts_at >= " from " AND a.starts_at < " until \
  " AND a.status <> 'cancelled'"

/* A child is enrolled on at least one day of [from, to]. */
#define ENROLLED_IN(SCHOOL, from, to) \
  SCHOOL ("c") " AND c.enrolled_from <= " to \
  " AND (c.enrolled_until IS NULL OR c.enrolled_until >= " from ")"

/* The families reached in the period, as the whole app counts reach. */
#define REACHED(SCHOOL, from, until) OK_SQL_REACHED_FAMILIES (SCHOOL ("a"), from, until)

/* Period 0 is the report's own, 1 the previous one. */
#define SQL_ACTIVITIES(SCHOOL) \
  "SELECT CASE WHEN a.starts_at >= " CUR_FROM " THEN 0 ELSE 1 END, a.kind, " \
  "coalesce(a.partnership, 'none'), count(*), coalesce(sum(a.unnamed_guests), 0) " \
  "FROM activity a WHERE " HELD_IN (SCHOOL, PREV_FROM, CUR_UNTIL) " " \
  "GROUP BY 1, 2, 3"

/* The next two share common table expressions, which both databases
 * compute once however often they are used. libgda runs a statement on
 * SQLite only when it starts with SELECT, hence the SELECT * around them;
 * and IN rather than EXISTS, which libgda writes back out as
 * EXISTS ((SELECT …)), a form SQLite rejects. */

/* Attendances per month of both periods, and parents reached per period. */
#define SQL_ATTENDANCE(SCHOOL) \
  "SELECT * FROM (WITH present AS (" \
  "SELECT a.starts_at, t.parent_id FROM activity a JOIN attendance t ON t.activity_id = a.id " \
  "WHERE " HELD_IN (SCHOOL, PREV_FROM, CUR_UNTIL) " AND t.status = 'present') " \
  "SELECT 'month' AS kind, substr(starts_at, 1, 7) AS k, count(*) AS n FROM present GROUP BY 2 " \
  "UNION ALL " \
  "SELECT 'parents', CASE WHEN starts_at >= " CUR_FROM " THEN 'current' ELSE 'previous' END, " \
  "count(DISTINCT parent_id) FROM present GROUP BY 2) x"

/* The active families of the period with their primary home language and
 * whether they were reached; then from them the totals, the counts per
 * group and per language, the families not reached (k: their language,
 * n: their id), and the totals of the previous period. A family with
 * children in two groups counts in both groups. Names are read only when
 * asked for. */
#define SQL_FAMILIES(SCHOOL, NAME) \
  "SELECT * FROM (WITH " \
  "active AS (SELECT c.family_id, coalesce(c.group_name, '') AS grp FROM child c " \
  "WHERE " ENROLLED_IN (SCHOOL, CUR_FROM, CUR_TO) "), " \
  "reached AS (" REACHED (SCHOOL, CUR_FROM, CUR_UNTIL) "), " \
  "families AS (SELECT f.family_id, coalesce(l.code, 'und') AS language, " \
  "CASE WHEN f.family_id IN (SELECT family_id FROM reached) THEN 1 ELSE 0 END AS reached" \
  NAME (", n.name") " " \
  "FROM (SELECT DISTINCT family_id FROM active) f " \
  "LEFT JOIN family_language l ON l.family_id = f.family_id AND l.position = 0" \
  NAME (" JOIN family n ON n.id = f.family_id") "), " \
  "previous_active AS (SELECT DISTINCT c.family_id FROM child c " \
  "WHERE " ENROLLED_IN (SCHOOL, PREV_FROM, PREV_TO) "), " \
  "previous_reached AS (" REACHED (SCHOOL, PREV_FROM, CUR_FROM) ") " \
  "SELECT 'current' AS kind, '' AS k, count(*) AS n, coalesce(sum(reached), 0) AS reached" \
  NAME (", '' AS name") " FROM families " \
  "UNION ALL " \
  "SELECT 'group', g.grp, count(*), coalesce(sum(f.reached), 0)" NAME (", ''") " " \
  "FROM (SELECT DISTINCT family_id, grp FROM active) g " \
  "JOIN families f ON f.family_id = g.family_id GROUP BY 2 " \
  "UNION ALL " \
  "SELECT 'language', language, count(*), coalesce(sum(reached), 0)" NAME (", ''") " " \
  "FROM families GROUP BY 2 " \
  "UNION ALL " \
  "SELECT 'not_reached', language, family_id, 0" NAME (", name") " " \
  "FROM families WHERE reached = 0 " \
  "UNION ALL " \
  "SELECT 'previous', '', count(*), " \
  "count(CASE WHEN family_id IN (SELECT family_id FROM previous_reached) THEN 1 END)" \
  NAME (", ''") " FROM previous_active) x"

/* The families invited to an activity of the period (an invitation or a
 * reminder about it logged as a contact moment) and whether a parent of
 * the family was present at it: in all, per channel and per language of
 * the messages. A family counts once per activity in each, so one that got
 * an invitation by letter and a reminder by SMS counts under both channels
 * but once in all. */
#define SQL_INVITED(SCHOOL) \
  "SELECT * FROM (WITH " \
  "sent AS (SELECT m.activity_id, m.family_id, m.channel, coalesce(m.language, 'und') AS language " \
  "FROM activity a JOIN contact_moment m ON m.activity_id = a.id " \
  "WHERE " HELD_IN (SCHOOL, CUR_FROM, CUR_UNTIL) " " \
  "AND m.template IN ('theme-meeting-invitation', 'coffee-morning-invitation', 'reminder')), " \
  "came AS (SELECT DISTINCT t.activity_id, p.family_id FROM activity a " \
  "JOIN attendance t ON t.activity_id = a.id JOIN parent p ON p.id = t.parent_id " \
  "WHERE " HELD_IN (SCHOOL, CUR_FROM, CUR_UNTIL) " AND t.status = 'present' " \
  "AND p.family_id IS NOT NULL), " \
  "pairs AS (SELECT DISTINCT s.activity_id, s.family_id, s.channel, s.language, " \
  "CASE WHEN c.family_id IS NULL THEN 0 ELSE 1 END AS came FROM sent s " \
  "LEFT JOIN came c ON c.activity_id = s.activity_id AND c.family_id = s.family_id) " \
  "SELECT 'all' AS kind, '' AS k, count(*) AS n, coalesce(sum(came), 0) AS came " \
  "FROM (SELECT DISTINCT activity_id, family_id, came FROM pairs) x " \
  "UNION ALL " \
  "SELECT 'channel', channel, count(*), coalesce(sum(came), 0) " \
  "FROM (SELECT DISTINCT activity_id, family_id, channel, came FROM pairs) y GROUP BY channel " \
  "UNION ALL " \
  "SELECT 'language', language, count(*), coalesce(sum(came), 0) " \
  "FROM (SELECT DISTINCT activity_id, family_id, language, came FROM pairs) z GROUP BY language) w"

#define NO_NAME(column) ""
#define WITH_NAME(column) column

static const char * const sql_activities[] = {
  SQL_ACTIVITIES (ONE_SCHOOL),
  SQL_ACTIVITIES (ALL_SCHOOLS),
};

static const char * const sql_attendance[] = {
  SQL_ATTENDANCE (ONE_SCHOOL),
  SQL_ATTENDANCE (ALL_SCHOOLS),
};

static const char * const sql_families[] = {
  SQL_FAMILIES (ONE_SCHOOL, NO_NAME),
  SQL_FAMILIES (ALL_SCHOOLS, NO_NAME),
  SQL_FAMILIES (ONE_SCHOOL, WITH_NAME),
  SQL_FAMILIES (ALL_SCHOOLS, WITH_NAME),
};

static const char * const sql_invited[] = {
  SQL_INVITED (ONE_SCHOOL),
  SQL_INVITED (ALL_SCHOOLS),
};

/* The dates every query binds, as text. */
typedef struct {
  char *from;
  char *to;
  char *until;
  char *pfrom;
  char *pto;
} PeriodBounds;

static void
period_bounds_clear (PeriodBounds *bounds)
{
  g_free (bounds->from);
  g_free (bounds->to);
  g_free (bounds->until);
  g_free (bounds->pfrom);
  g_free (bounds->pto);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PeriodBounds, period_bounds_clear)

static void
period_bounds_init (PeriodBounds    *bounds,
                    OkQuarterReport *report)
{
  OkReportPeriod next;

  ok_report_period_next (&report->period, &next);
  bounds->from = ok_report_period_first_day (&report->period);
  bounds->to = ok_report_period_last_day (&report->period);
  bounds->until = ok_report_period_first_day (&next);
  bounds->pfrom = ok_report_period_first_day (&report->previous_period);
  bounds->pto = ok_report_period_last_day (&report->previous_period);
}

static void
add_count (GArray     *counts,
           const char *key,
           gint64      n)
{
  for (guint i = 0; i < counts->len; i++)
    {
      OkReportCount *count = &g_array_index (counts, OkReportCount, i);

      if (g_strcmp0 (count->key, key) == 0)
        {
          count->count += n;
          return;
        }
    }
  g_warning ("Unexpected key “%s” in the report", key);
}

static void
append_reach (GArray       *reach,
              GdaDataModel *model,
              int           row)
{
  OkReportReach item = {
    .key = _ok_rows_dup_string (model, row, 1),
    .active_families = _ok_rows_int64 (model, row, 2),
    .families_reached = _ok_rows_int64 (model, row, 3),
  };

  if (item.key == NULL)
    item.key = g_strdup ("");
  g_array_append_val (reach, item);
}

static gboolean
fill_activities (OkStore         *store,
                 OkQuarterReport *report,
                 guint            scope,
                 PeriodBounds    *bounds,
                 GError         **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select (store, sql_activities[scope], error,
                            "school", G_TYPE_INT64, report->school_id,
                            "from", G_TYPE_STRING, bounds->from,
                            "until", G_TYPE_STRING, bounds->until,
                            "pfrom", G_TYPE_STRING, bounds->pfrom,
                            NULL);
  if (model == NULL)
    return FALSE;

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      gboolean previous = _ok_rows_int64 (model, i, 0) != 0;
      OkReportFigures *figures = previous ? &report->previous : &report->figures;
      gint64 n = _ok_rows_int64 (model, i, 3);

      figures->activities += n;
      figures->unnamed_guests += _ok_rows_int64 (model, i, 4);
      if (!previous)
        {
          add_count (report->by_type, _ok_rows_string (model, i, 1), n);
          add_count (report->by_partnership, _ok_rows_string (model, i, 2), n);
        }
    }
  return TRUE;
}

static gboolean
fill_attendance (OkStore         *store,
                 OkQuarterReport *report,
                 guint            scope,
                 PeriodBounds    *bounds,
                 GError         **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autofree char *first_month = g_strndup (bounds->from, 7);

  model = _ok_store_select (store, sql_attendance[scope], error,
                            "school", G_TYPE_INT64, report->school_id,
                            "from", G_TYPE_STRING, bounds->from,
                            "until", G_TYPE_STRING, bounds->until,
                            "pfrom", G_TYPE_STRING, bounds->pfrom,
                            NULL);
  if (model == NULL)
    return FALSE;

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      const char *kind = _ok_rows_string (model, i, 0);
      const char *key = _ok_rows_string (model, i, 1);
      gint64 n = _ok_rows_int64 (model, i, 2);

      if (g_strcmp0 (kind, "month") == 0)
        {
          /* Months sort as text, like the dates they start with. */
          if (g_strcmp0 (key, first_month) >= 0)
            {
              report->figures.attendances += n;
              add_count (report->by_month, key, n);
            }
          else
            report->previous.attendances += n;
        }
      else if (g_strcmp0 (key, "current") == 0)
        report->figures.parents_reached = n;
      else
        report->previous.parents_reached = n;
    }
  return TRUE;
}

static int
compare_families (gconstpointer a,
                  gconstpointer b)
{
  gint64 x = ((const OkReportFamily *) a)->id, y = ((const OkReportFamily *) b)->id;

  return x < y ? -1 : x > y;
}

static gboolean
fill_families (OkStore         *store,
               OkQuarterReport *report,
               guint            scope,
               PeriodBounds    *bounds,
               GError         **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  gboolean with_names = (report->flags & OK_REPORT_WITH_NAMES) != 0;

  model = _ok_store_select (store, sql_families[scope + (with_names ? 2 : 0)], error,
                            "school", G_TYPE_INT64, report->school_id,
                            "from", G_TYPE_STRING, bounds->from,
                            "to", G_TYPE_STRING, bounds->to,
                            "until", G_TYPE_STRING, bounds->until,
                            "pfrom", G_TYPE_STRING, bounds->pfrom,
                            "pto", G_TYPE_STRING, bounds->pto,
                            NULL);
  if (model == NULL)
    return FALSE;

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      const char *kind = _ok_rows_string (model, i, 0);

      if (g_strcmp0 (kind, "group") == 0)
        append_reach (report->by_group, model, i);
      else if (g_strcmp0 (kind, "language") == 0)
        append_reach (report->by_language, model, i);
      else if (g_strcmp0 (kind, "not_reached") == 0)
        {
          OkReportFamily family = {
            .id = _ok_rows_int64 (model, i, 2),
            .language = _ok_rows_dup_string (model, i, 1),
            .name = with_names ? _ok_rows_dup_string (model, i, 4) : NULL,
          };

          g_array_append_val (report->not_reached, family);
        }
      else
        {
          OkReportFigures *figures = g_strcmp0 (kind, "current") == 0
                                     ? &report->figures : &report->previous;

          figures->active_families = _ok_rows_int64 (model, i, 2);
          figures->families_reached = _ok_rows_int64 (model, i, 3);
        }
    }
  g_array_sort (report->not_reached, compare_families);
  return TRUE;
}

static gboolean
fill_invited (OkStore         *store,
              OkQuarterReport *report,
              guint            scope,
              PeriodBounds    *bounds,
              GError         **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select (store, sql_invited[scope], error,
                            "school", G_TYPE_INT64, report->school_id,
                            "from", G_TYPE_STRING, bounds->from,
                            "until", G_TYPE_STRING, bounds->until,
                            NULL);
  if (model == NULL)
    return FALSE;

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      const char *kind = _ok_rows_string (model, i, 0);
      gint64 invited = _ok_rows_int64 (model, i, 2);
      gint64 came = _ok_rows_int64 (model, i, 3);

      if (g_strcmp0 (kind, "all") == 0)
        report->invited = (OkReportInvited) { NULL, invited, came };
      else
        _ok_report_invited_add (report, g_strcmp0 (kind, "channel") == 0,
                                _ok_rows_string (model, i, 1), invited, came);
    }
  return TRUE;
}

gboolean
ok_store_report_fill (OkStore          *store,
                      OkQuarterReport  *report,
                      GCancellable     *cancellable,
                      GError          **error)
{
  static gboolean (* const steps[]) (OkStore *, OkQuarterReport *, guint, PeriodBounds *,
                                     GError **) = {
    fill_activities, fill_attendance, fill_families, fill_invited,
  };
  g_auto(PeriodBounds) bounds = { NULL, };
  guint scope = (report->flags & OK_REPORT_ALL_SCHOOLS) != 0 ? 1 : 0;
  gboolean outermost;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  period_bounds_init (&bounds, report);

  /* One read transaction, so that all figures come from the same state of
   * the database even while someone is checking parents in. SQLite's WAL
   * gives a transaction one snapshot; PostgreSQL must be asked for it. */
  outermost = !ok_store_in_transaction (store);
  if (!ok_store_begin (store, error))
    return FALSE;
  if (outermost && ok_store_get_dialect (store) == OK_STORE_DIALECT_POSTGRESQL
      && _ok_store_execute (store, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY",
                            error, NULL) < 0)
    {
      ok_store_rollback (store);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error)
          || !steps[i] (store, report, scope, &bounds, error))
        {
          ok_store_rollback (store);
          return FALSE;
        }
    }
  return ok_store_commit (store, error);
}

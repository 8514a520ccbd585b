/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A weekly series as a whole: planning it, changing it from one of its
 * dates on, ending it early. What changed is worked out field by field
 * against the stored date, so that "this and following" carries only the
 * officer's change to the later dates: a later date whose location was
 * changed earlier for the rest of the series keeps it when now only the
 * time changes. */
#define G_LOG_DOMAIN "ok-store-series"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-store-activity.h"
#include "ok-store-private.h"
#include "ok-store-series.h"
#include "ok-time.h"

gboolean
ok_store_series_create (OkStore       *store,
                        OkActivity    *model,
                        OkRecurrence  *recurrence,
                        OkHolidays    *holidays,
                        const char    *region,
                        gint64        *first_id,
                        GError       **error)
{
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *last = NULL;
  gint64 series_id;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_ACTIVITY (model), FALSE);
  g_return_val_if_fail (OK_IS_RECURRENCE (recurrence), FALSE);
  g_return_val_if_fail (first_id != NULL, FALSE);

  occurrences = ok_recurrence_expand (recurrence, holidays, region, error);
  if (occurrences == NULL)
    return FALSE;
  last = ok_recurrence_resolve_last_date (recurrence, holidays, region, error);
  if (last == NULL)
    return FALSE;
  rule = ok_recurrence_to_string (recurrence);

  if (!ok_store_begin (store, error))
    return FALSE;
  series_id = ok_store_series_insert (store, rule, ok_recurrence_get_first_date (recurrence), last,
                                      ok_recurrence_get_skip_holidays (recurrence), error);
  if (series_id <= 0)
    goto failed;

  *first_id = 0;
  for (guint i = 0; i < occurrences->len; i++)
    {
      OkOccurrence *occurrence = g_ptr_array_index (occurrences, i);

      if (ok_occurrence_is_skipped (occurrence))
        continue;
      ok_activity_set_id (model, 0);
      ok_activity_set_series_id (model, series_id);
      ok_activity_set_starts_at (model, ok_occurrence_get_starts_at (occurrence));
      ok_activity_set_ends_at (model, ok_occurrence_get_ends_at (occurrence));
      if (!ok_store_activity_insert (store, model, error))
        goto failed;
      if (*first_id == 0)
        *first_id = ok_activity_get_id (model);
    }
  if (*first_id == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("Every date of this series falls in a school holiday"));
      goto failed;
    }
  return ok_store_commit (store, error);

failed:
  ok_store_rollback (store);
  return FALSE;
}

/* What a date of a series shares with the others. */
typedef enum {
  FIELD_KIND         = 1 << 0,
  FIELD_TITLE        = 1 << 1,
  FIELD_THEME        = 1 << 2,
  FIELD_PARTNERSHIP  = 1 << 3,
  FIELD_DIMENSION    = 1 << 4,
  FIELD_LOCATION     = 1 << 5,
  FIELD_TIMES        = 1 << 6,
  FIELD_CAPACITY     = 1 << 7,
  FIELD_INTERPRETERS = 1 << 8,
  FIELD_PARTNER      = 1 << 9,
  FIELD_TARGET       = 1 << 10,
  FIELD_NOTES        = 1 << 11,
  FIELD_DAY          = 1 << 12,    /* not shared: the date's own day */
} Fields;

/* "HH:MM" of a local time, or NULL. */
static char *
clock_of (GDateTime *time)
{
  return time != NULL ? g_date_time_format (time, "%H:%M") : NULL;
}

static char *
day_of (GDateTime *time)
{
  return time != NULL ? g_date_time_format (time, "%Y-%m-%d") : NULL;
}

static gboolean
strv_equal (const char * const *a,
            const char * const *b)
{
  gboolean empty_a = a == NULL || a[0] == NULL;
  gboolean empty_b = b == NULL || b[0] == NULL;

  if (empty_a || empty_b)
    return empty_a == empty_b;
  return g_strv_equal (a, b);
}

/* Empty text and no text are the same to the officer. */
static gboolean
text_equal (const char *a,
            const char *b)
{
  return g_strcmp0 (a != NULL && *a != '\0' ? a : NULL, b != NULL && *b != '\0' ? b : NULL) == 0;
}

static Fields
changed_fields (OkActivity *before,
                OkActivity *after)
{
  g_autofree char *start_before = clock_of (ok_activity_get_starts_at (before));
  g_autofree char *start_after = clock_of (ok_activity_get_starts_at (after));
  g_autofree char *end_before = clock_of (ok_activity_get_ends_at (before));
  g_autofree char *end_after = clock_of (ok_activity_get_ends_at (after));
  g_autofree char *day_before = day_of (ok_activity_get_starts_at (before));
  g_autofree char *day_after = day_of (ok_activity_get_starts_at (after));
  Fields fields = 0;

  if (ok_activity_get_kind (before) != ok_activity_get_kind (after))
    fields |= FIELD_KIND;
  if (!text_equal (ok_activity_get_title (before), ok_activity_get_title (after)))
    fields |= FIELD_TITLE;
  if (!text_equal (ok_activity_get_theme (before), ok_activity_get_theme (after)))
    fields |= FIELD_THEME;
  if (ok_activity_get_partnership (before) != ok_activity_get_partnership (after))
    fields |= FIELD_PARTNERSHIP;
  if (ok_activity_get_dimension (before) != ok_activity_get_dimension (after))
    fields |= FIELD_DIMENSION;
  if (!text_equal (ok_activity_get_location (before), ok_activity_get_location (after)))
    fields |= FIELD_LOCATION;
  if (g_strcmp0 (start_before, start_after) != 0 || g_strcmp0 (end_before, end_after) != 0)
    fields |= FIELD_TIMES;
  if (ok_activity_get_capacity (before) != ok_activity_get_capacity (after))
    fields |= FIELD_CAPACITY;
  if (!strv_equal (ok_activity_get_interpreter_languages (before), ok_activity_get_interpreter_languages (after)))
    fields |= FIELD_INTERPRETERS;
  if (!text_equal (ok_activity_get_partner (before), ok_activity_get_partner (after)))
    fields |= FIELD_PARTNER;
  if (ok_activity_get_target_group (before) != ok_activity_get_target_group (after)
      || !strv_equal (ok_activity_get_target_groups (before), ok_activity_get_target_groups (after)))
    fields |= FIELD_TARGET;
  if (!text_equal (ok_activity_get_notes (before), ok_activity_get_notes (after)))
    fields |= FIELD_NOTES;
  if (g_strcmp0 (day_before, day_after) != 0)
    fields |= FIELD_DAY;
  return fields;
}

/* The time of day of time, on the day of date. */
static GDateTime *
clock_on_day (GDateTime *date,
              GDateTime *time)
{
  if (time == NULL)
    return NULL;
  return g_date_time_new (ok_time_zone (), g_date_time_get_year (date), g_date_time_get_month (date),
                          g_date_time_get_day_of_month (date), g_date_time_get_hour (time),
                          g_date_time_get_minute (time), 0);
}

static void
copy_fields (OkActivity *date,
             OkActivity *from,
             Fields      fields)
{
  if (fields & FIELD_KIND)
    ok_activity_set_kind (date, ok_activity_get_kind (from));
  if (fields & FIELD_TITLE)
    ok_activity_set_title (date, ok_activity_get_title (from));
  if (fields & FIELD_THEME)
    ok_activity_set_theme (date, ok_activity_get_theme (from));
  if (fields & FIELD_PARTNERSHIP)
    ok_activity_set_partnership (date, ok_activity_get_partnership (from));
  if (fields & FIELD_DIMENSION)
    ok_activity_set_dimension (date, ok_activity_get_dimension (from));
  if (fields & FIELD_LOCATION)
    ok_activity_set_location (date, ok_activity_get_location (from));
  if (fields & FIELD_TIMES)
    {
      g_autoptr(GDateTime) day = g_date_time_ref (ok_activity_get_starts_at (date));
      g_autoptr(GDateTime) starts = clock_on_day (day, ok_activity_get_starts_at (from));
      g_autoptr(GDateTime) ends = clock_on_day (day, ok_activity_get_ends_at (from));

      ok_activity_set_starts_at (date, starts);
      ok_activity_set_ends_at (date, ends);
    }
  if (fields & FIELD_CAPACITY)
    ok_activity_set_capacity (date, ok_activity_get_capacity (from));
  if (fields & FIELD_INTERPRETERS)
    ok_activity_set_interpreter_languages (date, ok_activity_get_interpreter_languages (from));
  if (fields & FIELD_PARTNER)
    ok_activity_set_partner (date, ok_activity_get_partner (from));
  if (fields & FIELD_TARGET)
    {
      ok_activity_set_target_group (date, ok_activity_get_target_group (from));
      ok_activity_set_target_groups (date, ok_activity_get_target_groups (from));
    }
  if (fields & FIELD_NOTES)
    ok_activity_set_notes (date, ok_activity_get_notes (from));
}

static gboolean
set_detached (OkStore     *store,
              gint64       id,
              gboolean     detached,
              GError     **error)
{
  g_autofree char *now = detached ? ok_time_now_utc () : NULL;

  return _ok_store_execute (store, "UPDATE activity SET detached_at = ##at::string::null WHERE id = ##id::gint64",
                            error, "at", G_TYPE_STRING, now, "id", G_TYPE_INT64, id, NULL) >= 0;
}

/* The stored date that activity changes, which must be of a series. */
static OkActivity *
stored_date (OkStore     *store,
             OkActivity  *activity,
             GError     **error)
{
  g_autoptr(OkActivity) before = ok_store_activity_get (store, ok_activity_get_id (activity), error);

  if (before == NULL)
    return NULL;
  if (ok_activity_get_series_id (before) <= 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The activity “%s” is not part of a series"), ok_activity_get_title (before));
      return NULL;
    }
  return g_steal_pointer (&before);
}

gboolean
ok_store_series_update_one (OkStore     *store,
                            OkActivity  *activity,
                            GError     **error)
{
  g_autoptr(OkActivity) before = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), FALSE);

  if (!ok_store_begin (store, error))
    return FALSE;
  before = stored_date (store, activity, error);
  if (before == NULL
      || !ok_store_activity_update (store, activity, error)
      || (changed_fields (before, activity) != 0
          && !set_detached (store, ok_activity_get_id (activity), TRUE, error)))
    {
      ok_store_rollback (store);
      return FALSE;
    }
  return ok_store_commit (store, error);
}

gboolean
ok_store_series_update_following (OkStore     *store,
                                  OkActivity  *activity,
                                  guint       *n_changed,
                                  guint       *n_kept,
                                  GError     **error)
{
  g_autoptr(OkActivity) before = NULL;
  g_autoptr(GdaDataModel) later = NULL;
  g_autofree char *starts = NULL;
  guint changed = 0, kept = 0;
  Fields fields;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), FALSE);

  if (!ok_store_begin (store, error))
    return FALSE;
  before = stored_date (store, activity, error);
  if (before == NULL)
    goto failed;
  fields = changed_fields (before, activity) & ~FIELD_DAY;
  starts = ok_time_format_local (ok_activity_get_starts_at (before));

  /* The date itself follows the series again from here on. */
  if (!ok_store_activity_update (store, activity, error)
      || !set_detached (store, ok_activity_get_id (activity), FALSE, error))
    goto failed;

  later = _ok_store_select (store,
                            "SELECT id, CASE WHEN status = 'cancelled' OR detached_at IS NOT NULL "
                            "THEN 1 ELSE 0 END FROM activity "
                            "WHERE series_id = ##series::gint64 AND id <> ##id::gint64 "
                            "AND starts_at > ##starts::string ORDER BY starts_at, id",
                            error, "series", G_TYPE_INT64, ok_activity_get_series_id (before),
                            "id", G_TYPE_INT64, ok_activity_get_id (activity),
                            "starts", G_TYPE_STRING, starts, NULL);
  if (later == NULL)
    goto failed;
  for (int i = 0; i < gda_data_model_get_n_rows (later); i++)
    {
      g_autoptr(OkActivity) date = NULL;

      if (_ok_rows_int64 (later, i, 1) != 0)
        {
          kept++;
          continue;
        }
      if (fields == 0)
        continue;
      date = ok_store_activity_get (store, _ok_rows_int64 (later, i, 0), error);
      if (date == NULL)
        goto failed;
      copy_fields (date, activity, fields);
      if (!ok_store_activity_update (store, date, error))
        goto failed;
      changed++;
    }
  if (!ok_store_commit (store, error))
    return FALSE;
  if (n_changed != NULL)
    *n_changed = changed;
  if (n_kept != NULL)
    *n_kept = kept;
  return TRUE;

failed:
  ok_store_rollback (store);
  return FALSE;
}

GArray *
ok_store_series_cancel_following (OkStore  *store,
                                  gint64    activity_id,
                                  GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(OkActivity) first = NULL;
  g_autoptr(GdaDataModel) dates = NULL;
  g_autofree char *starts = NULL;
  g_autofree char *now = ok_time_now_utc ();

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  if (!ok_store_begin (store, error))
    return NULL;
  first = ok_store_activity_get (store, activity_id, error);
  if (first == NULL)
    goto failed;
  starts = ok_time_format_local (ok_activity_get_starts_at (first));
  dates = _ok_store_select (store,
                            "SELECT id FROM activity WHERE status = 'planned' AND (id = ##id::gint64 "
                            "OR (series_id = ##series::gint64 AND starts_at > ##starts::string)) "
                            "ORDER BY starts_at, id",
                            error, "id", G_TYPE_INT64, activity_id,
                            "series", G_TYPE_INT64, ok_activity_get_series_id (first),
                            "starts", G_TYPE_STRING, starts, NULL);
  if (dates == NULL)
    goto failed;
  for (int i = 0; i < gda_data_model_get_n_rows (dates); i++)
    {
      gint64 id = _ok_rows_int64 (dates, i, 0);

      if (_ok_store_execute (store,
                             "UPDATE activity SET status = 'cancelled', version = version + 1, "
                             "updated_at = ##now::string WHERE id = ##id::gint64",
                             error, "now", G_TYPE_STRING, now, "id", G_TYPE_INT64, id, NULL) < 0)
        goto failed;
      g_array_append_val (ids, id);
    }
  if (!ok_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&ids);

failed:
  ok_store_rollback (store);
  return NULL;
}

gboolean
ok_store_series_reinstate (OkStore  *store,
                           GArray   *ids,
                           GError  **error)
{
  g_autofree char *now = ok_time_now_utc ();

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (ids != NULL, FALSE);

  if (!ok_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (_ok_store_execute (store,
                           "UPDATE activity SET status = 'planned', version = version + 1, "
                           "updated_at = ##now::string WHERE id = ##id::gint64 AND status = 'cancelled'",
                           error, "now", G_TYPE_STRING, now,
                           "id", G_TYPE_INT64, g_array_index (ids, gint64, i), NULL) < 0)
      {
        ok_store_rollback (store);
        return FALSE;
      }
  return ok_store_commit (store, error);
}

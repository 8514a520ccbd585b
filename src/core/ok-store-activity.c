/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Activities, series, the theme catalogue and attendance. */
#define G_LOG_DOMAIN "ok-store-activity"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-store-activity.h"
#include "ok-store-private.h"
#include "ok-time.h"

/* Themes */

GPtrArray *
ok_store_theme_list (OkStore  *store,
                     GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  GPtrArray *themes;

  model = _ok_store_select (store, "SELECT slug, name, partnership, dimension FROM theme ORDER BY name",
                            error, NULL);
  if (model == NULL)
    return NULL;

  themes = g_ptr_array_new_with_free_func (g_object_unref);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      OkTheme *theme = ok_theme_new ();
      int partnership = OK_PARTNERSHIP_NONE, dimension = OK_DIMENSION_NONE;

      ok_enum_from_nick (OK_TYPE_PARTNERSHIP, _ok_rows_string (model, i, 2), &partnership);
      ok_enum_from_nick (OK_TYPE_DIMENSION, _ok_rows_string (model, i, 3), &dimension);
      ok_theme_set_slug (theme, _ok_rows_string (model, i, 0));
      ok_theme_set_name (theme, _ok_rows_string (model, i, 1));
      ok_theme_set_partnership (theme, partnership);
      ok_theme_set_dimension (theme, dimension);
      g_ptr_array_add (themes, theme);
    }
  return themes;
}

/* Activities */

#define ACTIVITY_COLUMNS "id, school_id, series_id, kind, title, theme, partnership, dimension, " \
                         "location, starts_at, ends_at, status, capacity, interpreter_languages, " \
                         "partner, target_group, target_groups, notes, unnamed_guests, version"

static OkActivity *
activity_from_row (GdaDataModel *model,
                   int           row)
{
  OkActivity *activity = ok_activity_new ();
  g_autoptr(GDateTime) starts = ok_time_parse_local (_ok_rows_string (model, row, 9));
  g_autoptr(GDateTime) ends = ok_time_parse_local (_ok_rows_string (model, row, 10));
  g_auto(GStrv) interpreters = _ok_strv_from_list (_ok_rows_string (model, row, 13));
  g_auto(GStrv) groups = _ok_strv_from_list (_ok_rows_string (model, row, 16));
  int kind = OK_ACTIVITY_KIND_OTHER, partnership = OK_PARTNERSHIP_NONE;
  int dimension = OK_DIMENSION_NONE, status = OK_ACTIVITY_STATUS_PLANNED;
  int target = OK_TARGET_GROUP_ALL;

  ok_enum_from_nick (OK_TYPE_ACTIVITY_KIND, _ok_rows_string (model, row, 3), &kind);
  ok_enum_from_nick (OK_TYPE_PARTNERSHIP, _ok_rows_string (model, row, 6), &partnership);
  ok_enum_from_nick (OK_TYPE_DIMENSION, _ok_rows_string (model, row, 7), &dimension);
  ok_enum_from_nick (OK_TYPE_ACTIVITY_STATUS, _ok_rows_string (model, row, 11), &status);
  ok_enum_from_nick (OK_TYPE_TARGET_GROUP, _ok_rows_string (model, row, 15), &target);

  ok_activity_set_id (activity, _ok_rows_int64 (model, row, 0));
  ok_activity_set_school_id (activity, _ok_rows_int64 (model, row, 1));
  ok_activity_set_series_id (activity, _ok_rows_int64 (model, row, 2));
  ok_activity_set_kind (activity, kind);
  ok_activity_set_title (activity, _ok_rows_string (model, row, 4));
  ok_activity_set_theme (activity, _ok_rows_string (model, row, 5));
  ok_activity_set_partnership (activity, partnership);
  ok_activity_set_dimension (activity, dimension);
  ok_activity_set_location (activity, _ok_rows_string (model, row, 8));
  ok_activity_set_starts_at (activity, starts);
  ok_activity_set_ends_at (activity, ends);
  ok_activity_set_status (activity, status);
  ok_activity_set_capacity (activity, (int) _ok_rows_int64 (model, row, 12));
  ok_activity_set_interpreter_languages (activity, (const char * const *) interpreters);
  ok_activity_set_partner (activity, _ok_rows_string (model, row, 14));
  ok_activity_set_target_group (activity, target);
  ok_activity_set_target_groups (activity, (const char * const *) groups);
  ok_activity_set_notes (activity, _ok_rows_string (model, row, 17));
  ok_activity_set_unnamed_guests (activity, (int) _ok_rows_int64 (model, row, 18));
  ok_activity_set_version (activity, _ok_rows_int64 (model, row, 19));
  return activity;
}

/* The text forms of an activity's values, as the statements bind them. */
typedef struct {
  char *starts;
  char *ends;
  char *interpreters;
  char *groups;
  const char *kind;
  const char *partnership;
  const char *dimension;
  const char *status;
  const char *target;
} ActivityText;

static void
activity_text_clear (ActivityText *text)
{
  g_free (text->starts);
  g_free (text->ends);
  g_free (text->interpreters);
  g_free (text->groups);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ActivityText, activity_text_clear)

static const char *
nick_or_null (GType type,
              int   value)
{
  return value == 0 ? NULL : ok_enum_to_nick (type, value);
}

static gboolean
activity_to_text (OkActivity    *activity,
                  ActivityText  *text,
                  GError       **error)
{
  g_autofree char *title = g_strstrip (g_strdup (ok_activity_get_title (activity) ?: ""));
  GDateTime *starts = ok_activity_get_starts_at (activity);
  GDateTime *ends = ok_activity_get_ends_at (activity);

  if (*title == '\0')
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID, _("An activity needs a title"));
      return FALSE;
    }
  if (starts == NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The activity “%s” needs a start date and time"), title);
      return FALSE;
    }
  if (ends != NULL && g_date_time_compare (ends, starts) < 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The activity “%s” ends before it starts"), title);
      return FALSE;
    }

  text->starts = ok_time_format_local (starts);
  text->ends = ends != NULL ? ok_time_format_local (ends) : NULL;
  text->interpreters = _ok_strv_to_list (ok_activity_get_interpreter_languages (activity));
  text->groups = _ok_strv_to_list (ok_activity_get_target_groups (activity));
  text->kind = ok_enum_to_nick (OK_TYPE_ACTIVITY_KIND, ok_activity_get_kind (activity));
  text->partnership = nick_or_null (OK_TYPE_PARTNERSHIP, ok_activity_get_partnership (activity));
  text->dimension = nick_or_null (OK_TYPE_DIMENSION, ok_activity_get_dimension (activity));
  text->status = ok_enum_to_nick (OK_TYPE_ACTIVITY_STATUS, ok_activity_get_status (activity));
  text->target = ok_enum_to_nick (OK_TYPE_TARGET_GROUP, ok_activity_get_target_group (activity));
  return TRUE;
}

static gboolean
check_theme (OkStore     *store,
             const char  *theme,
             GError     **error)
{
  gint64 count = 0;

  if (theme == NULL)
    return TRUE;
  if (!_ok_store_select_int64 (store, &count, "SELECT count(*) FROM theme WHERE slug = ##slug::string",
                               error, "slug", G_TYPE_STRING, theme, NULL))
    return FALSE;
  if (count == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("“%s” is not a theme of the catalogue"), theme);
      return FALSE;
    }
  return TRUE;
}

gboolean
ok_store_activity_insert (OkStore     *store,
                          OkActivity  *activity,
                          GError     **error)
{
  g_auto(ActivityText) text = { 0 };
  g_autofree char *now = ok_time_now_utc ();
  gint64 school_id, id;

  g_return_val_if_fail (OK_IS_ACTIVITY (activity), FALSE);

  if (!activity_to_text (activity, &text, error)
      || !check_theme (store, ok_activity_get_theme (activity), error))
    return FALSE;

  school_id = ok_activity_get_school_id (activity) > 0
              ? ok_activity_get_school_id (activity) : ok_store_get_school_id (store);
  id = _ok_store_insert (store,
                         "INSERT INTO activity (school_id, series_id, kind, title, theme, partnership, "
                         "dimension, location, starts_at, ends_at, status, capacity, "
                         "interpreter_languages, partner, target_group, target_groups, notes, "
                         "unnamed_guests, version, created_at, updated_at) VALUES ("
                         "##school::gint64, ##series::gint64::null, ##kind::string, ##title::string, "
                         "##theme::string::null, ##partnership::string::null, ##dimension::string::null, "
                         "##location::string::null, ##starts::string, ##ends::string::null, "
                         "##status::string, ##capacity::gint64::null, ##interpreters::string, "
                         "##partner::string::null, ##target::string, ##groups::string, "
                         "##notes::string::null, ##guests::gint, 1, ##now::string, ##now::string)",
                         error,
                         "school", G_TYPE_INT64, school_id,
                         "series", OK_TYPE_ID, ok_activity_get_series_id (activity),
                         "kind", G_TYPE_STRING, text.kind,
                         "title", G_TYPE_STRING, ok_activity_get_title (activity),
                         "theme", G_TYPE_STRING, ok_activity_get_theme (activity),
                         "partnership", G_TYPE_STRING, text.partnership,
                         "dimension", G_TYPE_STRING, text.dimension,
                         "location", G_TYPE_STRING, ok_activity_get_location (activity),
                         "starts", G_TYPE_STRING, text.starts,
                         "ends", G_TYPE_STRING, text.ends,
                         "status", G_TYPE_STRING, text.status,
                         "capacity", OK_TYPE_ID, (gint64) ok_activity_get_capacity (activity),
                         "interpreters", G_TYPE_STRING, text.interpreters,
                         "partner", G_TYPE_STRING, ok_activity_get_partner (activity),
                         "target", G_TYPE_STRING, text.target,
                         "groups", G_TYPE_STRING, text.groups,
                         "notes", G_TYPE_STRING, ok_activity_get_notes (activity),
                         "guests", G_TYPE_INT, ok_activity_get_unnamed_guests (activity),
                         "now", G_TYPE_STRING, now, NULL);
  if (id <= 0)
    return FALSE;
  ok_activity_set_id (activity, id);
  ok_activity_set_school_id (activity, school_id);
  ok_activity_set_version (activity, 1);
  return TRUE;
}

gboolean
ok_store_activity_update (OkStore     *store,
                          OkActivity  *activity,
                          GError     **error)
{
  g_auto(ActivityText) text = { 0 };
  g_autofree char *now = ok_time_now_utc ();
  gint64 rows;

  g_return_val_if_fail (OK_IS_ACTIVITY (activity), FALSE);

  if (!activity_to_text (activity, &text, error)
      || !check_theme (store, ok_activity_get_theme (activity), error))
    return FALSE;

  /* unnamed_guests is left alone: the door counter owns it. */
  rows = _ok_store_execute (store,
                            "UPDATE activity SET series_id = ##series::gint64::null, kind = ##kind::string, "
                            "title = ##title::string, theme = ##theme::string::null, "
                            "partnership = ##partnership::string::null, "
                            "dimension = ##dimension::string::null, location = ##location::string::null, "
                            "starts_at = ##starts::string, ends_at = ##ends::string::null, "
                            "status = ##status::string, capacity = ##capacity::gint64::null, "
                            "interpreter_languages = ##interpreters::string, "
                            "partner = ##partner::string::null, target_group = ##target::string, "
                            "target_groups = ##groups::string, notes = ##notes::string::null, "
                            "version = version + 1, updated_at = ##now::string "
                            "WHERE id = ##id::gint64 AND version = ##version::gint64",
                            error,
                            "series", OK_TYPE_ID, ok_activity_get_series_id (activity),
                            "kind", G_TYPE_STRING, text.kind,
                            "title", G_TYPE_STRING, ok_activity_get_title (activity),
                            "theme", G_TYPE_STRING, ok_activity_get_theme (activity),
                            "partnership", G_TYPE_STRING, text.partnership,
                            "dimension", G_TYPE_STRING, text.dimension,
                            "location", G_TYPE_STRING, ok_activity_get_location (activity),
                            "starts", G_TYPE_STRING, text.starts,
                            "ends", G_TYPE_STRING, text.ends,
                            "status", G_TYPE_STRING, text.status,
                            "capacity", OK_TYPE_ID, (gint64) ok_activity_get_capacity (activity),
                            "interpreters", G_TYPE_STRING, text.interpreters,
                            "partner", G_TYPE_STRING, ok_activity_get_partner (activity),
                            "target", G_TYPE_STRING, text.target,
                            "groups", G_TYPE_STRING, text.groups,
                            "notes", G_TYPE_STRING, ok_activity_get_notes (activity),
                            "now", G_TYPE_STRING, now,
                            "id", G_TYPE_INT64, ok_activity_get_id (activity),
                            "version", G_TYPE_INT64, ok_activity_get_version (activity), NULL);
  if (rows < 0)
    return FALSE;
  if (rows == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT,
                   _("The activity “%s” was changed or removed by someone else in the meantime"),
                   ok_activity_get_title (activity));
      return FALSE;
    }
  ok_activity_set_version (activity, ok_activity_get_version (activity) + 1);
  return TRUE;
}

OkActivity *
ok_store_activity_get (OkStore  *store,
                       gint64    id,
                       GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select (store, "SELECT " ACTIVITY_COLUMNS " FROM activity WHERE id = ##id::gint64",
                            error, "id", G_TYPE_INT64, id, NULL);
  if (model == NULL)
    return NULL;
  if (gda_data_model_get_n_rows (model) == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no activity with id %" PRId64), id);
      return NULL;
    }
  return activity_from_row (model, 0);
}

gboolean
ok_store_activity_delete (OkStore  *store,
                          gint64    id,
                          GError  **error)
{
  gint64 rows = _ok_store_execute (store, "DELETE FROM activity WHERE id = ##id::gint64",
                                   error, "id", G_TYPE_INT64, id, NULL);

  if (rows < 0)
    return FALSE;
  if (rows == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no activity with id %" PRId64), id);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
ok_store_activity_list (OkStore     *store,
                        const char  *from,
                        const char  *to,
                        GError     **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autofree char *to_end = NULL;
  GPtrArray *activities;

  if ((from != NULL && !ok_date_is_valid_text (from)) || (to != NULL && !ok_date_is_valid_text (to)))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("Dates must be written as YYYY-MM-DD"));
      return NULL;
    }

  /* Starts are 'YYYY-MM-DDTHH:MM', so every time of the last day sorts
   * before 'YYYY-MM-DDU'. */
  to_end = to != NULL ? g_strconcat (to, "U", NULL) : g_strdup ("9999");
  model = _ok_store_select (store,
                            "SELECT " ACTIVITY_COLUMNS " FROM activity "
                            "WHERE school_id = ##school::gint64 AND starts_at >= ##from::string "
                            "AND starts_at < ##to::string ORDER BY starts_at, id",
                            error,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "from", G_TYPE_STRING, from != NULL ? from : "0000",
                            "to", G_TYPE_STRING, to_end, NULL);
  if (model == NULL)
    return NULL;

  activities = g_ptr_array_new_full (gda_data_model_get_n_rows (model), g_object_unref);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    g_ptr_array_add (activities, activity_from_row (model, i));
  return activities;
}

gint64
ok_store_series_insert (OkStore     *store,
                        const char  *rule,
                        const char  *first_date,
                        const char  *last_date,
                        gboolean     skip_holidays,
                        GError     **error)
{
  if (rule == NULL || *rule == '\0' || !ok_date_is_valid_text (first_date)
      || !ok_date_is_valid_text (last_date) || strcmp (last_date, first_date) < 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("A series needs a rule and a first date on or before its last date"));
      return -1;
    }
  return _ok_store_insert (store,
                           "INSERT INTO activity_series (school_id, rule, first_date, last_date, "
                           "skip_holidays) VALUES (##school::gint64, ##rule::string, ##first::string, "
                           "##last::string, ##skip::gint)",
                           error,
                           "school", G_TYPE_INT64, ok_store_get_school_id (store),
                           "rule", G_TYPE_STRING, rule,
                           "first", G_TYPE_STRING, first_date,
                           "last", G_TYPE_STRING, last_date,
                           "skip", G_TYPE_BOOLEAN, skip_holidays, NULL);
}

/* Attendance */

static gboolean
check_mark (OkStore             *store,
            gint64               activity_id,
            gint64               parent_id,
            OkAttendanceStatus   status,
            GError             **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select (store,
                            "SELECT a.status, a.school_id, p.school_id FROM activity a, parent p "
                            "WHERE a.id = ##activity::gint64 AND p.id = ##parent::gint64",
                            error, "activity", G_TYPE_INT64, activity_id,
                            "parent", G_TYPE_INT64, parent_id, NULL);
  if (model == NULL)
    return FALSE;
  if (gda_data_model_get_n_rows (model) == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no activity %" PRId64 " or no parent %" PRId64),
                   activity_id, parent_id);
      return FALSE;
    }
  if (_ok_rows_int64 (model, 0, 1) != _ok_rows_int64 (model, 0, 2))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The parent belongs to another school than the activity"));
      return FALSE;
    }
  if (g_strcmp0 (_ok_rows_string (model, 0, 0), "cancelled") == 0
      && status == OK_ATTENDANCE_STATUS_PRESENT)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The activity was cancelled: nobody can be present"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ok_store_attendance_mark (OkStore             *store,
                          gint64               activity_id,
                          gint64               parent_id,
                          OkAttendanceStatus   status,
                          gboolean             walk_in,
                          const char          *recorded_by,
                          const char          *channel,
                          GError             **error)
{
  g_autofree char *now = ok_time_now_utc ();
  const char *status_nick = ok_enum_to_nick (OK_TYPE_ATTENDANCE_STATUS, status);

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  if (status_nick == NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID, _("Unknown attendance status"));
      return FALSE;
    }
  if (channel != NULL && !ok_enum_from_nick (OK_TYPE_CHANNEL, channel, NULL))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID, _("Unknown channel “%s”"), channel);
      return FALSE;
    }
  if (!check_mark (store, activity_id, parent_id, status, error))
    return FALSE;

  /* One statement, so that two laptops at the same door never lose a mark
   * to a race between "is there a row?" and "insert it". */
  return _ok_store_execute (store,
                            "INSERT INTO attendance (activity_id, parent_id, status, walk_in, "
                            "recorded_at, recorded_by, channel) VALUES (##activity::gint64, "
                            "##parent::gint64, ##status::string, ##walk_in::gint, ##now::string, "
                            "##by::string::null, ##channel::string::null) "
                            "ON CONFLICT (activity_id, parent_id) DO UPDATE SET "
                            "status = excluded.status, "
                            "walk_in = CASE WHEN excluded.walk_in = 1 THEN 1 ELSE attendance.walk_in END, "
                            "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by, "
                            "channel = COALESCE(excluded.channel, attendance.channel)",
                            error,
                            "activity", G_TYPE_INT64, activity_id,
                            "parent", G_TYPE_INT64, parent_id,
                            "status", G_TYPE_STRING, status_nick,
                            "walk_in", G_TYPE_BOOLEAN, walk_in,
                            "now", G_TYPE_STRING, now,
                            "by", G_TYPE_STRING, recorded_by,
                            "channel", G_TYPE_STRING, channel, NULL) >= 0;
}

gboolean
ok_store_attendance_insert_quick (OkStore             *store,
                                  gint64               activity_id,
                                  gint64               parent_id,
                                  OkAttendanceStatus   status,
                                  gboolean             walk_in,
                                  GError             **error)
{
  g_autofree char *now = ok_time_now_utc ();

  return _ok_store_execute (store,
                            "INSERT INTO attendance (activity_id, parent_id, status, walk_in, recorded_at) "
                            "VALUES (##activity::gint64, ##parent::gint64, ##status::string, "
                            "##walk_in::gint, ##now::string)",
                            error,
                            "activity", G_TYPE_INT64, activity_id,
                            "parent", G_TYPE_INT64, parent_id,
                            "status", G_TYPE_STRING, ok_enum_to_nick (OK_TYPE_ATTENDANCE_STATUS, status),
                            "walk_in", G_TYPE_BOOLEAN, walk_in,
                            "now", G_TYPE_STRING, now, NULL) >= 0;
}

gboolean
ok_store_attendance_clear (OkStore  *store,
                           gint64    activity_id,
                           gint64    parent_id,
                           GError  **error)
{
  return _ok_store_execute (store,
                            "DELETE FROM attendance WHERE activity_id = ##activity::gint64 "
                            "AND parent_id = ##parent::gint64",
                            error, "activity", G_TYPE_INT64, activity_id,
                            "parent", G_TYPE_INT64, parent_id, NULL) >= 0;
}

GPtrArray *
ok_store_attendance_list (OkStore  *store,
                          gint64    activity_id,
                          GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  GPtrArray *list;

  model = _ok_store_select (store,
                            "SELECT id, activity_id, parent_id, status, walk_in, recorded_at, "
                            "recorded_by, channel FROM attendance WHERE activity_id = ##activity::gint64 "
                            "ORDER BY id",
                            error, "activity", G_TYPE_INT64, activity_id, NULL);
  if (model == NULL)
    return NULL;

  list = g_ptr_array_new_full (gda_data_model_get_n_rows (model), g_object_unref);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      OkAttendance *attendance = ok_attendance_new ();
      g_autoptr(GDateTime) recorded = g_date_time_new_from_iso8601 (_ok_rows_string (model, i, 5), NULL);
      int status = OK_ATTENDANCE_STATUS_INVITED;

      ok_enum_from_nick (OK_TYPE_ATTENDANCE_STATUS, _ok_rows_string (model, i, 3), &status);
      ok_attendance_set_id (attendance, _ok_rows_int64 (model, i, 0));
      ok_attendance_set_activity_id (attendance, _ok_rows_int64 (model, i, 1));
      ok_attendance_set_parent_id (attendance, _ok_rows_int64 (model, i, 2));
      ok_attendance_set_status (attendance, status);
      ok_attendance_set_walk_in (attendance, _ok_rows_int64 (model, i, 4) != 0);
      ok_attendance_set_recorded_at (attendance, recorded);
      ok_attendance_set_recorded_by (attendance, _ok_rows_string (model, i, 6));
      ok_attendance_set_channel (attendance, _ok_rows_string (model, i, 7));
      g_ptr_array_add (list, attendance);
    }
  return list;
}

gboolean
ok_store_activity_set_guests (OkStore  *store,
                              gint64    activity_id,
                              int       unnamed_guests,
                              GError  **error)
{
  gint64 rows;

  if (unnamed_guests < 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The number of guests cannot be negative"));
      return FALSE;
    }
  rows = _ok_store_execute (store,
                            "UPDATE activity SET unnamed_guests = ##n::gint WHERE id = ##id::gint64",
                            error, "n", G_TYPE_INT, unnamed_guests, "id", G_TYPE_INT64, activity_id, NULL);
  if (rows < 0)
    return FALSE;
  if (rows == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no activity with id %" PRId64), activity_id);
      return FALSE;
    }
  return TRUE;
}

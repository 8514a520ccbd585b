/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The marks of the door, each committed on its own: present, excused,
 * undone, walk-ins and unnamed guests, and the no-shows afterwards. */
#define G_LOG_DOMAIN "ok-store-checkin"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-phone.h"
#include "ok-store-checkin-private.h"
#include "ok-time.h"

/* Opens a transaction whose first statement writes: on SQLite a
 * transaction that reads first cannot wait for the write lock (it fails
 * at once with "database is locked" when another process wrote in
 * between), while a first write waits up to the busy timeout. On
 * PostgreSQL the activity's row orders the doors' transactions. */
static gboolean
begin_write (OkStore  *store,
             gint64    activity_id,
             GError  **error)
{
  gint64 rows;

  if (!ok_store_begin (store, error))
    return FALSE;
  rows = _ok_store_execute (store,
                            "UPDATE activity SET unnamed_guests = unnamed_guests WHERE id = ##id::gint64",
                            error, "id", G_TYPE_INT64, activity_id, NULL);
  if (rows == 1)
    return TRUE;
  if (rows == 0)
    _ok_store_set_no_activity (error, activity_id);
  ok_store_rollback (store);
  return FALSE;
}

static const char *
status_nick (int status)
{
  return ok_enum_to_nick (OK_TYPE_ATTENDANCE_STATUS, status);
}

/* Says why a mark changed no row. */
static gboolean
explain_failed_mark (OkStore  *store,
                     gint64    activity_id,
                     gint64    parent_id,
                     GError  **error)
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
      g_autofree char *activity = g_strdup_printf ("%" G_GINT64_FORMAT, activity_id);
      g_autofree char *parent = g_strdup_printf ("%" G_GINT64_FORMAT, parent_id);

      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no activity %s or no parent %s"), activity, parent);
    }
  else if (_ok_rows_int64 (model, 0, 1) != _ok_rows_int64 (model, 0, 2))
    g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                 _("The parent belongs to another school than the activity"));
  else
    g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                 _("The activity was cancelled: nobody can be present"));
  return FALSE;
}

static gboolean
mark_one (OkStore             *store,
          gint64               activity_id,
          gint64               parent_id,
          OkAttendanceStatus   status,
          gboolean             walk_in,
          const char          *recorded_by,
          GError             **error)
{
  g_autofree char *now = ok_time_now_utc ();
  const char *nick = status_nick (status);
  gint64 rows;

  if (nick == NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID, _("Unknown attendance status"));
      return FALSE;
    }

  /* One statement that checks and writes: a mark is one round trip and
   * one commit, and two laptops never race between a read and a write.
   * The WHERE also keeps the SELECT from being read as a join by SQLite's
   * upsert parser. */
  rows = _ok_store_execute (store,
                            "INSERT INTO attendance (activity_id, parent_id, status, walk_in, "
                            "recorded_at, recorded_by, channel) "
                            "SELECT a.id, p.id, ##status::string, ##walk_in::gint, ##now::string, "
                            "##by::string::null, 'in-person' FROM activity a, parent p "
                            "WHERE a.id = ##activity::gint64 AND p.id = ##parent::gint64 "
                            "AND p.school_id = a.school_id "
                            "AND (a.status <> 'cancelled' OR ##status::string <> 'present') "
                            "ON CONFLICT (activity_id, parent_id) DO UPDATE SET "
                            "prior_status = CASE WHEN attendance.status = excluded.status "
                            "THEN attendance.prior_status ELSE attendance.status END, "
                            "status = excluded.status, "
                            "walk_in = CASE WHEN excluded.walk_in = 1 THEN 1 ELSE attendance.walk_in END, "
                            "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by",
                            error,
                            "status", G_TYPE_STRING, nick,
                            "walk_in", G_TYPE_BOOLEAN, walk_in,
                            "now", G_TYPE_STRING, now,
                            "by", G_TYPE_STRING, recorded_by,
                            "activity", G_TYPE_INT64, activity_id,
                            "parent", G_TYPE_INT64, parent_id, NULL);
  if (rows < 0)
    return FALSE;
  if (rows == 0)
    return explain_failed_mark (store, activity_id, parent_id, error);
  return TRUE;
}

gboolean
ok_store_checkin_mark (OkStore             *store,
                       gint64               activity_id,
                       gint64               parent_id,
                       OkAttendanceStatus   status,
                       const char          *recorded_by,
                       GError             **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  return mark_one (store, activity_id, parent_id, status, FALSE, recorded_by, error);
}

GArray *
ok_store_checkin_mark_family (OkStore             *store,
                              gint64               activity_id,
                              gint64               family_id,
                              OkAttendanceStatus   status,
                              const char          *recorded_by,
                              GError             **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GArray) marked = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  if (!begin_write (store, activity_id, error))
    return NULL;

  /* In id order, so that two laptops marking the same family lock its
   * rows in the same order and never deadlock. */
  model = _ok_store_select (store,
                            "SELECT p.id FROM parent p JOIN activity a ON a.school_id = p.school_id "
                            "WHERE p.family_id = ##family::gint64 AND a.id = ##activity::gint64 "
                            "ORDER BY p.id",
                            error, "family", G_TYPE_INT64, family_id,
                            "activity", G_TYPE_INT64, activity_id, NULL);
  if (model == NULL)
    goto failed;
  if (gda_data_model_get_n_rows (model) == 0)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, family_id);

      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("The family %s has no parents at the school of the activity"), id);
      goto failed;
    }

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      gint64 parent_id = _ok_rows_int64 (model, i, 0);

      if (!mark_one (store, activity_id, parent_id, status, FALSE, recorded_by, error))
        goto failed;
      g_array_append_val (marked, parent_id);
    }

  if (!ok_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&marked);

failed:
  ok_store_rollback (store);
  return NULL;
}

gboolean
ok_store_checkin_undo (OkStore             *store,
                       gint64               activity_id,
                       const gint64        *parent_ids,
                       guint                n_parents,
                       OkAttendanceStatus   status,
                       const char          *recorded_by,
                       GError             **error)
{
  g_autofree char *now = ok_time_now_utc ();
  const char *nick = status_nick (status);

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (parent_ids != NULL || n_parents == 0, FALSE);

  if (nick == NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID, _("Unknown attendance status"));
      return FALSE;
    }
  if (!begin_write (store, activity_id, error))
    return FALSE;

  /* Only rows that still have the status the door gave them: when another
   * laptop changed the mark since, that change wins. */
  for (guint i = 0; i < n_parents; i++)
    {
      if (_ok_store_execute (store,
                             "DELETE FROM attendance WHERE activity_id = ##activity::gint64 "
                             "AND parent_id = ##parent::gint64 AND status = ##status::string "
                             "AND prior_status IS NULL",
                             error, "activity", G_TYPE_INT64, activity_id,
                             "parent", G_TYPE_INT64, parent_ids[i],
                             "status", G_TYPE_STRING, nick, NULL) < 0
          || _ok_store_execute (store,
                                "UPDATE attendance SET status = prior_status, prior_status = NULL, "
                                "recorded_at = ##now::string, recorded_by = ##by::string::null "
                                "WHERE activity_id = ##activity::gint64 AND parent_id = ##parent::gint64 "
                                "AND status = ##status::string AND prior_status IS NOT NULL",
                                error, "now", G_TYPE_STRING, now,
                                "by", G_TYPE_STRING, recorded_by,
                                "activity", G_TYPE_INT64, activity_id,
                                "parent", G_TYPE_INT64, parent_ids[i],
                                "status", G_TYPE_STRING, nick, NULL) < 0)
        {
          ok_store_rollback (store);
          return FALSE;
        }
    }
  return ok_store_commit (store, error);
}
static char *
strip_or_null (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *stripped != '\0' ? g_steal_pointer (&stripped) : NULL;
}

gint64
ok_store_checkin_add_walk_in (OkStore     *store,
                              gint64       activity_id,
                              const char  *name,
                              const char  *phone,
                              const char  *home_language,
                              const char  *recorded_by,
                              GError     **error)
{
  g_auto(OkActivityBasics) basics = { 0 };
  g_autofree char *clean_name = strip_or_null (name);
  g_autofree char *clean_phone = strip_or_null (phone);
  g_autofree char *language = strip_or_null (home_language);
  g_autofree char *now = ok_time_now_utc ();
  gint64 parent_id;

  g_return_val_if_fail (OK_IS_STORE (store), -1);

  if (clean_name == NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID, _("A walk-in needs a name"));
      return -1;
    }
  if (clean_phone != NULL)
    {
      g_autofree char *e164 = ok_phone_normalize (clean_phone);

      if (e164 == NULL)
        {
          g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                       _("“%s” is not a phone number"), clean_phone);
          return -1;
        }
      g_free (clean_phone);
      clean_phone = g_steal_pointer (&e164);
    }
  if (language != NULL && !_ok_store_is_language_code (language))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("“%s” is not a language code such as “ar” or “tr”"), language);
      return -1;
    }

  if (!begin_write (store, activity_id, error))
    return -1;
  if (!_ok_store_load_activity_basics (store, activity_id, &basics, error))
    goto failed;
  if (g_strcmp0 (basics.status, "cancelled") == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The activity was cancelled: nobody can be present"));
      goto failed;
    }

  parent_id = _ok_store_insert (store,
                                "INSERT INTO parent (school_id, family_id, name, phone, email, walk_in, "
                                "home_language, version, created_at) VALUES (##school::gint64, NULL, "
                                "##name::string, ##phone::string::null, NULL, 1, "
                                "##language::string::null, 1, ##now::string)",
                                error,
                                "school", G_TYPE_INT64, basics.school_id,
                                "name", G_TYPE_STRING, clean_name,
                                "phone", G_TYPE_STRING, clean_phone,
                                "language", G_TYPE_STRING, language,
                                "now", G_TYPE_STRING, now, NULL);
  if (parent_id <= 0)
    goto failed;
  if (!mark_one (store, activity_id, parent_id, OK_ATTENDANCE_STATUS_PRESENT, TRUE, recorded_by, error))
    goto failed;
  if (!ok_store_commit (store, error))
    return -1;
  return parent_id;

failed:
  ok_store_rollback (store);
  return -1;
}

gboolean
ok_store_checkin_add_guests (OkStore  *store,
                             gint64    activity_id,
                             int       delta,
                             int      *guests,
                             GError  **error)
{
  gint64 total = 0;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  /* Relative, in the database: two laptops adding one each make two. */
  if (_ok_store_execute (store,
                         "UPDATE activity SET unnamed_guests = CASE WHEN unnamed_guests + ##delta::gint < 0 "
                         "THEN 0 ELSE unnamed_guests + ##delta::gint END WHERE id = ##id::gint64",
                         error, "delta", G_TYPE_INT, delta, "id", G_TYPE_INT64, activity_id, NULL) < 0)
    return FALSE;

  if (!_ok_store_select_int64 (store, &total,
                               "SELECT count(*) FROM activity WHERE id = ##id::gint64",
                               error, "id", G_TYPE_INT64, activity_id, NULL))
    return FALSE;
  if (total == 0)
    return _ok_store_set_no_activity (error, activity_id);
  if (guests != NULL)
    {
      if (!_ok_store_select_int64 (store, &total,
                                   "SELECT unnamed_guests FROM activity WHERE id = ##id::gint64",
                                   error, "id", G_TYPE_INT64, activity_id, NULL))
        return FALSE;
      *guests = (int) total;
    }
  return TRUE;
}

gint64
ok_store_checkin_mark_no_shows (OkStore     *store,
                                gint64       activity_id,
                                const char  *recorded_by,
                                GError     **error)
{
  g_autofree char *now = ok_time_now_utc ();
  gint64 rows;

  g_return_val_if_fail (OK_IS_STORE (store), -1);

  if (!begin_write (store, activity_id, error))
    return -1;

  rows = _ok_store_execute (store,
                            "UPDATE attendance SET prior_status = status, status = 'no-show', "
                            "recorded_at = ##now::string, recorded_by = ##by::string::null "
                            "WHERE activity_id = ##activity::gint64 AND status IN ('invited', 'registered')",
                            error, "now", G_TYPE_STRING, now, "by", G_TYPE_STRING, recorded_by,
                            "activity", G_TYPE_INT64, activity_id, NULL);
  if (rows < 0)
    goto failed;
  if (_ok_store_execute (store,
                         "UPDATE activity SET status = 'held', version = version + 1, "
                         "updated_at = ##now::string WHERE id = ##activity::gint64 AND status = 'planned'",
                         error, "now", G_TYPE_STRING, now,
                         "activity", G_TYPE_INT64, activity_id, NULL) < 0)
    goto failed;
  if (!ok_store_commit (store, error))
    return -1;
  return rows;

failed:
  ok_store_rollback (store);
  return -1;
}

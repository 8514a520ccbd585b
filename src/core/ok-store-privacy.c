/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Erasure of a family and the retention of leavers. */
#define G_LOG_DOMAIN "ok-store-privacy"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-store-privacy.h"
#include "ok-store-private.h"
#include "ok-time.h"

#define MIN_RETENTION_YEARS 0
#define MAX_RETENTION_YEARS 50

G_DEFINE_BOXED_TYPE (OkLeaver, ok_leaver, ok_leaver_copy, ok_leaver_free)

OkLeaver *
ok_leaver_copy (const OkLeaver *leaver)
{
  OkLeaver *copy = g_new0 (OkLeaver, 1);

  copy->family_id = leaver->family_id;
  copy->name = g_strdup (leaver->name);
  copy->last_left = g_strdup (leaver->last_left);
  return copy;
}

void
ok_leaver_free (OkLeaver *leaver)
{
  if (leaver == NULL)
    return;
  g_free (leaver->name);
  g_free (leaver->last_left);
  g_free (leaver);
}

static char *
dutch_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (ok_time_zone ());

  return g_date_time_format (now, "%Y-%m-%d");
}

static gboolean
check_day (const char  *day,
           GError     **error)
{
  if (ok_date_is_valid_text (day))
    return TRUE;
  g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
               _("“%s” is not a date (use YYYY-MM-DD)"), day != NULL ? day : "");
  return FALSE;
}

/* Erasure */

/* The statements in the order they run; each takes ##family and, where it
 * needs them, ##today and ##now. */
static gboolean
erase_rows (OkStore     *store,
            gint64       family_id,
            const char  *today,
            const char  *now,
            GError     **error)
{
  /* Who spoke for this family as a contact parent is personal data too;
   * the role itself ends with the person. */
  if (_ok_store_execute (store,
                         "UPDATE contact_moment SET by_name = NULL WHERE contact_parent_id IN "
                         "(SELECT cp.id FROM contact_parent cp JOIN parent p ON p.id = cp.parent_id "
                         "WHERE p.family_id = ##family::gint64)",
                         error, "family", G_TYPE_INT64, family_id, NULL) < 0
      || _ok_store_execute (store,
                            "DELETE FROM contact_parent WHERE parent_id IN "
                            "(SELECT id FROM parent WHERE family_id = ##family::gint64)",
                            error, "family", G_TYPE_INT64, family_id, NULL) < 0
      || _ok_store_execute (store,
                            "DELETE FROM contact_parent_coverage WHERE kind = 'family' "
                            "AND family_id = ##family::gint64",
                            error, "family", G_TYPE_INT64, family_id, NULL) < 0
      || _ok_store_execute (store,
                            "UPDATE contact_moment SET note = NULL WHERE family_id = ##family::gint64",
                            error, "family", G_TYPE_INT64, family_id, NULL) < 0)
    return FALSE;

  if (_ok_store_execute (store,
                         "UPDATE parent SET name = '', phone = NULL, email = NULL, "
                         "home_language = NULL, version = version + 1 "
                         "WHERE family_id = ##family::gint64",
                         error, "family", G_TYPE_INT64, family_id, NULL) < 0)
    return FALSE;

  /* A pupil who was to start after today never counted in any quarter;
   * the others keep group and dates, and leave on the day of erasure. */
  if (_ok_store_execute (store,
                         "DELETE FROM child WHERE family_id = ##family::gint64 "
                         "AND enrolled_from > ##today::string",
                         error, "family", G_TYPE_INT64, family_id,
                         "today", G_TYPE_STRING, today, NULL) < 0
      || _ok_store_execute (store,
                            "UPDATE child SET pupil_number = NULL, first_name = '', infix = NULL, "
                            "last_name = '', enrolled_until = CASE "
                            "WHEN enrolled_until IS NULL OR enrolled_until > ##today::string "
                            "THEN ##today::string ELSE enrolled_until END "
                            "WHERE family_id = ##family::gint64",
                            error, "family", G_TYPE_INT64, family_id,
                            "today", G_TYPE_STRING, today, NULL) < 0)
    return FALSE;

  /* The primary language stays for the figures per home language. */
  if (_ok_store_execute (store,
                         "DELETE FROM family_language WHERE family_id = ##family::gint64 "
                         "AND position > 0",
                         error, "family", G_TYPE_INT64, family_id, NULL) < 0)
    return FALSE;

  return _ok_store_execute (store,
                            "UPDATE family SET name = '', interpreter_needed = 0, "
                            "preferred_channel = 'whatsapp', consent_contact_parent = 0, "
                            "consent_photos = 0, reads_no_language = 0, postcode = NULL, "
                            "house_number = NULL, notes = NULL, erased = 1, "
                            "erased_on = ##today::string, version = version + 1, "
                            "updated_at = ##now::string WHERE id = ##family::gint64",
                            error, "family", G_TYPE_INT64, family_id,
                            "today", G_TYPE_STRING, today,
                            "now", G_TYPE_STRING, now, NULL) >= 0;
}

static gboolean
erase_family_on (OkStore     *store,
                 gint64       family_id,
                 const char  *today,
                 GError     **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autofree char *now = ok_time_now_utc ();

  if (!ok_store_begin (store, error))
    return FALSE;

  model = _ok_store_select (store,
                            "SELECT erased FROM family WHERE id = ##family::gint64 "
                            "AND school_id = ##school::gint64",
                            error, "family", G_TYPE_INT64, family_id,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    goto failed;
  if (gda_data_model_get_n_rows (model) == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no family with id %" PRId64), family_id);
      goto failed;
    }
  /* Erasing twice is harmless and changes nothing. */
  if (_ok_rows_int64 (model, 0, 0) != 0)
    return ok_store_commit (store, error);

  if (!erase_rows (store, family_id, today, now, error))
    goto failed;
  return ok_store_commit (store, error);

failed:
  ok_store_rollback (store);
  return FALSE;
}

gboolean
ok_store_family_erase (OkStore  *store,
                       gint64    family_id,
                       GError  **error)
{
  g_autofree char *today = dutch_today ();

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  return erase_family_on (store, family_id, today, error);
}

gboolean
ok_store_family_is_erased (OkStore   *store,
                           gint64     family_id,
                           gboolean  *erased,
                           GError   **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  model = _ok_store_select (store, "SELECT erased FROM family WHERE id = ##family::gint64",
                            error, "family", G_TYPE_INT64, family_id, NULL);
  if (model == NULL)
    return FALSE;
  if (gda_data_model_get_n_rows (model) == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no family with id %" PRId64), family_id);
      return FALSE;
    }
  *erased = _ok_rows_int64 (model, 0, 0) != 0;
  return TRUE;
}

/* Retention */

int
ok_store_retention_get_years (OkStore  *store,
                              GError  **error)
{
  gint64 years = 0;

  g_return_val_if_fail (OK_IS_STORE (store), -1);

  if (!_ok_store_select_int64 (store, &years,
                               "SELECT retention_years FROM school WHERE id = ##school::gint64",
                               error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL))
    return -1;
  return (int) years;
}

gboolean
ok_store_retention_set_years (OkStore  *store,
                              int       years,
                              GError  **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  if (years < MIN_RETENTION_YEARS || years > MAX_RETENTION_YEARS)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The retention period must be between %d and %d years"),
                   MIN_RETENTION_YEARS, MAX_RETENTION_YEARS);
      return FALSE;
    }
  return _ok_store_execute (store,
                            "UPDATE school SET retention_years = ##years::gint "
                            "WHERE id = ##school::gint64",
                            error, "years", G_TYPE_INT, years,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL) >= 0;
}

/* The day before which the last child must have left. */
static char *
retention_limit (const char *today,
                 int         years)
{
  g_autoptr(GDate) date = ok_date_parse (today);

  g_date_subtract_years (date, years);
  return ok_date_format (date);
}

GPtrArray *
ok_store_retention_list (OkStore     *store,
                         const char  *today,
                         GError     **error)
{
  g_autofree char *default_today = NULL;
  g_autofree char *limit = NULL;
  g_autoptr(GdaDataModel) model = NULL;
  GPtrArray *leavers;
  int years;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  if (today == NULL)
    today = default_today = dutch_today ();
  if (!check_day (today, error))
    return NULL;
  years = ok_store_retention_get_years (store, error);
  if (years < 0)
    return NULL;
  limit = retention_limit (today, years);

  /* Every child has a leaving date, and the latest is before the limit. */
  model = _ok_store_select (store,
                            "SELECT f.id, f.name, max(c.enrolled_until) FROM family f "
                            "JOIN child c ON c.family_id = f.id "
                            "WHERE f.school_id = ##school::gint64 AND f.erased = 0 "
                            "GROUP BY f.id, f.name "
                            "HAVING count(*) = count(c.enrolled_until) "
                            "AND max(c.enrolled_until) < ##limit::string "
                            "ORDER BY max(c.enrolled_until), f.id",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "limit", G_TYPE_STRING, limit, NULL);
  if (model == NULL)
    return NULL;

  leavers = g_ptr_array_new_with_free_func ((GDestroyNotify) ok_leaver_free);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      OkLeaver *leaver = g_new0 (OkLeaver, 1);

      leaver->family_id = _ok_rows_int64 (model, i, 0);
      leaver->name = _ok_rows_dup_string (model, i, 1);
      leaver->last_left = _ok_rows_dup_string (model, i, 2);
      g_ptr_array_add (leavers, leaver);
    }
  return leavers;
}

gboolean
ok_store_retention_erase (OkStore     *store,
                          const char  *today,
                          guint       *n_erased,
                          GError     **error)
{
  g_autofree char *default_today = NULL;
  g_autoptr(GPtrArray) leavers = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  if (today == NULL)
    today = default_today = dutch_today ();
  if (!ok_store_begin (store, error))
    return FALSE;

  leavers = ok_store_retention_list (store, today, error);
  if (leavers == NULL)
    goto failed;
  for (guint i = 0; i < leavers->len; i++)
    {
      OkLeaver *leaver = leavers->pdata[i];

      if (!erase_family_on (store, leaver->family_id, today, error))
        goto failed;
    }
  if (!ok_store_commit (store, error))
    return FALSE;
  if (n_erased != NULL)
    *n_erased = leavers->len;
  return TRUE;

failed:
  ok_store_rollback (store);
  return FALSE;
}

static char *
school_year_start (const char *today)
{
  g_autoptr(GDate) date = ok_date_parse (today);
  int year = g_date_get_year (date);

  if (g_date_get_month (date) < G_DATE_AUGUST)
    year--;
  return g_strdup_printf ("%04d-08-01", year);
}

gboolean
ok_store_retention_review_due (OkStore     *store,
                               const char  *today,
                               gboolean    *due,
                               GError     **error)
{
  g_autofree char *default_today = NULL;
  g_autofree char *start = NULL;
  g_autoptr(GdaDataModel) model = NULL;
  const char *reviewed;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  if (today == NULL)
    today = default_today = dutch_today ();
  if (!check_day (today, error))
    return FALSE;

  model = _ok_store_select (store,
                            "SELECT retention_reviewed_on FROM school WHERE id = ##school::gint64",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return FALSE;

  start = school_year_start (today);
  reviewed = gda_data_model_get_n_rows (model) > 0 ? _ok_rows_string (model, 0, 0) : NULL;
  *due = reviewed == NULL || strcmp (reviewed, start) < 0;
  return TRUE;
}

gboolean
ok_store_retention_mark_reviewed (OkStore     *store,
                                  const char  *today,
                                  GError     **error)
{
  g_autofree char *default_today = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  if (today == NULL)
    today = default_today = dutch_today ();
  if (!check_day (today, error))
    return FALSE;

  return _ok_store_execute (store,
                            "UPDATE school SET retention_reviewed_on = ##today::string "
                            "WHERE id = ##school::gint64",
                            error, "today", G_TYPE_STRING, today,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL) >= 0;
}

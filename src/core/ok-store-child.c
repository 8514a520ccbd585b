/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Children: the pupils of a family, with their enrolment dates. */
#define G_LOG_DOMAIN "ok-store-family"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-store-child.h"
#include "ok-store-private.h"
#include "ok-time.h"

#define CHILD_COLUMNS "id, school_id, family_id, pupil_number, first_name, infix, last_name, " \
                      "group_name, enrolled_from, enrolled_until"

static OkChild *
child_from_row (GdaDataModel *model,
                int           row)
{
  OkChild *child = ok_child_new ();

  ok_child_set_id (child, _ok_rows_int64 (model, row, 0));
  ok_child_set_school_id (child, _ok_rows_int64 (model, row, 1));
  ok_child_set_family_id (child, _ok_rows_int64 (model, row, 2));
  ok_child_set_pupil_number (child, _ok_rows_string (model, row, 3));
  ok_child_set_first_name (child, _ok_rows_string (model, row, 4));
  ok_child_set_infix (child, _ok_rows_string (model, row, 5));
  ok_child_set_last_name (child, _ok_rows_string (model, row, 6));
  ok_child_set_group (child, _ok_rows_string (model, row, 7));
  ok_child_set_enrolled_from (child, _ok_rows_string (model, row, 8));
  ok_child_set_enrolled_until (child, _ok_rows_string (model, row, 9));
  return child;
}

static gboolean
validate_child (OkChild  *child,
                GError  **error)
{
  const char *from = ok_child_get_enrolled_from (child);
  const char *until = ok_child_get_enrolled_until (child);

  if (!_ok_store_require_text (ok_child_get_first_name (child), _("first name of the pupil"), error)
      || !_ok_store_require_text (ok_child_get_last_name (child), _("last name of the pupil"), error))
    return FALSE;
  if (ok_child_get_family_id (child) <= 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("A pupil must belong to a family"));
      return FALSE;
    }
  if (!ok_date_is_valid_text (from))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The enrolment date “%s” is not a date (use YYYY-MM-DD)"), from ? from : "");
      return FALSE;
    }
  if (until != NULL && !ok_date_is_valid_text (until))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The leaving date “%s” is not a date (use YYYY-MM-DD)"), until);
      return FALSE;
    }
  if (until != NULL && strcmp (until, from) < 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The leaving date %s lies before the enrolment date %s"), until, from);
      return FALSE;
    }
  return TRUE;
}

gboolean
ok_store_child_insert (OkStore   *store,
                       OkChild   *child,
                       GError   **error)
{
  gint64 school_id, id;

  g_return_val_if_fail (OK_IS_CHILD (child), FALSE);

  if (!validate_child (child, error))
    return FALSE;

  school_id = _ok_store_school_or_current (store, ok_child_get_school_id (child));
  id = _ok_store_insert (store,
                         "INSERT INTO child (school_id, family_id, pupil_number, first_name, infix, "
                         "last_name, group_name, enrolled_from, enrolled_until) VALUES ("
                         "##school::gint64, ##family::gint64, ##number::string::null, ##first::string, "
                         "##infix::string::null, ##last::string, ##group::string::null, "
                         "##from::string, ##until::string::null)",
                         error,
                         "school", G_TYPE_INT64, school_id,
                         "family", G_TYPE_INT64, ok_child_get_family_id (child),
                         "number", G_TYPE_STRING, ok_child_get_pupil_number (child),
                         "first", G_TYPE_STRING, ok_child_get_first_name (child),
                         "infix", G_TYPE_STRING, ok_child_get_infix (child),
                         "last", G_TYPE_STRING, ok_child_get_last_name (child),
                         "group", G_TYPE_STRING, ok_child_get_group (child),
                         "from", G_TYPE_STRING, ok_child_get_enrolled_from (child),
                         "until", G_TYPE_STRING, ok_child_get_enrolled_until (child), NULL);
  if (id <= 0)
    return FALSE;
  ok_child_set_id (child, id);
  ok_child_set_school_id (child, school_id);
  return TRUE;
}

gboolean
ok_store_child_update (OkStore   *store,
                       OkChild   *child,
                       GError   **error)
{
  gint64 rows;

  g_return_val_if_fail (OK_IS_CHILD (child), FALSE);

  if (!validate_child (child, error))
    return FALSE;

  rows = _ok_store_execute (store,
                            "UPDATE child SET family_id = ##family::gint64, "
                            "pupil_number = ##number::string::null, first_name = ##first::string, "
                            "infix = ##infix::string::null, last_name = ##last::string, "
                            "group_name = ##group::string::null, enrolled_from = ##from::string, "
                            "enrolled_until = ##until::string::null WHERE id = ##id::gint64",
                            error,
                            "family", G_TYPE_INT64, ok_child_get_family_id (child),
                            "number", G_TYPE_STRING, ok_child_get_pupil_number (child),
                            "first", G_TYPE_STRING, ok_child_get_first_name (child),
                            "infix", G_TYPE_STRING, ok_child_get_infix (child),
                            "last", G_TYPE_STRING, ok_child_get_last_name (child),
                            "group", G_TYPE_STRING, ok_child_get_group (child),
                            "from", G_TYPE_STRING, ok_child_get_enrolled_from (child),
                            "until", G_TYPE_STRING, ok_child_get_enrolled_until (child),
                            "id", G_TYPE_INT64, ok_child_get_id (child), NULL);
  return _ok_store_check_found (rows, _("pupil"), ok_child_get_id (child), error);
}

OkChild *
ok_store_child_get (OkStore  *store,
                    gint64    id,
                    GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select_by_id (store, "SELECT " CHILD_COLUMNS " FROM child WHERE id = ##id::gint64",
                                  _("pupil"), id, error);
  if (model == NULL)
    return NULL;
  return child_from_row (model, 0);
}

gboolean
ok_store_child_delete (OkStore  *store,
                       gint64    id,
                       GError  **error)
{
  gint64 rows = _ok_store_execute (store, "DELETE FROM child WHERE id = ##id::gint64",
                                   error, "id", G_TYPE_INT64, id, NULL);

  return _ok_store_check_found (rows, _("pupil"), id, error);
}

/* family_id 0 lists every pupil of the school. */
GPtrArray *
ok_store_child_list (OkStore  *store,
                     gint64    family_id,
                     GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  if (family_id > 0)
    model = _ok_store_select (store,
                              "SELECT " CHILD_COLUMNS " FROM child WHERE family_id = ##family::gint64 "
                              "ORDER BY group_name, first_name, id",
                              error, "family", G_TYPE_INT64, family_id, NULL);
  else
    model = _ok_store_select (store,
                              "SELECT " CHILD_COLUMNS " FROM child WHERE school_id = ##school::gint64 "
                              "AND family_id NOT IN (SELECT id FROM family WHERE erased = 1) "
                              "ORDER BY family_id, id",
                              error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return NULL;
  return _ok_rows_to_objects (model, (OkRowFunc) child_from_row);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Parents: of a family, or walk-ins without one. */
#define G_LOG_DOMAIN "ok-store-family"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-store-parent.h"
#include "ok-store-private.h"
#include "ok-time.h"

#define PARENT_COLUMNS "id, school_id, family_id, name, phone, email, walk_in, version"

static OkParent *
parent_from_row (GdaDataModel *model,
                 int           row)
{
  OkParent *parent = ok_parent_new ();

  ok_parent_set_id (parent, _ok_rows_int64 (model, row, 0));
  ok_parent_set_school_id (parent, _ok_rows_int64 (model, row, 1));
  ok_parent_set_family_id (parent, _ok_rows_int64 (model, row, 2));
  ok_parent_set_name (parent, _ok_rows_string (model, row, 3));
  ok_parent_set_phone (parent, _ok_rows_string (model, row, 4));
  ok_parent_set_email (parent, _ok_rows_string (model, row, 5));
  ok_parent_set_walk_in (parent, _ok_rows_int64 (model, row, 6) != 0);
  ok_parent_set_version (parent, _ok_rows_int64 (model, row, 7));
  return parent;
}

gboolean
ok_store_parent_insert (OkStore   *store,
                        OkParent  *parent,
                        GError   **error)
{
  g_autofree char *now = ok_time_now_utc ();
  gint64 school_id, id;

  g_return_val_if_fail (OK_IS_PARENT (parent), FALSE);

  if (!_ok_store_require_text (ok_parent_get_name (parent), _("name of the parent"), error))
    return FALSE;

  school_id = _ok_store_school_or_current (store, ok_parent_get_school_id (parent));
  id = _ok_store_insert (store,
                         "INSERT INTO parent (school_id, family_id, name, phone, email, walk_in, "
                         "version, created_at) VALUES (##school::gint64, ##family::gint64::null, "
                         "##name::string, ##phone::string::null, ##email::string::null, "
                         "##walk_in::gint, 1, ##now::string)",
                         error,
                         "school", G_TYPE_INT64, school_id,
                         "family", OK_TYPE_ID, ok_parent_get_family_id (parent),
                         "name", G_TYPE_STRING, ok_parent_get_name (parent),
                         "phone", G_TYPE_STRING, ok_parent_get_phone (parent),
                         "email", G_TYPE_STRING, ok_parent_get_email (parent),
                         "walk_in", G_TYPE_BOOLEAN, ok_parent_get_walk_in (parent),
                         "now", G_TYPE_STRING, now, NULL);
  if (id <= 0)
    return FALSE;
  ok_parent_set_id (parent, id);
  ok_parent_set_school_id (parent, school_id);
  ok_parent_set_version (parent, 1);
  return TRUE;
}

gboolean
ok_store_parent_update (OkStore   *store,
                        OkParent  *parent,
                        GError   **error)
{
  gint64 rows;

  g_return_val_if_fail (OK_IS_PARENT (parent), FALSE);

  if (!_ok_store_require_text (ok_parent_get_name (parent), _("name of the parent"), error))
    return FALSE;

  rows = _ok_store_execute (store,
                            "UPDATE parent SET family_id = ##family::gint64::null, name = ##name::string, "
                            "phone = ##phone::string::null, email = ##email::string::null, "
                            "walk_in = ##walk_in::gint, version = version + 1 "
                            "WHERE id = ##id::gint64 AND version = ##version::gint64",
                            error,
                            "family", OK_TYPE_ID, ok_parent_get_family_id (parent),
                            "name", G_TYPE_STRING, ok_parent_get_name (parent),
                            "phone", G_TYPE_STRING, ok_parent_get_phone (parent),
                            "email", G_TYPE_STRING, ok_parent_get_email (parent),
                            "walk_in", G_TYPE_BOOLEAN, ok_parent_get_walk_in (parent),
                            "id", G_TYPE_INT64, ok_parent_get_id (parent),
                            "version", G_TYPE_INT64, ok_parent_get_version (parent), NULL);
  if (rows < 0)
    return FALSE;
  if (rows == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT,
                   _("The parent “%s” was changed or removed by someone else in the meantime"),
                   ok_parent_get_name (parent));
      return FALSE;
    }
  ok_parent_set_version (parent, ok_parent_get_version (parent) + 1);
  return TRUE;
}

OkParent *
ok_store_parent_get (OkStore  *store,
                     gint64    id,
                     GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select_by_id (store, "SELECT " PARENT_COLUMNS " FROM parent WHERE id = ##id::gint64",
                                  _("parent"), id, error);
  if (model == NULL)
    return NULL;
  return parent_from_row (model, 0);
}

gboolean
ok_store_parent_delete (OkStore  *store,
                        gint64    id,
                        GError  **error)
{
  gint64 rows = _ok_store_execute (store, "DELETE FROM parent WHERE id = ##id::gint64",
                                   error, "id", G_TYPE_INT64, id, NULL);

  return _ok_store_check_found (rows, _("parent"), id, error);
}

/* family_id 0 lists every parent of the school. */
GPtrArray *
ok_store_parent_list (OkStore  *store,
                      gint64    family_id,
                      GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  if (family_id > 0)
    model = _ok_store_select (store,
                              "SELECT " PARENT_COLUMNS " FROM parent WHERE family_id = ##family::gint64 "
                              "ORDER BY id",
                              error, "family", G_TYPE_INT64, family_id, NULL);
  else
    model = _ok_store_select (store,
                              "SELECT " PARENT_COLUMNS " FROM parent WHERE school_id = ##school::gint64 "
                              "AND (family_id IS NULL OR family_id NOT IN "
                              "(SELECT id FROM family WHERE erased = 1)) "
                              "ORDER BY family_id, id",
                              error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return NULL;
  return _ok_rows_to_objects (model, (OkRowFunc) parent_from_row);
}

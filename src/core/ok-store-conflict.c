/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Saving over someone else's change, when the user chose to. */
#define G_LOG_DOMAIN "ok-store-conflict"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-store-activity.h"
#include "ok-store-conflict.h"
#include "ok-store-family.h"
#include "ok-store-private.h"

/* A third save can slip in between reading the version and writing; a
 * few rounds settle it. */
#define MAX_ROUNDS 5

/* What differs between families, parents and activities. */
typedef struct {
  const char *version_sql;   /* version, and erased where that applies */
  const char *removed;       /* the message when the row is gone */
  const char *busy;          /* the message when others keep saving it */
  gint64 (*get_id) (gpointer objectbject);
  void (*set_version) (gpointer objectbject, gint64 version);
  gboolean (*update) (OkStore *store, gpointer objectbject, GError **error);
} Kind;

static gboolean
current_version (OkStore     *store,
                 const Kind  *kind,
                 gint64       id,
                 gint64      *version,
                 GError     **error)
{
  g_autoptr(GdaDataModel) model = _ok_store_select (store, kind->version_sql, error,
                                                    "id", G_TYPE_INT64, id, NULL);

  if (model == NULL)
    return FALSE;
  if (gda_data_model_get_n_rows (model) == 0)
    {
      g_set_error_literal (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND, _(kind->removed));
      return FALSE;
    }
  if (gda_data_model_get_n_columns (model) > 1 && _ok_rows_int64 (model, 0, 1) != 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT,
                   _("The family was erased in the meantime; its data cannot be saved again"));
      return FALSE;
    }
  *version = _ok_rows_int64 (model, 0, 0);
  return TRUE;
}

static gboolean
overwrite (OkStore     *store,
           gpointer     object,
           const Kind  *kind,
           GError     **error)
{
  for (int round = 0; round < MAX_ROUNDS; round++)
    {
      g_autoptr(GError) local_error = NULL;
      gint64 version = 0;

      if (!current_version (store, kind, kind->get_id (object), &version, error))
        return FALSE;
      kind->set_version (object, version);
      if (kind->update (store, object, &local_error))
        return TRUE;
      if (!g_error_matches (local_error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }
  g_set_error_literal (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT, _(kind->busy));
  return FALSE;
}

static gint64
family_id (gpointer object)
{
  return ok_family_get_id (object);
}

static void
family_set_version (gpointer object,
                    gint64   version)
{
  ok_family_set_version (object, version);
}

static gboolean
family_update (OkStore   *store,
               gpointer   object,
               GError   **error)
{
  return ok_store_family_update (store, object, error);
}

static gint64
parent_id (gpointer object)
{
  return ok_parent_get_id (object);
}

static void
parent_set_version (gpointer object,
                    gint64   version)
{
  ok_parent_set_version (object, version);
}

static gboolean
parent_update (OkStore   *store,
               gpointer   object,
               GError   **error)
{
  return ok_store_parent_update (store, object, error);
}

static gint64
activity_id (gpointer object)
{
  return ok_activity_get_id (object);
}

static void
activity_set_version (gpointer object,
                      gint64   version)
{
  ok_activity_set_version (object, version);
}

static gboolean
activity_update (OkStore   *store,
                 gpointer   object,
                 GError   **error)
{
  return ok_store_activity_update (store, object, error);
}

static const Kind family_kind = {
  "SELECT version, erased FROM family WHERE id = ##id::gint64",
  N_("The family was removed by someone else in the meantime"),
  N_("The family keeps being changed by someone else; try again in a moment"),
  family_id, family_set_version, family_update,
};

/* A parent of an erased family is as anonymous as the family. */
static const Kind parent_kind = {
  "SELECT p.version, coalesce(f.erased, 0) FROM parent p "
  "LEFT JOIN family f ON f.id = p.family_id WHERE p.id = ##id::gint64",
  N_("The parent was removed by someone else in the meantime"),
  N_("The parent keeps being changed by someone else; try again in a moment"),
  parent_id, parent_set_version, parent_update,
};

static const Kind activity_kind = {
  "SELECT version FROM activity WHERE id = ##id::gint64",
  N_("The activity was removed by someone else in the meantime"),
  N_("The activity keeps being changed by someone else; try again in a moment"),
  activity_id, activity_set_version, activity_update,
};

gboolean
ok_store_family_overwrite (OkStore   *store,
                           OkFamily  *family,
                           GError   **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_FAMILY (family), FALSE);

  return overwrite (store, family, &family_kind, error);
}

gboolean
ok_store_parent_overwrite (OkStore   *store,
                           OkParent  *parent,
                           GError   **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_PARENT (parent), FALSE);

  return overwrite (store, parent, &parent_kind, error);
}

gboolean
ok_store_activity_overwrite (OkStore     *store,
                             OkActivity  *activity,
                             GError     **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), FALSE);

  return overwrite (store, activity, &activity_kind, error);
}

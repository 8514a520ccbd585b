/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading a school's families into a searchable index. A few plain
 * queries, joined in memory: the same SQL on SQLite and PostgreSQL, and no
 * search column that every writer of families would have to keep right. */
#define G_LOG_DOMAIN "ok-store-search"

#include "config.h"

#include "ok-date-text.h"
#include "ok-store-private.h"
#include "ok-store-reach.h"
#include "ok-store-search.h"
#include "ok-time.h"

OkFamilyIndex *
ok_store_family_index_load (OkStore  *store,
                            GError  **error)
{
  g_autoptr(OkFamilyIndex) index = ok_family_index_new ();
  g_autoptr(GdaDataModel) rows = NULL;
  g_autoptr(GDate) today = ok_date_today ();
  g_autofree char *today_text = ok_date_format (today);
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  OkReportPeriod quarter;
  gint64 school = ok_store_get_school_id (store);

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  ok_reach_current_period (&quarter);
  ok_reach_period_bounds (&quarter, &from, &until);

  /* Each result goes into the index and is dropped before the next is
   * read: libgda keeps a result as GValues, and holding the six of a
   * school of 25,000 families at once cost the app 30 MB at its peak. */
  rows = _ok_store_select (store,
                           "SELECT id, name, interpreter_needed FROM family "
                           "WHERE school_id = ##school::gint64 AND erased = 0",
                           error, "school", G_TYPE_INT64, school, NULL);
  if (rows == NULL)
    return NULL;
  for (int i = 0; i < gda_data_model_get_n_rows (rows); i++)
    ok_family_index_add_family (index, _ok_rows_int64 (rows, i, 0),
                                _ok_rows_string (rows, i, 1),
                                _ok_rows_int64 (rows, i, 2) != 0);
  g_clear_object (&rows);

  rows = _ok_store_select (store,
                           "SELECT family_id, name, phone, email FROM parent "
                           "WHERE school_id = ##school::gint64 AND family_id IS NOT NULL "
                           "ORDER BY family_id, id",
                           error, "school", G_TYPE_INT64, school, NULL);
  if (rows == NULL)
    return NULL;
  for (int i = 0; i < gda_data_model_get_n_rows (rows); i++)
    ok_family_index_add_parent (index, _ok_rows_int64 (rows, i, 0),
                                _ok_rows_string (rows, i, 1),
                                _ok_rows_string (rows, i, 2),
                                _ok_rows_string (rows, i, 3));
  g_clear_object (&rows);

  rows = _ok_store_select (store,
                           "SELECT family_id, first_name, infix, last_name, group_name FROM child "
                           "WHERE school_id = ##school::gint64 "
                           "AND (enrolled_until IS NULL OR enrolled_until >= ##today::string) "
                           "ORDER BY family_id, id",
                           error, "school", G_TYPE_INT64, school,
                           "today", G_TYPE_STRING, today_text, NULL);
  if (rows == NULL)
    return NULL;
  for (int i = 0; i < gda_data_model_get_n_rows (rows); i++)
    ok_family_index_add_child (index, _ok_rows_int64 (rows, i, 0),
                               _ok_rows_string (rows, i, 1),
                               _ok_rows_string (rows, i, 2),
                               _ok_rows_string (rows, i, 3),
                               _ok_rows_string (rows, i, 4));
  g_clear_object (&rows);

  rows = _ok_store_select (store,
                           "SELECT l.family_id, l.code FROM family_language l "
                           "JOIN family f ON f.id = l.family_id "
                           "WHERE f.school_id = ##school::gint64 ORDER BY l.family_id, l.position",
                           error, "school", G_TYPE_INT64, school, NULL);
  if (rows == NULL)
    return NULL;
  for (int i = 0; i < gda_data_model_get_n_rows (rows); i++)
    ok_family_index_add_language (index, _ok_rows_int64 (rows, i, 0),
                                  _ok_rows_string (rows, i, 1));
  g_clear_object (&rows);

  /* Reach as ok-store-reach.h defines it, in the current quarter: the
   * families view counts a family as reached from the quarter's first day. */
  rows = _ok_store_select (store,
                           "SELECT p.family_id, max(a.starts_at) FROM activity a "
                           "JOIN attendance t ON t.activity_id = a.id JOIN parent p ON p.id = t.parent_id "
                           "WHERE p.family_id IS NOT NULL AND "
                           OK_SQL_REACHING ("a.school_id = ##school::gint64", "##from::string", "##until::string")
                           " GROUP BY p.family_id",
                           error, "school", G_TYPE_INT64, school,
                           "from", G_TYPE_STRING, from, "until", G_TYPE_STRING, until, NULL);
  if (rows == NULL)
    return NULL;
  for (int i = 0; i < gda_data_model_get_n_rows (rows); i++)
    ok_family_index_add_reached (index, _ok_rows_int64 (rows, i, 0),
                                 _ok_rows_string (rows, i, 1));
  g_clear_object (&rows);

  ok_family_index_seal (index);
  return g_steal_pointer (&index);
}

typedef struct {
  char *location;
  gint64 school_id;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_free (data->location);
  g_free (data);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(OkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  OkFamilyIndex *index;

  store = ok_store_open_full (data->location, OK_STORE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  ok_store_set_school_id (store, data->school_id);

  index = ok_store_family_index_load (store, &error);
  if (index == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, index, g_object_unref);
}

void
ok_store_family_index_load_async (OkStore             *store,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (OK_IS_STORE (store));

  data = g_new0 (LoadData, 1);
  data->location = g_strdup (ok_store_get_location (store));
  data->school_id = ok_store_get_school_id (store);

  /* No source object: the worker needs only the location, and the
   * caller's store must not wait for the thread to be released. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ok_store_family_index_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_in_thread);
}

OkFamilyIndex *
ok_store_family_index_load_finish (GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static char **
strv_from_column (GdaDataModel *model)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    if (_ok_rows_string (model, i, 0) != NULL)
      g_strv_builder_add (builder, _ok_rows_string (model, i, 0));
  return g_strv_builder_end (builder);
}

char **
ok_store_languages_in_use (OkStore  *store,
                           GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select (store,
                            "SELECT l.code FROM family_language l JOIN family f ON f.id = l.family_id "
                            "WHERE f.school_id = ##school::gint64 AND f.erased = 0 "
                            "GROUP BY l.code ORDER BY count(*) DESC, l.code",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return NULL;
  return strv_from_column (model);
}

char **
ok_store_groups_in_use (OkStore  *store,
                        GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GDate) today = ok_date_today ();
  g_autofree char *today_text = ok_date_format (today);

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select (store,
                            "SELECT DISTINCT group_name FROM child WHERE school_id = ##school::gint64 "
                            "AND group_name IS NOT NULL "
                            "AND (enrolled_until IS NULL OR enrolled_until >= ##today::string) "
                            "ORDER BY group_name",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "today", G_TYPE_STRING, today_text, NULL);
  if (model == NULL)
    return NULL;
  return strv_from_column (model);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Schools and families; their parents and pupils are in ok-store-parent.c
 * and ok-store-child.c. */
#define G_LOG_DOMAIN "ok-store-family"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-store-family.h"
#include "ok-store-private.h"
#include "ok-time.h"

/* Schools */

#define SCHOOL_COLUMNS "id, name, brin, region"

static OkSchool *
school_from_row (GdaDataModel *model,
                 int           row)
{
  OkSchool *school = ok_school_new ();

  ok_school_set_id (school, _ok_rows_int64 (model, row, 0));
  ok_school_set_name (school, _ok_rows_string (model, row, 1));
  ok_school_set_brin (school, _ok_rows_string (model, row, 2));
  ok_school_set_region (school, _ok_rows_string (model, row, 3));
  return school;
}

GPtrArray *
ok_store_school_list (OkStore  *store,
                      GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select (store, "SELECT " SCHOOL_COLUMNS " FROM school ORDER BY name, id",
                            error, NULL);
  if (model == NULL)
    return NULL;
  return _ok_rows_to_objects (model, (OkRowFunc) school_from_row);
}

OkSchool *
ok_store_school_get (OkStore  *store,
                     gint64    id,
                     GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select_by_id (store, "SELECT " SCHOOL_COLUMNS " FROM school WHERE id = ##id::gint64",
                                  _("school"), id, error);
  if (model == NULL)
    return NULL;
  return school_from_row (model, 0);
}

static const char *
school_region (OkSchool *school)
{
  const char *region = ok_school_get_region (school);

  return region != NULL ? region : "midden";
}

gboolean
ok_store_school_insert (OkStore   *store,
                        OkSchool  *school,
                        GError   **error)
{
  g_autofree char *now = ok_time_now_utc ();
  gint64 id;

  g_return_val_if_fail (OK_IS_SCHOOL (school), FALSE);

  if (!_ok_store_require_text (ok_school_get_name (school), _("name of the school"), error))
    return FALSE;

  id = _ok_store_insert (store,
                         "INSERT INTO school (name, brin, region, created_at) "
                         "VALUES (##name::string, ##brin::string::null, ##region::string, ##now::string)",
                         error,
                         "name", G_TYPE_STRING, ok_school_get_name (school),
                         "brin", G_TYPE_STRING, ok_school_get_brin (school),
                         "region", G_TYPE_STRING, school_region (school),
                         "now", G_TYPE_STRING, now, NULL);
  if (id <= 0)
    return FALSE;
  ok_school_set_id (school, id);
  return TRUE;
}

gboolean
ok_store_school_update (OkStore   *store,
                        OkSchool  *school,
                        GError   **error)
{
  gint64 rows;

  g_return_val_if_fail (OK_IS_SCHOOL (school), FALSE);

  if (!_ok_store_require_text (ok_school_get_name (school), _("name of the school"), error))
    return FALSE;

  rows = _ok_store_execute (store,
                            "UPDATE school SET name = ##name::string, brin = ##brin::string::null, "
                            "region = ##region::string WHERE id = ##id::gint64",
                            error,
                            "name", G_TYPE_STRING, ok_school_get_name (school),
                            "brin", G_TYPE_STRING, ok_school_get_brin (school),
                            "region", G_TYPE_STRING, school_region (school),
                            "id", G_TYPE_INT64, ok_school_get_id (school), NULL);
  return _ok_store_check_found (rows, _("school"), ok_school_get_id (school), error);
}

/* Families */

#define FAMILY_COLUMNS "id, school_id, name, interpreter_needed, preferred_channel, " \
                       "consent_contact_parent, consent_photos, reads_no_language, postcode, " \
                       "house_number, notes, version"

static OkFamily *
family_from_row (GdaDataModel *model,
                 int           row)
{
  OkFamily *family = ok_family_new ();
  int channel = OK_CHANNEL_WHATSAPP;

  ok_enum_from_nick (OK_TYPE_CHANNEL, _ok_rows_string (model, row, 4), &channel);
  ok_family_set_id (family, _ok_rows_int64 (model, row, 0));
  ok_family_set_school_id (family, _ok_rows_int64 (model, row, 1));
  ok_family_set_name (family, _ok_rows_string (model, row, 2));
  ok_family_set_interpreter_needed (family, _ok_rows_int64 (model, row, 3) != 0);
  ok_family_set_preferred_channel (family, channel);
  ok_family_set_consent_contact_parent (family, _ok_rows_int64 (model, row, 5) != 0);
  ok_family_set_consent_photos (family, _ok_rows_int64 (model, row, 6) != 0);
  ok_family_set_reads_no_language (family, _ok_rows_int64 (model, row, 7) != 0);
  ok_family_set_postcode (family, _ok_rows_string (model, row, 8));
  ok_family_set_house_number (family, _ok_rows_string (model, row, 9));
  ok_family_set_notes (family, _ok_rows_string (model, row, 10));
  ok_family_set_version (family, _ok_rows_int64 (model, row, 11));
  return family;
}

static gboolean
validate_family (OkFamily  *family,
                 GError   **error)
{
  const char * const *languages = ok_family_get_languages (family);
  int channel = ok_family_get_preferred_channel (family);

  if (!_ok_store_require_text (ok_family_get_name (family), _("family name"), error))
    return FALSE;
  if (channel == OK_CHANNEL_IN_PERSON)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("A family’s preferred channel must be WhatsApp, text message, phone, e-mail or letter"));
      return FALSE;
    }
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      if (!_ok_store_is_language_code (languages[i]))
        {
          g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                       _("“%s” is not a language code (use ISO 639 codes such as nl, tr, ar)"),
                       languages[i]);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (g_str_equal (languages[i], languages[j]))
          {
            g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                         _("The language “%s” is listed twice"), languages[i]);
            return FALSE;
          }
    }
  return TRUE;
}

static gboolean
write_languages (OkStore   *store,
                 OkFamily  *family,
                 GError   **error)
{
  const char * const *languages = ok_family_get_languages (family);
  gint64 id = ok_family_get_id (family);

  if (_ok_store_execute (store, "DELETE FROM family_language WHERE family_id = ##id::gint64",
                         error, "id", G_TYPE_INT64, id, NULL) < 0)
    return FALSE;

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    if (_ok_store_execute (store,
                           "INSERT INTO family_language (family_id, position, code) "
                           "VALUES (##id::gint64, ##pos::gint, ##code::string)",
                           error, "id", G_TYPE_INT64, id, "pos", G_TYPE_INT, (int) i,
                           "code", G_TYPE_STRING, languages[i], NULL) < 0)
      return FALSE;
  return TRUE;
}

/* Reads the languages of one family (family_id > 0), of each of a few
 * families (-1: a query per family), or of every family of the school in
 * one query (0), into the given objects. */
static gboolean
read_languages (OkStore     *store,
                GHashTable  *families_by_id,
                gint64       family_id,
                GError     **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GHashTable) lists = g_hash_table_new_full (NULL, NULL, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;

  if (family_id < 0)
    {
      GHashTableIter ids;
      gpointer id;

      g_hash_table_iter_init (&ids, families_by_id);
      while (g_hash_table_iter_next (&ids, &id, NULL))
        if (!read_languages (store, families_by_id, *(gint64 *) id, error))
          return FALSE;
      return TRUE;
    }
  else if (family_id > 0)
    model = _ok_store_select (store,
                              "SELECT family_id, code FROM family_language "
                              "WHERE family_id = ##id::gint64 ORDER BY position",
                              error, "id", G_TYPE_INT64, family_id, NULL);
  else
    model = _ok_store_select (store,
                              "SELECT l.family_id, l.code FROM family_language l "
                              "JOIN family f ON f.id = l.family_id "
                              "WHERE f.school_id = ##school::gint64 ORDER BY l.family_id, l.position",
                              error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return FALSE;

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      gint64 id = _ok_rows_int64 (model, i, 0);
      OkFamily *family = g_hash_table_lookup (families_by_id, &id);
      GPtrArray *list;

      if (family == NULL)
        continue;
      list = g_hash_table_lookup (lists, family);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (lists, family, list);
        }
      g_ptr_array_add (list, _ok_rows_dup_string (model, i, 1));
    }

  g_hash_table_iter_init (&iter, lists);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *list = value;

      g_ptr_array_add (list, NULL);
      ok_family_set_languages (key, (const char * const *) list->pdata);
    }
  return TRUE;
}

gboolean
ok_store_family_insert (OkStore   *store,
                        OkFamily  *family,
                        GError   **error)
{
  g_autofree char *now = ok_time_now_utc ();
  gint64 school_id, id;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_FAMILY (family), FALSE);

  if (!validate_family (family, error))
    return FALSE;

  school_id = _ok_store_school_or_current (store, ok_family_get_school_id (family));
  if (!ok_store_begin (store, error))
    return FALSE;

  id = _ok_store_insert (store,
                         "INSERT INTO family (school_id, name, interpreter_needed, preferred_channel, "
                         "consent_contact_parent, consent_photos, reads_no_language, postcode, "
                         "house_number, notes, version, created_at, updated_at) VALUES ("
                         "##school::gint64, ##name::string, ##interpreter::gint, ##channel::string, "
                         "##consent_cp::gint, ##consent_photos::gint, ##reads_no::gint, "
                         "##postcode::string::null, ##house::string::null, ##notes::string::null, "
                         "1, ##now::string, ##now::string)",
                         error,
                         "school", G_TYPE_INT64, school_id,
                         "name", G_TYPE_STRING, ok_family_get_name (family),
                         "interpreter", G_TYPE_BOOLEAN, ok_family_get_interpreter_needed (family),
                         "channel", G_TYPE_STRING,
                         ok_enum_to_nick (OK_TYPE_CHANNEL, ok_family_get_preferred_channel (family)),
                         "consent_cp", G_TYPE_BOOLEAN, ok_family_get_consent_contact_parent (family),
                         "consent_photos", G_TYPE_BOOLEAN, ok_family_get_consent_photos (family),
                         "reads_no", G_TYPE_BOOLEAN, ok_family_get_reads_no_language (family),
                         "postcode", G_TYPE_STRING, ok_family_get_postcode (family),
                         "house", G_TYPE_STRING, ok_family_get_house_number (family),
                         "notes", G_TYPE_STRING, ok_family_get_notes (family),
                         "now", G_TYPE_STRING, now, NULL);
  if (id <= 0)
    goto failed;

  ok_family_set_id (family, id);
  ok_family_set_school_id (family, school_id);
  ok_family_set_version (family, 1);
  if (!write_languages (store, family, error))
    goto failed;
  return ok_store_commit (store, error);

failed:
  ok_store_rollback (store);
  ok_family_set_id (family, 0);
  return FALSE;
}

gboolean
ok_store_family_update (OkStore   *store,
                        OkFamily  *family,
                        GError   **error)
{
  g_autofree char *now = ok_time_now_utc ();
  gint64 rows;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_FAMILY (family), FALSE);

  if (!validate_family (family, error))
    return FALSE;
  if (!ok_store_begin (store, error))
    return FALSE;

  rows = _ok_store_execute (store,
                            "UPDATE family SET name = ##name::string, "
                            "interpreter_needed = ##interpreter::gint, "
                            "preferred_channel = ##channel::string, "
                            "consent_contact_parent = ##consent_cp::gint, "
                            "consent_photos = ##consent_photos::gint, "
                            "reads_no_language = ##reads_no::gint, "
                            "postcode = ##postcode::string::null, house_number = ##house::string::null, "
                            "notes = ##notes::string::null, version = version + 1, "
                            "updated_at = ##now::string "
                            "WHERE id = ##id::gint64 AND version = ##version::gint64 AND erased = 0",
                            error,
                            "name", G_TYPE_STRING, ok_family_get_name (family),
                            "interpreter", G_TYPE_BOOLEAN, ok_family_get_interpreter_needed (family),
                            "channel", G_TYPE_STRING,
                            ok_enum_to_nick (OK_TYPE_CHANNEL, ok_family_get_preferred_channel (family)),
                            "consent_cp", G_TYPE_BOOLEAN, ok_family_get_consent_contact_parent (family),
                            "consent_photos", G_TYPE_BOOLEAN, ok_family_get_consent_photos (family),
                            "reads_no", G_TYPE_BOOLEAN, ok_family_get_reads_no_language (family),
                            "postcode", G_TYPE_STRING, ok_family_get_postcode (family),
                            "house", G_TYPE_STRING, ok_family_get_house_number (family),
                            "notes", G_TYPE_STRING, ok_family_get_notes (family),
                            "now", G_TYPE_STRING, now,
                            "id", G_TYPE_INT64, ok_family_get_id (family),
                            "version", G_TYPE_INT64, ok_family_get_version (family), NULL);
  if (rows < 0)
    goto failed;
  if (rows == 0)
    {
      gint64 exists = 0;

      if (_ok_store_select_int64 (store, &exists, "SELECT count(*) FROM family WHERE id = ##id::gint64",
                                  error, "id", G_TYPE_INT64, ok_family_get_id (family), NULL))
        {
          if (exists == 0)
            _ok_store_set_not_found (error, _("family"), ok_family_get_id (family));
          else
            g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT,
                         _("Someone else changed the family “%s” in the meantime"),
                         ok_family_get_name (family));
        }
      goto failed;
    }
  if (!write_languages (store, family, error))
    goto failed;
  if (!ok_store_commit (store, error))
    return FALSE;

  ok_family_set_version (family, ok_family_get_version (family) + 1);
  return TRUE;

failed:
  ok_store_rollback (store);
  return FALSE;
}

OkFamily *
ok_store_family_get (OkStore  *store,
                     gint64    id,
                     GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(OkFamily) family = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select_by_id (store, "SELECT " FAMILY_COLUMNS " FROM family WHERE id = ##id::gint64",
                                  _("family"), id, error);
  if (model == NULL)
    return NULL;

  family = family_from_row (model, 0);
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_hash_table_insert (by_id, &id, family);
  if (!read_languages (store, by_id, id, error))
    return NULL;
  return g_steal_pointer (&family);
}

gboolean
ok_store_family_delete (OkStore  *store,
                        gint64    id,
                        GError  **error)
{
  gint64 rows = _ok_store_execute (store, "DELETE FROM family WHERE id = ##id::gint64",
                                   error, "id", G_TYPE_INT64, id, NULL);

  return _ok_store_check_found (rows, _("family"), id, error);
}

static GPtrArray *
families_from_model (OkStore       *store,
                     GdaDataModel  *model,
                     GError       **error)
{
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autofree gint64 *ids = NULL;
  int n = gda_data_model_get_n_rows (model);

  families = g_ptr_array_new_full (n, g_object_unref);
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  ids = g_new (gint64, MAX (n, 1));
  for (int i = 0; i < n; i++)
    {
      OkFamily *family = family_from_row (model, i);

      ids[i] = ok_family_get_id (family);
      g_ptr_array_add (families, family);
      g_hash_table_insert (by_id, &ids[i], family);
    }
  /* One family: read its own languages; many: all of the school at once. */
  if (n > 0 && !read_languages (store, by_id, n <= 64 ? -1 : 0, error))
    return NULL;
  return g_steal_pointer (&families);
}

GPtrArray *
ok_store_family_list (OkStore  *store,
                      GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select (store,
                            "SELECT " FAMILY_COLUMNS " FROM family WHERE school_id = ##school::gint64 "
                            "AND erased = 0 ORDER BY name, id",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return NULL;
  return families_from_model (store, model, error);
}

/* A page of the alphabetical list, for views that show the first screen
 * before the rest is needed. */
GPtrArray *
ok_store_family_list_page (OkStore  *store,
                           guint     offset,
                           guint     limit,
                           GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select (store,
                            "SELECT " FAMILY_COLUMNS " FROM family WHERE school_id = ##school::gint64 "
                            "AND erased = 0 ORDER BY name, id LIMIT ##limit::gint OFFSET ##offset::gint",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "limit", G_TYPE_INT, (int) MIN (limit, G_MAXINT),
                            "offset", G_TYPE_INT, (int) MIN (offset, G_MAXINT), NULL);
  if (model == NULL)
    return NULL;
  return families_from_model (store, model, error);
}

gint64
ok_store_family_count (OkStore  *store,
                       GError  **error)
{
  gint64 count = -1;

  if (!_ok_store_select_int64 (store, &count,
                               "SELECT count(*) FROM family WHERE school_id = ##school::gint64 AND erased = 0",
                               error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL))
    return -1;
  return count;
}

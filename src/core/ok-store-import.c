/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bulk reads and writes for the import. A school's export has tens of
 * thousands of rows; one statement per row costs a round trip and a
 * parameter set each, which on PostgreSQL alone takes longer than users
 * wait. So every step is one statement whose single parameter is a JSON
 * array of rows, unpacked by the database itself (SQLite's json_each,
 * PostgreSQL's json_array_elements): the values stay parameters, never SQL
 * text, and a whole import is about ten statements.
 *
 * On SQLite the JSON rows must drive each join: given the choice, its
 * planner starts from the school index and scans the JSON once per row of
 * the table. CROSS JOIN fixes the order, and a unary + keeps the school
 * check from being used as an index. New rows are inserted in file order
 * (PostgreSQL is told so), so that ids, and lists sorted by them, keep the
 * order of the export: the first caregiver first. */
#define G_LOG_DOMAIN "ok-store"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-store-private.h"
#include "ok-store-import.h"
#include "ok-time.h"

void
_ok_import_snapshot_init (OkImportSnapshot *snapshot)
{
  snapshot->strings = g_string_chunk_new (64 * 1024);
  snapshot->families = g_array_new (FALSE, TRUE, sizeof (OkImportFamilyRow));
  snapshot->languages = g_array_new (FALSE, TRUE, sizeof (OkImportLanguageRow));
  snapshot->parents = g_array_new (FALSE, TRUE, sizeof (OkImportParentRow));
  snapshot->children = g_array_new (FALSE, TRUE, sizeof (OkImportChildRow));
}

void
_ok_import_snapshot_clear (OkImportSnapshot *snapshot)
{
  g_clear_pointer (&snapshot->strings, g_string_chunk_free);
  g_clear_pointer (&snapshot->families, g_array_unref);
  g_clear_pointer (&snapshot->languages, g_array_unref);
  g_clear_pointer (&snapshot->parents, g_array_unref);
  g_clear_pointer (&snapshot->children, g_array_unref);
}

void
_ok_import_plan_init (OkImportPlan *plan)
{
  plan->new_families = g_array_new (FALSE, TRUE, sizeof (OkImportNewFamily));
  plan->family_updates = g_array_new (FALSE, TRUE, sizeof (OkImportFamilyUpdate));
  plan->new_languages = g_array_new (FALSE, TRUE, sizeof (OkImportNewLanguage));
  plan->new_parents = g_array_new (FALSE, TRUE, sizeof (OkImportNewParent));
  plan->parent_updates = g_array_new (FALSE, TRUE, sizeof (OkImportParentUpdate));
  plan->new_children = g_array_new (FALSE, TRUE, sizeof (OkImportChildChange));
  plan->child_updates = g_array_new (FALSE, TRUE, sizeof (OkImportChildChange));
}

void
_ok_import_plan_clear (OkImportPlan *plan)
{
  g_clear_pointer (&plan->new_families, g_array_unref);
  g_clear_pointer (&plan->family_updates, g_array_unref);
  g_clear_pointer (&plan->new_languages, g_array_unref);
  g_clear_pointer (&plan->new_parents, g_array_unref);
  g_clear_pointer (&plan->parent_updates, g_array_unref);
  g_clear_pointer (&plan->new_children, g_array_unref);
  g_clear_pointer (&plan->child_updates, g_array_unref);
}

/* An empty string reads as NULL: an empty phone must not be a key that
 * every family without a phone shares. */
static const char *
chunk_string (GStringChunk *chunk,
              GdaDataModel *model,
              int           row,
              int           column)
{
  const char *value = _ok_rows_string (model, row, column);

  return value != NULL && *value != '\0' ? g_string_chunk_insert (chunk, value) : NULL;
}

/* Holding the school row for the rest of the transaction makes imports of
 * one school wait for each other (a row lock on PostgreSQL, the write lock
 * on SQLite), so the snapshot read next is still true when it is written. */
static gboolean
lock_school (OkStore  *store,
             GError  **error)
{
  return _ok_store_execute (store, "UPDATE school SET name = name WHERE id = ##school::gint64",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            NULL) >= 0;
}

gboolean
_ok_store_import_load (OkStore           *store,
                       OkImportSnapshot  *snapshot,
                       GError           **error)
{
  gint64 school = ok_store_get_school_id (store);
  g_autoptr(GdaDataModel) families = NULL;
  g_autoptr(GdaDataModel) languages = NULL;
  g_autoptr(GdaDataModel) parents = NULL;
  g_autoptr(GdaDataModel) children = NULL;
  GStringChunk *chunk = snapshot->strings;
  int n;

  g_return_val_if_fail (ok_store_in_transaction (store), FALSE);

  if (!lock_school (store, error))
    return FALSE;

  families = _ok_store_select (store,
                               "SELECT id, postcode, house_number, interpreter_needed, erased "
                               "FROM family WHERE school_id = ##school::gint64",
                               error, "school", G_TYPE_INT64, school, NULL);
  if (families == NULL)
    return FALSE;
  n = gda_data_model_get_n_rows (families);
  g_array_set_size (snapshot->families, n);
  for (int i = 0; i < n; i++)
    {
      OkImportFamilyRow *row = &g_array_index (snapshot->families, OkImportFamilyRow, i);

      row->id = _ok_rows_int64 (families, i, 0);
      row->postcode = chunk_string (chunk, families, i, 1);
      row->house_number = chunk_string (chunk, families, i, 2);
      row->interpreter_needed = _ok_rows_int64 (families, i, 3) != 0;
      row->erased = _ok_rows_int64 (families, i, 4) != 0;
    }

  languages = _ok_store_select (store,
                                "SELECT l.family_id, l.position, l.code FROM family_language l "
                                "JOIN family f ON f.id = l.family_id "
                                "WHERE f.school_id = ##school::gint64 "
                                "ORDER BY l.family_id, l.position",
                                error, "school", G_TYPE_INT64, school, NULL);
  if (languages == NULL)
    return FALSE;
  n = gda_data_model_get_n_rows (languages);
  g_array_set_size (snapshot->languages, n);
  for (int i = 0; i < n; i++)
    {
      OkImportLanguageRow *row = &g_array_index (snapshot->languages, OkImportLanguageRow, i);

      row->family_id = _ok_rows_int64 (languages, i, 0);
      row->position = (int) _ok_rows_int64 (languages, i, 1);
      row->code = g_string_chunk_insert_const (chunk, _ok_rows_string (languages, i, 2));
    }

  parents = _ok_store_select (store,
                              "SELECT id, family_id, name, phone, email FROM parent "
                              "WHERE school_id = ##school::gint64 AND family_id IS NOT NULL "
                              "ORDER BY id",
                              error, "school", G_TYPE_INT64, school, NULL);
  if (parents == NULL)
    return FALSE;
  n = gda_data_model_get_n_rows (parents);
  g_array_set_size (snapshot->parents, n);
  for (int i = 0; i < n; i++)
    {
      OkImportParentRow *row = &g_array_index (snapshot->parents, OkImportParentRow, i);

      row->id = _ok_rows_int64 (parents, i, 0);
      row->family_id = _ok_rows_int64 (parents, i, 1);
      row->name = chunk_string (chunk, parents, i, 2);
      row->phone = chunk_string (chunk, parents, i, 3);
      row->email = chunk_string (chunk, parents, i, 4);
    }

  children = _ok_store_select (store,
                               "SELECT id, family_id, pupil_number, first_name, infix, last_name, "
                               "group_name, enrolled_from, enrolled_until FROM child "
                               "WHERE school_id = ##school::gint64 ORDER BY id",
                               error, "school", G_TYPE_INT64, school, NULL);
  if (children == NULL)
    return FALSE;
  n = gda_data_model_get_n_rows (children);
  g_array_set_size (snapshot->children, n);
  for (int i = 0; i < n; i++)
    {
      OkImportChildRow *row = &g_array_index (snapshot->children, OkImportChildRow, i);

      row->id = _ok_rows_int64 (children, i, 0);
      row->family_id = _ok_rows_int64 (children, i, 1);
      row->pupil_number = chunk_string (chunk, children, i, 2);
      row->first_name = chunk_string (chunk, children, i, 3);
      row->infix = chunk_string (chunk, children, i, 4);
      row->last_name = chunk_string (chunk, children, i, 5);
      row->group_name = chunk_string (chunk, children, i, 6);
      row->enrolled_from = chunk_string (chunk, children, i, 7);
      row->enrolled_until = chunk_string (chunk, children, i, 8);
    }

  return TRUE;
}

/* JSON rows. The values are valid UTF-8 (the CSV reader guarantees it),
 * so only quotes, backslashes and control characters need escaping. */

static void
json_string (GString    *out,
             const char *value)
{
  if (value == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, (char) c);
        }
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

static void
json_int (GString *out,
          gint64   value)
{
  g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
}

static void
json_next_row (GString *out)
{
  g_string_append (out, out->len > 1 ? ",[" : "[");
}

static void
json_comma (GString *out)
{
  g_string_append_c (out, ',');
}

static gint64
resolve_family (OkImportPlan      *plan,
                OkImportFamilyRef  ref)
{
  if (ref > 0)
    return ref;
  return g_array_index (plan->new_families, OkImportNewFamily, -ref - 1).id;
}

static gboolean
allocate_family_ids (OkStore       *store,
                     OkImportPlan  *plan,
                     GError       **error)
{
  guint n = plan->new_families->len;

  if (n == 0)
    return TRUE;

  if (ok_store_get_dialect (store) == OK_STORE_DIALECT_SQLITE)
    {
      /* The school lock is SQLite's write lock: nobody inserts meanwhile. */
      gint64 max_id = 0;

      if (!_ok_store_select_int64 (store, &max_id, "SELECT coalesce(max(id), 0) FROM family",
                                   error, NULL))
        return FALSE;
      for (guint i = 0; i < n; i++)
        g_array_index (plan->new_families, OkImportNewFamily, i).id = max_id + 1 + i;
    }
  else
    {
      g_autoptr(GdaDataModel) ids = NULL;

      ids = _ok_store_select (store,
                              "SELECT nextval(pg_get_serial_sequence('family', 'id')) "
                              "FROM generate_series(1, ##n::gint)",
                              error, "n", G_TYPE_INT, (int) n, NULL);
      if (ids == NULL)
        return FALSE;
      if ((guint) gda_data_model_get_n_rows (ids) != n)
        {
          g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_QUERY,
                       "The database handed out %d new family numbers instead of %u",
                       gda_data_model_get_n_rows (ids), n);
          return FALSE;
        }
      for (guint i = 0; i < n; i++)
        g_array_index (plan->new_families, OkImportNewFamily, i).id = _ok_rows_int64 (ids, i, 0);
    }
  return TRUE;
}

static const char *
pick (OkStore    *store,
      const char *sqlite_sql,
      const char *postgresql_sql)
{
  return ok_store_get_dialect (store) == OK_STORE_DIALECT_SQLITE ? sqlite_sql : postgresql_sql;
}

static const char *
end_rows (GString *rows)
{
  g_string_append_c (rows, ']');
  return rows->str;
}

static gboolean
insert_families (OkStore       *store,
                 OkImportPlan  *plan,
                 const char    *now,
                 GError       **error)
{
  g_autoptr(GString) rows = g_string_new ("[");
  const char *sql;

  if (plan->new_families->len == 0)
    return TRUE;
  for (guint i = 0; i < plan->new_families->len; i++)
    {
      OkImportNewFamily *f = &g_array_index (plan->new_families, OkImportNewFamily, i);

      json_next_row (rows);
      json_int (rows, f->id);
      json_comma (rows);
      json_string (rows, f->name);
      json_comma (rows);
      json_int (rows, f->interpreter_needed ? 1 : 0);
      json_comma (rows);
      json_string (rows, f->preferred_channel);
      json_comma (rows);
      json_string (rows, f->postcode);
      json_comma (rows);
      json_string (rows, f->house_number);
      g_string_append_c (rows, ']');
    }

  sql = pick (store,
              "INSERT INTO family (id, school_id, name, interpreter_needed, preferred_channel, "
              "postcode, house_number, created_at, updated_at) "
              "SELECT json_extract(value, '$[0]'), ##school::gint64, json_extract(value, '$[1]'), "
              "json_extract(value, '$[2]'), json_extract(value, '$[3]'), "
              "json_extract(value, '$[4]'), json_extract(value, '$[5]'), "
              "##now::string, ##now::string FROM json_each(##rows::string)",
              "INSERT INTO family (id, school_id, name, interpreter_needed, preferred_channel, "
              "postcode, house_number, created_at, updated_at) "
              "SELECT CAST(e->>0 AS integer), ##school::gint64, e->>1, CAST(e->>2 AS integer), "
              "e->>3, e->>4, e->>5, ##now::string, ##now::string "
              "FROM jsonb_array_elements(CAST(##rows::string AS jsonb)) WITH ORDINALITY AS r (e, n) ORDER BY r.n");
  return _ok_store_execute (store, sql, error,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "now", G_TYPE_STRING, now,
                            "rows", G_TYPE_STRING, end_rows (rows), NULL) >= 0;
}

static gboolean
update_families (OkStore       *store,
                 OkImportPlan  *plan,
                 const char    *now,
                 GError       **error)
{
  g_autoptr(GString) rows = g_string_new ("[");
  const char *sql;

  if (plan->family_updates->len == 0)
    return TRUE;
  for (guint i = 0; i < plan->family_updates->len; i++)
    {
      OkImportFamilyUpdate *f = &g_array_index (plan->family_updates, OkImportFamilyUpdate, i);

      json_next_row (rows);
      json_int (rows, f->id);
      json_comma (rows);
      json_string (rows, f->postcode);
      json_comma (rows);
      json_string (rows, f->house_number);
      json_comma (rows);
      json_int (rows, f->interpreter_needed ? 1 : 0);
      g_string_append_c (rows, ']');
    }

  /* version changes so that an edit open elsewhere notices the import. */
  sql = pick (store,
              "UPDATE family SET postcode = json_extract(j.value, '$[1]'), "
              "house_number = json_extract(j.value, '$[2]'), "
              "interpreter_needed = json_extract(j.value, '$[3]'), "
              "version = version + 1, updated_at = ##now::string "
              "FROM json_each(##rows::string) AS j "
              "WHERE family.id = json_extract(j.value, '$[0]') "
              "AND +family.school_id = ##school::gint64",
              "UPDATE family SET postcode = e->>1, house_number = e->>2, "
              "interpreter_needed = CAST(e->>3 AS integer), "
              "version = version + 1, updated_at = ##now::string "
              "FROM jsonb_array_elements(CAST(##rows::string AS jsonb)) AS e "
              "WHERE family.id = CAST(e->>0 AS integer) "
              "AND family.school_id = ##school::gint64");
  return _ok_store_execute (store, sql, error,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "now", G_TYPE_STRING, now,
                            "rows", G_TYPE_STRING, end_rows (rows), NULL) >= 0;
}

static gboolean
insert_languages (OkStore       *store,
                  OkImportPlan  *plan,
                  const char    *now,
                  GError       **error)
{
  g_autoptr(GString) rows = g_string_new ("[");
  const char *sql;

  if (plan->new_languages->len == 0)
    return TRUE;
  for (guint i = 0; i < plan->new_languages->len; i++)
    {
      OkImportNewLanguage *l = &g_array_index (plan->new_languages, OkImportNewLanguage, i);

      json_next_row (rows);
      json_int (rows, resolve_family (plan, l->family));
      json_comma (rows);
      json_int (rows, l->position);
      json_comma (rows);
      json_string (rows, l->code);
      g_string_append_c (rows, ']');
    }

  /* The join keeps the rows to the school's own families. */
  sql = pick (store,
              "INSERT INTO family_language (family_id, position, code) "
              "SELECT f.id, json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]') "
              "FROM json_each(##rows::string) AS j "
              "CROSS JOIN family f ON f.id = json_extract(j.value, '$[0]') "
              "WHERE +f.school_id = ##school::gint64",
              "INSERT INTO family_language (family_id, position, code) "
              "SELECT f.id, CAST(e->>1 AS integer), e->>2 "
              "FROM jsonb_array_elements(CAST(##rows::string AS jsonb)) AS e "
              "JOIN family f ON f.id = CAST(e->>0 AS integer) "
              "WHERE f.school_id = ##school::gint64");
  return _ok_store_execute (store, sql, error,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "rows", G_TYPE_STRING, end_rows (rows), NULL) >= 0;
}

static gboolean
insert_parents (OkStore       *store,
                OkImportPlan  *plan,
                const char    *now,
                GError       **error)
{
  g_autoptr(GString) rows = g_string_new ("[");
  const char *sql;

  if (plan->new_parents->len == 0)
    return TRUE;
  for (guint i = 0; i < plan->new_parents->len; i++)
    {
      OkImportNewParent *p = &g_array_index (plan->new_parents, OkImportNewParent, i);

      json_next_row (rows);
      json_int (rows, resolve_family (plan, p->family));
      json_comma (rows);
      json_string (rows, p->name);
      json_comma (rows);
      json_string (rows, p->phone);
      json_comma (rows);
      json_string (rows, p->email);
      g_string_append_c (rows, ']');
    }

  sql = pick (store,
              "INSERT INTO parent (school_id, family_id, name, phone, email, created_at) "
              "SELECT ##school::gint64, json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
              "json_extract(value, '$[2]'), json_extract(value, '$[3]'), ##now::string "
              "FROM json_each(##rows::string)",
              "INSERT INTO parent (school_id, family_id, name, phone, email, created_at) "
              "SELECT ##school::gint64, CAST(e->>0 AS integer), e->>1, e->>2, e->>3, ##now::string "
              "FROM jsonb_array_elements(CAST(##rows::string AS jsonb)) WITH ORDINALITY AS r (e, n) ORDER BY r.n");
  return _ok_store_execute (store, sql, error,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "now", G_TYPE_STRING, now,
                            "rows", G_TYPE_STRING, end_rows (rows), NULL) >= 0;
}

static gboolean
update_parents (OkStore       *store,
                OkImportPlan  *plan,
                const char    *now,
                GError       **error)
{
  g_autoptr(GString) rows = g_string_new ("[");
  const char *sql;

  if (plan->parent_updates->len == 0)
    return TRUE;
  for (guint i = 0; i < plan->parent_updates->len; i++)
    {
      OkImportParentUpdate *p = &g_array_index (plan->parent_updates, OkImportParentUpdate, i);

      json_next_row (rows);
      json_int (rows, p->id);
      json_comma (rows);
      json_string (rows, p->phone);
      json_comma (rows);
      json_string (rows, p->email);
      g_string_append_c (rows, ']');
    }

  sql = pick (store,
              "UPDATE parent SET phone = json_extract(j.value, '$[1]'), "
              "email = json_extract(j.value, '$[2]'), version = version + 1 "
              "FROM json_each(##rows::string) AS j "
              "WHERE parent.id = json_extract(j.value, '$[0]') "
              "AND +parent.school_id = ##school::gint64",
              "UPDATE parent SET phone = e->>1, email = e->>2, version = version + 1 "
              "FROM jsonb_array_elements(CAST(##rows::string AS jsonb)) AS e "
              "WHERE parent.id = CAST(e->>0 AS integer) "
              "AND parent.school_id = ##school::gint64");
  return _ok_store_execute (store, sql, error,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "rows", G_TYPE_STRING, end_rows (rows), NULL) >= 0;
}

static void
child_row (GString             *rows,
           gint64               first,
           OkImportChildChange *c)
{
  json_next_row (rows);
  json_int (rows, first);
  json_comma (rows);
  json_string (rows, c->pupil_number);
  json_comma (rows);
  json_string (rows, c->first_name);
  json_comma (rows);
  json_string (rows, c->infix);
  json_comma (rows);
  json_string (rows, c->last_name);
  json_comma (rows);
  json_string (rows, c->group_name);
  json_comma (rows);
  json_string (rows, c->enrolled_from);
  json_comma (rows);
  json_string (rows, c->enrolled_until);
  g_string_append_c (rows, ']');
}

static gboolean
insert_children (OkStore       *store,
                 OkImportPlan  *plan,
                 const char    *now,
                 GError       **error)
{
  g_autoptr(GString) rows = g_string_new ("[");
  const char *sql;

  if (plan->new_children->len == 0)
    return TRUE;
  for (guint i = 0; i < plan->new_children->len; i++)
    {
      OkImportChildChange *c = &g_array_index (plan->new_children, OkImportChildChange, i);

      child_row (rows, resolve_family (plan, c->family), c);
    }

  sql = pick (store,
              "INSERT INTO child (school_id, family_id, pupil_number, first_name, infix, "
              "last_name, group_name, enrolled_from, enrolled_until) "
              "SELECT ##school::gint64, json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
              "json_extract(value, '$[2]'), json_extract(value, '$[3]'), "
              "json_extract(value, '$[4]'), json_extract(value, '$[5]'), "
              "json_extract(value, '$[6]'), json_extract(value, '$[7]') "
              "FROM json_each(##rows::string)",
              "INSERT INTO child (school_id, family_id, pupil_number, first_name, infix, "
              "last_name, group_name, enrolled_from, enrolled_until) "
              "SELECT ##school::gint64, CAST(e->>0 AS integer), e->>1, e->>2, e->>3, e->>4, "
              "e->>5, e->>6, e->>7 "
              "FROM jsonb_array_elements(CAST(##rows::string AS jsonb)) WITH ORDINALITY AS r (e, n) ORDER BY r.n");
  return _ok_store_execute (store, sql, error,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "rows", G_TYPE_STRING, end_rows (rows), NULL) >= 0;
}

static gboolean
update_children (OkStore       *store,
                 OkImportPlan  *plan,
                 const char    *now,
                 GError       **error)
{
  g_autoptr(GString) rows = g_string_new ("[");
  const char *sql;

  if (plan->child_updates->len == 0)
    return TRUE;
  for (guint i = 0; i < plan->child_updates->len; i++)
    {
      OkImportChildChange *c = &g_array_index (plan->child_updates, OkImportChildChange, i);

      child_row (rows, c->id, c);
    }

  sql = pick (store,
              "UPDATE child SET pupil_number = json_extract(j.value, '$[1]'), "
              "first_name = json_extract(j.value, '$[2]'), infix = json_extract(j.value, '$[3]'), "
              "last_name = json_extract(j.value, '$[4]'), "
              "group_name = json_extract(j.value, '$[5]'), "
              "enrolled_from = json_extract(j.value, '$[6]'), "
              "enrolled_until = json_extract(j.value, '$[7]') "
              "FROM json_each(##rows::string) AS j "
              "WHERE child.id = json_extract(j.value, '$[0]') "
              "AND +child.school_id = ##school::gint64",
              "UPDATE child SET pupil_number = e->>1, first_name = e->>2, infix = e->>3, "
              "last_name = e->>4, group_name = e->>5, enrolled_from = e->>6, "
              "enrolled_until = e->>7 "
              "FROM jsonb_array_elements(CAST(##rows::string AS jsonb)) AS e "
              "WHERE child.id = CAST(e->>0 AS integer) "
              "AND child.school_id = ##school::gint64");
  return _ok_store_execute (store, sql, error,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "rows", G_TYPE_STRING, end_rows (rows), NULL) >= 0;
}

/**
 * _ok_store_import_apply:
 * @store: a store inside a transaction begun by the caller
 * @plan: what to write; new family ids are filled in
 * @step: (nullable): called after each step
 * @step_data: data for @step
 * @cancellable: (nullable): checked between steps
 * @error: return location for an error
 *
 * Returns: %TRUE when every step succeeded; the caller commits or rolls
 *   back
 */
gboolean
_ok_store_import_apply (OkStore           *store,
                        OkImportPlan      *plan,
                        OkImportStepFunc   step,
                        gpointer           step_data,
                        GCancellable      *cancellable,
                        GError           **error)
{
  typedef gboolean (*StepFunc) (OkStore *, OkImportPlan *, const char *, GError **);
  static const StepFunc steps[] = {
    insert_families, update_families, insert_languages, insert_parents,
    update_parents, insert_children, update_children,
  };
  g_autofree char *now = ok_time_now_utc ();

  g_return_val_if_fail (ok_store_in_transaction (store), FALSE);

  if (!allocate_family_ids (store, plan, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      if (!steps[i] (store, plan, now, error))
        return FALSE;
      if (step != NULL)
        step ((double) (i + 1) / G_N_ELEMENTS (steps), step_data);
    }
  return TRUE;
}

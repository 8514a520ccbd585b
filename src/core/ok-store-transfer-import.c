/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import: a file of the export checked field by field and written in
 * one transaction, into an empty school or merged into one that holds
 * data. */
#define G_LOG_DOMAIN "ok-store-transfer"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-store-transfer-private.h"
#include "ok-time.h"

/* A file bigger than this is not an export of one school. */
#define MAX_FILE_SIZE ((gsize) 1 << 30)
#define MAX_TEXT_LENGTH (1 << 20)

/* The statements are built from the description of the tables, never from
 * input, and interned: the store caches statements by the address of their
 * text. */
static const char *
count_sql (const OkTransferTable *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s",
                                          table->name, table->scope);

  return g_intern_string (sql);
}

static const char *
placeholder_type (OkTransferColumnKind kind)
{
  switch (kind)
    {
    case OK_TRANSFER_COLUMN_KEY:
    case OK_TRANSFER_COLUMN_TEXT:
    case OK_TRANSFER_COLUMN_DATE:
    case OK_TRANSFER_COLUMN_TIME:
      return "string";
    case OK_TRANSFER_COLUMN_ID:
    case OK_TRANSFER_COLUMN_SCHOOL:
    case OK_TRANSFER_COLUMN_REF:
    case OK_TRANSFER_COLUMN_INT:
    case OK_TRANSFER_COLUMN_BOOL:
    default:
      return "gint64";
    }
}

/* libgda leaks a statement whenever a parameter is bound to NULL, and the
 * store's way around it (NULLIF) would turn '' and 0 into NULL: a null
 * value is written as NULL in the statement instead, so each pattern of
 * nulls has a statement of its own. Catalogue rows are matched on their
 * key: an import into an empty school takes the file's version of an
 * entry, a merge keeps the database's. */
static const char *
insert_sql (const OkTransferTable *table,
            gboolean               merge,
            const gboolean        *is_null)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  const char *key = NULL;
  gboolean first = TRUE;

  g_string_append_printf (s, "INSERT INTO %s (", table->name);
  for (guint i = 0; i < _ok_transfer_n_columns (table); i++)
    {
      const OkTransferColumn *column = &table->columns[i];

      if (column->kind == OK_TRANSFER_COLUMN_ID)
        continue;
      if (column->kind == OK_TRANSFER_COLUMN_KEY)
        key = column->name;
      g_string_append_printf (s, "%s%s", first ? "" : ", ", column->name);
      if (is_null[i])
        g_string_append_printf (values, "%sNULL", first ? "" : ", ");
      else
        g_string_append_printf (values, "%s##%s::%s", first ? "" : ", ", column->name,
                                placeholder_type (column->kind));
      first = FALSE;
    }
  g_string_append_printf (s, ") VALUES (%s)", values->str);

  if (key != NULL && merge)
    g_string_append_printf (s, " ON CONFLICT (%s) DO NOTHING", key);
  else if (key != NULL)
    {
      g_string_append_printf (s, " ON CONFLICT (%s) DO UPDATE SET ", key);
      first = TRUE;
      for (guint i = 0; i < _ok_transfer_n_columns (table); i++)
        {
          const OkTransferColumn *column = &table->columns[i];

          if (column->kind == OK_TRANSFER_COLUMN_KEY)
            continue;
          g_string_append_printf (s, "%s%s = excluded.%s", first ? "" : ", ",
                                  column->name, column->name);
          first = FALSE;
        }
    }
  return g_intern_string (s->str);
}

static const char *
update_school_sql (const gboolean *is_null)
{
  const OkTransferTable *school = _ok_transfer_school_table ();
  g_autoptr(GString) s = g_string_new ("UPDATE school SET ");

  for (guint i = 0; i < _ok_transfer_n_columns (school); i++)
    {
      const OkTransferColumn *column = &school->columns[i];

      g_string_append_printf (s, "%s%s = ", i > 0 ? ", " : "", column->name);
      if (is_null[i])
        g_string_append (s, "NULL");
      else
        g_string_append_printf (s, "##%s::%s", column->name, placeholder_type (column->kind));
    }
  g_string_append (s, " WHERE id = ##school::gint64");
  return g_intern_string (s->str);
}

typedef struct {
  OkStore *store;
  OkTransferFlags flags;
  GHashTable *maps;   /* table → (file id → database id) */
} Import;

static gboolean
fail_invalid (GError     **error,
              const char  *format,
              ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail_invalid (GError     **error,
              const char  *format,
              ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
node_is (JsonNode *node,
         GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* What a person can type or an administration system can export; not the
 * control characters a terminal or a spreadsheet would act on. */
static gboolean
check_text (const char  *text,
            const char  *field,
            GError     **error)
{
  if (!g_utf8_validate (text, -1, NULL))
    return fail_invalid (error, _("“%s” is not valid UTF-8 text"), field);
  if (strlen (text) > MAX_TEXT_LENGTH)
    return fail_invalid (error, _("“%s” is longer than %d characters"), field, MAX_TEXT_LENGTH);
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
        return fail_invalid (error, _("“%s” contains a control character"), field);
    }
  return TRUE;
}

/* As the store writes it: the agenda, the reports and the range queries
 * compare these strings, so "2026-13-45T99:99" or a time the clocks skip
 * may not get in. */
static gboolean
is_local_time (const char *text)
{
  g_autoptr(GDateTime) parsed = strlen (text) == 16 ? ok_time_parse_local (text) : NULL;
  g_autofree char *written = parsed != NULL ? ok_time_format_local (parsed) : NULL;

  return g_strcmp0 (written, text) == 0;
}

static gboolean
read_column (Import                  *import,
             const OkTransferColumn  *column,
             JsonNode                *node,
             GValue                  *value,
             gint64                  *file_id,
             GError                 **error)
{
  gboolean is_null = node == NULL || JSON_NODE_HOLDS_NULL (node);
  gint64 number = 0;

  if (column->kind == OK_TRANSFER_COLUMN_SCHOOL)
    {
      g_value_init (value, G_TYPE_INT64);
      g_value_set_int64 (value, ok_store_get_school_id (import->store));
      return TRUE;
    }
  if (is_null)
    {
      if (column->kind == OK_TRANSFER_COLUMN_ID)
        return fail_invalid (error, _("“%s” is missing"), column->name);
      return TRUE;
    }

  switch (column->kind)
    {
    case OK_TRANSFER_COLUMN_ID:
    case OK_TRANSFER_COLUMN_REF:
    case OK_TRANSFER_COLUMN_INT:
      if (!node_is (node, G_TYPE_INT64))
        return fail_invalid (error, _("“%s” must be a whole number"), column->name);
      number = json_node_get_int (node);
      if (column->kind == OK_TRANSFER_COLUMN_INT)
        {
          if (number < G_MININT32 || number > G_MAXINT32)
            return fail_invalid (error, _("“%s” is out of range"), column->name);
          g_value_init (value, G_TYPE_INT64);
          g_value_set_int64 (value, number);
          return TRUE;
        }
      if (number <= 0 || number > G_MAXINT32)
        return fail_invalid (error, _("“%s” is not a valid id"), column->name);
      if (column->kind == OK_TRANSFER_COLUMN_ID)
        {
          *file_id = number;
          return TRUE;
        }
      if (!_ok_transfer_map_lookup (import->maps, column->ref, number, &number))
        return fail_invalid (error, _("“%s” refers to %s %" PRId64
                                      ", which is not in the file"),
                             column->name, column->ref, json_node_get_int (node));
      g_value_init (value, G_TYPE_INT64);
      g_value_set_int64 (value, number);
      return TRUE;

    case OK_TRANSFER_COLUMN_BOOL:
      if (!node_is (node, G_TYPE_BOOLEAN))
        return fail_invalid (error, _("“%s” must be true or false"), column->name);
      g_value_init (value, G_TYPE_INT64);
      g_value_set_int64 (value, json_node_get_boolean (node) ? 1 : 0);
      return TRUE;

    case OK_TRANSFER_COLUMN_KEY:
    case OK_TRANSFER_COLUMN_TEXT:
    case OK_TRANSFER_COLUMN_DATE:
    case OK_TRANSFER_COLUMN_TIME:
    case OK_TRANSFER_COLUMN_SCHOOL:
    default:
      if (!node_is (node, G_TYPE_STRING))
        return fail_invalid (error, _("“%s” must be text"), column->name);
      if (!check_text (json_node_get_string (node), column->name, error))
        return FALSE;
      if (column->kind == OK_TRANSFER_COLUMN_DATE && !ok_date_is_valid_text (json_node_get_string (node)))
        return fail_invalid (error, _("“%s” is not a date (YYYY-MM-DD)"), column->name);
      if (column->kind == OK_TRANSFER_COLUMN_TIME && !is_local_time (json_node_get_string (node)))
        return fail_invalid (error, _("“%s” is not a time in Dutch local time (YYYY-MM-DDTHH:MM)"),
                             column->name);
      g_value_init (value, G_TYPE_STRING);
      g_value_set_string (value, json_node_get_string (node));
      return TRUE;
    }
}

/* A name from the file, fit to be shown in a message. */
static char *
shown_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  return g_utf8_substring (valid, 0, MIN (g_utf8_strlen (valid, -1), 60));
}

static gboolean
check_members (const OkTransferTable  *table,
               JsonObject             *object,
               GError                **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const OkTransferColumn *column = _ok_transfer_find_column (table, l->data);

      if (column == NULL || column->kind == OK_TRANSFER_COLUMN_SCHOOL)
        {
          g_autofree char *shown = shown_text (l->data);

          return fail_invalid (error, _("unknown field “%s”"), shown);
        }
    }
  return TRUE;
}

/* One row of the file as parameters: the values of the columns that are
 * not null, in order, and which columns are. */
typedef struct {
  const char *names[OK_TRANSFER_MAX_COLUMNS + 1];
  GValue values[OK_TRANSFER_MAX_COLUMNS + 1];
  gboolean is_null[OK_TRANSFER_MAX_COLUMNS];
  guint n_values;
} Row;

static void
row_clear (Row *row)
{
  for (guint i = 0; i < row->n_values; i++)
    g_value_unset (&row->values[i]);
  row->n_values = 0;
}

static gboolean
read_value (Import                  *import,
            const OkTransferColumn  *column,
            guint                    index,
            JsonNode                *member,
            Row                     *row,
            GError                 **error)
{
  GValue *value = &row->values[row->n_values];

  if (!read_column (import, column, member, value, NULL, error))
    return FALSE;
  row->is_null[index] = !G_IS_VALUE (value);
  if (G_IS_VALUE (value))
    row->names[row->n_values++] = column->name;
  return TRUE;
}

/* Reads one object of the file into parameters for the table's INSERT. */
static gboolean
read_row (Import                 *import,
          const OkTransferTable  *table,
          JsonNode               *node,
          Row                    *row,
          gint64                 *file_id,
          GError                **error)
{
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fail_invalid (error, _("a row must be an object"));
  object = json_node_get_object (node);
  if (!check_members (table, object, error))
    return FALSE;

  for (guint i = 0; i < _ok_transfer_n_columns (table); i++)
    {
      const OkTransferColumn *column = &table->columns[i];
      JsonNode *member = json_object_get_member (object, column->name);

      if (column->kind == OK_TRANSFER_COLUMN_ID)
        {
          if (!read_column (import, column, member, NULL, file_id, error))
            return FALSE;
          row->is_null[i] = FALSE;
          continue;
        }
      if (!read_value (import, column, i, member, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
import_row (Import                 *import,
            const OkTransferTable  *table,
            JsonNode               *node,
            GError                **error)
{
  Row row = { { NULL }, { G_VALUE_INIT }, { FALSE }, 0 };
  GHashTable *map = g_hash_table_lookup (import->maps, table->name);
  const char *sql;
  gint64 file_id = 0, id;
  gboolean ok = FALSE;

  if (!read_row (import, table, node, &row, &file_id, error))
    goto out;
  sql = insert_sql (table, (import->flags & OK_TRANSFER_MERGE) != 0, row.is_null);

  if (!_ok_transfer_has_id (table))
    {
      ok = _ok_store_execute_values (import->store, sql, row.n_values, row.names, row.values,
                                     error) >= 0;
      goto out;
    }

  if (g_hash_table_contains (map, GSIZE_TO_POINTER ((gsize) file_id)))
    {
      fail_invalid (error, _("the id %" PRId64 " is used twice"), file_id);
      goto out;
    }
  id = _ok_store_insert_values (import->store, sql, row.n_values, row.names, row.values, error);
  if (id <= 0)
    goto out;
  g_hash_table_insert (map, GSIZE_TO_POINTER ((gsize) file_id), GSIZE_TO_POINTER ((gsize) id));
  ok = TRUE;

out:
  row_clear (&row);
  return ok;
}

static gboolean
import_table (Import                 *import,
              const OkTransferTable  *table,
              JsonNode               *node,
              GError                **error)
{
  JsonArray *rows;

  if (_ok_transfer_has_id (table))
    g_hash_table_insert (import->maps, (gpointer) table->name, g_hash_table_new (NULL, NULL));
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_invalid (error, _("The table “%s” must be a list of rows"), table->name);

  rows = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      if (!import_row (import, table, json_array_get_element (rows, i), error))
        {
          g_prefix_error (error, _("Row %u of “%s”: "), i + 1, table->name);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
import_school (Import    *import,
               JsonNode  *node,
               GError   **error)
{
  const OkTransferTable *school = _ok_transfer_school_table ();
  Row row = { { NULL }, { G_VALUE_INIT }, { FALSE }, 0 };
  JsonObject *object;
  gboolean ok = FALSE;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fail_invalid (error, _("The file has no “school”"));
  object = json_node_get_object (node);
  if (!check_members (school, object, error))
    goto out;

  for (guint i = 0; i < _ok_transfer_n_columns (school); i++)
    {
      const OkTransferColumn *column = &school->columns[i];
      JsonNode *member = json_object_get_member (object, column->name);

      if (member == NULL)
        {
          fail_invalid (error, _("“%s” is missing"), column->name);
          goto out;
        }
      if (!read_value (import, column, i, member, &row, error))
        goto out;
    }

  /* A merge adds to a school that has its own name and settings. */
  if ((import->flags & OK_TRANSFER_MERGE) != 0)
    {
      ok = TRUE;
      goto out;
    }

  row.names[row.n_values] = "school";
  g_value_init (&row.values[row.n_values], G_TYPE_INT64);
  g_value_set_int64 (&row.values[row.n_values], ok_store_get_school_id (import->store));
  row.n_values++;
  ok = _ok_store_execute_values (import->store, update_school_sql (row.is_null), row.n_values,
                                 row.names, row.values, error) >= 0;

out:
  if (!ok)
    g_prefix_error (error, _("The school: "));
  row_clear (&row);
  return ok;
}

gboolean
ok_store_school_is_empty (OkStore   *store,
                          gboolean  *empty,
                          GError   **error)
{
  guint n_tables;
  const OkTransferTable *tables = _ok_transfer_tables (&n_tables);

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  *empty = TRUE;
  for (guint i = 0; i < n_tables && *empty; i++)
    {
      gint64 count = 0;

      if (tables[i].scope == NULL)
        continue;
      if (!_ok_store_select_int64 (store, &count, count_sql (&tables[i]), error,
                                   "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL))
        return FALSE;
      *empty = count == 0;
    }
  return TRUE;
}

static gboolean
check_envelope (JsonNode  *root,
                GError   **error)
{
  guint n_tables;
  const OkTransferTable *tables = _ok_transfer_tables (&n_tables);
  JsonObject *object;
  JsonNode *format, *version, *all;
  g_autoptr(GList) members = NULL;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return fail_invalid (error, _("This is not an Ouderkamer export: the file holds no JSON object"));
  object = json_node_get_object (root);

  format = json_object_get_member (object, "format");
  if (!node_is (format, G_TYPE_STRING) || g_strcmp0 (json_node_get_string (format), OK_EXPORT_FORMAT) != 0)
    return fail_invalid (error, _("This is not an Ouderkamer export (“format” is not “%s”)"),
                         OK_EXPORT_FORMAT);

  version = json_object_get_member (object, "version");
  if (!node_is (version, G_TYPE_INT64))
    return fail_invalid (error, _("The export has no format version"));
  if (json_node_get_int (version) > OK_EXPORT_VERSION)
    return fail_invalid (error, _("The export was made by a newer version of Ouderkamer "
                                  "(format %" PRId64 "; this version reads up to %d). "
                                  "Please update Ouderkamer."),
                         json_node_get_int (version), OK_EXPORT_VERSION);
  if (json_node_get_int (version) != OK_EXPORT_VERSION)
    return fail_invalid (error, _("Unknown export format version %" PRId64),
                         json_node_get_int (version));

  all = json_object_get_member (object, "tables");
  if (all == NULL || !JSON_NODE_HOLDS_OBJECT (all))
    return fail_invalid (error, _("The export has no “tables”"));

  members = json_object_get_members (json_node_get_object (all));
  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < n_tables && !known; i++)
        known = g_str_equal (tables[i].name, l->data);
      if (!known)
        {
          g_autofree char *shown = shown_text (l->data);

          return fail_invalid (error, _("The export has an unknown table “%s”"), shown);
        }
    }

  g_list_free (g_steal_pointer (&members));
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "format") && !g_str_equal (l->data, "version")
        && !g_str_equal (l->data, "school") && !g_str_equal (l->data, "tables"))
      {
        g_autofree char *shown = shown_text (l->data);

        return fail_invalid (error, _("The export has an unknown field “%s”"), shown);
      }
  return TRUE;
}

gboolean
ok_store_import_json (OkStore          *store,
                      JsonNode         *root,
                      OkTransferFlags   flags,
                      GError          **error)
{
  g_autoptr(GHashTable) maps = _ok_transfer_id_maps_new ();
  Import import = { store, flags, maps };
  guint n_tables;
  const OkTransferTable *tables = _ok_transfer_tables (&n_tables);
  JsonObject *all;
  gboolean empty = FALSE;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  if (!check_envelope (root, error))
    return FALSE;
  all = json_object_get_object_member (json_node_get_object (root), "tables");

  if (!ok_store_begin (store, error))
    return FALSE;

  if ((flags & OK_TRANSFER_MERGE) == 0)
    {
      if (!ok_store_school_is_empty (store, &empty, error))
        goto failed;
      if (!empty)
        {
          fail_invalid (error, _("The school already holds data; import into an empty database, "
                                 "or merge the file into this one"));
          goto failed;
        }
    }

  if (!import_school (&import, json_object_get_member (json_node_get_object (root), "school"),
                      error))
    goto failed;

  for (guint i = 0; i < n_tables; i++)
    if (!import_table (&import, &tables[i], json_object_get_member (all, tables[i].name), error))
      goto failed;

  return ok_store_commit (store, error);

failed:
  ok_store_rollback (store);
  return FALSE;
}

gboolean
ok_store_import_json_data (OkStore          *store,
                           const char       *data,
                           gssize            length,
                           OkTransferFlags   flags,
                           GError          **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    return fail_invalid (error, _("The file is not valid JSON: %s"), local_error->message);
  return ok_store_import_json (store, json_parser_get_root (parser), flags, error);
}

gboolean
ok_store_import_json_file (OkStore          *store,
                           const char       *path,
                           OkTransferFlags   flags,
                           GError          **error)
{
  g_autoptr(GMappedFile) file = NULL;
  g_autoptr(GError) local_error = NULL;

  file = g_mapped_file_new (path, FALSE, &local_error);
  if (file == NULL)
    return fail_invalid (error, _("Could not read “%s”: %s"), path, local_error->message);
  if (g_mapped_file_get_length (file) > MAX_FILE_SIZE)
    return fail_invalid (error, _("“%s” is too big to be an export of one school"), path);
  return ok_store_import_json_data (store, g_mapped_file_get_contents (file),
                                    g_mapped_file_get_length (file), flags, error);
}

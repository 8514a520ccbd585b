/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The export: every table of ok-store-transfer.c read in one snapshot,
 * its ids renumbered 1, 2, … so that the file does not depend on the
 * database it came from. */
#define G_LOG_DOMAIN "ok-store-transfer"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-store-transfer-private.h"

/* The statement is built from the description of the table, never from
 * input, and interned: the store caches statements by the address of their
 * text. */
static const char *
select_sql (const OkTransferTable *table)
{
  g_autoptr(GString) s = g_string_new ("SELECT ");

  for (guint i = 0; i < _ok_transfer_n_columns (table); i++)
    g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", table->columns[i].name);
  g_string_append_printf (s, " FROM %s", table->name);
  if (table->scope != NULL)
    g_string_append_printf (s, " WHERE %s", table->scope);
  g_string_append_printf (s, " ORDER BY %s", table->order);
  return g_intern_string (s->str);
}

static void
set_text_member (JsonObject   *object,
                 const char   *name,
                 const GValue *value)
{
  g_autofree char *text = NULL;

  if (G_VALUE_HOLDS_STRING (value))
    {
      json_object_set_string_member (object, name, g_value_get_string (value));
      return;
    }
  /* SQLite keeps what it was given: a number in a text column. */
  text = gda_value_stringify (value);
  json_object_set_string_member (object, name, text);
}

static gboolean
export_row (OkStore                *store,
            const OkTransferTable  *table,
            GdaDataModel           *model,
            int                     row,
            GHashTable             *maps,
            JsonObject             *object,
            GError                **error)
{
  for (guint j = 0; j < _ok_transfer_n_columns (table); j++)
    {
      const OkTransferColumn *column = &table->columns[j];
      const GValue *value = gda_data_model_get_value_at (model, j, row, NULL);
      gboolean is_null = value == NULL || gda_value_is_null (value);
      gint64 mapped = 0;

      if (column->kind == OK_TRANSFER_COLUMN_SCHOOL)
        continue;
      if (is_null && column->kind != OK_TRANSFER_COLUMN_ID)
        {
          json_object_set_null_member (object, column->name);
          continue;
        }

      switch (column->kind)
        {
        case OK_TRANSFER_COLUMN_ID:
          g_hash_table_insert (g_hash_table_lookup (maps, table->name),
                               GSIZE_TO_POINTER ((gsize) _ok_value_int64 (value)),
                               GSIZE_TO_POINTER ((gsize) row + 1));
          json_object_set_int_member (object, column->name, row + 1);
          break;
        case OK_TRANSFER_COLUMN_REF:
          if (!_ok_transfer_map_lookup (maps, column->ref, _ok_value_int64 (value), &mapped))
            {
              g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_QUERY,
                           _("The database is inconsistent: %s.%s %" PRId64
                             " refers to a %s of another school or to none"),
                           table->name, column->name, _ok_value_int64 (value), column->ref);
              return FALSE;
            }
          json_object_set_int_member (object, column->name, mapped);
          break;
        case OK_TRANSFER_COLUMN_INT:
          json_object_set_int_member (object, column->name, _ok_value_int64 (value));
          break;
        case OK_TRANSFER_COLUMN_BOOL:
          json_object_set_boolean_member (object, column->name, _ok_value_int64 (value) != 0);
          break;
        case OK_TRANSFER_COLUMN_KEY:
        case OK_TRANSFER_COLUMN_TEXT:
        case OK_TRANSFER_COLUMN_DATE:
        case OK_TRANSFER_COLUMN_TIME:
        case OK_TRANSFER_COLUMN_SCHOOL:
        default:
          set_text_member (object, column->name, value);
          break;
        }
    }
  return TRUE;
}

static int
compare_members (JsonObject *first,
                 JsonObject *second,
                 const char *name)
{
  JsonNode *a = json_object_get_member (first, name);
  JsonNode *b = json_object_get_member (second, name);

  if (JSON_NODE_HOLDS_NULL (a) || JSON_NODE_HOLDS_NULL (b))
    return JSON_NODE_HOLDS_NULL (b) - JSON_NODE_HOLDS_NULL (a);
  if (json_node_get_value_type (a) == G_TYPE_STRING)
    return g_strcmp0 (json_node_get_string (a), json_node_get_string (b));
  return (json_node_get_int (a) > json_node_get_int (b)) - (json_node_get_int (a) < json_node_get_int (b));
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      order)
{
  JsonObject *first = *(JsonObject * const *) a;
  JsonObject *second = *(JsonObject * const *) b;
  char **names = order;
  int result = 0;

  for (guint i = 0; names[i] != NULL && result == 0; i++)
    result = compare_members (first, second, names[i]);
  return result;
}

static JsonArray *
export_table (OkStore                *store,
              const OkTransferTable  *table,
              GHashTable             *maps,
              GError                **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(JsonArray) rows = NULL;
  g_autoptr(GPtrArray) objects = NULL;
  int n;

  if (table->scope != NULL)
    model = _ok_store_select (store, select_sql (table), error,
                              "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  else
    model = _ok_store_select (store, select_sql (table), error, NULL);
  if (model == NULL)
    return NULL;

  if (_ok_transfer_has_id (table))
    g_hash_table_insert (maps, (gpointer) table->name, g_hash_table_new (NULL, NULL));

  n = gda_data_model_get_n_rows (model);
  objects = g_ptr_array_new_full (n, (GDestroyNotify) json_object_unref);
  for (int i = 0; i < n; i++)
    {
      g_autoptr(JsonObject) object = json_object_new ();

      if (!export_row (store, table, model, i, maps, object, error))
        return NULL;
      g_ptr_array_add (objects, g_steal_pointer (&object));
    }

  /* Rows without an id are sorted here, text byte by byte: a server's
   * collation might order them otherwise, and the file would differ
   * between databases. */
  if (!_ok_transfer_has_id (table))
    {
      g_auto(GStrv) order = g_strsplit (table->order, ", ", -1);

      g_ptr_array_sort_with_data (objects, compare_rows, order);
    }

  rows = json_array_sized_new (n);
  for (guint i = 0; i < objects->len; i++)
    json_array_add_object_element (rows, json_object_ref (objects->pdata[i]));
  return g_steal_pointer (&rows);
}

JsonNode *
ok_store_export_json (OkStore  *store,
                      GError  **error)
{
  g_autoptr(GHashTable) maps = _ok_transfer_id_maps_new ();
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonObject) all = json_object_new ();
  g_autoptr(JsonArray) school_rows = NULL;
  guint n_tables;
  const OkTransferTable *tables = _ok_transfer_tables (&n_tables);
  gboolean outermost;
  JsonNode *node;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  /* An export that silently left out a new table would be a backup that
   * loses data. */
  if (!ok_store_export_check_schema (store, error))
    return NULL;

  /* One snapshot: rows added while we read would leave references to
   * rows that are not in the file. */
  outermost = !ok_store_in_transaction (store);
  if (!ok_store_begin (store, error))
    return NULL;
  if (ok_store_get_dialect (store) == OK_STORE_DIALECT_POSTGRESQL && outermost
      && _ok_store_execute (store, "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", error, NULL) < 0)
    goto failed;

  school_rows = export_table (store, _ok_transfer_school_table (), maps, error);
  if (school_rows == NULL)
    goto failed;
  if (json_array_get_length (school_rows) != 1)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no school with id %" PRId64),
                   ok_store_get_school_id (store));
      goto failed;
    }

  for (guint i = 0; i < n_tables; i++)
    {
      JsonArray *rows = export_table (store, &tables[i], maps, error);

      if (rows == NULL)
        goto failed;
      json_object_set_array_member (all, tables[i].name, rows);
    }
  if (!ok_store_commit (store, error))
    return NULL;

  json_object_set_string_member (root, "format", OK_EXPORT_FORMAT);
  json_object_set_int_member (root, "version", OK_EXPORT_VERSION);
  json_object_set_object_member (root, "school",
                                 json_object_ref (json_array_get_object_element (school_rows, 0)));
  json_object_set_object_member (root, "tables", g_steal_pointer (&all));

  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, g_steal_pointer (&root));
  return node;

failed:
  ok_store_rollback (store);
  return NULL;
}

char *
ok_store_export_json_data (OkStore  *store,
                           gsize    *length,
                           GError  **error)
{
  g_autoptr(JsonNode) root = ok_store_export_json (store, error);
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree char *text = NULL;

  if (root == NULL)
    return NULL;

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);

  /* A file ends with a newline, as text files do. */
  if (length != NULL)
    *length = strlen (text) + 1;
  return g_strconcat (text, "\n", NULL);
}

/* The file holds personal data: readable by its owner only, and written
 * under a temporary name first so that a crash leaves no half file. */
gboolean
ok_store_export_json_file (OkStore     *store,
                           const char  *path,
                           GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  data = ok_store_export_json_data (store, &length, error);
  if (data == NULL)
    return FALSE;

  if (!g_file_set_contents_full (path, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local_error))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("Could not write the export to “%s”: %s"), path, local_error->message);
      return FALSE;
    }
  return TRUE;
}

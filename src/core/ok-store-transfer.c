/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export and import of a whole school as JSON, driven by one description
 * of the tables: adding a table to the schema means adding one entry to
 * `tables` below (ok_store_export_check_schema fails until someone does). */
#define G_LOG_DOMAIN "ok-store-transfer"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ok-store-private.h"
#include "ok-store-transfer.h"
#include "ok-time.h"

/* A file bigger than this is not an export of one school. */
#define MAX_FILE_SIZE ((gsize) 1 << 30)
#define MAX_TEXT_LENGTH (1 << 20)
#define MAX_COLUMNS 32

typedef enum {
  COLUMN_ID,      /* the row's own id: renumbered 1, 2, … in the file */
  COLUMN_SCHOOL,  /* school_id: not in the file; the importing school */
  COLUMN_REF,     /* the id of a row of an earlier table, or null */
  COLUMN_KEY,     /* the text key of a catalogue shared by all schools */
  COLUMN_TEXT,
  COLUMN_DATE,    /* YYYY-MM-DD */
  COLUMN_INT,
  COLUMN_BOOL,    /* 0 or 1 in the database, false or true in the file */
} ColumnKind;

typedef struct {
  const char *name;
  ColumnKind kind;
  const char *ref;
} Column;

typedef struct {
  const char *name;
  /* The SQL condition that selects the school's rows, with ##school; NULL
   * for a catalogue shared by every school of the database. */
  const char *scope;
  const char *order;
  Column columns[MAX_COLUMNS];
} Table;

#define ID { "id", COLUMN_ID, NULL }
#define SCHOOL { "school_id", COLUMN_SCHOOL, NULL }
#define REF(name, table) { name, COLUMN_REF, table }
#define KEY(name) { name, COLUMN_KEY, NULL }
#define TEXT(name) { name, COLUMN_TEXT, NULL }
#define DATE(name) { name, COLUMN_DATE, NULL }
#define INT(name) { name, COLUMN_INT, NULL }
#define BOOL(name) { name, COLUMN_BOOL, NULL }

#define OF_SCHOOL "school_id = ##school::gint64"

static const Table school_table = {
  "school", "id = ##school::gint64", "id",
  { TEXT ("name"), TEXT ("brin"), TEXT ("region"), TEXT ("created_at"),
    INT ("retention_years"), DATE ("retention_reviewed_on") },
};

/* In dependency order: a table refers only to tables above it. */
static const Table tables[] = {
  { "theme", NULL, "slug",
    { KEY ("slug"), TEXT ("name"), TEXT ("partnership"), TEXT ("dimension") } },
  { "family", OF_SCHOOL, "id",
    { ID, SCHOOL, TEXT ("name"), BOOL ("interpreter_needed"), TEXT ("preferred_channel"),
      BOOL ("consent_contact_parent"), BOOL ("consent_photos"), BOOL ("reads_no_language"),
      TEXT ("postcode"), TEXT ("house_number"), TEXT ("notes"), BOOL ("erased"),
      DATE ("erased_on"), INT ("version"), TEXT ("created_at"), TEXT ("updated_at") } },
  { "family_language", "family_id IN (SELECT id FROM family WHERE " OF_SCHOOL ")",
    "family_id, position",
    { REF ("family_id", "family"), INT ("position"), TEXT ("code") } },
  { "parent", OF_SCHOOL, "id",
    { ID, SCHOOL, REF ("family_id", "family"), TEXT ("name"), TEXT ("phone"), TEXT ("email"),
      BOOL ("walk_in"), INT ("version"), TEXT ("created_at"), TEXT ("home_language") } },
  { "child", OF_SCHOOL, "id",
    { ID, SCHOOL, REF ("family_id", "family"), TEXT ("pupil_number"), TEXT ("first_name"),
      TEXT ("infix"), TEXT ("last_name"), TEXT ("group_name"), DATE ("enrolled_from"),
      DATE ("enrolled_until") } },
  { "activity_series", OF_SCHOOL, "id",
    { ID, SCHOOL, TEXT ("rule"), DATE ("first_date"), DATE ("last_date"),
      BOOL ("skip_holidays") } },
  { "activity", OF_SCHOOL, "id",
    { ID, SCHOOL, REF ("series_id", "activity_series"), TEXT ("kind"), TEXT ("title"),
      TEXT ("theme"), TEXT ("partnership"), TEXT ("dimension"), TEXT ("location"),
      TEXT ("starts_at"), TEXT ("ends_at"), TEXT ("status"), INT ("capacity"),
      TEXT ("interpreter_languages"), TEXT ("partner"), TEXT ("target_group"),
      TEXT ("target_groups"), TEXT ("notes"), INT ("unnamed_guests"), INT ("version"),
      TEXT ("created_at"), TEXT ("updated_at"), TEXT ("detached_at") } },
  { "attendance", "activity_id IN (SELECT id FROM activity WHERE " OF_SCHOOL ")", "id",
    { ID, REF ("activity_id", "activity"), REF ("parent_id", "parent"), TEXT ("status"),
      BOOL ("walk_in"), TEXT ("recorded_at"), TEXT ("recorded_by"), TEXT ("channel"),
      TEXT ("prior_status") } },
  { "contact_parent", OF_SCHOOL, "id",
    { ID, SCHOOL, REF ("parent_id", "parent"), TEXT ("notes"), TEXT ("created_at") } },
  { "contact_parent_coverage",
    "contact_parent_id IN (SELECT id FROM contact_parent WHERE " OF_SCHOOL ")", "id",
    { ID, REF ("contact_parent_id", "contact_parent"), TEXT ("kind"),
      REF ("family_id", "family"), TEXT ("value") } },
  { "contact_moment", OF_SCHOOL, "id",
    { ID, SCHOOL, REF ("family_id", "family"), REF ("parent_id", "parent"),
      REF ("contact_parent_id", "contact_parent"), TEXT ("by_name"), TEXT ("channel"),
      DATE ("happened_on"), TEXT ("note"), TEXT ("template"), TEXT ("language"),
      TEXT ("created_at"), REF ("activity_id", "activity") } },
  { "template_language", OF_SCHOOL, "code",
    { SCHOOL, TEXT ("code"), TEXT ("locale"), TEXT ("updated_at") } },
  { "template_text", OF_SCHOOL, "template, language",
    { SCHOOL, TEXT ("template"), TEXT ("language"), TEXT ("subject"), TEXT ("body"),
      TEXT ("status"), TEXT ("updated_at") } },
  { "theme_name", OF_SCHOOL, "theme, language",
    { SCHOOL, TEXT ("theme"), TEXT ("language"), TEXT ("name") } },
};

/* Tables that hold no school data. */
static const char * const bookkeeping_tables[] = { "schema_version", NULL };

static guint
n_columns (const Table *table)
{
  guint n = 0;

  while (n < MAX_COLUMNS && table->columns[n].name != NULL)
    n++;
  return n;
}

static const Column *
find_column (const Table *table,
             const char  *name)
{
  for (guint i = 0; i < n_columns (table); i++)
    if (g_str_equal (table->columns[i].name, name))
      return &table->columns[i];
  return NULL;
}

static gboolean
has_id (const Table *table)
{
  return table->columns[0].kind == COLUMN_ID;
}

/* The statements are built from the description above, never from input,
 * and interned: the store caches statements by the address of their text. */

static const char *
select_sql (const Table *table)
{
  g_autoptr(GString) s = g_string_new ("SELECT ");

  for (guint i = 0; i < n_columns (table); i++)
    g_string_append_printf (s, "%s%s", i > 0 ? ", " : "", table->columns[i].name);
  g_string_append_printf (s, " FROM %s", table->name);
  if (table->scope != NULL)
    g_string_append_printf (s, " WHERE %s", table->scope);
  g_string_append_printf (s, " ORDER BY %s", table->order);
  return g_intern_string (s->str);
}

static const char *
count_sql (const Table *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s",
                                          table->name, table->scope);

  return g_intern_string (sql);
}

static const char *
placeholder_type (ColumnKind kind)
{
  switch (kind)
    {
    case COLUMN_KEY:
    case COLUMN_TEXT:
    case COLUMN_DATE:
      return "string";
    case COLUMN_ID:
    case COLUMN_SCHOOL:
    case COLUMN_REF:
    case COLUMN_INT:
    case COLUMN_BOOL:
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
insert_sql (const Table     *table,
            gboolean         merge,
            const gboolean  *is_null)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  const char *key = NULL;
  gboolean first = TRUE;

  g_string_append_printf (s, "INSERT INTO %s (", table->name);
  for (guint i = 0; i < n_columns (table); i++)
    {
      const Column *column = &table->columns[i];

      if (column->kind == COLUMN_ID)
        continue;
      if (column->kind == COLUMN_KEY)
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
      for (guint i = 0; i < n_columns (table); i++)
        {
          const Column *column = &table->columns[i];

          if (column->kind == COLUMN_KEY)
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
  g_autoptr(GString) s = g_string_new ("UPDATE school SET ");

  for (guint i = 0; i < n_columns (&school_table); i++)
    {
      const Column *column = &school_table.columns[i];

      g_string_append_printf (s, "%s%s = ", i > 0 ? ", " : "", column->name);
      if (is_null[i])
        g_string_append (s, "NULL");
      else
        g_string_append_printf (s, "##%s::%s", column->name, placeholder_type (column->kind));
    }
  g_string_append (s, " WHERE id = ##school::gint64");
  return g_intern_string (s->str);
}

/* Export */

static GHashTable *
id_maps_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                (GDestroyNotify) g_hash_table_unref);
}

static gboolean
map_lookup (GHashTable *maps,
            const char *table,
            gint64      from,
            gint64     *to)
{
  GHashTable *map = g_hash_table_lookup (maps, table);
  gpointer value;

  if (map == NULL || !g_hash_table_lookup_extended (map, GSIZE_TO_POINTER ((gsize) from),
                                                    NULL, &value))
    return FALSE;
  *to = (gint64) GPOINTER_TO_SIZE (value);
  return TRUE;
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
export_row (OkStore       *store,
            const Table   *table,
            GdaDataModel  *model,
            int            row,
            GHashTable    *maps,
            JsonObject    *object,
            GError       **error)
{
  for (guint j = 0; j < n_columns (table); j++)
    {
      const Column *column = &table->columns[j];
      const GValue *value = gda_data_model_get_value_at (model, j, row, NULL);
      gboolean is_null = value == NULL || gda_value_is_null (value);
      gint64 mapped = 0;

      if (column->kind == COLUMN_SCHOOL)
        continue;
      if (is_null && column->kind != COLUMN_ID)
        {
          json_object_set_null_member (object, column->name);
          continue;
        }

      switch (column->kind)
        {
        case COLUMN_ID:
          g_hash_table_insert (g_hash_table_lookup (maps, table->name),
                               GSIZE_TO_POINTER ((gsize) _ok_value_int64 (value)),
                               GSIZE_TO_POINTER ((gsize) row + 1));
          json_object_set_int_member (object, column->name, row + 1);
          break;
        case COLUMN_REF:
          if (!map_lookup (maps, column->ref, _ok_value_int64 (value), &mapped))
            {
              g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_QUERY,
                           _("The database is inconsistent: %s.%s %" PRId64
                             " refers to a %s of another school or to none"),
                           table->name, column->name, _ok_value_int64 (value), column->ref);
              return FALSE;
            }
          json_object_set_int_member (object, column->name, mapped);
          break;
        case COLUMN_INT:
          json_object_set_int_member (object, column->name, _ok_value_int64 (value));
          break;
        case COLUMN_BOOL:
          json_object_set_boolean_member (object, column->name, _ok_value_int64 (value) != 0);
          break;
        case COLUMN_KEY:
        case COLUMN_TEXT:
        case COLUMN_DATE:
        case COLUMN_SCHOOL:
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
export_table (OkStore      *store,
              const Table  *table,
              GHashTable   *maps,
              GError      **error)
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

  if (has_id (table))
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
  if (!has_id (table))
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
  g_autoptr(GHashTable) maps = id_maps_new ();
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(JsonObject) all = json_object_new ();
  g_autoptr(JsonArray) school_rows = NULL;
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

  school_rows = export_table (store, &school_table, maps, error);
  if (school_rows == NULL)
    goto failed;
  if (json_array_get_length (school_rows) != 1)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no school with id %" PRId64),
                   ok_store_get_school_id (store));
      goto failed;
    }

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
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

/* Import */

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

static gboolean
read_column (Import        *import,
             const Column  *column,
             JsonNode      *node,
             GValue        *value,
             gint64        *file_id,
             GError       **error)
{
  gboolean is_null = node == NULL || JSON_NODE_HOLDS_NULL (node);
  gint64 number = 0;

  if (column->kind == COLUMN_SCHOOL)
    {
      g_value_init (value, G_TYPE_INT64);
      g_value_set_int64 (value, ok_store_get_school_id (import->store));
      return TRUE;
    }
  if (is_null)
    {
      if (column->kind == COLUMN_ID)
        return fail_invalid (error, _("“%s” is missing"), column->name);
      return TRUE;
    }

  switch (column->kind)
    {
    case COLUMN_ID:
    case COLUMN_REF:
    case COLUMN_INT:
      if (!node_is (node, G_TYPE_INT64))
        return fail_invalid (error, _("“%s” must be a whole number"), column->name);
      number = json_node_get_int (node);
      if (column->kind == COLUMN_INT)
        {
          if (number < G_MININT32 || number > G_MAXINT32)
            return fail_invalid (error, _("“%s” is out of range"), column->name);
          g_value_init (value, G_TYPE_INT64);
          g_value_set_int64 (value, number);
          return TRUE;
        }
      if (number <= 0 || number > G_MAXINT32)
        return fail_invalid (error, _("“%s” is not a valid id"), column->name);
      if (column->kind == COLUMN_ID)
        {
          *file_id = number;
          return TRUE;
        }
      if (!map_lookup (import->maps, column->ref, number, &number))
        return fail_invalid (error, _("“%s” refers to %s %" PRId64
                                      ", which is not in the file"),
                             column->name, column->ref, json_node_get_int (node));
      g_value_init (value, G_TYPE_INT64);
      g_value_set_int64 (value, number);
      return TRUE;

    case COLUMN_BOOL:
      if (!node_is (node, G_TYPE_BOOLEAN))
        return fail_invalid (error, _("“%s” must be true or false"), column->name);
      g_value_init (value, G_TYPE_INT64);
      g_value_set_int64 (value, json_node_get_boolean (node) ? 1 : 0);
      return TRUE;

    case COLUMN_KEY:
    case COLUMN_TEXT:
    case COLUMN_DATE:
    case COLUMN_SCHOOL:
    default:
      if (!node_is (node, G_TYPE_STRING))
        return fail_invalid (error, _("“%s” must be text"), column->name);
      if (!check_text (json_node_get_string (node), column->name, error))
        return FALSE;
      if (column->kind == COLUMN_DATE && !ok_date_is_valid_text (json_node_get_string (node)))
        return fail_invalid (error, _("“%s” is not a date (YYYY-MM-DD)"), column->name);
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
check_members (const Table  *table,
               JsonObject   *object,
               GError      **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const Column *column = find_column (table, l->data);

      if (column == NULL || column->kind == COLUMN_SCHOOL)
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
  const char *names[MAX_COLUMNS + 1];
  GValue values[MAX_COLUMNS + 1];
  gboolean is_null[MAX_COLUMNS];
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
read_value (Import        *import,
            const Column  *column,
            guint          index,
            JsonNode      *member,
            Row           *row,
            GError       **error)
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
read_row (Import       *import,
          const Table  *table,
          JsonNode     *node,
          Row          *row,
          gint64       *file_id,
          GError      **error)
{
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fail_invalid (error, _("a row must be an object"));
  object = json_node_get_object (node);
  if (!check_members (table, object, error))
    return FALSE;

  for (guint i = 0; i < n_columns (table); i++)
    {
      const Column *column = &table->columns[i];
      JsonNode *member = json_object_get_member (object, column->name);

      if (column->kind == COLUMN_ID)
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
import_row (Import       *import,
            const Table  *table,
            JsonNode     *node,
            GError      **error)
{
  Row row = { { NULL }, { G_VALUE_INIT }, { FALSE }, 0 };
  GHashTable *map = g_hash_table_lookup (import->maps, table->name);
  const char *sql;
  gint64 file_id = 0, id;
  gboolean ok = FALSE;

  if (!read_row (import, table, node, &row, &file_id, error))
    goto out;
  sql = insert_sql (table, (import->flags & OK_TRANSFER_MERGE) != 0, row.is_null);

  if (!has_id (table))
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
import_table (Import       *import,
              const Table  *table,
              JsonNode     *node,
              GError      **error)
{
  JsonArray *rows;

  if (has_id (table))
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
import_school (Import      *import,
               JsonNode    *node,
               GError     **error)
{
  Row row = { { NULL }, { G_VALUE_INIT }, { FALSE }, 0 };
  JsonObject *object;
  gboolean ok = FALSE;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return fail_invalid (error, _("The file has no “school”"));
  object = json_node_get_object (node);
  if (!check_members (&school_table, object, error))
    goto out;

  for (guint i = 0; i < n_columns (&school_table); i++)
    {
      const Column *column = &school_table.columns[i];
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
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  *empty = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (tables) && *empty; i++)
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

      for (guint i = 0; i < G_N_ELEMENTS (tables) && !known; i++)
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
ok_store_import_json (OkStore        *store,
                      JsonNode       *root,
                      OkTransferFlags   flags,
                      GError        **error)
{
  g_autoptr(GHashTable) maps = id_maps_new ();
  Import import = { store, flags, maps };
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

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!import_table (&import, &tables[i], json_object_get_member (all, tables[i].name), error))
      goto failed;

  return ok_store_commit (store, error);

failed:
  ok_store_rollback (store);
  return FALSE;
}

gboolean
ok_store_import_json_data (OkStore        *store,
                           const char     *data,
                           gssize          length,
                           OkTransferFlags   flags,
                           GError        **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    return fail_invalid (error, _("The file is not valid JSON: %s"), local_error->message);
  return ok_store_import_json (store, json_parser_get_root (parser), flags, error);
}

gboolean
ok_store_import_json_file (OkStore        *store,
                           const char     *path,
                           OkTransferFlags   flags,
                           GError        **error)
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

/* Schema guard */

static const Table *
find_table (const char *name)
{
  if (g_str_equal (name, school_table.name))
    return &school_table;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i].name, name))
      return &tables[i];
  return NULL;
}

gboolean
ok_store_export_check_schema (OkStore  *store,
                              GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GString) missing = g_string_new (NULL);

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  if (ok_store_get_dialect (store) == OK_STORE_DIALECT_SQLITE)
    model = _ok_store_select (store,
                              "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                              "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' "
                              "ORDER BY m.name, p.cid",
                              error, NULL);
  else
    model = _ok_store_select (store,
                              "SELECT c.table_name, c.column_name FROM information_schema.columns c "
                              "JOIN information_schema.tables t ON t.table_schema = c.table_schema "
                              "AND t.table_name = c.table_name "
                              "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                              "ORDER BY c.table_name, c.ordinal_position",
                              error, NULL);
  if (model == NULL)
    return FALSE;

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      const char *table_name = _ok_rows_string (model, i, 0);
      const char *column_name = _ok_rows_string (model, i, 1);
      const Table *table = find_table (table_name);

      if (g_strv_contains (bookkeeping_tables, table_name))
        continue;
      if (table == NULL || (find_column (table, column_name) == NULL
                            && !(table == &school_table && g_str_equal (column_name, "id"))))
        g_string_append_printf (missing, " %s.%s", table_name, column_name);
    }

  if (missing->len > 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_QUERY,
                   "The export does not cover:%s", missing->str);
      return FALSE;
    }
  return TRUE;
}

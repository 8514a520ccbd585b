/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export and import of a whole school as JSON, driven by one description
 * of the tables: adding a table to the schema means adding one entry to
 * `tables` below (ok_store_export_check_schema fails until someone does).
 * The export is in ok-store-transfer-export.c, the import in
 * ok-store-transfer-import.c. */
#define G_LOG_DOMAIN "ok-store-transfer"

#include "config.h"

#include "ok-store-transfer-private.h"

#define ID { "id", OK_TRANSFER_COLUMN_ID, NULL }
#define SCHOOL { "school_id", OK_TRANSFER_COLUMN_SCHOOL, NULL }
#define REF(name, table) { name, OK_TRANSFER_COLUMN_REF, table }
#define KEY(name) { name, OK_TRANSFER_COLUMN_KEY, NULL }
#define TEXT(name) { name, OK_TRANSFER_COLUMN_TEXT, NULL }
#define DATE(name) { name, OK_TRANSFER_COLUMN_DATE, NULL }
#define TIME(name) { name, OK_TRANSFER_COLUMN_TIME, NULL }
#define INT(name) { name, OK_TRANSFER_COLUMN_INT, NULL }
#define BOOL(name) { name, OK_TRANSFER_COLUMN_BOOL, NULL }

#define OF_SCHOOL "school_id = ##school::gint64"

static const OkTransferTable school_table = {
  "school", "id = ##school::gint64", "id",
  { TEXT ("name"), TEXT ("brin"), TEXT ("region"), TEXT ("created_at"),
    INT ("retention_years"), DATE ("retention_reviewed_on") },
};

/* In dependency order: a table refers only to tables above it. */
static const OkTransferTable tables[] = {
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
      TIME ("starts_at"), TIME ("ends_at"), TEXT ("status"), INT ("capacity"),
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

guint
_ok_transfer_n_columns (const OkTransferTable *table)
{
  guint n = 0;

  while (n < OK_TRANSFER_MAX_COLUMNS && table->columns[n].name != NULL)
    n++;
  return n;
}

const OkTransferColumn *
_ok_transfer_find_column (const OkTransferTable *table,
                          const char            *name)
{
  for (guint i = 0; i < _ok_transfer_n_columns (table); i++)
    if (g_str_equal (table->columns[i].name, name))
      return &table->columns[i];
  return NULL;
}

gboolean
_ok_transfer_has_id (const OkTransferTable *table)
{
  return table->columns[0].kind == OK_TRANSFER_COLUMN_ID;
}

const OkTransferTable *
_ok_transfer_school_table (void)
{
  return &school_table;
}

const OkTransferTable *
_ok_transfer_tables (guint *n_tables)
{
  *n_tables = G_N_ELEMENTS (tables);
  return tables;
}

GHashTable *
_ok_transfer_id_maps_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                (GDestroyNotify) g_hash_table_unref);
}

gboolean
_ok_transfer_map_lookup (GHashTable *maps,
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

/* Schema guard */

static const OkTransferTable *
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
      const OkTransferTable *table = find_table (table_name);

      if (g_strv_contains (bookkeeping_tables, table_name))
        continue;
      if (table == NULL || (_ok_transfer_find_column (table, column_name) == NULL
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

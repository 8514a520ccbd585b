/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What an import changed, or would change in a dry run, and what it left
 * out: the summary the CLI prints and the assistant shows. */
#define G_LOG_DOMAIN "ok-import"

#include "config.h"

#include "ok-import-private.h"

typedef struct {
  guint line;
  char *reason;
} Skipped;

struct _OkImportResult
{
  GObject parent_instance;

  OkImportCounts counts;
  gboolean dry_run;
  GArray *skipped;               /* Skipped, by line */
  char **unknown_languages;
  char **unknown_columns;
};

G_DEFINE_FINAL_TYPE (OkImportResult, ok_import_result, G_TYPE_OBJECT)

static void
clear_skipped (gpointer data)
{
  Skipped *skipped = data;

  g_free (skipped->reason);
}

static void
ok_import_result_finalize (GObject *object)
{
  OkImportResult *self = OK_IMPORT_RESULT (object);

  g_clear_pointer (&self->skipped, g_array_unref);
  g_clear_pointer (&self->unknown_languages, g_strfreev);
  g_clear_pointer (&self->unknown_columns, g_strfreev);

  G_OBJECT_CLASS (ok_import_result_parent_class)->finalize (object);
}

static void
ok_import_result_class_init (OkImportResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ok_import_result_finalize;
}

static void
ok_import_result_init (OkImportResult *self)
{
  self->skipped = g_array_new (FALSE, FALSE, sizeof (Skipped));
  g_array_set_clear_func (self->skipped, clear_skipped);
}

/* Takes ownership of both lists. */
OkImportResult *
_ok_import_result_new (const OkImportCounts  *counts,
                       gboolean               dry_run,
                       char                 **unknown_languages,
                       char                 **unknown_columns)
{
  OkImportResult *self = g_object_new (OK_TYPE_IMPORT_RESULT, NULL);

  self->counts = *counts;
  self->dry_run = dry_run;
  self->unknown_languages = unknown_languages != NULL ? unknown_languages : g_new0 (char *, 1);
  self->unknown_columns = unknown_columns != NULL ? unknown_columns : g_new0 (char *, 1);
  return self;
}

void
_ok_import_result_add_skipped (OkImportResult *self,
                               guint           line,
                               const char     *reason)
{
  Skipped skipped = { line, g_strdup (reason) };

  g_array_append_val (self->skipped, skipped);
}

guint
ok_import_result_get_families_added (OkImportResult *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), 0);

  return self->counts.families_added;
}

/* Existing families with any change: their own fields, home languages,
 * parents, or a child added, updated or leaving. */
guint
ok_import_result_get_families_updated (OkImportResult *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), 0);

  return self->counts.families_updated;
}

guint
ok_import_result_get_parents_added (OkImportResult *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), 0);

  return self->counts.parents_added;
}

guint
ok_import_result_get_children_added (OkImportResult *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), 0);

  return self->counts.children_added;
}

/* Existing children whose number, name, group or enrolment date changed. */
guint
ok_import_result_get_children_updated (OkImportResult *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), 0);

  return self->counts.children_updated;
}

/* Children, new or known, whose leaving date this import set or changed. */
guint
ok_import_result_get_children_left (OkImportResult *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), 0);

  return self->counts.children_left;
}

guint
ok_import_result_get_n_rows_skipped (OkImportResult *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), 0);

  return self->skipped->len;
}

guint
ok_import_result_get_skipped_line (OkImportResult *self,
                                   guint           index)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), 0);
  g_return_val_if_fail (index < self->skipped->len, 0);

  return g_array_index (self->skipped, Skipped, index).line;
}

const char *
ok_import_result_get_skipped_reason (OkImportResult *self,
                                     guint           index)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), NULL);
  g_return_val_if_fail (index < self->skipped->len, NULL);

  return g_array_index (self->skipped, Skipped, index).reason;
}

/* Home language names that are in no table, as written in the file. */
const char * const *
ok_import_result_get_unknown_languages (OkImportResult *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), NULL);

  return (const char * const *) self->unknown_languages;
}

/* Columns of the file that were not imported. */
const char * const *
ok_import_result_get_unknown_columns (OkImportResult *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), NULL);

  return (const char * const *) self->unknown_columns;
}

gboolean
ok_import_result_get_dry_run (OkImportResult *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), FALSE);

  return self->dry_run;
}

static void
add_strings (JsonBuilder        *builder,
             const char         *name,
             const char * const *strings)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; strings[i] != NULL; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

static void
add_count (JsonBuilder *builder,
           const char  *name,
           guint        value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/**
 * ok_import_result_to_json:
 * @self: a result
 *
 * Returns: (transfer full): the summary as the CLI prints it
 */
JsonNode *
ok_import_result_to_json (OkImportResult *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (OK_IS_IMPORT_RESULT (self), NULL);

  json_builder_begin_object (builder);
  add_count (builder, "families_added", self->counts.families_added);
  add_count (builder, "families_updated", self->counts.families_updated);
  add_count (builder, "parents_added", self->counts.parents_added);
  add_count (builder, "children_added", self->counts.children_added);
  add_count (builder, "children_updated", self->counts.children_updated);
  add_count (builder, "children_left", self->counts.children_left);

  json_builder_set_member_name (builder, "rows_skipped");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->skipped->len; i++)
    {
      Skipped *skipped = &g_array_index (self->skipped, Skipped, i);

      json_builder_begin_object (builder);
      add_count (builder, "line", skipped->line);
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, skipped->reason);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_strings (builder, "unknown_languages", (const char * const *) self->unknown_languages);
  add_strings (builder, "unknown_columns", (const char * const *) self->unknown_columns);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

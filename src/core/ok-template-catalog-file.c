/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Language files: the texts, theme names and date data of one language in
 * the format of data/templates/CODE.json, which the catalogue reads its
 * built-in texts from and coordinators export and import, so that a board
 * can pass corrections from school to school. */
#define G_LOG_DOMAIN "ok-template-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-enums.h"
#include "ok-template-catalog-private.h"

#define FILE_FORMAT "ouderkamer-templates"
#define FILE_VERSION 1
#define MAX_FILE_SIZE (4 * 1024 * 1024)

/* Reading */

static gboolean
file_error (GError     **error,
            const char  *format,
            ...) G_GNUC_PRINTF (2, 3);

static gboolean
file_error (GError     **error,
            const char  *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE, message);
  return FALSE;
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* A body is written as a list of lines in files, so that a reviewer reads
 * one line per line; a single string is accepted too. */
static char *
member_text (JsonObject *object,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GString) text = NULL;
  JsonArray *lines;

  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node))
    return json_node_get_value_type (node) == G_TYPE_STRING ? g_strdup (json_node_get_string (node)) : NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  lines = json_node_get_array (node);
  text = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (lines); i++)
    {
      JsonNode *line = json_array_get_element (lines, i);

      if (!JSON_NODE_HOLDS_VALUE (line) || json_node_get_value_type (line) != G_TYPE_STRING)
        return NULL;
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, json_node_get_string (line));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Reads one language file. The built-in files are trusted (the tests
 * check them); a file from outside is checked text by text against the
 * Dutch reference before anything of it is used. */
gboolean
_ok_template_catalog_read_document (OkTemplateCatalog  *self,
                                    GBytes             *data,
                                    gboolean            custom,
                                    OkLanguage        **language_out,
                                    GPtrArray          *texts,
                                    GHashTable         *themes,
                                    GError            **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(OkLanguage) language = NULL;
  g_autoptr(GList) ids = NULL;
  g_autoptr(GList) slugs = NULL;
  JsonObject *root, *templates, *theme_names;
  JsonNode *node;
  const char *format, *code;
  gsize size = 0;
  const char *bytes = g_bytes_get_data (data, &size);

  if (size == 0)
    return file_error (error, _("The file is empty"));
  if (size > MAX_FILE_SIZE)
    return file_error (error, _("The file is too large to be a language file (%zu bytes)"), size);
  if (!json_parser_load_from_data (parser, bytes, size, &local_error))
    return file_error (error, _("The file is not valid JSON: %s"), local_error->message);

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return file_error (error, _("The file is not an Ouderkamer language file"));
  root = json_node_get_object (node);

  format = member_string (root, "format");
  if (g_strcmp0 (format, FILE_FORMAT) != 0)
    return file_error (error, _("The file is not an Ouderkamer language file"));
  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64
      || json_node_get_int (node) != FILE_VERSION)
    return file_error (error, _("The file is in a newer format than this version of Ouderkamer reads"));

  code = member_string (root, "language");
  if (!ok_language_code_is_valid (code))
    return file_error (error, _("“%s” is not a language code such as “ar” or “pt-BR”"),
                       code != NULL ? code : "");

  node = json_object_get_member (root, "locale");
  if (node != NULL)
    {
      language = ok_language_new_from_json (node, error);
      if (language == NULL)
        return FALSE;
      if (!g_str_equal (ok_language_get_code (language), code))
        return file_error (error, _("The date data is for “%s”, the texts for “%s”"),
                           ok_language_get_code (language), code);
    }
  else if (g_hash_table_contains (self->languages, code))
    language = g_object_ref (g_hash_table_lookup (self->languages, code));
  else
    return file_error (error, _("The file has no date data (“locale”) for the new language “%s”"), code);

  node = json_object_get_member (root, "templates");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return file_error (error, _("The file has no templates"));
  templates = json_node_get_object (node);
  ids = json_object_get_members (templates);
  for (GList *l = ids; l != NULL; l = l->next)
    {
      const char *id = l->data;
      g_autoptr(OkTemplateText) text = NULL;
      g_autofree char *subject = NULL;
      g_autofree char *body = NULL;
      JsonNode *entry = json_object_get_member (templates, id);
      JsonObject *object;
      int status = OK_TRANSLATION_STATUS_UNCHECKED;

      if (ok_template_get_name (id) == NULL)
        return file_error (error, _("“%s” is not a template of this version of Ouderkamer"), id);
      if (!JSON_NODE_HOLDS_OBJECT (entry))
        return file_error (error, _("Template “%s” is not a JSON object"), id);
      object = json_node_get_object (entry);

      subject = member_text (object, "subject");
      body = member_text (object, "body");
      if (subject == NULL || body == NULL)
        return file_error (error, _("Template “%s” needs a “subject” and a “body”"), id);
      if (member_string (object, "status") != NULL
          && !ok_enum_from_nick (OK_TYPE_TRANSLATION_STATUS, member_string (object, "status"), &status))
        return file_error (error, _("Template “%s” has an unknown status “%s”"), id,
                           member_string (object, "status"));

      text = ok_template_text_new (id, code, subject, body, status, custom);
      if (custom)
        {
          g_autoptr(GError) check_error = NULL;

          if (!_ok_template_catalog_check_reference (self, text, NULL, NULL, &check_error))
            return file_error (error, _("Template “%s”: %s"), ok_template_get_name (id),
                               check_error->message);
        }
      g_ptr_array_add (texts, g_steal_pointer (&text));
    }

  node = json_object_get_member (root, "themes");
  if (node != NULL && !JSON_NODE_HOLDS_OBJECT (node))
    return file_error (error, _("“themes” must map theme slugs to names"));
  theme_names = node != NULL ? json_node_get_object (node) : NULL;
  slugs = theme_names != NULL ? json_object_get_members (theme_names) : NULL;
  for (GList *l = slugs; l != NULL; l = l->next)
    {
      const char *name = member_string (theme_names, l->data);

      if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL)
          || strlen (name) > OK_TEMPLATE_MAX_VALUE)
        return file_error (error, _("The name of theme “%s” is not usable text"), (char *) l->data);
      g_hash_table_replace (themes, g_strdup (l->data), g_strdup (name));
    }

  *language_out = g_steal_pointer (&language);
  return TRUE;
}

/* Writing */

static void
add_lines (JsonBuilder *builder,
           const char  *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  json_builder_begin_array (builder);
  for (guint i = 0; lines[i] != NULL; i++)
    json_builder_add_string_value (builder, lines[i]);
  json_builder_end_array (builder);
}

/**
 * ok_template_catalog_export_language:
 * @self: a catalogue
 * @code: a language
 * @error: when there is no such language
 *
 * Writes the texts in use for @code, their status, the theme names and the
 * date data into one file that another school can import.
 *
 * Returns: (transfer full): the file's contents, UTF-8 JSON
 */
GBytes *
ok_template_catalog_export_language (OkTemplateCatalog  *self,
                                     const char         *code,
                                     GError            **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) slugs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GList) sorted = NULL;
  g_autofree char *suffix = NULL;
  OkLanguage *language;
  const char * const *ids = ok_template_list_ids ();
  GHashTable *theme_tables[2];
  char *data;
  gsize length;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), NULL);

  language = code != NULL ? g_hash_table_lookup (self->languages, code) : NULL;
  if (language == NULL)
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_NOT_FOUND,
                   _("There is no language “%s”"), code != NULL ? code : "");
      return NULL;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, FILE_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, FILE_VERSION);
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, code);

  json_builder_set_member_name (builder, "templates");
  json_builder_begin_object (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      OkTemplateText *text = ok_template_catalog_lookup_text (self, ids[i], code);

      if (text == NULL)
        continue;
      json_builder_set_member_name (builder, ids[i]);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, ok_enum_to_nick (OK_TYPE_TRANSLATION_STATUS,
                                                               ok_template_text_get_status (text)));
      json_builder_set_member_name (builder, "subject");
      json_builder_add_string_value (builder, ok_template_text_get_subject (text));
      json_builder_set_member_name (builder, "body");
      add_lines (builder, ok_template_text_get_body (text));
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  /* The theme names in use, built-in or changed, in slug order. */
  suffix = g_strconcat ("\n", code, NULL);
  theme_tables[0] = self->builtin_themes;
  theme_tables[1] = self->custom_themes;
  for (guint t = 0; t < G_N_ELEMENTS (theme_tables); t++)
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, theme_tables[t]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (g_str_has_suffix (key, suffix))
          g_hash_table_add (slugs, g_strndup (key, strlen (key) - strlen (suffix)));
    }
  sorted = g_list_sort (g_hash_table_get_keys (slugs), (GCompareFunc) strcmp);
  json_builder_set_member_name (builder, "themes");
  json_builder_begin_object (builder);
  for (GList *l = sorted; l != NULL; l = l->next)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_string_value (builder, ok_template_catalog_get_theme_name (self, l->data, code));
    }
  json_builder_end_object (builder);
  g_clear_pointer (&sorted, g_list_free);

  json_builder_set_member_name (builder, "locale");
  json_builder_add_value (builder, ok_language_to_json (language));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  data = json_generator_to_data (generator, &length);
  return g_bytes_new_take (data, length);
}

/**
 * ok_template_catalog_read_language_file:
 * @self: a catalogue
 * @data: a file written by ok_template_catalog_export_language() (or a
 *   built-in data/templates/CODE.json)
 * @language: (out) (transfer full): the language, from the file's date data
 *   or, when the file has none, the catalogue's
 * @texts: (out) (transfer container) (element-type OkTemplateText): its
 *   texts, each checked against the Dutch reference, marked custom
 * @theme_names: (out) (transfer container) (element-type utf8 utf8): slug → name
 * @error: why the file cannot be used, naming the template and position
 *
 * Reads a language file without changing anything: the store's import
 * saves what this returns.
 */
gboolean
ok_template_catalog_read_language_file (OkTemplateCatalog  *self,
                                        GBytes             *data,
                                        OkLanguage        **language,
                                        GPtrArray         **texts,
                                        GHashTable        **theme_names,
                                        GError            **error)
{
  g_autoptr(GPtrArray) read_texts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) read_themes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(OkLanguage) read_language = NULL;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!_ok_template_catalog_read_document (self, data, TRUE, &read_language, read_texts, read_themes, error))
    return FALSE;

  if (language != NULL)
    *language = g_steal_pointer (&read_language);
  if (texts != NULL)
    *texts = g_steal_pointer (&read_texts);
  if (theme_names != NULL)
    *theme_names = g_steal_pointer (&read_themes);
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* All parent-facing templates in all languages. The built-in texts live in
 * data/templates/CODE.json, one file per language in the same format a
 * coordinator exports and imports, so that a board can pass corrections
 * from school to school and back into the app. */
#define G_LOG_DOMAIN "ok-template-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-core-resources.h"
#include "ok-enums.h"
#include "ok-template-catalog.h"

#define RESOURCE_PATH "/nl/ouderkamer/core"
#define FILE_FORMAT "ouderkamer-templates"
#define FILE_VERSION 1
#define MAX_FILE_SIZE (4 * 1024 * 1024)

/* The language every template is written in first: its placeholders are
 * the contract every translation keeps. */
#define REFERENCE_LANGUAGE "nl"

struct _OkTemplateCatalog
{
  GObject parent_instance;

  GHashTable *languages;        /* code → OkLanguage */
  GHashTable *builtin_languages; /* code → OkLanguage */
  GListStore *language_model;
  GHashTable *builtin_texts;    /* "id\nlanguage" → OkTemplateText */
  GHashTable *custom_texts;     /* "id\nlanguage" → OkTemplateText */
  GHashTable *builtin_themes;   /* "slug\nlanguage" → name */
  GHashTable *custom_themes;    /* "slug\nlanguage" → name */
};

G_DEFINE_FINAL_TYPE (OkTemplateCatalog, ok_template_catalog, G_TYPE_OBJECT)

static void
ok_template_catalog_finalize (GObject *object)
{
  OkTemplateCatalog *self = OK_TEMPLATE_CATALOG (object);

  g_clear_pointer (&self->languages, g_hash_table_unref);
  g_clear_pointer (&self->builtin_languages, g_hash_table_unref);
  g_clear_object (&self->language_model);
  g_clear_pointer (&self->builtin_texts, g_hash_table_unref);
  g_clear_pointer (&self->custom_texts, g_hash_table_unref);
  g_clear_pointer (&self->builtin_themes, g_hash_table_unref);
  g_clear_pointer (&self->custom_themes, g_hash_table_unref);

  G_OBJECT_CLASS (ok_template_catalog_parent_class)->finalize (object);
}

static void
ok_template_catalog_class_init (OkTemplateCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ok_template_catalog_finalize;
}

static void
ok_template_catalog_init (OkTemplateCatalog *self)
{
  self->languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->builtin_languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->language_model = g_list_store_new (OK_TYPE_LANGUAGE);
  self->builtin_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->custom_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->builtin_themes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->custom_themes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static char *
make_key (const char *first,
          const char *language)
{
  return g_strconcat (first, "\n", language, NULL);
}

/* Dutch first, then by the Dutch name of the language, the order a Dutch
 * officer looks them up in. Called with pointers to the array's elements. */
static int
compare_languages (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  OkTemplateCatalog *self = user_data;
  OkLanguage *dutch = g_hash_table_lookup (self->languages, REFERENCE_LANGUAGE);
  const char *code_a = ok_language_get_code (*(OkLanguage * const *) a);
  const char *code_b = ok_language_get_code (*(OkLanguage * const *) b);
  const char *name_a = dutch != NULL ? ok_language_get_language_name (dutch, code_a) : NULL;
  const char *name_b = dutch != NULL ? ok_language_get_language_name (dutch, code_b) : NULL;

  if (g_str_equal (code_a, REFERENCE_LANGUAGE) || g_str_equal (code_b, REFERENCE_LANGUAGE))
    return g_str_equal (code_a, REFERENCE_LANGUAGE) ? -1 : 1;
  return g_utf8_collate (name_a != NULL ? name_a : code_a, name_b != NULL ? name_b : code_b);
}

static void
rebuild_language_model (OkTemplateCatalog *self)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->languages);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (all, value);
  g_ptr_array_sort_with_data (all, compare_languages, self);
  g_list_store_splice (self->language_model, 0, g_list_model_get_n_items (G_LIST_MODEL (self->language_model)),
                       all->pdata, all->len);
}

static void
put_language (OkTemplateCatalog *self,
              OkLanguage        *language)
{
  g_hash_table_replace (self->languages, g_strdup (ok_language_get_code (language)),
                        g_object_ref (language));
}

/* Reading language files */

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

static OkTemplateText *
reference_text (OkTemplateCatalog *self,
                const char        *template_id)
{
  return ok_template_catalog_lookup_builtin_text (self, template_id, REFERENCE_LANGUAGE);
}

static gboolean
check_against_reference (OkTemplateCatalog  *self,
                         OkTemplateText     *text,
                         OkTemplateField    *field,
                         OkTemplateSpan     *span,
                         GError            **error)
{
  OkTemplateText *reference = reference_text (self, ok_template_text_get_template_id (text));
  g_autoptr(GError) local_error = NULL;

  if (field != NULL)
    *field = OK_TEMPLATE_FIELD_SUBJECT;
  if (!ok_template_check (ok_template_text_get_subject (text),
                          reference != NULL ? ok_template_text_get_subject (reference) : NULL,
                          span, &local_error))
    {
      g_set_error (error, OK_TEMPLATE_ERROR, local_error->code, _("Subject: %s"), local_error->message);
      return FALSE;
    }

  if (field != NULL)
    *field = OK_TEMPLATE_FIELD_BODY;
  if (!ok_template_check (ok_template_text_get_body (text),
                          reference != NULL ? ok_template_text_get_body (reference) : NULL,
                          span, &local_error))
    {
      g_set_error (error, OK_TEMPLATE_ERROR, local_error->code, _("Text: %s"), local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* Reads one language file. The built-in files are trusted (the tests
 * check them); a file from outside is checked text by text against the
 * Dutch reference before anything of it is used. */
static gboolean
read_document (OkTemplateCatalog  *self,
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

          if (!check_against_reference (self, text, NULL, NULL, &check_error))
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

/* Built-ins */

static GBytes *
lookup_resource (const char  *folder,
                 const char  *name,
                 GError     **error)
{
  g_autofree char *path = g_build_path ("/", RESOURCE_PATH, folder, name, NULL);

  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static gboolean
load_builtin_languages (OkTemplateCatalog  *self,
                        GError            **error)
{
  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_PATH "/locale", 0, error);

  if (names == NULL)
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = lookup_resource ("locale", names[i], error);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(OkLanguage) language = NULL;

      if (bytes == NULL)
        return FALSE;
      if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
        return FALSE;
      language = ok_language_new_from_json (json_parser_get_root (parser), error);
      if (language == NULL)
        return FALSE;
      put_language (self, language);
      g_hash_table_replace (self->builtin_languages, g_strdup (ok_language_get_code (language)),
                            g_object_ref (language));
    }
  return TRUE;
}

static gboolean
load_builtin_texts (OkTemplateCatalog  *self,
                    GError            **error)
{
  g_auto(GStrv) names = g_resources_enumerate_children (RESOURCE_PATH "/templates", 0, error);

  if (names == NULL)
    return FALSE;
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = lookup_resource ("templates", names[i], error);
      g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GHashTable) themes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_autoptr(OkLanguage) language = NULL;
      g_autoptr(GError) local_error = NULL;
      GHashTableIter iter;
      gpointer slug, name;

      if (bytes == NULL)
        return FALSE;
      if (!read_document (self, bytes, FALSE, &language, texts, themes, &local_error))
        {
          g_set_error (error, OK_TEMPLATE_ERROR, local_error->code, "templates/%s: %s",
                       names[i], local_error->message);
          return FALSE;
        }
      for (guint j = 0; j < texts->len; j++)
        {
          OkTemplateText *text = g_ptr_array_index (texts, j);

          g_hash_table_replace (self->builtin_texts,
                                make_key (ok_template_text_get_template_id (text),
                                          ok_template_text_get_language (text)),
                                g_object_ref (text));
        }
      g_hash_table_iter_init (&iter, themes);
      while (g_hash_table_iter_next (&iter, &slug, &name))
        g_hash_table_replace (self->builtin_themes, make_key (slug, ok_language_get_code (language)),
                              g_strdup (name));
    }
  return TRUE;
}

/**
 * ok_template_catalog_new:
 * @error: a broken build: the built-in data is missing or unreadable
 *
 * Returns: (transfer full): the built-in templates, languages and theme names
 */
OkTemplateCatalog *
ok_template_catalog_new (GError **error)
{
  g_autoptr(OkTemplateCatalog) self = g_object_new (OK_TYPE_TEMPLATE_CATALOG, NULL);

  /* Referencing the bundle keeps the linker from dropping it out of the
   * static library; its constructor registers it. */
  if (ok_core_get_resource () == NULL)
    {
      file_error (error, "The core resources are missing from this build");
      return NULL;
    }

  if (!load_builtin_languages (self, error) || !load_builtin_texts (self, error))
    return NULL;
  rebuild_language_model (self);
  return g_steal_pointer (&self);
}

/* Looking up */

/**
 * ok_template_catalog_get_languages:
 * @self: a catalogue
 *
 * Returns: (transfer none): every language, as #OkLanguage, Dutch first
 *   and then by Dutch name
 */
GListModel *
ok_template_catalog_get_languages (OkTemplateCatalog *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), NULL);

  return G_LIST_MODEL (self->language_model);
}

/**
 * ok_template_catalog_lookup_language:
 *
 * Returns: (transfer none) (nullable): the language with @code
 */
OkLanguage *
ok_template_catalog_lookup_language (OkTemplateCatalog *self,
                                     const char        *code)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), NULL);

  return code != NULL ? g_hash_table_lookup (self->languages, code) : NULL;
}

gboolean
ok_template_catalog_is_builtin_language (OkTemplateCatalog *self,
                                         const char        *code)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), FALSE);

  return code != NULL && g_hash_table_contains (self->builtin_languages, code);
}

/**
 * ok_template_catalog_lookup_text:
 *
 * Returns: (transfer none) (nullable): the text used for this template in
 *   this language: the coordinators' own if there is one, else the built-in
 */
OkTemplateText *
ok_template_catalog_lookup_text (OkTemplateCatalog *self,
                                 const char        *template_id,
                                 const char        *language)
{
  g_autofree char *key = NULL;
  OkTemplateText *text;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), NULL);
  g_return_val_if_fail (template_id != NULL && language != NULL, NULL);

  key = make_key (template_id, language);
  text = g_hash_table_lookup (self->custom_texts, key);
  return text != NULL ? text : g_hash_table_lookup (self->builtin_texts, key);
}

/**
 * ok_template_catalog_lookup_builtin_text:
 *
 * Returns: (transfer none) (nullable): the text as shipped, to compare
 *   with or go back to
 */
OkTemplateText *
ok_template_catalog_lookup_builtin_text (OkTemplateCatalog *self,
                                         const char        *template_id,
                                         const char        *language)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), NULL);
  g_return_val_if_fail (template_id != NULL && language != NULL, NULL);

  key = make_key (template_id, language);
  return g_hash_table_lookup (self->builtin_texts, key);
}

/**
 * ok_template_catalog_get_theme_name:
 *
 * Returns: (nullable): the name of a theme in a language
 */
const char *
ok_template_catalog_get_theme_name (OkTemplateCatalog *self,
                                    const char        *slug,
                                    const char        *language)
{
  g_autofree char *key = NULL;
  const char *name;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), NULL);

  if (slug == NULL || language == NULL)
    return NULL;
  key = make_key (slug, language);
  name = g_hash_table_lookup (self->custom_themes, key);
  return name != NULL ? name : g_hash_table_lookup (self->builtin_themes, key);
}

const char *
ok_template_catalog_get_builtin_theme_name (OkTemplateCatalog *self,
                                            const char        *slug,
                                            const char        *language)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), NULL);

  if (slug == NULL || language == NULL)
    return NULL;
  key = make_key (slug, language);
  return g_hash_table_lookup (self->builtin_themes, key);
}

/* Changing */

/**
 * ok_template_catalog_set_text:
 * @self: a catalogue
 * @text: a coordinator's own text
 *
 * Uses @text (a copy of it, marked custom) in place of the built-in one.
 * Only changes the catalogue in memory; ok_store_template_save_text()
 * stores it and calls this.
 */
void
ok_template_catalog_set_text (OkTemplateCatalog *self,
                              OkTemplateText    *text)
{
  OkTemplateText *copy;

  g_return_if_fail (OK_IS_TEMPLATE_CATALOG (self));
  g_return_if_fail (OK_IS_TEMPLATE_TEXT (text));

  copy = ok_template_text_copy (text);
  ok_template_text_set_custom (copy, TRUE);
  g_hash_table_replace (self->custom_texts,
                        make_key (ok_template_text_get_template_id (text), ok_template_text_get_language (text)),
                        copy);
}

void
ok_template_catalog_remove_text (OkTemplateCatalog *self,
                                 const char        *template_id,
                                 const char        *language)
{
  g_autofree char *key = NULL;

  g_return_if_fail (OK_IS_TEMPLATE_CATALOG (self));

  key = make_key (template_id, language);
  g_hash_table_remove (self->custom_texts, key);
}

/**
 * ok_template_catalog_add_language:
 * @self: a catalogue
 * @language: a language the app does not ship
 * @error: when @language is one the app ships: those keep their CLDR data
 */
gboolean
ok_template_catalog_add_language (OkTemplateCatalog  *self,
                                  OkLanguage         *language,
                                  GError            **error)
{
  const char *code;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), FALSE);
  g_return_val_if_fail (OK_IS_LANGUAGE (language), FALSE);

  code = ok_language_get_code (language);
  if (ok_template_catalog_is_builtin_language (self, code))
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE,
                   _("“%s” is already built in; its dates cannot be replaced, only its texts"), code);
      return FALSE;
    }
  put_language (self, language);
  rebuild_language_model (self);
  return TRUE;
}

/* Removes a language a coordinator added, with its texts and theme names. */
void
ok_template_catalog_remove_language (OkTemplateCatalog *self,
                                     const char        *code)
{
  g_autofree char *suffix = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_if_fail (OK_IS_TEMPLATE_CATALOG (self));

  if (code == NULL || ok_template_catalog_is_builtin_language (self, code))
    return;
  suffix = g_strconcat ("\n", code, NULL);
  g_hash_table_iter_init (&iter, self->custom_texts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_suffix (key, suffix))
      g_hash_table_iter_remove (&iter);
  g_hash_table_iter_init (&iter, self->custom_themes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_suffix (key, suffix))
      g_hash_table_iter_remove (&iter);
  if (g_hash_table_remove (self->languages, code))
    rebuild_language_model (self);
}

/* NULL or "" goes back to the built-in name. */
void
ok_template_catalog_set_theme_name (OkTemplateCatalog *self,
                                    const char        *slug,
                                    const char        *language,
                                    const char        *name)
{
  g_return_if_fail (OK_IS_TEMPLATE_CATALOG (self));
  g_return_if_fail (slug != NULL && language != NULL);

  if (name == NULL || *name == '\0')
    {
      g_autofree char *key = make_key (slug, language);

      g_hash_table_remove (self->custom_themes, key);
    }
  else
    g_hash_table_replace (self->custom_themes, make_key (slug, language), g_strdup (name));
}

/* Checking and rendering */

/**
 * ok_template_catalog_check_text:
 * @self: a catalogue
 * @text: a text as a coordinator edits it
 * @field: (out) (optional): the field with the problem
 * @span: (out) (optional): where in that field
 * @error: the problem, naming the field, line and column
 *
 * Checks both fields of @text against the built-in Dutch text of its
 * template: same placeholders, no unknown ones, braces and sections closed.
 */
gboolean
ok_template_catalog_check_text (OkTemplateCatalog  *self,
                                OkTemplateText     *text,
                                OkTemplateField    *field,
                                OkTemplateSpan     *span,
                                GError            **error)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (text), FALSE);

  if (ok_template_get_name (ok_template_text_get_template_id (text)) == NULL)
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_NOT_FOUND,
                   _("There is no template “%s”"), ok_template_text_get_template_id (text));
      return FALSE;
    }
  return check_against_reference (self, text, field, span, error);
}

static void
put_value (GHashTable *values,
           const char *name,
           const char *value)
{
  if (value != NULL && *value != '\0')
    g_hash_table_replace (values, (gpointer) name, g_strdup (value));
}

/* Every value in the language of the message: the theme from the
 * catalogue, dates and times from the language's data, the interpreter's
 * language by its name in this language. */
static GHashTable *
resolve_values (OkTemplateCatalog       *self,
                OkLanguage              *language,
                const OkTemplateContext *context)
{
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  const char *code = ok_language_get_code (language);

  put_value (values, "activity_title", context->activity_title);
  put_value (values, "location", context->location);
  put_value (values, "parent_name", context->parent_name);
  put_value (values, "child_name", context->child_name);
  put_value (values, "sender_name", context->sender_name);
  put_value (values, "contact_parent_name", context->contact_parent_name);
  put_value (values, "contact_parent_phone", context->contact_parent_phone);
  put_value (values, "school_name", context->school_name);

  if (context->theme != NULL)
    {
      const char *theme = ok_template_catalog_get_theme_name (self, context->theme, code);

      if (theme == NULL)
        theme = ok_template_catalog_get_theme_name (self, context->theme, REFERENCE_LANGUAGE);
      put_value (values, "theme", theme);
    }
  /* An activity without a theme from the catalogue is known by its title. */
  if (!g_hash_table_contains (values, "theme"))
    put_value (values, "theme", context->activity_title);

  if (context->starts_at != NULL)
    {
      g_hash_table_replace (values, (gpointer) "weekday",
                            g_strdup (ok_language_get_weekday (language, context->starts_at)));
      g_hash_table_replace (values, (gpointer) "date", ok_language_format_date (language, context->starts_at));
      g_hash_table_replace (values, (gpointer) "start_time",
                            ok_language_format_time (language, context->starts_at));
      g_hash_table_replace (values, (gpointer) "time",
                            ok_language_format_time_range (language, context->starts_at, context->ends_at));
    }
  if (context->ends_at != NULL)
    g_hash_table_replace (values, (gpointer) "end_time", ok_language_format_time (language, context->ends_at));

  if (context->interpreter != NULL && *context->interpreter != '\0')
    {
      const char *name = ok_language_get_language_name (language, context->interpreter);
      OkLanguage *interpreted = g_hash_table_lookup (self->languages, context->interpreter);

      if (name == NULL && interpreted != NULL)
        name = ok_language_get_name (interpreted);
      put_value (values, "interpreter", name != NULL ? name : context->interpreter);
    }
  return values;
}

/**
 * ok_template_catalog_render_text:
 * @self: a catalogue
 * @text: a text, saved or not (for a preview while editing)
 * @context: what to fill in
 * @flags: %OK_TEMPLATE_RENDER_KEEP_MISSING for a preview; right-to-left
 *   isolation is added by the language
 * @subject: (out) (optional): the subject
 * @body: (out) (optional): the message
 * @error: a placeholder with nothing to fill in, or a broken text
 */
gboolean
ok_template_catalog_render_text (OkTemplateCatalog        *self,
                                 OkTemplateText           *text,
                                 const OkTemplateContext  *context,
                                 OkTemplateRenderFlags     flags,
                                 char                    **subject,
                                 char                    **body,
                                 GError                  **error)
{
  g_autoptr(GHashTable) values = NULL;
  g_autofree char *rendered_subject = NULL;
  g_autofree char *rendered_body = NULL;
  g_autoptr(GError) local_error = NULL;
  OkTemplateContext empty = { 0, };
  OkLanguage *language;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (text), FALSE);

  language = g_hash_table_lookup (self->languages, ok_template_text_get_language (text));
  if (language == NULL)
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_NOT_FOUND,
                   _("There is no date data for language “%s”"), ok_template_text_get_language (text));
      return FALSE;
    }
  if (ok_language_is_rtl (language))
    flags |= OK_TEMPLATE_RENDER_RTL;

  values = resolve_values (self, language, context != NULL ? context : &empty);
  rendered_subject = ok_template_expand (ok_template_text_get_subject (text), values, flags, &local_error);
  if (rendered_subject == NULL)
    {
      g_set_error (error, OK_TEMPLATE_ERROR, local_error->code, _("Subject: %s"), local_error->message);
      return FALSE;
    }
  rendered_body = ok_template_expand (ok_template_text_get_body (text), values, flags, &local_error);
  if (rendered_body == NULL)
    {
      g_set_error (error, OK_TEMPLATE_ERROR, local_error->code, _("Text: %s"), local_error->message);
      return FALSE;
    }

  if (subject != NULL)
    *subject = g_steal_pointer (&rendered_subject);
  if (body != NULL)
    *body = g_steal_pointer (&rendered_body);
  return TRUE;
}

/**
 * ok_template_catalog_render:
 * @self: a catalogue
 * @template_id: one of ok_template_list_ids()
 * @language: a language code
 * @context: what to fill in
 * @flags: how
 * @subject: (out) (optional): the subject, for e-mail
 * @body: (out) (optional): the message
 * @error: no such template or text, or a value missing
 *
 * Writes a message to a parent in @language with the text in use (the
 * coordinators' own or the built-in one).
 */
gboolean
ok_template_catalog_render (OkTemplateCatalog        *self,
                            const char               *template_id,
                            const char               *language,
                            const OkTemplateContext  *context,
                            OkTemplateRenderFlags     flags,
                            char                    **subject,
                            char                    **body,
                            GError                  **error)
{
  OkTemplateText *text;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), FALSE);

  if (ok_template_get_name (template_id) == NULL)
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_NOT_FOUND,
                   _("There is no template “%s”"), template_id != NULL ? template_id : "");
      return FALSE;
    }
  text = language != NULL ? ok_template_catalog_lookup_text (self, template_id, language) : NULL;
  if (text == NULL)
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_NOT_FOUND,
                   _("The template “%s” has no text in language “%s”"),
                   ok_template_get_name (template_id), language != NULL ? language : "");
      return FALSE;
    }
  return ok_template_catalog_render_text (self, text, context, flags, subject, body, error);
}

/* Files */

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

  if (!read_document (self, data, TRUE, &read_language, read_texts, read_themes, error))
    return FALSE;

  if (language != NULL)
    *language = g_steal_pointer (&read_language);
  if (texts != NULL)
    *texts = g_steal_pointer (&read_texts);
  if (theme_names != NULL)
    *theme_names = g_steal_pointer (&read_themes);
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* All parent-facing templates in all languages: the built-in texts, theme
 * names and date data, and on top of them what coordinators changed. The
 * built-in texts live in data/templates/CODE.json, in the language file
 * format of ok-template-catalog-file.c; checking and rendering are in
 * ok-template-catalog-render.c. */
#define G_LOG_DOMAIN "ok-template-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-core-resources.h"
#include "ok-language-table.h"
#include "ok-template-catalog-private.h"

#define RESOURCE_PATH "/nl/ouderkamer/core"

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
      if (!_ok_template_catalog_read_document (self, bytes, FALSE, &language, texts, themes, &local_error))
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
      g_set_error_literal (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE,
                           "The core resources are missing from this build");
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

/**
 * ok_template_catalog_get_language_name:
 * @self: a catalogue
 * @code: (nullable): a language code
 *
 * Returns: the name of a language for a Dutch reader: its Dutch name from
 *   the date data, else the one the importer knows it by, else its name
 *   for itself, else @code; "" for %NULL
 */
const char *
ok_template_catalog_get_language_name (OkTemplateCatalog *self,
                                       const char        *code)
{
  OkLanguage *dutch, *language;
  const char *name;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (self), NULL);

  if (code == NULL)
    return "";
  dutch = g_hash_table_lookup (self->languages, REFERENCE_LANGUAGE);
  name = dutch != NULL ? ok_language_get_language_name (dutch, code) : NULL;
  if (name == NULL)
    name = ok_language_dutch_name (code);
  if (name != NULL)
    return name;
  language = g_hash_table_lookup (self->languages, code);
  return language != NULL ? ok_language_get_name (language) : code;
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

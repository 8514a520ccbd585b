/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Coordinators' corrections to the parent-facing templates. Only what
 * differs from the built-in data is stored: a text changed back to the
 * built-in one, or a theme name, is deleted rather than kept as a copy, so
 * that a later release's improved built-in text is not hidden by it. */
#define G_LOG_DOMAIN "ok-store-template"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-enums.h"
#include "ok-store-private.h"
#include "ok-store-template.h"
#include "ok-time.h"

/* Reading */

static gboolean
load_languages (OkStore            *store,
                OkTemplateCatalog  *catalog,
                GError            **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select (store, "SELECT code, locale FROM template_language "
                            "WHERE school_id = ##school::gint64 ORDER BY code",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return FALSE;

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(OkLanguage) language = NULL;
      g_autoptr(GError) local_error = NULL;
      const char *locale = _ok_rows_string (model, i, 1);

      /* A row that no longer reads (written by a newer version, say) must
       * not keep the other languages from loading. */
      if (locale == NULL || !json_parser_load_from_data (parser, locale, -1, &local_error)
          || (language = ok_language_new_from_json (json_parser_get_root (parser), &local_error)) == NULL
          || !ok_template_catalog_add_language (catalog, language, &local_error))
        g_warning ("Skipping language %s: %s", _ok_rows_string (model, i, 0),
                   local_error != NULL ? local_error->message : "no data");
    }
  return TRUE;
}

static gboolean
load_texts (OkStore            *store,
            OkTemplateCatalog  *catalog,
            GError            **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select (store, "SELECT template, language, subject, body, status FROM template_text "
                            "WHERE school_id = ##school::gint64 ORDER BY template, language",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return FALSE;

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      g_autoptr(OkTemplateText) text = NULL;
      int status = OK_TRANSLATION_STATUS_UNCHECKED;

      ok_enum_from_nick (OK_TYPE_TRANSLATION_STATUS, _ok_rows_string (model, i, 4), &status);
      text = ok_template_text_new (_ok_rows_string (model, i, 0), _ok_rows_string (model, i, 1),
                                   _ok_rows_string (model, i, 2), _ok_rows_string (model, i, 3),
                                   status, TRUE);
      if (ok_template_get_name (ok_template_text_get_template_id (text)) == NULL
          || ok_template_catalog_lookup_language (catalog, ok_template_text_get_language (text)) == NULL)
        continue;
      ok_template_catalog_set_text (catalog, text);
    }
  return TRUE;
}

static gboolean
load_theme_names (OkStore            *store,
                  OkTemplateCatalog  *catalog,
                  GError            **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select (store, "SELECT theme, language, name FROM theme_name "
                            "WHERE school_id = ##school::gint64",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return FALSE;

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    ok_template_catalog_set_theme_name (catalog, _ok_rows_string (model, i, 0),
                                        _ok_rows_string (model, i, 1), _ok_rows_string (model, i, 2));
  return TRUE;
}

/**
 * ok_store_template_load_catalog:
 * @store: a store
 * @error: a database or build failure
 *
 * Returns: (transfer full): the built-in templates with the current
 *   school's own texts, theme names and languages on top
 */
OkTemplateCatalog *
ok_store_template_load_catalog (OkStore  *store,
                                GError  **error)
{
  g_autoptr(OkTemplateCatalog) catalog = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  catalog = ok_template_catalog_new (error);
  if (catalog == NULL)
    return NULL;
  if (!load_languages (store, catalog, error)
      || !load_texts (store, catalog, error)
      || !load_theme_names (store, catalog, error))
    return NULL;
  return g_steal_pointer (&catalog);
}

/* Writing: each helper changes the database only; the public functions
 * change the catalogue once the transaction is committed. */

static gboolean
delete_text (OkStore     *store,
             const char  *template_id,
             const char  *language,
             GError     **error)
{
  return _ok_store_execute (store, "DELETE FROM template_text WHERE school_id = ##school::gint64 "
                            "AND template = ##template::string AND language = ##language::string",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "template", G_TYPE_STRING, template_id,
                            "language", G_TYPE_STRING, language, NULL) >= 0;
}

static gboolean
same_as_builtin (OkTemplateCatalog *catalog,
                 OkTemplateText    *text)
{
  OkTemplateText *builtin = ok_template_catalog_lookup_builtin_text (catalog,
                                                                     ok_template_text_get_template_id (text),
                                                                     ok_template_text_get_language (text));

  return builtin != NULL && ok_template_text_equal (builtin, text);
}

static gboolean
write_text (OkStore            *store,
            OkTemplateCatalog  *catalog,
            OkTemplateText     *text,
            GError            **error)
{
  g_autofree char *now = ok_time_now_utc ();
  const char *template_id = ok_template_text_get_template_id (text);
  const char *language = ok_template_text_get_language (text);

  if (!delete_text (store, template_id, language, error))
    return FALSE;
  if (same_as_builtin (catalog, text))
    return TRUE;
  return _ok_store_execute (store, "INSERT INTO template_text "
                            "(school_id, template, language, subject, body, status, updated_at) VALUES "
                            "(##school::gint64, ##template::string, ##language::string, "
                            "##subject::string, ##body::string, ##status::string, ##now::string)",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "template", G_TYPE_STRING, template_id,
                            "language", G_TYPE_STRING, language,
                            "subject", G_TYPE_STRING, ok_template_text_get_subject (text),
                            "body", G_TYPE_STRING, ok_template_text_get_body (text),
                            "status", G_TYPE_STRING,
                            ok_enum_to_nick (OK_TYPE_TRANSLATION_STATUS, ok_template_text_get_status (text)),
                            "now", G_TYPE_STRING, now, NULL) >= 0;
}

static void
apply_text (OkTemplateCatalog *catalog,
            OkTemplateText    *text)
{
  if (same_as_builtin (catalog, text))
    ok_template_catalog_remove_text (catalog, ok_template_text_get_template_id (text),
                                     ok_template_text_get_language (text));
  else
    ok_template_catalog_set_text (catalog, text);
}

static gboolean
require_language (OkTemplateCatalog  *catalog,
                  const char         *code,
                  GError            **error)
{
  if (ok_template_catalog_lookup_language (catalog, code) != NULL)
    return TRUE;
  g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
               _("The language “%s” is not known; add it with its dates first"), code != NULL ? code : "");
  return FALSE;
}

/**
 * ok_store_template_save_text:
 * @store: a store
 * @catalog: the catalogue to check @text against and to update
 * @text: a coordinator's text for a template in a language
 * @error: %OK_TEMPLATE_ERROR when @text does not check out, with the
 *   position; %OK_STORE_ERROR when it cannot be stored
 *
 * Stores @text in place of the built-in one. A text equal to the built-in
 * one (words and status) removes the school's own instead.
 */
gboolean
ok_store_template_save_text (OkStore            *store,
                             OkTemplateCatalog  *catalog,
                             OkTemplateText     *text,
                             GError            **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_TEXT (text), FALSE);

  if (!require_language (catalog, ok_template_text_get_language (text), error)
      || !ok_template_catalog_check_text (catalog, text, NULL, NULL, error))
    return FALSE;

  if (!ok_store_begin (store, error))
    return FALSE;
  if (!write_text (store, catalog, text, error))
    {
      ok_store_rollback (store);
      return FALSE;
    }
  if (!ok_store_commit (store, error))
    return FALSE;
  apply_text (catalog, text);
  return TRUE;
}

/* Goes back to the built-in text. */
gboolean
ok_store_template_reset_text (OkStore            *store,
                              OkTemplateCatalog  *catalog,
                              const char         *template_id,
                              const char         *language,
                              GError            **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), FALSE);
  g_return_val_if_fail (template_id != NULL && language != NULL, FALSE);

  if (!delete_text (store, template_id, language, error))
    return FALSE;
  ok_template_catalog_remove_text (catalog, template_id, language);
  return TRUE;
}

/**
 * ok_store_template_set_status:
 *
 * Marks the text in use as checked by a native speaker, or not. Marking a
 * built-in text stores it as the school's own with that status.
 */
gboolean
ok_store_template_set_status (OkStore              *store,
                              OkTemplateCatalog    *catalog,
                              const char           *template_id,
                              const char           *language,
                              OkTranslationStatus   status,
                              GError              **error)
{
  OkTemplateText *current;
  g_autoptr(OkTemplateText) changed = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), FALSE);

  current = template_id != NULL && language != NULL
            ? ok_template_catalog_lookup_text (catalog, template_id, language) : NULL;
  if (current == NULL)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no text for template “%s” in language “%s”"),
                   template_id != NULL ? template_id : "", language != NULL ? language : "");
      return FALSE;
    }
  changed = ok_template_text_copy (current);
  ok_template_text_set_status (changed, status);
  return ok_store_template_save_text (store, catalog, changed, error);
}

static gboolean
write_theme_name (OkStore     *store,
                  const char  *slug,
                  const char  *language,
                  const char  *name,
                  GError     **error)
{
  if (_ok_store_execute (store, "DELETE FROM theme_name WHERE school_id = ##school::gint64 "
                         "AND theme = ##theme::string AND language = ##language::string",
                         error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                         "theme", G_TYPE_STRING, slug, "language", G_TYPE_STRING, language, NULL) < 0)
    return FALSE;
  if (name == NULL)
    return TRUE;
  return _ok_store_execute (store, "INSERT INTO theme_name (school_id, theme, language, name) VALUES "
                            "(##school::gint64, ##theme::string, ##language::string, ##name::string)",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "theme", G_TYPE_STRING, slug, "language", G_TYPE_STRING, language,
                            "name", G_TYPE_STRING, name, NULL) >= 0;
}

/* The name to store: NULL when it is empty or the built-in one. */
static char *
own_theme_name (OkTemplateCatalog *catalog,
                const char        *slug,
                const char        *language,
                const char        *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*stripped == '\0'
      || g_strcmp0 (ok_template_catalog_get_builtin_theme_name (catalog, slug, language), stripped) == 0)
    return NULL;
  return g_steal_pointer (&stripped);
}

/**
 * ok_store_template_save_theme_name:
 * @name: (nullable): the theme's name in @language; NULL or empty goes
 *   back to the built-in name
 */
gboolean
ok_store_template_save_theme_name (OkStore            *store,
                                   OkTemplateCatalog  *catalog,
                                   const char         *slug,
                                   const char         *language,
                                   const char         *name,
                                   GError            **error)
{
  g_autofree char *own = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), FALSE);
  g_return_val_if_fail (slug != NULL, FALSE);

  if (!require_language (catalog, language, error))
    return FALSE;
  if (name != NULL && (!g_utf8_validate (name, -1, NULL) || strlen (name) > OK_TEMPLATE_MAX_VALUE))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID, _("The theme name is not usable text"));
      return FALSE;
    }
  own = own_theme_name (catalog, slug, language, name);

  if (!ok_store_begin (store, error))
    return FALSE;
  if (!write_theme_name (store, slug, language, own, error))
    {
      ok_store_rollback (store);
      return FALSE;
    }
  if (!ok_store_commit (store, error))
    return FALSE;
  ok_template_catalog_set_theme_name (catalog, slug, language, own);
  return TRUE;
}

static gboolean
write_language (OkStore     *store,
                OkLanguage  *language,
                GError     **error)
{
  g_autoptr(JsonNode) node = ok_language_to_json (language);
  g_autofree char *locale = json_to_string (node, FALSE);
  g_autofree char *now = ok_time_now_utc ();
  const char *code = ok_language_get_code (language);

  if (_ok_store_execute (store, "DELETE FROM template_language WHERE school_id = ##school::gint64 "
                         "AND code = ##code::string",
                         error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                         "code", G_TYPE_STRING, code, NULL) < 0)
    return FALSE;
  return _ok_store_execute (store, "INSERT INTO template_language (school_id, code, locale, updated_at) "
                            "VALUES (##school::gint64, ##code::string, ##locale::string, ##now::string)",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "code", G_TYPE_STRING, code, "locale", G_TYPE_STRING, locale,
                            "now", G_TYPE_STRING, now, NULL) >= 0;
}

static gboolean
refuse_builtin (OkTemplateCatalog  *catalog,
                const char         *code,
                GError            **error)
{
  if (!ok_template_catalog_is_builtin_language (catalog, code))
    return FALSE;
  g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
               _("“%s” is built in: its texts can be changed, but not its dates"), code);
  return TRUE;
}

/**
 * ok_store_template_add_language:
 * @language: a language the app does not ship, with its dates; one added
 *   before is replaced
 */
gboolean
ok_store_template_add_language (OkStore            *store,
                                OkTemplateCatalog  *catalog,
                                OkLanguage         *language,
                                GError            **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), FALSE);
  g_return_val_if_fail (OK_IS_LANGUAGE (language), FALSE);

  if (refuse_builtin (catalog, ok_language_get_code (language), error))
    return FALSE;
  if (!ok_store_begin (store, error))
    return FALSE;
  if (!write_language (store, language, error))
    {
      ok_store_rollback (store);
      return FALSE;
    }
  if (!ok_store_commit (store, error))
    return FALSE;
  return ok_template_catalog_add_language (catalog, language, error);
}

/* Removes a language a coordinator added, with all its texts and names. */
gboolean
ok_store_template_remove_language (OkStore            *store,
                                   OkTemplateCatalog  *catalog,
                                   const char         *code,
                                   GError            **error)
{
  gint64 school;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), FALSE);

  if (code == NULL || refuse_builtin (catalog, code, error))
    return FALSE;
  school = ok_store_get_school_id (store);
  if (!ok_store_begin (store, error))
    return FALSE;
  if (_ok_store_execute (store, "DELETE FROM template_text WHERE school_id = ##school::gint64 "
                         "AND language = ##code::string",
                         error, "school", G_TYPE_INT64, school, "code", G_TYPE_STRING, code, NULL) < 0
      || _ok_store_execute (store, "DELETE FROM theme_name WHERE school_id = ##school::gint64 "
                            "AND language = ##code::string",
                            error, "school", G_TYPE_INT64, school, "code", G_TYPE_STRING, code, NULL) < 0
      || _ok_store_execute (store, "DELETE FROM template_language WHERE school_id = ##school::gint64 "
                            "AND code = ##code::string",
                            error, "school", G_TYPE_INT64, school, "code", G_TYPE_STRING, code, NULL) < 0)
    {
      ok_store_rollback (store);
      return FALSE;
    }
  if (!ok_store_commit (store, error))
    return FALSE;
  ok_template_catalog_remove_language (catalog, code);
  return TRUE;
}

static gboolean
theme_exists (OkStore     *store,
              const char  *slug,
              gboolean    *exists,
              GError     **error)
{
  gint64 count = 0;

  if (!_ok_store_select_int64 (store, &count, "SELECT count(*) FROM theme WHERE slug = ##slug::string",
                               error, "slug", G_TYPE_STRING, slug, NULL))
    return FALSE;
  *exists = count > 0;
  return TRUE;
}

/**
 * ok_store_template_import_language:
 * @store: a store
 * @catalog: the catalogue to check against and to update
 * @data: a language file, as ok_template_catalog_export_language() writes
 * @code: (out) (optional): the language the file was for
 * @error: why the file cannot be used; then nothing is changed
 *
 * Takes over every text, status and theme name of the file in one
 * transaction, and the language's dates when the app does not ship it.
 * Theme names for themes this database does not have are left out.
 */
gboolean
ok_store_template_import_language (OkStore            *store,
                                   OkTemplateCatalog  *catalog,
                                   GBytes             *data,
                                   char              **code,
                                   GError            **error)
{
  g_autoptr(OkLanguage) language = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GHashTable) themes = NULL;
  g_autoptr(GHashTable) own_themes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GList) slugs = NULL;
  const char *language_code;
  gboolean builtin;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!ok_template_catalog_read_language_file (catalog, data, &language, &texts, &themes, error))
    return FALSE;
  language_code = ok_language_get_code (language);
  builtin = ok_template_catalog_is_builtin_language (catalog, language_code);

  if (!ok_store_begin (store, error))
    return FALSE;
  if (!builtin && !write_language (store, language, error))
    goto failed;
  for (guint i = 0; i < texts->len; i++)
    if (!write_text (store, catalog, g_ptr_array_index (texts, i), error))
      goto failed;
  slugs = g_hash_table_get_keys (themes);
  for (GList *l = slugs; l != NULL; l = l->next)
    {
      g_autofree char *own = own_theme_name (catalog, l->data, language_code,
                                             g_hash_table_lookup (themes, l->data));
      gboolean exists = FALSE;

      if (!theme_exists (store, l->data, &exists, error))
        goto failed;
      if (!exists)
        continue;
      if (!write_theme_name (store, l->data, language_code, own, error))
        goto failed;
      g_hash_table_replace (own_themes, g_strdup (l->data), g_steal_pointer (&own));
    }
  if (!ok_store_commit (store, error))
    return FALSE;

  if (!builtin && !ok_template_catalog_add_language (catalog, language, error))
    return FALSE;
  for (guint i = 0; i < texts->len; i++)
    apply_text (catalog, g_ptr_array_index (texts, i));
  g_list_free (g_steal_pointer (&slugs));
  slugs = g_hash_table_get_keys (own_themes);
  for (GList *l = slugs; l != NULL; l = l->next)
    ok_template_catalog_set_theme_name (catalog, l->data, language_code,
                                        g_hash_table_lookup (own_themes, l->data));
  if (code != NULL)
    *code = g_strdup (language_code);
  return TRUE;

failed:
  ok_store_rollback (store);
  return FALSE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Checking a text against the Dutch reference of its template, and
 * writing a message from a text with the values of one family and one
 * activity in the language of the message. */
#define G_LOG_DOMAIN "ok-template-catalog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-template-catalog-private.h"

static OkTemplateText *
reference_text (OkTemplateCatalog *self,
                const char        *template_id)
{
  return ok_template_catalog_lookup_builtin_text (self, template_id, REFERENCE_LANGUAGE);
}

/* Whether both fields of @text keep to the built-in Dutch text of its
 * template; @field and @span say where they do not. */
gboolean
_ok_template_catalog_check_reference (OkTemplateCatalog  *self,
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
  return _ok_template_catalog_check_reference (self, text, field, span, error);
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

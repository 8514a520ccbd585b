/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One template in one language, beside its Dutch text: checked as the
 * coordinator types, with the broken placeholder underlined where it is,
 * written in the language's own direction. */
#define G_LOG_DOMAIN "ok-template-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-check-button.h"
#include "ok-store-template.h"
#include "ok-template-editor.h"

/* The accent blue of the GNOME palette, readable on light and dark. */

struct _OkTemplateEditor
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton *save_button;
  GtkStack *stack;
  GtkLabel *status_label;
  GtkCheckButton *checked_button;
  GtkRevealer *error_revealer;
  GtkLabel *error_label;
  GtkLabel *dutch_subject;
  GtkTextView *dutch_view;
  GtkLabel *language_label;
  GtkEntry *subject_entry;
  GtkTextView *body_view;
  GtkTextBuffer *body_buffer;

  /* Owned references */
  OkStore *store;
  OkTemplateCatalog *catalog;
  char *template_id;
  char *language;
  GtkTextTag *error_tag;

  gboolean show_back;
  gboolean loading;
  gboolean valid;
  gboolean modified;
};

G_DEFINE_FINAL_TYPE (OkTemplateEditor, ok_template_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_BACK,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static char *
dup_body (OkTemplateEditor *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->body_buffer, &start, &end);
  return gtk_text_buffer_get_text (self->body_buffer, &start, &end, FALSE);
}

static OkTranslationStatus
chosen_status (OkTemplateEditor *self)
{
  return gtk_check_button_get_active (self->checked_button)
         ? OK_TRANSLATION_STATUS_CHECKED : OK_TRANSLATION_STATUS_UNCHECKED;
}

/* The text as it stands in the editor, saved or not. */
static OkTemplateText *
current_text (OkTemplateEditor *self)
{
  g_autofree char *body = dup_body (self);

  return ok_template_text_new (self->template_id, self->language,
                               gtk_editable_get_text (GTK_EDITABLE (self->subject_entry)), body,
                               chosen_status (self), TRUE);
}

static OkTemplateText *
stored_text (OkTemplateEditor *self)
{
  return ok_template_catalog_lookup_text (self->catalog, self->template_id, self->language);
}

static void
update_actions (OkTemplateEditor *self)
{
  OkTemplateText *stored = self->template_id != NULL ? stored_text (self) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", self->valid && self->modified);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.reset",
                                 stored != NULL && ok_template_text_get_custom (stored)
                                 && ok_template_catalog_lookup_builtin_text (self->catalog, self->template_id,
                                                                             self->language) != NULL);
}

static void
update_status (OkTemplateEditor *self)
{
  OkTemplateText *stored = stored_text (self);
  const char *status;

  if (stored == NULL)
    status = _("No translation yet: the Dutch text is filled in to start from.");
  else if (ok_template_text_get_custom (stored))
    status = ok_template_text_get_status (stored) == OK_TRANSLATION_STATUS_CHECKED
             ? _("Changed by this school, checked by a native speaker.")
             : _("Changed by this school, not yet checked by a native speaker.");
  else
    status = ok_template_text_get_status (stored) == OK_TRANSLATION_STATUS_CHECKED
             ? _("Built-in text, checked by a native speaker.")
             : _("Built-in text, not yet checked by a native speaker.");
  gtk_label_set_label (self->status_label, status);
}

static void
mark_subject (OkTemplateEditor     *self,
              const OkTemplateSpan *span)
{
  const char *subject = gtk_editable_get_text (GTK_EDITABLE (self->subject_entry));
  glong length = g_utf8_strlen (subject, -1);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  PangoAttribute *underline;
  guint start = MIN (span->start, (guint) length), end = MIN (span->end, (guint) length);

  if (start == end && start > 0)
    start--;
  underline = pango_attr_underline_new (PANGO_UNDERLINE_ERROR);
  underline->start_index = g_utf8_offset_to_pointer (subject, start) - subject;
  underline->end_index = g_utf8_offset_to_pointer (subject, end) - subject;
  pango_attr_list_insert (attributes, underline);
  gtk_entry_set_attributes (self->subject_entry, attributes);
}

static void
mark_body (OkTemplateEditor     *self,
           const OkTemplateSpan *span)
{
  GtkTextIter start, end;
  int length = gtk_text_buffer_get_char_count (self->body_buffer);
  int from = MIN ((int) span->start, length), to = MIN ((int) span->end, length);

  /* A missing placeholder is missing at the end: mark the last character. */
  if (from == to && from > 0)
    from--;
  gtk_text_buffer_get_iter_at_offset (self->body_buffer, &start, from);
  gtk_text_buffer_get_iter_at_offset (self->body_buffer, &end, to);
  gtk_text_buffer_apply_tag (self->body_buffer, self->error_tag, &start, &end);
}

/* Placeholders in colour, so that a translator sees at a glance what
 * must stay as it is. */
static void
mark_placeholders (GtkTextBuffer *buffer)
{
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "placeholder");
  g_autofree char *body = NULL;
  GtkTextIter start, end;
  glong offset = 0;
  glong open = -1;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
  for (const char *p = body; *p != '\0'; p = g_utf8_next_char (p), offset++)
    {
      if (*p == '{' && p[1] == '{')
        {
          p++;
          offset++;
        }
      else if (*p == '{')
        open = offset;
      else if (*p == '}' && open >= 0)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &start, open);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, offset + 1);
          gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
          open = -1;
        }
      else if (*p == '\n')
        open = -1;
    }
}

static void
validate (OkTemplateEditor *self)
{
  g_autoptr(OkTemplateText) text = current_text (self);
  g_autoptr(GError) error = NULL;
  OkTemplateText *stored = stored_text (self);
  OkTemplateField field = OK_TEMPLATE_FIELD_BODY;
  OkTemplateSpan span = { 0, 0 };
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->body_buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->body_buffer, self->error_tag, &start, &end);
  gtk_entry_set_attributes (self->subject_entry, NULL);
  mark_placeholders (self->body_buffer);

  self->valid = ok_template_catalog_check_text (self->catalog, text, &field, &span, &error);
  if (!self->valid)
    {
      gtk_label_set_label (self->error_label, error->message);
      if (field == OK_TEMPLATE_FIELD_SUBJECT)
        mark_subject (self, &span);
      else
        mark_body (self, &span);
    }
  gtk_revealer_set_reveal_child (self->error_revealer, !self->valid);

  self->modified = stored == NULL || !ok_template_text_equal (stored, text)
                   || ok_template_text_get_status (stored) != chosen_status (self);
  update_actions (self);
}

static void
on_text_changed_cb (OkTemplateEditor *self)
{
  if (!self->loading && self->template_id != NULL)
    validate (self);
}

static void
show_error (OkTemplateEditor *self,
            const GError     *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
on_checked_toggled_cb (OkTemplateEditor *self)
{
  g_autoptr(GError) error = NULL;
  OkTemplateText *stored;

  if (self->loading || self->template_id == NULL)
    return;
  stored = stored_text (self);
  /* Unchanged text: the mark is stored at once. With changes, Save
   * stores both. */
  if (stored != NULL && !self->modified)
    {
      if (!ok_store_template_set_status (self->store, self->catalog, self->template_id, self->language,
                                         chosen_status (self), &error))
        {
          show_error (self, error);
          return;
        }
      update_status (self);
      g_signal_emit (self, signals[SAVED], 0);
    }
  validate (self);
}

static void
save_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OkTemplateEditor *self = OK_TEMPLATE_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!ok_template_editor_save (self, &error))
    show_error (self, error);
}

static void
reset_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OkTemplateEditor *self = OK_TEMPLATE_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *template_id = g_strdup (self->template_id);
  g_autofree char *language = g_strdup (self->language);

  if (!ok_store_template_reset_text (self->store, self->catalog, template_id, language, &error))
    {
      show_error (self, error);
      return;
    }
  ok_template_editor_open (self, template_id, language);
  g_signal_emit (self, signals[SAVED], 0);
}

static void
ok_template_editor_dispose (GObject *object)
{
  OkTemplateEditor *self = OK_TEMPLATE_EDITOR (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_TEMPLATE_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ok_template_editor_parent_class)->dispose (object);
}

static void
ok_template_editor_finalize (GObject *object)
{
  OkTemplateEditor *self = OK_TEMPLATE_EDITOR (object);

  g_clear_pointer (&self->template_id, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (ok_template_editor_parent_class)->finalize (object);
}

static void
ok_template_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OkTemplateEditor *self = OK_TEMPLATE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SHOW_BACK:
      g_value_set_boolean (value, self->show_back);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_template_editor_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OkTemplateEditor *self = OK_TEMPLATE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SHOW_BACK:
      if (self->show_back != g_value_get_boolean (value))
        {
          self->show_back = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Some of the text's colour mixed in: the accent and error colours are
 * made for the plain window, and the text views are a shade darker in
 * the light style. */
static GdkRGBA
stronger (const GdkRGBA *color,
          const GdkRGBA *text)
{
  return (GdkRGBA) { color->red * 0.75 + text->red * 0.25, color->green * 0.75 + text->green * 0.25,
                     color->blue * 0.75 + text->blue * 0.25, 1 };
}

/* The placeholders and the mistakes in the text take the theme's accent
 * and error colours, again when it turns dark or high contrast: a fixed
 * colour is too faint on one of them. */
static void
update_tag_colors (OkTemplateEditor *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self->body_view));
  GdkRGBA accent, error, text, placeholder, mistake, mistake_background;

  if (!gtk_style_context_lookup_color (context, "accent_color", &accent)
      || !gtk_style_context_lookup_color (context, "error_color", &error)
      || !gtk_style_context_lookup_color (context, "view_fg_color", &text))
    return;
  placeholder = stronger (&accent, &text);
  mistake = stronger (&error, &text);
  mistake_background = error;
  mistake_background.alpha = 0.15;
  g_object_set (self->error_tag, "foreground-rgba", &mistake, "background-rgba", &mistake_background, NULL);
  g_object_set (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (self->body_buffer), "placeholder"),
                "foreground-rgba", &placeholder, NULL);
  g_object_set (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (self->dutch_view)),
                                           "placeholder"),
                "foreground-rgba", &placeholder, NULL);
}

static void
ok_template_editor_class_init (OkTemplateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_template_editor_dispose;
  object_class->finalize = ok_template_editor_finalize;
  object_class->get_property = ok_template_editor_get_property;
  object_class->set_property = ok_template_editor_set_property;

  /**
   * OkTemplateEditor:show-back:
   *
   * Whether the header shows a button back to the list, when the page is
   * folded to one column.
   */
  properties[PROP_SHOW_BACK] =
    g_param_spec_boolean ("show-back", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OkTemplateEditor::saved:
   *
   * A text, its status, or its reset to the built-in text was stored.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (OK_TYPE_CHECK_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-template-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, checked_button);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, dutch_subject);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, dutch_view);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, language_label);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, subject_entry);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, body_view);
  gtk_widget_class_bind_template_child (widget_class, OkTemplateEditor, body_buffer);
  gtk_widget_class_bind_template_callback (widget_class, on_text_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_checked_toggled_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_activated);
  gtk_widget_class_install_action (widget_class, "editor.reset", NULL, reset_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ok_template_editor_init (OkTemplateEditor *self)
{
  AdwStyleManager *manager;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->error_tag = gtk_text_buffer_create_tag (self->body_buffer, "error",
                                                "underline", PANGO_UNDERLINE_ERROR,
                                                NULL);
  gtk_text_buffer_create_tag (self->body_buffer, "placeholder", NULL);
  gtk_text_buffer_create_tag (gtk_text_view_get_buffer (self->dutch_view), "placeholder", NULL);
  /* The display's style manager tells once its style sheet has changed;
   * the default one tells before. */
  manager = adw_style_manager_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  update_tag_colors (self);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (update_tag_colors), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (update_tag_colors), self,
                           G_CONNECT_SWAPPED);
  /* The error shows over the placeholder's colour. */
  gtk_text_tag_set_priority (self->error_tag,
                             gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (self->body_buffer)) - 1);
  gtk_widget_set_direction (GTK_WIDGET (self->dutch_view), GTK_TEXT_DIR_LTR);
  update_actions (self);
}

GtkWidget *
ok_template_editor_new (void)
{
  return g_object_new (OK_TYPE_TEMPLATE_EDITOR, NULL);
}

void
ok_template_editor_set_catalog (OkTemplateEditor  *self,
                                OkStore           *store,
                                OkTemplateCatalog *catalog)
{
  g_return_if_fail (OK_IS_TEMPLATE_EDITOR (self));

  g_set_object (&self->store, store);
  g_set_object (&self->catalog, catalog);
  ok_template_editor_close (self);
}

static const char *
language_title (OkTemplateEditor *self,
                const char       *code)
{
  OkLanguage *dutch = ok_template_catalog_lookup_language (self->catalog, "nl");
  OkLanguage *language = ok_template_catalog_lookup_language (self->catalog, code);
  const char *name = dutch != NULL ? ok_language_get_language_name (dutch, code) : NULL;

  if (name == NULL && language != NULL)
    name = ok_language_get_name (language);
  return name != NULL ? name : code;
}

/**
 * ok_template_editor_open:
 * @self: an editor
 * @template_id: a template
 * @language: a language of the catalogue
 *
 * Shows the text in use (the school's or the built-in one), or the Dutch
 * text to start a translation from.
 */
void
ok_template_editor_open (OkTemplateEditor *self,
                         const char       *template_id,
                         const char       *language)
{
  OkTemplateText *dutch, *stored, *shown;
  OkLanguage *lang;
  GtkTextDirection direction;
  g_autofree char *heading = NULL;

  g_return_if_fail (OK_IS_TEMPLATE_EDITOR (self));
  g_return_if_fail (OK_IS_TEMPLATE_CATALOG (self->catalog));

  /* The built-in Dutch text is the contract, also for a school's own Dutch. */
  dutch = ok_template_catalog_lookup_builtin_text (self->catalog, template_id, "nl");
  lang = ok_template_catalog_lookup_language (self->catalog, language);
  if (dutch == NULL || lang == NULL)
    {
      ok_template_editor_close (self);
      return;
    }

  g_free (self->template_id);
  self->template_id = g_strdup (template_id);
  g_free (self->language);
  self->language = g_strdup (language);
  stored = stored_text (self);
  shown = stored != NULL ? stored : dutch;

  self->loading = TRUE;
  adw_window_title_set_title (self->window_title, ok_template_get_name (template_id));
  adw_window_title_set_subtitle (self->window_title, language_title (self, language));
  gtk_label_set_label (self->dutch_subject, ok_template_text_get_subject (dutch));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->dutch_view), ok_template_text_get_body (dutch), -1);
  mark_placeholders (gtk_text_view_get_buffer (self->dutch_view));
  /* The own name isolated, so that an Arabic one does not turn the line. */
  heading = g_str_equal (ok_language_get_name (lang), language_title (self, language))
            ? g_strdup (ok_language_get_name (lang))
            : g_strdup_printf ("%s · \u2068%s\u2069", language_title (self, language), ok_language_get_name (lang));
  gtk_label_set_label (self->language_label, heading);

  /* The editor writes in the language's direction, whatever the app's. */
  direction = ok_language_is_rtl (lang) ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR;
  gtk_widget_set_direction (GTK_WIDGET (self->body_view), direction);
  gtk_widget_set_direction (GTK_WIDGET (self->subject_entry), direction);
  gtk_editable_set_text (GTK_EDITABLE (self->subject_entry), ok_template_text_get_subject (shown));
  gtk_text_buffer_begin_irreversible_action (self->body_buffer);
  gtk_text_buffer_set_text (self->body_buffer, ok_template_text_get_body (shown), -1);
  gtk_text_buffer_end_irreversible_action (self->body_buffer);
  gtk_check_button_set_active (self->checked_button,
                               stored != NULL && ok_template_text_get_status (stored) == OK_TRANSLATION_STATUS_CHECKED);
  self->loading = FALSE;

  update_status (self);
  validate (self);
  gtk_stack_set_visible_child_name (self->stack, "editor");
}

void
ok_template_editor_close (OkTemplateEditor *self)
{
  g_return_if_fail (OK_IS_TEMPLATE_EDITOR (self));

  g_clear_pointer (&self->template_id, g_free);
  g_clear_pointer (&self->language, g_free);
  self->valid = FALSE;
  self->modified = FALSE;
  adw_window_title_set_title (self->window_title, _("Templates"));
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  update_actions (self);
}

const char *
ok_template_editor_get_template (OkTemplateEditor *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_EDITOR (self), NULL);
  return self->template_id;
}

const char *
ok_template_editor_get_language (OkTemplateEditor *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_EDITOR (self), NULL);
  return self->language;
}

gboolean
ok_template_editor_get_valid (OkTemplateEditor *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_EDITOR (self), FALSE);
  return self->valid;
}

gboolean
ok_template_editor_get_modified (OkTemplateEditor *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATE_EDITOR (self), FALSE);
  return self->modified;
}

/**
 * ok_template_editor_save:
 * @self: an editor with a valid text open
 * @error: a broken text, or a failed query
 *
 * Stores the text and its mark as the school's own.
 */
gboolean
ok_template_editor_save (OkTemplateEditor  *self,
                         GError           **error)
{
  g_autoptr(OkTemplateText) text = NULL;
  g_autofree char *template_id = NULL;
  g_autofree char *language = NULL;

  g_return_val_if_fail (OK_IS_TEMPLATE_EDITOR (self), FALSE);
  g_return_val_if_fail (self->template_id != NULL, FALSE);

  text = current_text (self);
  if (!ok_store_template_save_text (self->store, self->catalog, text, error))
    return FALSE;
  template_id = g_strdup (self->template_id);
  language = g_strdup (self->language);
  ok_template_editor_open (self, template_id, language);
  g_signal_emit (self, signals[SAVED], 0);
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Sjablonen page: every template in every language with how far its
 * translation can be trusted, the editor beside it, and languages added,
 * exported and imported so that a board can share its corrections. */
#define G_LOG_DOMAIN "ok-templates-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-language-dialog.h"
#include "ok-sidebar-button.h"
#include "ok-store-template.h"
#include "ok-template-editor.h"
#include "ok-templates-view.h"

struct _OkTemplatesView
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwLeaflet *leaflet;
  GtkDropDown *template_dropdown;
  GtkListBox *language_list;
  OkTemplateEditor *editor;

  /* Owned references */
  OkStore *store;
  OkTemplateCatalog *catalog;
  GtkFileChooserNative *chooser;

  gboolean switching;
};

G_DEFINE_FINAL_TYPE (OkTemplatesView, ok_templates_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
selected_template (OkTemplatesView *self)
{
  guint selected = gtk_drop_down_get_selected (self->template_dropdown);
  const char * const *ids = ok_template_list_ids ();

  return selected < g_strv_length ((char **) ids) ? ids[selected] : ids[0];
}

static const char *
status_text (OkTemplateText *text)
{
  if (text == NULL)
    return _("no translation yet");
  if (ok_template_text_get_custom (text))
    return ok_template_text_get_status (text) == OK_TRANSLATION_STATUS_CHECKED
           ? _("changed here, checked") : _("changed here, not checked");
  return ok_template_text_get_status (text) == OK_TRANSLATION_STATUS_CHECKED
         ? _("checked") : _("not checked yet");
}

static GtkWidget *
status_icon (OkTemplateText *text)
{
  GtkWidget *icon;

  if (text == NULL)
    {
      icon = gtk_image_new_from_icon_name ("list-add-symbolic");
      gtk_widget_add_css_class (icon, "dim-label");
    }
  else if (ok_template_text_get_status (text) == OK_TRANSLATION_STATUS_CHECKED)
    {
      icon = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_add_css_class (icon, "success");
    }
  else
    {
      icon = gtk_image_new_from_icon_name ("dialog-question-symbolic");
      gtk_widget_add_css_class (icon, "warning");
    }
  if (text != NULL && ok_template_text_get_custom (text))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      GtkWidget *edited = gtk_image_new_from_icon_name ("document-edit-symbolic");

      gtk_widget_add_css_class (edited, "accent");
      gtk_box_append (GTK_BOX (box), edited);
      gtk_box_append (GTK_BOX (box), icon);
      icon = box;
    }
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  return icon;
}

static GtkWidget *
create_row (OkTemplatesView *self,
            OkLanguage      *language,
            const char      *template_id)
{
  OkLanguage *dutch = ok_template_catalog_lookup_language (self->catalog, "nl");
  const char *code = ok_language_get_code (language);
  const char *dutch_name = dutch != NULL ? ok_language_get_language_name (dutch, code) : NULL;
  OkTemplateText *text = ok_template_catalog_lookup_text (self->catalog, template_id, code);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", dutch_name != NULL ? dutch_name : code,
                                               status_text (text));
  g_autofree char *accessible = g_strdup_printf ("%s, %s", ok_language_get_name (language), subtitle);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (ok_language_get_name (language));
  GtkWidget *detail = gtk_label_new (subtitle);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), detail);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), status_icon (text));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data_full (G_OBJECT (row), "ok-code", g_strdup (code), g_free);
  return row;
}

static void
rebuild_languages (OkTemplatesView *self)
{
  const char *template_id = selected_template (self);
  const char *open = ok_template_editor_get_language (self->editor);
  GListModel *languages;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->language_list))) != NULL)
    gtk_list_box_remove (self->language_list, child);
  if (self->catalog == NULL)
    return;

  languages = ok_template_catalog_get_languages (self->catalog);
  for (guint i = 0; i < g_list_model_get_n_items (languages); i++)
    {
      g_autoptr(OkLanguage) language = g_list_model_get_item (languages, i);
      GtkWidget *row = create_row (self, language, template_id);

      gtk_list_box_append (self->language_list, row);
      if (g_strcmp0 (open, ok_language_get_code (language)) == 0)
        gtk_list_box_select_row (self->language_list, GTK_LIST_BOX_ROW (row));
    }
}

static void
update_actions (OkTemplatesView *self)
{
  gboolean open = ok_template_editor_get_language (self->editor) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "templates.add-language", self->catalog != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "templates.import", self->catalog != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "templates.export", open);
}

static guint
template_index (const char *template_id)
{
  const char * const *ids = ok_template_list_ids ();

  for (guint i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], template_id) == 0)
      return i;
  return 0;
}

/* Programmatic: the drop-down follows without asking anything. */
static void
show_template (OkTemplatesView *self,
               const char      *template_id)
{
  guint index = template_index (template_id);

  if (gtk_drop_down_get_selected (self->template_dropdown) == index)
    return;
  self->switching = TRUE;
  gtk_drop_down_set_selected (self->template_dropdown, index);
  self->switching = FALSE;
}

static void
open_now (OkTemplatesView *self,
          const char      *template_id,
          const char      *language)
{
  g_autofree char *id = g_strdup (template_id);
  g_autofree char *code = g_strdup (language);

  show_template (self, id);
  ok_template_editor_open (self->editor, id, code);
  rebuild_languages (self);
  update_actions (self);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->editor));
}

typedef struct {
  OkTemplatesView *self;
  char *template_id;
  char *language;
} Leave;

static void
leave_free (gpointer  data,
            GClosure *closure)
{
  Leave *leave = data;

  g_object_unref (leave->self);
  g_free (leave->template_id);
  g_free (leave->language);
  g_free (leave);
}

static void
leave_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   Leave            *leave)
{
  OkTemplatesView *self = leave->self;

  if (g_str_equal (response, "discard"))
    open_now (self, leave->template_id, leave->language);
  else
    {
      /* Back to what is still open in the editor. */
      show_template (self, ok_template_editor_get_template (self->editor));
      rebuild_languages (self);
    }
}

/* Opens another text, but not over unsaved changes without asking. */
static void
leave_to (OkTemplatesView *self,
          const char      *template_id,
          const char      *language)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AdwMessageDialog *dialog;
  Leave *leave;

  if (!ok_template_editor_get_modified (self->editor))
    {
      open_now (self, template_id, language);
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       _("Discard the Changes?"),
                                                       _("The translation you changed has not been saved.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Keep Editing"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  leave = g_new0 (Leave, 1);
  leave->self = g_object_ref (self);
  leave->template_id = g_strdup (template_id);
  leave->language = g_strdup (language);
  g_signal_connect_data (dialog, "response", G_CALLBACK (leave_response_cb), leave, leave_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_template_selected_cb (OkTemplatesView *self)
{
  const char *language = ok_template_editor_get_language (self->editor);

  if (self->catalog == NULL || self->switching)
    return;
  if (language != NULL && g_strcmp0 (selected_template (self), ok_template_editor_get_template (self->editor)) != 0)
    {
      g_autofree char *code = g_strdup (language);

      leave_to (self, selected_template (self), code);
      return;
    }
  rebuild_languages (self);
}

static void
on_language_activated_cb (OkTemplatesView *self,
                          GtkListBoxRow   *row)
{
  const char *code = g_object_get_data (G_OBJECT (row), "ok-code");

  if (g_strcmp0 (code, ok_template_editor_get_language (self->editor)) == 0
      && g_strcmp0 (selected_template (self), ok_template_editor_get_template (self->editor)) == 0)
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->editor));
  else
    leave_to (self, selected_template (self), code);
}

static void
on_editor_saved_cb (OkTemplatesView *self)
{
  rebuild_languages (self);
}

static void
on_languages_changed_cb (OkTemplatesView *self)
{
  rebuild_languages (self);
}

static void
toast (OkTemplatesView *self,
       const char      *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static void
report_error (OkTemplatesView *self,
              const char      *heading,
              const GError    *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
language_added_cb (OkTemplatesView  *self,
                   const char       *code,
                   OkLanguageDialog *dialog)
{
  ok_templates_view_open (self, selected_template (self), code);
}

static void
add_language_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OkTemplatesView *self = OK_TEMPLATES_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  OkLanguageDialog *dialog = ok_language_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                     self->store, self->catalog);

  g_signal_connect_object (dialog, "added", G_CALLBACK (language_added_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkFileChooserNative *
new_chooser (OkTemplatesView      *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                               action, accept, _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Ouderkamer language files"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_clear_object (&self->chooser);
  self->chooser = chooser;
  return chooser;
}

static void
export_response_cb (OkTemplatesView      *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const char *language = ok_template_editor_get_language (self->editor);

  if (response != GTK_RESPONSE_ACCEPT || language == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  bytes = ok_template_catalog_export_language (self->catalog, language, &error);
  if (bytes == NULL
      || !g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL, FALSE,
                                   G_FILE_CREATE_NONE, NULL, NULL, &error))
    {
      report_error (self, _("Could not export the language"), error);
      return;
    }
  toast (self, _("Language file saved"));
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OkTemplatesView *self = OK_TEMPLATES_VIEW (widget);
  const char *language = ok_template_editor_get_language (self->editor);
  g_autofree char *name = g_strdup_printf ("%s.json", language);
  GtkFileChooserNative *chooser = new_chooser (self, _("Export Language File"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"));

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_response_cb (OkTemplatesView      *self,
                    int                   response,
                    GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *message = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL || !ok_store_template_import_language (self->store, self->catalog, bytes, &code, &error))
    {
      report_error (self, _("Could not import the language file"), error);
      return;
    }
  ok_templates_view_open (self, selected_template (self), code);
  message = g_strdup_printf (_("Imported “%s”"), code);
  toast (self, message);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OkTemplatesView *self = OK_TEMPLATES_VIEW (widget);
  GtkFileChooserNative *chooser = new_chooser (self, _("Import Language File"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Import"));

  g_signal_connect_object (chooser, "response", G_CALLBACK (import_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  adw_leaflet_navigate (OK_TEMPLATES_VIEW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
ok_templates_view_dispose (GObject *object)
{
  OkTemplatesView *self = OK_TEMPLATES_VIEW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_TEMPLATES_VIEW);
  g_clear_object (&self->catalog);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ok_templates_view_parent_class)->dispose (object);
}

static void
ok_templates_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OkTemplatesView *self = OK_TEMPLATES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_templates_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OkTemplatesView *self = OK_TEMPLATES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ok_templates_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_templates_view_class_init (OkTemplatesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_templates_view_dispose;
  object_class->get_property = ok_templates_view_get_property;
  object_class->set_property = ok_templates_view_set_property;

  /**
   * OkTemplatesView:store:
   *
   * The database whose school's templates are shown.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OK_TYPE_SIDEBAR_BUTTON);
  g_type_ensure (OK_TYPE_TEMPLATE_EDITOR);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-templates-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OkTemplatesView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OkTemplatesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OkTemplatesView, template_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OkTemplatesView, language_list);
  gtk_widget_class_bind_template_child (widget_class, OkTemplatesView, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_template_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_language_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_saved_cb);

  gtk_widget_class_install_action (widget_class, "templates.add-language", NULL, add_language_activated);
  gtk_widget_class_install_action (widget_class, "templates.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "templates.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "templates.back", NULL, back_activated);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ok_templates_view_init (OkTemplatesView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char * const *ids = ok_template_list_ids ();

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; ids[i] != NULL; i++)
    gtk_string_list_append (names, ok_template_get_name (ids[i]));
  gtk_drop_down_set_model (self->template_dropdown, G_LIST_MODEL (names));
  update_actions (self);
}

GtkWidget *
ok_templates_view_new (void)
{
  return g_object_new (OK_TYPE_TEMPLATES_VIEW, NULL);
}

OkStore *
ok_templates_view_get_store (OkTemplatesView *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATES_VIEW (self), NULL);
  return self->store;
}

/**
 * ok_templates_view_set_store:
 * @self: the view
 * @store: (nullable): the database
 *
 * Loads the school's templates, built in and its own.
 */
void
ok_templates_view_set_store (OkTemplatesView *self,
                             OkStore         *store)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (OK_IS_TEMPLATES_VIEW (self));

  if (!g_set_object (&self->store, store))
    return;
  if (self->catalog != NULL)
    g_signal_handlers_disconnect_by_data (ok_template_catalog_get_languages (self->catalog), self);
  g_clear_object (&self->catalog);
  if (store != NULL)
    {
      self->catalog = ok_store_template_load_catalog (store, &error);
      if (self->catalog == NULL)
        g_warning ("Could not load the templates: %s", error->message);
    }
  if (self->catalog != NULL)
    g_signal_connect_object (ok_template_catalog_get_languages (self->catalog), "items-changed",
                             G_CALLBACK (on_languages_changed_cb), self, G_CONNECT_SWAPPED);
  ok_template_editor_set_catalog (self->editor, store, self->catalog);
  rebuild_languages (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * ok_templates_view_get_catalog:
 * @self: the view
 *
 * Returns: (transfer none) (nullable): the templates shown
 */
OkTemplateCatalog *
ok_templates_view_get_catalog (OkTemplatesView *self)
{
  g_return_val_if_fail (OK_IS_TEMPLATES_VIEW (self), NULL);
  return self->catalog;
}

/**
 * ok_templates_view_open:
 * @self: the view
 * @template_id: a template
 * @language: a language code of the catalogue
 *
 * Opens the translation in the editor.
 */
void
ok_templates_view_open (OkTemplatesView *self,
                        const char      *template_id,
                        const char      *language)
{
  g_return_if_fail (OK_IS_TEMPLATES_VIEW (self));
  g_return_if_fail (self->catalog != NULL);

  open_now (self, template_id, language);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Adding a family by hand, or correcting one: names, home languages, the
 * channel that works, consent. A new family can bring its first parent. */
#define G_LOG_DOMAIN "ok-family-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-conflict-dialog.h"
#include "ok-family-editor.h"
#include "ok-language-table.h"
#include "ok-store-conflict.h"
#include "ok-store-family.h"

/* The channels a family can prefer, in the order of the combo row. */
static const OkChannel channels[] = {
  OK_CHANNEL_WHATSAPP, OK_CHANNEL_SMS, OK_CHANNEL_PHONE, OK_CHANNEL_EMAIL, OK_CHANNEL_LETTER,
};

struct _OkFamilyEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton *save_button;
  AdwEntryRow *name_row;
  AdwPreferencesGroup *languages_group;
  AdwEntryRow *languages_row;
  AdwComboRow *channel_row;
  GtkSwitch *interpreter_switch;
  GtkSwitch *consent_contact_switch;
  GtkSwitch *consent_photos_switch;
  GtkSwitch *reads_switch;
  AdwEntryRow *postcode_row;
  AdwEntryRow *house_row;
  AdwEntryRow *notes_row;
  AdwPreferencesGroup *parent_group;
  AdwEntryRow *parent_name_row;
  AdwEntryRow *parent_phone_row;
  AdwEntryRow *parent_email_row;

  /* Owned references */
  OkStore *store;
  OkFamily *family;
};

G_DEFINE_FINAL_TYPE (OkFamilyEditor, ok_family_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
text_of (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static const char *
or_null (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

static GStrv
language_codes (OkFamilyEditor *self)
{
  g_autofree char *text = g_ascii_strdown (gtk_editable_get_text (GTK_EDITABLE (self->languages_row)), -1);
  g_auto(GStrv) parts = g_strsplit_set (text, ", ;/", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

static void
on_changed_cb (OkFamilyEditor *self)
{
  g_autofree char *name = text_of (self->name_row);
  g_auto(GStrv) codes = language_codes (self);
  g_autofree char *names = ok_language_list_text ((const char * const *) codes);

  adw_preferences_group_set_description (self->languages_group,
                                         *names != '\0' ? names
                                         : _("ISO codes, the main language first: tr, nl"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", *name != '\0');
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
load_family (OkFamilyEditor *self,
             OkFamily       *family)
{
  g_autofree char *languages = ok_family_get_languages (family) != NULL
                               ? g_strjoinv (", ", (char **) ok_family_get_languages (family)) : NULL;

  set_text (self->name_row, ok_family_get_name (family));
  set_text (self->languages_row, languages);
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    if (channels[i] == ok_family_get_preferred_channel (family))
      adw_combo_row_set_selected (self->channel_row, i);
  gtk_switch_set_active (self->interpreter_switch, ok_family_get_interpreter_needed (family));
  gtk_switch_set_active (self->consent_contact_switch, ok_family_get_consent_contact_parent (family));
  gtk_switch_set_active (self->consent_photos_switch, ok_family_get_consent_photos (family));
  gtk_switch_set_active (self->reads_switch, ok_family_get_reads_no_language (family));
  set_text (self->postcode_row, ok_family_get_postcode (family));
  set_text (self->house_row, ok_family_get_house_number (family));
  set_text (self->notes_row, ok_family_get_notes (family));
}

/* overwrite: the user chose to save over what another coordinator saved
 * since the editor read the family. */
static gboolean
save (OkFamilyEditor  *self,
      gboolean         overwrite,
      GError         **error)
{
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autofree char *name = text_of (self->name_row);
  g_autofree char *postcode = text_of (self->postcode_row);
  g_autofree char *house = text_of (self->house_row);
  g_autofree char *notes = text_of (self->notes_row);
  g_autofree char *parent_name = text_of (self->parent_name_row);
  g_autofree char *parent_phone = text_of (self->parent_phone_row);
  g_autofree char *parent_email = text_of (self->parent_email_row);
  g_auto(GStrv) languages = language_codes (self);
  guint channel = adw_combo_row_get_selected (self->channel_row);

  if (self->family != NULL)
    {
      ok_family_set_id (family, ok_family_get_id (self->family));
      ok_family_set_school_id (family, ok_family_get_school_id (self->family));
      ok_family_set_version (family, ok_family_get_version (self->family));
    }
  ok_family_set_name (family, name);
  ok_family_set_languages (family, (const char * const *) languages);
  ok_family_set_preferred_channel (family, channels[MIN (channel, G_N_ELEMENTS (channels) - 1)]);
  ok_family_set_interpreter_needed (family, gtk_switch_get_active (self->interpreter_switch));
  ok_family_set_consent_contact_parent (family, gtk_switch_get_active (self->consent_contact_switch));
  ok_family_set_consent_photos (family, gtk_switch_get_active (self->consent_photos_switch));
  ok_family_set_reads_no_language (family, gtk_switch_get_active (self->reads_switch));
  ok_family_set_postcode (family, or_null (postcode));
  ok_family_set_house_number (family, or_null (house));
  ok_family_set_notes (family, or_null (notes));

  if (self->family != NULL)
    {
      if (!(overwrite ? ok_store_family_overwrite (self->store, family, error)
                      : ok_store_family_update (self->store, family, error)))
        return FALSE;
    }
  else
    {
      if (!ok_store_begin (self->store, error))
        return FALSE;
      if (!ok_store_family_insert (self->store, family, error))
        {
          ok_store_rollback (self->store);
          return FALSE;
        }
      if (*parent_name != '\0')
        {
          g_autoptr(OkParent) parent = ok_parent_new ();

          ok_parent_set_family_id (parent, ok_family_get_id (family));
          ok_parent_set_name (parent, parent_name);
          ok_parent_set_phone (parent, or_null (parent_phone));
          ok_parent_set_email (parent, or_null (parent_email));
          if (!ok_store_parent_insert (self->store, parent, error))
            {
              ok_store_rollback (self->store);
              return FALSE;
            }
        }
      if (!ok_store_commit (self->store, error))
        return FALSE;
    }

  g_signal_emit (self, signals[SAVED], 0, ok_family_get_id (family));
  return TRUE;
}

gboolean
ok_family_editor_save (OkFamilyEditor  *self,
                       GError         **error)
{
  g_return_val_if_fail (OK_IS_FAMILY_EDITOR (self), FALSE);

  return save (self, FALSE, error);
}

static gboolean
save_editor (GtkWindow  *editor,
             gboolean    overwrite,
             GError    **error)
{
  return save (OK_FAMILY_EDITOR (editor), overwrite, error);
}

static gboolean
reload_editor (GtkWindow  *editor,
               GError    **error)
{
  OkFamilyEditor *self = OK_FAMILY_EDITOR (editor);
  g_autoptr(OkFamily) theirs = ok_store_family_get (self->store, ok_family_get_id (self->family), error);

  if (theirs == NULL)
    return FALSE;
  g_set_object (&self->family, theirs);
  load_family (self, theirs);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ok_conflict_dialog_save (GTK_WINDOW (widget), _("Could not save the family"), save_editor, reload_editor);
}

static void
ok_family_editor_dispose (GObject *object)
{
  OkFamilyEditor *self = OK_FAMILY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_FAMILY_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->family);

  G_OBJECT_CLASS (ok_family_editor_parent_class)->dispose (object);
}

static void
ok_family_editor_class_init (OkFamilyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_family_editor_dispose;

  /**
   * OkFamilyEditor::saved:
   * @id: the id of the family as stored
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-family-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, languages_group);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, languages_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, channel_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, interpreter_switch);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, consent_contact_switch);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, consent_photos_switch);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, reads_switch);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, postcode_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, house_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, parent_group);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, parent_name_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, parent_phone_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyEditor, parent_email_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ok_family_editor_init (OkFamilyEditor *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    gtk_string_list_append (labels, ok_enum_to_label (OK_TYPE_CHANNEL, channels[i]));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (labels));
}

OkFamilyEditor *
ok_family_editor_new (GtkWindow *parent,
                      OkStore   *store,
                      OkFamily  *family)
{
  OkFamilyEditor *self = g_object_new (OK_TYPE_FAMILY_EDITOR, "transient-for", parent, "modal", TRUE, NULL);

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->family = family != NULL ? g_object_ref (family) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->parent_group), family == NULL);
  adw_window_title_set_title (self->window_title, family != NULL ? _("Edit Family") : _("New Family"));
  gtk_button_set_label (self->save_button, family != NULL ? _("_Save") : _("_Add"));

  if (family != NULL)
    load_family (self, family);
  on_changed_cb (self);
  return self;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A parent or caregiver of a family: name and how to reach them. */
#define G_LOG_DOMAIN "ok-parent-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-conflict-dialog.h"
#include "ok-parent-editor.h"
#include "ok-store-conflict.h"
#include "ok-store-family.h"

struct _OkParentEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton *save_button;
  AdwEntryRow *name_row;
  AdwEntryRow *phone_row;
  AdwEntryRow *email_row;

  /* Owned references */
  OkStore *store;
  OkParent *person;
  gint64 family_id;
};

G_DEFINE_FINAL_TYPE (OkParentEditor, ok_parent_editor, ADW_TYPE_WINDOW)

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

static void
on_changed_cb (OkParentEditor *self)
{
  g_autofree char *name = text_of (self->name_row);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", *name != '\0');
}

static void
load_parent (OkParentEditor *self,
             OkParent       *person)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ok_parent_get_name (person));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), ok_parent_get_phone (person) ?: "");
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), ok_parent_get_email (person) ?: "");
}

/* overwrite: the user chose to save over what another coordinator saved
 * since the editor read the parent. */
static gboolean
save (OkParentEditor  *self,
      gboolean         overwrite,
      GError         **error)
{
  g_autoptr(OkParent) parent = ok_parent_new ();
  g_autofree char *name = text_of (self->name_row);
  g_autofree char *phone = text_of (self->phone_row);
  g_autofree char *email = text_of (self->email_row);
  gboolean saved;

  if (self->person != NULL)
    {
      ok_parent_set_id (parent, ok_parent_get_id (self->person));
      ok_parent_set_school_id (parent, ok_parent_get_school_id (self->person));
      ok_parent_set_version (parent, ok_parent_get_version (self->person));
      ok_parent_set_walk_in (parent, ok_parent_get_walk_in (self->person));
    }
  ok_parent_set_family_id (parent, self->family_id);
  ok_parent_set_name (parent, name);
  ok_parent_set_phone (parent, *phone != '\0' ? phone : NULL);
  ok_parent_set_email (parent, *email != '\0' ? email : NULL);

  if (self->person == NULL)
    saved = ok_store_parent_insert (self->store, parent, error);
  else if (overwrite)
    saved = ok_store_parent_overwrite (self->store, parent, error);
  else
    saved = ok_store_parent_update (self->store, parent, error);
  if (!saved)
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, ok_parent_get_id (parent));
  return TRUE;
}

gboolean
ok_parent_editor_save (OkParentEditor  *self,
                       GError         **error)
{
  g_return_val_if_fail (OK_IS_PARENT_EDITOR (self), FALSE);

  return save (self, FALSE, error);
}

static gboolean
save_editor (GtkWindow  *editor,
             gboolean    overwrite,
             GError    **error)
{
  return save (OK_PARENT_EDITOR (editor), overwrite, error);
}

static gboolean
reload_editor (GtkWindow  *editor,
               GError    **error)
{
  OkParentEditor *self = OK_PARENT_EDITOR (editor);
  g_autoptr(OkParent) theirs = ok_store_parent_get (self->store, ok_parent_get_id (self->person), error);

  if (theirs == NULL)
    return FALSE;
  g_set_object (&self->person, theirs);
  load_parent (self, theirs);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ok_conflict_dialog_save (GTK_WINDOW (widget), _("Could not save the parent"), save_editor, reload_editor);
}

static void
ok_parent_editor_dispose (GObject *object)
{
  OkParentEditor *self = OK_PARENT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_PARENT_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (ok_parent_editor_parent_class)->dispose (object);
}

static void
ok_parent_editor_class_init (OkParentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_parent_editor_dispose;

  /**
   * OkParentEditor::saved:
   * @id: the id of the parent as stored
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-parent-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OkParentEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkParentEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OkParentEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OkParentEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, OkParentEditor, email_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ok_parent_editor_init (OkParentEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OkParentEditor *
ok_parent_editor_new (GtkWindow *parent,
                      OkStore   *store,
                      gint64     family_id,
                      OkParent  *person)
{
  OkParentEditor *self = g_object_new (OK_TYPE_PARENT_EDITOR, "transient-for", parent, "modal", TRUE, NULL);

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->family_id = family_id;
  self->person = person != NULL ? g_object_ref (person) : NULL;
  adw_window_title_set_title (self->window_title, person != NULL ? _("Edit Parent") : _("New Parent"));
  gtk_button_set_label (self->save_button, person != NULL ? _("_Save") : _("_Add"));
  if (person != NULL)
    load_parent (self, person);
  on_changed_cb (self);
  return self;
}

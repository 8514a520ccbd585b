/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A pupil of a family: name, group and when they came to the school. */
#define G_LOG_DOMAIN "ok-child-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-child-editor.h"
#include "ok-date-text.h"
#include "ok-store-family.h"
#include "ok-time.h"

struct _OkChildEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton *save_button;
  AdwEntryRow *first_row;
  AdwEntryRow *infix_row;
  AdwEntryRow *last_row;
  AdwEntryRow *group_row;
  AdwEntryRow *number_row;
  AdwEntryRow *from_row;
  AdwEntryRow *until_row;

  /* Owned references */
  OkStore *store;
  OkChild *child;
  gint64 family_id;
};

G_DEFINE_FINAL_TYPE (OkChildEditor, ok_child_editor, ADW_TYPE_WINDOW)

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
  return *text != '\0' ? text : NULL;
}

static gboolean
check_date (AdwEntryRow *row,
            gboolean     optional)
{
  g_autofree char *text = text_of (row);
  g_autoptr(GDate) date = ok_date_text_parse (text);
  gboolean ok = date != NULL || (optional && *text == '\0');

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  return ok;
}

static void
on_changed_cb (OkChildEditor *self)
{
  g_autofree char *first = text_of (self->first_row);
  g_autofree char *last = text_of (self->last_row);
  gboolean from_ok = check_date (self->from_row, FALSE);
  gboolean until_ok = check_date (self->until_row, TRUE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save",
                                 *first != '\0' && *last != '\0' && from_ok && until_ok);
}

static char *
iso_of (AdwEntryRow *row)
{
  g_autofree char *text = text_of (row);
  g_autoptr(GDate) date = ok_date_text_parse (text);

  return date != NULL ? ok_date_format (date) : NULL;
}

gboolean
ok_child_editor_save (OkChildEditor  *self,
                      GError        **error)
{
  g_autoptr(OkChild) child = ok_child_new ();
  g_autofree char *first = text_of (self->first_row);
  g_autofree char *infix = text_of (self->infix_row);
  g_autofree char *last = text_of (self->last_row);
  g_autofree char *group = text_of (self->group_row);
  g_autofree char *number = text_of (self->number_row);
  g_autofree char *from = iso_of (self->from_row);
  g_autofree char *until = iso_of (self->until_row);
  gboolean saved;

  g_return_val_if_fail (OK_IS_CHILD_EDITOR (self), FALSE);

  if (self->child != NULL)
    {
      ok_child_set_id (child, ok_child_get_id (self->child));
      ok_child_set_school_id (child, ok_child_get_school_id (self->child));
    }
  ok_child_set_family_id (child, self->family_id);
  ok_child_set_first_name (child, first);
  ok_child_set_infix (child, or_null (infix));
  ok_child_set_last_name (child, last);
  ok_child_set_group (child, or_null (group));
  ok_child_set_pupil_number (child, or_null (number));
  ok_child_set_enrolled_from (child, from);
  ok_child_set_enrolled_until (child, until);

  saved = self->child != NULL ? ok_store_child_update (self->store, child, error)
                              : ok_store_child_insert (self->store, child, error);
  if (!saved)
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, ok_child_get_id (child));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OkChildEditor *self = OK_CHILD_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (ok_child_editor_save (self, &error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could not save the pupil"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ok_child_editor_dispose (GObject *object)
{
  OkChildEditor *self = OK_CHILD_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_CHILD_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->child);

  G_OBJECT_CLASS (ok_child_editor_parent_class)->dispose (object);
}

static void
ok_child_editor_class_init (OkChildEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_child_editor_dispose;

  /**
   * OkChildEditor::saved:
   * @id: the id of the pupil as stored
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-child-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OkChildEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkChildEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OkChildEditor, first_row);
  gtk_widget_class_bind_template_child (widget_class, OkChildEditor, infix_row);
  gtk_widget_class_bind_template_child (widget_class, OkChildEditor, last_row);
  gtk_widget_class_bind_template_child (widget_class, OkChildEditor, group_row);
  gtk_widget_class_bind_template_child (widget_class, OkChildEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, OkChildEditor, from_row);
  gtk_widget_class_bind_template_child (widget_class, OkChildEditor, until_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ok_child_editor_init (OkChildEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
set_date (AdwEntryRow *row,
          const char  *iso)
{
  g_autoptr(GDate) date = ok_date_parse (iso);
  g_autofree char *text = date != NULL ? ok_date_text_numeric (date) : NULL;

  set_text (row, text);
}

OkChildEditor *
ok_child_editor_new (GtkWindow *parent,
                     OkStore   *store,
                     OkFamily  *family,
                     OkChild   *child)
{
  OkChildEditor *self = g_object_new (OK_TYPE_CHILD_EDITOR, "transient-for", parent, "modal", TRUE, NULL);

  g_return_val_if_fail (OK_IS_STORE (store), NULL);
  g_return_val_if_fail (OK_IS_FAMILY (family), NULL);

  self->store = g_object_ref (store);
  self->family_id = ok_family_get_id (family);
  self->child = child != NULL ? g_object_ref (child) : NULL;
  adw_window_title_set_title (self->window_title, child != NULL ? _("Edit Pupil") : _("New Pupil"));
  gtk_button_set_label (self->save_button, child != NULL ? _("_Save") : _("_Add"));

  if (child != NULL)
    {
      set_text (self->first_row, ok_child_get_first_name (child));
      set_text (self->infix_row, ok_child_get_infix (child));
      set_text (self->last_row, ok_child_get_last_name (child));
      set_text (self->group_row, ok_child_get_group (child));
      set_text (self->number_row, ok_child_get_pupil_number (child));
      set_date (self->from_row, ok_child_get_enrolled_from (child));
      set_date (self->until_row, ok_child_get_enrolled_until (child));
    }
  else
    {
      g_autoptr(GDate) today = ok_date_today ();
      g_autofree char *date = ok_date_text_numeric (today);

      set_text (self->last_row, ok_family_get_name (family));
      set_text (self->from_row, date);
    }
  on_changed_cb (self);
  return self;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A save that found the row changed by another coordinator (the version
 * column moved on): instead of a plain error, the choice between their
 * version (reload it into the editor) and ours (overwrite theirs). Nothing
 * is written until the user chooses. */
#define G_LOG_DOMAIN "ok-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-conflict-dialog.h"
#include "ok-store.h"

struct _OkConflictDialog
{
  AdwMessageDialog parent_instance;

  /* Set by ok_conflict_dialog_save () */
  GtkWindow *editor;
  char *failure_title;
  OkEditorSaveFunc save;
  OkEditorReloadFunc reload;
};

G_DEFINE_FINAL_TYPE (OkConflictDialog, ok_conflict_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* An editor closes itself from this dialog's answer, before the dialog
 * closes; GTK 4.8 would then unlink the dialog from an editor already
 * freed. */
static void
on_parent_destroyed_cb (OkConflictDialog *self)
{
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
}

static void
ok_conflict_dialog_finalize (GObject *object)
{
  OkConflictDialog *self = OK_CONFLICT_DIALOG (object);

  g_clear_weak_pointer (&self->editor);
  g_free (self->failure_title);

  G_OBJECT_CLASS (ok_conflict_dialog_parent_class)->finalize (object);
}

static void
ok_conflict_dialog_class_init (OkConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ok_conflict_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-conflict-dialog.ui");
}

static void
ok_conflict_dialog_init (OkConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OkConflictDialog *
ok_conflict_dialog_new (GtkWindow    *parent,
                        const GError *error)
{
  OkConflictDialog *self = g_object_new (OK_TYPE_CONFLICT_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  g_return_val_if_fail (error != NULL, self);

  if (parent != NULL)
    g_signal_connect_object (parent, "destroy", G_CALLBACK (on_parent_destroyed_cb), self, G_CONNECT_SWAPPED);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self), "%s.\n\n%s", error->message,
                                  _("Reload shows their version here and drops your changes; "
                                    "Overwrite saves your version over theirs."));
  return self;
}

static void
show_failure (GtkWindow    *editor,
              const char   *title,
              const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (editor, title, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_response_cb (OkConflictDialog *self,
                const char       *response)
{
  g_autoptr(GError) error = NULL;

  if (self->editor == NULL)
    return;
  if (g_str_equal (response, "overwrite"))
    {
      if (self->save (self->editor, TRUE, &error))
        gtk_window_destroy (self->editor);
      else
        show_failure (self->editor, self->failure_title, error);
    }
  else if (g_str_equal (response, "reload"))
    {
      if (!self->reload (self->editor, &error))
        show_failure (self->editor, self->failure_title, error);
    }
}

/**
 * ok_conflict_dialog_save:
 * @editor: an editor window of a stored row
 * @failure_title: what the error dialog says when saving fails
 * @save: the editor's save
 * @reload: how the editor reads the stored version again
 *
 * Saves and closes @editor. When another coordinator saved the same row
 * since the editor read it, asks whether to reload or overwrite, and does
 * that; any other failure is shown and the editor stays open.
 */
void
ok_conflict_dialog_save (GtkWindow          *editor,
                         const char         *failure_title,
                         OkEditorSaveFunc    save,
                         OkEditorReloadFunc  reload)
{
  g_autoptr(GError) error = NULL;
  OkConflictDialog *self;

  g_return_if_fail (GTK_IS_WINDOW (editor));
  g_return_if_fail (save != NULL && reload != NULL);

  if (save (editor, FALSE, &error))
    {
      gtk_window_destroy (editor);
      return;
    }
  if (!g_error_matches (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT))
    {
      show_failure (editor, failure_title, error);
      return;
    }

  self = ok_conflict_dialog_new (editor, error);
  g_set_weak_pointer (&self->editor, editor);
  self->failure_title = g_strdup (failure_title);
  self->save = save;
  self->reload = reload;
  g_signal_connect (self, "response", G_CALLBACK (on_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (self));
}

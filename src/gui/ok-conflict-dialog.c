/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A save that found the row changed by another coordinator (the version
 * column moved on): instead of a plain error, the choice between their
 * version (reload it into the editor) and ours (overwrite theirs). Nothing
 * is written until the user chooses. */
#define G_LOG_DOMAIN "ok-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-conflict-dialog.h"

struct _OkConflictDialog
{
  AdwMessageDialog parent_instance;
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
ok_conflict_dialog_class_init (OkConflictDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

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

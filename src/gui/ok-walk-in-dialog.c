/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Someone at the door who is not in the database: a name, and if they
 * like a phone number and the language spoken at home. */
#define G_LOG_DOMAIN "ok-walk-in-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-language-table.h"
#include "ok-phone.h"
#include "ok-walk-in-dialog.h"

struct _OkWalkInDialog
{
  AdwMessageDialog parent_instance;

  /* Template widgets */
  AdwEntryRow *name_row;
  AdwEntryRow *phone_row;
  AdwComboRow *language_row;
};

G_DEFINE_FINAL_TYPE (OkWalkInDialog, ok_walk_in_dialog, ADW_TYPE_MESSAGE_DIALOG)

/* A name is needed; a phone number may be left out, but what is typed
 * must be one. */
static void
fields_changed_cb (OkWalkInDialog *self)
{
  g_autofree char *name = ok_walk_in_dialog_dup_name (self);
  g_autofree char *phone = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->phone_row))));
  g_autofree char *e164 = *phone != '\0' ? ok_phone_normalize (phone) : NULL;
  gboolean phone_ok = *phone == '\0' || e164 != NULL;

  if (phone_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->phone_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->phone_row), "error");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "add", *name != '\0' && phone_ok);
}

static void
entry_activated_cb (OkWalkInDialog *self)
{
  /* Unlike a click on the button, a response given here leaves the
   * dialog open. */
  if (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (self), "add"))
    {
      adw_message_dialog_response (ADW_MESSAGE_DIALOG (self), "add");
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static void
ok_walk_in_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OK_TYPE_WALK_IN_DIALOG);

  G_OBJECT_CLASS (ok_walk_in_dialog_parent_class)->dispose (object);
}

static void
ok_walk_in_dialog_class_init (OkWalkInDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_walk_in_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-walk-in-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OkWalkInDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, OkWalkInDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, OkWalkInDialog, language_row);
  gtk_widget_class_bind_template_callback (widget_class, fields_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
}

static void
ok_walk_in_dialog_init (OkWalkInDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The first choice stands for "not asked". */
  gtk_string_list_append (names, C_("check-in language", "Not given"));
  for (const char * const *code = ok_language_check_in_codes (); *code != NULL; code++)
    gtk_string_list_append (names, ok_language_check_in_name (*code));
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
}

OkWalkInDialog *
ok_walk_in_dialog_new (GtkWindow  *parent,
                       const char *name)
{
  OkWalkInDialog *self = g_object_new (OK_TYPE_WALK_IN_DIALOG, "transient-for", parent, NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name != NULL ? name : "");
  gtk_editable_set_position (GTK_EDITABLE (self->name_row), -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

char *
ok_walk_in_dialog_dup_name (OkWalkInDialog *self)
{
  g_return_val_if_fail (OK_IS_WALK_IN_DIALOG (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
}

char *
ok_walk_in_dialog_dup_phone (OkWalkInDialog *self)
{
  g_return_val_if_fail (OK_IS_WALK_IN_DIALOG (self), NULL);

  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->phone_row))));
}

void
ok_walk_in_dialog_set_phone (OkWalkInDialog *self,
                             const char     *phone)
{
  g_return_if_fail (OK_IS_WALK_IN_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), phone != NULL ? phone : "");
}

/* The ISO 639 code, or NULL when not given. */
const char *
ok_walk_in_dialog_get_language (OkWalkInDialog *self)
{
  const char * const *codes = ok_language_check_in_codes ();
  guint selected;

  g_return_val_if_fail (OK_IS_WALK_IN_DIALOG (self), NULL);

  selected = adw_combo_row_get_selected (self->language_row);
  if (selected == 0 || selected > g_strv_length ((char **) codes))
    return NULL;
  return codes[selected - 1];
}

void
ok_walk_in_dialog_set_language (OkWalkInDialog *self,
                                const char     *code)
{
  const char * const *codes = ok_language_check_in_codes ();

  g_return_if_fail (OK_IS_WALK_IN_DIALOG (self));

  if (code == NULL)
    adw_combo_row_set_selected (self->language_row, 0);
  for (guint i = 0; code != NULL && codes[i] != NULL; i++)
    if (g_str_equal (codes[i], code))
      adw_combo_row_set_selected (self->language_row, i + 1);
}

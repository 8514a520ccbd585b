/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the family page changes: the family, its parents and pupils in
 * their editors, a parent made contact parent, a contact logged in two
 * clicks (the button, then the channel), and removals the window's toast
 * can still undo: the row hides at once and the store forgets it when the
 * toast is gone. */
#define G_LOG_DOMAIN "ok-family-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-child-editor.h"
#include "ok-date-text.h"
#include "ok-enums.h"
#include "ok-family-editor.h"
#include "ok-family-page-private.h"
#include "ok-parent-editor.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-time.h"
#include "ok-window.h"

static void
report (OkFamilyPage *self,
        const char   *title,
        const GError *error)
{
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));

  if (window != NULL)
    ok_window_report_error (window, title, error);
  else
    g_warning ("%s: %s", title, error->message);
}

static void
changed (OkFamilyPage *self,
         OkDataKind    what)
{
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));

  if (window != NULL)
    ok_window_data_changed (window, what);
  else
    ok_family_page_reload (self);
}

/* Editors */

static void
on_saved_cb (GtkWidget    *editor,
             gint64        id,
             OkFamilyPage *self)
{
  changed (self, OK_DATA_FAMILIES);
}

static GtkWindow *
parent_window (OkFamilyPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
present_editor (OkFamilyPage *self,
                GtkWidget    *editor)
{
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (widget);

  if (self->family != NULL)
    present_editor (self, GTK_WIDGET (ok_family_editor_new (parent_window (self), self->store, self->family)));
}

static void
add_parent_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (widget);

  present_editor (self, GTK_WIDGET (ok_parent_editor_new (parent_window (self), self->store,
                                                          self->family_id, NULL)));
}

static void
edit_parent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (widget);
  g_autoptr(OkParent) parent = ok_store_parent_get (self->store, g_variant_get_int64 (parameter), NULL);

  if (parent != NULL)
    present_editor (self, GTK_WIDGET (ok_parent_editor_new (parent_window (self), self->store,
                                                            self->family_id, parent)));
}

static void
add_child_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (widget);

  present_editor (self, GTK_WIDGET (ok_child_editor_new (parent_window (self), self->store,
                                                         self->family, NULL)));
}

static void
edit_child_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (widget);
  g_autoptr(OkChild) child = ok_store_child_get (self->store, g_variant_get_int64 (parameter), NULL);

  if (child != NULL)
    present_editor (self, GTK_WIDGET (ok_child_editor_new (parent_window (self), self->store,
                                                           self->family, child)));
}

static void
make_contact_parent_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(OkParent) parent = ok_store_parent_get (self->store, g_variant_get_int64 (parameter), NULL);
  OkWindow *window = ok_window_for_widget (widget);
  gint64 id;

  if (parent == NULL)
    return;
  id = ok_store_contact_parent_add (self->store, ok_parent_get_id (parent), NULL, &error);
  if (id <= 0)
    {
      report (self, _("Could not make this parent a contact parent"), error);
      return;
    }
  /* A new contact parent covers at least the own family. */
  ok_store_coverage_add (self->store, id, OK_COVERAGE_FAMILY, self->family_id, NULL, NULL);
  if (window != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s is now a contact parent"), ok_parent_get_name (parent));
      ok_window_show_toast (window, message);
    }
  changed (self, OK_DATA_CONTACTS);
}

/* Logging a contact */

static void
log_contact_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (widget);
  g_autoptr(OkContactMoment) moment = ok_contact_moment_new ();
  g_autoptr(GDate) today = ok_date_today ();
  g_autofree char *date = ok_date_format (today);
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  g_autoptr(GError) error = NULL;
  OkWindow *window = ok_window_for_widget (widget);
  int channel = OK_CHANNEL_PHONE;
  const char *by = g_get_real_name ();

  if (self->family == NULL)
    return;
  ok_enum_from_nick (OK_TYPE_CHANNEL, g_variant_get_string (parameter, NULL), &channel);
  ok_contact_moment_set_family_id (moment, self->family_id);
  ok_contact_moment_set_channel (moment, channel);
  ok_contact_moment_set_date (moment, date);
  ok_contact_moment_set_note (moment, *note != '\0' ? note : NULL);
  ok_contact_moment_set_by_name (moment, by != NULL && g_strcmp0 (by, "Unknown") != 0 ? by : g_get_user_name ());
  if (!ok_store_contact_moment_insert (self->store, moment, &error))
    {
      report (self, _("Could not log the contact"), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  if (window != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Contact by %s logged"),
                                                  ok_enum_to_label (OK_TYPE_CHANNEL, channel));
      ok_window_show_toast (window, message);
    }
  changed (self, OK_DATA_CONTACTS);
}

/* Removing with undo */

typedef struct {
  OkFamilyPage *page;
  char *key;
  gint64 id;
} Removal;

static void
removal_free (Removal *removal)
{
  g_object_unref (removal->page);
  g_free (removal->key);
  g_free (removal);
}

static void
commit_removal (gpointer data)
{
  Removal *removal = data;
  OkFamilyPage *self = removal->page;
  g_autoptr(GError) error = NULL;
  gboolean done;

  g_hash_table_remove (self->hidden, removal->key);
  if (g_str_has_prefix (removal->key, "parent:"))
    done = ok_store_parent_delete (self->store, removal->id, &error);
  else if (g_str_has_prefix (removal->key, "child:"))
    done = ok_store_child_delete (self->store, removal->id, &error);
  else
    done = ok_store_contact_moment_delete (self->store, removal->id, &error);
  if (!done && !g_error_matches (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND))
    report (self, _("Could not remove it"), error);
  changed (self, OK_DATA_FAMILIES | OK_DATA_CONTACTS);
}

static void
revert_removal (gpointer data)
{
  Removal *removal = data;

  g_hash_table_remove (removal->page->hidden, removal->key);
  ok_family_page_reload (removal->page);
}

static void
remove_with_undo (OkFamilyPage *self,
                  const char   *kind,
                  gint64        id,
                  const char   *message)
{
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));
  Removal *removal;

  if (window == NULL)
    return;
  removal = g_new0 (Removal, 1);
  removal->page = g_object_ref (self);
  removal->id = id;
  removal->key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, kind, id);
  g_hash_table_add (self->hidden, g_strdup (removal->key));
  ok_family_page_reload (self);
  ok_window_remove_with_undo (window, message, commit_removal, revert_removal, removal,
                              (GDestroyNotify) removal_free);
}

static void
delete_parent_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (widget);
  g_autoptr(OkParent) parent = ok_store_parent_get (self->store, g_variant_get_int64 (parameter), NULL);
  g_autofree char *message = NULL;

  if (parent == NULL)
    return;
  message = g_strdup_printf (_("%s removed"), ok_parent_get_name (parent));
  remove_with_undo (self, "parent", ok_parent_get_id (parent), message);
}

static void
delete_child_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (widget);
  g_autoptr(OkChild) child = ok_store_child_get (self->store, g_variant_get_int64 (parameter), NULL);
  g_autofree char *message = NULL;

  if (child == NULL)
    return;
  message = g_strdup_printf (_("%s removed"), ok_child_get_first_name (child));
  remove_with_undo (self, "child", ok_child_get_id (child), message);
}

static void
delete_contact_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  remove_with_undo (OK_FAMILY_PAGE (widget), "moment", g_variant_get_int64 (parameter),
                    _("Contact moment removed"));
}

void
_ok_family_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "family.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "family.add-parent", NULL, add_parent_action);
  gtk_widget_class_install_action (widget_class, "family.edit-parent", "x", edit_parent_action);
  gtk_widget_class_install_action (widget_class, "family.delete-parent", "x", delete_parent_action);
  gtk_widget_class_install_action (widget_class, "family.add-child", NULL, add_child_action);
  gtk_widget_class_install_action (widget_class, "family.edit-child", "x", edit_child_action);
  gtk_widget_class_install_action (widget_class, "family.delete-child", "x", delete_child_action);
  gtk_widget_class_install_action (widget_class, "family.make-contact-parent", "x", make_contact_parent_action);
  gtk_widget_class_install_action (widget_class, "family.log-contact", "s", log_contact_action);
  gtk_widget_class_install_action (widget_class, "family.delete-contact", "x", delete_contact_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "family.edit", NULL);
}

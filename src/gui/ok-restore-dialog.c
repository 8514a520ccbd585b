/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Going back to a backup of the school's SQLite database: the backups with
 * their date, their kind and what each holds (read from the file itself),
 * then a confirmation. The restore itself is the application's: it closes
 * every window that uses the database, restores in a worker thread and
 * opens a new window. On a board's PostgreSQL server the board makes the
 * backups with pg_dump, and the dialog says so instead. */
#define G_LOG_DOMAIN "ok-restore-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ok-application.h"
#include "ok-date-text.h"
#include "ok-restore-dialog.h"
#include "ok-store-backup.h"
#include "ok-time.h"

struct _OkRestoreDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkListBox *list_box;
  AdwStatusPage *status_page;
  GtkWidget *cancel_button;

  /* Owned references */
  GListStore *backups;        /* OkBackup, newest first */
  GCancellable *loading;
  gboolean loaded;
};

G_DEFINE_FINAL_TYPE (OkRestoreDialog, ok_restore_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_LOADED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_message (OkRestoreDialog *self,
              const char      *title,
              const char      *description)
{
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_stack_set_visible_child_name (self->stack, "message");
}

/* Rows */

static char *
created_text (OkBackup *backup)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (ok_backup_get_created (backup), ok_time_zone ());
  g_autoptr(GDate) day = ok_date_from_time (local);
  g_autofree char *date = ok_date_text_long (day);
  g_autofree char *time = ok_date_text_time (local);

  return g_strdup_printf ("%s, %s", date, time);
}

/* The rotation keeps the newest backup of each of the last 7 days, 4
 * weeks and 12 months: an older daily one is what is left of its week or
 * month. */
static const char *
kind_text (OkBackup  *backup,
           GDateTime *now)
{
  GTimeSpan age = g_date_time_difference (now, ok_backup_get_created (backup));

  switch (ok_backup_get_kind (backup))
    {
    case OK_BACKUP_KIND_MANUAL:
      return _("Made by hand");
    case OK_BACKUP_KIND_BEFORE_RESTORE:
      return _("Kept before a restore");
    case OK_BACKUP_KIND_AUTO:
    default:
      if (age < 7 * G_TIME_SPAN_DAY)
        return _("Daily");
      if (age < 35 * G_TIME_SPAN_DAY)
        return _("Weekly");
      return _("Monthly");
    }
}

static char *
contents_text (OkBackup *backup)
{
  gint64 families = ok_backup_get_families (backup);
  gint64 parents = ok_backup_get_parents (backup);
  gint64 activities = ok_backup_get_activities (backup);
  gint64 attendance = ok_backup_get_attendance (backup);
  g_autofree char *a = g_strdup_printf (ngettext ("%" PRId64 " family", "%" PRId64 " families", families),
                                        families);
  g_autofree char *b = g_strdup_printf (ngettext ("%" PRId64 " parent", "%" PRId64 " parents", parents),
                                        parents);
  g_autofree char *c = g_strdup_printf (ngettext ("%" PRId64 " activity", "%" PRId64 " activities", activities),
                                        activities);
  g_autofree char *d = g_strdup_printf (ngettext ("%" PRId64 " attendance mark", "%" PRId64 " attendance marks",
                                                  attendance), attendance);

  return g_strdup_printf ("%s · %s · %s · %s", a, b, c, d);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  OkBackup *backup = item;
  GDateTime *now = user_data;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = created_text (backup);
  g_autofree char *contents = NULL;
  g_autofree char *subtitle = NULL;

  if (ok_backup_get_problem (backup) != NULL)
    {
      subtitle = g_strdup (ok_backup_get_problem (backup));
      gtk_widget_set_sensitive (row, FALSE);
    }
  else
    {
      contents = contents_text (backup);
      subtitle = g_strdup_printf ("%s · %s", kind_text (backup, now), contents);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("document-open-recent-symbolic"));
  return row;
}

static OkBackup *
selected_backup (OkRestoreDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list_box);

  if (row == NULL)
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->backups), gtk_list_box_row_get_index (row));
}

static void
on_selection_changed_cb (OkRestoreDialog *self)
{
  g_autoptr(OkBackup) backup = NULL;

  /* Rows go away one by one while the dialog is disposed. */
  if (self->list_box == NULL)
    return;
  backup = selected_backup (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "restore.restore",
                                 backup != NULL && ok_backup_get_problem (backup) == NULL);
}

/* Loading the list: each backup is opened to count what it holds. */

static void
list_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *backups = ok_backup_list (task_data, NULL, &error);

  if (backups == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, backups, (GDestroyNotify) g_ptr_array_unref);
}

static void
listed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  OkRestoreDialog *self = OK_RESTORE_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) backups = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->loading);
  if (backups == NULL)
    show_message (self, _("Could Not Read the Backups"), error->message);
  else if (backups->len == 0)
    show_message (self, _("No Backups Yet"),
                  _("Ouderkamer makes a backup of this database on every day it starts. "
                    "The first one is made at the next start."));
  else
    {
      g_list_store_splice (self->backups, 0, 0, backups->pdata, backups->len);
      gtk_stack_set_visible_child_name (self->stack, "list");
    }
  self->loaded = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

/* Restoring */

static void
on_confirmed_cb (OkRestoreDialog *self)
{
  g_autoptr(OkBackup) backup = selected_backup (self);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (backup == NULL || !OK_IS_APPLICATION (app))
    return;
  ok_restore_dialog_set_busy (self);
  ok_application_restore_backup (OK_APPLICATION (app), ok_backup_get_path (backup));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OkRestoreDialog *self = OK_RESTORE_DIALOG (widget);
  g_autoptr(OkBackup) backup = selected_backup (self);
  g_autofree char *when = NULL;
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;

  if (backup == NULL)
    return;
  when = created_text (backup);
  contents = contents_text (backup);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Restore This Backup?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("The database goes back to how it was on %s: %s. What was entered "
                                    "since then is not in it. The database as it is now is kept as a "
                                    "backup first, so this can be undone by restoring that one."),
                                  when, contents);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "restore", _("_Restore"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response::restore", G_CALLBACK (on_confirmed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The main window goes while this dialog shows the restore running; GTK
 * 4.8 would later unlink the dialog from a window already freed. */
static void
on_parent_destroyed_cb (OkRestoreDialog *self)
{
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
}

/* GObject */

static void
ok_restore_dialog_dispose (GObject *object)
{
  OkRestoreDialog *self = OK_RESTORE_DIALOG (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_RESTORE_DIALOG);
  g_clear_object (&self->backups);

  G_OBJECT_CLASS (ok_restore_dialog_parent_class)->dispose (object);
}

static void
ok_restore_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OkRestoreDialog *self = OK_RESTORE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_restore_dialog_class_init (OkRestoreDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_restore_dialog_dispose;
  object_class->get_property = ok_restore_dialog_get_property;

  /**
   * OkRestoreDialog:loaded:
   *
   * Whether the list of backups was read (or failed to be).
   */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-restore-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OkRestoreDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, OkRestoreDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, OkRestoreDialog, status_page);
  gtk_widget_class_bind_template_child (widget_class, OkRestoreDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "restore.restore", NULL, restore_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ok_restore_dialog_init (OkRestoreDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->backups = g_list_store_new (OK_TYPE_BACKUP);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->backups), create_row,
                           g_date_time_ref (now), (GDestroyNotify) g_date_time_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "restore.restore", FALSE);
}

/* Public API */

OkRestoreDialog *
ok_restore_dialog_new (GtkWindow  *parent,
                       const char *location)
{
  OkRestoreDialog *self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;

  g_return_val_if_fail (location != NULL, NULL);

  self = g_object_new (OK_TYPE_RESTORE_DIALOG, "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL, NULL);
  if (parent != NULL)
    g_signal_connect_object (parent, "destroy", G_CALLBACK (on_parent_destroyed_cb), self, G_CONNECT_SWAPPED);
  if (!ok_backup_supported (location, &error))
    {
      show_message (self, _("Backups Are Made on the Server"), error->message);
      self->loaded = TRUE;
      return self;
    }

  self->loading = g_cancellable_new ();
  task = g_task_new (self, self->loading, listed_cb, NULL);
  g_task_set_source_tag (task, ok_restore_dialog_new);
  g_task_set_task_data (task, g_strdup (location), g_free);
  g_task_run_in_thread (task, list_in_thread);
  return self;
}

gboolean
ok_restore_dialog_get_loaded (OkRestoreDialog *self)
{
  g_return_val_if_fail (OK_IS_RESTORE_DIALOG (self), FALSE);

  return self->loaded;
}

GListModel *
ok_restore_dialog_get_backups (OkRestoreDialog *self)
{
  g_return_val_if_fail (OK_IS_RESTORE_DIALOG (self), NULL);

  return G_LIST_MODEL (self->backups);
}

void
ok_restore_dialog_select (OkRestoreDialog *self,
                          guint            position)
{
  g_return_if_fail (OK_IS_RESTORE_DIALOG (self));

  gtk_list_box_select_row (self->list_box, gtk_list_box_get_row_at_index (self->list_box, position));
}

void
ok_restore_dialog_set_busy (OkRestoreDialog *self)
{
  g_return_if_fail (OK_IS_RESTORE_DIALOG (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "restore.restore", FALSE);
  gtk_widget_set_sensitive (self->cancel_button, FALSE);
  gtk_window_set_deletable (GTK_WINDOW (self), FALSE);
  adw_status_page_set_title (self->status_page, _("Restoring the Backup…"));
  adw_status_page_set_description (self->status_page,
                                   _("Ouderkamer opens again when the backup is in place."));
  gtk_stack_set_visible_child_name (self->stack, "message");
}

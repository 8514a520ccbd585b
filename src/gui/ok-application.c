/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ok-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-application.h"
#include "ok-checkin-window.h"
#include "ok-gui-resources.h"
#include "ok-help-window.h"
#include "ok-import-assistant.h"
#include "ok-preferences-window.h"
#include "ok-restore-dialog.h"
#include "ok-retention-dialog.h"
#include "ok-store-backup.h"
#include "ok-store-checkin.h"
#include "ok-transfer-dialog.h"
#include "ok-window.h"

/* How long a restore waits for the last user of the database to let go
 * before it tries anyway (and then says the database is in use). */
#define CLOSE_TIMEOUT_SECONDS 10

struct _OkApplication
{
  AdwApplication parent_instance;

  OkStore *store;
  char *location;
  gboolean backup_started;
  char *check_in;   /* --check-in: an activity id or "now" */

  /* A restore under way */
  char *restore_location;
  char *restore_path;
  OkStore *closing;         /* not owned: waited for to be finalized */
  guint close_timeout;
};

G_DEFINE_FINAL_TYPE (OkApplication, ok_application, ADW_TYPE_APPLICATION)

static void
show_open_error (OkApplication *self,
                 const GError  *error)
{
  GtkWidget *dialog = adw_message_dialog_new (NULL, _("Could not open the database"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A failed daily backup must not keep anyone from working: it is logged
 * and tried again at the next start. */
static void
daily_backup_done_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkBackup) backup = ok_store_backup_auto_finish (OK_STORE (source), result, &error);

  if (error != NULL)
    g_message ("Could not make the daily backup: %s", error->message);
  else if (backup != NULL)
    g_debug ("Daily backup %s", ok_backup_get_path (backup));
}

/* The day's backup, on a second connection in a worker thread, once a
 * run. */
static void
start_daily_backup (OkApplication *self)
{
  if (self->backup_started || self->store == NULL)
    return;
  self->backup_started = TRUE;
  ok_store_backup_auto_async (self->store, NULL, NULL, daily_backup_done_cb, NULL);
}

static gboolean
open_store (OkApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    self->store = ok_store_open (self->location, &error);
  if (self->store == NULL)
    {
      show_open_error (self, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
ensure_store (OkApplication *self)
{
  if (!open_store (self))
    return FALSE;
  start_daily_backup (self);
  return TRUE;
}

static void
show_message (OkApplication *self,
              const char    *heading,
              const char    *body)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_check_in (OkApplication *self,
               gint64         activity_id)
{
  g_autoptr(GError) error = NULL;
  OkCheckinWindow *window;

  /* One door per activity: a second click brings the open one forward. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (OK_IS_CHECKIN_WINDOW (l->data)
        && ok_checkin_window_get_activity_id (l->data) == activity_id)
      {
        gtk_window_present (l->data);
        return;
      }

  window = ok_checkin_window_new (GTK_APPLICATION (self), self->store, activity_id, &error);
  if (window == NULL)
    {
      show_message (self, _("Could not open the check-in"), error->message);
      return;
    }
  gtk_window_present (GTK_WINDOW (window));
}

static void
check_in_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  OkApplication *self = OK_APPLICATION (user_data);

  if (ensure_store (self))
    open_check_in (self, g_variant_get_int64 (parameter));
}

static void
check_in_now_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  OkApplication *self = OK_APPLICATION (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) activity = NULL;

  if (!ensure_store (self))
    return;
  activity = ok_store_checkin_activity_now (self->store, NULL, &error);
  if (activity != NULL)
    open_check_in (self, ok_activity_get_id (activity));
  else if (error != NULL)
    show_message (self, _("Could not open the check-in"), error->message);
  else
    show_message (self, _("No Activity Now"),
                  _("Nothing is running now or starting within half an hour. "
                    "Open the check-in from the activity in the agenda."));
}

/* The assistant is modal to the main window, not to a door's check-in
 * that happens to have the focus. */
static GtkWindow *
main_window (OkApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (OK_IS_WINDOW (active))
    return active;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (OK_IS_WINDOW (l->data))
      return l->data;
  return active;
}

/* Restoring a backup. The database must be closed first: every window
 * that uses it goes (a restore dialog stays, to show that the restore
 * runs), and the restore waits until the last reference to the store is
 * dropped, since a page may still be loading in a worker thread. */

typedef struct {
  char *location;
  char *path;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_free (data->location);
  g_free (data->path);
  g_free (data);
}

static void
restore_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  RestoreData *data = task_data;
  OkBackup *safety = NULL;
  GError *error = NULL;

  if (ok_backup_restore (data->location, data->path, NULL, &safety, &error))
    g_task_return_pointer (task, safety, safety != NULL ? g_object_unref : NULL);
  else
    g_task_return_error (task, error);
}

static void
restored_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  OkApplication *self = OK_APPLICATION (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(OkBackup) safety = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  OkWindow *window = NULL;

  if (ensure_store (self))
    {
      window = ok_window_new (self, self->store);
      gtk_window_present (GTK_WINDOW (window));
    }
  for (GList *l = windows; l != NULL; l = l->next)
    if (OK_IS_RESTORE_DIALOG (l->data))
      gtk_window_destroy (l->data);

  if (window != NULL && error != NULL)
    ok_window_report_error (window, _("Could not restore the backup"), error);
  else if (window != NULL)
    ok_window_show_toast (window, _("Backup restored. The database as it was is kept as a backup."));
  if (safety != NULL)
    g_debug ("Kept the database as %s", ok_backup_get_path (safety));
  g_clear_pointer (&self->restore_location, g_free);
  g_clear_pointer (&self->restore_path, g_free);
  g_application_release (G_APPLICATION (self));
}

static void
start_restore (gpointer user_data)
{
  OkApplication *self = user_data;
  g_autoptr(GTask) task = g_task_new (self, NULL, restored_cb, NULL);
  RestoreData *data = g_new0 (RestoreData, 1);

  data->location = g_strdup (self->restore_location);
  data->path = g_strdup (self->restore_path);
  g_task_set_source_tag (task, start_restore);
  g_task_set_task_data (task, data, (GDestroyNotify) restore_data_free);
  g_task_run_in_thread (task, restore_in_thread);
}

static void
store_closed_cb (gpointer  user_data,
                 GObject  *where_the_object_was)
{
  OkApplication *self = user_data;

  self->closing = NULL;
  g_clear_handle_id (&self->close_timeout, g_source_remove);
  /* The last reference may go inside a task's finalization: start after. */
  g_idle_add_once (start_restore, self);
}

static gboolean
store_still_open_cb (gpointer user_data)
{
  OkApplication *self = user_data;

  g_warning ("The database is still in use after %d seconds", CLOSE_TIMEOUT_SECONDS);
  self->close_timeout = 0;
  g_object_weak_unref (G_OBJECT (self->closing), store_closed_cb, self);
  self->closing = NULL;
  start_restore (self);
  return G_SOURCE_REMOVE;
}

void
ok_application_restore_backup (OkApplication *self,
                               const char    *path)
{
  g_autoptr(GList) windows = NULL;
  OkStore *store;

  g_return_if_fail (OK_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  if (self->store == NULL || self->restore_path != NULL)
    return;
  self->restore_location = g_strdup (ok_store_get_location (self->store));
  self->restore_path = g_strdup (path);
  /* No window for a moment: the application must not quit. */
  g_application_hold (G_APPLICATION (self));

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    if (!OK_IS_RESTORE_DIALOG (l->data))
      gtk_window_destroy (l->data);

  store = g_steal_pointer (&self->store);
  self->closing = store;
  g_object_weak_ref (G_OBJECT (store), store_closed_cb, self);
  self->close_timeout = g_timeout_add_seconds (CLOSE_TIMEOUT_SECONDS, store_still_open_cb, self);
  g_object_unref (store);
}

static void
restore_backup_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  OkApplication *self = OK_APPLICATION (user_data);

  if (ensure_store (self))
    gtk_window_present (GTK_WINDOW (ok_restore_dialog_new (main_window (self), ok_store_get_location (self->store))));
}

/* The whole school as a JSON file. */

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  OkApplication *self = OK_APPLICATION (user_data);

  if (ensure_store (self))
    ok_transfer_dialog_choose_export (main_window (self), self->store);
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  OkApplication *self = OK_APPLICATION (user_data);

  if (ensure_store (self))
    ok_transfer_dialog_choose_import (main_window (self), self->store);
}

static void
import_families_action (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  OkApplication *self = OK_APPLICATION (user_data);

  if (ensure_store (self))
    gtk_window_present (GTK_WINDOW (ok_import_assistant_new (main_window (self), self->store)));
}

static void
retention_checked_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  OkRetentionDialog *dialog = ok_retention_dialog_new_if_due_finish (result);

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

/* The day's backup and the yearly review of families who left long ago
 * read the database in worker threads. Started once the window has drawn
 * its first frame, they do not take a core from it. */
static void
on_first_frame_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  OkApplication *self = OK_APPLICATION (gtk_window_get_application (window));

  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, window);
  if (self == NULL)
    return;
  start_daily_backup (self);
  ok_retention_dialog_new_if_due_async (window, self->store, NULL, retention_checked_cb, NULL);
}

static void
ok_application_activate (GApplication *app)
{
  OkApplication *self = OK_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *check_in = g_steal_pointer (&self->check_in);

  /* Started for the door only: no main window behind the check-in. */
  if (check_in != NULL)
    {
      gint64 id = g_ascii_strtoll (check_in, NULL, 10);

      if (g_str_equal (check_in, "now"))
        g_action_group_activate_action (G_ACTION_GROUP (app), "check-in-now", NULL);
      else if (id > 0)
        g_action_group_activate_action (G_ACTION_GROUP (app), "check-in", g_variant_new_int64 (id));
      else
        show_message (self, _("Could not open the check-in"),
                      _("Give the id of an activity or “now” after --check-in."));
      return;
    }

  if (window == NULL)
    {
      if (!open_store (self))
        return;
      window = GTK_WINDOW (ok_window_new (self, self->store));
      gtk_window_present (window);
      g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                               G_CALLBACK (on_first_frame_cb), window, 0);
      return;
    }
  gtk_window_present (window);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* A main window commits what waits for its undo toast as it goes. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  g_application_quit (G_APPLICATION (app));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "Ouderkamer contributors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Ouderkamer"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan activities with parents, log who came, and see whom the school reaches"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  OkApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->store == NULL)
    return;
  gtk_window_present (GTK_WINDOW (ok_preferences_window_new (parent, self->store)));
}

static void
help_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;

  gtk_window_present (ok_help_window_new (gtk_application_get_active_window (app)));
}

static void
ok_application_startup (GApplication *app)
{
  static const GActionEntry actions[] = {
    { "quit", quit_action },
    { "about", about_action },
    { "preferences", preferences_action },
    { "help", help_action },
  };
  static const char *help_accels[] = { "F1", NULL };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  G_APPLICATION_CLASS (ok_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), actions, G_N_ELEMENTS (actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);
}

static int
ok_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  OkApplication *self = OK_APPLICATION (app);
  const char *db = NULL;

  const char *check_in = NULL;

  if (g_variant_dict_lookup (options, "db", "&s", &db))
    self->location = g_strdup (db);
  else if (g_getenv ("OUDERKAMER_DB") != NULL)
    self->location = g_strdup (g_getenv ("OUDERKAMER_DB"));
  if (g_variant_dict_lookup (options, "check-in", "&s", &check_in))
    self->check_in = g_strdup (check_in);
  return -1;
}

static void
ok_application_finalize (GObject *object)
{
  OkApplication *self = OK_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->check_in, g_free);
  g_clear_pointer (&self->restore_location, g_free);
  g_clear_pointer (&self->restore_path, g_free);

  G_OBJECT_CLASS (ok_application_parent_class)->finalize (object);
}

static void
ok_application_class_init (OkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  /* Referencing the bundle keeps the linker from dropping it out of the
   * static library; its constructor registers it. */
  if (ok_gui_get_resource () == NULL)
    g_error ("The interface resources are missing from this build");

  object_class->finalize = ok_application_finalize;
  app_class->activate = ok_application_activate;
  app_class->startup = ok_application_startup;
  app_class->handle_local_options = ok_application_handle_local_options;
}

static void
ok_application_init (OkApplication *self)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Database file or postgresql:// address"), N_("DB") },
    { "check-in", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Open only the check-in of an activity: its id, or “now”"), N_("ID|now") },
    { NULL }
  };
  static const GActionEntry actions[] = {
    { "check-in", check_in_action, "x", NULL, NULL, { 0 } },
    { "check-in-now", check_in_now_action, NULL, NULL, NULL, { 0 } },
    { "import-families", import_families_action, NULL, NULL, NULL, { 0 } },
    { "restore-backup", restore_backup_action, NULL, NULL, NULL, { 0 } },
    { "export", export_action, NULL, NULL, NULL, { 0 } },
    { "import", import_action, NULL, NULL, NULL, { 0 } },
  };
  static const char *import_accels[] = { "<Control>i", NULL };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.import-families", import_accels);
}

OkApplication *
ok_application_new (void)
{
  /* NON_UNIQUE: each instance may point at another database. */
  return g_object_new (OK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/nl/ouderkamer/Ouderkamer",
                       NULL);
}

OkStore *
ok_application_get_store (OkApplication *self)
{
  g_return_val_if_fail (OK_IS_APPLICATION (self), NULL);

  return self->store;
}

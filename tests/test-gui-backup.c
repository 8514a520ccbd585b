/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups, export and import through the app: the whole school to a JSON
 * file and back (a bad file changes nothing, a school holding data is
 * only added to after asking), the restore dialog on PostgreSQL, and a
 * restore in the running application that brings back a deleted family. */
#include "config.h"

#include <string.h>

#include "ok-application.h"
#include "ok-families-view.h"
#include "ok-gui-test-util.h"
#include "ok-restore-dialog.h"
#include "ok-retention-dialog.h"
#include "ok-store-backup.h"
#include "ok-store-family.h"
#include "ok-test-school.h"
#include "ok-transfer-dialog.h"

static gpointer
find_window (GType       type,
             const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (!G_TYPE_CHECK_INSTANCE_TYPE (window, type) || !gtk_widget_get_visible (GTK_WIDGET (window)))
        continue;
      if (heading != NULL && strstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == NULL)
        continue;
      return window;
    }
  return NULL;
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  ok_gui_test_spin (20);
}

static gboolean
no_transfer_running (gpointer data)
{
  return find_window (OK_TYPE_TRANSFER_DIALOG, NULL) == NULL;
}

static void
wait_for_transfer (void)
{
  g_assert_true (ok_gui_test_wait_until (no_transfer_running, NULL, 30000));
  ok_gui_test_spin (20);
}

static gint64
count_families (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 n = ok_store_family_count (store, &error);

  g_assert_no_error (error);
  return n;
}

static OkWindow *
new_window (OkStore *store)
{
  OkWindow *window = ok_gui_test_new_window (store);

  ok_gui_test_present (GTK_WINDOW (window));
  return window;
}

static void
test_export_import (void)
{
  g_autoptr(OkStore) school = ok_gui_test_open_store ();
  g_autoptr(OkStore) empty = ok_gui_test_open_store ();
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "school.json", NULL);
  g_autofree char *bad_path = g_build_filename (g_get_user_data_dir (), "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  OkWindow *window, *other;
  AdwMessageDialog *failure;
  OkTestSchool ids;

  ok_test_school_fill (school, &ids);
  window = new_window (school);

  /* Export: the dialog shows while the worker writes, then goes. */
  g_assert_nonnull (ok_transfer_dialog_export (GTK_WINDOW (window), school, file));
  g_assert_nonnull (find_window (OK_TYPE_TRANSFER_DIALOG, "Exporting"));
  wait_for_transfer ();
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "\"ouderkamer-export\""));
  g_assert_nonnull (strstr (contents, "Familie Öztürk"));

  /* A bad file into a school holding data: asked first, then refused
   * with a message, and nothing changed. */
  g_assert_true (g_file_set_contents (bad_path, "{ \"format\": \"ouderkamer-export\", \"version\": ", -1, &error));
  ok_transfer_dialog_import (GTK_WINDOW (window), school, bad);
  respond (find_window (ADW_TYPE_MESSAGE_DIALOG, "Add to This School?"), "cancel");
  g_assert_null (find_window (OK_TYPE_TRANSFER_DIALOG, NULL));
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG, "Could Not Import"));

  ok_transfer_dialog_import (GTK_WINDOW (window), school, bad);
  respond (find_window (ADW_TYPE_MESSAGE_DIALOG, "Add to This School?"), "merge");
  wait_for_transfer ();
  failure = find_window (ADW_TYPE_MESSAGE_DIALOG, "Could Not Import “bad.json”");
  g_assert_nonnull (failure);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (failure), "Nothing was changed."));
  respond (failure, "close");
  g_assert_cmpint (count_families (school), ==, 3);

  /* Into an empty school: no question, everything arrives and the window
   * shows it. */
  other = new_window (empty);
  ok_transfer_dialog_import (GTK_WINDOW (other), empty, file);
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG, "Add to This School?"));
  wait_for_transfer ();
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG, "Could Not Import"));
  g_assert_cmpint (count_families (empty), ==, 3);

  /* The same file merged again: its pupil numbers are taken, so nothing
   * of it is added. */
  ok_transfer_dialog_import (GTK_WINDOW (other), empty, file);
  respond (find_window (ADW_TYPE_MESSAGE_DIALOG, "Add to This School?"), "merge");
  wait_for_transfer ();
  failure = find_window (ADW_TYPE_MESSAGE_DIALOG, "Could Not Import “school.json”");
  g_assert_nonnull (failure);
  respond (failure, "close");
  g_assert_cmpint (count_families (empty), ==, 3);

  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
  ok_gui_test_spin (50);
}

static void
test_restore_postgresql (void)
{
  OkRestoreDialog *dialog = ok_restore_dialog_new (NULL, "postgresql://coordinator@db.example.nl/bestuur");
  AdwStatusPage *status = ok_gui_test_child (dialog, OK_TYPE_RESTORE_DIALOG, "status_page");

  ok_gui_test_present (GTK_WINDOW (dialog));
  g_assert_true (ok_restore_dialog_get_loaded (dialog));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (ok_gui_test_child (dialog, OK_TYPE_RESTORE_DIALOG, "stack")),
                   ==, "message");
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "pg_dump"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "restore.restore", NULL);
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG, "Restore This Backup?"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The restore in the running application. */

typedef struct {
  OkApplication *app;
  char *location;
  OkTestSchool school;
  OkStore *old_store;
  gboolean done;
} AppTest;

static gboolean
daily_backup_made (gpointer data)
{
  AppTest *test = data;
  g_autoptr(GPtrArray) backups = ok_backup_list (test->location, NULL, NULL);

  return backups != NULL && backups->len > 0;
}

static gboolean
retention_shown (gpointer data)
{
  return find_window (OK_TYPE_RETENTION_DIALOG, NULL) != NULL;
}

static gboolean
dialog_loaded (gpointer data)
{
  return ok_restore_dialog_get_loaded (data);
}

static gboolean
reopened (gpointer data)
{
  AppTest *test = data;

  return test->old_store == NULL && ok_application_get_store (test->app) != NULL
         && find_window (OK_TYPE_WINDOW, NULL) != NULL && find_window (OK_TYPE_RESTORE_DIALOG, NULL) == NULL;
}

static void
run_restore (gpointer data)
{
  AppTest *test = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkBackup) backup = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(OkFamily) family = NULL;
  OkRetentionDialog *retention;
  OkRestoreDialog *dialog;
  AdwActionRow *row;
  gboolean kept = FALSE;

  /* On start-up: the window, the review of the family that left in 2019
   * (put off), and the daily backup in the background. */
  g_assert_nonnull (find_window (OK_TYPE_WINDOW, NULL));
  g_assert_true (ok_gui_test_wait_until (retention_shown, NULL, 30000));
  retention = find_window (OK_TYPE_RETENTION_DIALOG, NULL);
  g_assert_cmpuint (ok_retention_dialog_get_n_families (retention), ==, 1);
  respond (ADW_MESSAGE_DIALOG (retention), "later");
  g_assert_true (ok_gui_test_wait_until (daily_backup_made, test, 30000));

  test->old_store = ok_application_get_store (test->app);
  g_object_add_weak_pointer (G_OBJECT (test->old_store), (gpointer *) &test->old_store);
  g_assert_true (ok_store_family_delete (test->old_store, test->school.family_ozturk, &error));
  g_assert_no_error (error);

  /* The dialog lists the backup with what it holds. */
  g_action_group_activate_action (G_ACTION_GROUP (test->app), "restore-backup", NULL);
  dialog = find_window (OK_TYPE_RESTORE_DIALOG, NULL);
  g_assert_nonnull (dialog);
  g_assert_true (ok_gui_test_wait_until (dialog_loaded, dialog, 30000));
  g_assert_cmpuint (g_list_model_get_n_items (ok_restore_dialog_get_backups (dialog)), ==, 1);
  backup = g_list_model_get_item (ok_restore_dialog_get_backups (dialog), 0);
  g_assert_cmpint (ok_backup_get_kind (backup), ==, OK_BACKUP_KIND_AUTO);
  g_assert_cmpint (ok_backup_get_families (backup), ==, 3);
  g_assert_cmpint (ok_backup_get_parents (backup), ==, 5);
  row = ADW_ACTION_ROW (gtk_list_box_get_row_at_index (ok_gui_test_child (dialog, OK_TYPE_RESTORE_DIALOG,
                                                                          "list_box"), 0));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row),
                            "Daily · 3 families · 5 parents · 3 activities · 6 attendance marks"));

  /* Nothing to restore until one is chosen; then a confirmation. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "restore.restore", NULL);
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG, "Restore This Backup?"));
  ok_restore_dialog_select (dialog, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "restore.restore", NULL));
  respond (find_window (ADW_TYPE_MESSAGE_DIALOG, "Restore This Backup?"), "restore");

  /* The app lets go of the database, restores it and opens again. */
  g_assert_true (ok_gui_test_wait_until (reopened, test, 30000));
  family = ok_store_family_get (ok_application_get_store (test->app), test->school.family_ozturk, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ok_family_get_name (family), ==, "Familie Öztürk");
  g_assert_cmpint (count_families (ok_application_get_store (test->app)), ==, 3);
  g_assert_null (find_window (ADW_TYPE_MESSAGE_DIALOG, "Could not restore"));

  /* The database as it was before is kept as a backup. */
  backups = ok_backup_list (test->location, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < backups->len; i++)
    if (ok_backup_get_kind (backups->pdata[i]) == OK_BACKUP_KIND_BEFORE_RESTORE)
      {
        g_assert_cmpint (ok_backup_get_families (backups->pdata[i]), ==, 2);
        kept = TRUE;
      }
  g_assert_true (kept);

  test->done = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (test->app), "quit", NULL);
}

static void
activated_cb (GApplication *app,
              AppTest      *test)
{
  g_idle_add_once (run_restore, test);
}

static void
test_restore_in_app (void)
{
  AppTest test = { 0 };
  g_autoptr(OkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  char *argv[] = { (char *) "ouderkamer", (char *) "--db", NULL, NULL };

  test.location = g_build_filename (g_get_user_data_dir (), "restore.db", NULL);
  store = ok_store_open (test.location, &error);
  g_assert_no_error (error);
  ok_test_school_fill (store, &test.school);
  g_clear_object (&store);

  argv[2] = test.location;
  test.app = ok_application_new ();
  g_signal_connect_after (test.app, "activate", G_CALLBACK (activated_cb), &test);
  g_assert_cmpint (g_application_run (G_APPLICATION (test.app), 3, argv), ==, 0);
  g_assert_true (test.done);
  g_clear_object (&test.app);
  g_free (test.location);
}

int
main (int argc, char *argv[])
{
  ok_gui_test_init (&argc, &argv);
  g_test_add_func ("/gui/backup/export-import", test_export_import);
  g_test_add_func ("/gui/backup/restore-postgresql", test_restore_postgresql);
  g_test_add_func ("/gui/backup/restore-in-app", test_restore_in_app);
  return g_test_run ();
}

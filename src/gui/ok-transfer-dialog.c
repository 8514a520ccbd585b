/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export and import of the whole school as a JSON file, from the app's
 * menu: the file through the desktop's file chooser, the work on a second
 * connection in a worker thread while this dialog shows that it runs, and
 * the outcome as a toast or a message. An import is all or nothing: a bad
 * file changes nothing, and the message says so. */
#define G_LOG_DOMAIN "ok-transfer-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-store-transfer.h"
#include "ok-transfer-dialog.h"
#include "ok-window.h"

#define PULSE_MS 100

struct _OkTransferDialog
{
  AdwMessageDialog parent_instance;

  /* Template widgets */
  GtkProgressBar *progress_bar;

  /* Owned references */
  char *name;           /* the file's name, for messages */
  guint pulse_id;
  gboolean import;
  gboolean running;
};

G_DEFINE_FINAL_TYPE (OkTransferDialog, ok_transfer_dialog, ADW_TYPE_MESSAGE_DIALOG)

typedef struct {
  OkStore *store;       /* a second connection, for the worker alone */
  char *path;
  OkTransferFlags flags;
  gboolean import;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->store);
  g_free (job->path);
  g_free (job);
}

static void
show_message (GtkWindow  *parent,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_failure (GtkWindow    *parent,
              gboolean      import,
              const char   *name,
              const GError *error)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  if (import)
    {
      heading = g_strdup_printf (_("Could Not Import “%s”"), name);
      body = g_strdup_printf ("%s\n\n%s", error->message, _("Nothing was changed."));
    }
  else
    {
      heading = g_strdup_printf (_("Could Not Export to “%s”"), name);
      body = g_strdup (error->message);
    }
  show_message (parent, heading, body);
}

static void
report_success (OkTransferDialog *self,
                GtkWindow        *parent)
{
  g_autofree char *message = NULL;

  if (self->import)
    message = g_strdup_printf (_("“%s” is imported"), self->name);
  else
    message = g_strdup_printf (_("The school is exported to “%s”"), self->name);

  if (!OK_IS_WINDOW (parent))
    {
      show_message (parent, message, NULL);
      return;
    }
  ok_window_show_toast (OK_WINDOW (parent), message);
  if (self->import)
    ok_window_data_changed (OK_WINDOW (parent), OK_DATA_ALL);
}

/* The work */

static void
transfer_in_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gboolean done;

  if (job->import)
    done = ok_store_import_json_file (job->store, job->path, job->flags, &error);
  else
    done = ok_store_export_json_file (job->store, job->path, &error);
  if (done)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
transferred_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  OkTransferDialog *self = OK_TRANSFER_DIALOG (source);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  self->running = FALSE;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  if (g_task_propagate_boolean (G_TASK (result), &error))
    report_success (self, parent);
  else
    show_failure (parent, self->import, self->name, error);
  gtk_window_destroy (GTK_WINDOW (self));
}

static gboolean
pulse_cb (gpointer user_data)
{
  OkTransferDialog *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static OkTransferDialog *
start (GtkWindow       *parent,
       OkStore         *store,
       GFile           *file,
       gboolean         import,
       OkTransferFlags  flags)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  OkTransferDialog *self;
  Job *job = g_new0 (Job, 1);

  job->import = import;
  job->flags = flags;
  job->path = g_file_get_path (file);
  if (job->path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("Choose a file on this computer"));
  else
    job->store = ok_store_reopen (store, &error);
  if (job->store == NULL)
    {
      show_failure (parent, import, name, error);
      job_free (job);
      return NULL;
    }

  self = g_object_new (OK_TYPE_TRANSFER_DIALOG, "transient-for", parent, NULL);
  self->import = import;
  self->running = TRUE;
  self->name = g_steal_pointer (&name);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), import ? _("Importing…") : _("Exporting…"));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), self->name);
  self->pulse_id = g_timeout_add (PULSE_MS, pulse_cb, self);

  task = g_task_new (self, NULL, transferred_cb, NULL);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, transfer_in_thread);
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/* The merge question */

typedef struct {
  GtkWindow *parent;
  OkStore *store;
  GFile *file;
} Pending;

static void
pending_free (gpointer  data,
              GClosure *closure)
{
  Pending *pending = data;

  g_clear_object (&pending->parent);
  g_clear_object (&pending->store);
  g_clear_object (&pending->file);
  g_free (pending);
}

static void
on_merge_confirmed_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Pending          *pending)
{
  start (pending->parent, pending->store, pending->file, TRUE, OK_TRANSFER_MERGE);
}

/* The file chooser */

static void
on_chooser_response_cb (GtkNativeDialog *native,
                        int              response,
                        OkStore         *store)
{
  GtkWindow *parent = gtk_native_dialog_get_transient_for (native);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      if (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (native)) == GTK_FILE_CHOOSER_ACTION_SAVE)
        ok_transfer_dialog_export (parent, store, file);
      else
        ok_transfer_dialog_import (parent, store, file);
    }
  /* The chooser kept itself alive for this answer. */
  g_object_unref (native);
}

static void
choose (GtkWindow            *parent,
        OkStore              *store,
        GtkFileChooserAction  action)
{
  gboolean saving = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (saving ? _("Export the School") : _("Import a School"), parent, action,
                                        saving ? _("_Export") : _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Ouderkamer export (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (saving)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *name = g_date_time_format (now, "ouderkamer-%Y-%m-%d.json");

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }
  g_signal_connect_data (native, "response", G_CALLBACK (on_chooser_response_cb), g_object_ref (store),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* GObject */

/* The work cannot be stopped half-way: the dialog stays until it is done. */
static gboolean
ok_transfer_dialog_close_request (GtkWindow *window)
{
  if (OK_TRANSFER_DIALOG (window)->running)
    return TRUE;

  return GTK_WINDOW_CLASS (ok_transfer_dialog_parent_class)->close_request (window);
}

static void
ok_transfer_dialog_dispose (GObject *object)
{
  OkTransferDialog *self = OK_TRANSFER_DIALOG (object);

  g_clear_handle_id (&self->pulse_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_TRANSFER_DIALOG);
  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (ok_transfer_dialog_parent_class)->dispose (object);
}

static void
ok_transfer_dialog_class_init (OkTransferDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_transfer_dialog_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = ok_transfer_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-transfer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OkTransferDialog, progress_bar);
}

static void
ok_transfer_dialog_init (OkTransferDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

void
ok_transfer_dialog_choose_export (GtkWindow *parent,
                                  OkStore   *store)
{
  g_return_if_fail (OK_IS_STORE (store));

  choose (parent, store, GTK_FILE_CHOOSER_ACTION_SAVE);
}

void
ok_transfer_dialog_choose_import (GtkWindow *parent,
                                  OkStore   *store)
{
  g_return_if_fail (OK_IS_STORE (store));

  choose (parent, store, GTK_FILE_CHOOSER_ACTION_OPEN);
}

OkTransferDialog *
ok_transfer_dialog_export (GtkWindow *parent,
                           OkStore   *store,
                           GFile     *file)
{
  g_return_val_if_fail (OK_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return start (parent, store, file, FALSE, OK_TRANSFER_DEFAULT);
}

void
ok_transfer_dialog_import (GtkWindow *parent,
                           OkStore   *store,
                           GFile     *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;
  Pending *pending;
  gboolean empty = FALSE;

  g_return_if_fail (OK_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  if (!ok_store_school_is_empty (store, &empty, &error))
    {
      show_failure (parent, TRUE, name, error);
      return;
    }
  if (empty)
    {
      start (parent, store, file, TRUE, OK_TRANSFER_DEFAULT);
      return;
    }

  /* Only a merge can add to a school that holds data. */
  pending = g_new0 (Pending, 1);
  pending->parent = parent != NULL ? g_object_ref (parent) : NULL;
  pending->store = g_object_ref (store);
  pending->file = g_object_ref (file);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Add to This School?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("This school already holds families or activities. Importing “%s” "
                                    "adds everything in it next to them, as new rows. If a pupil number "
                                    "is in both, nothing is imported."), name);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "merge", _("_Add to School"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response::merge", G_CALLBACK (on_merge_confirmed_cb), pending,
                         pending_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import assistant: choose the administration's export, check how it
 * is read and which column holds what, see what an import would change
 * (a dry run: the whole import, rolled back), then import with a progress
 * bar that can be cancelled. Loading and both runs happen in the core's
 * worker threads; a cancelled or failed run leaves the database as it
 * was, which the pages say in so many words. This file leads through
 * the pages and runs the import; the pages that show the file and the
 * runs' results have files of their own. */
#define G_LOG_DOMAIN "ok-import-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-import-assistant.h"
#include "ok-import-preview-page.h"
#include "ok-import-result-page.h"
#include "ok-import-summary-page.h"
#include "ok-window.h"

typedef enum {
  RUNNING_NONE,
  RUNNING_LOAD,
  RUNNING_CHECK,
  RUNNING_IMPORT,
} Running;

struct _OkImportAssistant
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton *back_button;
  GtkButton *next_button;
  AdwToastOverlay *toast_overlay;
  GtkStack *stack;
  GtkWidget *loading_box;
  GtkSpinner *loading_spinner;
  GtkLabel *loading_label;
  OkImportPreviewPage *preview_page;
  AdwStatusPage *progress_page;
  GtkProgressBar *progress_bar;
  OkImportSummaryPage *summary_page;
  OkImportResultPage *result_page;
  AdwStatusPage *error_page;

  /* Owned references */
  OkStore *store;
  GFile *file;
  OkImport *import;
  OkImportResult *shown;         /* the run whose problems are listed */
  GCancellable *cancellable;
  GtkFileChooserNative *chooser;
  GBinding *progress_binding;
  char *error_back;              /* where Back leads from the error page */

  Running running;
  gboolean has_bad_rows;
  gboolean close_when_done;
};

G_DEFINE_FINAL_TYPE (OkImportAssistant, ok_import_assistant, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_buttons (OkImportAssistant *self);

/* Helpers */

static void
show_toast (OkImportAssistant *self,
            const char        *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_running (OkImportAssistant *self,
             Running            running)
{
  self->running = running;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel",
                                 running == RUNNING_CHECK || running == RUNNING_IMPORT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file",
                                 running == RUNNING_NONE || running == RUNNING_LOAD);
  update_buttons (self);
}

static void
show_error (OkImportAssistant *self,
            const char        *title,
            const char        *description,
            const char        *back)
{
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, description);
  g_free (self->error_back);
  self->error_back = g_strdup (back);
  gtk_stack_set_visible_child_name (self->stack, "error");
  update_buttons (self);
}

/* Pages */

static void
mapping_changed_cb (OkImportAssistant *self)
{
  update_buttons (self);
}

static void
read_failed_cb (OkImportAssistant *self,
                const char        *reason)
{
  g_autofree char *message = g_strdup_printf (_("The file cannot be read that way: %s"), reason);

  show_toast (self, message);
}

/* Loading */

static void
file_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OkImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = ok_import_load_file_finish (OK_IMPORT (source), result, &error);

  /* Cancelled: another file was chosen, or the window closed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || OK_IMPORT (source) != self->import)
    return;

  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->loading_spinner);
  gtk_widget_set_visible (self->loading_box, FALSE);
  set_running (self, RUNNING_NONE);

  if (!ok)
    {
      show_error (self, _("This File Cannot Be Read"), error->message, "choose");
      return;
    }
  ok_import_preview_page_set_import (self->preview_page, self->import);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

/* Running */

/* The worker wrote on a connection of its own: the main window's views
 * reload from the database. */
static void
announce_import (OkImportAssistant *self,
                 OkImportResult    *result)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (OK_IS_WINDOW (parent))
    ok_window_data_changed (OK_WINDOW (parent), OK_DATA_FAMILIES | OK_DATA_CONTACTS);
  g_signal_emit (self, signals[IMPORTED], 0, result);
}

/* What a run changes is listed with the rows it left out; those are
 * what the copy button copies. */
static void
show_summary (OkImportAssistant *self,
              OkImportResult    *result)
{
  g_autofree char *name = g_file_get_basename (self->file);

  ok_import_summary_page_set_result (self->summary_page, result, name, self->has_bad_rows);
  g_set_object (&self->shown, result);
  gtk_stack_set_visible_child_name (self->stack, "summary");
}

static void start_run (OkImportAssistant *self,
                       Running            running,
                       OkImportFlags      flags);

static void
run_done_cb (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  g_autoptr(OkImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) result = ok_import_run_finish (OK_IMPORT (source), res, &error);
  Running running = self->running;
  gboolean cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* The window is gone: the run only had to end. */
  if (self->stack == NULL)
    return;

  g_clear_pointer (&self->progress_binding, g_binding_unbind);
  g_clear_object (&self->cancellable);
  set_running (self, RUNNING_NONE);

  if (self->close_when_done)
    {
      /* Closed while importing, yet committed: the views still reload. */
      if (running == RUNNING_IMPORT && result != NULL)
        announce_import (self, result);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (running == RUNNING_CHECK)
    {
      /* The first check stops at rows that cannot be imported; the second
       * skips them, to show what an import without them would do. */
      if (g_error_matches (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_BAD_ROWS) && !self->has_bad_rows)
        {
          self->has_bad_rows = TRUE;
          start_run (self, RUNNING_CHECK, OK_IMPORT_FLAGS_DRY_RUN | OK_IMPORT_FLAGS_SKIP_BAD_ROWS);
          return;
        }
      if (cancelled)
        {
          gtk_stack_set_visible_child_name (self->stack, "preview");
          return;
        }
      if (result == NULL)
        {
          show_error (self, _("This File Cannot Be Imported"), error->message, "preview");
          return;
        }
      show_summary (self, result);
      return;
    }

  if (cancelled)
    {
      gtk_stack_set_visible_child_name (self->stack, "summary");
      show_toast (self, _("Import cancelled: nothing was changed"));
      return;
    }
  if (result == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s Nothing was changed."), error->message);

      show_error (self, _("The Import Failed"), message, "summary");
      return;
    }

  ok_import_result_page_set_result (self->result_page, result);
  g_set_object (&self->shown, result);
  gtk_stack_set_visible_child_name (self->stack, "result");
  announce_import (self, result);
}

static void
start_run (OkImportAssistant *self,
           Running            running,
           OkImportFlags      flags)
{
  g_return_if_fail (self->cancellable == NULL);

  if (running == RUNNING_CHECK)
    {
      adw_status_page_set_title (self->progress_page, _("Checking the File…"));
      adw_status_page_set_description (self->progress_page,
                                       _("Every row is read and compared with the families "
                                         "you have. Nothing is changed yet."));
    }
  else
    {
      adw_status_page_set_title (self->progress_page, _("Importing Families…"));
      adw_status_page_set_description (self->progress_page,
                                       _("If you cancel, everything stays as it was."));
    }

  /* The import notifies its progress in this main context; the bar
   * starts empty rather than at the end of the previous run. */
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  self->progress_binding = g_object_bind_property (self->import, "progress",
                                                   self->progress_bar, "fraction", 0);
  self->cancellable = g_cancellable_new ();
  set_running (self, running);
  gtk_stack_set_visible_child_name (self->stack, "progress");

  ok_import_run_async (self->import, self->store, flags, self->cancellable,
                       run_done_cb, g_object_ref (self));
}

/* Buttons and pages */

static void
update_buttons (OkImportAssistant *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean idle = self->running == RUNNING_NONE;
  gboolean can_back = FALSE, can_next = FALSE, show_next = FALSE;
  const char *next_label = _("_Next");

  if (g_strcmp0 (page, "preview") == 0)
    {
      OkImportMapping *mapping = self->import != NULL ? ok_import_get_mapping (self->import) : NULL;

      can_back = idle;
      show_next = TRUE;
      can_next = idle && mapping != NULL && ok_import_mapping_check (mapping, NULL);
    }
  else if (g_strcmp0 (page, "summary") == 0)
    {
      can_back = idle;
      show_next = TRUE;
      next_label = _("_Import");
      can_next = idle && (!self->has_bad_rows || ok_import_summary_page_get_skip_bad_rows (self->summary_page));
    }
  else if (g_strcmp0 (page, "error") == 0)
    can_back = idle && self->error_back != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), can_back);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), show_next);
  gtk_button_set_label (self->next_button, next_label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.back", can_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.next", can_next);
}

static void
page_changed_cb (OkImportAssistant *self)
{
  update_buttons (self);
}

static void
skip_toggled_cb (OkImportAssistant *self)
{
  update_buttons (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "preview") == 0)
    gtk_stack_set_visible_child_name (self->stack, "choose");
  else if (g_strcmp0 (page, "summary") == 0)
    gtk_stack_set_visible_child_name (self->stack, "preview");
  else if (g_strcmp0 (page, "error") == 0 && self->error_back != NULL)
    gtk_stack_set_visible_child_name (self->stack, self->error_back);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (self->running != RUNNING_NONE)
    return;
  if (g_strcmp0 (page, "preview") == 0)
    {
      self->has_bad_rows = FALSE;
      start_run (self, RUNNING_CHECK, OK_IMPORT_FLAGS_DRY_RUN);
    }
  else if (g_strcmp0 (page, "summary") == 0)
    start_run (self, RUNNING_IMPORT,
               self->has_bad_rows ? OK_IMPORT_FLAGS_SKIP_BAD_ROWS : OK_IMPORT_FLAGS_NONE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (widget);

  if (self->cancellable == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  gtk_widget_action_set_enabled (widget, "import.cancel", FALSE);
  adw_status_page_set_title (self->progress_page, _("Cancelling…"));
}

static void
chooser_response_cb (OkImportAssistant *self,
                     int                response,
                     GtkNativeDialog   *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    ok_import_assistant_open_file (self, file);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_mime_type (csv, "text/tab-separated-values");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "tsv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Choose the Pupil Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* For the administration or a colleague: every problem, not only the
 * ones on screen. */
static void
copy_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (widget);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = NULL;

  if (self->shown == NULL)
    return;
  name = g_file_get_basename (self->file);
  for (guint i = 0; i < ok_import_result_get_n_rows_skipped (self->shown); i++)
    {
      g_autofree char *line = g_strdup_printf (_("%s, line %u: %s"), name,
                                               ok_import_result_get_skipped_line (self->shown, i),
                                               ok_import_result_get_skipped_reason (self->shown, i));

      g_string_append_printf (text, "%s\n", line);
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text->str);
  show_toast (self, _("Copied the list of rows"));
}

static void
show_families_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (OK_IS_WINDOW (parent))
    ok_window_show_page (OK_WINDOW (parent), "families");
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
file_dropped_cb (OkImportAssistant *self,
                 const GValue      *value,
                 double             x,
                 double             y)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE)
      || self->running == RUNNING_CHECK || self->running == RUNNING_IMPORT)
    return FALSE;
  ok_import_assistant_open_file (self, g_value_get_object (value));
  return TRUE;
}

/* Closing during an import first rolls it back: the window goes when the
 * worker is done, so that nothing is left half written or unreported. */
static gboolean
close_request_cb (OkImportAssistant *self)
{
  if (self->running == RUNNING_IMPORT)
    {
      self->close_when_done = TRUE;
      cancel_action (GTK_WIDGET (self), "import.cancel", NULL);
      return TRUE;
    }
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return FALSE;
}

/* Object */

static void
ok_import_assistant_dispose (GObject *object)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->progress_binding, g_binding_unbind);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->import);
  g_clear_object (&self->shown);
  g_clear_pointer (&self->error_back, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_IMPORT_ASSISTANT);

  G_OBJECT_CLASS (ok_import_assistant_parent_class)->dispose (object);
}

static void
ok_import_assistant_class_init (OkImportAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_import_assistant_dispose;

  /**
   * OkImportAssistant::imported:
   * @self: the assistant
   * @result: what the import changed
   *
   * Emitted when an import has been committed, after the main window
   * the assistant is modal to was told to reload.
   */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OK_TYPE_IMPORT_RESULT);

  g_type_ensure (OK_TYPE_IMPORT_PREVIEW_PAGE);
  g_type_ensure (OK_TYPE_IMPORT_SUMMARY_PAGE);
  g_type_ensure (OK_TYPE_IMPORT_RESULT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-import-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, next_button);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, loading_box);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, loading_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, preview_page);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, progress_page);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, summary_page);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, result_page);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, error_page);
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, mapping_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, read_failed_cb);
  gtk_widget_class_bind_template_callback (widget_class, skip_toggled_cb);

  gtk_widget_class_install_action (widget_class, "import.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "import.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.show-families", NULL, show_families_action);
  gtk_widget_class_install_action (widget_class, "import.copy-problems", NULL, copy_problems_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "import.choose-file", NULL);
}

static void
ok_import_assistant_init (OkImportAssistant *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (drop, "drop", G_CALLBACK (file_dropped_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  set_running (self, RUNNING_NONE);
}

/**
 * ok_import_assistant_new:
 * @parent: (nullable): the window the assistant is modal to
 * @store: the database to import into, for its current school
 *
 * Returns: (transfer full): a new assistant, not yet shown
 */
OkImportAssistant *
ok_import_assistant_new (GtkWindow *parent,
                         OkStore   *store)
{
  OkImportAssistant *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  self = g_object_new (OK_TYPE_IMPORT_ASSISTANT, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}

/**
 * ok_import_assistant_open_file:
 * @self: an assistant
 * @file: a CSV file
 *
 * Reads @file for the preview, as choosing or dropping it does; a file
 * being read is given up for this one. Not while an import runs.
 */
void
ok_import_assistant_open_file (OkImportAssistant *self,
                               GFile             *file)
{
  g_autofree char *name = NULL;
  g_autofree char *loading = NULL;

  g_return_if_fail (OK_IS_IMPORT_ASSISTANT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->running == RUNNING_NONE || self->running == RUNNING_LOAD);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_set_object (&self->file, file);
  g_clear_object (&self->import);
  g_clear_object (&self->shown);
  self->import = ok_import_new ();
  self->cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  loading = g_strdup_printf (_("Reading “%s”…"), name);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_label_set_text (self->loading_label, loading);
  gtk_widget_set_visible (self->loading_box, TRUE);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->stack, "choose");
  set_running (self, RUNNING_LOAD);

  ok_import_load_file_async (self->import, file, self->cancellable, file_loaded_cb,
                             g_object_ref (self));
}

/**
 * ok_import_assistant_get_import:
 * @self: an assistant
 *
 * Returns: (transfer none) (nullable): the import of the file shown, or
 *   %NULL before a file was chosen
 */
OkImport *
ok_import_assistant_get_import (OkImportAssistant *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_ASSISTANT (self), NULL);

  return self->import;
}

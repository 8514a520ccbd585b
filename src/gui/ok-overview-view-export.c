/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Overzicht taken out of the app: saved as a PDF or as CSV for the
 * board, or printed. Names of families are personal data: an export holds
 * them only when asked, and such a file is for its owner's eyes only. */
#define G_LOG_DOMAIN "ok-overview-view"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ok-overview-view-private.h"
#include "ok-report-pdf.h"

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(OkOverviewView) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  OkOverviewExport format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));
  gboolean with_names;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (dialog);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  with_names = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "names"), "true") == 0;
  g_object_unref (dialog);

  if (ok_overview_view_export (self, format, file, with_names, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

      _ok_overview_view_toast (self, message);
    }
  else
    _ok_overview_view_toast (self, error->message);
}

void
_ok_overview_view_export_activated (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);
  OkQuarterReport *report = ok_overview_view_get_report (self);
  OkOverviewExport format = g_str_equal (action_name, "overview.export-pdf")
                            ? OK_OVERVIEW_EXPORT_PDF : OK_OVERVIEW_EXPORT_CSV;
  GtkFileChooserNative *dialog;
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;

  if (report == NULL)
    return;

  period = ok_report_period_to_string (&report->period);
  /* TRANSLATORS: the start of a file name, as in overzicht-2026-Q1.pdf */
  name = g_strdup_printf ("%s-%s.%s", _("overview"), period,
                          format == OK_OVERVIEW_EXPORT_PDF ? "pdf" : "csv");
  dialog = gtk_file_chooser_native_new (format == OK_OVERVIEW_EXPORT_PDF
                                        ? _("Export the Overview as PDF")
                                        : _("Export the Overview as CSV"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "names",
                               _("Include the names of the families not reached"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "names", "false");
  g_object_set_data (G_OBJECT (dialog), "format", GINT_TO_POINTER (format));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              gpointer           user_data)
{
  OkQuarterReport *report = user_data;

  ok_report_pdf_draw_page (report, gtk_print_context_get_cairo_context (context),
                           gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context), FALSE);
}

static void
report_unref_notify (gpointer  data,
                     GClosure *closure)
{
  ok_quarter_report_unref (data);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  OkOverviewView *self = user_data;
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      _ok_overview_view_toast (self, error != NULL ? error->message : _("Printing failed"));
    }
  g_object_unref (operation);
}

void
_ok_overview_view_print_activated (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);
  OkQuarterReport *report = ok_overview_view_get_report (self);
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  g_autofree char *job = NULL;
  GtkPrintOperationResult result;

  if (report == NULL)
    return;

  period = ok_report_period_to_string (&report->period);
  job = g_strdup_printf ("%s %s", report->school_name, period);
  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* The page printed is the report of the moment Print was chosen. */
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         ok_quarter_report_ref (report),
                         report_unref_notify, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (gtk_widget_get_root (widget)), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    _ok_overview_view_toast (self, error->message);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_object_unref (operation);
}

gboolean
ok_overview_view_export (OkOverviewView    *self,
                         OkOverviewExport   format,
                         GFile             *file,
                         gboolean           with_names,
                         GError           **error)
{
  g_autofree char *path = NULL;
  OkQuarterReport *report;
  gboolean named;

  g_return_val_if_fail (OK_IS_OVERVIEW_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  report = ok_overview_view_get_report (self);
  if (report == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                   _("There is no overview to export yet"));
      return FALSE;
    }
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Choose a folder on this computer to export to"));
      return FALSE;
    }

  named = ok_quarter_report_has_names (report, with_names);
  if (format == OK_OVERVIEW_EXPORT_PDF)
    {
      if (!ok_report_pdf_write (report, path, named, error))
        return FALSE;
      /* Names are personal data: the file is for its owner's eyes only. */
      if (named && g_chmod (path, 0600) != 0)
        g_warning ("Could not make %s private to its owner", path);
      return TRUE;
    }
  else
    {
      g_autofree char *csv = ok_quarter_report_to_csv (report, named);

      return g_file_set_contents_full (path, csv, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                       named ? 0600 : 0644, error);
    }
}

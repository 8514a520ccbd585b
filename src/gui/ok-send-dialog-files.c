/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The files and letters of the send dialog: the file for the school's SMS
 * tool, the call list for whoever phones, and the letters, printed or
 * saved as a PDF. Text messages and letters are logged as sent when their
 * file is written or printed; a call only when its answer is recorded. */
#define G_LOG_DOMAIN "ok-send-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ok-send-dialog-private.h"

static void
set_count (OkSendDialog *self,
           AdwActionRow *row,
           OkChannel     channel,
           const char   *action,
           const char   *what)
{
  guint count = ok_mailing_count_channel (self->mailing, channel);
  g_autofree char *families = g_strdup_printf (ngettext ("%u family", "%u families", count), count);
  g_autofree char *subtitle = g_strdup_printf ("%s · %s", families, what);

  adw_action_row_set_subtitle (row, subtitle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, count > 0);
}

void
_ok_send_dialog_update_files (OkSendDialog *self)
{
  set_count (self, self->sms_row, OK_CHANNEL_SMS, "send.save-sms", _("a file for the school’s SMS tool"));
  set_count (self, self->letters_row, OK_CHANNEL_LETTER, "send.print-letters",
             _("one page each, Dutch beside the home language"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "send.save-letters",
                                 ok_mailing_count_channel (self->mailing, OK_CHANNEL_LETTER) > 0);
  set_count (self, self->calls_row, OK_CHANNEL_PHONE, "send.save-calls",
             _("families who do not read, with what to say"));
}

typedef gboolean (*SaveFunc) (OkSendDialog *self, GFile *file, GError **error);

static void
save_response_cb (OkSendDialog         *self,
                  int                   response,
                  GtkFileChooserNative *chooser)
{
  SaveFunc save = g_object_get_data (G_OBJECT (chooser), "ok-save");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (!save (self, file, &error))
    {
      _ok_send_dialog_report_error (self, _("Could not save the file"), error);
      return;
    }
  ok_send_dialog_add_toast (self, _("Saved"));
}

static void
choose_file (OkSendDialog *self,
             const char   *title,
             const char   *name,
             SaveFunc      save)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Save"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "ok-save", save);
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_response_cb), self, G_CONNECT_SWAPPED);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  self->chooser = chooser;
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_sms_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  /* TRANSLATORS: a file name */
  choose_file (OK_SEND_DIALOG (widget), _("Save the Text Messages"), _("text-messages.csv"),
               ok_send_dialog_save_sms);
}

static void
save_calls_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  /* TRANSLATORS: a file name */
  choose_file (OK_SEND_DIALOG (widget), _("Save the Call List"), _("call-list.csv"),
               ok_send_dialog_save_call_list);
}

static void
save_letters_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  /* TRANSLATORS: a file name */
  choose_file (OK_SEND_DIALOG (widget), _("Save the Letters"), _("letters.pdf"), ok_send_dialog_save_letters);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              OkSendDialog      *self)
{
  ok_letters_draw_page (self->printing, page, gtk_print_context_get_cairo_context (context),
                        gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static void
print_letters_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  OkSendDialog *self = OK_SEND_DIALOG (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_clear_object (&self->printing);
  self->printing = ok_mailing_letters (self->mailing, &error);
  if (self->printing == NULL)
    {
      _ok_send_dialog_report_error (self, _("Could not write the letters"), error);
      return;
    }
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, ok_letters_get_n_pages (self->printing));
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, ok_activity_get_title (self->activity));
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), self);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    _ok_send_dialog_report_error (self, _("Could not print the letters"), error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_autoptr(GPtrArray) letters = _ok_send_dialog_recipients_by (self, OK_CHANNEL_LETTER, NULL);

      _ok_send_dialog_log_sent (self, letters);
    }
}

void
_ok_send_dialog_class_init_files (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "send.save-sms", NULL, save_sms_activated);
  gtk_widget_class_install_action (widget_class, "send.save-calls", NULL, save_calls_activated);
  gtk_widget_class_install_action (widget_class, "send.save-letters", NULL, save_letters_activated);
  gtk_widget_class_install_action (widget_class, "send.print-letters", NULL, print_letters_activated);
}

static gboolean
write_file (GFile       *file,
            const char  *text,
            GError     **error)
{
  return g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}

/**
 * ok_send_dialog_save_sms:
 * @self: the dialog
 * @file: where
 * @error: a template that cannot be filled in, or the file cannot be written
 *
 * Saves the SMS tool's file and logs its messages as sent.
 */
gboolean
ok_send_dialog_save_sms (OkSendDialog  *self,
                         GFile         *file,
                         GError       **error)
{
  g_autoptr(GPtrArray) sms = NULL;
  g_autofree char *csv = NULL;

  g_return_val_if_fail (OK_IS_SEND_DIALOG (self), FALSE);

  csv = ok_mailing_sms_csv (self->mailing, NULL, error);
  if (csv == NULL || !write_file (file, csv, error))
    return FALSE;
  sms = _ok_send_dialog_recipients_by (self, OK_CHANNEL_SMS, NULL);
  return _ok_send_dialog_log_sent (self, sms);
}

/* A call list is not logged: each call is, when its answer is recorded. */
gboolean
ok_send_dialog_save_call_list (OkSendDialog  *self,
                               GFile         *file,
                               GError       **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (OK_IS_SEND_DIALOG (self), FALSE);

  csv = ok_mailing_call_list_csv (self->mailing, NULL, error);
  return csv != NULL && write_file (file, csv, error);
}

/**
 * ok_send_dialog_save_letters:
 * @self: the dialog
 * @file: a local PDF file
 * @error: a template that cannot be filled in, or the file cannot be written
 *
 * Saves the letters as a PDF and logs them as sent.
 */
gboolean
ok_send_dialog_save_letters (OkSendDialog  *self,
                             GFile         *file,
                             GError       **error)
{
  g_autoptr(OkLetters) letters = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  g_autofree char *path = g_file_get_path (file);

  g_return_val_if_fail (OK_IS_SEND_DIALOG (self), FALSE);

  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Letters can only be saved in a local folder"));
      return FALSE;
    }
  letters = ok_mailing_letters (self->mailing, error);
  if (letters == NULL || !ok_letters_write_pdf (letters, path, error))
    return FALSE;
  sent = _ok_send_dialog_recipients_by (self, OK_CHANNEL_LETTER, NULL);
  return _ok_send_dialog_log_sent (self, sent);
}

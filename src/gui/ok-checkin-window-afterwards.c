/* SPDX-License-Identifier: GPL-3.0-or-later */
/* After the event: the summary of who came, the no-shows marked, and the
 * messages to those who came and those who were missed. */
#define G_LOG_DOMAIN "ok-checkin-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-checkin-window-private.h"
#include "ok-store-checkin.h"

static void
show_summary (OkCheckinWindow *self)
{
  OkCheckinSummary summary;
  g_autoptr(GError) error = NULL;

  if (!ok_store_checkin_summary (self->store, ok_activity_get_id (self->activity), &summary, &error))
    {
      _ok_checkin_window_set_error (self, error);
      return;
    }

  ok_checkin_summary_page_set_summary (self->summary_page, ok_activity_get_title (self->activity), &summary);
  gtk_stack_set_visible_child_name (self->main_stack, "summary");
}

void
_ok_checkin_window_summary_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  show_summary (OK_CHECKIN_WINDOW (widget));
}

/* The thank-you goes to those present, "we missed you" to those who did
 * not come: through the send dialog, which sends each family its message
 * by its own channel and logs it as a contact moment, as from the
 * activity's page. */
void
_ok_checkin_window_message_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  const char *template_id = g_variant_get_string (parameter, NULL);
  int status = g_str_equal (template_id, "thank-you") ? OK_ATTENDANCE_STATUS_PRESENT : OK_ATTENDANCE_STATUS_NO_SHOW;
  g_autoptr(GError) error = NULL;
  OkSendDialog *dialog;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people)), marked = 0, no_family = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OkCheckinEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      if (ok_checkin_entry_get_status (entry) != status)
        continue;
      marked++;
      if (ok_checkin_entry_get_family_id (entry) <= 0)
        no_family++;
    }
  if (marked == 0)
    {
      _ok_checkin_window_show_toast (self, status == OK_ATTENDANCE_STATUS_PRESENT
                                           ? _("Nobody is marked present")
                                           : _("Nobody is marked as a no-show"), FALSE);
      return;
    }

  dialog = ok_send_dialog_new (GTK_WINDOW (self), self->store, self->activity, &error);
  if (dialog == NULL)
    {
      _ok_checkin_window_set_error (self, error);
      return;
    }
  ok_send_dialog_set_template (dialog, template_id);
  ok_send_dialog_set_recipients (dialog, status == OK_ATTENDANCE_STATUS_PRESENT ? OK_RECIPIENTS_PRESENT
                                                                               : OK_RECIPIENTS_MISSED);
  /* A message goes to a family: a walk-in has to be linked to one first. */
  if (no_family > 0)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u walk-in without a family is not on the "
                                                            "list; link them to a family to send a message",
                                                            "%u walk-ins without a family are not on the "
                                                            "list; link them to a family to send a message",
                                                            no_family), no_family);

      ok_send_dialog_add_toast (dialog, note);
    }
  g_set_weak_pointer (&self->messages, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
no_shows_response_cb (OkCheckinWindow *self,
                      const char      *response)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 marked;

  if (g_strcmp0 (response, "mark") != 0)
    return;

  marked = ok_store_checkin_mark_no_shows (self->store, ok_activity_get_id (self->activity),
                                           self->recorded_by, &error);
  if (marked < 0)
    {
      _ok_checkin_window_set_error (self, error);
      return;
    }
  _ok_checkin_window_refresh (self);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d parent marked as no-show",
                                          "%d parents marked as no-show", (gulong) marked), (int) marked);
  _ok_checkin_window_show_toast (self, message, FALSE);
  show_summary (self);
}

void
_ok_checkin_window_no_shows_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  GDateTime *ends = ok_activity_get_ends_at (self->activity);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gboolean over = ends != NULL ? g_date_time_compare (now, ends) >= 0
                               : g_date_time_compare (now, ok_activity_get_starts_at (self->activity)) >= 0;
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Mark No-shows?"),
                                   over ? _("Everyone who was invited or registered and did not come "
                                            "is marked as a no-show.")
                                        : _("The activity has not ended yet. Everyone who was invited "
                                            "or registered and has not come is marked as a no-show."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", C_("check-in", "_Cancel"),
                                    "mark", _("_Mark No-shows"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "mark",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (no_shows_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sending a template about an activity: the families with the way each is
 * reached, a preview in every language written in, and who answered.
 * Everything sent is logged the moment it leaves, so that the officer
 * knows who was asked. The files for the SMS tool and the caller and the
 * letters are in ok-send-dialog-files.c; the interpreters a widget of
 * their own. */
#define G_LOG_DOMAIN "ok-send-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-enums.h"
#include "ok-language-label.h"
#include "ok-recipient-row.h"
#include "ok-send-dialog-private.h"
#include "ok-sender-name.h"
#include "ok-store-family.h"
#include "ok-store-send.h"
#include "ok-store-template.h"

G_DEFINE_FINAL_TYPE (OkSendDialog, ok_send_dialog, ADW_TYPE_WINDOW)

static void
toast (OkSendDialog *self,
       const char   *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

void
_ok_send_dialog_report_error (OkSendDialog *self,
                              const char   *heading,
                              const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static const char *
sender_name (OkSendDialog *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->sender_row));
}

/* Logging */

gboolean
_ok_send_dialog_log_sent (OkSendDialog *self,
                          GPtrArray    *recipients)
{
  g_autoptr(GError) error = NULL;

  if (recipients->len == 0)
    return TRUE;
  if (!ok_store_send_log (self->store, self->activity, ok_mailing_get_template (self->mailing), recipients,
                          sender_name (self), &error))
    {
      _ok_send_dialog_report_error (self, _("Could not log the messages"), error);
      return FALSE;
    }
  ok_interpreter_plan_reload (self->interpreter_plan);
  return TRUE;
}

GPtrArray *
_ok_send_dialog_recipients_by (OkSendDialog *self,
                               OkChannel     channel,
                               const char   *language)
{
  GListModel *model = ok_mailing_get_recipients (self->mailing);
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OkRecipient) recipient = g_list_model_get_item (model, i);

      if (ok_recipient_get_channel (recipient) == channel
          && (language == NULL || g_strcmp0 (ok_recipient_get_language (recipient), language) == 0))
        g_ptr_array_add (chosen, g_steal_pointer (&recipient));
    }
  return chosen;
}

/* Showing the mailing */

static void
update_preview (OkSendDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);
  const char *language = self->languages != NULL && selected < g_strv_length (self->languages)
                         ? self->languages[selected] : "nl";
  OkLanguage *lang = ok_template_catalog_lookup_language (ok_mailing_get_catalog (self->mailing), language);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->preview_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *text = NULL;
  gboolean ok;

  ok = ok_mailing_compose (self->mailing, NULL, language, &subject, &text, &error);
  gtk_widget_set_direction (GTK_WIDGET (self->preview_view),
                            lang != NULL && ok_language_is_rtl (lang) ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  gtk_label_set_label (self->preview_subject, ok ? subject : error->message);
  gtk_text_buffer_set_text (buffer, ok ? text : "", -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "send.copy-broadcast", ok);
}

static void
update_languages (OkSendDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);
  g_autofree char *shown = self->languages != NULL && selected < g_strv_length (self->languages)
                           ? g_strdup (self->languages[selected]) : NULL;
  OkTemplateCatalog *catalog = ok_mailing_get_catalog (self->mailing);
  guint keep = 0;

  self->updating = TRUE;
  g_clear_pointer (&self->languages, g_strfreev);
  self->languages = ok_mailing_list_languages (self->mailing);
  gtk_string_list_splice (self->language_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->language_names)), NULL);
  for (guint i = 0; self->languages[i] != NULL; i++)
    {
      gtk_string_list_append (self->language_names, ok_language_label (catalog, self->languages[i]));
      if (g_strcmp0 (shown, self->languages[i]) == 0)
        keep = i;
    }
  gtk_drop_down_set_selected (self->language_dropdown, keep);
  self->updating = FALSE;
  update_preview (self);
}

static void
update_counts (OkSendDialog *self)
{
  static const OkChannel channels[] = {
    OK_CHANNEL_WHATSAPP, OK_CHANNEL_EMAIL, OK_CHANNEL_SMS, OK_CHANNEL_LETTER, OK_CHANNEL_PHONE,
  };
  guint n = g_list_model_get_n_items (ok_mailing_get_recipients (self->mailing));
  g_autoptr(GString) summary = g_string_new (NULL);

  g_string_append_printf (summary, ngettext ("%u family", "%u families", n), n);
  for (guint i = 0; i < G_N_ELEMENTS (channels); i++)
    {
      guint count = ok_mailing_count_channel (self->mailing, channels[i]);

      if (count > 0)
        g_string_append_printf (summary, " · %s %u", ok_enum_to_label (OK_TYPE_CHANNEL, channels[i]), count);
    }
  adw_preferences_group_set_description (self->families_group, summary->str);
  gtk_stack_set_visible_child_name (self->families_stack, n > 0 ? "list" : "empty");
  _ok_send_dialog_update_files (self);
}

static void
reload_recipients (OkSendDialog *self)
{
  g_autoptr(GPtrArray) recipients = NULL;
  g_autoptr(GError) error = NULL;
  OkRecipients which = adw_combo_row_get_selected (self->recipients_row);

  recipients = ok_store_send_recipients (self->store, self->activity, which, &error);
  if (recipients == NULL)
    {
      _ok_send_dialog_report_error (self, _("Could not find the families"), error);
      recipients = g_ptr_array_new_with_free_func (g_object_unref);
    }
  g_ptr_array_set_size (self->copied, 0);
  ok_mailing_set_recipients (self->mailing, recipients);
  update_counts (self);
  update_languages (self);
}

/* Rows */

static void
send_row_cb (OkSendDialog   *self,
             OkRecipientRow *row)
{
  OkRecipient *recipient = ok_recipient_row_get_recipient (row);
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *link = ok_mailing_link (self->mailing, recipient, &error);
  g_autofree char *message = NULL;

  if (link == NULL)
    {
      _ok_send_dialog_report_error (self, _("Could not write the message"), error);
      return;
    }
  gtk_show_uri (GTK_WINDOW (self), link, GDK_CURRENT_TIME);
  g_ptr_array_add (one, recipient);
  if (_ok_send_dialog_log_sent (self, one))
    {
      message = g_strdup_printf (_("Logged: message to %s"), ok_recipient_get_family_name (recipient));
      toast (self, message);
    }
}

static void
offer_log (OkSendDialog *self,
           const char   *title)
{
  AdwToast *offer = adw_toast_new (title);

  adw_toast_set_button_label (offer, _("_Log as Sent"));
  adw_toast_set_action_name (offer, "send.log-copied");
  adw_toast_set_timeout (offer, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, offer);
}

static void
copy_text (OkSendDialog *self,
           const char   *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
copy_row_cb (OkSendDialog   *self,
             OkRecipientRow *row)
{
  OkRecipient *recipient = ok_recipient_row_get_recipient (row);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!ok_mailing_compose (self->mailing, recipient, NULL, NULL, &text, &error))
    {
      _ok_send_dialog_report_error (self, _("Could not write the message"), error);
      return;
    }
  copy_text (self, text);
  g_ptr_array_set_size (self->copied, 0);
  g_ptr_array_add (self->copied, g_object_ref (recipient));
  offer_log (self, _("Message copied"));
}

static void
answer_row_cb (OkSendDialog   *self,
               int             answer,
               OkRecipientRow *row)
{
  g_autoptr(GError) error = NULL;

  if (!ok_send_dialog_answer (self, ok_recipient_row_get_recipient (row), answer, &error))
    _ok_send_dialog_report_error (self, _("Could not record the answer"), error);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              OkSendDialog             *self)
{
  GtkWidget *row = ok_recipient_row_new ();

  g_signal_connect_object (row, "send", G_CALLBACK (send_row_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "copy", G_CALLBACK (copy_row_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "answer", G_CALLBACK (answer_row_cb), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             OkSendDialog             *self)
{
  OkRecipient *recipient = gtk_list_item_get_item (item);
  /* A call is made in Dutch, but who calls wants to know the home language. */
  const char *language = ok_recipient_get_channel (recipient) == OK_CHANNEL_PHONE
                         ? ok_recipient_get_home_language (recipient) : ok_recipient_get_language (recipient);

  ok_recipient_row_set_recipient (OK_RECIPIENT_ROW (gtk_list_item_get_child (item)), recipient,
                                  ok_language_label (ok_mailing_get_catalog (self->mailing), language));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               OkSendDialog             *self)
{
  ok_recipient_row_set_recipient (OK_RECIPIENT_ROW (gtk_list_item_get_child (item)), NULL, NULL);
}

/* Callbacks */

static const char *
selected_template (OkSendDialog *self)
{
  const char * const *ids = ok_template_list_ids ();
  guint selected = adw_combo_row_get_selected (self->template_row);

  return selected < g_strv_length ((char **) ids) ? ids[selected] : ids[0];
}

static void
on_template_changed_cb (OkSendDialog *self)
{
  const char *template_id = selected_template (self);
  gboolean contact = g_str_equal (template_id, "contact-parent-introduction");

  if (self->updating)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->contact_name_row), contact);
  gtk_widget_set_visible (GTK_WIDGET (self->contact_phone_row), contact);
  ok_mailing_set_template (self->mailing, template_id);
  /* A reminder goes to the unanswered, a thank-you to those who came. */
  self->updating = TRUE;
  adw_combo_row_set_selected (self->recipients_row, ok_send_default_recipients (template_id));
  self->updating = FALSE;
  reload_recipients (self);
}

static void
on_recipients_changed_cb (OkSendDialog *self)
{
  if (!self->updating)
    reload_recipients (self);
}

static void
on_sender_changed_cb (OkSendDialog *self,
                      GtkEditable  *editable)
{
  if (self->mailing == NULL)
    return;
  ok_mailing_set_sender (self->mailing, sender_name (self),
                         gtk_editable_get_text (GTK_EDITABLE (self->contact_name_row)),
                         gtk_editable_get_text (GTK_EDITABLE (self->contact_phone_row)));
  if (self->updating)
    return;
  /* Whoever sends is the same person next time. */
  if (editable == GTK_EDITABLE (self->sender_row))
    ok_sender_name_remember (sender_name (self));
  update_preview (self);
}

static void
on_language_changed_cb (OkSendDialog *self)
{
  if (!self->updating)
    update_preview (self);
}

/* Actions */

static void
copy_broadcast_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  OkSendDialog *self = OK_SEND_DIALOG (widget);
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);
  const char *language = self->languages[selected];
  g_autoptr(GPtrArray) whatsapp = _ok_send_dialog_recipients_by (self, OK_CHANNEL_WHATSAPP, language);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;

  if (!ok_mailing_compose (self->mailing, NULL, language, NULL, &text, &error))
    {
      _ok_send_dialog_report_error (self, _("Could not write the message"), error);
      return;
    }
  copy_text (self, text);
  g_ptr_array_set_size (self->copied, 0);
  for (guint i = 0; i < whatsapp->len; i++)
    g_ptr_array_add (self->copied, g_object_ref (whatsapp->pdata[i]));
  title = g_strdup_printf (ngettext ("Copied for the broadcast list of %u WhatsApp family",
                                     "Copied for the broadcast list of %u WhatsApp families", whatsapp->len),
                           whatsapp->len);
  if (whatsapp->len > 0)
    offer_log (self, title);
  else
    toast (self, _("Message copied"));
}

static void
log_copied_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OkSendDialog *self = OK_SEND_DIALOG (widget);
  g_autofree char *title = NULL;
  guint n = self->copied->len;

  if (_ok_send_dialog_log_sent (self, self->copied))
    {
      title = g_strdup_printf (ngettext ("Logged %u message", "Logged %u messages", n), n);
      toast (self, title);
    }
  g_ptr_array_set_size (self->copied, 0);
}

/* GObject */

static void
ok_send_dialog_dispose (GObject *object)
{
  OkSendDialog *self = OK_SEND_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_SEND_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->activity);
  g_clear_object (&self->mailing);
  g_clear_object (&self->language_names);
  g_clear_object (&self->printing);
  g_clear_pointer (&self->copied, g_ptr_array_unref);

  G_OBJECT_CLASS (ok_send_dialog_parent_class)->dispose (object);
}

static void
ok_send_dialog_finalize (GObject *object)
{
  OkSendDialog *self = OK_SEND_DIALOG (object);

  g_clear_pointer (&self->languages, g_strfreev);

  G_OBJECT_CLASS (ok_send_dialog_parent_class)->finalize (object);
}

static void
ok_send_dialog_class_init (OkSendDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_send_dialog_dispose;
  object_class->finalize = ok_send_dialog_finalize;

  g_type_ensure (OK_TYPE_INTERPRETER_PLAN);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-send-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, template_row);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, recipients_row);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, sender_row);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, contact_name_row);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, contact_phone_row);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, families_group);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, families_stack);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, recipient_list);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, preview_subject);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, sms_row);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, letters_row);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, calls_row);
  gtk_widget_class_bind_template_child (widget_class, OkSendDialog, interpreter_plan);
  gtk_widget_class_bind_template_callback (widget_class, on_template_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_recipients_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sender_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_language_changed_cb);

  gtk_widget_class_install_action (widget_class, "send.copy-broadcast", NULL, copy_broadcast_activated);
  gtk_widget_class_install_action (widget_class, "send.log-copied", NULL, log_copied_activated);
  _ok_send_dialog_class_init_files (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ok_send_dialog_init (OkSendDialog *self)
{
  g_autoptr(GtkStringList) templates = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) recipients = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) klass = g_type_class_ref (OK_TYPE_RECIPIENTS);
  const char * const *ids = ok_template_list_ids ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->copied = g_ptr_array_new_with_free_func (g_object_unref);
  self->language_names = gtk_string_list_new (NULL);

  /* Nothing to show until the dialog has its activity. */
  self->updating = TRUE;
  gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (self->language_names));
  for (guint i = 0; ids[i] != NULL; i++)
    gtk_string_list_append (templates, ok_template_get_name (ids[i]));
  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (templates));
  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (recipients, ok_enum_to_label (OK_TYPE_RECIPIENTS, klass->values[i].value));
  adw_combo_row_set_model (self->recipients_row, G_LIST_MODEL (recipients));
  self->updating = FALSE;
}

/**
 * ok_send_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @store: the database
 * @activity: a stored activity with a start
 * @error: the templates cannot be loaded
 *
 * Returns: (transfer none) (nullable): the dialog, not yet shown, with the
 *   activity's invitation to its target group
 */
OkSendDialog *
ok_send_dialog_new (GtkWindow   *parent,
                    OkStore     *store,
                    OkActivity  *activity,
                    GError     **error)
{
  g_autoptr(OkTemplateCatalog) catalog = NULL;
  g_autoptr(OkSchool) school = NULL;
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *date = NULL;
  g_autofree char *sender = ok_sender_name_dup ();
  OkLanguage *dutch;
  OkSendDialog *self;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), NULL);
  g_return_val_if_fail (ok_activity_get_starts_at (activity) != NULL, NULL);

  catalog = ok_store_template_load_catalog (store, error);
  if (catalog == NULL)
    return NULL;
  school = ok_store_school_get (store, ok_activity_get_school_id (activity), error);
  if (school == NULL)
    return NULL;

  self = g_object_new (OK_TYPE_SEND_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->activity = g_object_ref (activity);
  self->mailing = ok_mailing_new (catalog, activity, ok_school_get_name (school));
  /* A list view makes rows only for the families on screen: a school
   * can have a thousand. */
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
  selection = gtk_no_selection_new (g_object_ref (ok_mailing_get_recipients (self->mailing)));
  gtk_list_view_set_factory (self->recipient_list, factory);
  gtk_list_view_set_model (self->recipient_list, GTK_SELECTION_MODEL (selection));

  dutch = ok_template_catalog_lookup_language (catalog, "nl");
  date = ok_language_format_date (dutch, ok_activity_get_starts_at (activity));
  subtitle = g_strdup_printf ("%s · %s", ok_activity_get_title (activity), date);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->sender_row), sender);
  self->updating = FALSE;
  ok_send_dialog_set_template (self, ok_send_default_template (activity));
  ok_interpreter_plan_set_activity (self->interpreter_plan, store, activity, catalog);
  return self;
}

OkMailing *
ok_send_dialog_get_mailing (OkSendDialog *self)
{
  g_return_val_if_fail (OK_IS_SEND_DIALOG (self), NULL);
  return self->mailing;
}

/**
 * ok_send_dialog_set_template:
 * @self: the dialog
 * @template_id: a template
 *
 * Chooses the template, and with it who it goes to by default.
 */
void
ok_send_dialog_set_template (OkSendDialog *self,
                             const char   *template_id)
{
  const char * const *ids = ok_template_list_ids ();

  g_return_if_fail (OK_IS_SEND_DIALOG (self));

  for (guint i = 0; ids[i] != NULL; i++)
    if (g_str_equal (ids[i], template_id))
      {
        if (adw_combo_row_get_selected (self->template_row) == i)
          on_template_changed_cb (self);
        else
          adw_combo_row_set_selected (self->template_row, i);
      }
}

void
ok_send_dialog_set_recipients (OkSendDialog *self,
                               OkRecipients  which)
{
  g_return_if_fail (OK_IS_SEND_DIALOG (self));

  if (adw_combo_row_get_selected (self->recipients_row) == (guint) which)
    reload_recipients (self);
  else
    adw_combo_row_set_selected (self->recipients_row, which);
}

void
ok_send_dialog_set_sender (OkSendDialog *self,
                           const char   *sender_name)
{
  g_return_if_fail (OK_IS_SEND_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->sender_row), sender_name);
}

/* Something the dialog's user should know about the list. */
void
ok_send_dialog_add_toast (OkSendDialog *self,
                          const char   *title)
{
  g_return_if_fail (OK_IS_SEND_DIALOG (self));

  toast (self, title);
}

/* Shows the preview in a language the message is written in. */
void
ok_send_dialog_show_language (OkSendDialog *self,
                              const char   *language)
{
  g_return_if_fail (OK_IS_SEND_DIALOG (self));

  for (guint i = 0; self->languages != NULL && self->languages[i] != NULL; i++)
    if (g_str_equal (self->languages[i], language))
      gtk_drop_down_set_selected (self->language_dropdown, i);
}

/**
 * ok_send_dialog_answer:
 * @self: the dialog
 * @recipient: a family of the list
 * @answer: %OK_ATTENDANCE_STATUS_REGISTERED or %OK_ATTENDANCE_STATUS_EXCUSED
 * @error: a failed query
 *
 * Records the parent's answer. For a family on the call list, the answer
 * is the call, so the call is logged first.
 */
gboolean
ok_send_dialog_answer (OkSendDialog        *self,
                       OkRecipient         *recipient,
                       OkAttendanceStatus   answer,
                       GError             **error)
{
  g_return_val_if_fail (OK_IS_SEND_DIALOG (self), FALSE);
  g_return_val_if_fail (OK_IS_RECIPIENT (recipient), FALSE);

  if (ok_recipient_get_channel (recipient) == OK_CHANNEL_PHONE && !ok_recipient_get_sent (recipient))
    {
      g_autoptr(GPtrArray) call = g_ptr_array_new ();

      g_ptr_array_add (call, recipient);
      if (!ok_store_send_log (self->store, self->activity, ok_mailing_get_template (self->mailing), call,
                              sender_name (self), error))
        return FALSE;
    }
  if (!ok_store_send_reply (self->store, self->activity, recipient, answer, sender_name (self), error))
    return FALSE;
  ok_interpreter_plan_reload (self->interpreter_plan);
  return TRUE;
}


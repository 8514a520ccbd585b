/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One family in the send dialog: how its message goes, whether it went,
 * and its answer in one click. Rows are recycled by the list view, so a
 * row follows whichever family it is given. */
#define G_LOG_DOMAIN "ok-recipient-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-recipient-row.h"

struct _OkRecipientRow
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkImage *channel_icon;
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkLabel *status_label;
  GtkButton *send_button;
  GtkButton *copy_button;
  GtkButton *yes_button;
  GtkButton *no_button;

  /* Owned references */
  OkRecipient *recipient;
  char *language_name;
};

G_DEFINE_FINAL_TYPE (OkRecipientRow, ok_recipient_row, GTK_TYPE_WIDGET)

enum {
  SEND,
  COPY,
  ANSWER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
channel_icon_name (OkChannel channel)
{
  switch (channel)
    {
    case OK_CHANNEL_WHATSAPP:
      return "user-available-symbolic";
    case OK_CHANNEL_SMS:
      return "phone-symbolic";
    case OK_CHANNEL_EMAIL:
      return "mail-unread-symbolic";
    case OK_CHANNEL_PHONE:
      return "call-start-symbolic";
    case OK_CHANNEL_LETTER:
    case OK_CHANNEL_IN_PERSON:
    default:
      return "printer-symbolic";
    }
}

static const char *
how_text (OkRecipient *recipient)
{
  OkChannel channel = ok_recipient_get_channel (recipient);

  switch (ok_recipient_get_reason (recipient))
    {
    case OK_SEND_REASON_READS_NO_LANGUAGE:
      return _("call: does not read well");
    case OK_SEND_REASON_SPOKEN_LANGUAGE:
      return _("call: home language is rarely written");
    case OK_SEND_REASON_NO_ADDRESS:
      return channel == OK_CHANNEL_EMAIL ? _("e-mail: no mobile number")
             : channel == OK_CHANNEL_WHATSAPP ? _("WhatsApp: no e-mail address")
             : _("letter: no number or address");
    case OK_SEND_REASON_PREFERRED:
    default:
      break;
    }
  switch (channel)
    {
    case OK_CHANNEL_WHATSAPP:
      return _("WhatsApp");
    case OK_CHANNEL_SMS:
      return _("text message, in the SMS file");
    case OK_CHANNEL_EMAIL:
      return _("e-mail");
    case OK_CHANNEL_PHONE:
      return _("call: prefers a call");
    case OK_CHANNEL_LETTER:
    case OK_CHANNEL_IN_PERSON:
    default:
      return _("letter");
    }
}

static void
update (OkRecipientRow *self)
{
  OkRecipient *recipient = self->recipient;
  OkChannel channel = ok_recipient_get_channel (recipient);
  int status = ok_recipient_get_status (recipient);
  gboolean answerable = ok_recipient_get_parent_id (recipient) > 0;
  g_autofree char *subtitle = NULL;
  const char *parent = ok_recipient_get_parent_name (recipient);
  const char *status_text = NULL;

  subtitle = g_strdup_printf ("%s%s%s · %s", parent != NULL ? parent : "", parent != NULL ? " · " : "",
                              self->language_name, how_text (recipient));
  gtk_label_set_label (self->subtitle_label, subtitle);
  gtk_image_set_from_icon_name (self->channel_icon, channel_icon_name (channel));

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "warning");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
  switch (status)
    {
    case OK_ATTENDANCE_STATUS_INVITED:
      status_text = ok_recipient_get_sent (recipient) ? _("Sent") : _("Invited");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
      break;
    case OK_ATTENDANCE_STATUS_REGISTERED:
      status_text = _("Coming");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "success");
      break;
    case OK_ATTENDANCE_STATUS_PRESENT:
      status_text = _("Came");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "success");
      break;
    case OK_ATTENDANCE_STATUS_EXCUSED:
      status_text = _("Not coming");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "warning");
      break;
    case OK_ATTENDANCE_STATUS_NO_SHOW:
      status_text = _("Did not come");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "warning");
      break;
    default:
      status_text = ok_recipient_get_sent (recipient) ? _("Sent") : NULL;
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
      break;
    }
  gtk_label_set_label (self->status_label, status_text != NULL ? status_text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status_text != NULL);

  gtk_widget_set_visible (GTK_WIDGET (self->send_button),
                          channel == OK_CHANNEL_WHATSAPP || channel == OK_CHANNEL_EMAIL);
  gtk_button_set_icon_name (self->send_button, channel == OK_CHANNEL_EMAIL ? "mail-send-symbolic"
                                                                           : "send-to-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->send_button),
                               channel == OK_CHANNEL_EMAIL ? _("Write the E-mail") : _("Open in WhatsApp"));
  gtk_widget_set_visible (GTK_WIDGET (self->copy_button), channel != OK_CHANNEL_PHONE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->yes_button),
                            answerable && status != OK_ATTENDANCE_STATUS_REGISTERED);
  gtk_widget_set_sensitive (GTK_WIDGET (self->no_button), answerable && status != OK_ATTENDANCE_STATUS_EXCUSED);
}

static void
on_send_clicked_cb (OkRecipientRow *self)
{
  g_signal_emit (self, signals[SEND], 0);
}

static void
on_copy_clicked_cb (OkRecipientRow *self)
{
  g_signal_emit (self, signals[COPY], 0);
}

static void
on_yes_clicked_cb (OkRecipientRow *self)
{
  g_signal_emit (self, signals[ANSWER], 0, OK_ATTENDANCE_STATUS_REGISTERED);
}

static void
on_no_clicked_cb (OkRecipientRow *self)
{
  g_signal_emit (self, signals[ANSWER], 0, OK_ATTENDANCE_STATUS_EXCUSED);
}

static void
ok_recipient_row_dispose (GObject *object)
{
  OkRecipientRow *self = OK_RECIPIENT_ROW (object);
  GtkWidget *child;

  ok_recipient_row_set_recipient (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_RECIPIENT_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ok_recipient_row_parent_class)->dispose (object);
}

static void
ok_recipient_row_finalize (GObject *object)
{
  OkRecipientRow *self = OK_RECIPIENT_ROW (object);

  g_clear_pointer (&self->language_name, g_free);

  G_OBJECT_CLASS (ok_recipient_row_parent_class)->finalize (object);
}

static void
ok_recipient_row_class_init (OkRecipientRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_recipient_row_dispose;
  object_class->finalize = ok_recipient_row_finalize;

  /**
   * OkRecipientRow::send:
   *
   * Open the family's WhatsApp or e-mail link.
   */
  signals[SEND] = g_signal_new ("send", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * OkRecipientRow::copy:
   *
   * Copy the family's message.
   */
  signals[COPY] = g_signal_new ("copy", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * OkRecipientRow::answer:
   * @status: %OK_ATTENDANCE_STATUS_REGISTERED or %OK_ATTENDANCE_STATUS_EXCUSED
   *
   * The parent answered.
   */
  signals[ANSWER] = g_signal_new ("answer", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-recipient-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OkRecipientRow, channel_icon);
  gtk_widget_class_bind_template_child (widget_class, OkRecipientRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OkRecipientRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, OkRecipientRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, OkRecipientRow, send_button);
  gtk_widget_class_bind_template_child (widget_class, OkRecipientRow, copy_button);
  gtk_widget_class_bind_template_child (widget_class, OkRecipientRow, yes_button);
  gtk_widget_class_bind_template_child (widget_class, OkRecipientRow, no_button);
  gtk_widget_class_bind_template_callback (widget_class, on_send_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_copy_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_yes_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_no_clicked_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
ok_recipient_row_init (OkRecipientRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
}

GtkWidget *
ok_recipient_row_new (void)
{
  return g_object_new (OK_TYPE_RECIPIENT_ROW, NULL);
}

/**
 * ok_recipient_row_get_recipient:
 * @self: a row
 *
 * Returns: (transfer none) (nullable): the family shown
 */
OkRecipient *
ok_recipient_row_get_recipient (OkRecipientRow *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT_ROW (self), NULL);
  return self->recipient;
}

/**
 * ok_recipient_row_set_recipient:
 * @self: a row
 * @recipient: (nullable): the family to show, following its status
 * @language_name: (nullable): the name of the language its message is in
 */
void
ok_recipient_row_set_recipient (OkRecipientRow *self,
                                OkRecipient    *recipient,
                                const char     *language_name)
{
  g_autofree char *yes = NULL;
  g_autofree char *no = NULL;

  g_return_if_fail (OK_IS_RECIPIENT_ROW (self));
  g_return_if_fail (recipient == NULL || OK_IS_RECIPIENT (recipient));

  if (self->recipient != NULL)
    g_signal_handlers_disconnect_by_data (self->recipient, self);
  g_set_object (&self->recipient, recipient);
  g_free (self->language_name);
  self->language_name = g_strdup (language_name != NULL ? language_name : "");
  if (recipient == NULL)
    return;

  gtk_label_set_label (self->title_label, ok_recipient_get_family_name (recipient));
  yes = g_strdup_printf (_("%s is coming"), ok_recipient_get_family_name (recipient));
  no = g_strdup_printf (_("%s is not coming"), ok_recipient_get_family_name (recipient));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->yes_button), GTK_ACCESSIBLE_PROPERTY_LABEL, yes, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->no_button), GTK_ACCESSIBLE_PROPERTY_LABEL, no, -1);
  g_signal_connect_object (recipient, "notify::status", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (recipient, "notify::sent", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (recipient, "notify::channel", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A family a message goes to, and how it goes there. */
#define G_LOG_DOMAIN "ok-recipient"

#include "config.h"

#include "ok-recipient.h"

struct _OkRecipient
{
  GObject parent_instance;

  gint64 family_id;
  char *family_name;
  gint64 parent_id;
  char *parent_name;
  char *phone;
  char *email;
  char *child_name;
  char **languages;
  OkChannel preferred_channel;
  gboolean reads_no_language;
  gboolean interpreter_needed;
  int status;
  OkChannel channel;
  OkSendReason reason;
  char *language;
  gboolean sent;
};

G_DEFINE_FINAL_TYPE (OkRecipient, ok_recipient, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FAMILY_NAME,
  PROP_PARENT_NAME,
  PROP_STATUS,
  PROP_CHANNEL,
  PROP_LANGUAGE,
  PROP_SENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_recipient_finalize (GObject *object)
{
  OkRecipient *self = OK_RECIPIENT (object);

  g_clear_pointer (&self->family_name, g_free);
  g_clear_pointer (&self->parent_name, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->child_name, g_free);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (ok_recipient_parent_class)->finalize (object);
}

static void
ok_recipient_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  OkRecipient *self = OK_RECIPIENT (object);

  switch (prop_id)
    {
    case PROP_FAMILY_NAME:
      g_value_set_string (value, self->family_name);
      break;
    case PROP_PARENT_NAME:
      g_value_set_string (value, self->parent_name);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_SENT:
      g_value_set_boolean (value, self->sent);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_recipient_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  OkRecipient *self = OK_RECIPIENT (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      ok_recipient_set_status (self, g_value_get_int (value));
      break;
    case PROP_SENT:
      ok_recipient_set_sent (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_recipient_class_init (OkRecipientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_recipient_finalize;
  object_class->get_property = ok_recipient_get_property;
  object_class->set_property = ok_recipient_set_property;

  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENT_NAME] =
    g_param_spec_string ("parent-name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * OkRecipient:status:
   *
   * The parent's #OkAttendanceStatus for the activity, or
   * %OK_RECIPIENT_NO_STATUS.
   */
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, OK_RECIPIENT_NO_STATUS, OK_ATTENDANCE_STATUS_NO_SHOW,
                      OK_RECIPIENT_NO_STATUS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL, OK_TYPE_CHANNEL, OK_CHANNEL_LETTER,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OkRecipient:sent:
   *
   * Whether the message was sent (and logged) in this session.
   */
  properties[PROP_SENT] =
    g_param_spec_boolean ("sent", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_recipient_init (OkRecipient *self)
{
  self->status = OK_RECIPIENT_NO_STATUS;
  self->preferred_channel = OK_CHANNEL_WHATSAPP;
  self->channel = OK_CHANNEL_LETTER;
  self->languages = g_new0 (char *, 1);
}

OkRecipient *
ok_recipient_new (gint64      family_id,
                  const char *family_name)
{
  OkRecipient *self = g_object_new (OK_TYPE_RECIPIENT, NULL);

  self->family_id = family_id;
  self->family_name = g_strdup (family_name);
  return self;
}

gint64
ok_recipient_get_family_id (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), 0);
  return self->family_id;
}

const char *
ok_recipient_get_family_name (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), NULL);
  return self->family_name;
}

gint64
ok_recipient_get_parent_id (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), 0);
  return self->parent_id;
}

const char *
ok_recipient_get_parent_name (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), NULL);
  return self->parent_name;
}

const char *
ok_recipient_get_phone (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), NULL);
  return self->phone;
}

const char *
ok_recipient_get_email (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), NULL);
  return self->email;
}

static char *
dup_nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

void
ok_recipient_set_parent (OkRecipient *self,
                         gint64       parent_id,
                         const char  *name,
                         const char  *phone,
                         const char  *email)
{
  g_return_if_fail (OK_IS_RECIPIENT (self));

  self->parent_id = parent_id;
  g_free (self->parent_name);
  self->parent_name = dup_nonempty (name);
  g_free (self->phone);
  self->phone = dup_nonempty (phone);
  g_free (self->email);
  self->email = dup_nonempty (email);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENT_NAME]);
}

const char *
ok_recipient_get_child_name (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), NULL);
  return self->child_name;
}

void
ok_recipient_set_child_name (OkRecipient *self,
                             const char  *child_name)
{
  g_return_if_fail (OK_IS_RECIPIENT (self));

  g_free (self->child_name);
  self->child_name = dup_nonempty (child_name);
}

const char * const *
ok_recipient_get_languages (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), NULL);
  return (const char * const *) self->languages;
}

void
ok_recipient_set_languages (OkRecipient        *self,
                            const char * const *languages)
{
  g_return_if_fail (OK_IS_RECIPIENT (self));

  g_strfreev (self->languages);
  self->languages = languages != NULL ? g_strdupv ((char **) languages) : g_new0 (char *, 1);
}

/* The first home language, or NULL when none is known. */
const char *
ok_recipient_get_home_language (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), NULL);
  return self->languages[0];
}

OkChannel
ok_recipient_get_preferred_channel (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), OK_CHANNEL_LETTER);
  return self->preferred_channel;
}

void
ok_recipient_set_preferred_channel (OkRecipient *self,
                                    OkChannel    channel)
{
  g_return_if_fail (OK_IS_RECIPIENT (self));
  self->preferred_channel = channel;
}

gboolean
ok_recipient_get_reads_no_language (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), FALSE);
  return self->reads_no_language;
}

void
ok_recipient_set_reads_no_language (OkRecipient *self,
                                    gboolean     reads_no_language)
{
  g_return_if_fail (OK_IS_RECIPIENT (self));
  self->reads_no_language = !!reads_no_language;
}

gboolean
ok_recipient_get_interpreter_needed (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), FALSE);
  return self->interpreter_needed;
}

void
ok_recipient_set_interpreter_needed (OkRecipient *self,
                                     gboolean     interpreter_needed)
{
  g_return_if_fail (OK_IS_RECIPIENT (self));
  self->interpreter_needed = !!interpreter_needed;
}

int
ok_recipient_get_status (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), OK_RECIPIENT_NO_STATUS);
  return self->status;
}

void
ok_recipient_set_status (OkRecipient *self,
                         int          status)
{
  g_return_if_fail (OK_IS_RECIPIENT (self));
  g_return_if_fail (status >= OK_RECIPIENT_NO_STATUS && status <= OK_ATTENDANCE_STATUS_NO_SHOW);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/* Whether the parent said yes or no (or came, or did not). */
gboolean
ok_recipient_get_answered (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), FALSE);
  return self->status != OK_RECIPIENT_NO_STATUS && self->status != OK_ATTENDANCE_STATUS_INVITED;
}

OkChannel
ok_recipient_get_channel (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), OK_CHANNEL_LETTER);
  return self->channel;
}

OkSendReason
ok_recipient_get_reason (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), OK_SEND_REASON_PREFERRED);
  return self->reason;
}

void
ok_recipient_set_channel (OkRecipient  *self,
                          OkChannel     channel,
                          OkSendReason  reason)
{
  g_return_if_fail (OK_IS_RECIPIENT (self));

  self->reason = reason;
  if (self->channel == channel)
    return;
  self->channel = channel;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

const char *
ok_recipient_get_language (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), NULL);
  return self->language;
}

void
ok_recipient_set_language (OkRecipient *self,
                           const char  *language)
{
  g_return_if_fail (OK_IS_RECIPIENT (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

gboolean
ok_recipient_get_sent (OkRecipient *self)
{
  g_return_val_if_fail (OK_IS_RECIPIENT (self), FALSE);
  return self->sent;
}

void
ok_recipient_set_sent (OkRecipient *self,
                       gboolean     sent)
{
  g_return_if_fail (OK_IS_RECIPIENT (self));

  sent = !!sent;
  if (self->sent == sent)
    return;
  self->sent = sent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENT]);
}

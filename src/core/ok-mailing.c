/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A template sent to families about an activity. Every message a parent
 * gets is written twice: in the home language first, for the parent, and
 * in plain Dutch below it, for whoever helps them read it and for the
 * school's own record. Families that read no language get a call, with a
 * short script in plain Dutch for the officer or their contact parent. */
#define G_LOG_DOMAIN "ok-mailing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-core-resources.h"
#include "ok-csv.h"
#include "ok-enums.h"
#include "ok-mailing.h"
#include "ok-phone.h"
#include "ok-send.h"
#include "ok-template-fill.h"

#define CALL_SCRIPTS "/nl/ouderkamer/core/scripts/call.json"
/* Between the home language and the Dutch text: no words, so that it
 * reads the same in every language and direction. */
#define DUTCH_SEPARATOR "\n\n———\n\n"

struct _OkMailing
{
  GObject parent_instance;

  OkTemplateCatalog *catalog;
  OkTemplateFill fill;
  char *template_id;
  GListStore *recipients;
  JsonObject *call_scripts;
};

G_DEFINE_FINAL_TYPE (OkMailing, ok_mailing, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEMPLATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_mailing_finalize (GObject *object)
{
  OkMailing *self = OK_MAILING (object);

  g_clear_object (&self->catalog);
  ok_template_fill_clear (&self->fill);
  g_clear_pointer (&self->template_id, g_free);
  g_clear_object (&self->recipients);
  g_clear_pointer (&self->call_scripts, json_object_unref);

  G_OBJECT_CLASS (ok_mailing_parent_class)->finalize (object);
}

static void
ok_mailing_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OkMailing *self = OK_MAILING (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      g_value_set_string (value, self->template_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_mailing_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OkMailing *self = OK_MAILING (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      ok_mailing_set_template (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_mailing_class_init (OkMailingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_mailing_finalize;
  object_class->get_property = ok_mailing_get_property;
  object_class->set_property = ok_mailing_set_property;

  /**
   * OkMailing:template:
   *
   * The id of the template sent.
   */
  properties[PROP_TEMPLATE] =
    g_param_spec_string ("template", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_mailing_init (OkMailing *self)
{
  self->recipients = g_list_store_new (OK_TYPE_RECIPIENT);
}

/**
 * ok_mailing_new:
 * @catalog: the templates
 * @activity: the activity the messages are about
 * @school_name: (nullable): the school, under every message
 *
 * Returns: (transfer full): a mailing of the activity's invitation, to nobody yet
 */
OkMailing *
ok_mailing_new (OkTemplateCatalog *catalog,
                OkActivity        *activity,
                const char        *school_name)
{
  OkMailing *self;

  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), NULL);
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), NULL);

  self = g_object_new (OK_TYPE_MAILING, NULL);
  self->catalog = g_object_ref (catalog);
  ok_template_fill_set_activity (&self->fill, activity, school_name);
  self->template_id = g_strdup (ok_send_default_template (activity));
  return self;
}

OkTemplateCatalog *
ok_mailing_get_catalog (OkMailing *self)
{
  g_return_val_if_fail (OK_IS_MAILING (self), NULL);
  return self->catalog;
}

OkActivity *
ok_mailing_get_activity (OkMailing *self)
{
  g_return_val_if_fail (OK_IS_MAILING (self), NULL);
  return ok_template_fill_get_activity (&self->fill);
}

const char *
ok_mailing_get_template (OkMailing *self)
{
  g_return_val_if_fail (OK_IS_MAILING (self), NULL);
  return self->template_id;
}

static void
decide (OkMailing   *self,
        OkRecipient *recipient)
{
  OkSendReason reason;
  OkChannel channel = ok_send_choose_channel (recipient, &reason);

  ok_recipient_set_channel (recipient, channel, reason);
  /* A call is made in Dutch (with the contact parent translating). */
  ok_recipient_set_language (recipient, channel == OK_CHANNEL_PHONE
                                        ? "nl"
                                        : ok_send_choose_language (recipient, self->catalog, self->template_id));
}

/* The languages depend on which translations the template has. */
void
ok_mailing_set_template (OkMailing  *self,
                         const char *template_id)
{
  GListModel *model;

  g_return_if_fail (OK_IS_MAILING (self));
  g_return_if_fail (ok_template_get_name (template_id) != NULL);

  if (g_strcmp0 (self->template_id, template_id) == 0)
    return;
  g_free (self->template_id);
  self->template_id = g_strdup (template_id);

  model = G_LIST_MODEL (self->recipients);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OkRecipient) recipient = g_list_model_get_item (model, i);

      decide (self, recipient);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
}

void
ok_mailing_set_sender (OkMailing  *self,
                       const char *sender_name,
                       const char *contact_parent_name,
                       const char *contact_parent_phone)
{
  g_return_if_fail (OK_IS_MAILING (self));

  ok_template_fill_set_sender (&self->fill, sender_name, contact_parent_name, contact_parent_phone);
}

/**
 * ok_mailing_get_recipients:
 * @self: a mailing
 *
 * Returns: (transfer none): the families, as #OkRecipient
 */
GListModel *
ok_mailing_get_recipients (OkMailing *self)
{
  g_return_val_if_fail (OK_IS_MAILING (self), NULL);
  return G_LIST_MODEL (self->recipients);
}

/**
 * ok_mailing_set_recipients:
 * @self: a mailing
 * @recipients: (element-type OkRecipient): the families, from the store
 *
 * Decides each family's channel and language.
 */
void
ok_mailing_set_recipients (OkMailing *self,
                           GPtrArray *recipients)
{
  g_return_if_fail (OK_IS_MAILING (self));
  g_return_if_fail (recipients != NULL);

  for (guint i = 0; i < recipients->len; i++)
    decide (self, recipients->pdata[i]);
  g_list_store_splice (self->recipients, 0, g_list_model_get_n_items (G_LIST_MODEL (self->recipients)),
                       recipients->pdata, recipients->len);
}

guint
ok_mailing_count_channel (OkMailing *self,
                          OkChannel  channel)
{
  GListModel *model;
  guint count = 0;

  g_return_val_if_fail (OK_IS_MAILING (self), 0);

  model = G_LIST_MODEL (self->recipients);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OkRecipient) recipient = g_list_model_get_item (model, i);

      if (ok_recipient_get_channel (recipient) == channel)
        count++;
    }
  return count;
}

/**
 * ok_mailing_list_languages:
 * @self: a mailing
 *
 * Returns: (transfer full): the languages written in, Dutch first, each once
 */
GStrv
ok_mailing_list_languages (OkMailing *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *model;

  g_return_val_if_fail (OK_IS_MAILING (self), NULL);

  g_strv_builder_add (builder, "nl");
  g_hash_table_add (seen, (gpointer) "nl");
  model = G_LIST_MODEL (self->recipients);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OkRecipient) recipient = g_list_model_get_item (model, i);
      const char *language = ok_recipient_get_language (recipient);

      if (language != NULL && !g_hash_table_contains (seen, language))
        {
          g_strv_builder_add (builder, language);
          g_hash_table_add (seen, (gpointer) g_intern_string (language));
        }
    }
  return g_strv_builder_end (builder);
}

static void
fill_for (OkMailing   *self,
          OkRecipient *recipient,
          const char  *language)
{
  ok_template_fill_set_family (&self->fill,
                               recipient != NULL ? ok_recipient_get_parent_name (recipient) : NULL,
                               recipient != NULL ? ok_recipient_get_child_name (recipient) : NULL);
  ok_template_fill_set_language (&self->fill, language);
}

/**
 * ok_mailing_compose:
 * @self: a mailing
 * @recipient: (nullable): the family, or %NULL for a message to every
 *   parent (a WhatsApp broadcast, a preview)
 * @language: (nullable): the language; %NULL for the family's
 * @subject: (out) (optional): the subject, for e-mail
 * @text: (out) (optional): the message
 * @error: a template that cannot be filled in
 *
 * Writes the message in the home language with the Dutch one below it
 * (Dutch alone for Dutch), the subject likewise on one line.
 */
gboolean
ok_mailing_compose (OkMailing    *self,
                    OkRecipient  *recipient,
                    const char   *language,
                    char        **subject,
                    char        **text,
                    GError      **error)
{
  g_autofree char *dutch_subject = NULL;
  g_autofree char *dutch_body = NULL;
  g_autofree char *home_subject = NULL;
  g_autofree char *home_body = NULL;

  g_return_val_if_fail (OK_IS_MAILING (self), FALSE);
  g_return_val_if_fail (recipient == NULL || OK_IS_RECIPIENT (recipient), FALSE);

  if (language == NULL)
    language = recipient != NULL ? ok_recipient_get_language (recipient) : NULL;
  if (language == NULL)
    language = "nl";

  fill_for (self, recipient, language);
  if (!ok_template_catalog_render (self->catalog, self->template_id, "nl", &self->fill.context,
                                   OK_TEMPLATE_RENDER_DEFAULT, &dutch_subject, &dutch_body, error))
    return FALSE;
  if (g_str_equal (language, "nl"))
    {
      if (subject != NULL)
        *subject = g_steal_pointer (&dutch_subject);
      if (text != NULL)
        *text = g_steal_pointer (&dutch_body);
      return TRUE;
    }

  if (!ok_template_catalog_render (self->catalog, self->template_id, language, &self->fill.context,
                                   OK_TEMPLATE_RENDER_DEFAULT, &home_subject, &home_body, error))
    return FALSE;
  if (subject != NULL)
    *subject = g_strconcat (home_subject, " / ", dutch_subject, NULL);
  if (text != NULL)
    *text = g_strconcat (home_body, DUTCH_SEPARATOR, dutch_body, NULL);
  return TRUE;
}

static gboolean
prefix_error (GError      **error,
              GError       *local_error,
              OkRecipient  *recipient)
{
  g_set_error (error, local_error->domain, local_error->code, "%s: %s",
               ok_recipient_get_family_name (recipient), local_error->message);
  return FALSE;
}

/**
 * ok_mailing_link:
 * @self: a mailing
 * @recipient: a family written to by WhatsApp or e-mail
 * @error: another channel, or a template that cannot be filled in
 *
 * Returns: (transfer full) (nullable): a https://wa.me/ or mailto: link
 *   with the message in it
 */
char *
ok_mailing_link (OkMailing    *self,
                 OkRecipient  *recipient,
                 GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *text = NULL;
  OkChannel channel;

  g_return_val_if_fail (OK_IS_MAILING (self), NULL);
  g_return_val_if_fail (OK_IS_RECIPIENT (recipient), NULL);

  channel = ok_recipient_get_channel (recipient);
  if (channel != OK_CHANNEL_WHATSAPP && channel != OK_CHANNEL_EMAIL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: there is no link for the channel “%s”"),
                   ok_recipient_get_family_name (recipient),
                   ok_enum_to_label (OK_TYPE_CHANNEL, channel));
      return NULL;
    }
  if (!ok_mailing_compose (self, recipient, NULL, &subject, &text, &local_error))
    {
      prefix_error (error, local_error, recipient);
      return NULL;
    }
  if (channel == OK_CHANNEL_WHATSAPP)
    return ok_send_whatsapp_link (ok_recipient_get_phone (recipient), text);
  return ok_send_mailto_link (ok_recipient_get_email (recipient), subject, text);
}

static JsonObject *
load_call_scripts (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  /* Referencing the bundle keeps the linker from dropping it. */
  if (ok_core_get_resource () == NULL)
    return NULL;
  bytes = g_resources_lookup_data (CALL_SCRIPTS, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL
      || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE,
                   "The call scripts are not a JSON object");
      return NULL;
    }
  return json_object_ref (json_node_get_object (root));
}

static void
append_lines (GString    *out,
              JsonObject *object,
              const char *member)
{
  JsonArray *lines = json_object_has_member (object, member)
                     ? json_object_get_array_member (object, member) : NULL;

  for (guint i = 0; lines != NULL && i < json_array_get_length (lines); i++)
    {
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, json_array_get_string_element (lines, i));
    }
}

/**
 * ok_mailing_call_script:
 * @self: a mailing
 * @recipient: a family
 * @error: a template that cannot be filled in
 *
 * What to say on the phone, in plain Dutch, for the family's call.
 *
 * Returns: (transfer full) (nullable): the script
 */
char *
ok_mailing_call_script (OkMailing    *self,
                        OkRecipient  *recipient,
                        GError      **error)
{
  g_autoptr(GString) script = g_string_new (NULL);
  g_autoptr(OkTemplateText) text = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *rendered = NULL;
  JsonObject *scripts;

  g_return_val_if_fail (OK_IS_MAILING (self), NULL);
  g_return_val_if_fail (OK_IS_RECIPIENT (recipient), NULL);

  if (self->call_scripts == NULL)
    {
      self->call_scripts = load_call_scripts (error);
      if (self->call_scripts == NULL)
        return NULL;
    }
  scripts = json_object_get_object_member (self->call_scripts, "scripts");
  append_lines (script, self->call_scripts, "greeting");
  if (scripts != NULL)
    append_lines (script, scripts, self->template_id);

  /* Rendered as a Dutch text, so dates and names come out in Dutch. */
  text = ok_template_text_new (self->template_id, "nl", "", script->str,
                               OK_TRANSLATION_STATUS_CHECKED, FALSE);
  fill_for (self, recipient, ok_recipient_get_home_language (recipient));
  if (!ok_template_catalog_render_text (self->catalog, text, &self->fill.context,
                                        OK_TEMPLATE_RENDER_DEFAULT, NULL, &rendered, &local_error))
    {
      prefix_error (error, local_error, recipient);
      return NULL;
    }
  return g_steal_pointer (&rendered);
}

static const char *
describe_reason (OkSendReason reason)
{
  switch (reason)
    {
    case OK_SEND_REASON_READS_NO_LANGUAGE:
      return _("Does not read well");
    case OK_SEND_REASON_SPOKEN_LANGUAGE:
      return _("Home language is rarely written");
    case OK_SEND_REASON_NO_ADDRESS:
      return _("No number or address for the chosen channel");
    case OK_SEND_REASON_PREFERRED:
    default:
      return _("Prefers a call");
    }
}

static void
end_row (GString *out)
{
  g_string_append (out, "\r\n");
}

/**
 * ok_mailing_sms_csv:
 * @self: a mailing
 * @n_messages: (out) (optional): how many messages the file holds
 * @error: a template that cannot be filled in
 *
 * The text messages as the school's SMS tool imports them: a header and
 * one "number;message" row per family, RFC 4180 with CRLF, numbers in
 * E.164.
 *
 * Returns: (transfer full) (nullable): the CSV
 */
char *
ok_mailing_sms_csv (OkMailing  *self,
                    guint      *n_messages,
                    GError    **error)
{
  g_autoptr(GString) out = g_string_new ("number;message\r\n");
  GListModel *model;
  guint count = 0;

  g_return_val_if_fail (OK_IS_MAILING (self), NULL);

  model = G_LIST_MODEL (self->recipients);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OkRecipient) recipient = g_list_model_get_item (model, i);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *number = NULL;
      g_autofree char *text = NULL;

      if (ok_recipient_get_channel (recipient) != OK_CHANNEL_SMS)
        continue;
      if (!ok_mailing_compose (self, recipient, NULL, NULL, &text, &local_error))
        {
          prefix_error (error, local_error, recipient);
          return NULL;
        }
      number = ok_phone_normalize (ok_recipient_get_phone (recipient));
      ok_csv_append_field (out, number);
      g_string_append_c (out, ';');
      ok_csv_append_field (out, text);
      end_row (out);
      count++;
    }
  if (n_messages != NULL)
    *n_messages = count;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ok_mailing_call_list_csv:
 * @self: a mailing
 * @n_calls: (out) (optional): how many calls the list holds
 * @error: a template that cannot be filled in
 *
 * The families to call, for people to open in a spreadsheet and print:
 * who, which number, the home language (for the contact parent who
 * speaks it), why a call, what to say, and an empty column to write the
 * answer in.
 *
 * Returns: (transfer full) (nullable): the CSV, separated by semicolons
 *   as a Dutch spreadsheet expects
 */
char *
ok_mailing_call_list_csv (OkMailing  *self,
                          guint      *n_calls,
                          GError    **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *headings[] = {
    _("Family"), _("Parent"), _("Phone"), _("Home language"), _("Why a call"), _("What to say"), _("Answer"),
  };
  GListModel *model;
  guint count = 0;

  g_return_val_if_fail (OK_IS_MAILING (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      if (i > 0)
        g_string_append_c (out, ';');
      ok_csv_append_field (out, headings[i]);
    }
  end_row (out);

  model = G_LIST_MODEL (self->recipients);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OkRecipient) recipient = g_list_model_get_item (model, i);
      g_autofree char *script = NULL;

      if (ok_recipient_get_channel (recipient) != OK_CHANNEL_PHONE)
        continue;
      script = ok_mailing_call_script (self, recipient, error);
      if (script == NULL)
        return NULL;
      ok_csv_append_field (out, ok_recipient_get_family_name (recipient));
      g_string_append_c (out, ';');
      ok_csv_append_field (out, ok_recipient_get_parent_name (recipient));
      g_string_append_c (out, ';');
      ok_csv_append_field (out, ok_recipient_get_phone (recipient));
      g_string_append_c (out, ';');
      ok_csv_append_field (out, ok_template_catalog_get_language_name (self->catalog,
                                                                        ok_recipient_get_home_language (recipient)));
      g_string_append_c (out, ';');
      ok_csv_append_field (out, describe_reason (ok_recipient_get_reason (recipient)));
      g_string_append_c (out, ';');
      ok_csv_append_field (out, script);
      g_string_append_c (out, ';');
      end_row (out);
      count++;
    }
  if (n_calls != NULL)
    *n_calls = count;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ok_mailing_letters:
 * @self: a mailing
 * @error: a template that cannot be filled in
 *
 * Returns: (transfer full) (nullable): one bilingual page per family
 *   written to by letter
 */
OkLetters *
ok_mailing_letters (OkMailing  *self,
                    GError    **error)
{
  g_autoptr(OkLetters) letters = ok_letters_new ();
  GListModel *model;

  g_return_val_if_fail (OK_IS_MAILING (self), NULL);

  model = G_LIST_MODEL (self->recipients);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OkRecipient) recipient = g_list_model_get_item (model, i);
      g_autoptr(GError) local_error = NULL;
      const char *language = ok_recipient_get_language (recipient);

      if (ok_recipient_get_channel (recipient) != OK_CHANNEL_LETTER)
        continue;
      fill_for (self, recipient, language);
      if (!ok_letters_add_rendered (letters, self->catalog, self->template_id, language, &self->fill.context,
                                    ok_recipient_get_family_name (recipient), &local_error))
        {
          prefix_error (error, local_error, recipient);
          return NULL;
        }
    }
  return g_steal_pointer (&letters);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static const char *
reason_nick (OkSendReason reason)
{
  static const char * const nicks[] = { "preferred", "no-address", "spoken-language", "reads-no-language" };

  return reason < G_N_ELEMENTS (nicks) ? nicks[reason] : NULL;
}

/**
 * ok_mailing_to_json:
 * @self: a mailing
 * @error: a template that cannot be filled in
 *
 * Every family with its channel, language and message (or call script),
 * for scripts that send the messages themselves.
 *
 * Returns: (transfer full) (nullable): an object with the activity,
 *   template and a "messages" array
 */
JsonNode *
ok_mailing_to_json (OkMailing  *self,
                    GError    **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  GListModel *model;

  g_return_val_if_fail (OK_IS_MAILING (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "activity");
  json_builder_add_int_value (builder, ok_activity_get_id (ok_mailing_get_activity (self)));
  add_string (builder, "template", self->template_id);
  json_builder_set_member_name (builder, "messages");
  json_builder_begin_array (builder);

  model = G_LIST_MODEL (self->recipients);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(OkRecipient) recipient = g_list_model_get_item (model, i);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *subject = NULL;
      g_autofree char *text = NULL;
      g_autofree char *link = NULL;
      g_autofree char *script = NULL;
      g_autofree char *e164 = ok_phone_normalize (ok_recipient_get_phone (recipient));
      OkChannel channel = ok_recipient_get_channel (recipient);
      int status = ok_recipient_get_status (recipient);

      if (channel == OK_CHANNEL_PHONE)
        {
          script = ok_mailing_call_script (self, recipient, error);
          if (script == NULL)
            return NULL;
        }
      else
        {
          if (!ok_mailing_compose (self, recipient, NULL, &subject, &text, &local_error))
            {
              prefix_error (error, local_error, recipient);
              return NULL;
            }
          if (channel == OK_CHANNEL_WHATSAPP || channel == OK_CHANNEL_EMAIL)
            link = ok_mailing_link (self, recipient, error);
          if ((channel == OK_CHANNEL_WHATSAPP || channel == OK_CHANNEL_EMAIL) && link == NULL)
            return NULL;
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "family_id");
      json_builder_add_int_value (builder, ok_recipient_get_family_id (recipient));
      add_string (builder, "family", ok_recipient_get_family_name (recipient));
      json_builder_set_member_name (builder, "parent_id");
      if (ok_recipient_get_parent_id (recipient) > 0)
        json_builder_add_int_value (builder, ok_recipient_get_parent_id (recipient));
      else
        json_builder_add_null_value (builder);
      add_string (builder, "parent", ok_recipient_get_parent_name (recipient));
      add_string (builder, "channel", ok_enum_to_nick (OK_TYPE_CHANNEL, channel));
      add_string (builder, "reason", reason_nick (ok_recipient_get_reason (recipient)));
      add_string (builder, "language", ok_recipient_get_language (recipient));
      add_string (builder, "home_language", ok_recipient_get_home_language (recipient));
      add_string (builder, "status", status != OK_RECIPIENT_NO_STATUS
                                     ? ok_enum_to_nick (OK_TYPE_ATTENDANCE_STATUS, status) : NULL);
      add_string (builder, "phone", e164);
      add_string (builder, "email", ok_recipient_get_email (recipient));
      add_string (builder, "subject", subject);
      add_string (builder, "text", text);
      add_string (builder, "link", link);
      add_string (builder, "script", script);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

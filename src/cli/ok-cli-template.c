/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ouderkamer-cli template: the parent-facing templates from the command
 * line, for scripts that send messages or print letters. */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ok-cli.h"
#include "ok-enums.h"
#include "ok-letters.h"
#include "ok-mailing.h"
#include "ok-send.h"
#include "ok-sender-name.h"
#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-store-send.h"
#include "ok-store-template.h"
#include "ok-template-fill.h"

static gboolean
template_list (OkStore  *store,
               int       argc,
               char    **argv,
               GError  **error)
{
  static const char * const formats[] = { "text", "json", NULL };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(OkTemplateCatalog) catalog = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *format = NULL;
  const char * const *ids = ok_template_list_ids ();
  GListModel *languages;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: text or json"), "FORMAT" },
    { NULL }
  };

  g_option_context_set_summary (context, _("List the templates, the languages each is written in, "
                                           "and which translations a native speaker has checked."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error)
      || !ok_cli_check_format (format != NULL ? format : "text", formats, error))
    return FALSE;

  catalog = ok_store_template_load_catalog (store, error);
  if (catalog == NULL)
    return FALSE;
  languages = ok_template_catalog_get_languages (catalog);

  json_builder_begin_array (builder);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GString) checked = g_string_new (NULL);
      g_autoptr(GString) unchecked = g_string_new (NULL);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, ids[i]);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, ok_template_get_name (ids[i]));
      json_builder_set_member_name (builder, "languages");
      json_builder_begin_array (builder);
      for (guint l = 0; l < g_list_model_get_n_items (languages); l++)
        {
          g_autoptr(OkLanguage) language = g_list_model_get_item (languages, l);
          const char *code = ok_language_get_code (language);
          OkTemplateText *text = ok_template_catalog_lookup_text (catalog, ids[i], code);
          GString *list;

          if (text == NULL)
            continue;
          list = ok_template_text_get_status (text) == OK_TRANSLATION_STATUS_CHECKED ? checked : unchecked;
          g_string_append_printf (list, "%s%s%s", list->len > 0 ? " " : "", code,
                                  ok_template_text_get_custom (text) ? "*" : "");

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, code);
          json_builder_set_member_name (builder, "status");
          json_builder_add_string_value (builder, ok_enum_to_nick (OK_TYPE_TRANSLATION_STATUS,
                                                                   ok_template_text_get_status (text)));
          json_builder_set_member_name (builder, "custom");
          json_builder_add_boolean_value (builder, ok_template_text_get_custom (text));
          json_builder_set_member_name (builder, "rtl");
          json_builder_add_boolean_value (builder, ok_language_is_rtl (language));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);

      if (format == NULL || g_str_equal (format, "text"))
        {
          g_print ("%s — %s\n", ids[i], ok_template_get_name (ids[i]));
          g_print ("  %s %s\n", _("checked:"), checked->len > 0 ? checked->str : "–");
          g_print ("  %s %s\n", _("not yet checked:"), unchecked->len > 0 ? unchecked->str : "–");
        }
    }
  json_builder_end_array (builder);

  if (format != NULL && g_str_equal (format, "json"))
    {
      g_autoptr(JsonNode) root = json_builder_get_root (builder);

      ok_cli_print_json (root);
    }
  else
    g_print ("%s\n", _("* = changed by this school"));
  return TRUE;
}

static const char *
first_language (OkFamily *family)
{
  const char * const *languages = ok_family_get_languages (family);

  return languages != NULL && languages[0] != NULL ? languages[0] : "nl";
}

static gboolean
template_render (OkStore  *store,
                 int       argc,
                 char    **argv,
                 GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("TEMPLATE"));
  g_autoptr(OkTemplateCatalog) catalog = NULL;
  g_autoptr(OkFamily) family = NULL;
  g_auto(OkTemplateFill) fill = { 0, };
  g_autofree char *language = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *contact_parent = NULL;
  g_autofree char *contact_phone = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  gint64 activity_id = 0, family_id = 0;
  gboolean show_subject = FALSE;
  GOptionEntry entries[] = {
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language code (default: the family's, else nl)"), "CODE" },
    { "activity", 0, 0, G_OPTION_ARG_INT64, &activity_id, N_("The activity the message is about"), "ID" },
    { "family", 0, 0, G_OPTION_ARG_INT64, &family_id, N_("The family it is for"), "ID" },
    { "sender", 0, 0, G_OPTION_ARG_STRING, &sender,
      N_("Your name, under the message (default: the name last used in the app)"), "NAME" },
    { "contact-parent", 0, 0, G_OPTION_ARG_STRING, &contact_parent, N_("Name of the contact parent"), "NAME" },
    { "contact-phone", 0, 0, G_OPTION_ARG_STRING, &contact_phone, N_("Phone number of the contact parent"),
      "PHONE" },
    { "subject", 0, 0, G_OPTION_ARG_NONE, &show_subject, N_("Print the subject (for e-mail) instead"), NULL },
    { NULL }
  };

  g_option_context_set_summary (context, _("Write a template in a language, filled in with an activity "
                                           "and a family, to standard output."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (sender == NULL)
    sender = ok_sender_name_dup_remembered ();
  if (argc != 2 || activity_id <= 0 || sender == NULL)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("Usage: ouderkamer-cli template render TEMPLATE --activity ID --sender NAME "
                     "[--lang CODE] [--family ID]"));
      return FALSE;
    }

  catalog = ok_store_template_load_catalog (store, error);
  if (catalog == NULL || !ok_template_fill_load_activity (&fill, store, activity_id, error))
    return FALSE;
  ok_template_fill_set_sender (&fill, sender, contact_parent, contact_phone);
  if (family_id > 0)
    {
      family = ok_store_family_get (store, family_id, error);
      if (family == NULL || !ok_template_fill_load_family (&fill, store, family, error))
        return FALSE;
      if (language == NULL)
        language = g_strdup (first_language (family));
    }
  if (language == NULL)
    language = g_strdup ("nl");
  ok_template_fill_set_language (&fill, language);

  if (!ok_template_catalog_render (catalog, argv[1], language, &fill.context, OK_TEMPLATE_RENDER_DEFAULT,
                                   &subject, &body, error))
    return FALSE;
  g_print ("%s\n", show_subject ? subject : body);
  return TRUE;
}

/* Without --families, the letters go to every family that asked for
 * paper and reads a language. */
static GPtrArray *
choose_families (OkStore     *store,
                 const char  *ids,
                 GError     **error)
{
  g_autoptr(GPtrArray) chosen = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) parts = NULL;

  if (ids == NULL)
    {
      g_autoptr(GPtrArray) all = ok_store_family_list (store, error);

      if (all == NULL)
        return NULL;
      for (guint i = 0; i < all->len; i++)
        {
          OkFamily *family = all->pdata[i];

          if (ok_family_get_preferred_channel (family) == OK_CHANNEL_LETTER
              && !ok_family_get_reads_no_language (family))
            g_ptr_array_add (chosen, g_object_ref (family));
        }
      return g_steal_pointer (&chosen);
    }

  parts = g_strsplit (ids, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      OkFamily *family;
      gint64 id;

      if (!ok_cli_parse_id (g_strstrip (parts[i]), &id, error))
        return NULL;
      family = ok_store_family_get (store, id, error);
      if (family == NULL)
        return NULL;
      g_ptr_array_add (chosen, family);
    }
  return g_steal_pointer (&chosen);
}

static gboolean
template_letters (OkStore  *store,
                  int       argc,
                  char    **argv,
                  GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(OkTemplateCatalog) catalog = NULL;
  g_autoptr(OkLetters) letters = ok_letters_new ();
  g_autoptr(GPtrArray) families = NULL;
  g_auto(OkTemplateFill) fill = { 0, };
  g_autofree char *template_id = NULL;
  g_autofree char *output = NULL;
  g_autofree char *family_ids = NULL;
  g_autofree char *sender = NULL;
  gint64 activity_id = 0;
  GOptionEntry entries[] = {
    { "activity", 0, 0, G_OPTION_ARG_INT64, &activity_id, N_("The activity the letters are about"), "ID" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), "FILE.pdf" },
    { "families", 0, 0, G_OPTION_ARG_STRING, &family_ids,
      N_("Comma-separated family ids (default: the families that prefer a letter)"), "ID,…" },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_id,
      N_("Template (default: the invitation for the kind of activity)"), "TEMPLATE" },
    { "sender", 0, 0, G_OPTION_ARG_STRING, &sender,
      N_("Your name, under the letters (default: the name last used in the app)"), "NAME" },
    { NULL }
  };

  g_option_context_set_summary (context, _("Write bilingual letters, one page per family with the Dutch "
                                           "text beside the family's home language, to a PDF file."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (sender == NULL)
    sender = ok_sender_name_dup_remembered ();
  if (argc != 1 || activity_id <= 0 || output == NULL || sender == NULL)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("Usage: ouderkamer-cli template letters --activity ID --output FILE.pdf --sender NAME "
                     "[--families ID,…] [--template TEMPLATE]"));
      return FALSE;
    }

  catalog = ok_store_template_load_catalog (store, error);
  if (catalog == NULL || !ok_template_fill_load_activity (&fill, store, activity_id, error))
    return FALSE;
  ok_template_fill_set_sender (&fill, sender, NULL, NULL);
  if (template_id == NULL)
    template_id = g_strdup (ok_send_default_template (ok_template_fill_get_activity (&fill)));
  families = choose_families (store, family_ids, error);
  if (families == NULL)
    return FALSE;
  if (families->len == 0)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_FAILED,
                   _("No family prefers a letter; choose families with --families"));
      return FALSE;
    }

  for (guint i = 0; i < families->len; i++)
    {
      OkFamily *family = families->pdata[i];
      const char *language = first_language (family);
      g_autoptr(GError) local_error = NULL;

      if (ok_template_catalog_lookup_text (catalog, template_id, language) == NULL)
        {
          g_printerr (_("Family %s: no text in “%s”, the letter is in Dutch only\n"),
                      ok_family_get_name (family), language);
          language = "nl";
        }
      if (!ok_template_fill_load_family (&fill, store, family, error))
        return FALSE;
      ok_template_fill_set_language (&fill, language);
      if (!ok_letters_add_rendered (letters, catalog, template_id, language, &fill.context,
                                    ok_family_get_name (family), &local_error))
        {
          g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_FAILED, _("Family %s: %s"),
                       ok_family_get_name (family), local_error->message);
          return FALSE;
        }
    }

  if (!ok_letters_write_pdf (letters, output, error))
    return FALSE;
  g_print (ngettext ("Wrote %u letter to %s\n", "Wrote %u letters to %s\n",
                     ok_letters_get_n_pages (letters)),
           ok_letters_get_n_pages (letters), output);
  return TRUE;
}

/* Which families a format writes to: the links are for WhatsApp and
 * e-mail, the CSV for the SMS tool, the call list for calls; JSON has
 * everyone. */
static gboolean
format_includes (const char *format,
                 OkChannel   channel)
{
  if (g_str_equal (format, "links"))
    return channel == OK_CHANNEL_WHATSAPP || channel == OK_CHANNEL_EMAIL;
  if (g_str_equal (format, "sms-csv"))
    return channel == OK_CHANNEL_SMS;
  if (g_str_equal (format, "call-list"))
    return channel == OK_CHANNEL_PHONE;
  return TRUE;
}

static char *
write_links (OkMailing  *mailing,
             GError    **error)
{
  GListModel *recipients = ok_mailing_get_recipients (mailing);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (recipients); i++)
    {
      g_autoptr(OkRecipient) recipient = g_list_model_get_item (recipients, i);
      g_autofree char *link = NULL;
      OkChannel channel = ok_recipient_get_channel (recipient);

      if (!format_includes ("links", channel))
        continue;
      link = ok_mailing_link (mailing, recipient, error);
      if (link == NULL)
        return NULL;
      g_string_append_printf (out, "%s\t%s\t%s\n", ok_recipient_get_family_name (recipient),
                              ok_enum_to_nick (OK_TYPE_CHANNEL, channel), link);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* What the chosen format leaves out, so that no family is forgotten. */
static void
print_others (OkMailing  *mailing,
              const char *format)
{
  static const struct {
    OkChannel channel;
    const char *hint;
  } others[] = {
    { OK_CHANNEL_WHATSAPP, "--format links" },
    { OK_CHANNEL_EMAIL, "--format links" },
    { OK_CHANNEL_SMS, "--format sms-csv" },
    { OK_CHANNEL_PHONE, "--format call-list" },
    { OK_CHANNEL_LETTER, "ouderkamer-cli template letters" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    {
      guint count = ok_mailing_count_channel (mailing, others[i].channel);

      if (count == 0 || format_includes (format, others[i].channel))
        continue;
      g_printerr (ngettext ("%s: %u family, see %s\n", "%s: %u families, see %s\n", count),
                  ok_enum_to_label (OK_TYPE_CHANNEL, others[i].channel), count, others[i].hint);
    }
}

static gboolean
template_send (OkStore  *store,
               int       argc,
               char    **argv,
               GError  **error)
{
  static const char * const formats[] = { "links", "sms-csv", "call-list", "json", NULL };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(OkTemplateCatalog) catalog = NULL;
  g_autoptr(OkActivity) activity = NULL;
  g_autoptr(OkSchool) school = NULL;
  g_autoptr(OkMailing) mailing = NULL;
  g_autoptr(GPtrArray) recipients = NULL;
  g_autoptr(GPtrArray) logged = g_ptr_array_new ();
  g_autofree char *template_id = NULL;
  g_autofree char *to = NULL;
  g_autofree char *format = NULL;
  g_autofree char *sender = NULL;
  g_autofree char *contact_parent = NULL;
  g_autofree char *contact_phone = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  g_autofree char *to_nicks = ok_enum_list_nicks (OK_TYPE_RECIPIENTS);
  g_autofree char *to_help = NULL;
  gint64 activity_id = 0;
  gboolean log = FALSE;
  int which;
  GOptionEntry entries[] = {
    { "activity", 0, 0, G_OPTION_ARG_INT64, &activity_id, N_("The activity the messages are about"), "ID" },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_id,
      N_("Template (default: the invitation for the kind of activity)"), "TEMPLATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, NULL, "WHO" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("links, sms-csv, call-list or json"), "FORMAT" },
    { "sender", 0, 0, G_OPTION_ARG_STRING, &sender,
      N_("Your name, under the messages (default: the name last used in the app)"), "NAME" },
    { "contact-parent", 0, 0, G_OPTION_ARG_STRING, &contact_parent, N_("Name of the contact parent"), "NAME" },
    { "contact-phone", 0, 0, G_OPTION_ARG_STRING, &contact_phone, N_("Phone number of the contact parent"),
      "PHONE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to a file instead of standard output"),
      "FILE" },
    { "log", 0, 0, G_OPTION_ARG_NONE, &log,
      N_("Log every message written out as a contact moment and mark the parents invited"), NULL },
    { NULL }
  };

  to_help = g_strdup_printf (_("Who: %s (default: the unanswered for a reminder, those who came for a "
                               "thank-you, those who did not for “we missed you”, else the target group)"),
                             to_nicks);
  entries[2].description = to_help;
  g_option_context_set_summary (context, _("Write a template to families by the channel each prefers, in "
                                           "their home language with the Dutch text below it: links for "
                                           "WhatsApp and e-mail, a CSV for the SMS tool, a call list for "
                                           "families who do not read, or everything as JSON. Nothing is "
                                           "logged without --log, so a first look changes nothing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (sender == NULL)
    sender = ok_sender_name_dup_remembered ();
  if (argc != 1 || activity_id <= 0 || format == NULL || sender == NULL)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("Usage: ouderkamer-cli template send --activity ID --sender NAME "
                     "--format links|sms-csv|call-list|json [--template TEMPLATE] [--to WHO] [--log]"));
      return FALSE;
    }
  if (!ok_cli_check_format (format, formats, error))
    return FALSE;
  if (template_id != NULL && ok_template_get_name (template_id) == NULL)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE, _("There is no template “%s”"), template_id);
      return FALSE;
    }
  if (log && g_str_equal (format, "call-list"))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("A call is logged when it is made, not when the list is written: leave out --log"));
      return FALSE;
    }

  catalog = ok_store_template_load_catalog (store, error);
  if (catalog == NULL)
    return FALSE;
  activity = ok_store_activity_get (store, activity_id, error);
  if (activity == NULL)
    return FALSE;
  school = ok_store_school_get (store, ok_activity_get_school_id (activity), error);
  if (school == NULL)
    return FALSE;
  if (template_id == NULL)
    template_id = g_strdup (ok_send_default_template (activity));
  which = ok_send_default_recipients (template_id);
  if (to != NULL && !ok_enum_from_nick (OK_TYPE_RECIPIENTS, to, &which))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE, _("Unknown recipients “%s”; use --to %s"), to,
                   to_nicks);
      return FALSE;
    }

  mailing = ok_mailing_new (catalog, activity, ok_school_get_name (school));
  ok_mailing_set_template (mailing, template_id);
  ok_mailing_set_sender (mailing, sender, contact_parent, contact_phone);
  recipients = ok_store_send_recipients (store, activity, which, error);
  if (recipients == NULL)
    return FALSE;
  ok_mailing_set_recipients (mailing, recipients);

  if (g_str_equal (format, "links"))
    text = write_links (mailing, error);
  else if (g_str_equal (format, "sms-csv"))
    text = ok_mailing_sms_csv (mailing, NULL, error);
  else if (g_str_equal (format, "call-list"))
    text = ok_mailing_call_list_csv (mailing, NULL, error);
  else
    {
      g_autoptr(JsonNode) root = ok_mailing_to_json (mailing, error);
      g_autoptr(JsonGenerator) generator = json_generator_new ();

      if (root != NULL)
        {
          json_generator_set_root (generator, root);
          json_generator_set_pretty (generator, TRUE);
          text = json_generator_to_data (generator, NULL);
        }
    }
  if (text == NULL)
    return FALSE;

  if (output != NULL)
    {
      if (!g_file_set_contents (output, text, -1, error))
        return FALSE;
    }
  else
    fputs (text, stdout);
  print_others (mailing, format);

  if (!log)
    return TRUE;
  for (guint i = 0; i < recipients->len; i++)
    {
      OkChannel channel = ok_recipient_get_channel (recipients->pdata[i]);

      if (channel != OK_CHANNEL_PHONE && format_includes (format, channel))
        g_ptr_array_add (logged, recipients->pdata[i]);
    }
  if (!ok_store_send_log (store, activity, template_id, logged, sender, error))
    return FALSE;
  g_printerr (ngettext ("Logged %u message as a contact moment\n", "Logged %u messages as contact moments\n",
                        logged->len), logged->len);
  return TRUE;
}

gboolean
ok_cli_template (OkStore  *store,
                 int       argc,
                 char    **argv,
                 GError  **error)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return template_list (store, argc - 1, argv + 1, error);
  if (argc >= 2 && g_str_equal (argv[1], "render"))
    return template_render (store, argc - 1, argv + 1, error);
  if (argc >= 2 && g_str_equal (argv[1], "letters"))
    return template_letters (store, argc - 1, argv + 1, error);
  if (argc >= 2 && g_str_equal (argv[1], "send"))
    return template_send (store, argc - 1, argv + 1, error);

  g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
               _("Usage: ouderkamer-cli template list|render|letters|send [OPTIONS…] (see --help of each)"));
  return FALSE;
}

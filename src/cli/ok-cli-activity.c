/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-cli.h"
#include "ok-language-table.h"
#include "ok-store-activity.h"
#include "ok-time.h"

static gboolean
parse_enum (GType        type,
            const char  *option,
            const char  *text,
            int         *value,
            GError     **error)
{
  g_autofree char *allowed = NULL;

  if (text == NULL || ok_enum_from_nick (type, text, value))
    return TRUE;
  allowed = ok_enum_list_nicks (type);
  g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
               _("Unknown value “%s” for %s; use one of: %s"), text, option, allowed);
  return FALSE;
}

static GDateTime *
parse_time (const char  *option,
            const char  *text,
            GError     **error)
{
  GDateTime *dt = ok_time_parse_local (text);

  if (dt == NULL)
    g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                 _("“%s” is not a valid time for %s; use ISO 8601 such as 2026-11-24T08:30"),
                 text, option);
  return dt;
}

static void
add_member_string (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_member_strv (JsonBuilder        *builder,
                 const char         *name,
                 const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
activity_to_json (JsonBuilder *builder,
                  OkActivity  *activity)
{
  g_autofree char *starts = ok_time_format_local (ok_activity_get_starts_at (activity));
  g_autofree char *ends = ok_activity_get_ends_at (activity) != NULL
                          ? ok_time_format_local (ok_activity_get_ends_at (activity)) : NULL;
  int partnership = ok_activity_get_partnership (activity);
  int dimension = ok_activity_get_dimension (activity);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, ok_activity_get_id (activity));
  json_builder_set_member_name (builder, "series_id");
  if (ok_activity_get_series_id (activity) > 0)
    json_builder_add_int_value (builder, ok_activity_get_series_id (activity));
  else
    json_builder_add_null_value (builder);
  add_member_string (builder, "type", ok_enum_to_nick (OK_TYPE_ACTIVITY_KIND, ok_activity_get_kind (activity)));
  add_member_string (builder, "title", ok_activity_get_title (activity));
  add_member_string (builder, "theme", ok_activity_get_theme (activity));
  add_member_string (builder, "partnership",
                     partnership != OK_PARTNERSHIP_NONE ? ok_enum_to_nick (OK_TYPE_PARTNERSHIP, partnership) : NULL);
  add_member_string (builder, "dimension",
                     dimension != OK_DIMENSION_NONE ? ok_enum_to_nick (OK_TYPE_DIMENSION, dimension) : NULL);
  add_member_string (builder, "location", ok_activity_get_location (activity));
  add_member_string (builder, "start", starts);
  add_member_string (builder, "end", ends);
  add_member_string (builder, "status",
                     ok_enum_to_nick (OK_TYPE_ACTIVITY_STATUS, ok_activity_get_status (activity)));
  json_builder_set_member_name (builder, "capacity");
  if (ok_activity_get_capacity (activity) > 0)
    json_builder_add_int_value (builder, ok_activity_get_capacity (activity));
  else
    json_builder_add_null_value (builder);
  add_member_strv (builder, "interpreter_languages", ok_activity_get_interpreter_languages (activity));
  add_member_string (builder, "partner", ok_activity_get_partner (activity));
  add_member_string (builder, "target_group",
                     ok_enum_to_nick (OK_TYPE_TARGET_GROUP, ok_activity_get_target_group (activity)));
  add_member_strv (builder, "target_groups", ok_activity_get_target_groups (activity));
  json_builder_set_member_name (builder, "unnamed_guests");
  json_builder_add_int_value (builder, ok_activity_get_unnamed_guests (activity));
  json_builder_end_object (builder);
}

static gboolean
activity_add (OkStore  *store,
              int       argc,
              char    **argv,
              GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *type = NULL, *title = NULL, *start = NULL, *end = NULL, *theme = NULL;
  g_autofree char *partnership = NULL, *dimension = NULL, *location = NULL, *partner = NULL;
  g_auto(GStrv) interpreters = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(OkActivity) activity = ok_activity_new ();
  int kind = 0, partnership_value = 0, dimension_value = 0, capacity = 0;
  GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &type, N_("theme-meeting, coffee-morning, walk-in, course-session, home-visit or other"), "TYPE" },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Title"), "TEXT" },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start, N_("Start, Dutch local time (2026-11-24T08:30)"), "ISO8601" },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end, N_("End, Dutch local time"), "ISO8601" },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme, N_("Theme from the catalogue (e.g. media-literacy)"), "T" },
    { "partnership", 0, 0, G_OPTION_ARG_STRING, &partnership, N_("pedagogisch, didactisch, formeel, informeel or maatschappelijk"), "P" },
    { "dimension", 0, 0, G_OPTION_ARG_STRING, &dimension, N_("thuisbetrokkenheid, samenwerking, ondersteuning or participatie"), "D" },
    { "location", 0, 0, G_OPTION_ARG_STRING, &location, N_("Location"), "L" },
    { "partner", 0, 0, G_OPTION_ARG_STRING, &partner, N_("Partner organisation"), "NAME" },
    { "capacity", 0, 0, G_OPTION_ARG_INT, &capacity, N_("Maximum number of parents"), "N" },
    { "interpreter", 0, 0, G_OPTION_ARG_STRING_ARRAY, &interpreters, N_("Language with an interpreter (repeatable)"), "CODE" },
    { NULL }
  };

  g_option_context_set_summary (context, _("Add an activity and print its id."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;

  if (type == NULL || title == NULL || start == NULL)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE, _("--type, --title and --start are required"));
      return FALSE;
    }
  if (!parse_enum (OK_TYPE_ACTIVITY_KIND, "--type", type, &kind, error)
      || !parse_enum (OK_TYPE_PARTNERSHIP, "--partnership", partnership, &partnership_value, error)
      || !parse_enum (OK_TYPE_DIMENSION, "--dimension", dimension, &dimension_value, error))
    return FALSE;
  if ((starts = parse_time ("--start", start, error)) == NULL)
    return FALSE;
  if (end != NULL && (ends = parse_time ("--end", end, error)) == NULL)
    return FALSE;
  if (capacity < 0)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE, _("--capacity cannot be negative"));
      return FALSE;
    }
  /* The codes the activity editor offers; stored in lower case as there. */
  for (guint i = 0; interpreters != NULL && interpreters[i] != NULL; i++)
    {
      char *lower;

      if (ok_language_dutch_name (interpreters[i]) == NULL)
        {
          g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                       _("“%s” is not a language code Ouderkamer knows for --interpreter (such as ar, tr or ti)"),
                       interpreters[i]);
          return FALSE;
        }
      lower = g_ascii_strdown (interpreters[i], -1);
      g_free (interpreters[i]);
      interpreters[i] = lower;
    }

  ok_activity_set_kind (activity, kind);
  ok_activity_set_title (activity, title);
  ok_activity_set_starts_at (activity, starts);
  ok_activity_set_ends_at (activity, ends);
  ok_activity_set_theme (activity, theme);
  ok_activity_set_partnership (activity, partnership_value);
  ok_activity_set_dimension (activity, dimension_value);
  ok_activity_set_location (activity, location);
  ok_activity_set_partner (activity, partner);
  ok_activity_set_capacity (activity, capacity);
  ok_activity_set_interpreter_languages (activity, (const char * const *) interpreters);
  if (!ok_store_activity_insert (store, activity, error))
    return FALSE;

  g_print ("%" G_GINT64_FORMAT "\n", ok_activity_get_id (activity));
  return TRUE;
}

static gboolean
activity_list (OkStore  *store,
               int       argc,
               char    **argv,
               GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *from = NULL, *to = NULL, *format = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("First day (YYYY-MM-DD)"), "DATE" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Last day (YYYY-MM-DD)"), "DATE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: json or text"), "FORMAT" },
    { NULL }
  };

  g_option_context_set_summary (context, _("List activities, optionally between two dates."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (format == NULL)
    format = g_strdup ("text");
  if (!ok_cli_check_format (format, (const char *[]) { "json", "text", NULL }, error))
    return FALSE;

  activities = ok_store_activity_list (store, from, to, error);
  if (activities == NULL)
    return FALSE;

  if (g_str_equal (format, "json"))
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < activities->len; i++)
        activity_to_json (builder, activities->pdata[i]);
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      ok_cli_print_json (root);
    }
  else
    for (guint i = 0; i < activities->len; i++)
      {
        OkActivity *activity = activities->pdata[i];
        g_autofree char *starts = ok_time_format_local (ok_activity_get_starts_at (activity));

        g_print ("%6" G_GINT64_FORMAT "  %s  %-16s  %-9s  %s\n", ok_activity_get_id (activity), starts,
                 ok_enum_to_nick (OK_TYPE_ACTIVITY_KIND, ok_activity_get_kind (activity)),
                 ok_enum_to_nick (OK_TYPE_ACTIVITY_STATUS, ok_activity_get_status (activity)),
                 ok_activity_get_title (activity));
      }
  return TRUE;
}

gboolean
ok_cli_activity (OkStore  *store,
                 int       argc,
                 char    **argv,
                 GError  **error)
{
  if (argc >= 2 && g_str_equal (argv[1], "add"))
    return activity_add (store, argc - 1, argv + 1, error);
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return activity_list (store, argc - 1, argv + 1, error);

  g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
               _("Usage: ouderkamer-cli activity add|list [OPTIONS…] (see --help of each)"));
  return FALSE;
}

gboolean
ok_cli_attendance (OkStore  *store,
                   int       argc,
                   char    **argv,
                   GError  **error)
{
  gint64 activity_id, parent_id;
  guint64 guests;
  int status;

  if (argc == 5 && g_str_equal (argv[1], "mark"))
    {
      if (!ok_cli_parse_id (argv[2], &activity_id, error) || !ok_cli_parse_id (argv[3], &parent_id, error)
          || !parse_enum (OK_TYPE_ATTENDANCE_STATUS, _("the status"), argv[4], &status, error))
        return FALSE;
      return ok_store_attendance_mark (store, activity_id, parent_id, status, FALSE,
                                       g_get_user_name (), NULL, error);
    }
  if (argc == 4 && g_str_equal (argv[1], "guests"))
    {
      if (!ok_cli_parse_id (argv[2], &activity_id, error))
        return FALSE;
      if (!g_ascii_string_to_unsigned (argv[3], 10, 0, 100000, &guests, NULL))
        {
          g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                       _("“%s” is not a number of guests (0 or more)"), argv[3]);
          return FALSE;
        }
      return ok_store_activity_set_guests (store, activity_id, (int) guests, error);
    }

  g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
               _("Usage: ouderkamer-cli attendance mark ACTIVITY_ID PARENT_ID "
                 "invited|registered|present|excused|no-show\n"
                 "       ouderkamer-cli attendance guests ACTIVITY_ID N"));
  return FALSE;
}

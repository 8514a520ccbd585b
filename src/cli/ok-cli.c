/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ouderkamer-cli: the command-line companion over the same core as the app,
 * for scripts, servers and backups. */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ok-cli.h"
#include "ok-csv.h"
#include "ok-secret.h"
#include "ok-store-family.h"

G_DEFINE_QUARK (ok-cli-error-quark, ok_cli_error)

static char *database;

static const OkCliCommand commands[] = {
  { "init", N_("Create the database, or bring it up to date"), ok_cli_init, TRUE },
  { "demo", N_("Fill the database with a realistic demo school"), ok_cli_demo, TRUE },
  { "families", N_("List families with their parents and children"), ok_cli_families, TRUE },
  { "activity", N_("Add and list activities"), ok_cli_activity, TRUE },
  { "attendance", N_("Record who was invited, registered, came or not"), ok_cli_attendance, TRUE },
  { "template", N_("List, fill in and print the parent-facing templates"), ok_cli_template, TRUE },
  { "report", N_("Reports: the quarterly overview for the director"), ok_cli_report, TRUE },
  { "import", N_("Import families from the school administration's CSV export"), ok_cli_import, TRUE },
  { "export", N_("Write the whole school to a JSON file"), ok_cli_export, TRUE },
  { "backup", N_("Make, list or restore backups of the database"), ok_cli_backup, FALSE },
  { "erase", N_("Remove all personal data of a family"), ok_cli_erase, TRUE },
  { "retention", N_("List or erase families that left long ago"), ok_cli_retention, TRUE },
};

/* The database given with --db or $OUDERKAMER_DB, NULL for the default:
 * for verbs that must not hold it open, such as a restore. */
const char *
ok_cli_get_database (void)
{
  return database;
}

gboolean
ok_cli_parse (GOptionContext  *context,
              int             *argc,
              char          ***argv,
              GError         **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!g_option_context_parse (context, argc, argv, &local_error))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

void
ok_cli_print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

gboolean
ok_cli_check_format (const char          *format,
                     const char * const  *allowed,
                     GError             **error)
{
  g_autofree char *list = NULL;

  if (format != NULL && g_strv_contains (allowed, format))
    return TRUE;
  list = g_strjoinv ("|", (char **) allowed);
  g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
               _("Unknown format “%s”; use --format %s"), format ? format : "", list);
  return FALSE;
}

gboolean
ok_cli_parse_id (const char  *text,
                 gint64      *id,
                 GError     **error)
{
  guint64 value = 0;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT32, &value, NULL))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("“%s” is not a valid id (a positive whole number)"), text ? text : "");
      return FALSE;
    }
  *id = (gint64) value;
  return TRUE;
}

char *
ok_cli_csv_field (const char *text)
{
  g_autoptr(GString) s = g_string_new (NULL);

  ok_csv_append_field (s, text);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* On a board's server the CLI works on one school at a time. */
static gboolean
select_school (OkStore     *store,
               const char  *text,
               GError     **error)
{
  g_autoptr(OkSchool) school = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  if (!ok_cli_parse_id (text, &id, error))
    return FALSE;
  school = ok_store_school_get (store, id, &local_error);
  if (school == NULL)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE, "%s", local_error->message);
      return FALSE;
    }
  ok_store_set_school_id (store, id);
  return TRUE;
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: ouderkamer-cli [--db DB] [--school ID] COMMAND [OPTIONS…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-12s %s\n", commands[i].verb, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("DB is a database file or a postgresql://user:password@host:port/name "
                            "address; the default is $OUDERKAMER_DB, else the app's own database. "
                            "ID picks one school of a board's database ($OUDERKAMER_SCHOOL); "
                            "the default is the first. "
                            "Run “ouderkamer-cli COMMAND --help” for the options of a command."));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) store = NULL;
  const OkCliCommand *command = NULL;
  const char *db = g_getenv ("OUDERKAMER_DB");
  const char *school = g_getenv ("OUDERKAMER_SCHOOL");
  int first = 1;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Global options come before the verb; each verb parses its own. */
  while (first < argc && argv[first][0] == '-')
    {
      if (g_str_equal (argv[first], "--db") && first + 1 < argc)
        {
          db = argv[first + 1];
          first += 2;
        }
      else if (g_str_has_prefix (argv[first], "--db="))
        db = argv[first++] + strlen ("--db=");
      else if (g_str_equal (argv[first], "--school") && first + 1 < argc)
        {
          school = argv[first + 1];
          first += 2;
        }
      else if (g_str_equal (argv[first], "--help") || g_str_equal (argv[first], "-h"))
        {
          print_usage (stdout);
          return 0;
        }
      else if (g_str_equal (argv[first], "--version"))
        {
          g_print ("ouderkamer-cli %s\n", PACKAGE_VERSION);
          return 0;
        }
      else
        {
          g_printerr (_("Unknown option “%s”\n\n"), argv[first]);
          print_usage (stderr);
          return 2;
        }
    }

  if (first >= argc)
    {
      print_usage (stderr);
      return 2;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[first], commands[i].verb))
      command = &commands[i];
  if (command == NULL)
    {
      g_printerr (_("Unknown command “%s”\n\n"), argv[first]);
      print_usage (stderr);
      return 2;
    }

  /* A password from the address, else from the keyring. */
  database = db != NULL ? ok_secret_complete_location (db) : NULL;
  if (command->needs_store)
    {
      store = ok_store_open (database, &error);
      if (store == NULL)
        {
          g_printerr ("ouderkamer-cli: %s\n", error->message);
          return 1;
        }
      if (school != NULL && !select_school (store, school, &error))
        {
          g_printerr ("ouderkamer-cli: %s\n", error->message);
          return 2;
        }
    }

  if (!command->func (store, argc - first, argv + first, &error))
    {
      g_printerr ("ouderkamer-cli %s: %s\n", command->verb, error->message);
      return g_error_matches (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE) ? 2 : 1;
    }
  return 0;
}

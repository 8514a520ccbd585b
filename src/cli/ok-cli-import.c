/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ouderkamer-cli import families FILE: the same import as the app's
 * assistant, for scripts and for schools that export every night. */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-cli.h"
#include "ok-import.h"

gboolean
ok_cli_import (OkStore  *store,
               int       argc,
               char    **argv,
               GError  **error)
{
  gboolean dry_run = FALSE;
  gboolean skip_bad_rows = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Show what the import would change, and change nothing"), NULL },
    { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, &skip_bad_rows,
      N_("Leave out rows that cannot be imported instead of stopping"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("families FILE"));
  g_autoptr(OkImport) import = NULL;
  g_autoptr(OkImportResult) result = NULL;
  g_autoptr(JsonNode) summary = NULL;
  g_autoptr(GFile) file = NULL;
  OkImportFlags flags = OK_IMPORT_FLAGS_NONE;

  /* "import json FILE" reads a whole school exported by "export json". */
  if (argc > 1 && g_str_equal (argv[1], "json"))
    return ok_cli_import_json (store, argc, argv, error);

  g_option_context_set_summary (context,
                                _("Import pupils, their parents and families from the CSV export "
                                  "of the school administration, and print a JSON summary."));
  g_option_context_set_description (context,
                                    _("The file has a header row; columns are recognised by name "
                                      "(Leerlingnummer, Roepnaam, Tussenvoegsel, Achternaam, Groep, "
                                      "Ouder1 Naam, Ouder1 Telefoon, Ouder1 E-mail, Ouder2 …, "
                                      "Thuistaal, Tolk, Postcode, Huisnummer, Uitschrijfdatum and "
                                      "common other names). The whole file is imported, or nothing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;

  if (argc != 3 || !g_str_equal (argv[1], "families"))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("Usage: ouderkamer-cli import families FILE [--dry-run] [--skip-bad-rows]"));
      return FALSE;
    }

  if (dry_run)
    flags |= OK_IMPORT_FLAGS_DRY_RUN;
  if (skip_bad_rows)
    flags |= OK_IMPORT_FLAGS_SKIP_BAD_ROWS;

  file = g_file_new_for_commandline_arg (argv[2]);
  import = ok_import_new ();
  if (!ok_import_load_file (import, file, NULL, error))
    return FALSE;
  result = ok_import_run (import, store, flags, NULL, error);
  if (result == NULL)
    return FALSE;

  summary = ok_import_result_to_json (result);
  ok_cli_print_json (summary);
  if (dry_run)
    g_printerr ("%s\n", _("Dry run: nothing was changed."));
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* export json / import json: the whole school as one file. */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n.h>
#include <stdio.h>

#include "ok-cli.h"
#include "ok-store-family.h"
#include "ok-store-transfer.h"

static gboolean
check_format_word (int          argc,
                   char       **argv,
                   const char  *usage,
                   GError     **error)
{
  if (argc != 3)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE, _("Usage: %s"), usage);
      return FALSE;
    }
  if (!g_str_equal (argv[1], "json"))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("Unknown format “%s”; only json is supported"), argv[1]);
      return FALSE;
    }
  return TRUE;
}

gboolean
ok_cli_export (OkStore  *store,
               int       argc,
               char    **argv,
               GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("json FILE"));

  g_option_context_set_summary (context,
                                _("Write the whole school — families, activities, attendance, "
                                  "contact parents — to one JSON file (readable by you only). "
                                  "FILE “-” writes to the standard output."));
  if (!ok_cli_parse (context, &argc, &argv, error)
      || !check_format_word (argc, argv, "ouderkamer-cli export json FILE", error))
    return FALSE;

  if (g_str_equal (argv[2], "-"))
    {
      gsize length = 0;
      g_autofree char *data = ok_store_export_json_data (store, &length, error);

      if (data == NULL)
        return FALSE;
      fwrite (data, 1, length, stdout);
      return TRUE;
    }

  if (!ok_store_export_json_file (store, argv[2], error))
    return FALSE;
  g_print (_("Exported the school to %s. The file holds personal data: keep it safe.\n"), argv[2]);
  return TRUE;
}

gboolean
ok_cli_import_json (OkStore  *store,
                    int       argc,
                    char    **argv,
                    GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("json FILE"));
  gboolean merge = FALSE;
  const GOptionEntry entries[] = {
    { "merge", 0, 0, G_OPTION_ARG_NONE, &merge,
      N_("Add the file’s data to a school that already holds data"), NULL },
    { NULL }
  };

  g_option_context_set_summary (context,
                                _("Read a school exported with “ouderkamer-cli export json”. "
                                  "Into an empty school only, unless --merge is given; "
                                  "a file with any error changes nothing."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error)
      || !check_format_word (argc, argv, "ouderkamer-cli import json FILE [--merge]", error))
    return FALSE;

  if (!ok_store_import_json_file (store, argv[2], merge ? OK_TRANSFER_MERGE : OK_TRANSFER_DEFAULT,
                                  error))
    return FALSE;
  g_print (_("Imported %s (%" PRId64 " families now).\n"), argv[2],
           ok_store_family_count (store, NULL));
  return TRUE;
}

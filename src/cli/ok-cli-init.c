/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-cli.h"

gboolean
ok_cli_init (OkStore  *store,
             int       argc,
             char    **argv,
             GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *where = NULL;

  g_option_context_set_summary (context, _("Create the database, or bring its schema up to date."));
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;

  /* Opening the store already created and migrated it. */
  where = ok_store_dup_display_location (store);
  g_print (_("Database %s is ready (schema version %d).\n"), where,
           ok_store_get_schema_version (store));
  return TRUE;
}

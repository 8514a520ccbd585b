/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ok-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) store = NULL;

  setlocale (LC_ALL, "");
  store = ok_store_open (g_getenv ("OUDERKAMER_DB"), &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_print ("schema %d\n", ok_store_get_schema_version (store));
  return 0;
}

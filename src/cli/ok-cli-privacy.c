/* SPDX-License-Identifier: GPL-3.0-or-later */
/* erase family ID, retention list | erase | years */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "ok-cli.h"
#include "ok-store-family.h"
#include "ok-store-privacy.h"

/* Nothing is erased without a yes: --yes for scripts, or an answer typed
 * at a terminal. */
static gboolean
confirmed (gboolean     yes,
           const char  *question,
           GError     **error)
{
  char answer[16] = "";

  if (yes)
    return TRUE;
  if (!isatty (STDIN_FILENO))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("Nothing was erased: add --yes to confirm"));
      return FALSE;
    }
  g_print ("%s [y/N] ", question);
  fflush (stdout);
  if (fgets (answer, sizeof answer, stdin) == NULL
      || (g_ascii_tolower (answer[0]) != 'y' && g_ascii_tolower (answer[0]) != 'j'))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_FAILED, _("Nothing was erased"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ok_cli_erase (OkStore  *store,
              int       argc,
              char    **argv,
              GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("family ID"));
  g_autoptr(OkFamily) family = NULL;
  g_autoptr(GPtrArray) parents = NULL;
  g_autoptr(GPtrArray) children = NULL;
  g_autofree char *question = NULL;
  gboolean yes = FALSE, erased = FALSE;
  gint64 id = 0;
  const GOptionEntry entries[] = {
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &yes, N_("Do not ask for confirmation"), NULL },
    { NULL }
  };

  g_option_context_set_summary (context,
                                _("Remove all personal data of a family: names, phone numbers, "
                                  "e-mail addresses, address, notes, its children’s names and "
                                  "the notes of its contact moments. Its attendance stays as "
                                  "anonymous counts, so past quarterly figures do not change. "
                                  "This cannot be undone."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (argc != 3 || !g_str_equal (argv[1], "family"))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("Usage: ouderkamer-cli erase family ID [--yes]"));
      return FALSE;
    }
  if (!ok_cli_parse_id (argv[2], &id, error))
    return FALSE;

  if (!ok_store_family_is_erased (store, id, &erased, error))
    return FALSE;
  if (erased)
    {
      g_print (_("Family %" PRId64 " was erased already.\n"), id);
      return TRUE;
    }

  family = ok_store_family_get (store, id, error);
  parents = family != NULL ? ok_store_parent_list (store, id, error) : NULL;
  children = parents != NULL ? ok_store_child_list (store, id, error) : NULL;
  if (children == NULL)
    return FALSE;

  question = g_strdup_printf (_("Erase family %" PRId64 " “%s” (%u parents, %u children)?"),
                              id, ok_family_get_name (family), parents->len, children->len);
  if (!confirmed (yes, question, error))
    return FALSE;
  if (!ok_store_family_erase (store, id, error))
    return FALSE;
  g_print (_("Erased the personal data of family %" PRId64 "; its attendance stays "
             "as anonymous counts.\n"), id);
  g_print (_("Backups made before today still hold the data until they are rotated out.\n"));
  return TRUE;
}

static gboolean
retention_list (OkStore  *store,
                GError  **error)
{
  g_autoptr(GPtrArray) leavers = ok_store_retention_list (store, NULL, error);
  int years = ok_store_retention_get_years (store, NULL);

  if (leavers == NULL)
    return FALSE;
  if (leavers->len == 0)
    {
      g_print (ngettext ("No family’s last child left more than %d year ago.\n",
                         "No family’s last child left more than %d years ago.\n", years), years);
      return TRUE;
    }

  g_print (ngettext ("Families whose last child left more than %d year ago:\n",
                     "Families whose last child left more than %d years ago:\n", years), years);
  for (guint i = 0; i < leavers->len; i++)
    {
      OkLeaver *leaver = leavers->pdata[i];

      g_print ("%6" G_GINT64_FORMAT "  %s  %s\n", leaver->family_id, leaver->last_left, leaver->name);
    }
  g_print (_("Erase them with: ouderkamer-cli retention erase --yes\n"));
  return TRUE;
}

static gboolean
retention_erase (OkStore   *store,
                 gboolean   yes,
                 GError   **error)
{
  g_autoptr(GPtrArray) leavers = ok_store_retention_list (store, NULL, error);
  g_autofree char *question = NULL;
  guint n = 0;

  if (leavers == NULL)
    return FALSE;
  if (leavers->len == 0)
    {
      g_print (_("There is nothing to erase.\n"));
      return TRUE;
    }
  question = g_strdup_printf (ngettext ("Erase the personal data of %u family?",
                                        "Erase the personal data of %u families?", leavers->len),
                              leavers->len);
  if (!confirmed (yes, question, error))
    return FALSE;
  if (!ok_store_retention_erase (store, NULL, &n, error))
    return FALSE;
  g_print (ngettext ("Erased the personal data of %u family.\n",
                     "Erased the personal data of %u families.\n", n), n);
  return TRUE;
}

static gboolean
retention_years (OkStore     *store,
                 const char  *text,
                 GError     **error)
{
  guint64 years = 0;

  if (text == NULL)
    {
      int current = ok_store_retention_get_years (store, error);

      if (current < 0)
        return FALSE;
      g_print (ngettext ("Families are kept %d year after their last child left.\n",
                         "Families are kept %d years after their last child left.\n", current),
               current);
      return TRUE;
    }
  if (!g_ascii_string_to_unsigned (text, 10, 0, 1000, &years, NULL))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("“%s” is not a number of years"), text);
      return FALSE;
    }
  if (!ok_store_retention_set_years (store, (int) years, error))
    return FALSE;
  g_print (ngettext ("Families are now kept %d year after their last child left.\n",
                     "Families are now kept %d years after their last child left.\n", (int) years),
           (int) years);
  return TRUE;
}

gboolean
ok_cli_retention (OkStore  *store,
                  int       argc,
                  char    **argv,
                  GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("list | erase | years [N]"));
  gboolean yes = FALSE;
  const GOptionEntry entries[] = {
    { "yes", 'y', 0, G_OPTION_ARG_NONE, &yes, N_("Do not ask for confirmation"), NULL },
    { NULL }
  };

  g_option_context_set_summary (context,
                                _("list: families whose last child left more than the retention "
                                  "period ago (2 years unless set).\n"
                                  "erase: erase the personal data of those families.\n"
                                  "years [N]: show or set the retention period."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;

  if (argc == 2 && g_str_equal (argv[1], "list"))
    return retention_list (store, error);
  if (argc == 2 && g_str_equal (argv[1], "erase"))
    return retention_erase (store, yes, error);
  if ((argc == 2 || argc == 3) && g_str_equal (argv[1], "years"))
    return retention_years (store, argc == 3 ? argv[2] : NULL, error);

  g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
               _("Usage: ouderkamer-cli retention list | erase [--yes] | years [N]"));
  return FALSE;
}

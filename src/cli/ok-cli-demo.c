/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n.h>

#include "ok-cli.h"
#include "ok-demo.h"
#include "ok-demo-contacts.h"
#include "ok-store-family.h"
#include "ok-time.h"

gboolean
ok_cli_demo (OkStore  *store,
             int       argc,
             char    **argv,
             GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GDate) today = NULL;
  g_autofree char *today_text = NULL;
  OkDemoOptions options;
  OkDemoSummary summary;
  int families, schools, years, seed;
  gboolean add = FALSE;
  gint64 existing;
  GOptionEntry entries[] = {
    { "families", 0, 0, G_OPTION_ARG_INT, &families, N_("Families per school (default 240)"), "N" },
    { "schools", 0, 0, G_OPTION_ARG_INT, &schools, N_("Number of schools, for a board (default 1)"), "N" },
    { "years", 0, 0, G_OPTION_ARG_INT, &years, N_("School years of activities (default 2)"), "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Random seed, for the same data every time"), "S" },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text, N_("Pretend today is this date (YYYY-MM-DD)"), "DATE" },
    { "add", 0, 0, G_OPTION_ARG_NONE, &add, N_("Add to a database that already has families"), NULL },
    { NULL }
  };

  ok_demo_options_init (&options);
  families = (int) options.families;
  schools = (int) options.schools;
  years = (int) options.school_years;
  seed = (int) options.seed;

  g_option_context_set_summary (context, _("Fill the database with a realistic demo school: groups 1–8, "
                                           "families of many home languages, a school year of coffee "
                                           "mornings and theme evenings with attendance."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;

  if (families < 1 || families > 100000 || schools < 1 || schools > 500 || years < 1 || years > 20)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("Use 1–100000 families, 1–500 schools and 1–20 school years"));
      return FALSE;
    }
  if (today_text != NULL && (today = ok_date_parse (today_text)) == NULL)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("“%s” is not a date (use YYYY-MM-DD)"), today_text);
      return FALSE;
    }

  existing = ok_store_family_count (store, error);
  if (existing < 0)
    return FALSE;
  if (existing > 0 && !add)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_FAILED,
                   _("The database already holds %" PRId64 " families; demo data would mix "
                     "with real data. Use a new database (--db FILE), or --add if you mean it."),
                   existing);
      return FALSE;
    }

  options.families = (guint) families;
  options.schools = (guint) schools;
  options.school_years = (guint) years;
  options.seed = (guint32) seed;
  if (today == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (ok_time_zone ());

      today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                              g_date_time_get_year (now));
    }
  options.today = today;
  if (!ok_demo_generate (store, &options, &summary, NULL, NULL, NULL, error)
      || !ok_demo_add_contacts (store, options.seed, today, error))
    return FALSE;

  g_print (_("Demo data added: %u schools, %u families, %u parents, %u children, "
             "%u activities, %u attendance records.\n"),
           summary.schools, summary.families, summary.parents, summary.children,
           summary.activities, summary.attendances);
  return TRUE;
}

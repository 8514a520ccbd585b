/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ouderkamer-cli report quarterly: the director's overview as JSON, CSV or
 * a one-page PDF, for one school or the whole board. */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "ok-cli.h"
#include "ok-report.h"
#include "ok-report-pdf.h"

static gboolean
write_output (const char  *output,
              const char  *text,
              gboolean     with_names,
              GError     **error)
{
  if (output == NULL || g_str_equal (output, "-"))
    {
      /* Bytes as they are: g_print would re-encode names for the locale. */
      if (fputs (text, stdout) < 0 || fflush (stdout) != 0)
        {
          g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_FAILED, _("Could not write the report"));
          return FALSE;
        }
      return TRUE;
    }
  /* A report with names is personal data: for its owner's eyes only. */
  return g_file_set_contents_full (output, text, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                   with_names ? 0600 : 0644, error);
}

static gboolean
report_quarterly (OkStore  *store,
                  int       argc,
                  char    **argv,
                  GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(OkQuarterReport) report = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *school_year = NULL;
  g_autofree char *school = NULL;
  g_autofree char *format = NULL;
  g_autofree char *output = NULL;
  gboolean all_schools = FALSE, with_names = FALSE;
  const char * const formats[] = { "json", "csv", "pdf", NULL };
  OkReportFlags flags = OK_REPORT_FLAGS_NONE;
  OkReportPeriod period;
  gint64 school_id = 0;
  GOptionEntry entries[] = {
    { "quarter", 0, 0, G_OPTION_ARG_STRING, &quarter, N_("The quarter, as 2026-Q1"), "YYYY-Qn" },
    { "school-year", 0, 0, G_OPTION_ARG_STRING, &school_year,
      N_("A school year (1 August – 31 July) instead, as 2026-2027"), "YYYY-YYYY" },
    { "school", 0, 0, G_OPTION_ARG_STRING, &school, N_("The school (default: the database's own)"), "ID" },
    { "all-schools", 0, 0, G_OPTION_ARG_NONE, &all_schools, N_("Every school of the board together"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("json, csv or pdf"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE (required for pdf)"), "FILE" },
    { "with-names", 0, 0, G_OPTION_ARG_NONE, &with_names,
      N_("Name the families not reached (personal data)"), NULL },
    { NULL }
  };

  g_option_context_set_summary (context, _("The quarterly overview for the director: activities, "
                                           "attendances, reach per group and home language, and "
                                           "the families not reached. No names unless --with-names."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;

  if ((quarter == NULL) == (school_year == NULL))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("Give either --quarter YYYY-Qn or --school-year YYYY-YYYY"));
      return FALSE;
    }
  if (!ok_report_period_parse (quarter != NULL ? quarter : school_year, &period, &local_error))
    {
      g_set_error_literal (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE, local_error->message);
      return FALSE;
    }
  if (quarter != NULL && period.kind != OK_REPORT_PERIOD_QUARTER)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("“%s” is a school year: use --school-year"), quarter);
      return FALSE;
    }
  if (school_year != NULL && period.kind != OK_REPORT_PERIOD_SCHOOL_YEAR)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("“%s” is a quarter: use --quarter"), school_year);
      return FALSE;
    }
  if (school != NULL && all_schools)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("Give --school or --all-schools, not both"));
      return FALSE;
    }
  if (school != NULL && !ok_cli_parse_id (school, &school_id, error))
    return FALSE;
  if (!ok_cli_check_format (format, formats, error))
    return FALSE;
  if (g_str_equal (format, "pdf") && (output == NULL || g_str_equal (output, "-")))
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("A PDF needs a file: add --output FILE.pdf"));
      return FALSE;
    }

  if (all_schools)
    flags |= OK_REPORT_ALL_SCHOOLS;
  if (with_names)
    flags |= OK_REPORT_WITH_NAMES;
  report = ok_quarter_report_compute (store, &period, school_id, flags, NULL, error);
  if (report == NULL)
    return FALSE;

  if (g_str_equal (format, "pdf"))
    {
      if (!ok_report_pdf_write (report, output, with_names, error))
        return FALSE;
      if (with_names && g_chmod (output, 0600) != 0)
        g_warning ("Could not make %s private to its owner", output);
      return TRUE;
    }
  else
    {
      g_autofree char *text = g_str_equal (format, "json")
                              ? ok_quarter_report_to_json_text (report, with_names)
                              : ok_quarter_report_to_csv (report, with_names);

      return write_output (output, text, with_names, error);
    }
}

gboolean
ok_cli_report (OkStore  *store,
               int       argc,
               char    **argv,
               GError  **error)
{
  if (argc >= 2 && g_str_equal (argv[1], "quarterly"))
    return report_quarterly (store, argc - 1, argv + 1, error);

  g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
               _("Unknown report “%s”; the one report is: quarterly "
                 "(see ouderkamer-cli report quarterly --help)"), argc >= 2 ? argv[1] : "");
  return FALSE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-report.h"

G_BEGIN_DECLS

/* The invitations part of a report, kept apart in ok-report-invited.c. */
void _ok_report_invited_init      (OkQuarterReport *report);
void _ok_report_invited_clear     (OkQuarterReport *report);
void _ok_report_invited_sort      (OkQuarterReport *report);
void _ok_report_invited_add       (OkQuarterReport *report,
                                   gboolean         by_channel,
                                   const char      *key,
                                   gint64           invited,
                                   gint64           came);
void _ok_report_invited_to_json   (OkQuarterReport *report,
                                   JsonBuilder     *builder);
void _ok_report_invited_to_csv    (OkQuarterReport *report,
                                   GString         *out);

/* The first and last day of a period, in ok-report-period.c. */
void _ok_report_period_first_date (const OkReportPeriod *period,
                                   GDate                *date);
void _ok_report_period_last_date  (const OkReportPeriod *period,
                                   GDate                *date);

/* One row of the report's CSV. */
void _ok_report_append_csv_row    (GString         *out,
                                   const char      *section,
                                   const char      *key,
                                   const char      *value,
                                   const char      *reached,
                                   const char      *name);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-report.h"

G_BEGIN_DECLS

#define OK_TYPE_REPORT_CHARTS (ok_report_charts_get_type ())
G_DECLARE_FINAL_TYPE (OkReportCharts, ok_report_charts, OK, REPORT_CHARTS, AdwBin)

OkReportCharts *ok_report_charts_new        (void);
/* Draws the breakdowns of a report; NULL leaves the charts blank. */
void            ok_report_charts_set_report (OkReportCharts  *self,
                                             OkQuarterReport *report);

G_END_DECLS

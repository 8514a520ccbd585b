/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-report.h"
#include "ok-store.h"

G_BEGIN_DECLS

typedef enum {
  OK_OVERVIEW_EXPORT_PDF,
  OK_OVERVIEW_EXPORT_CSV,
} OkOverviewExport;

#define OK_TYPE_OVERVIEW_VIEW (ok_overview_view_get_type ())
G_DECLARE_FINAL_TYPE (OkOverviewView, ok_overview_view, OK, OVERVIEW_VIEW, AdwBin)

OkOverviewView       *ok_overview_view_new         (void);
OkStore              *ok_overview_view_get_store   (OkOverviewView         *self);
void                  ok_overview_view_set_store   (OkOverviewView         *self,
                                                    OkStore                *store);
const OkReportPeriod *ok_overview_view_get_period  (OkOverviewView         *self);
void                  ok_overview_view_set_period  (OkOverviewView         *self,
                                                    const OkReportPeriod   *period);
gboolean              ok_overview_view_get_all_schools (OkOverviewView     *self);
void                  ok_overview_view_set_all_schools (OkOverviewView     *self,
                                                    gboolean                all_schools);
/* The report on screen, NULL until the first one is counted. */
OkQuarterReport      *ok_overview_view_get_report  (OkOverviewView         *self);
gboolean              ok_overview_view_get_busy    (OkOverviewView         *self);
gboolean              ok_overview_view_export      (OkOverviewView         *self,
                                                    OkOverviewExport        format,
                                                    GFile                  *file,
                                                    gboolean                with_names,
                                                    GError                **error);

G_END_DECLS

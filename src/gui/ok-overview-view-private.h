/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the view's files share: ok-overview-view.c (counting and showing
 * the report) and ok-overview-view-export.c (saving and printing it). */

#include "ok-overview-view.h"

G_BEGIN_DECLS

void _ok_overview_view_toast            (OkOverviewView *self,
                                         const char     *message);
/* The actions overview.export-pdf, overview.export-csv and overview.print */
void _ok_overview_view_export_activated (GtkWidget      *widget,
                                         const char     *action_name,
                                         GVariant       *parameter);
void _ok_overview_view_print_activated  (GtkWidget      *widget,
                                         const char     *action_name,
                                         GVariant       *parameter);

G_END_DECLS

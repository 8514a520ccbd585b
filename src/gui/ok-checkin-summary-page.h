/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store-checkin.h"

G_BEGIN_DECLS

#define OK_TYPE_CHECKIN_SUMMARY_PAGE (ok_checkin_summary_page_get_type ())
G_DECLARE_FINAL_TYPE (OkCheckinSummaryPage, ok_checkin_summary_page, OK, CHECKIN_SUMMARY_PAGE, GtkWidget)

void ok_checkin_summary_page_set_summary (OkCheckinSummaryPage   *self,
                                          const char             *title,
                                          const OkCheckinSummary *summary);

G_END_DECLS

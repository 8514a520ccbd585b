/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-import.h"

G_BEGIN_DECLS

#define OK_TYPE_IMPORT_SUMMARY_PAGE (ok_import_summary_page_get_type ())
G_DECLARE_FINAL_TYPE (OkImportSummaryPage, ok_import_summary_page, OK, IMPORT_SUMMARY_PAGE, GtkWidget)

void     ok_import_summary_page_set_result        (OkImportSummaryPage *self,
                                                   OkImportResult      *result,
                                                   const char          *file_name,
                                                   gboolean             has_bad_rows);
gboolean ok_import_summary_page_get_skip_bad_rows (OkImportSummaryPage *self);

G_END_DECLS

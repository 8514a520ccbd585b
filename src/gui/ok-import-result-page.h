/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-import.h"

G_BEGIN_DECLS

#define OK_TYPE_IMPORT_RESULT_PAGE (ok_import_result_page_get_type ())
G_DECLARE_FINAL_TYPE (OkImportResultPage, ok_import_result_page, OK, IMPORT_RESULT_PAGE, GtkWidget)

void ok_import_result_page_set_result (OkImportResultPage *self,
                                       OkImportResult     *result);

G_END_DECLS

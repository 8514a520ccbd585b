/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-import.h"

G_BEGIN_DECLS

#define OK_TYPE_IMPORT_PREVIEW_PAGE (ok_import_preview_page_get_type ())
G_DECLARE_FINAL_TYPE (OkImportPreviewPage, ok_import_preview_page, OK, IMPORT_PREVIEW_PAGE, GtkWidget)

void ok_import_preview_page_set_import (OkImportPreviewPage *self,
                                        OkImport            *import);

G_END_DECLS

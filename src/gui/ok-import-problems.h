/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-import.h"

G_BEGIN_DECLS

void ok_import_problems_fill (GtkListBox     *list,
                              OkImportResult *result);

G_END_DECLS

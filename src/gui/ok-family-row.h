/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-family-summary.h"

G_BEGIN_DECLS

#define OK_TYPE_FAMILY_ROW (ok_family_row_get_type ())
G_DECLARE_FINAL_TYPE (OkFamilyRow, ok_family_row, OK, FAMILY_ROW, GtkWidget)

OkFamilySummary *ok_family_row_get_family (OkFamilyRow     *self);
void             ok_family_row_set_family (OkFamilyRow     *self,
                                           OkFamilySummary *family);

G_END_DECLS

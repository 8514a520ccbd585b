/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-activity.h"

G_BEGIN_DECLS

#define OK_TYPE_ACTIVITY_ROW (ok_activity_row_get_type ())
G_DECLARE_FINAL_TYPE (OkActivityRow, ok_activity_row, OK, ACTIVITY_ROW, GtkWidget)

OkActivity *ok_activity_row_get_activity (OkActivityRow *self);
void        ok_activity_row_set_activity (OkActivityRow *self,
                                          OkActivity    *activity);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ok-checkin-entry.h"

G_BEGIN_DECLS

#define OK_TYPE_CHECKIN_ROW (ok_checkin_row_get_type ())
G_DECLARE_FINAL_TYPE (OkCheckinRow, ok_checkin_row, OK, CHECKIN_ROW, GtkWidget)

OkCheckinEntry *ok_checkin_row_get_entry (OkCheckinRow   *self);
void            ok_checkin_row_set_entry (OkCheckinRow   *self,
                                          OkCheckinEntry *entry);

G_END_DECLS

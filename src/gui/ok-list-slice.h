/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkSliceListModel *ok_list_slice_new      (GtkWidget         *list_view,
                                           GListModel        *model);
void               ok_list_slice_show_all (GtkSliceListModel *slice);

G_END_DECLS

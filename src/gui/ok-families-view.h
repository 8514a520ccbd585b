/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-family-index.h"
#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_FAMILIES_VIEW (ok_families_view_get_type ())
G_DECLARE_FINAL_TYPE (OkFamiliesView, ok_families_view, OK, FAMILIES_VIEW, GtkWidget)

void           ok_families_view_new_family   (OkFamiliesView *self);
void           ok_families_view_show_family  (OkFamiliesView *self,
                                              gint64          id);
void           ok_families_view_focus_search (OkFamiliesView *self);
void           ok_families_view_reload       (OkFamiliesView *self);
OkFamilyIndex *ok_families_view_get_index    (OkFamiliesView *self);

G_END_DECLS

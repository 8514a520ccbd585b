/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-activity.h"
#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_ACTIVITY_PAGE (ok_activity_page_get_type ())
G_DECLARE_FINAL_TYPE (OkActivityPage, ok_activity_page, OK, ACTIVITY_PAGE, GtkWidget)

OkActivity *ok_activity_page_get_activity (OkActivityPage *self);
void        ok_activity_page_set_activity (OkActivityPage *self,
                                           OkActivity     *activity);
void        ok_activity_page_set_store    (OkActivityPage *self,
                                           OkStore        *store);

G_END_DECLS

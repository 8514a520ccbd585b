/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_FAMILY_PAGE (ok_family_page_get_type ())
G_DECLARE_FINAL_TYPE (OkFamilyPage, ok_family_page, OK, FAMILY_PAGE, GtkWidget)

gint64      ok_family_page_get_family_id   (OkFamilyPage *self);
const char *ok_family_page_get_family_name (OkFamilyPage *self);
void        ok_family_page_set_family_id   (OkFamilyPage *self,
                                            gint64        id);
void        ok_family_page_set_store       (OkFamilyPage *self,
                                            OkStore      *store);
void        ok_family_page_reload          (OkFamilyPage *self);

G_END_DECLS

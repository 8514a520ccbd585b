/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_CONTACT_PARENT_PAGE (ok_contact_parent_page_get_type ())
G_DECLARE_FINAL_TYPE (OkContactParentPage, ok_contact_parent_page, OK, CONTACT_PARENT_PAGE, GtkWidget)

gint64      ok_contact_parent_page_get_contact_parent_id (OkContactParentPage *self);
const char *ok_contact_parent_page_get_name              (OkContactParentPage *self);
void        ok_contact_parent_page_set_contact_parent_id (OkContactParentPage *self,
                                                          gint64               id);
void        ok_contact_parent_page_set_store             (OkContactParentPage *self,
                                                          OkStore             *store);
void        ok_contact_parent_page_reload                (OkContactParentPage *self);

G_END_DECLS

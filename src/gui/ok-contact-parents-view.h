/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_CONTACT_PARENTS_VIEW (ok_contact_parents_view_get_type ())
G_DECLARE_FINAL_TYPE (OkContactParentsView, ok_contact_parents_view, OK, CONTACT_PARENTS_VIEW, GtkWidget)

void ok_contact_parents_view_reload              (OkContactParentsView *self);
void ok_contact_parents_view_show_contact_parent (OkContactParentsView *self,
                                                  gint64                id);

G_END_DECLS

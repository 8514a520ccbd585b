/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OK_TYPE_SIDEBAR_BUTTON (ok_sidebar_button_get_type ())
G_DECLARE_FINAL_TYPE (OkSidebarButton, ok_sidebar_button, OK, SIDEBAR_BUTTON, GtkButton)

GtkWidget *ok_sidebar_button_new (void);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OK_TYPE_CHECK_BUTTON (ok_check_button_get_type ())
G_DECLARE_FINAL_TYPE (OkCheckButton, ok_check_button, OK, CHECK_BUTTON, GtkCheckButton)

GtkWidget *ok_check_button_new_with_label (const char *label);

G_END_DECLS

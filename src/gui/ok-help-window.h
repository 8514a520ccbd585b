/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OK_TYPE_HELP_WINDOW (ok_help_window_get_type ())
G_DECLARE_FINAL_TYPE (OkHelpWindow, ok_help_window, OK, HELP_WINDOW, AdwWindow)

GtkWindow *ok_help_window_new (GtkWindow *parent);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-application.h"

G_BEGIN_DECLS

#define OK_TYPE_WINDOW (ok_window_get_type ())
G_DECLARE_FINAL_TYPE (OkWindow, ok_window, OK, WINDOW, AdwApplicationWindow)

OkWindow *ok_window_new (OkApplication *app,
                         OkStore       *store);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"
#include "ok-window.h"

G_BEGIN_DECLS

typedef gboolean (*OkGuiCondition) (gpointer data);

void      ok_gui_test_init       (int            *argc,
                                  char         ***argv);
OkStore  *ok_gui_test_open_store (void);
OkWindow *ok_gui_test_new_window (OkStore        *store);
void      ok_gui_test_present    (GtkWindow      *window);
gboolean  ok_gui_test_wait_until (OkGuiCondition  condition,
                                  gpointer        data,
                                  guint           timeout_ms);
void      ok_gui_test_spin       (guint           ms);
gpointer  ok_gui_test_child      (gpointer        widget,
                                  GType           type,
                                  const char     *name);

G_END_DECLS

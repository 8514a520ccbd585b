/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-application.h"

G_BEGIN_DECLS

/* What changed, for views that show it; passed as a guint with the
 * window's "data-changed" signal. */
typedef enum {
  OK_DATA_ACTIVITIES = 1 << 0,
  OK_DATA_FAMILIES   = 1 << 1,
  OK_DATA_CONTACTS   = 1 << 2,
  OK_DATA_SCHOOL     = 1 << 3,
  OK_DATA_ALL        = 0xf,
} OkDataKind;

typedef void (*OkUndoFunc) (gpointer data);

#define OK_TYPE_WINDOW (ok_window_get_type ())
G_DECLARE_FINAL_TYPE (OkWindow, ok_window, OK, WINDOW, AdwApplicationWindow)

OkWindow *ok_window_new              (OkApplication  *app,
                                      OkStore        *store);
OkWindow *ok_window_for_widget       (GtkWidget      *widget);
OkStore  *ok_window_get_store        (OkWindow       *self);
gboolean  ok_window_get_folded       (OkWindow       *self);

void      ok_window_data_changed     (OkWindow       *self,
                                      OkDataKind      what);
void      ok_window_show_page        (OkWindow       *self,
                                      const char     *name);
GtkWidget *ok_window_get_view        (OkWindow       *self,
                                      const char     *name);
void      ok_window_show_toast       (OkWindow       *self,
                                      const char     *title);
void      ok_window_report_error     (OkWindow       *self,
                                      const char     *title,
                                      const GError   *error);

/* A removal that waits for its toast to go: commit runs when the toast is
 * dismissed or the window closes, revert when the user chooses Undo. The
 * caller hides the item before calling. */
void      ok_window_remove_with_undo (OkWindow       *self,
                                      const char     *title,
                                      OkUndoFunc      commit,
                                      OkUndoFunc      revert,
                                      gpointer        data,
                                      GDestroyNotify  destroy);
void      ok_window_commit_pending   (OkWindow       *self);

G_END_DECLS

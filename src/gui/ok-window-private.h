/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The insides of OkWindow, shared by ok-window.c (pages, sidebar, window
 * state), ok-window-toasts.c (toasts and removals with undo) and
 * ok-window-actions.c (the win.* actions and demo data). */

#include "ok-agenda-view.h"
#include "ok-window.h"

G_BEGIN_DECLS

struct _OkWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwLeaflet *leaflet;
  GtkListBox *sidebar_list;
  GtkStack *stack;
  AdwWindowTitle *sidebar_title;
  OkAgendaView *agenda_view;
  AdwBin *families_page;
  AdwBin *contact_parents_page;
  AdwBin *overview_page;
  AdwBin *templates_page;

  /* Owned references */
  OkStore *store;
  GList *pending;             /* Pending *, newest first */
  GList *toasts;              /* AdwToast *, shown or queued */
  GCancellable *demo;
  GSettings *settings;        /* NULL when the schema is not installed */
};

void _ok_window_class_add_actions (GtkWidgetClass *widget_class);
void _ok_window_undo_action       (GtkWidget      *widget,
                                   const char     *action_name,
                                   GVariant       *parameter);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the window's files share: ok-checkin-window.c (loading, polling
 * and the window itself), ok-checkin-window-marks.c (storing, undoing
 * and retrying the marks at the door) and ok-checkin-window-afterwards.c
 * (the summary, the no-shows and the messages after the event); and,
 * at the end, what the tests reach to drive the window as a user does. */

#include "ok-checkin-door.h"
#include "ok-checkin-summary-page.h"
#include "ok-checkin-window.h"
#include "ok-send-dialog.h"
#include "ok-walk-in-dialog.h"

G_BEGIN_DECLS

struct _OkCheckinWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkButton *fullscreen_button;
  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkStack *main_stack;
  OkCheckinDoor *door;
  OkCheckinSummaryPage *summary_page;

  /* Owned references */
  OkStore *store;
  OkActivity *activity;
  GListStore *people;
  GHashTable *by_parent;          /* gint64 parent id → OkCheckinEntry in people */
  GPtrArray *undo;                /* changes, newest last */
  GPtrArray *unsaved;             /* changes the database has not confirmed */
  char *last_error;
  char *stamp;
  char *recorded_by;
  char *when;
  AdwToast *toast;
  int guests;
  guint poll_id;

  /* Borrowed references */
  OkWalkInDialog *walk_in;
  OkSendDialog *messages;
};

/* ok-checkin-window.c */
OkCheckinEntry *_ok_checkin_window_lookup_entry        (OkCheckinWindow *self,
                                                        gint64           parent_id);
void            _ok_checkin_window_lists_changed       (OkCheckinWindow *self);
void            _ok_checkin_window_show_toast          (OkCheckinWindow *self,
                                                        const char      *title,
                                                        gboolean         undoable);
void            _ok_checkin_window_refresh             (OkCheckinWindow *self);

/* ok-checkin-window-marks.c */
void            _ok_checkin_window_init_marks          (OkCheckinWindow *self);
void            _ok_checkin_window_set_error           (OkCheckinWindow *self,
                                                        const GError    *error);
void            _ok_checkin_window_show_unsaved        (OkCheckinWindow *self);
void            _ok_checkin_window_retry_unsaved       (OkCheckinWindow *self);
void            _ok_checkin_window_toggle_entry        (OkCheckinWindow *self,
                                                        OkCheckinEntry  *entry);
void            _ok_checkin_window_mark_family_action  (GtkWidget       *widget,
                                                        const char      *action_name,
                                                        GVariant        *parameter);
void            _ok_checkin_window_excuse_action       (GtkWidget       *widget,
                                                        const char      *action_name,
                                                        GVariant        *parameter);
void            _ok_checkin_window_undo_action         (GtkWidget       *widget,
                                                        const char      *action_name,
                                                        GVariant        *parameter);
void            _ok_checkin_window_guests_action       (GtkWidget       *widget,
                                                        const char      *action_name,
                                                        GVariant        *parameter);
void            _ok_checkin_window_walk_in_action      (GtkWidget       *widget,
                                                        const char      *action_name,
                                                        GVariant        *parameter);

/* ok-checkin-window-afterwards.c */
void            _ok_checkin_window_summary_action      (GtkWidget       *widget,
                                                        const char      *action_name,
                                                        GVariant        *parameter);
void            _ok_checkin_window_message_action      (GtkWidget       *widget,
                                                        const char      *action_name,
                                                        GVariant        *parameter);
void            _ok_checkin_window_no_shows_action     (GtkWidget       *widget,
                                                        const char      *action_name,
                                                        GVariant        *parameter);

/* For the tests */
GtkEditable    *_ok_checkin_window_get_search          (OkCheckinWindow *self);
GListModel     *_ok_checkin_window_get_results         (OkCheckinWindow *self);
GListModel     *_ok_checkin_window_get_present         (OkCheckinWindow *self);
const char     *_ok_checkin_window_get_total           (OkCheckinWindow *self);
const char     *_ok_checkin_window_get_guests          (OkCheckinWindow *self);
gboolean        _ok_checkin_window_get_banner_shown    (OkCheckinWindow *self);
const char     *_ok_checkin_window_get_page            (OkCheckinWindow *self);
OkWalkInDialog *_ok_checkin_window_get_walk_in         (OkCheckinWindow *self);
OkSendDialog   *_ok_checkin_window_get_messages        (OkCheckinWindow *self);
gboolean        _ok_checkin_window_poll                (OkCheckinWindow *self);

G_END_DECLS

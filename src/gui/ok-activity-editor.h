/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-activity.h"
#include "ok-store.h"

G_BEGIN_DECLS

typedef enum {
  OK_ACTIVITY_EDITOR_NEW,
  OK_ACTIVITY_EDITOR_EDIT,
  OK_ACTIVITY_EDITOR_DUPLICATE,
} OkActivityEditorMode;

/* How a changed date of a series is saved. */
typedef enum {
  OK_SERIES_CHANGE_ONE,        /* this date only */
  OK_SERIES_CHANGE_FOLLOWING,  /* this date and every later one */
} OkSeriesChange;

#define OK_TYPE_ACTIVITY_EDITOR (ok_activity_editor_get_type ())
G_DECLARE_FINAL_TYPE (OkActivityEditor, ok_activity_editor, OK, ACTIVITY_EDITOR, AdwWindow)

OkActivityEditor *ok_activity_editor_new     (GtkWindow            *parent,
                                              OkStore              *store,
                                              OkActivity           *activity,
                                              OkActivityEditorMode  mode);
gboolean          ok_activity_editor_save    (OkActivityEditor     *self,
                                              OkSeriesChange        change,
                                              GError              **error);

G_END_DECLS

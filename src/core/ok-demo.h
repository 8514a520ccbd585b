/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ok-store.h"

G_BEGIN_DECLS

typedef struct {
  guint families;        /* per school */
  guint schools;         /* 1 for one school; a board has dozens */
  guint school_years;    /* how many school years of activities, ending with the current one */
  guint32 seed;
  GDate *today;          /* the date the demo is "now"; NULL for the real today */
} OkDemoOptions;

typedef struct {
  guint schools;
  guint families;
  guint parents;
  guint children;
  guint activities;
  guint attendances;
} OkDemoSummary;

typedef void (*OkDemoProgressFunc) (double fraction, gpointer user_data);

void     ok_demo_options_init (OkDemoOptions       *options);
gboolean ok_demo_generate     (OkStore             *store,
                               const OkDemoOptions *options,
                               OkDemoSummary       *summary,
                               OkDemoProgressFunc   progress,
                               gpointer             progress_data,
                               GCancellable        *cancellable,
                               GError             **error);

G_END_DECLS

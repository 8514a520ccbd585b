/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OK_TYPE_FAMILY_SUMMARY (ok_family_summary_get_type ())
G_DECLARE_FINAL_TYPE (OkFamilySummary, ok_family_summary, OK, FAMILY_SUMMARY, GObject)

OkFamilySummary    *ok_family_summary_new                (gint64              id,
                                                          const char         *name,
                                                          const char         *parents,
                                                          const char         *children,
                                                          const char         *phone,
                                                          const char * const *languages,
                                                          gboolean            interpreter_needed,
                                                          const char         *last_reached,
                                                          gboolean            reached);

gint64              ok_family_summary_get_id             (OkFamilySummary *self);
const char         *ok_family_summary_get_name           (OkFamilySummary *self);
const char         *ok_family_summary_get_parents        (OkFamilySummary *self);
const char         *ok_family_summary_get_children       (OkFamilySummary *self);
const char         *ok_family_summary_get_phone          (OkFamilySummary *self);
const char * const *ok_family_summary_get_languages      (OkFamilySummary *self);
gboolean            ok_family_summary_get_interpreter_needed (OkFamilySummary *self);
const char         *ok_family_summary_get_last_reached   (OkFamilySummary *self);
gboolean            ok_family_summary_get_reached        (OkFamilySummary *self);

G_END_DECLS

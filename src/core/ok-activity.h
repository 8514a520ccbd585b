/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "ok-enums.h"

G_BEGIN_DECLS

#define OK_TYPE_ACTIVITY (ok_activity_get_type ())
G_DECLARE_FINAL_TYPE (OkActivity, ok_activity, OK, ACTIVITY, GObject)

OkActivity *ok_activity_new (void);

gint64 ok_activity_get_id (OkActivity *self);
void ok_activity_set_id (OkActivity *self, gint64 id);
gint64 ok_activity_get_school_id (OkActivity *self);
void ok_activity_set_school_id (OkActivity *self, gint64 school_id);
gint64 ok_activity_get_series_id (OkActivity *self);
void ok_activity_set_series_id (OkActivity *self, gint64 series_id);
OkActivityKind ok_activity_get_kind (OkActivity *self);
void ok_activity_set_kind (OkActivity *self, OkActivityKind kind);
const char *ok_activity_get_title (OkActivity *self);
void ok_activity_set_title (OkActivity *self, const char *title);
const char *ok_activity_get_theme (OkActivity *self);
void ok_activity_set_theme (OkActivity *self, const char *theme);
OkPartnership ok_activity_get_partnership (OkActivity *self);
void ok_activity_set_partnership (OkActivity *self, OkPartnership partnership);
OkDimension ok_activity_get_dimension (OkActivity *self);
void ok_activity_set_dimension (OkActivity *self, OkDimension dimension);
const char *ok_activity_get_location (OkActivity *self);
void ok_activity_set_location (OkActivity *self, const char *location);
GDateTime *ok_activity_get_starts_at (OkActivity *self);
void ok_activity_set_starts_at (OkActivity *self, GDateTime *starts_at);
GDateTime *ok_activity_get_ends_at (OkActivity *self);
void ok_activity_set_ends_at (OkActivity *self, GDateTime *ends_at);
OkActivityStatus ok_activity_get_status (OkActivity *self);
void ok_activity_set_status (OkActivity *self, OkActivityStatus status);
int ok_activity_get_capacity (OkActivity *self);
void ok_activity_set_capacity (OkActivity *self, int capacity);
const char * const *ok_activity_get_interpreter_languages (OkActivity *self);
void ok_activity_set_interpreter_languages (OkActivity *self, const char * const *interpreter_languages);
const char *ok_activity_get_partner (OkActivity *self);
void ok_activity_set_partner (OkActivity *self, const char *partner);
OkTargetGroup ok_activity_get_target_group (OkActivity *self);
void ok_activity_set_target_group (OkActivity *self, OkTargetGroup target_group);
const char * const *ok_activity_get_target_groups (OkActivity *self);
void ok_activity_set_target_groups (OkActivity *self, const char * const *target_groups);
const char *ok_activity_get_notes (OkActivity *self);
void ok_activity_set_notes (OkActivity *self, const char *notes);
int ok_activity_get_unnamed_guests (OkActivity *self);
void ok_activity_set_unnamed_guests (OkActivity *self, int unnamed_guests);
gint64 ok_activity_get_version (OkActivity *self);
void ok_activity_set_version (OkActivity *self, gint64 version);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OK_TYPE_CHILD (ok_child_get_type ())
G_DECLARE_FINAL_TYPE (OkChild, ok_child, OK, CHILD, GObject)

OkChild *ok_child_new (void);

gint64 ok_child_get_id (OkChild *self);
void ok_child_set_id (OkChild *self, gint64 id);
gint64 ok_child_get_school_id (OkChild *self);
void ok_child_set_school_id (OkChild *self, gint64 school_id);
gint64 ok_child_get_family_id (OkChild *self);
void ok_child_set_family_id (OkChild *self, gint64 family_id);
const char *ok_child_get_pupil_number (OkChild *self);
void ok_child_set_pupil_number (OkChild *self, const char *pupil_number);
const char *ok_child_get_first_name (OkChild *self);
void ok_child_set_first_name (OkChild *self, const char *first_name);
const char *ok_child_get_infix (OkChild *self);
void ok_child_set_infix (OkChild *self, const char *infix);
const char *ok_child_get_last_name (OkChild *self);
void ok_child_set_last_name (OkChild *self, const char *last_name);
const char *ok_child_get_group (OkChild *self);
void ok_child_set_group (OkChild *self, const char *group);
const char *ok_child_get_enrolled_from (OkChild *self);
void ok_child_set_enrolled_from (OkChild *self, const char *enrolled_from);
const char *ok_child_get_enrolled_until (OkChild *self);
void ok_child_set_enrolled_until (OkChild *self, const char *enrolled_until);

G_END_DECLS

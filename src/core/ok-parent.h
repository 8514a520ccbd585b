/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OK_TYPE_PARENT (ok_parent_get_type ())
G_DECLARE_FINAL_TYPE (OkParent, ok_parent, OK, PARENT, GObject)

OkParent *ok_parent_new (void);

gint64 ok_parent_get_id (OkParent *self);
void ok_parent_set_id (OkParent *self, gint64 id);
gint64 ok_parent_get_school_id (OkParent *self);
void ok_parent_set_school_id (OkParent *self, gint64 school_id);
gint64 ok_parent_get_family_id (OkParent *self);
void ok_parent_set_family_id (OkParent *self, gint64 family_id);
const char *ok_parent_get_name (OkParent *self);
void ok_parent_set_name (OkParent *self, const char *name);
const char *ok_parent_get_phone (OkParent *self);
void ok_parent_set_phone (OkParent *self, const char *phone);
const char *ok_parent_get_email (OkParent *self);
void ok_parent_set_email (OkParent *self, const char *email);
gboolean ok_parent_get_walk_in (OkParent *self);
void ok_parent_set_walk_in (OkParent *self, gboolean walk_in);
gint64 ok_parent_get_version (OkParent *self);
void ok_parent_set_version (OkParent *self, gint64 version);

G_END_DECLS

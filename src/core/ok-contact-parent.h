/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OK_TYPE_CONTACT_PARENT (ok_contact_parent_get_type ())
G_DECLARE_FINAL_TYPE (OkContactParent, ok_contact_parent, OK, CONTACT_PARENT, GObject)

OkContactParent *ok_contact_parent_new (void);

gint64 ok_contact_parent_get_id (OkContactParent *self);
void ok_contact_parent_set_id (OkContactParent *self, gint64 id);
gint64 ok_contact_parent_get_school_id (OkContactParent *self);
void ok_contact_parent_set_school_id (OkContactParent *self, gint64 school_id);
gint64 ok_contact_parent_get_parent_id (OkContactParent *self);
void ok_contact_parent_set_parent_id (OkContactParent *self, gint64 parent_id);
const char *ok_contact_parent_get_name (OkContactParent *self);
void ok_contact_parent_set_name (OkContactParent *self, const char *name);
const char *ok_contact_parent_get_phone (OkContactParent *self);
void ok_contact_parent_set_phone (OkContactParent *self, const char *phone);
const char * const *ok_contact_parent_get_languages (OkContactParent *self);
void ok_contact_parent_set_languages (OkContactParent *self, const char * const *languages);
const char * const *ok_contact_parent_get_groups (OkContactParent *self);
void ok_contact_parent_set_groups (OkContactParent *self, const char * const *groups);
const char *ok_contact_parent_get_notes (OkContactParent *self);
void ok_contact_parent_set_notes (OkContactParent *self, const char *notes);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "ok-enums.h"

G_BEGIN_DECLS

#define OK_TYPE_CONTACT_MOMENT (ok_contact_moment_get_type ())
G_DECLARE_FINAL_TYPE (OkContactMoment, ok_contact_moment, OK, CONTACT_MOMENT, GObject)

OkContactMoment *ok_contact_moment_new (void);

gint64 ok_contact_moment_get_id (OkContactMoment *self);
void ok_contact_moment_set_id (OkContactMoment *self, gint64 id);
gint64 ok_contact_moment_get_school_id (OkContactMoment *self);
void ok_contact_moment_set_school_id (OkContactMoment *self, gint64 school_id);
gint64 ok_contact_moment_get_family_id (OkContactMoment *self);
void ok_contact_moment_set_family_id (OkContactMoment *self, gint64 family_id);
gint64 ok_contact_moment_get_parent_id (OkContactMoment *self);
void ok_contact_moment_set_parent_id (OkContactMoment *self, gint64 parent_id);
gint64 ok_contact_moment_get_contact_parent_id (OkContactMoment *self);
void ok_contact_moment_set_contact_parent_id (OkContactMoment *self, gint64 contact_parent_id);
gint64 ok_contact_moment_get_activity_id (OkContactMoment *self);
void ok_contact_moment_set_activity_id (OkContactMoment *self, gint64 activity_id);
const char *ok_contact_moment_get_by_name (OkContactMoment *self);
void ok_contact_moment_set_by_name (OkContactMoment *self, const char *by_name);
OkChannel ok_contact_moment_get_channel (OkContactMoment *self);
void ok_contact_moment_set_channel (OkContactMoment *self, OkChannel channel);
const char *ok_contact_moment_get_date (OkContactMoment *self);
void ok_contact_moment_set_date (OkContactMoment *self, const char *date);
const char *ok_contact_moment_get_note (OkContactMoment *self);
void ok_contact_moment_set_note (OkContactMoment *self, const char *note);
const char *ok_contact_moment_get_template (OkContactMoment *self);
void ok_contact_moment_set_template (OkContactMoment *self, const char *template);
const char *ok_contact_moment_get_language (OkContactMoment *self);
void ok_contact_moment_set_language (OkContactMoment *self, const char *language);

G_END_DECLS

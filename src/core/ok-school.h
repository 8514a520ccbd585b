/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OK_TYPE_SCHOOL (ok_school_get_type ())
G_DECLARE_FINAL_TYPE (OkSchool, ok_school, OK, SCHOOL, GObject)

OkSchool *ok_school_new (void);

gint64 ok_school_get_id (OkSchool *self);
void ok_school_set_id (OkSchool *self, gint64 id);
const char *ok_school_get_name (OkSchool *self);
void ok_school_set_name (OkSchool *self, const char *name);
const char *ok_school_get_brin (OkSchool *self);
void ok_school_set_brin (OkSchool *self, const char *brin);
const char *ok_school_get_region (OkSchool *self);
void ok_school_set_region (OkSchool *self, const char *region);

G_END_DECLS

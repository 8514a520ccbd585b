/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "ok-enums.h"

G_BEGIN_DECLS

#define OK_TYPE_FAMILY (ok_family_get_type ())
G_DECLARE_FINAL_TYPE (OkFamily, ok_family, OK, FAMILY, GObject)

OkFamily *ok_family_new (void);

gint64 ok_family_get_id (OkFamily *self);
void ok_family_set_id (OkFamily *self, gint64 id);
gint64 ok_family_get_school_id (OkFamily *self);
void ok_family_set_school_id (OkFamily *self, gint64 school_id);
const char *ok_family_get_name (OkFamily *self);
void ok_family_set_name (OkFamily *self, const char *name);
const char * const *ok_family_get_languages (OkFamily *self);
void ok_family_set_languages (OkFamily *self, const char * const *languages);
gboolean ok_family_get_interpreter_needed (OkFamily *self);
void ok_family_set_interpreter_needed (OkFamily *self, gboolean interpreter_needed);
OkChannel ok_family_get_preferred_channel (OkFamily *self);
void ok_family_set_preferred_channel (OkFamily *self, OkChannel preferred_channel);
gboolean ok_family_get_consent_contact_parent (OkFamily *self);
void ok_family_set_consent_contact_parent (OkFamily *self, gboolean consent_contact_parent);
gboolean ok_family_get_consent_photos (OkFamily *self);
void ok_family_set_consent_photos (OkFamily *self, gboolean consent_photos);
gboolean ok_family_get_reads_no_language (OkFamily *self);
void ok_family_set_reads_no_language (OkFamily *self, gboolean reads_no_language);
const char *ok_family_get_postcode (OkFamily *self);
void ok_family_set_postcode (OkFamily *self, const char *postcode);
const char *ok_family_get_house_number (OkFamily *self);
void ok_family_set_house_number (OkFamily *self, const char *house_number);
const char *ok_family_get_notes (OkFamily *self);
void ok_family_set_notes (OkFamily *self, const char *notes);
gint64 ok_family_get_version (OkFamily *self);
void ok_family_set_version (OkFamily *self, gint64 version);

G_END_DECLS

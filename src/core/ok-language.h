/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define OK_TYPE_LANGUAGE (ok_language_get_type ())
G_DECLARE_FINAL_TYPE (OkLanguage, ok_language, OK, LANGUAGE, GObject)

/* A language messages are written in: its direction, and how it writes
 * dates and times, from the data in data/locale/CODE.json (CLDR) or from a
 * language a coordinator added. Never from the system's locales. */

OkLanguage *ok_language_new_from_json       (JsonNode    *node,
                                             GError     **error);
JsonNode   *ok_language_to_json             (OkLanguage  *self);

const char *ok_language_get_code            (OkLanguage  *self);
const char *ok_language_get_name            (OkLanguage  *self);
gboolean    ok_language_is_rtl              (OkLanguage  *self);
const char *ok_language_get_language_name   (OkLanguage  *self,
                                             const char  *code);

const char *ok_language_get_weekday         (OkLanguage  *self,
                                             GDateTime   *datetime);
char       *ok_language_format_date         (OkLanguage  *self,
                                             GDateTime   *datetime);
char       *ok_language_format_time         (OkLanguage  *self,
                                             GDateTime   *datetime);
char       *ok_language_format_time_range   (OkLanguage  *self,
                                             GDateTime   *start,
                                             GDateTime   *end);

gboolean    ok_language_code_is_valid       (const char  *code);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include "ok-enums.h"

G_BEGIN_DECLS

#define OK_TYPE_THEME (ok_theme_get_type ())
G_DECLARE_FINAL_TYPE (OkTheme, ok_theme, OK, THEME, GObject)

OkTheme *ok_theme_new (void);

const char *ok_theme_get_slug (OkTheme *self);
void ok_theme_set_slug (OkTheme *self, const char *slug);
const char *ok_theme_get_name (OkTheme *self);
void ok_theme_set_name (OkTheme *self, const char *name);
OkPartnership ok_theme_get_partnership (OkTheme *self);
void ok_theme_set_partnership (OkTheme *self, OkPartnership partnership);
OkDimension ok_theme_get_dimension (OkTheme *self);
void ok_theme_set_dimension (OkTheme *self, OkDimension dimension);

G_END_DECLS

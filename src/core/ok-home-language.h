/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char  *ok_home_language_from_name    (const char   *name);
const char  *ok_home_language_display_name (const char   *code);
char       **ok_home_language_parse_list   (const char   *text,
                                            char       ***unknown);

G_END_DECLS

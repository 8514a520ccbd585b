/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *ok_language_name      (const char         *code);
char       *ok_language_list_text (const char * const *codes);
const char * const *ok_language_common_codes (void);

G_END_DECLS

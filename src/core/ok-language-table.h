/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char          *ok_language_name             (const char          *code);
const char          *ok_language_dutch_name       (const char          *code);
const char          *ok_language_check_in_name    (const char          *code);
char                *ok_language_list_text        (const char * const  *codes);
const char * const  *ok_language_common_codes     (void);
const char * const  *ok_language_check_in_codes   (void);

const char          *ok_language_from_name        (const char          *name);
char               **ok_language_parse_list       (const char          *text,
                                                   char              ***unknown);

gboolean             ok_language_code_is_rtl      (const char          *code);
gboolean             ok_language_code_is_written  (const char          *code);

G_END_DECLS

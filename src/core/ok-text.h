/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ok-text-fold.h"

G_BEGIN_DECLS

char  *ok_text_phone_digits  (const char *phone);
char **ok_text_search_tokens (const char *query);
const char *ok_text_family_surname (const char *name);

G_END_DECLS

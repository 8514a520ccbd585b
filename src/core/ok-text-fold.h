/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *ok_text_fold               (const char *text);
gboolean  ok_text_fold_has_word_start (const char *folded,
                                       const char *needle,
                                       gboolean   *inside);

G_END_DECLS

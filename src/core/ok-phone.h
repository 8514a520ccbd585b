/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *ok_phone_normalize   (const char *text);
gboolean  ok_phone_can_message (const char *e164);

G_END_DECLS

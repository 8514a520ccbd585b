/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The name that signs messages to parents ({sender_name}). It belongs to
 * the person sending, not to the school, so it is kept in the user's own
 * settings; without the settings schema (a run from the build tree) it is
 * simply not remembered. The CLI signs with it when --sender is left out. */

gboolean  ok_sender_name_can_remember   (void);
/* The name last used in the app, or NULL. */
char     *ok_sender_name_dup_remembered (void);
/* The name last used, else the user's real name, else "". */
char     *ok_sender_name_dup            (void);
void      ok_sender_name_remember       (const char *name);

G_END_DECLS

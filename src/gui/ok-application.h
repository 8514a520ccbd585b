/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_APPLICATION (ok_application_get_type ())
G_DECLARE_FINAL_TYPE (OkApplication, ok_application, OK, APPLICATION, AdwApplication)

OkApplication *ok_application_new       (void);
OkStore       *ok_application_get_store (OkApplication *self);
/* Puts the backup at path in place of the open SQLite database: closes
 * every window that uses it, restores in a worker thread (keeping the
 * database as it was as a backup) and opens a new main window, which says
 * how it went. */
void           ok_application_restore_backup (OkApplication *self,
                                              const char    *path);

G_END_DECLS

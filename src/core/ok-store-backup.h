/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ok-backup.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* Snapshots of an SQLite database, taken with VACUUM INTO on the open
 * connection (consistent even while the app writes), into a folder only
 * the user can read. A board's PostgreSQL server is backed up by the board
 * with pg_dump: these functions refuse PostgreSQL with a message that says
 * so. dir NULL means ok_backup_default_dir(). */

char      *ok_backup_default_dir         (void);
/* FALSE, with the message to show, for a PostgreSQL location. */
gboolean   ok_backup_supported           (const char    *location,
                                          GError       **error);

/* A consistent copy of the database in a new file (mode 0600); the file
 * must not exist yet. */
gboolean   ok_store_backup_to_file       (OkStore       *store,
                                          const char    *path,
                                          GError       **error);

/* A new backup in dir, checked and counted. */
OkBackup  *ok_store_backup_create        (OkStore       *store,
                                          const char    *dir,
                                          OkBackupKind   kind,
                                          GError       **error);

/* The daily backup on start-up: makes one when the newest is older than a
 * day, then rotates (7 daily, 4 weekly, 12 monthly). Returns the new
 * backup, or NULL without an error when none was due. */
OkBackup  *ok_store_backup_auto          (OkStore       *store,
                                          const char    *dir,
                                          GError       **error);
/* The same on a second connection in a worker thread, for the app. */
void       ok_store_backup_auto_async    (OkStore             *store,
                                          const char          *dir,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
OkBackup  *ok_store_backup_auto_finish   (OkStore       *store,
                                          GAsyncResult  *result,
                                          GError       **error);

/* Backups of the database at `location` in dir, newest first, with their
 * counts read from each file (a damaged one has a problem set). */
GPtrArray *ok_backup_list                (const char    *location,
                                          const char    *dir,
                                          GError       **error);
/* Reads date and counts from a backup file, checking it is a database of
 * this app that this version can open. */
OkBackup  *ok_backup_inspect             (const char    *path,
                                          GError       **error);
/* Deletes what the rotation does not keep; returns how many. */
int        ok_backup_rotate              (const char    *location,
                                          const char    *dir,
                                          GDateTime     *now,
                                          GError       **error);

/* Puts a backup in place of the database at `location`. The database must
 * not be open (close the app's store first): the restore refuses when
 * another connection uses it. The current database is first kept as a
 * backup of kind before-restore (returned in safety_copy); the backup is
 * copied to a new file, checked, and renamed over the database in one
 * step, so a crash leaves either the old or the new database. */
gboolean   ok_backup_restore             (const char    *location,
                                          const char    *backup_path,
                                          const char    *dir,
                                          OkBackup     **safety_copy,
                                          GError       **error);

G_END_DECLS

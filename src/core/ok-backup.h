/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  OK_BACKUP_KIND_AUTO,            /* the daily one made on start-up */
  OK_BACKUP_KIND_MANUAL,          /* asked for by the user or a script */
  OK_BACKUP_KIND_BEFORE_RESTORE,  /* the database as it was before a restore */
} OkBackupKind;

#define OK_TYPE_BACKUP (ok_backup_get_type ())
G_DECLARE_FINAL_TYPE (OkBackup, ok_backup, OK, BACKUP, GObject)

/* Backups are named DATABASE-YYYYMMDD-HHMMSS-KIND.db, the time in UTC. */
OkBackup     *ok_backup_new_from_path   (const char   *path);
/* For a file that does not follow the naming scheme (a restore from a
 * file the user picked): dated by its modification time. */
OkBackup     *ok_backup_new_for_file    (const char   *path);
char         *ok_backup_build_name      (const char   *database_name,
                                         GDateTime    *created,
                                         OkBackupKind  kind);

const char   *ok_backup_get_path        (OkBackup     *self);
const char   *ok_backup_get_database_name (OkBackup   *self);
GDateTime    *ok_backup_get_created     (OkBackup     *self);
OkBackupKind  ok_backup_get_kind        (OkBackup     *self);

/* Read from the backup file itself by ok_backup_inspect(); -1 until then. */
gint64        ok_backup_get_families    (OkBackup     *self);
gint64        ok_backup_get_parents     (OkBackup     *self);
gint64        ok_backup_get_activities  (OkBackup     *self);
gint64        ok_backup_get_attendance  (OkBackup     *self);
int           ok_backup_get_schema_version (OkBackup  *self);
/* Why the file could not be read, or NULL. */
const char   *ok_backup_get_problem     (OkBackup     *self);

void          ok_backup_set_contents    (OkBackup     *self,
                                         int           schema_version,
                                         gint64        families,
                                         gint64        parents,
                                         gint64        activities,
                                         gint64        attendance);
void          ok_backup_set_problem     (OkBackup     *self,
                                         const char   *problem);

/* Which backups a rotation of 7 daily, 4 weekly and 12 monthly keeps: the
 * newest backup of each of the 7 latest days, 4 latest weeks and 12 latest
 * months that have one, and copies made before a restore for 30 days.
 * Returns the ones to delete. */
GPtrArray    *ok_backup_plan_rotation   (GPtrArray    *backups,
                                         GDateTime    *now);

G_END_DECLS

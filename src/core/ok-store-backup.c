/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups of the SQLite database: made on the live connection with VACUUM
 * INTO (a consistent snapshot, never a copy of a file being written),
 * checked before they count, rotated, and restored by renaming a checked
 * copy over the database in one step. */
#define G_LOG_DOMAIN "ok-store-backup"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ok-store-backup.h"
#include "ok-store-private.h"
#include "ok-time.h"

#define PARTIAL_PREFIX ".partial-"

char *
ok_backup_default_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "ouderkamer", "backups", NULL);
}

static gboolean
is_postgresql (const char *location)
{
  return g_str_has_prefix (location, "postgresql://") || g_str_has_prefix (location, "postgres://");
}

static gboolean
require_sqlite (const char  *location,
                GError     **error)
{
  if (!is_postgresql (location))
    return TRUE;
  g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
               _("This database is on a PostgreSQL server: the school board backs it up "
                 "with pg_dump (see “Privacy and data safety” in the README). "
                 "Ouderkamer makes backups of its own SQLite database only."));
  return FALSE;
}

gboolean
ok_backup_supported (const char  *location,
                     GError     **error)
{
  return require_sqlite (location != NULL ? location : "", error);
}

/* "ouderkamer" for …/ouderkamer.db: backups of two databases can share the
 * folder without one's rotation deleting the other's. */
static char *
database_name (const char *location)
{
  char *base = g_path_get_basename (location);

  if (g_str_has_suffix (base, ".db"))
    base[strlen (base) - 3] = '\0';
  return base;
}

static gboolean
ensure_private_dir (const char  *dir,
                    GError     **error)
{
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  /* The folder holds personal data of every family of the school. */
  if (g_chmod (dir, 0700) != 0)
    g_debug ("Could not restrict %s to its owner: %s", dir, g_strerror (errno));
  return TRUE;
}

/* Renames are only durable once the folder itself is on disk. */
static void
sync_path (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("Could not sync %s: %s", path, g_strerror (errno));
  close (fd);
}

static void
sync_parent (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  sync_path (dir);
}

static void
unlink_database_file (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *journal = g_strconcat (path, "-journal", NULL);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (journal);
}

gboolean
ok_store_backup_to_file (OkStore     *store,
                         const char  *path,
                         GError     **error)
{
  int fd;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!require_sqlite (ok_store_get_location (store), error))
    return FALSE;
  if (ok_store_in_transaction (store))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   "A backup cannot be made inside a transaction");
      return FALSE;
    }

  /* VACUUM INTO writes into an empty file it finds: creating it first is
   * how the copy gets mode 0600 from the start. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                   _("Could not create the backup file “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  /* The file name is a bound parameter, not SQL text. */
  if (_ok_store_execute (store, "VACUUM INTO ##path::string", error,
                         "path", G_TYPE_STRING, path, NULL) < 0)
    {
      g_prefix_error (error, _("Could not make a backup: "));
      unlink_database_file (path);
      return FALSE;
    }
  sync_path (path);
  return TRUE;
}

/* Any SQLite database starts with these 16 bytes. A file that does not is
 * refused before libgda sees it (libgda leaks the handle of a file it
 * cannot read as a database). */
static gboolean
has_sqlite_header (const char *path)
{
  static const char magic[16] = "SQLite format 3";
  char header[16] = { 0 };
  FILE *file = g_fopen (path, "rbe");
  gboolean ok;

  if (file == NULL)
    return FALSE;
  ok = fread (header, 1, sizeof header, file) == sizeof header
       && memcmp (header, magic, sizeof magic) == 0;
  fclose (file);
  return ok;
}

/* Opens a backup for reading only, checks that this version of the app can
 * use it and fills in its counts. */
static gboolean
examine (OkBackup    *backup,
         const char  *shown_path,
         gboolean     check_integrity,
         GError     **error)
{
  g_autoptr(OkStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *path = ok_backup_get_path (backup);
  gint64 families = 0, parents = 0, activities = 0, attendance = 0;
  int version = -1;

  if (shown_path == NULL)
    shown_path = path;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no backup file “%s”"), shown_path);
      return FALSE;
    }
  if (has_sqlite_header (path))
    store = ok_store_open_full (path, OK_STORE_OPEN_READ_ONLY, &local_error);
  if (store != NULL)
    version = ok_store_get_schema_version (store);
  if (version <= 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("“%s” is not a database of Ouderkamer"), shown_path);
      return FALSE;
    }
  if (version > ok_store_latest_version ())
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("“%s” was made by a newer version of Ouderkamer (schema %d); "
                     "please update Ouderkamer"), shown_path, version);
      return FALSE;
    }
  if (check_integrity && !ok_store_integrity_check (store, error))
    return FALSE;

  /* Walk-ins have no family; the parents of an erased family are
   * anonymous and do not count. */
  if (!_ok_store_select_int64 (store, &families, "SELECT count(*) FROM family WHERE erased = 0",
                               error, NULL)
      || !_ok_store_select_int64 (store, &parents,
                                  "SELECT count(*) FROM parent WHERE family_id IS NULL "
                                  "OR family_id IN (SELECT id FROM family WHERE erased = 0)",
                                  error, NULL)
      || !_ok_store_select_int64 (store, &activities, "SELECT count(*) FROM activity", error, NULL)
      || !_ok_store_select_int64 (store, &attendance, "SELECT count(*) FROM attendance", error, NULL))
    return FALSE;

  ok_backup_set_contents (backup, version, families, parents, activities, attendance);
  return TRUE;
}

OkBackup *
ok_backup_inspect (const char  *path,
                   GError     **error)
{
  g_autoptr(OkBackup) backup = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  backup = ok_backup_new_for_file (path);
  if (!examine (backup, NULL, FALSE, error))
    return NULL;
  return g_steal_pointer (&backup);
}

static void
remove_partial_files (const char *dir,
                      const char *name)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strconcat (PARTIAL_PREFIX, name, "-", NULL);
  const char *entry;

  while (listing != NULL && (entry = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (entry, prefix))
      {
        g_autofree char *path = g_build_filename (dir, entry, NULL);
        g_unlink (path);
      }
}

OkBackup *
ok_store_backup_create (OkStore       *store,
                        const char    *dir,
                        OkBackupKind   kind,
                        GError       **error)
{
  g_autofree char *default_dir = NULL;
  g_autofree char *name = database_name (ok_store_get_location (store));
  g_autofree char *file_name = NULL;
  g_autofree char *final = NULL;
  g_autofree char *partial = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(OkBackup) checked = NULL;
  OkBackup *backup;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  if (!require_sqlite (ok_store_get_location (store), error))
    return NULL;
  if (dir == NULL)
    dir = default_dir = ok_backup_default_dir ();
  if (!ensure_private_dir (dir, error))
    return NULL;

  /* A backup interrupted by a crash leaves a partial file behind. */
  remove_partial_files (dir, name);

  for (;;)
    {
      g_autoptr(GDateTime) later = NULL;

      g_free (file_name);
      g_free (final);
      file_name = ok_backup_build_name (name, now, kind);
      final = g_build_filename (dir, file_name, NULL);
      if (!g_file_test (final, G_FILE_TEST_EXISTS))
        break;
      later = g_date_time_add_seconds (now, 1);
      g_date_time_unref (now);
      now = g_steal_pointer (&later);
    }

  partial = g_strconcat (dir, G_DIR_SEPARATOR_S, PARTIAL_PREFIX, file_name, NULL);
  if (!ok_store_backup_to_file (store, partial, error))
    return NULL;

  checked = ok_backup_new_for_file (partial);
  if (!examine (checked, NULL, TRUE, error))
    {
      unlink_database_file (partial);
      return NULL;
    }

  if (g_rename (partial, final) != 0)
    {
      int saved_errno = errno;
      unlink_database_file (partial);
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                   _("Could not store the backup as “%s”: %s"), final, g_strerror (saved_errno));
      return NULL;
    }
  sync_path (dir);

  backup = ok_backup_new_from_path (final);
  ok_backup_set_contents (backup, ok_backup_get_schema_version (checked),
                          ok_backup_get_families (checked), ok_backup_get_parents (checked),
                          ok_backup_get_activities (checked),
                          ok_backup_get_attendance (checked));
  return backup;
}

/* The backups of one database in dir, from their names only. */
static GPtrArray *
list_names (const char  *location,
            const char  *dir,
            GError     **error)
{
  g_autofree char *name = database_name (location);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) listing = NULL;
  GPtrArray *backups = g_ptr_array_new_with_free_func (g_object_unref);
  const char *entry;

  listing = g_dir_open (dir, 0, &local_error);
  if (listing == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return backups;
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                   _("Could not read the backups folder “%s”: %s"), dir, local_error->message);
      g_ptr_array_unref (backups);
      return NULL;
    }

  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, entry, NULL);
      g_autoptr(OkBackup) backup = ok_backup_new_from_path (path);

      if (backup != NULL && g_str_equal (ok_backup_get_database_name (backup), name))
        g_ptr_array_add (backups, g_steal_pointer (&backup));
    }
  return backups;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  OkBackup *first = *(OkBackup * const *) a;
  OkBackup *second = *(OkBackup * const *) b;

  return g_date_time_compare (ok_backup_get_created (second), ok_backup_get_created (first));
}

GPtrArray *
ok_backup_list (const char  *location,
                const char  *dir,
                GError     **error)
{
  g_autofree char *default_dir = NULL;
  g_autofree char *default_location = NULL;
  GPtrArray *backups;

  if (location == NULL || *location == '\0')
    location = default_location = ok_store_default_location ();
  if (!require_sqlite (location, error))
    return NULL;
  if (dir == NULL)
    dir = default_dir = ok_backup_default_dir ();

  backups = list_names (location, dir, error);
  if (backups == NULL)
    return NULL;

  g_ptr_array_sort (backups, compare_newest_first);
  for (guint i = 0; i < backups->len; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!examine (backups->pdata[i], NULL, FALSE, &local_error))
        ok_backup_set_problem (backups->pdata[i], local_error->message);
    }
  return backups;
}

int
ok_backup_rotate (const char  *location,
                  const char  *dir,
                  GDateTime   *now,
                  GError     **error)
{
  g_autofree char *default_dir = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GPtrArray) remove = NULL;

  if (dir == NULL)
    dir = default_dir = ok_backup_default_dir ();

  backups = list_names (location, dir, error);
  if (backups == NULL)
    return -1;

  remove = ok_backup_plan_rotation (backups, now);
  for (guint i = 0; i < remove->len; i++)
    unlink_database_file (ok_backup_get_path (remove->pdata[i]));
  return (int) remove->len;
}

static gboolean
made_today (GPtrArray *backups,
            GDateTime *now)
{
  g_autoptr(GDateTime) local_now = g_date_time_to_timezone (now, ok_time_zone ());
  g_autofree char *today = g_date_time_format (local_now, "%Y-%m-%d");

  for (guint i = 0; i < backups->len; i++)
    {
      OkBackup *backup = backups->pdata[i];
      g_autoptr(GDateTime) created = NULL;
      g_autofree char *day = NULL;

      if (ok_backup_get_kind (backup) == OK_BACKUP_KIND_BEFORE_RESTORE)
        continue;
      created = g_date_time_to_timezone (ok_backup_get_created (backup), ok_time_zone ());
      day = g_date_time_format (created, "%Y-%m-%d");
      if (strcmp (day, today) >= 0)
        return TRUE;
    }
  return FALSE;
}

/* Once per calendar day rather than "24 hours after the last one": an app
 * started a little earlier each morning would otherwise skip days. */
OkBackup *
ok_store_backup_auto (OkStore     *store,
                      const char  *dir,
                      GError     **error)
{
  g_autofree char *default_dir = NULL;
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) rotate_error = NULL;
  OkBackup *backup;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  if (ok_store_get_dialect (store) != OK_STORE_DIALECT_SQLITE)
    return NULL;
  if (dir == NULL)
    dir = default_dir = ok_backup_default_dir ();

  backups = list_names (ok_store_get_location (store), dir, error);
  if (backups == NULL)
    return NULL;
  if (made_today (backups, now))
    return NULL;

  backup = ok_store_backup_create (store, dir, OK_BACKUP_KIND_AUTO, error);
  if (backup == NULL)
    return NULL;

  if (ok_backup_rotate (ok_store_get_location (store), dir, now, &rotate_error) < 0)
    g_warning ("Could not rotate the backups: %s", rotate_error->message);
  return backup;
}

typedef struct {
  OkStore *store;
  char *dir;
} AutoData;

static void
auto_data_free (AutoData *data)
{
  g_clear_object (&data->store);
  g_free (data->dir);
  g_free (data);
}

static void
backup_auto_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  AutoData *data = task_data;
  g_autoptr(GError) error = NULL;
  OkBackup *backup = ok_store_backup_auto (data->store, data->dir, &error);

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, backup, g_object_unref);
}

void
ok_store_backup_auto_async (OkStore             *store,
                            const char          *dir,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  AutoData *data;

  g_return_if_fail (OK_IS_STORE (store));

  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, ok_store_backup_auto_async);

  if (ok_store_get_dialect (store) != OK_STORE_DIALECT_SQLITE)
    {
      g_task_return_pointer (task, NULL, NULL);
      return;
    }

  /* libgda objects belong to one thread at a time: the worker gets its
   * own connection. */
  data = g_new0 (AutoData, 1);
  data->store = ok_store_reopen (store, &error);
  data->dir = g_strdup (dir);
  g_task_set_task_data (task, data, (GDestroyNotify) auto_data_free);
  if (data->store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_run_in_thread (task, backup_auto_thread);
}

OkBackup *
ok_store_backup_auto_finish (OkStore       *store,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Restore */

static gboolean
copy_private (const char  *from,
              const char  *to,
              GError     **error)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) target = g_file_new_for_path (to);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileOutputStream) out = NULL;

  in = g_file_read (source, NULL, error);
  if (in == NULL)
    return FALSE;
  out = g_file_create (target, G_FILE_CREATE_PRIVATE, NULL, error);
  if (out == NULL)
    return FALSE;
  if (g_output_stream_splice (G_OUTPUT_STREAM (out), G_INPUT_STREAM (in),
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, error) < 0)
    return FALSE;
  sync_path (to);
  return TRUE;
}

/* A last resort for a database too damaged to be read: its files as they
 * are, named so that SQLite finds the -wal file next to the copy. */
static OkBackup *
copy_raw (const char  *location,
          const char  *dir,
          GError     **error)
{
  g_autofree char *name = database_name (location);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *file_name = ok_backup_build_name (name, now, OK_BACKUP_KIND_BEFORE_RESTORE);
  g_autofree char *target = g_build_filename (dir, file_name, NULL);
  g_autofree char *wal = g_strconcat (location, "-wal", NULL);
  g_autofree char *target_wal = g_strconcat (target, "-wal", NULL);

  if (!copy_private (location, target, error))
    return NULL;
  if (g_file_test (wal, G_FILE_TEST_EXISTS) && !copy_private (wal, target_wal, error))
    return NULL;
  sync_path (dir);
  return ok_backup_new_from_path (target);
}

/* Leaving WAL mode needs the only connection to the database: that is how
 * we learn that the app or the CLI still has it open. It also folds the
 * WAL into the main file, so that no -wal file outlives its database. */
static gboolean
take_sole_access (OkStore  *store,
                  GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GError) local_error = NULL;

  model = _ok_store_select (store, "PRAGMA busy_timeout = 0", error, NULL);
  if (model == NULL)
    return FALSE;
  g_clear_object (&model);

  model = _ok_store_select (store, "PRAGMA journal_mode = DELETE", &local_error, NULL);
  if (model == NULL || g_strcmp0 (_ok_rows_string (model, 0, 0), "delete") != 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT,
                   _("The database is in use by Ouderkamer or ouderkamer-cli: "
                     "close them and try again"));
      return FALSE;
    }
  return TRUE;
}

static OkBackup *
keep_current (const char  *location,
              const char  *dir,
              GError     **error)
{
  g_autoptr(OkStore) store = NULL;
  g_autoptr(GError) local_error = NULL;
  OkBackup *backup;

  store = ok_store_open_full (location, OK_STORE_OPEN_NO_MIGRATE, &local_error);
  if (store != NULL)
    {
      if (!take_sole_access (store, error))
        return NULL;
      backup = ok_store_backup_create (store, dir, OK_BACKUP_KIND_BEFORE_RESTORE, &local_error);
      if (backup != NULL)
        return backup;
      g_clear_object (&store);
    }

  g_message ("Keeping a raw copy of %s: %s", location, local_error->message);
  return copy_raw (location, dir, error);
}

gboolean
ok_backup_restore (const char  *location,
                   const char  *backup_path,
                   const char  *dir,
                   OkBackup   **safety_copy,
                   GError     **error)
{
  g_autofree char *default_dir = NULL;
  g_autofree char *default_location = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autoptr(OkBackup) checked = NULL;
  g_autoptr(OkBackup) safety = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (backup_path != NULL, FALSE);

  if (location == NULL || *location == '\0')
    location = default_location = ok_store_default_location ();
  if (!require_sqlite (location, error))
    return FALSE;
  if (dir == NULL)
    dir = default_dir = ok_backup_default_dir ();
  if (!ensure_private_dir (dir, error))
    return FALSE;

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no backup file “%s”"), backup_path);
      return FALSE;
    }

  /* The copy is made and checked next to the database, so that putting it
   * in place is a rename within one file system. */
  partial = g_strconcat (location, ".restoring", NULL);
  unlink_database_file (partial);
  if (!copy_private (backup_path, partial, &local_error))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                   _("Could not copy the backup: %s"), local_error->message);
      return FALSE;
    }
  checked = ok_backup_new_for_file (partial);
  if (!examine (checked, backup_path, TRUE, error))
    {
      g_prefix_error (error, _("The backup cannot be restored: "));
      unlink_database_file (partial);
      return FALSE;
    }

  if (g_file_test (location, G_FILE_TEST_EXISTS))
    {
      safety = keep_current (location, dir, error);
      if (safety == NULL)
        {
          unlink_database_file (partial);
          return FALSE;
        }
    }

  /* Files of the old database must not be applied to the new one. */
  wal = g_strconcat (location, "-wal", NULL);
  shm = g_strconcat (location, "-shm", NULL);
  g_unlink (wal);
  g_unlink (shm);

  if (g_rename (partial, location) != 0)
    {
      int saved_errno = errno;
      unlink_database_file (partial);
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_OPEN,
                   _("Could not put the backup in place of “%s”: %s"), location,
                   g_strerror (saved_errno));
      return FALSE;
    }
  sync_parent (location);

  if (safety_copy != NULL)
    *safety_copy = g_steal_pointer (&safety);
  return TRUE;
}

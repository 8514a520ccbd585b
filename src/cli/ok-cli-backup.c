/* SPDX-License-Identifier: GPL-3.0-or-later */
/* backup create | list | restore FILE */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ok-cli.h"
#include "ok-store-backup.h"
#include "ok-time.h"

static const char *
kind_label (OkBackupKind kind)
{
  switch (kind)
    {
    case OK_BACKUP_KIND_AUTO:
      return _("daily");
    case OK_BACKUP_KIND_BEFORE_RESTORE:
      return _("before restore");
    case OK_BACKUP_KIND_MANUAL:
    default:
      return _("manual");
    }
}

static char *
format_created (OkBackup *backup)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (ok_backup_get_created (backup),
                                                        ok_time_zone ());

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
format_counts (OkBackup *backup)
{
  return g_strdup_printf (_("%" PRId64 " families, %" PRId64 " activities, "
                            "%" PRId64 " attendance marks"),
                          ok_backup_get_families (backup), ok_backup_get_activities (backup),
                          ok_backup_get_attendance (backup));
}

static gboolean
backup_create (const char  *location,
               const char  *dir,
               GError     **error)
{
  g_autoptr(OkStore) store = NULL;
  g_autoptr(OkBackup) backup = NULL;
  g_autofree char *counts = NULL;

  if (!ok_backup_supported (location, error))
    return FALSE;
  store = ok_store_open (location, error);
  if (store == NULL)
    return FALSE;
  backup = ok_store_backup_create (store, dir, OK_BACKUP_KIND_MANUAL, error);
  if (backup == NULL)
    return FALSE;

  counts = format_counts (backup);
  g_print (_("Backup made: %s\n"), ok_backup_get_path (backup));
  g_print ("  %s\n", counts);
  return TRUE;
}

static gboolean
backup_list (const char  *location,
             const char  *dir,
             GError     **error)
{
  g_autoptr(GPtrArray) backups = ok_backup_list (location, dir, error);

  if (backups == NULL)
    return FALSE;
  if (backups->len == 0)
    {
      g_print (_("There are no backups yet.\n"));
      return TRUE;
    }

  for (guint i = 0; i < backups->len; i++)
    {
      OkBackup *backup = backups->pdata[i];
      g_autofree char *created = format_created (backup);
      g_autofree char *base = g_path_get_basename (ok_backup_get_path (backup));

      g_print ("%s  %-15s  ", created, kind_label (ok_backup_get_kind (backup)));
      if (ok_backup_get_problem (backup) != NULL)
        g_print (_("cannot be read: %s"), ok_backup_get_problem (backup));
      else
        {
          g_autofree char *counts = format_counts (backup);

          g_print ("%s", counts);
        }
      g_print ("\n    %s\n", base);
    }
  return TRUE;
}

/* A name from "backup list" is found in the backups folder. */
static char *
resolve_backup (const char *file,
                const char *dir)
{
  g_autofree char *default_dir = NULL;

  if (g_file_test (file, G_FILE_TEST_EXISTS) || strchr (file, G_DIR_SEPARATOR) != NULL)
    return g_strdup (file);
  if (dir == NULL)
    dir = default_dir = ok_backup_default_dir ();
  return g_build_filename (dir, file, NULL);
}

static gboolean
backup_restore (const char  *location,
                const char  *file,
                const char  *dir,
                GError     **error)
{
  g_autofree char *path = resolve_backup (file, dir);
  g_autoptr(OkBackup) safety = NULL;
  g_autoptr(OkBackup) restored = NULL;

  if (!ok_backup_supported (location, error))
    return FALSE;
  restored = ok_backup_inspect (path, error);
  if (restored == NULL)
    return FALSE;
  if (!ok_backup_restore (location, path, dir, &safety, error))
    return FALSE;

  {
    g_autofree char *created = format_created (restored);
    g_autofree char *counts = format_counts (restored);

    g_print (_("Restored the backup of %s (%s).\n"), created, counts);
  }
  if (safety != NULL)
    g_print (_("The database as it was is kept as %s\n"), ok_backup_get_path (safety));
  return TRUE;
}

gboolean
ok_cli_backup (OkStore  *store,
               int       argc,
               char    **argv,
               GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("create | list | restore FILE"));
  g_autofree char *dir = NULL;
  g_autofree char *default_location = NULL;
  const char *location = ok_cli_get_database ();
  const GOptionEntry entries[] = {
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir,
      N_("Keep backups in this folder instead of the app’s own"), N_("FOLDER") },
    { NULL }
  };

  g_option_context_set_summary (context,
                                _("create: make a backup of the database now.\n"
                                  "list: show the backups with their date and what they hold.\n"
                                  "restore FILE: put a backup in place of the database; the "
                                  "database as it was is kept as a backup first. Close the app "
                                  "before restoring.\n\n"
                                  "Backups of a PostgreSQL database are made by the board with "
                                  "pg_dump."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;

  if (location == NULL || *location == '\0')
    location = default_location = ok_store_default_location ();

  if (argc == 2 && g_str_equal (argv[1], "create"))
    return backup_create (location, dir, error);
  if (argc == 2 && g_str_equal (argv[1], "list"))
    return backup_list (location, dir, error);
  if (argc == 3 && g_str_equal (argv[1], "restore"))
    return backup_restore (location, argv[2], dir, error);

  g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
               _("Usage: ouderkamer-cli backup create | list | restore FILE"));
  return FALSE;
}

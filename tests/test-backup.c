/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Backups: made from the live database, private, counted from the file
 * itself, rotated, and restored with the current database kept first. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ok-store-backup.h"
#include "ok-store-family.h"
#include "ok-test-school.h"
#include "ok-test-util.h"
#include "ok-time.h"

static GDateTime *
local_time (int y, int mo, int d, int h)
{
  return g_date_time_new (ok_time_zone (), y, mo, d, h, 0, 0);
}

static OkBackup *
fake_backup (GDateTime    *created,
             OkBackupKind  kind)
{
  g_autofree char *name = ok_backup_build_name ("ouderkamer", created, kind);
  g_autofree char *path = g_build_filename ("/nowhere", name, NULL);
  OkBackup *backup = ok_backup_new_from_path (path);

  g_assert_nonnull (backup);
  return backup;
}

static gboolean
removes (GPtrArray *remove,
         OkBackup  *backup)
{
  for (guint i = 0; i < remove->len; i++)
    if (g_str_equal (ok_backup_get_path (remove->pdata[i]), ok_backup_get_path (backup)))
      return TRUE;
  return FALSE;
}

static void
test_names (void)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2025, 3, 4, 5, 6, 7);
  g_autofree char *name = ok_backup_build_name ("my-school", when, OK_BACKUP_KIND_BEFORE_RESTORE);
  g_autoptr(OkBackup) backup = ok_backup_new_from_path (name);
  g_autoptr(OkBackup) other = ok_backup_new_from_path ("notes-20250304.db");
  g_autoptr(OkBackup) partial = ok_backup_new_from_path (".partial-ouderkamer-20250304-050607-auto.db");

  g_assert_cmpstr (name, ==, "my-school-20250304-050607-before-restore.db");
  g_assert_nonnull (backup);
  g_assert_cmpstr (ok_backup_get_database_name (backup), ==, "my-school");
  g_assert_cmpint (ok_backup_get_kind (backup), ==, OK_BACKUP_KIND_BEFORE_RESTORE);
  g_assert_true (g_date_time_equal (ok_backup_get_created (backup), when));
  g_assert_null (other);
  g_assert_null (partial);
}

/* A year and a month of daily backups, some days twice. */
static void
test_rotation (void)
{
  g_autoptr(GPtrArray) backups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) remove = NULL;
  g_autoptr(GDateTime) now = local_time (2025, 6, 30, 9);
  g_autoptr(GHashTable) months = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  OkBackup *old_restore, *recent_restore;
  guint kept;

  for (int day = 0; day < 400; day++)
    {
      g_autoptr(GDateTime) morning = g_date_time_add_days (now, -day);
      g_autoptr(GDateTime) noon = g_date_time_add_hours (morning, 3);

      g_ptr_array_add (backups, fake_backup (morning, OK_BACKUP_KIND_AUTO));
      if (day % 10 == 0)
        g_ptr_array_add (backups, fake_backup (noon, OK_BACKUP_KIND_MANUAL));
    }
  {
    g_autoptr(GDateTime) t1 = g_date_time_add_days (now, -40);
    g_autoptr(GDateTime) t2 = g_date_time_add_days (now, -10);

    old_restore = fake_backup (t1, OK_BACKUP_KIND_BEFORE_RESTORE);
    recent_restore = fake_backup (t2, OK_BACKUP_KIND_BEFORE_RESTORE);
    g_ptr_array_add (backups, old_restore);
    g_ptr_array_add (backups, recent_restore);
  }

  remove = ok_backup_plan_rotation (backups, now);
  kept = backups->len - remove->len;

  /* The newest of each of the last 7 days: day 0 has a manual one at noon,
   * which is newer than the morning's. */
  g_assert_false (removes (remove, backups->pdata[1]));
  g_assert_true (removes (remove, backups->pdata[0]));
  for (guint i = 2; i < 8; i++)
    g_assert_false (removes (remove, backups->pdata[i]));

  /* One per month for the last 12 months, the newest of the month. */
  for (guint i = 0; i < backups->len; i++)
    {
      OkBackup *backup = backups->pdata[i];
      g_autoptr(GDateTime) local = g_date_time_to_timezone (ok_backup_get_created (backup),
                                                            ok_time_zone ());

      if (!removes (remove, backup) && ok_backup_get_kind (backup) != OK_BACKUP_KIND_BEFORE_RESTORE)
        g_hash_table_add (months, g_date_time_format (local, "%Y-%m"));
    }
  g_assert_true (g_hash_table_contains (months, "2024-07"));
  g_assert_false (g_hash_table_contains (months, "2024-06"));
  {
    /* 31 May had a manual backup at noon as well (30 days back). */
    g_autoptr(GDateTime) last_of_may = local_time (2025, 5, 31, 12);
    g_autoptr(OkBackup) expected = fake_backup (last_of_may, OK_BACKUP_KIND_MANUAL);
    gboolean found = FALSE;

    for (guint i = 0; i < backups->len; i++)
      if (g_str_equal (ok_backup_get_path (backups->pdata[i]), ok_backup_get_path (expected)))
        {
          g_assert_false (removes (remove, backups->pdata[i]));
          found = TRUE;
        }
    g_assert_true (found);
  }

  /* Copies made before a restore are kept for 30 days. */
  g_assert_true (removes (remove, old_restore));
  g_assert_false (removes (remove, recent_restore));

  /* 7 days + 3 more weeks + 12 months minus the current (already kept as
   * a day) and one more that is a week's, plus the recent restore copy. */
  g_assert_cmpuint (kept, >=, 7 + 3 + 10 + 1);
  g_assert_cmpuint (kept, <=, 7 + 4 + 12 + 1);
}

static void
assert_mode (const char *path,
             guint       mode)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

static char *
backup_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "backups-test", NULL);
}

static void
test_postgresql_refused (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkBackup) backup = NULL;
  g_autofree char *dir = backup_dir ();

  if (ok_store_get_dialect (store) != OK_STORE_DIALECT_POSTGRESQL)
    {
      g_test_skip ("SQLite has its own backups");
      return;
    }
  backup = ok_store_backup_create (store, dir, OK_BACKUP_KIND_MANUAL, &error);
  g_assert_null (backup);
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "pg_dump"));
  g_clear_error (&error);

  /* The daily backup on start-up quietly does nothing. */
  g_assert_null (ok_store_backup_auto (store, dir, &error));
  g_assert_no_error (error);
}

static void
add_family (OkStore    *store,
            const char *name)
{
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(GError) error = NULL;

  ok_family_set_name (family, name);
  ok_store_family_insert (store, family, &error);
  g_assert_no_error (error);
}

static void
test_create_list_restore (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *location = ok_test_new_location (OK_STORE_DIALECT_SQLITE);
  g_autofree char *dir = backup_dir ();
  g_autofree char *backup_path = NULL;
  g_autoptr(OkBackup) backup = NULL;
  g_autoptr(OkBackup) safety = NULL;
  g_autoptr(GPtrArray) list = NULL;
  OkTestSchool school;
  OkStore *store;

  store = ok_store_open (location, &error);
  g_assert_no_error (error);
  ok_test_school_fill (store, &school);

  backup = ok_store_backup_create (store, dir, OK_BACKUP_KIND_MANUAL, &error);
  g_assert_no_error (error);
  backup_path = g_strdup (ok_backup_get_path (backup));
  assert_mode (dir, 0700);
  assert_mode (backup_path, 0600);
  g_assert_cmpint (ok_backup_get_families (backup), ==, 3);
  g_assert_cmpint (ok_backup_get_parents (backup), ==, 5);
  g_assert_cmpint (ok_backup_get_activities (backup), ==, 3);
  g_assert_cmpint (ok_backup_get_attendance (backup), ==, 6);

  /* Later work, then the database is still open: a restore must wait. */
  add_family (store, "Familie na de backup");
  g_assert_false (ok_backup_restore (location, backup_path, dir, NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 4);
  g_assert_finalize_object (store);

  list = ok_backup_list (location, dir, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpint (ok_backup_get_families (list->pdata[0]), ==, 3);
  g_assert_null (ok_backup_get_problem (list->pdata[0]));

  g_assert_true (ok_backup_restore (location, backup_path, dir, &safety, &error));
  g_assert_no_error (error);
  g_assert_nonnull (safety);
  g_assert_cmpint (ok_backup_get_kind (safety), ==, OK_BACKUP_KIND_BEFORE_RESTORE);
  g_assert_cmpint (ok_backup_get_families (safety), ==, 4);
  assert_mode (ok_backup_get_path (safety), 0600);
  assert_mode (location, 0600);

  store = ok_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 3);
  g_assert_true (ok_store_integrity_check (store, &error));
  g_assert_finalize_object (store);

  g_clear_pointer (&list, g_ptr_array_unref);
  list = ok_backup_list (location, dir, &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_true (ok_backup_get_kind (list->pdata[0]) == OK_BACKUP_KIND_BEFORE_RESTORE
                 || ok_backup_get_kind (list->pdata[1]) == OK_BACKUP_KIND_BEFORE_RESTORE);

  /* The copy from before the restore brings the later family back. */
  g_assert_true (ok_backup_restore (location, ok_backup_get_path (safety), dir, NULL, &error));
  g_assert_no_error (error);
  store = ok_store_open (location, &error);
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 4);
  g_assert_finalize_object (store);

  ok_test_drop_location (location);
}

static void
test_restore_rejects_bad (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *location = ok_test_new_location (OK_STORE_DIALECT_SQLITE);
  g_autofree char *dir = backup_dir ();
  g_autofree char *text = g_build_filename (g_get_user_data_dir (), "notes.db", NULL);
  g_autofree char *half = g_build_filename (g_get_user_data_dir (), "half.db", NULL);
  g_autofree char *data = NULL;
  g_autofree char *partial = g_strconcat (location, ".restoring", NULL);
  g_autoptr(OkBackup) backup = NULL;
  gsize length = 0;
  OkStore *store;

  store = ok_store_open (location, &error);
  g_assert_no_error (error);
  add_family (store, "Familie Jansen");
  backup = ok_store_backup_create (store, dir, OK_BACKUP_KIND_MANUAL, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (store);

  g_file_set_contents (text, "Dit is geen database\n", -1, NULL);
  g_file_get_contents (ok_backup_get_path (backup), &data, &length, NULL);
  g_file_set_contents (half, data, length / 2, NULL);

  g_assert_false (ok_backup_restore (location, text, dir, NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ok_backup_restore (location, half, dir, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (ok_backup_restore (location, "/nonexistent/backup.db", dir, NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  store = ok_store_open (location, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ok_store_family_count (store, NULL), ==, 1);
  g_assert_finalize_object (store);

  g_unlink (text);
  g_unlink (half);
  ok_test_drop_location (location);
}

static void
auto_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  OkBackup **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = ok_store_backup_auto_finish (OK_STORE (source), result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (*out);
}

static void
test_auto (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *location = ok_test_new_location (OK_STORE_DIALECT_SQLITE);
  g_autofree char *dir = backup_dir ();
  g_autofree char *template = NULL;
  g_autofree char *base = NULL;
  g_autoptr(OkBackup) first = NULL;
  g_autoptr(OkBackup) again = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  OkStore *store;
  int files;

  store = ok_store_open (location, &error);
  g_assert_no_error (error);

  /* Two years of old daily backups (copies of a real one). */
  first = ok_store_backup_create (store, dir, OK_BACKUP_KIND_AUTO, &error);
  g_assert_no_error (error);
  template = g_strdup (ok_backup_get_path (first));
  base = g_path_get_basename (location);
  base[strlen (base) - 3] = '\0';
  for (int day = 1; day <= 730; day++)
    {
      g_autoptr(GDateTime) then = g_date_time_add_days (now, -day);
      g_autofree char *name = ok_backup_build_name (base, then, OK_BACKUP_KIND_AUTO);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) source = g_file_new_for_path (template);
      g_autoptr(GFile) target = g_file_new_for_path (path);

      g_assert_true (g_file_copy (source, target, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
    }
  g_unlink (template);
  g_clear_object (&first);

  /* Nothing made today yet: one is made, and the rest rotated. */
  {
    g_autoptr(GMainContext) context = g_main_context_new ();

    g_main_context_push_thread_default (context);
    ok_store_backup_auto_async (store, dir, NULL, auto_done_cb, &first);
    while (first == NULL)
      g_main_context_iteration (context, TRUE);
    g_main_context_pop_thread_default (context);
  }
  list = ok_backup_list (location, dir, &error);
  g_assert_no_error (error);
  files = list->len;
  g_assert_cmpint (files, >=, 7 + 3 + 10);
  g_assert_cmpint (files, <=, 7 + 4 + 12);
  g_assert_cmpstr (ok_backup_get_path (list->pdata[0]), ==, ok_backup_get_path (first));

  /* Once a day only. */
  again = ok_store_backup_auto (store, dir, &error);
  g_assert_no_error (error);
  g_assert_null (again);

  g_assert_finalize_object (store);
  ok_test_drop_location (location);
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  g_test_add_func ("/backup/names", test_names);
  g_test_add_func ("/backup/rotation", test_rotation);
  g_test_add_func ("/sqlite/backup/create-list-restore", test_create_list_restore);
  g_test_add_func ("/sqlite/backup/restore-rejects-bad", test_restore_rejects_bad);
  g_test_add_func ("/sqlite/backup/auto", test_auto);
  ok_test_add_store_func ("/backup/postgresql-refused", test_postgresql_refused);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One snapshot of a school's SQLite database in the backups folder. */
#define G_LOG_DOMAIN "ok-backup"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "ok-backup.h"
#include "ok-time.h"

#define KEEP_DAILY 7
#define KEEP_WEEKLY 4
#define KEEP_MONTHLY 12
#define KEEP_BEFORE_RESTORE_DAYS 30

struct _OkBackup
{
  GObject parent_instance;

  char *path;
  char *database_name;
  GDateTime *created;
  OkBackupKind kind;

  int schema_version;
  gint64 families;
  gint64 parents;
  gint64 activities;
  gint64 attendance;
  char *problem;
};

G_DEFINE_FINAL_TYPE (OkBackup, ok_backup, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PATH,
  PROP_CREATED,
  PROP_FAMILIES,
  PROP_PARENTS,
  PROP_ACTIVITIES,
  PROP_ATTENDANCE,
  PROP_PROBLEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kind_names[] = {
  [OK_BACKUP_KIND_AUTO] = "auto",
  [OK_BACKUP_KIND_MANUAL] = "manual",
  [OK_BACKUP_KIND_BEFORE_RESTORE] = "before-restore",
};

static void
ok_backup_finalize (GObject *object)
{
  OkBackup *self = OK_BACKUP (object);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->database_name, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (ok_backup_parent_class)->finalize (object);
}

static void
ok_backup_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OkBackup *self = OK_BACKUP (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    case PROP_FAMILIES:
      g_value_set_int64 (value, self->families);
      break;

    case PROP_PARENTS:
      g_value_set_int64 (value, self->parents);
      break;

    case PROP_ACTIVITIES:
      g_value_set_int64 (value, self->activities);
      break;

    case PROP_ATTENDANCE:
      g_value_set_int64 (value, self->attendance);
      break;

    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_backup_class_init (OkBackupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_backup_finalize;
  object_class->get_property = ok_backup_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILIES] =
    g_param_spec_int64 ("families", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARENTS] =
    g_param_spec_int64 ("parents", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVITIES] =
    g_param_spec_int64 ("activities", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATTENDANCE] =
    g_param_spec_int64 ("attendance", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_backup_init (OkBackup *self)
{
  self->schema_version = -1;
  self->families = -1;
  self->parents = -1;
  self->activities = -1;
  self->attendance = -1;
}

static gboolean
parse_kind (const char   *text,
            OkBackupKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_str_equal (text, kind_names[i]))
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

/* NULL when the file name is not one of ours: the folder may hold other
 * files, and partial ones from an interrupted backup. */
OkBackup *
ok_backup_new_from_path (const char *path)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) created = NULL;
  g_auto(GStrv) parts = NULL;
  OkBackupKind kind;
  OkBackup *self;
  int y, mo, d, h, mi, s, consumed = 0;
  char *stamp;

  if (!g_str_has_suffix (base, ".db") || base[0] == '.')
    return NULL;
  base[strlen (base) - 3] = '\0';

  /* DATABASE-YYYYMMDD-HHMMSS-KIND, where DATABASE and KIND may hold '-'. */
  for (stamp = strchr (base, '-'); stamp != NULL; stamp = strchr (stamp + 1, '-'))
    if (sscanf (stamp, "-%4d%2d%2d-%2d%2d%2d-%n", &y, &mo, &d, &h, &mi, &s, &consumed) == 6
        && consumed == 17)
      break;
  if (stamp == NULL || stamp == base || !parse_kind (stamp + consumed, &kind))
    return NULL;

  created = g_date_time_new_utc (y, mo, d, h, mi, s);
  if (created == NULL)
    return NULL;
  name = g_strndup (base, stamp - base);

  self = g_object_new (OK_TYPE_BACKUP, NULL);
  self->path = g_strdup (path);
  self->database_name = g_steal_pointer (&name);
  self->created = g_steal_pointer (&created);
  self->kind = kind;
  return self;
}

OkBackup *
ok_backup_new_for_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *base = g_path_get_basename (path);
  OkBackup *self = ok_backup_new_from_path (path);

  if (self != NULL)
    return self;

  self = g_object_new (OK_TYPE_BACKUP, NULL);
  self->path = g_strdup (path);
  self->kind = OK_BACKUP_KIND_MANUAL;
  if (g_str_has_suffix (base, ".db"))
    base[strlen (base) - 3] = '\0';
  self->database_name = g_steal_pointer (&base);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    self->created = g_file_info_get_modification_date_time (info);
  if (self->created == NULL)
    self->created = g_date_time_new_now_utc ();
  return self;
}

char *
ok_backup_build_name (const char   *database_name,
                      GDateTime    *created,
                      OkBackupKind  kind)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (created);
  g_autofree char *stamp = g_date_time_format (utc, "%Y%m%d-%H%M%S");

  g_return_val_if_fail (kind < G_N_ELEMENTS (kind_names), NULL);

  return g_strdup_printf ("%s-%s-%s.db", database_name, stamp, kind_names[kind]);
}

const char *
ok_backup_get_path (OkBackup *self)
{
  g_return_val_if_fail (OK_IS_BACKUP (self), NULL);
  return self->path;
}

const char *
ok_backup_get_database_name (OkBackup *self)
{
  g_return_val_if_fail (OK_IS_BACKUP (self), NULL);
  return self->database_name;
}

GDateTime *
ok_backup_get_created (OkBackup *self)
{
  g_return_val_if_fail (OK_IS_BACKUP (self), NULL);
  return self->created;
}

OkBackupKind
ok_backup_get_kind (OkBackup *self)
{
  g_return_val_if_fail (OK_IS_BACKUP (self), OK_BACKUP_KIND_MANUAL);
  return self->kind;
}

gint64
ok_backup_get_families (OkBackup *self)
{
  g_return_val_if_fail (OK_IS_BACKUP (self), -1);
  return self->families;
}

gint64
ok_backup_get_parents (OkBackup *self)
{
  g_return_val_if_fail (OK_IS_BACKUP (self), -1);
  return self->parents;
}

gint64
ok_backup_get_activities (OkBackup *self)
{
  g_return_val_if_fail (OK_IS_BACKUP (self), -1);
  return self->activities;
}

gint64
ok_backup_get_attendance (OkBackup *self)
{
  g_return_val_if_fail (OK_IS_BACKUP (self), -1);
  return self->attendance;
}

int
ok_backup_get_schema_version (OkBackup *self)
{
  g_return_val_if_fail (OK_IS_BACKUP (self), -1);
  return self->schema_version;
}

const char *
ok_backup_get_problem (OkBackup *self)
{
  g_return_val_if_fail (OK_IS_BACKUP (self), NULL);
  return self->problem;
}

void
ok_backup_set_contents (OkBackup *self,
                        int       schema_version,
                        gint64    families,
                        gint64    parents,
                        gint64    activities,
                        gint64    attendance)
{
  g_return_if_fail (OK_IS_BACKUP (self));

  self->schema_version = schema_version;
  if (self->families != families)
    {
      self->families = families;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILIES]);
    }
  if (self->parents != parents)
    {
      self->parents = parents;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARENTS]);
    }
  if (self->activities != activities)
    {
      self->activities = activities;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITIES]);
    }
  if (self->attendance != attendance)
    {
      self->attendance = attendance;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENDANCE]);
    }
}

void
ok_backup_set_problem (OkBackup   *self,
                       const char *problem)
{
  g_return_if_fail (OK_IS_BACKUP (self));

  if (g_strcmp0 (self->problem, problem) == 0)
    return;
  g_free (self->problem);
  self->problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  OkBackup *first = *(OkBackup * const *) a;
  OkBackup *second = *(OkBackup * const *) b;

  return g_date_time_compare (second->created, first->created);
}

/* Buckets are days, weeks and months of the Dutch calendar, where the
 * school is, not of UTC. */
static char *
bucket_of (OkBackup   *backup,
           const char *format)
{
  g_autoptr(GDateTime) local = g_date_time_to_timezone (backup->created, ok_time_zone ());

  return g_date_time_format (local, format);
}

static void
keep_newest_per_bucket (GPtrArray  *sorted,
                        GHashTable *keep,
                        const char *format,
                        guint       count)
{
  g_autofree char *last = NULL;
  guint buckets = 0;

  for (guint i = 0; i < sorted->len && buckets < count; i++)
    {
      OkBackup *backup = sorted->pdata[i];
      g_autofree char *bucket = NULL;

      if (backup->kind == OK_BACKUP_KIND_BEFORE_RESTORE)
        continue;
      bucket = bucket_of (backup, format);
      if (g_strcmp0 (bucket, last) == 0)
        continue;
      g_hash_table_add (keep, backup);
      g_free (last);
      last = g_steal_pointer (&bucket);
      buckets++;
    }
}

GPtrArray *
ok_backup_plan_rotation (GPtrArray *backups,
                         GDateTime *now)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_full (backups->len, g_object_unref);
  g_autoptr(GHashTable) keep = g_hash_table_new (NULL, NULL);
  g_autoptr(GDateTime) restore_limit = g_date_time_add_days (now, -KEEP_BEFORE_RESTORE_DAYS);
  GPtrArray *remove = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < backups->len; i++)
    g_ptr_array_add (sorted, g_object_ref (backups->pdata[i]));
  g_ptr_array_sort (sorted, compare_newest_first);

  keep_newest_per_bucket (sorted, keep, "%Y-%m-%d", KEEP_DAILY);
  keep_newest_per_bucket (sorted, keep, "%G-W%V", KEEP_WEEKLY);
  keep_newest_per_bucket (sorted, keep, "%Y-%m", KEEP_MONTHLY);

  for (guint i = 0; i < sorted->len; i++)
    {
      OkBackup *backup = sorted->pdata[i];

      if (backup->kind == OK_BACKUP_KIND_BEFORE_RESTORE
          && g_date_time_compare (backup->created, restore_limit) >= 0)
        continue;
      if (!g_hash_table_contains (keep, backup))
        g_ptr_array_add (remove, g_object_ref (backup));
    }
  return remove;
}

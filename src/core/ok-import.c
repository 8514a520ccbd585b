/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing families from the pupil export of a school's administration.
 *
 * The whole file is read and checked before the database is touched, then
 * compared with what the school already has, and written in one
 * transaction: a bad row stops the import before anything changed, and a
 * failure halfway leaves nothing behind.
 *
 * This file is the object the app and the CLI use: loading and preview,
 * and running an import, here or in a worker thread. Reading the rows is
 * in ok-import-rows.c, comparing them with the database in
 * ok-import-plan.c. */
#define G_LOG_DOMAIN "ok-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-import-private.h"

/* Parsing and checking is this share of the progress bar, planning the
 * next tenth, writing the rest. */
#define PARSE_SHARE 0.5
#define PLAN_SHARE 0.1

struct _OkImport
{
  GObject parent_instance;

  GBytes *bytes;
  OkCsvEncoding requested_encoding;
  char requested_separator;
  OkCsvEncoding encoding;
  char separator;
  GPtrArray *header;             /* char *, NULL-terminated */
  GPtrArray *preview_rows;       /* GStrv */
  GArray *preview_lines;         /* guint */
  OkImportMapping *mapping;
  double progress;
};

G_DEFINE_FINAL_TYPE (OkImport, ok_import, G_TYPE_OBJECT)

G_DEFINE_QUARK (ok-import-error-quark, ok_import_error)

enum {
  PROP_0,
  PROP_PROGRESS,
  PROP_MAPPING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* What a load produces; built off the main thread by the async variant. */
typedef struct {
  GBytes *bytes;
  OkCsvEncoding requested_encoding;
  char requested_separator;
  OkCsvEncoding encoding;
  char separator;
  GPtrArray *header;
  GPtrArray *preview_rows;
  GArray *preview_lines;
  OkImportMapping *mapping;
} Loaded;

/* Everything a run needs, copied so that a run in a thread shares nothing
 * with the object the caller keeps using. */
typedef struct {
  GBytes *bytes;
  OkCsvEncoding encoding;
  char separator;
  OkImportMapping *mapping;
  OkImportFlags flags;
  char *location;
  gint64 school_id;
  OkImport *self;                /* for progress, in the caller's context */
  GMainContext *context;
  double last_progress;
} Job;

/* Object */

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->bytes, g_bytes_unref);
  g_clear_pointer (&loaded->header, g_ptr_array_unref);
  g_clear_pointer (&loaded->preview_rows, g_ptr_array_unref);
  g_clear_pointer (&loaded->preview_lines, g_array_unref);
  g_clear_object (&loaded->mapping);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

static void
job_free (Job *job)
{
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_clear_object (&job->mapping);
  g_clear_pointer (&job->location, g_free);
  g_clear_object (&job->self);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static void
ok_import_finalize (GObject *object)
{
  OkImport *self = OK_IMPORT (object);

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->preview_rows, g_ptr_array_unref);
  g_clear_pointer (&self->preview_lines, g_array_unref);
  g_clear_object (&self->mapping);

  G_OBJECT_CLASS (ok_import_parent_class)->finalize (object);
}

static void
ok_import_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OkImport *self = OK_IMPORT (object);

  switch (prop_id)
    {
    case PROP_PROGRESS:
      g_value_set_double (value, self->progress);
      break;

    case PROP_MAPPING:
      g_value_set_object (value, self->mapping);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_import_class_init (OkImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_import_finalize;
  object_class->get_property = ok_import_get_property;

  /**
   * OkImport:progress:
   *
   * How far the running import is, from 0 to 1. During
   * ok_import_run_async() it is updated in the caller's main context.
   */
  properties[PROP_PROGRESS] =
    g_param_spec_double ("progress", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * OkImport:mapping:
   *
   * Which column holds which field; replaced when a file is loaded or
   * read again with another encoding or separator.
   */
  properties[PROP_MAPPING] =
    g_param_spec_object ("mapping", NULL, NULL, OK_TYPE_IMPORT_MAPPING,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_import_init (OkImport *self)
{
}

OkImport *
ok_import_new (void)
{
  return g_object_new (OK_TYPE_IMPORT, NULL);
}

static void
set_progress (OkImport *self,
              double    progress)
{
  progress = CLAMP (progress, 0.0, 1.0);
  if (self->progress == progress)
    return;
  self->progress = progress;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
}

/* Loading and preview */

static Loaded *
load (GBytes         *bytes,
      OkCsvEncoding   encoding,
      char            separator,
      GError        **error)
{
  g_autoptr(Loaded) loaded = g_new0 (Loaded, 1);
  g_autoptr(OkCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  const char * const *fields;
  guint n_fields;

  reader = ok_csv_reader_new (bytes, encoding, separator, error);
  if (reader == NULL)
    return NULL;

  loaded->bytes = g_bytes_ref (bytes);
  loaded->requested_encoding = encoding;
  loaded->requested_separator = separator;
  loaded->encoding = ok_csv_reader_get_encoding (reader);
  loaded->separator = ok_csv_reader_get_separator (reader);
  loaded->header = g_ptr_array_new_with_free_func (g_free);
  loaded->preview_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  loaded->preview_lines = g_array_new (FALSE, FALSE, sizeof (guint));

  if (!ok_csv_reader_next (reader, &fields, &n_fields, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, OK_CSV_ERROR, OK_CSV_ERROR_EMPTY, _("The file is empty."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  for (guint i = 0; i < n_fields; i++)
    g_ptr_array_add (loaded->header, g_strdup (fields[i]));
  g_ptr_array_add (loaded->header, NULL);

  while (loaded->preview_rows->len < OK_IMPORT_PREVIEW_ROWS
         && ok_csv_reader_next (reader, &fields, &n_fields, &local_error))
    {
      guint line = ok_csv_reader_get_line (reader);

      g_ptr_array_add (loaded->preview_rows, g_strdupv ((char **) fields));
      g_array_append_val (loaded->preview_lines, line);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  loaded->mapping = ok_import_mapping_new ((const char * const *) loaded->header->pdata);
  return g_steal_pointer (&loaded);
}

static void
apply_loaded (OkImport *self,
              Loaded   *loaded)
{
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->preview_rows, g_ptr_array_unref);
  g_clear_pointer (&self->preview_lines, g_array_unref);
  g_clear_object (&self->mapping);

  self->bytes = g_steal_pointer (&loaded->bytes);
  self->requested_encoding = loaded->requested_encoding;
  self->requested_separator = loaded->requested_separator;
  self->encoding = loaded->encoding;
  self->separator = loaded->separator;
  self->header = g_steal_pointer (&loaded->header);
  self->preview_rows = g_steal_pointer (&loaded->preview_rows);
  self->preview_lines = g_steal_pointer (&loaded->preview_lines);
  self->mapping = g_steal_pointer (&loaded->mapping);
  set_progress (self, 0.0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAPPING]);
}

/**
 * ok_import_load_bytes:
 * @self: an import
 * @bytes: the contents of a CSV file
 * @error: return location for an %OK_CSV_ERROR
 *
 * Decodes the file, detects its encoding and separator, reads the header
 * and the first rows for the preview, and recognises the columns. Nothing
 * is written anywhere.
 *
 * Returns: %TRUE if the file can be read
 */
gboolean
ok_import_load_bytes (OkImport  *self,
                      GBytes    *bytes,
                      GError   **error)
{
  g_autoptr(Loaded) loaded = NULL;

  g_return_val_if_fail (OK_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  loaded = load (bytes, OK_CSV_ENCODING_AUTO, 0, error);
  if (loaded == NULL)
    return FALSE;
  apply_loaded (self, loaded);
  return TRUE;
}

static GBytes *
read_file (GFile         *file,
           GCancellable  *cancellable,
           GError       **error)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;
  return g_bytes_new_take (contents, length);
}

/**
 * ok_import_load_file:
 * @self: an import
 * @file: a CSV file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GIOError or an %OK_CSV_ERROR
 *
 * Reads @file as ok_import_load_bytes() does. This is the preview step:
 * afterwards the encoding, separator, header, first rows and mapping can
 * be shown and changed.
 *
 * Returns: %TRUE if the file can be read
 */
gboolean
ok_import_load_file (OkImport      *self,
                     GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (OK_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = read_file (file, cancellable, error);
  if (bytes == NULL)
    return FALSE;
  return ok_import_load_bytes (self, bytes, error);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  Loaded *loaded;

  bytes = read_file (file, cancellable, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  loaded = load (bytes, OK_CSV_ENCODING_AUTO, 0, &error);
  if (loaded == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

/* Reading and decoding a large file takes a moment: off the main thread. */
void
ok_import_load_file_async (OkImport            *self,
                           GFile               *file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (OK_IS_IMPORT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ok_import_load_file_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_file_thread);
}

gboolean
ok_import_load_file_finish (OkImport      *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_autoptr(Loaded) loaded = NULL;

  g_return_val_if_fail (OK_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ok_import_load_file_async, FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return FALSE;
  apply_loaded (self, loaded);
  return TRUE;
}

static gboolean
reload (OkImport       *self,
        OkCsvEncoding   encoding,
        char            separator,
        GError        **error)
{
  g_autoptr(Loaded) loaded = NULL;

  if (self->bytes == NULL)
    {
      g_set_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_NOT_LOADED,
                   _("Choose a file to import first."));
      return FALSE;
    }
  loaded = load (self->bytes, encoding, separator, error);
  if (loaded == NULL)
    return FALSE;
  apply_loaded (self, loaded);
  return TRUE;
}

OkCsvEncoding
ok_import_get_encoding (OkImport *self)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), OK_CSV_ENCODING_AUTO);

  return self->encoding;
}

/**
 * ok_import_set_encoding:
 * @self: a loaded import
 * @encoding: the encoding to read the file in, or %OK_CSV_ENCODING_AUTO
 * @error: return location for an error
 *
 * Reads the file again in @encoding; the preview and the mapping are
 * renewed. On failure the previous reading stays.
 *
 * Returns: %TRUE if the file can be read so
 */
gboolean
ok_import_set_encoding (OkImport       *self,
                        OkCsvEncoding   encoding,
                        GError        **error)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), FALSE);

  return reload (self, encoding, self->requested_separator, error);
}

char
ok_import_get_separator (OkImport *self)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), 0);

  return self->separator;
}

/**
 * ok_import_set_separator:
 * @self: a loaded import
 * @separator: `;`, `,` or a tab, or 0 to detect it
 * @error: return location for an error
 *
 * Splits the file again at @separator; the preview and the mapping are
 * renewed.
 *
 * Returns: %TRUE if the file can be read so
 */
gboolean
ok_import_set_separator (OkImport  *self,
                         char       separator,
                         GError   **error)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), FALSE);

  return reload (self, self->requested_encoding, separator, error);
}

const char * const *
ok_import_get_header (OkImport *self)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), NULL);

  return self->header != NULL ? (const char * const *) self->header->pdata : NULL;
}

guint
ok_import_get_n_preview_rows (OkImport *self)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), 0);

  return self->preview_rows != NULL ? self->preview_rows->len : 0;
}

const char * const *
ok_import_get_preview_row (OkImport *self,
                           guint     index)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), NULL);
  g_return_val_if_fail (index < ok_import_get_n_preview_rows (self), NULL);

  return self->preview_rows->pdata[index];
}

/* The line of the file a preview row starts on. */
guint
ok_import_get_preview_line (OkImport *self,
                            guint     index)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), 0);
  g_return_val_if_fail (index < ok_import_get_n_preview_rows (self), 0);

  return g_array_index (self->preview_lines, guint, index);
}

/**
 * ok_import_get_mapping:
 * @self: a loaded import
 *
 * The mapping the import will use; change it with
 * ok_import_mapping_set_field() before running.
 *
 * Returns: (transfer none) (nullable): the mapping, %NULL before a load
 */
OkImportMapping *
ok_import_get_mapping (OkImport *self)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), NULL);

  return self->mapping;
}

void
ok_import_set_mapping (OkImport        *self,
                       OkImportMapping *mapping)
{
  g_return_if_fail (OK_IS_IMPORT (self));
  g_return_if_fail (OK_IS_IMPORT_MAPPING (mapping));

  if (self->mapping == mapping)
    return;
  g_set_object (&self->mapping, mapping);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAPPING]);
}

double
ok_import_get_progress (OkImport *self)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), 0.0);

  return self->progress;
}

/* Running */



static int
compare_skips (gconstpointer a,
               gconstpointer b)
{
  const OkImportSkip *x = a, *y = b;

  return x->line < y->line ? -1 : x->line > y->line;
}

static OkImportResult *
make_result (OkImporter *imp)
{
  OkImportResult *result;

  g_ptr_array_add (imp->unknown_languages, NULL);
  result = _ok_import_result_new (&imp->counts, (imp->flags & OK_IMPORT_FLAGS_DRY_RUN) != 0,
                                  (char **) g_ptr_array_steal (imp->unknown_languages, NULL),
                                  ok_import_mapping_dup_unknown_columns (imp->mapping));
  g_array_sort (imp->skips, compare_skips);
  for (guint i = 0; i < imp->skips->len; i++)
    {
      OkImportSkip *skip = &g_array_index (imp->skips, OkImportSkip, i);

      _ok_import_result_add_skipped (result, skip->line, skip->reason);
    }
  return result;
}

static void report_job_progress (Job    *job,
                                 double  fraction);

static void
read_progress_cb (double   fraction,
                  gpointer user_data)
{
  report_job_progress (user_data, PARSE_SHARE * fraction);
}

static void
write_step_cb (double   fraction,
               gpointer user_data)
{
  report_job_progress (user_data, PARSE_SHARE + PLAN_SHARE
                                  + (1.0 - PARSE_SHARE - PLAN_SHARE) * fraction);
}

static OkImportResult *
run_job (Job           *job,
         OkStore       *store,
         GCancellable  *cancellable,
         GError       **error)
{
  OkImporter imp;
  OkImportResult *result = NULL;

  _ok_importer_init (&imp, job->bytes, job->encoding, job->separator, job->mapping, job->flags,
                     read_progress_cb, job);
  report_job_progress (job, 0.0);

  if (!ok_import_mapping_check (job->mapping, error)
      || !_ok_importer_read (&imp, cancellable, error))
    goto out;

  if (imp.n_records == 0)
    {
      g_set_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_NO_ROWS,
                   _("The file has column names but no pupils."));
      goto out;
    }
  if (imp.n_bad > 0 && (job->flags & OK_IMPORT_FLAGS_SKIP_BAD_ROWS) == 0)
    {
      _ok_importer_set_bad_rows_error (&imp, error);
      goto out;
    }

  if (!ok_store_begin (store, error))
    goto out;
  if (!_ok_store_import_load (store, &imp.snapshot, error))
    {
      ok_store_rollback (store);
      goto out;
    }
  _ok_importer_plan (&imp);
  report_job_progress (job, PARSE_SHARE + PLAN_SHARE);

  if (!_ok_store_import_apply (store, &imp.plan, write_step_cb, job, cancellable, error))
    {
      ok_store_rollback (store);
      goto out;
    }

  if ((job->flags & OK_IMPORT_FLAGS_DRY_RUN) != 0)
    ok_store_rollback (store);
  else if (!ok_store_commit (store, error))
    goto out;

  report_job_progress (job, 1.0);
  result = make_result (&imp);

out:
  _ok_importer_clear (&imp);
  return result;
}

static Job *
job_new (OkImport       *self,
         OkStore        *store,
         OkImportFlags   flags,
         gboolean        in_thread,
         GError        **error)
{
  Job *job;

  if (self->bytes == NULL || self->mapping == NULL)
    {
      g_set_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_NOT_LOADED,
                   _("Choose a file to import first."));
      return NULL;
    }

  job = g_new0 (Job, 1);
  job->bytes = g_bytes_ref (self->bytes);
  job->encoding = self->encoding;
  job->separator = self->separator;
  job->mapping = ok_import_mapping_copy (self->mapping);
  job->flags = flags;
  job->location = g_strdup (ok_store_get_location (store));
  job->school_id = ok_store_get_school_id (store);
  job->self = g_object_ref (self);
  job->context = in_thread ? g_main_context_ref_thread_default () : NULL;
  job->last_progress = -1.0;
  return job;
}

typedef struct {
  OkImport *self;
  double progress;
} ProgressUpdate;

static gboolean
progress_update_cb (gpointer data)
{
  ProgressUpdate *update = data;

  set_progress (update->self, update->progress);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->self);
  g_free (update);
}

/* Progress goes to the context the run was started from, a percent at a
 * time, so that a progress bar neither lags nor floods the main loop. An
 * idle source, not g_main_context_invoke(): that would run the callback in
 * the worker thread whenever the main context happens to be free. */
static void
report_job_progress (Job    *job,
                     double  fraction)
{
  g_autoptr(GSource) source = NULL;
  ProgressUpdate *update;

  if (fraction < 1.0 && fraction > 0.0 && fraction - job->last_progress < 0.01)
    return;
  job->last_progress = fraction;

  if (job->context == NULL)
    {
      set_progress (job->self, fraction);
      return;
    }

  update = g_new0 (ProgressUpdate, 1);
  update->self = g_object_ref (job->self);
  update->progress = fraction;
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, progress_update_cb, update, progress_update_free);
  g_source_set_static_name (source, "[ok-import] progress");
  g_source_attach (source, job->context);
}

/**
 * ok_import_run:
 * @self: a loaded import
 * @store: the database to import into, for its current school
 * @flags: dry run and skipping bad rows
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Imports the loaded file with the current mapping in one transaction.
 * With %OK_IMPORT_FLAGS_DRY_RUN the transaction is rolled back and the
 * result says what an import would change.
 *
 * Returns: (transfer full): the summary, or %NULL with nothing changed
 */
OkImportResult *
ok_import_run (OkImport       *self,
               OkStore        *store,
               OkImportFlags   flags,
               GCancellable   *cancellable,
               GError        **error)
{
  g_autoptr(Job) job = NULL;

  g_return_val_if_fail (OK_IS_IMPORT (self), NULL);
  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  job = job_new (self, store, flags, FALSE, error);
  if (job == NULL)
    return NULL;
  return run_job (job, store, cancellable, error);
}

static void
run_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(OkStore) store = NULL;
  GError *error = NULL;
  OkImportResult *result;

  /* libgda objects belong to one thread: this one opens its own. */
  store = ok_store_open_full (job->location, OK_STORE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  ok_store_set_school_id (store, job->school_id);

  result = run_job (job, store, cancellable, &error);
  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, g_object_unref);
}

/**
 * ok_import_run_async:
 * @self: a loaded import
 * @store: the database to import into
 * @flags: dry run and skipping bad rows
 * @cancellable: (nullable): cancels the import; nothing is then changed
 * @callback: called in the current thread-default main context when done
 * @user_data: data for @callback
 *
 * Runs ok_import_run() in a worker thread with a connection of its own;
 * #OkImport:progress is updated in this thread's main context meanwhile.
 * Do not change the mapping while it runs: the run uses a copy.
 */
void
ok_import_run_async (OkImport            *self,
                     OkStore             *store,
                     OkImportFlags        flags,
                     GCancellable        *cancellable,
                     GAsyncReadyCallback  callback,
                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  Job *job;

  g_return_if_fail (OK_IS_IMPORT (self));
  g_return_if_fail (OK_IS_STORE (store));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ok_import_run_async);
  /* The worker's own answer counts: it checks the cancellable up to the
   * commit, and a cancel that comes after it must not hide a changed
   * database behind G_IO_ERROR_CANCELLED. */
  g_task_set_check_cancellable (task, FALSE);

  job = job_new (self, store, flags, TRUE, &error);
  if (job == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, run_thread);
}

OkImportResult *
ok_import_run_finish (OkImport      *self,
                      GAsyncResult  *result,
                      GError       **error)
{
  g_return_val_if_fail (OK_IS_IMPORT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ok_import_run_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

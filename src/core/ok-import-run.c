/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Running an import of the file an OkImport has loaded, here or in a
 * worker thread with a connection of its own, and its progress. */
#define G_LOG_DOMAIN "ok-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-import-private.h"

/* Parsing and checking is this share of the progress bar, planning the
 * next tenth, writing the rest. */
#define PARSE_SHARE 0.5
#define PLAN_SHARE 0.1

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

  if (_ok_import_get_bytes (self) == NULL || ok_import_get_mapping (self) == NULL)
    {
      g_set_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_NOT_LOADED,
                   _("Choose a file to import first."));
      return NULL;
    }

  job = g_new0 (Job, 1);
  job->bytes = g_bytes_ref (_ok_import_get_bytes (self));
  job->encoding = ok_import_get_encoding (self);
  job->separator = ok_import_get_separator (self);
  job->mapping = ok_import_mapping_copy (ok_import_get_mapping (self));
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

  _ok_import_set_progress (update->self, update->progress);
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
      _ok_import_set_progress (job->self, fraction);
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

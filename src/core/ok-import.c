/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing families from the pupil export of a school's administration.
 *
 * The whole file is read and checked before the database is touched, then
 * compared with what the school already has, and written in one
 * transaction: a bad row stops the import before anything changed, and a
 * failure halfway leaves nothing behind.
 *
 * This file is the object the app and the CLI use: loading and preview.
 * Running an import, here or in a worker thread, is in ok-import-run.c;
 * reading the rows is in ok-import-rows.c, comparing them with the
 * database in ok-import-plan.c. */
#define G_LOG_DOMAIN "ok-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-import-private.h"

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

void
_ok_import_set_progress (OkImport *self,
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
  _ok_import_set_progress (self, 0.0);
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

/* The file as loaded, for a run; NULL before a load. */
GBytes *
_ok_import_get_bytes (OkImport *self)
{
  return self->bytes;
}

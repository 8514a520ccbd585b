/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing families from the pupil export of a school's administration.
 *
 * The whole file is read and checked before the database is touched, then
 * compared with what the school already has, and written in one
 * transaction: a bad row stops the import before anything changed, and a
 * failure halfway leaves nothing behind.
 *
 * Pupils are grouped into families by the caregivers they share: the same
 * phone number, the same e-mail address, or the same name at the same
 * postcode and house number, across the file and with the families already
 * in the database. A known pupil (same pupil number) stays in the family it
 * is in; the import only changes what the administration owns (names,
 * group, dates, contact details, address) and adds what is new, so notes,
 * attendance and contact moments entered in the app are never touched. */
#define G_LOG_DOMAIN "ok-import"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-import.h"
#include "ok-import-private.h"
#include "ok-home-language.h"
#include "ok-phone.h"
#include "ok-store-import.h"
#include "ok-time.h"

/* Bad rows named in the error message; the rest are counted. */
#define MAX_BAD_ROWS_SHOWN 5
/* How often the parser looks at the cancellable and reports progress. */
#define ROWS_PER_CHECK 512
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

typedef struct {
  const char *name;              /* as written */
  const char *key;               /* name as compared; NULL without a name */
  const char *phone;             /* E.164 */
  const char *email;
  const char *email_key;         /* lower case */
} Carer;

typedef struct {
  guint line;
  const char *pupil_number;
  const char *pupil_key;
  const char *first_name;
  const char *infix;
  const char *last_name;
  const char *group_name;
  Carer carers[2];
  char **languages;
  int interpreter;               /* -1 when the file does not say */
  const char *postcode;
  const char *postcode_key;
  const char *house_number;
  const char *house_key;
  const char *enrolled_from;
  const char *enrolled_until;
  gboolean erased;               /* belongs to a family erased on request */
} Pupil;

typedef struct {
  guint line;
  char *reason;
  gboolean bad;                  /* FALSE for a duplicate: not a problem */
} Skip;

typedef struct {
  gint64 id;                     /* 0 for a parent this import adds */
  guint new_index;               /* into plan.new_parents when id is 0 */
  int update_index;              /* into plan.parent_updates, or -1 */
  GPtrArray *keys;               /* the names it answers to */
  const char *phone;
  const char *email;
  gboolean claimed;              /* matched to a caregiver of this file */
  gboolean contact_done;         /* contact details taken from the file */
} ParentWork;

typedef struct {
  OkImportFamilyRef ref;
  const OkImportFamilyRow *existing;  /* NULL for a new family */
  GPtrArray *parents;            /* ParentWork */
  GPtrArray *codes;              /* const char * */
  int next_position;
  GPtrArray *unnumbered;         /* OkImportChildRow * without a pupil number */
  gboolean address_set;
  const char *postcode;
  const char *house_number;
  gboolean interpreter_set;
  gboolean interpreter;
  gboolean languages_changed;
  gboolean changed;
} FamilyWork;

typedef struct {
  Job *job;
  OkImportFlags flags;
  GStringChunk *strings;
  int columns[OK_IMPORT_N_FIELDS];
  OkImportMapping *mapping;
  guint n_header;

  GArray *pupils;                /* Pupil */
  GArray *skips;                 /* Skip */
  guint n_bad;
  GHashTable *rows_seen;         /* raw row → line */
  GHashTable *pupils_seen;       /* pupil key → index in pupils */
  GPtrArray *unknown_languages;
  GHashTable *unknown_seen;
  guint n_records;
  char *today;

  OkImportSnapshot snapshot;
  OkImportPlan plan;
  OkImportCounts counts;
  GHashTable *family_index;      /* gint64 *id → index into snapshot.families */
  GHashTable *family_parents;    /* gint64 *id → GPtrArray of OkImportParentRow * */
  GHashTable *family_languages;  /* gint64 *id → GPtrArray of OkImportLanguageRow * */
  GHashTable *family_unnumbered; /* gint64 *id → GPtrArray of OkImportChildRow * */
  GHashTable *children_by_key;   /* pupil key → OkImportChildRow * */
  GHashTable *works;             /* gint64 *id → FamilyWork, existing families */
  GPtrArray *new_works;          /* FamilyWork, in order of new_families */
  GHashTable *adopted;           /* OkImportChildRow * already given a number */
  guint *uf;                     /* union-find over pupils, then families */
} Importer;

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

/* Normalising values */

static gboolean
is_placeholder (const char *value)
{
  static const char * const placeholders[] = {
    "-", "--", "?", "geen", "onbekend", "nvt", "n.v.t.", "n/a", "na", "none", "unknown", "leeg",
  };

  for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
    if (g_ascii_strcasecmp (value, placeholders[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Names compare without case, accents or punctuation, so that "Öztürk"
 * and "Ozturk", "M. de Vries" and "m de vries" are one; letters of other
 * scripts are kept as they are. */
static char *
name_key (const char *name)
{
  g_autofree char *decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = g_utf8_casefold (decomposed, -1);
  GString *key = g_string_new (NULL);
  gboolean gap = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK
          || type == G_UNICODE_ENCLOSING_MARK)
        continue;
      if (!g_unichar_isalnum (c))
        {
          gap = TRUE;
          continue;
        }
      if (gap && key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append_unichar (key, c);
      gap = FALSE;
    }
  if (key->len == 0)
    {
      g_string_free (key, TRUE);
      return NULL;
    }
  return g_string_free (key, FALSE);
}

/* Spreadsheets drop the leading zeros of a number column: "00123" and
 * "123" are the same pupil. */
static char *
pupil_key (const char *number)
{
  const char *p = number;

  for (const char *q = number; *q != '\0'; q++)
    if (!g_ascii_isdigit (*q))
      return g_ascii_strdown (number, -1);
  while (p[0] == '0' && p[1] != '\0')
    p++;
  return g_strdup (p);
}

static char *
compact_key (const char *text,
             gboolean    upper)
{
  GString *key = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (key, upper ? g_ascii_toupper (*p) : g_ascii_tolower (*p));
  return g_string_free (key, FALSE);
}

/* Dutch postcodes are written "1234 AB"; anything else (a foreign
 * address) is kept as written. */
static char *
normalize_postcode (const char *text)
{
  g_autofree char *compact = compact_key (text, TRUE);

  if (strlen (compact) == 6 && compact[0] >= '1' && compact[0] <= '9'
      && g_ascii_isdigit (compact[1]) && g_ascii_isdigit (compact[2])
      && g_ascii_isdigit (compact[3]) && g_ascii_isalpha (compact[4])
      && g_ascii_isalpha (compact[5]))
    return g_strdup_printf ("%.4s %.2s", compact, compact + 4);
  return g_strdup (text);
}

/* Dates as administrations and Dutch Excel write them (31-12-2024,
 * 31/12/2024, 31.12.2024, maybe with a time after it) or ISO 8601. */
static char *
parse_date (const char *text)
{
  g_autofree char *date = g_strndup (text, strcspn (text, " T"));
  int a = 0, b = 0, c = 0, n = 0;
  int day, month, year;
  gsize first_len, last_len;
  char s1, s2;

  if (strlen (date) > 10 || strspn (date, "0123456789-/.") != strlen (date))
    return NULL;
  if (sscanf (date, "%d%c%d%c%d%n", &a, &s1, &b, &s2, &c, &n) != 5
      || date[n] != '\0' || s1 != s2 || strchr ("-/.", s1) == NULL)
    return NULL;

  first_len = strcspn (date, "-/.");
  last_len = strlen (strrchr (date, s1) + 1);
  if (first_len == 4)
    {
      year = a;
      month = b;
      day = c;
    }
  else if (last_len == 4)
    {
      day = a;
      month = b;
      year = c;
    }
  else
    return NULL;

  if (year < 1900 || year > 2200 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static int
parse_yes_no (const char *text)
{
  static const char * const yes[] = { "ja", "j", "yes", "y", "1", "true", "waar", "x" };
  static const char * const no[] = { "nee", "n", "no", "0", "false", "onwaar" };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_ascii_strcasecmp (text, yes[i]) == 0)
      return 1;
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_ascii_strcasecmp (text, no[i]) == 0)
      return 0;
  return -1;
}

static gboolean
is_email (const char *text)
{
  const char *at = strchr (text, '@');

  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;
  if (strchr (at + 1, '.') == NULL || at[1] == '.' || g_str_has_suffix (text, "."))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;
  return TRUE;
}

/* Parsing the rows */

static void
clear_pupil (gpointer data)
{
  Pupil *pupil = data;

  g_strfreev (pupil->languages);
}

static void
clear_skip (gpointer data)
{
  Skip *skip = data;

  g_free (skip->reason);
}

static void
add_skip (Importer   *imp,
          guint       line,
          gboolean    bad,
          char       *reason)
{
  Skip skip = { line, reason, bad };

  g_array_append_val (imp->skips, skip);
  if (bad)
    imp->n_bad++;
}

static const char *
column_name (Importer      *imp,
             OkImportField  field)
{
  return ok_import_mapping_get_column_name (imp->mapping, imp->columns[field]);
}

/* The trimmed value of a field, or NULL when it is empty or missing. */
static const char *
get (Importer            *imp,
     const char * const  *fields,
     guint                n_fields,
     OkImportField        field)
{
  int column = imp->columns[field];
  const char *start, *end;

  if (column < 0 || (guint) column >= n_fields)
    return NULL;
  start = fields[column];
  while (g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  if (end == start)
    return NULL;
  return g_string_chunk_insert_len (imp->strings, start, end - start);
}

static const char *
get_value (Importer            *imp,
           const char * const  *fields,
           guint                n_fields,
           OkImportField        field)
{
  const char *value = get (imp, fields, n_fields, field);

  return value != NULL && is_placeholder (value) ? NULL : value;
}

static const char *
intern_key (Importer *imp,
            char     *key)
{
  const char *interned;

  if (key == NULL)
    return NULL;
  interned = g_string_chunk_insert (imp->strings, key);
  g_free (key);
  return interned;
}

static char *
read_carer (Importer            *imp,
            const char * const  *fields,
            guint                n_fields,
            OkImportField        name_field,
            Carer               *carer)
{
  const char *phone = get_value (imp, fields, n_fields, name_field + 1);
  const char *email = get_value (imp, fields, n_fields, name_field + 2);

  carer->name = get_value (imp, fields, n_fields, name_field);
  carer->key = carer->name != NULL ? intern_key (imp, name_key (carer->name)) : NULL;

  /* Text without any digit ("geheim", "zie moeder") gives no number. */
  if (phone != NULL && strpbrk (phone, "0123456789") != NULL)
    {
      carer->phone = intern_key (imp, ok_phone_normalize (phone));
      if (carer->phone == NULL)
        return g_strdup_printf (_("“%s” is not a phone number (column “%s”)"), phone,
                                column_name (imp, name_field + 1));
    }

  if (email != NULL)
    {
      if (!is_email (email))
        return g_strdup_printf (_("“%s” is not an e-mail address (column “%s”)"), email,
                                column_name (imp, name_field + 2));
      carer->email = email;
      carer->email_key = intern_key (imp, g_utf8_strdown (email, -1));
    }
  return NULL;
}

static char *
read_date (Importer            *imp,
           const char * const  *fields,
           guint                n_fields,
           OkImportField        field,
           const char         **date)
{
  const char *text = get_value (imp, fields, n_fields, field);

  *date = NULL;
  if (text == NULL)
    return NULL;
  *date = intern_key (imp, parse_date (text));
  if (*date == NULL)
    return g_strdup_printf (_("“%s” is not a date (column “%s”); write it as dd-mm-yyyy"),
                            text, column_name (imp, field));
  return NULL;
}

/* The group as the school names it, without a leading "Groep". */
static const char *
read_group (Importer            *imp,
            const char * const  *fields,
            guint                n_fields)
{
  const char *group = get_value (imp, fields, n_fields, OK_IMPORT_FIELD_GROUP);

  if (group != NULL && g_ascii_strncasecmp (group, "groep", 5) == 0
      && (group[5] == ' ' || g_ascii_isdigit (group[5])))
    {
      const char *rest = group + 5;

      while (*rest == ' ')
        rest++;
      if (*rest != '\0')
        return rest;
    }
  return group;
}

static void
note_unknown_languages (Importer  *imp,
                        char     **unknown)
{
  for (guint i = 0; unknown[i] != NULL; i++)
    if (g_hash_table_add (imp->unknown_seen, g_strdup (unknown[i])))
      g_ptr_array_add (imp->unknown_languages, g_strdup (unknown[i]));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* Fills @pupil from one record; returns the reason when the row cannot be
 * imported. */
static char *
read_pupil (Importer            *imp,
            const char * const  *fields,
            guint                n_fields,
            Pupil               *pupil)
{
  const char *language, *interpreter, *postcode, *house, *suffix;
  g_auto(GStrv) unknown = NULL;
  char *reason;

  for (guint i = imp->n_header; i < n_fields; i++)
    if (!is_blank (fields[i]))
      return g_strdup_printf (_("the row has %u fields but the header only %u; is a "
                                "separator or a quote out of place?"),
                              n_fields, imp->n_header);

  pupil->pupil_number = get (imp, fields, n_fields, OK_IMPORT_FIELD_PUPIL_NUMBER);
  pupil->first_name = get (imp, fields, n_fields, OK_IMPORT_FIELD_FIRST_NAME);
  pupil->infix = get (imp, fields, n_fields, OK_IMPORT_FIELD_INFIX);
  pupil->last_name = get (imp, fields, n_fields, OK_IMPORT_FIELD_LAST_NAME);
  pupil->group_name = read_group (imp, fields, n_fields);
  pupil->interpreter = -1;

  if (pupil->pupil_number == NULL)
    return g_strdup_printf (_("“%s” is empty"), column_name (imp, OK_IMPORT_FIELD_PUPIL_NUMBER));
  if (pupil->first_name == NULL)
    return g_strdup_printf (_("“%s” is empty"), column_name (imp, OK_IMPORT_FIELD_FIRST_NAME));
  if (pupil->last_name == NULL)
    return g_strdup_printf (_("“%s” is empty"), column_name (imp, OK_IMPORT_FIELD_LAST_NAME));
  pupil->pupil_key = intern_key (imp, pupil_key (pupil->pupil_number));

  reason = read_carer (imp, fields, n_fields, OK_IMPORT_FIELD_PARENT1_NAME, &pupil->carers[0]);
  if (reason == NULL)
    reason = read_carer (imp, fields, n_fields, OK_IMPORT_FIELD_PARENT2_NAME, &pupil->carers[1]);
  if (reason == NULL)
    reason = read_date (imp, fields, n_fields, OK_IMPORT_FIELD_ENROLMENT_DATE, &pupil->enrolled_from);
  if (reason == NULL)
    reason = read_date (imp, fields, n_fields, OK_IMPORT_FIELD_LEAVING_DATE, &pupil->enrolled_until);
  if (reason != NULL)
    return reason;
  if (pupil->enrolled_from != NULL && pupil->enrolled_until != NULL
      && strcmp (pupil->enrolled_until, pupil->enrolled_from) < 0)
    return g_strdup_printf (_("the leaving date %s is before the enrolment date %s"),
                            pupil->enrolled_until, pupil->enrolled_from);

  interpreter = get (imp, fields, n_fields, OK_IMPORT_FIELD_INTERPRETER);
  if (interpreter != NULL)
    {
      pupil->interpreter = parse_yes_no (interpreter);
      if (pupil->interpreter < 0)
        return g_strdup_printf (_("“%s” should be ja or nee, not “%s”"),
                                column_name (imp, OK_IMPORT_FIELD_INTERPRETER), interpreter);
    }

  postcode = get_value (imp, fields, n_fields, OK_IMPORT_FIELD_POSTCODE);
  house = get_value (imp, fields, n_fields, OK_IMPORT_FIELD_HOUSE_NUMBER);
  suffix = get_value (imp, fields, n_fields, OK_IMPORT_FIELD_HOUSE_NUMBER_SUFFIX);
  if (postcode != NULL)
    {
      pupil->postcode = intern_key (imp, normalize_postcode (postcode));
      pupil->postcode_key = intern_key (imp, compact_key (postcode, TRUE));
    }
  if (house != NULL)
    {
      /* 12 + A is "12A"; 12 + 2 or "hs" keeps a space: "12 2", "12 hs". */
      if (suffix != NULL)
        pupil->house_number = intern_key (imp, g_strdup_printf ("%s%s%s", house,
                                                                 g_utf8_strlen (suffix, -1) == 1
                                                                 && g_ascii_isalpha (suffix[0])
                                                                 ? "" : " ", suffix));
      else
        pupil->house_number = house;
      pupil->house_key = intern_key (imp, compact_key (pupil->house_number, FALSE));
    }

  language = get_value (imp, fields, n_fields, OK_IMPORT_FIELD_HOME_LANGUAGE);
  pupil->languages = ok_home_language_parse_list (language, &unknown);
  note_unknown_languages (imp, unknown);
  return NULL;
}

static void
report_job_progress (Job    *job,
                     double  fraction);

static gboolean
all_empty (const char * const *fields,
           guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (!is_blank (fields[i]))
      return FALSE;
  return TRUE;
}

static char *
raw_row (const char * const *fields,
         guint               n_fields)
{
  GString *row = g_string_new (NULL);

  /* No field holds a control character: the reader refuses binary files. */
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (row, '\037');
      g_string_append (row, fields[i]);
    }
  while (row->len > 0 && row->str[row->len - 1] == '\037')
    g_string_truncate (row, row->len - 1);
  return g_string_free (row, FALSE);
}

static gboolean
parse_rows (Importer      *imp,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(OkCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  const char * const *fields;
  guint n_fields;
  gsize size;

  reader = ok_csv_reader_new (imp->job->bytes, imp->job->encoding, imp->job->separator, error);
  if (reader == NULL)
    return FALSE;
  size = MAX (ok_csv_reader_get_size (reader), 1);

  if (!ok_csv_reader_next (reader, &fields, &n_fields, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, OK_CSV_ERROR, OK_CSV_ERROR_EMPTY, _("The file is empty."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  imp->n_header = n_fields;

  while (ok_csv_reader_next (reader, &fields, &n_fields, &local_error))
    {
      guint line = ok_csv_reader_get_line (reader);
      Pupil pupil = { 0 };
      char *raw;
      gpointer seen_line, seen_index;
      char *reason;

      if (imp->n_records % ROWS_PER_CHECK == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          report_job_progress (imp->job, PARSE_SHARE * ok_csv_reader_get_offset (reader) / size);
        }

      if (all_empty (fields, n_fields))
        continue;
      imp->n_records++;

      raw = raw_row (fields, n_fields);
      if (g_hash_table_lookup_extended (imp->rows_seen, raw, NULL, &seen_line))
        {
          add_skip (imp, line, FALSE,
                    g_strdup_printf (_("exact copy of line %u; imported once"),
                                     GPOINTER_TO_UINT (seen_line)));
          g_free (raw);
          continue;
        }
      g_hash_table_insert (imp->rows_seen, raw, GUINT_TO_POINTER (line));

      pupil.line = line;
      reason = read_pupil (imp, fields, n_fields, &pupil);
      if (reason == NULL
          && g_hash_table_lookup_extended (imp->pupils_seen, pupil.pupil_key, NULL, &seen_index))
        {
          Pupil *other = &g_array_index (imp->pupils, Pupil, GPOINTER_TO_UINT (seen_index));

          reason = g_strdup_printf (_("pupil number %s is also on line %u, with other data"),
                                    pupil.pupil_number, other->line);
        }
      if (reason != NULL)
        {
          add_skip (imp, line, TRUE, reason);
          clear_pupil (&pupil);
          continue;
        }

      g_hash_table_insert (imp->pupils_seen, (gpointer) pupil.pupil_key,
                           GUINT_TO_POINTER (imp->pupils->len));
      g_array_append_val (imp->pupils, pupil);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

static void
set_bad_rows_error (Importer  *imp,
                    GError   **error)
{
  g_autoptr(GString) message = g_string_new (NULL);
  guint shown = 0;

  for (guint i = 0; i < imp->skips->len && shown < MAX_BAD_ROWS_SHOWN; i++)
    {
      Skip *skip = &g_array_index (imp->skips, Skip, i);

      if (!skip->bad)
        continue;
      g_string_append_printf (message, _("Line %u: %s."), skip->line, skip->reason);
      g_string_append_c (message, '\n');
      shown++;
    }
  if (imp->n_bad > shown)
    {
      g_string_append_printf (message, g_dngettext (GETTEXT_PACKAGE,
                                                    "… and %u more row that cannot be imported.",
                                                    "… and %u more rows that cannot be imported.",
                                                    imp->n_bad - shown),
                              imp->n_bad - shown);
      g_string_append_c (message, '\n');
    }
  g_string_append (message, _("Nothing was imported. Correct the file, or choose to skip "
                              "the rows that cannot be imported."));
  g_set_error_literal (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_BAD_ROWS, message->str);
}

/* Planning */

static guint
uf_find (guint *uf,
         guint  x)
{
  while (uf[x] != x)
    {
      uf[x] = uf[uf[x]];
      x = uf[x];
    }
  return x;
}

static void
uf_union (guint *uf,
          guint  a,
          guint  b)
{
  a = uf_find (uf, a);
  b = uf_find (uf, b);
  if (a != b)
    uf[MAX (a, b)] = MIN (a, b);
}

static void
free_parent_work (gpointer data)
{
  ParentWork *work = data;

  g_ptr_array_unref (work->keys);
  g_free (work);
}

static void
free_family_work (gpointer data)
{
  FamilyWork *work = data;

  g_ptr_array_unref (work->parents);
  g_ptr_array_unref (work->codes);
  g_clear_pointer (&work->unnumbered, g_ptr_array_unref);
  g_free (work);
}

static GPtrArray *
group_list (GHashTable *table,
            gint64     *id)
{
  GPtrArray *list = g_hash_table_lookup (table, id);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, id, list);
    }
  return list;
}

static void
add_key (Importer   *imp,
         GHashTable *keys,
         char       *key,
         guint       node)
{
  gpointer other;

  if (key == NULL)
    return;
  if (g_hash_table_lookup_extended (keys, key, NULL, &other))
    {
      uf_union (imp->uf, node, GPOINTER_TO_UINT (other));
      g_free (key);
    }
  else
    g_hash_table_insert (keys, key, GUINT_TO_POINTER (node));
}

static char *
address_key (const char *name_key_,
             const char *postcode_key,
             const char *house_key)
{
  if (name_key_ == NULL || postcode_key == NULL || house_key == NULL)
    return NULL;
  return g_strconcat ("a", name_key_, "|", postcode_key, "|", house_key, NULL);
}

static void
add_contact_keys (Importer   *imp,
                  GHashTable *keys,
                  const char *phone,
                  const char *email_key,
                  char       *address,
                  guint       node)
{
  if (phone != NULL)
    add_key (imp, keys, g_strconcat ("t", phone, NULL), node);
  if (email_key != NULL)
    add_key (imp, keys, g_strconcat ("e", email_key, NULL), node);
  add_key (imp, keys, address, node);
}

static void
index_snapshot (Importer *imp)
{
  OkImportSnapshot *snap = &imp->snapshot;

  for (guint i = 0; i < snap->families->len; i++)
    {
      OkImportFamilyRow *row = &g_array_index (snap->families, OkImportFamilyRow, i);

      g_hash_table_insert (imp->family_index, &row->id, GUINT_TO_POINTER (i));
    }
  for (guint i = 0; i < snap->parents->len; i++)
    {
      OkImportParentRow *row = &g_array_index (snap->parents, OkImportParentRow, i);

      g_ptr_array_add (group_list (imp->family_parents, &row->family_id), row);
    }
  for (guint i = 0; i < snap->languages->len; i++)
    {
      OkImportLanguageRow *row = &g_array_index (snap->languages, OkImportLanguageRow, i);

      g_ptr_array_add (group_list (imp->family_languages, &row->family_id), row);
    }
  for (guint i = 0; i < snap->children->len; i++)
    {
      OkImportChildRow *row = &g_array_index (snap->children, OkImportChildRow, i);

      if (row->pupil_number == NULL || *row->pupil_number == '\0')
        g_ptr_array_add (group_list (imp->family_unnumbered, &row->family_id), row);
      else
        {
          char *key = pupil_key (row->pupil_number);

          if (g_hash_table_contains (imp->children_by_key, key))
            g_free (key);
          else
            g_hash_table_insert (imp->children_by_key, key, row);
        }
    }
}

static const OkImportFamilyRow *
family_row (Importer *imp,
            gint64    id)
{
  gpointer index;

  if (!g_hash_table_lookup_extended (imp->family_index, &id, NULL, &index))
    return NULL;
  return &g_array_index (imp->snapshot.families, OkImportFamilyRow, GPOINTER_TO_UINT (index));
}

static guint
family_node (Importer                *imp,
             const OkImportFamilyRow *family)
{
  const OkImportFamilyRow *first = (const OkImportFamilyRow *) imp->snapshot.families->data;

  return imp->pupils->len + (guint) (family - first);
}

static const char *
stored_phone (Importer   *imp,
              const char *phone)
{
  char *normal;

  if (phone == NULL)
    return NULL;
  normal = ok_phone_normalize (phone);
  return normal != NULL ? intern_key (imp, normal) : phone;
}

/* Joins pupils that share a caregiver, and pupils with the families that
 * already have them or their caregivers. Nodes are the pupils, then the
 * families of the snapshot. */
static void
group_families (Importer *imp)
{
  OkImportSnapshot *snap = &imp->snapshot;
  guint n_pupils = imp->pupils->len;
  guint n_nodes = n_pupils + snap->families->len;
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  imp->uf = g_new (guint, MAX (n_nodes, 1));
  for (guint i = 0; i < n_nodes; i++)
    imp->uf[i] = i;

  /* Existing caregivers first: a key that two existing families share
   * must not merge them, so only the first family gets it. */
  for (guint i = 0; i < snap->parents->len; i++)
    {
      OkImportParentRow *row = &g_array_index (snap->parents, OkImportParentRow, i);
      const OkImportFamilyRow *family = family_row (imp, row->family_id);
      g_autofree char *email_key = row->email != NULL ? g_utf8_strdown (row->email, -1) : NULL;
      g_autofree char *parent_key = row->name != NULL ? name_key (row->name) : NULL;
      g_autofree char *postcode_key = NULL;
      g_autofree char *house_key = NULL;
      const char *phone = stored_phone (imp, row->phone);
      guint node;

      if (family == NULL || family->erased)
        continue;
      node = family_node (imp, family);
      if (family->postcode != NULL)
        postcode_key = compact_key (family->postcode, TRUE);
      if (family->house_number != NULL)
        house_key = compact_key (family->house_number, FALSE);

      if (phone != NULL)
        {
          g_autofree char *key = g_strconcat ("t", phone, NULL);

          if (!g_hash_table_contains (keys, key))
            g_hash_table_insert (keys, g_steal_pointer (&key), GUINT_TO_POINTER (node));
        }
      if (email_key != NULL)
        {
          g_autofree char *key = g_strconcat ("e", email_key, NULL);

          if (!g_hash_table_contains (keys, key))
            g_hash_table_insert (keys, g_steal_pointer (&key), GUINT_TO_POINTER (node));
        }
      {
        g_autofree char *key = address_key (parent_key, postcode_key, house_key);

        if (key != NULL && !g_hash_table_contains (keys, key))
          g_hash_table_insert (keys, g_steal_pointer (&key), GUINT_TO_POINTER (node));
      }
    }

  for (guint i = 0; i < n_pupils; i++)
    {
      Pupil *pupil = &g_array_index (imp->pupils, Pupil, i);
      OkImportChildRow *child = g_hash_table_lookup (imp->children_by_key, pupil->pupil_key);

      if (child != NULL)
        {
          const OkImportFamilyRow *family = family_row (imp, child->family_id);

          if (family == NULL || family->erased)
            {
              pupil->erased = TRUE;
              continue;
            }
          uf_union (imp->uf, i, family_node (imp, family));
        }

      for (guint c = 0; c < G_N_ELEMENTS (pupil->carers); c++)
        {
          Carer *carer = &pupil->carers[c];

          add_contact_keys (imp, keys, carer->phone, carer->email_key,
                            address_key (carer->key, pupil->postcode_key, pupil->house_key), i);
        }
    }
}

static FamilyWork *
family_work_new (void)
{
  FamilyWork *work = g_new0 (FamilyWork, 1);

  work->parents = g_ptr_array_new_with_free_func (free_parent_work);
  work->codes = g_ptr_array_new ();
  return work;
}

static FamilyWork *
existing_work (Importer *imp,
               gint64    id)
{
  FamilyWork *work = g_hash_table_lookup (imp->works, &id);
  const OkImportFamilyRow *row;
  GPtrArray *list;

  if (work != NULL)
    return work;

  row = family_row (imp, id);
  work = family_work_new ();
  work->ref = id;
  work->existing = row;
  work->postcode = row->postcode;
  work->house_number = row->house_number;
  work->interpreter = row->interpreter_needed;

  list = g_hash_table_lookup (imp->family_parents, &id);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      OkImportParentRow *parent = list->pdata[i];
      ParentWork *pw = g_new0 (ParentWork, 1);

      pw->id = parent->id;
      pw->update_index = -1;
      pw->keys = g_ptr_array_new_with_free_func (g_free);
      if (parent->name != NULL)
        {
          char *key = name_key (parent->name);

          if (key != NULL)
            g_ptr_array_add (pw->keys, key);
        }
      pw->phone = stored_phone (imp, parent->phone);
      pw->email = parent->email;
      g_ptr_array_add (work->parents, pw);
    }

  list = g_hash_table_lookup (imp->family_languages, &id);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      OkImportLanguageRow *language = list->pdata[i];

      g_ptr_array_add (work->codes, (gpointer) language->code);
      work->next_position = MAX (work->next_position, language->position + 1);
    }

  list = g_hash_table_lookup (imp->family_unnumbered, &id);
  if (list != NULL)
    work->unnumbered = g_ptr_array_ref (list);

  g_hash_table_insert (imp->works, (gpointer) &row->id, work);
  return work;
}

static char *
display_name (const char *infix,
              const char *last_name)
{
  if (infix != NULL)
    return g_strdup_printf ("%s %s", infix, last_name);
  return g_strdup (last_name);
}

static FamilyWork *
new_work (Importer *imp,
          Pupil    *pupil)
{
  FamilyWork *work = family_work_new ();
  OkImportNewFamily family = { 0 };

  family.name = intern_key (imp, display_name (pupil->infix, pupil->last_name));
  g_array_append_val (imp->plan.new_families, family);
  work->ref = -(OkImportFamilyRef) imp->plan.new_families->len;
  g_ptr_array_add (imp->new_works, work);
  imp->counts.families_added++;
  return work;
}

static gboolean
same_email (const char *a,
            const char *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_ascii_strcasecmp (a, b) == 0;
}

static ParentWork *
find_parent_by_name (FamilyWork *work,
                     const char *key)
{
  for (guint i = 0; i < work->parents->len; i++)
    {
      ParentWork *pw = work->parents->pdata[i];

      for (guint k = 0; k < pw->keys->len; k++)
        if (g_str_equal (pw->keys->pdata[k], key))
          return pw;
    }
  return NULL;
}

static const char *
last_word (const char *key)
{
  const char *space = strrchr (key, ' ');

  return space != NULL ? space + 1 : key;
}

/* "F. Öztürk" and "Fatma Öztürk": the same surname, and one first name is
 * the initial of the other. "Ali Öztürk" and "Ayşe Öztürk" are not. */
static gboolean
abbreviates (const char *a,
             const char *b)
{
  gsize a_first = strcspn (a, " ");
  gsize b_first = strcspn (b, " ");

  if (strchr (a, ' ') == NULL || strchr (b, ' ') == NULL
      || !g_str_equal (last_word (a), last_word (b)))
    return FALSE;
  if (g_utf8_strlen (a, a_first) != 1 && g_utf8_strlen (b, b_first) != 1)
    return FALSE;
  return g_utf8_get_char (a) == g_utf8_get_char (b);
}

static gboolean
may_share_contact (ParentWork *pw,
                   const char *key)
{
  if (!pw->claimed || key == NULL)
    return TRUE;
  for (guint k = 0; k < pw->keys->len; k++)
    if (abbreviates (pw->keys->pdata[k], key))
      return TRUE;
  return FALSE;
}

/* A caregiver whose name is not known in the family may still be one of
 * its parents under another spelling, if exactly one parent has the same
 * number or address. A parent already matched to another name of this
 * file is left alone, unless one name abbreviates the other: two parents
 * often share the home phone. */
static ParentWork *
find_parent_by_contact (FamilyWork *work,
                        const char *phone,
                        const char *email,
                        const char *key)
{
  ParentWork *found = NULL;

  for (guint i = 0; i < work->parents->len; i++)
    {
      ParentWork *pw = work->parents->pdata[i];
      gboolean match = phone != NULL ? g_strcmp0 (pw->phone, phone) == 0
                                     : pw->email != NULL && same_email (pw->email, email);

      if (!match || !may_share_contact (pw, key))
        continue;
      if (found != NULL)
        return NULL;
      found = pw;
    }
  return found;
}

static void
update_contact (Importer   *imp,
                FamilyWork *work,
                ParentWork *pw,
                Carer      *carer)
{
  const char *phone = carer->phone != NULL ? carer->phone : pw->phone;
  const char *email = carer->email != NULL ? carer->email : pw->email;

  if (pw->id == 0)
    {
      /* A sibling's row may know more about a caregiver just added. */
      OkImportNewParent *np = &g_array_index (imp->plan.new_parents, OkImportNewParent, pw->new_index);

      if (np->phone == NULL)
        np->phone = pw->phone = carer->phone;
      if (np->email == NULL)
        np->email = pw->email = carer->email;
      return;
    }

  /* The first row naming a known parent sets the contact details. */
  if (pw->contact_done)
    return;
  pw->contact_done = TRUE;
  if (g_strcmp0 (phone, pw->phone) == 0 && same_email (email, pw->email))
    return;

  {
    OkImportParentUpdate update = { pw->id, phone, email };

    g_array_append_val (imp->plan.parent_updates, update);
    pw->update_index = (int) imp->plan.parent_updates->len - 1;
    pw->phone = phone;
    pw->email = email;
    work->changed = TRUE;
  }
}

static void
apply_carer (Importer   *imp,
             FamilyWork *work,
             Pupil      *pupil,
             Carer      *carer)
{
  ParentWork *pw = NULL;

  if (carer->name == NULL && carer->phone == NULL && carer->email == NULL)
    return;

  if (carer->key != NULL)
    pw = find_parent_by_name (work, carer->key);
  if (pw == NULL && carer->phone != NULL)
    pw = find_parent_by_contact (work, carer->phone, NULL, carer->key);
  if (pw == NULL && carer->email != NULL)
    pw = find_parent_by_contact (work, NULL, carer->email, carer->key);

  if (pw != NULL)
    {
      if (carer->key != NULL && find_parent_by_name (work, carer->key) == NULL)
        g_ptr_array_add (pw->keys, g_strdup (carer->key));
      pw->claimed = TRUE;
      update_contact (imp, work, pw, carer);
      return;
    }

  {
    OkImportNewParent np = { 0 };

    np.family = work->ref;
    np.name = carer->name != NULL
              ? carer->name
              : intern_key (imp, g_strdup_printf (_("Parent of %s"), pupil->first_name));
    np.phone = carer->phone;
    np.email = carer->email;
    g_array_append_val (imp->plan.new_parents, np);

    pw = g_new0 (ParentWork, 1);
    pw->new_index = imp->plan.new_parents->len - 1;
    pw->update_index = -1;
    pw->keys = g_ptr_array_new_with_free_func (g_free);
    if (carer->key != NULL)
      g_ptr_array_add (pw->keys, g_strdup (carer->key));
    pw->phone = carer->phone;
    pw->email = carer->email;
    pw->claimed = TRUE;
    g_ptr_array_add (work->parents, pw);
    imp->counts.parents_added++;
    work->changed = TRUE;
  }
}

static void
apply_family_fields (Importer   *imp,
                     FamilyWork *work,
                     Pupil      *pupil)
{
  if (!work->address_set && (pupil->postcode != NULL || pupil->house_number != NULL))
    {
      work->address_set = TRUE;
      work->postcode = pupil->postcode;
      work->house_number = pupil->house_number;
    }
  if (pupil->interpreter >= 0)
    {
      work->interpreter = work->interpreter_set ? work->interpreter || pupil->interpreter
                                                : pupil->interpreter;
      work->interpreter_set = TRUE;
    }

  for (guint i = 0; pupil->languages[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < work->codes->len && !known; j++)
        known = g_str_equal (work->codes->pdata[j], pupil->languages[i]);
      if (known)
        continue;

      {
        const char *code = g_string_chunk_insert_const (imp->strings, pupil->languages[i]);
        OkImportNewLanguage language = { work->ref, work->next_position++, code };

        g_ptr_array_add (work->codes, (gpointer) code);
        g_array_append_val (imp->plan.new_languages, language);
        work->languages_changed = TRUE;
        work->changed = TRUE;
      }
    }
}

static const char *
earliest (const char *a,
          const char *b)
{
  if (a == NULL)
    return b;
  if (b == NULL)
    return a;
  return strcmp (a, b) <= 0 ? a : b;
}

/* A hand-entered child without a pupil number, with the same names. */
static OkImportChildRow *
find_unnumbered (Importer   *imp,
                 FamilyWork *work,
                 Pupil      *pupil)
{
  g_autofree char *first = name_key (pupil->first_name);
  g_autofree char *last = name_key (pupil->last_name);

  for (guint i = 0; work->unnumbered != NULL && i < work->unnumbered->len; i++)
    {
      OkImportChildRow *row = work->unnumbered->pdata[i];
      g_autofree char *row_first = row->first_name != NULL ? name_key (row->first_name) : NULL;
      g_autofree char *row_last = row->last_name != NULL ? name_key (row->last_name) : NULL;

      if (g_hash_table_contains (imp->adopted, row))
        continue;
      if (g_strcmp0 (first, row_first) == 0 && g_strcmp0 (last, row_last) == 0)
        {
          g_hash_table_add (imp->adopted, row);
          return row;
        }
    }
  return NULL;
}

static void
apply_child (Importer         *imp,
             FamilyWork       *work,
             Pupil            *pupil,
             OkImportChildRow *known)
{
  OkImportChildChange change = { 0 };
  gboolean changed, left;

  change.pupil_number = pupil->pupil_number;
  change.first_name = pupil->first_name;
  change.infix = pupil->infix;
  change.last_name = pupil->last_name;

  if (known == NULL)
    {
      change.family = work->ref;
      change.group_name = pupil->group_name;
      change.enrolled_from = pupil->enrolled_from != NULL ? pupil->enrolled_from : imp->today;
      change.enrolled_until = pupil->enrolled_until;
      change.enrolled_from = earliest (change.enrolled_from, change.enrolled_until);
      g_array_append_val (imp->plan.new_children, change);
      imp->counts.children_added++;
      if (pupil->enrolled_until != NULL)
        imp->counts.children_left++;
      work->changed = TRUE;
      return;
    }

  /* What the file leaves empty stays as the app has it. */
  change.id = known->id;
  change.group_name = pupil->group_name != NULL ? pupil->group_name : known->group_name;
  change.enrolled_from = pupil->enrolled_from != NULL ? pupil->enrolled_from : known->enrolled_from;
  change.enrolled_until = pupil->enrolled_until != NULL ? pupil->enrolled_until : known->enrolled_until;
  change.enrolled_from = earliest (change.enrolled_from, change.enrolled_until);

  changed = g_strcmp0 (change.pupil_number, known->pupil_number) != 0
            || g_strcmp0 (change.first_name, known->first_name) != 0
            || g_strcmp0 (change.infix, known->infix != NULL && *known->infix != '\0' ? known->infix : NULL) != 0
            || g_strcmp0 (change.last_name, known->last_name) != 0
            || g_strcmp0 (change.group_name, known->group_name) != 0
            || (pupil->enrolled_from != NULL
                && g_strcmp0 (change.enrolled_from, known->enrolled_from) != 0);
  /* An enrolment moved back to the leaving date is part of leaving. */
  left = g_strcmp0 (change.enrolled_until, known->enrolled_until) != 0;
  if (!changed && !left)
    return;

  g_array_append_val (imp->plan.child_updates, change);
  if (changed)
    imp->counts.children_updated++;
  if (left)
    imp->counts.children_left++;
  work->changed = TRUE;
}

static const char *
preferred_channel (FamilyWork *work)
{
  gboolean phone = FALSE, email = FALSE;

  for (guint i = 0; i < work->parents->len; i++)
    {
      ParentWork *pw = work->parents->pdata[i];

      if (ok_phone_can_message (pw->phone))
        return "whatsapp";
      phone |= pw->phone != NULL;
      email |= pw->email != NULL;
    }
  return email ? "email" : phone ? "phone" : "letter";
}

static void
finish_families (Importer *imp)
{
  GHashTableIter iter;
  FamilyWork *work;

  for (guint i = 0; i < imp->new_works->len; i++)
    {
      OkImportNewFamily *family = &g_array_index (imp->plan.new_families, OkImportNewFamily, i);

      work = imp->new_works->pdata[i];
      family->postcode = work->postcode;
      family->house_number = work->house_number;
      family->interpreter_needed = work->interpreter;
      family->preferred_channel = preferred_channel (work);
    }

  g_hash_table_iter_init (&iter, imp->works);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &work))
    {
      const OkImportFamilyRow *row = work->existing;

      /* Added languages count too: they are part of the family's row as
       * the family editor saves it, so its version must change. */
      if (g_strcmp0 (work->postcode, row->postcode) != 0
          || g_strcmp0 (work->house_number, row->house_number) != 0
          || work->interpreter != row->interpreter_needed
          || work->languages_changed)
        {
          OkImportFamilyUpdate update = { row->id, work->postcode, work->house_number,
                                          work->interpreter };

          g_array_append_val (imp->plan.family_updates, update);
          work->changed = TRUE;
        }
      if (work->changed)
        imp->counts.families_updated++;
    }
}

static void
plan_import (Importer *imp)
{
  guint n_pupils = imp->pupils->len;
  g_autoptr(GHashTable) targets = g_hash_table_new (NULL, NULL);     /* root → gint64 * */
  g_autoptr(GHashTable) new_roots = g_hash_table_new (NULL, NULL);   /* root → FamilyWork */
  OkImportSnapshot *snap = &imp->snapshot;

  index_snapshot (imp);
  group_families (imp);

  /* A new pupil joins the oldest existing family of its group; existing
   * families that turn out to share a caregiver are not merged. */
  for (guint f = 0; f < snap->families->len; f++)
    {
      OkImportFamilyRow *row = &g_array_index (snap->families, OkImportFamilyRow, f);
      gpointer root = GUINT_TO_POINTER (uf_find (imp->uf, n_pupils + f));
      gint64 *current = g_hash_table_lookup (targets, root);

      if (row->erased)
        continue;
      if (current == NULL || row->id < *current)
        g_hash_table_insert (targets, root, &row->id);
    }

  for (guint i = 0; i < n_pupils; i++)
    {
      Pupil *pupil = &g_array_index (imp->pupils, Pupil, i);
      OkImportChildRow *known = g_hash_table_lookup (imp->children_by_key, pupil->pupil_key);
      FamilyWork *work;

      if (pupil->erased)
        {
          add_skip (imp, pupil->line, FALSE,
                    g_strdup (_("the pupil's family was erased on request; not imported again")));
          continue;
        }

      if (known != NULL)
        work = existing_work (imp, known->family_id);
      else
        {
          gpointer root = GUINT_TO_POINTER (uf_find (imp->uf, i));
          gint64 *target = g_hash_table_lookup (targets, root);

          if (target != NULL)
            work = existing_work (imp, *target);
          else
            {
              work = g_hash_table_lookup (new_roots, root);
              if (work == NULL)
                {
                  work = new_work (imp, pupil);
                  g_hash_table_insert (new_roots, root, work);
                }
            }
          if (work->existing != NULL)
            known = find_unnumbered (imp, work, pupil);
        }

      apply_family_fields (imp, work, pupil);
      for (guint c = 0; c < G_N_ELEMENTS (pupil->carers); c++)
        apply_carer (imp, work, pupil, &pupil->carers[c]);
      apply_child (imp, work, pupil, known);
    }

  finish_families (imp);
}

/* Running */

static void
importer_init (Importer *imp,
               Job      *job)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (ok_time_zone ());

  imp->job = job;
  imp->flags = job->flags;
  imp->mapping = job->mapping;
  for (guint f = 0; f < OK_IMPORT_N_FIELDS; f++)
    imp->columns[f] = ok_import_mapping_get_column (job->mapping, f);
  imp->strings = g_string_chunk_new (256 * 1024);
  imp->pupils = g_array_new (FALSE, TRUE, sizeof (Pupil));
  g_array_set_clear_func (imp->pupils, clear_pupil);
  imp->skips = g_array_new (FALSE, TRUE, sizeof (Skip));
  g_array_set_clear_func (imp->skips, clear_skip);
  imp->rows_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->pupils_seen = g_hash_table_new (g_str_hash, g_str_equal);
  imp->unknown_languages = g_ptr_array_new_with_free_func (g_free);
  imp->unknown_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->today = g_date_time_format (now, "%Y-%m-%d");

  _ok_import_snapshot_init (&imp->snapshot);
  _ok_import_plan_init (&imp->plan);
  imp->family_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  imp->family_parents = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                               (GDestroyNotify) g_ptr_array_unref);
  imp->family_languages = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                 (GDestroyNotify) g_ptr_array_unref);
  imp->family_unnumbered = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                  (GDestroyNotify) g_ptr_array_unref);
  imp->children_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->works = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, free_family_work);
  imp->new_works = g_ptr_array_new_with_free_func (free_family_work);
  imp->adopted = g_hash_table_new (NULL, NULL);
}

static void
importer_clear (Importer *imp)
{
  g_clear_pointer (&imp->works, g_hash_table_unref);
  g_clear_pointer (&imp->new_works, g_ptr_array_unref);
  g_clear_pointer (&imp->adopted, g_hash_table_unref);
  g_clear_pointer (&imp->children_by_key, g_hash_table_unref);
  g_clear_pointer (&imp->family_unnumbered, g_hash_table_unref);
  g_clear_pointer (&imp->family_languages, g_hash_table_unref);
  g_clear_pointer (&imp->family_parents, g_hash_table_unref);
  g_clear_pointer (&imp->family_index, g_hash_table_unref);
  _ok_import_plan_clear (&imp->plan);
  _ok_import_snapshot_clear (&imp->snapshot);
  g_clear_pointer (&imp->uf, g_free);
  g_clear_pointer (&imp->today, g_free);
  g_clear_pointer (&imp->unknown_seen, g_hash_table_unref);
  g_clear_pointer (&imp->unknown_languages, g_ptr_array_unref);
  g_clear_pointer (&imp->pupils_seen, g_hash_table_unref);
  g_clear_pointer (&imp->rows_seen, g_hash_table_unref);
  g_clear_pointer (&imp->skips, g_array_unref);
  g_clear_pointer (&imp->pupils, g_array_unref);
  g_clear_pointer (&imp->strings, g_string_chunk_free);
}

static int
compare_skips (gconstpointer a,
               gconstpointer b)
{
  const Skip *x = a, *y = b;

  return x->line < y->line ? -1 : x->line > y->line;
}

static OkImportResult *
make_result (Importer *imp)
{
  OkImportResult *result;

  g_ptr_array_add (imp->unknown_languages, NULL);
  result = _ok_import_result_new (&imp->counts, (imp->flags & OK_IMPORT_FLAGS_DRY_RUN) != 0,
                                  (char **) g_ptr_array_steal (imp->unknown_languages, NULL),
                                  ok_import_mapping_dup_unknown_columns (imp->mapping));
  g_array_sort (imp->skips, compare_skips);
  for (guint i = 0; i < imp->skips->len; i++)
    {
      Skip *skip = &g_array_index (imp->skips, Skip, i);

      _ok_import_result_add_skipped (result, skip->line, skip->reason);
    }
  return result;
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
  Importer imp = { 0 };
  OkImportResult *result = NULL;

  importer_init (&imp, job);
  report_job_progress (job, 0.0);

  if (!ok_import_mapping_check (job->mapping, error)
      || !parse_rows (&imp, cancellable, error))
    goto out;

  if (imp.n_records == 0)
    {
      g_set_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_NO_ROWS,
                   _("The file has column names but no pupils."));
      goto out;
    }
  if (imp.n_bad > 0 && (job->flags & OK_IMPORT_FLAGS_SKIP_BAD_ROWS) == 0)
    {
      set_bad_rows_error (&imp, error);
      goto out;
    }

  if (!ok_store_begin (store, error))
    goto out;
  if (!_ok_store_import_load (store, &imp.snapshot, error))
    {
      ok_store_rollback (store);
      goto out;
    }
  plan_import (&imp);
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
  importer_clear (&imp);
  return result;
}

static Job *
job_new (OkImport      *self,
         OkStore       *store,
         OkImportFlags  flags,
         gboolean       in_thread,
         GError       **error)
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

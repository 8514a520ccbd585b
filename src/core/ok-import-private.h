/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The importer's insides, shared by ok-import*.c, and what the importer
 * fills in that the rest of the app only reads. */

#include "ok-import.h"
#include "ok-store-import.h"

G_BEGIN_DECLS

typedef struct {
  guint families_added;
  guint families_updated;
  guint parents_added;
  guint children_added;
  guint children_updated;
  guint children_left;
} OkImportCounts;

OkImportResult *_ok_import_result_new         (const OkImportCounts *counts,
                                               gboolean              dry_run,
                                               char                **unknown_languages,
                                               char                **unknown_columns);
void            _ok_import_result_add_skipped (OkImportResult       *self,
                                               guint                 line,
                                               const char           *reason);

typedef struct {
  const char *name;              /* as written */
  const char *key;               /* name as compared; NULL without a name */
  const char *phone;             /* E.164 */
  const char *email;
  const char *email_key;         /* lower case */
} OkImportCarer;

typedef struct {
  guint line;
  const char *pupil_number;
  const char *pupil_key;
  const char *first_name;
  const char *infix;
  const char *last_name;
  const char *group_name;
  OkImportCarer carers[2];
  char **languages;
  int interpreter;               /* -1 when the file does not say */
  const char *postcode;
  const char *postcode_key;
  const char *house_number;
  const char *house_key;
  const char *enrolled_from;
  const char *enrolled_until;
  gboolean erased;               /* belongs to a family erased on request */
} OkImportPupil;

typedef struct {
  guint line;
  char *reason;
  gboolean bad;                  /* FALSE for a duplicate: not a problem */
} OkImportSkip;

/* What ok-import-run.c needs of the object in ok-import.c. */
GBytes         *_ok_import_get_bytes          (OkImport             *self);
void            _ok_import_set_progress       (OkImport             *self,
                                               double                progress);

/* Called now and then with the share of the work done, 0 … 1. */
typedef void (*OkImportProgressFunc) (double   fraction,
                                      gpointer user_data);

/* One run of an import: the file's rows, checked (ok-import-rows.c), then
 * what the database has and what to write (ok-import-plan.c). */
typedef struct {
  GBytes *bytes;
  OkCsvEncoding encoding;
  char separator;
  OkImportMapping *mapping;
  OkImportFlags flags;
  OkImportProgressFunc progress;
  gpointer progress_data;

  GStringChunk *strings;
  int columns[OK_IMPORT_N_FIELDS];
  guint n_header;

  GArray *pupils;                /* OkImportPupil */
  GArray *skips;                 /* OkImportSkip */
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
  GHashTable *works;             /* gint64 *id → family work, existing families */
  GPtrArray *new_works;          /* family work, in order of new_families */
  GHashTable *adopted;           /* OkImportChildRow * already given a number */
  guint *uf;                     /* union-find over pupils, then families */
} OkImporter;

void        _ok_importer_init               (OkImporter            *imp,
                                             GBytes                *bytes,
                                             OkCsvEncoding          encoding,
                                             char                   separator,
                                             OkImportMapping       *mapping,
                                             OkImportFlags          flags,
                                             OkImportProgressFunc   progress,
                                             gpointer               progress_data);
void        _ok_importer_clear              (OkImporter            *imp);
gboolean    _ok_importer_read               (OkImporter            *imp,
                                             GCancellable          *cancellable,
                                             GError               **error);
void        _ok_importer_set_bad_rows_error (OkImporter            *imp,
                                             GError               **error);
void        _ok_importer_plan               (OkImporter            *imp);

/* Grouping pupils into families, in ok-import-grouping.c. */
void        _ok_importer_index_snapshot     (OkImporter            *imp);
void        _ok_importer_group_families     (OkImporter            *imp);
guint       _ok_import_uf_find              (guint                 *uf,
                                             guint                  x);
const OkImportFamilyRow *
            _ok_importer_family_row         (OkImporter            *imp,
                                             gint64                 id);
const char *_ok_importer_stored_phone       (OkImporter            *imp,
                                             const char            *phone);

const char *_ok_importer_intern             (OkImporter            *imp,
                                             char                  *string);
void        _ok_importer_add_skip           (OkImporter            *imp,
                                             guint                  line,
                                             gboolean               bad,
                                             char                  *reason);
char       *_ok_import_name_key             (const char            *name);
char       *_ok_import_pupil_key            (const char            *number);
char       *_ok_import_compact_key          (const char            *text,
                                             gboolean               upper);

G_END_DECLS

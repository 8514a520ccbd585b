/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The importer's side of the store: read what the school already has in one
 * go, and write a whole import with a handful of set-based statements. Only
 * ok-import-run.c uses this; the rest of the app goes through the store's
 * own family API. All strings are borrowed: the snapshot's live in its string
 * chunk, the plan's in the importer's. */

#include <gio/gio.h>

#include "ok-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64 id;
  const char *postcode;
  const char *house_number;
  gboolean interpreter_needed;
  gboolean erased;
} OkImportFamilyRow;

typedef struct {
  gint64 family_id;
  int position;
  const char *code;
} OkImportLanguageRow;

typedef struct {
  gint64 id;
  gint64 family_id;
  const char *name;
  const char *phone;
  const char *email;
} OkImportParentRow;

typedef struct {
  gint64 id;
  gint64 family_id;
  const char *pupil_number;
  const char *first_name;
  const char *infix;
  const char *last_name;
  const char *group_name;
  const char *enrolled_from;
  const char *enrolled_until;
} OkImportChildRow;

/* What the current school has: families (erased ones too, so that their
 * pupils are not brought back), their languages by family and position,
 * the parents that belong to a family, and all children. */
typedef struct {
  GStringChunk *strings;
  GArray *families;              /* OkImportFamilyRow */
  GArray *languages;             /* OkImportLanguageRow */
  GArray *parents;               /* OkImportParentRow */
  GArray *children;              /* OkImportChildRow */
} OkImportSnapshot;

/* A family of the plan: an existing id, or -(n + 1) for the n-th entry of
 * new_families, whose id the store assigns while applying. */
typedef gint64 OkImportFamilyRef;

typedef struct {
  gint64 id;                     /* set by _ok_store_import_apply() */
  const char *name;
  const char *postcode;
  const char *house_number;
  gboolean interpreter_needed;
  const char *preferred_channel;
} OkImportNewFamily;

typedef struct {
  gint64 id;
  const char *postcode;
  const char *house_number;
  gboolean interpreter_needed;
} OkImportFamilyUpdate;

typedef struct {
  OkImportFamilyRef family;
  int position;
  const char *code;
} OkImportNewLanguage;

typedef struct {
  OkImportFamilyRef family;
  const char *name;
  const char *phone;
  const char *email;
} OkImportNewParent;

typedef struct {
  gint64 id;
  const char *phone;
  const char *email;
} OkImportParentUpdate;

/* For an update, id is the child's and family is unused. */
typedef struct {
  gint64 id;
  OkImportFamilyRef family;
  const char *pupil_number;
  const char *first_name;
  const char *infix;
  const char *last_name;
  const char *group_name;
  const char *enrolled_from;
  const char *enrolled_until;
} OkImportChildChange;

typedef struct {
  GArray *new_families;          /* OkImportNewFamily */
  GArray *family_updates;        /* OkImportFamilyUpdate */
  GArray *new_languages;         /* OkImportNewLanguage */
  GArray *new_parents;           /* OkImportNewParent */
  GArray *parent_updates;        /* OkImportParentUpdate */
  GArray *new_children;          /* OkImportChildChange */
  GArray *child_updates;         /* OkImportChildChange */
} OkImportPlan;

/* Called after each write step with the share of the work done, 0 … 1. */
typedef void (*OkImportStepFunc) (double   fraction,
                                  gpointer user_data);

void      _ok_import_snapshot_init  (OkImportSnapshot  *snapshot);
void      _ok_import_snapshot_clear (OkImportSnapshot  *snapshot);
void      _ok_import_plan_init      (OkImportPlan      *plan);
void      _ok_import_plan_clear     (OkImportPlan      *plan);

gboolean  _ok_store_import_load     (OkStore           *store,
                                     OkImportSnapshot  *snapshot,
                                     GError           **error);
gboolean  _ok_store_import_apply    (OkStore           *store,
                                     OkImportPlan      *plan,
                                     OkImportStepFunc   step,
                                     gpointer           step_data,
                                     GCancellable      *cancellable,
                                     GError           **error);

G_END_DECLS

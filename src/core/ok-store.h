/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OK_STORE_ERROR (ok_store_error_quark ())

typedef enum {
  OK_STORE_ERROR_LOCATION,    /* the database location cannot be understood */
  OK_STORE_ERROR_OPEN,        /* the database cannot be opened */
  OK_STORE_ERROR_MIGRATION,   /* the schema cannot be brought up to date */
  OK_STORE_ERROR_CONSTRAINT,  /* the data breaks a rule of the schema */
  OK_STORE_ERROR_NOT_FOUND,
  OK_STORE_ERROR_CONFLICT,    /* someone else changed the row first */
  OK_STORE_ERROR_INVALID,     /* a value given by the caller makes no sense */
  OK_STORE_ERROR_QUERY,       /* any other database failure */
  OK_STORE_ERROR_DENIED,      /* the database user may not read or change this */
} OkStoreError;

typedef enum {
  OK_STORE_DIALECT_SQLITE,
  OK_STORE_DIALECT_POSTGRESQL,
} OkStoreDialect;

typedef enum {
  OK_STORE_OPEN_DEFAULT = 0,
  /* Leave the schema as it is; for tests of the migrations themselves. */
  OK_STORE_OPEN_NO_MIGRATE = 1 << 0,
  /* Reading only, without migrating: backups, previews, directors. The
   * database must exist already. */
  OK_STORE_OPEN_READ_ONLY = 1 << 1,
} OkStoreOpenFlags;

#define OK_TYPE_STORE (ok_store_get_type ())
G_DECLARE_FINAL_TYPE (OkStore, ok_store, OK, STORE, GObject)

GQuark          ok_store_error_quark          (void);
void            ok_store_init_library         (void);
char           *ok_store_default_location     (void);

OkStore        *ok_store_open                 (const char        *location,
                                               GError           **error);
OkStore        *ok_store_open_full            (const char        *location,
                                               OkStoreOpenFlags   flags,
                                               GError           **error);
OkStore        *ok_store_reopen               (OkStore           *self,
                                               GError           **error);

const char     *ok_store_get_location         (OkStore           *self);
char           *ok_store_dup_display_location (OkStore           *self);
OkStoreDialect  ok_store_get_dialect          (OkStore           *self);

int             ok_store_latest_version       (void);
int             ok_store_get_schema_version   (OkStore           *self);
gboolean        ok_store_migrate              (OkStore           *self,
                                               int                target_version,
                                               GError           **error);

gint64          ok_store_get_school_id        (OkStore           *self);
void            ok_store_set_school_id        (OkStore           *self,
                                               gint64             school_id);

gboolean        ok_store_begin                (OkStore           *self,
                                               GError           **error);
gboolean        ok_store_commit               (OkStore           *self,
                                               GError           **error);
void            ok_store_rollback             (OkStore           *self);
gboolean        ok_store_in_transaction       (OkStore           *self);

gboolean        ok_store_create_database      (OkStore           *self,
                                               const char        *name,
                                               GError           **error);
gboolean        ok_store_drop_database        (OkStore           *self,
                                               const char        *name,
                                               GError           **error);
gboolean        ok_store_integrity_check      (OkStore           *self,
                                               GError           **error);

G_END_DECLS

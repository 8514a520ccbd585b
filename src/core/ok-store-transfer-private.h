/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The description of the tables that the export and the import share: the
 * tables themselves are listed in ok-store-transfer.c, read by
 * ok-store-transfer-export.c and written by ok-store-transfer-import.c. */

#include "ok-store-private.h"
#include "ok-store-transfer.h"

G_BEGIN_DECLS

#define OK_TRANSFER_MAX_COLUMNS 32

typedef enum {
  OK_TRANSFER_COLUMN_ID,      /* the row's own id: renumbered 1, 2, … in the file */
  OK_TRANSFER_COLUMN_SCHOOL,  /* school_id: not in the file; the importing school */
  OK_TRANSFER_COLUMN_REF,     /* the id of a row of an earlier table, or null */
  OK_TRANSFER_COLUMN_KEY,     /* the text key of a catalogue shared by all schools */
  OK_TRANSFER_COLUMN_TEXT,
  OK_TRANSFER_COLUMN_DATE,    /* YYYY-MM-DD */
  OK_TRANSFER_COLUMN_TIME,    /* YYYY-MM-DDTHH:MM, Dutch local time */
  OK_TRANSFER_COLUMN_INT,
  OK_TRANSFER_COLUMN_BOOL,    /* 0 or 1 in the database, false or true in the file */
} OkTransferColumnKind;

typedef struct {
  const char *name;
  OkTransferColumnKind kind;
  const char *ref;
} OkTransferColumn;

typedef struct {
  const char *name;
  /* The SQL condition that selects the school's rows, with ##school; NULL
   * for a catalogue shared by every school of the database. */
  const char *scope;
  const char *order;
  OkTransferColumn columns[OK_TRANSFER_MAX_COLUMNS];
} OkTransferTable;

const OkTransferTable  *_ok_transfer_school_table (void);
/* In dependency order: a table refers only to tables before it. */
const OkTransferTable  *_ok_transfer_tables       (guint                  *n_tables);
guint                   _ok_transfer_n_columns    (const OkTransferTable  *table);
const OkTransferColumn *_ok_transfer_find_column  (const OkTransferTable  *table,
                                                   const char             *name);
gboolean                _ok_transfer_has_id       (const OkTransferTable  *table);

/* table name → (id → id): from the database's ids to the file's on export,
 * the other way on import. */
GHashTable             *_ok_transfer_id_maps_new  (void);
gboolean                _ok_transfer_map_lookup   (GHashTable             *maps,
                                                   const char             *table,
                                                   gint64                  from,
                                                   gint64                 *to);

G_END_DECLS

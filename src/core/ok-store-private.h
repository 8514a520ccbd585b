/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The only header that includes libgda: everything that talks to the
 * database is a file named ok-store-*.c and goes through these helpers. */

#include <libgda/libgda.h>

#include <gio/gio.h>

#include "ok-store.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GdaConnection, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GdaStatement, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GdaSet, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GdaDataModel, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GdaDataModelIter, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GdaSqlParser, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GdaBatch, g_object_unref)

/* Parameters are passed to the helpers below as a NULL-terminated list of
 * (const char *name, GType type, value) triples, matching the statement's
 * `##name::type` placeholders:
 *   G_TYPE_STRING  const char *
 *   G_TYPE_INT64   gint64
 *   G_TYPE_INT     int
 *   G_TYPE_BOOLEAN gboolean      (bound as the integer 0 or 1)
 *   G_TYPE_DOUBLE  double
 *   OK_TYPE_ID     gint64        (an id; 0 or less means none)
 * A placeholder marked `::null` stores SQL NULL for NULL, "" and 0 (see
 * rewrite_nullable_parameters() for why): `##theme::string::null`. Every
 * parameter of the statement must be given on every call.
 * SQL text must be a string literal or otherwise live as long as the store:
 * statements are parsed once and cached by that text. */
#define OK_TYPE_ID G_TYPE_UINT64

/* Reach, defined once (see ok-store-reach.h). OK_SQL_REACHING is the
 * condition on an attendance "t" at an activity "a" that reaches the
 * parent's family: present at an activity that ACTIVITY selects (an SQL
 * condition on "a", such as its school), that started in [from, until)
 * and was not cancelled; from and until are parameters or literals.
 * OK_SQL_REACHED_FAMILIES selects the ids of the families so reached; the
 * distinct parents come first, far fewer lookups than one per attendance. */
#define OK_SQL_REACHING(ACTIVITY, from, until) \
  ACTIVITY " AND a.starts_at >= " from " AND a.starts_at < " until \
  " AND a.status <> 'cancelled' AND t.status = 'present'"
#define OK_SQL_REACHED_FAMILIES(ACTIVITY, from, until) \
  "SELECT DISTINCT p.family_id FROM parent p WHERE p.family_id IS NOT NULL AND p.id IN " \
  "(SELECT t.parent_id FROM activity a JOIN attendance t ON t.activity_id = a.id " \
  "WHERE " OK_SQL_REACHING (ACTIVITY, from, until) ")"

GdaDataModel *_ok_store_select       (OkStore     *self,
                                      const char  *sql,
                                      GError     **error,
                                      ...) G_GNUC_NULL_TERMINATED;
GdaDataModel *_ok_store_select_valist (OkStore    *self,
                                      const char  *sql,
                                      GError     **error,
                                      va_list      args);
gint64        _ok_store_execute      (OkStore     *self,
                                      const char  *sql,
                                      GError     **error,
                                      ...) G_GNUC_NULL_TERMINATED;
gint64        _ok_store_insert       (OkStore     *self,
                                      const char  *sql,
                                      GError     **error,
                                      ...) G_GNUC_NULL_TERMINATED;
/* The same with the parameters as arrays, for statements built from a
 * table description. Every value must be set: write NULL into the SQL. */
gint64        _ok_store_execute_values (OkStore            *self,
                                      const char          *sql,
                                      guint                n_values,
                                      const char * const  *names,
                                      const GValue        *values,
                                      GError             **error);
gint64        _ok_store_insert_values (OkStore             *self,
                                      const char          *sql,
                                      guint                n_values,
                                      const char * const  *names,
                                      const GValue        *values,
                                      GError             **error);
gboolean      _ok_store_select_int64 (OkStore     *self,
                                      gint64      *result,
                                      const char  *sql,
                                      GError     **error,
                                      ...) G_GNUC_NULL_TERMINATED;

GdaConnection *_ok_store_get_connection (OkStore  *self);
GdaSqlParser  *_ok_store_get_parser     (OkStore  *self);
/* Turns a libgda failure into an OK_STORE_ERROR, telling broken rules
 * (OK_STORE_ERROR_CONSTRAINT) apart, and dooms an open transaction. */
void           _ok_store_propagate_error (OkStore     *self,
                                          GError      *gda_error,
                                          GError     **error);

/* Reading values out of a result; NULL reads as NULL, 0 or FALSE. */
const char   *_ok_rows_string        (GdaDataModel *model,
                                      int           row,
                                      int           column);
char         *_ok_rows_dup_string    (GdaDataModel *model,
                                      int           row,
                                      int           column);
gint64        _ok_rows_int64         (GdaDataModel *model,
                                      int           row,
                                      int           column);
double        _ok_rows_double        (GdaDataModel *model,
                                      int           row,
                                      int           column);
gboolean      _ok_rows_is_null       (GdaDataModel *model,
                                      int           row,
                                      int           column);
gint64        _ok_value_int64        (const GValue *value);

char        **_ok_strv_from_list     (const char   *list);
char         *_ok_strv_to_list       (const char * const *strv);

G_END_DECLS

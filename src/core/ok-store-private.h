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

/* Checks and errors shared by the files that read and write one kind of
 * row; what names the kind in a message ("parent"), translated. */
gboolean      _ok_store_require_text (const char  *text,
                                      const char  *what,
                                      GError     **error);
/* Lower-case letters and hyphens, 2 to 8 of them: "nl", "zh-hant". */
gboolean      _ok_store_is_language_code (const char *code);
/* Sets OK_STORE_ERROR_NOT_FOUND ("There is no parent with id 3"), returns FALSE. */
gboolean      _ok_store_set_not_found (GError     **error,
                                      const char  *what,
                                      gint64       id);
/* For what an UPDATE or DELETE of the row with that id returned: FALSE
 * when it failed, or changed no row (then with OK_STORE_ERROR_NOT_FOUND). */
gboolean      _ok_store_check_found  (gint64       rows,
                                      const char  *what,
                                      gint64       id,
                                      GError     **error);
/* The row that sql, whose one parameter is ##id::gint64, selects for that
 * id; NULL with OK_STORE_ERROR_NOT_FOUND when there is none. */
GdaDataModel *_ok_store_select_by_id (OkStore     *self,
                                      const char  *sql,
                                      const char  *what,
                                      gint64       id,
                                      GError     **error);
/* school_id, or the store's current school when it is 0 or less. */
gint64        _ok_store_school_or_current (OkStore *self,
                                           gint64   school_id);

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
/* Each row as an object made by from_row, in an array that owns them. */
typedef gpointer (*OkRowFunc) (GdaDataModel *model,
                               int           row);
GPtrArray    *_ok_rows_to_objects    (GdaDataModel *model,
                                      OkRowFunc     from_row);

char        **_ok_strv_from_list     (const char   *list);
char         *_ok_strv_to_list       (const char * const *strv);

G_END_DECLS

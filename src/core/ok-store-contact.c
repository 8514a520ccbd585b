/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Contact parents, what they cover, contact moments and a family's
 * attendance history. */
#define G_LOG_DOMAIN "ok-store-contact"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "ok-date-text.h"
#include "ok-store-contact.h"
#include "ok-store-private.h"
#include "ok-store-reach.h"
#include "ok-text.h"
#include "ok-time.h"

static const char * const coverage_kinds[] = { "family", "language", "group" };

static char *
today_text (void)
{
  g_autoptr(GDate) today = ok_date_today ();

  return ok_date_format (today);
}

/* Contact parents */

static GPtrArray *
contact_parents_from_rows (OkStore       *store,
                           GdaDataModel  *model,
                           GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GdaDataModel) coverage = NULL;

  coverage = _ok_store_select (store,
                               "SELECT c.contact_parent_id, c.kind, c.value FROM contact_parent_coverage c "
                               "JOIN contact_parent cp ON cp.id = c.contact_parent_id "
                               "WHERE cp.school_id = ##school::gint64 AND c.kind <> 'family' ORDER BY c.id",
                               error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (coverage == NULL)
    return NULL;

  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      OkContactParent *cp = ok_contact_parent_new ();
      gint64 id = _ok_rows_int64 (model, i, 0);
      g_autoptr(GStrvBuilder) languages = g_strv_builder_new ();
      g_autoptr(GStrvBuilder) groups = g_strv_builder_new ();
      g_auto(GStrv) language_list = NULL;
      g_auto(GStrv) group_list = NULL;

      ok_contact_parent_set_id (cp, id);
      ok_contact_parent_set_school_id (cp, _ok_rows_int64 (model, i, 1));
      ok_contact_parent_set_parent_id (cp, _ok_rows_int64 (model, i, 2));
      ok_contact_parent_set_name (cp, _ok_rows_string (model, i, 3));
      ok_contact_parent_set_phone (cp, _ok_rows_string (model, i, 4));
      ok_contact_parent_set_notes (cp, _ok_rows_string (model, i, 5));

      for (int j = 0; j < gda_data_model_get_n_rows (coverage); j++)
        {
          if (_ok_rows_int64 (coverage, j, 0) != id)
            continue;
          if (g_strcmp0 (_ok_rows_string (coverage, j, 1), "language") == 0)
            g_strv_builder_add (languages, _ok_rows_string (coverage, j, 2));
          else
            g_strv_builder_add (groups, _ok_rows_string (coverage, j, 2));
        }
      language_list = g_strv_builder_end (languages);
      group_list = g_strv_builder_end (groups);
      ok_contact_parent_set_languages (cp, (const char * const *) language_list);
      ok_contact_parent_set_groups (cp, (const char * const *) group_list);
      g_ptr_array_add (list, cp);
    }
  return g_steal_pointer (&list);
}

#define CONTACT_PARENT_COLUMNS "cp.id, cp.school_id, cp.parent_id, p.name, p.phone, cp.notes"

GPtrArray *
ok_store_contact_parent_list (OkStore  *store,
                              GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select (store,
                            "SELECT " CONTACT_PARENT_COLUMNS " FROM contact_parent cp "
                            "JOIN parent p ON p.id = cp.parent_id "
                            "WHERE cp.school_id = ##school::gint64 ORDER BY p.name, cp.id",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return NULL;
  return contact_parents_from_rows (store, model, error);
}

OkContactParent *
ok_store_contact_parent_get (OkStore  *store,
                             gint64    id,
                             GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GPtrArray) list = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select (store,
                            "SELECT " CONTACT_PARENT_COLUMNS " FROM contact_parent cp "
                            "JOIN parent p ON p.id = cp.parent_id WHERE cp.id = ##id::gint64",
                            error, "id", G_TYPE_INT64, id, NULL);
  if (model == NULL)
    return NULL;
  list = contact_parents_from_rows (store, model, error);
  if (list == NULL)
    return NULL;
  if (list->len == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no contact parent with id %" PRId64), id);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (list, 0));
}

gint64
ok_store_contact_parent_find (OkStore  *store,
                              gint64    parent_id,
                              GError  **error)
{
  gint64 id = 0;

  g_return_val_if_fail (OK_IS_STORE (store), -1);

  if (!_ok_store_select_int64 (store, &id,
                               "SELECT id FROM contact_parent WHERE parent_id = ##parent::gint64",
                               error, "parent", G_TYPE_INT64, parent_id, NULL))
    return -1;
  return id;
}

gint64
ok_store_contact_parent_add (OkStore     *store,
                             gint64       parent_id,
                             const char  *notes,
                             GError     **error)
{
  g_autofree char *now = ok_time_now_utc ();
  gint64 school = 0;

  g_return_val_if_fail (OK_IS_STORE (store), -1);

  if (!_ok_store_select_int64 (store, &school, "SELECT school_id FROM parent WHERE id = ##id::gint64",
                               error, "id", G_TYPE_INT64, parent_id, NULL))
    return -1;
  if (school == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no parent with id %" PRId64), parent_id);
      return -1;
    }
  if (ok_store_contact_parent_find (store, parent_id, NULL) > 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_CONSTRAINT,
                   _("This parent is already a contact parent"));
      return -1;
    }
  return _ok_store_insert (store,
                           "INSERT INTO contact_parent (school_id, parent_id, notes, created_at) "
                           "VALUES (##school::gint64, ##parent::gint64, ##notes::string::null, ##now::string)",
                           error, "school", G_TYPE_INT64, school, "parent", G_TYPE_INT64, parent_id,
                           "notes", G_TYPE_STRING, notes, "now", G_TYPE_STRING, now, NULL);
}

gboolean
ok_store_contact_parent_remove (OkStore  *store,
                                gint64    id,
                                GError  **error)
{
  gint64 rows;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  rows = _ok_store_execute (store, "DELETE FROM contact_parent WHERE id = ##id::gint64",
                            error, "id", G_TYPE_INT64, id, NULL);
  if (rows < 0)
    return FALSE;
  if (rows == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no contact parent with id %" PRId64), id);
      return FALSE;
    }
  return TRUE;
}

/* Coverage */

static gboolean
check_coverage (OkCoverageKind   kind,
                gint64           family_id,
                const char      *value,
                GError         **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (value != NULL ? value : ""));

  if (kind == OK_COVERAGE_FAMILY ? family_id <= 0 : *stripped == '\0')
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   kind == OK_COVERAGE_FAMILY ? _("Choose the family the contact parent covers")
                   : kind == OK_COVERAGE_LANGUAGE ? _("Choose the language the contact parent covers")
                   : _("Choose the group the contact parent covers"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ok_store_coverage_add (OkStore         *store,
                       gint64           contact_parent_id,
                       OkCoverageKind   kind,
                       gint64           family_id,
                       const char      *value,
                       GError         **error)
{
  gint64 exists = 0;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind <= OK_COVERAGE_GROUP, FALSE);

  if (!check_coverage (kind, family_id, value, error))
    return FALSE;
  if (kind == OK_COVERAGE_FAMILY)
    value = NULL;
  else
    family_id = 0;

  /* UNIQUE treats NULLs as distinct, so a second identical row would slip
   * through it. */
  if (!_ok_store_select_int64 (store, &exists,
                               "SELECT count(*) FROM contact_parent_coverage "
                               "WHERE contact_parent_id = ##cp::gint64 AND kind = ##kind::string "
                               "AND (family_id = ##family::gint64 OR value = ##value::string)",
                               error, "cp", G_TYPE_INT64, contact_parent_id,
                               "kind", G_TYPE_STRING, coverage_kinds[kind],
                               "family", G_TYPE_INT64, family_id,
                               "value", G_TYPE_STRING, value != NULL ? value : "", NULL))
    return FALSE;
  if (exists > 0)
    return TRUE;

  return _ok_store_execute (store,
                            "INSERT INTO contact_parent_coverage (contact_parent_id, kind, family_id, value) "
                            "VALUES (##cp::gint64, ##kind::string, ##family::gint64::null, "
                            "##value::string::null)",
                            error, "cp", G_TYPE_INT64, contact_parent_id,
                            "kind", G_TYPE_STRING, coverage_kinds[kind],
                            "family", OK_TYPE_ID, family_id,
                            "value", G_TYPE_STRING, value, NULL) >= 0;
}

gboolean
ok_store_coverage_remove (OkStore         *store,
                          gint64           contact_parent_id,
                          OkCoverageKind   kind,
                          gint64           family_id,
                          const char      *value,
                          GError         **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind <= OK_COVERAGE_GROUP, FALSE);

  return _ok_store_execute (store,
                            "DELETE FROM contact_parent_coverage WHERE contact_parent_id = ##cp::gint64 "
                            "AND kind = ##kind::string AND (family_id = ##family::gint64 OR value = ##value::string)",
                            error, "cp", G_TYPE_INT64, contact_parent_id,
                            "kind", G_TYPE_STRING, coverage_kinds[kind],
                            "family", G_TYPE_INT64, kind == OK_COVERAGE_FAMILY ? family_id : 0,
                            "value", G_TYPE_STRING, kind == OK_COVERAGE_FAMILY || value == NULL ? "" : value,
                            NULL) >= 0;
}

/* The families of the school in a contact parent's coverage; ##cp and
 * ##today are its parameters. */
#define COVERED \
  "(f.id IN (SELECT c.family_id FROM contact_parent_coverage c " \
  "WHERE c.contact_parent_id = ##cp::gint64 AND c.kind = 'family') " \
  "OR f.id IN (SELECT l.family_id FROM family_language l " \
  "JOIN contact_parent_coverage c ON c.value = l.code " \
  "WHERE c.contact_parent_id = ##cp::gint64 AND c.kind = 'language') " \
  "OR f.id IN (SELECT ch.family_id FROM child ch " \
  "JOIN contact_parent_coverage c ON c.value = ch.group_name " \
  "WHERE c.contact_parent_id = ##cp::gint64 AND c.kind = 'group' " \
  "AND (ch.enrolled_until IS NULL OR ch.enrolled_until >= ##today::string)))"

#define NAMED \
  "(f.id IN (SELECT c.family_id FROM contact_parent_coverage c " \
  "WHERE c.contact_parent_id = ##cp::gint64 AND c.kind = 'family'))"

/* The last start of an activity that reached the family, for showing. */
#define LAST_ATTENDED \
  "(SELECT max(a.starts_at) FROM attendance t JOIN parent p ON p.id = t.parent_id " \
  "JOIN activity a ON a.id = t.activity_id WHERE p.family_id = f.id AND t.status = 'present' " \
  "AND a.status <> 'cancelled')"

/* Whether the family was reached in [##from, ##until). */
#define REACHED_IN_PERIOD \
  "CASE WHEN f.id IN (" OK_SQL_REACHED_FAMILIES ("a.school_id = f.school_id", "##from::string", \
                                                 "##until::string") ") THEN 1 ELSE 0 END"

typedef struct {
  const char *families;
  const char *parents;
  const char *languages;
  gboolean uses_today;
} SummaryQueries;

/* Only the families query of the covered ones counts reach. */
static const SummaryQueries covered_queries = {
  "SELECT f.id, f.name, f.interpreter_needed, " LAST_ATTENDED ", " REACHED_IN_PERIOD " FROM family f "
  "WHERE f.school_id = ##school::gint64 AND f.erased = 0 AND " COVERED,
  "SELECT p.family_id, p.name, p.phone FROM parent p JOIN family f ON f.id = p.family_id "
  "WHERE f.school_id = ##school::gint64 AND f.erased = 0 AND " COVERED " ORDER BY p.id",
  "SELECT l.family_id, l.code FROM family_language l JOIN family f ON f.id = l.family_id "
  "WHERE f.school_id = ##school::gint64 AND f.erased = 0 AND " COVERED " ORDER BY l.family_id, l.position",
  TRUE,
};

static const SummaryQueries named_queries = {
  "SELECT f.id, f.name, f.interpreter_needed, " LAST_ATTENDED ", 0 FROM family f "
  "WHERE f.school_id = ##school::gint64 AND f.erased = 0 AND " NAMED,
  "SELECT p.family_id, p.name, p.phone FROM parent p JOIN family f ON f.id = p.family_id "
  "WHERE f.school_id = ##school::gint64 AND f.erased = 0 AND " NAMED " ORDER BY p.id",
  "SELECT l.family_id, l.code FROM family_language l JOIN family f ON f.id = l.family_id "
  "WHERE f.school_id = ##school::gint64 AND f.erased = 0 AND " NAMED " ORDER BY l.family_id, l.position",
  FALSE,
};

/* from and until are bound when given: the period of REACHED_IN_PERIOD. */
static GdaDataModel *
select_covered (OkStore     *store,
                const char  *sql,
                gboolean     uses_today,
                gint64       contact_parent_id,
                const char  *from,
                const char  *until,
                GError     **error)
{
  g_autofree char *today = today_text ();
  gint64 school = ok_store_get_school_id (store);

  if (from != NULL)
    return _ok_store_select (store, sql, error, "school", G_TYPE_INT64, school,
                             "cp", G_TYPE_INT64, contact_parent_id,
                             "today", G_TYPE_STRING, today,
                             "from", G_TYPE_STRING, from, "until", G_TYPE_STRING, until, NULL);
  if (uses_today)
    return _ok_store_select (store, sql, error, "school", G_TYPE_INT64, school,
                             "cp", G_TYPE_INT64, contact_parent_id,
                             "today", G_TYPE_STRING, today, NULL);
  return _ok_store_select (store, sql, error, "school", G_TYPE_INT64, school,
                           "cp", G_TYPE_INT64, contact_parent_id, NULL);
}

typedef struct {
  gint64 id;
  const char *name;
  gboolean interpreter;
  gboolean reached;
  const char *last_reached;
  GString *parents;
  char *phone;
  GPtrArray *languages;
} SummaryDraft;

static void
summary_draft_free (SummaryDraft *draft)
{
  g_string_free (draft->parents, TRUE);
  g_free (draft->phone);
  g_ptr_array_unref (draft->languages);
  g_free (draft);
}

static int
compare_summaries (gconstpointer a,
                   gconstpointer b)
{
  OkFamilySummary *x = *(OkFamilySummary * const *) a;
  OkFamilySummary *y = *(OkFamilySummary * const *) b;
  g_autofree char *fx = ok_text_fold (ok_family_summary_get_name (x));
  g_autofree char *fy = ok_text_fold (ok_family_summary_get_name (y));
  int c = strcmp (fx, fy);

  if (c != 0)
    return c;
  return ok_family_summary_get_id (x) < ok_family_summary_get_id (y) ? -1 : 1;
}

static GPtrArray *
load_summaries (OkStore              *store,
                const SummaryQueries *queries,
                gint64                contact_parent_id,
                const OkReportPeriod *period,
                gboolean              only_not_reached,
                GError              **error)
{
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  g_autoptr(GdaDataModel) families = NULL;
  g_autoptr(GdaDataModel) parents = NULL;
  g_autoptr(GdaDataModel) languages = NULL;
  g_autoptr(GHashTable) drafts = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GHashTableIter iter;
  gpointer value;

  if (period != NULL)
    ok_reach_period_bounds (period, &from, &until);
  families = select_covered (store, queries->families, queries->uses_today, contact_parent_id,
                             from, until, error);
  if (families == NULL)
    return NULL;
  parents = select_covered (store, queries->parents, queries->uses_today, contact_parent_id,
                            NULL, NULL, error);
  if (parents == NULL)
    return NULL;
  languages = select_covered (store, queries->languages, queries->uses_today, contact_parent_id,
                              NULL, NULL, error);
  if (languages == NULL)
    return NULL;

  drafts = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) summary_draft_free);
  for (int i = 0; i < gda_data_model_get_n_rows (families); i++)
    {
      SummaryDraft *draft = g_new0 (SummaryDraft, 1);

      draft->id = _ok_rows_int64 (families, i, 0);
      draft->name = _ok_rows_string (families, i, 1);
      draft->interpreter = _ok_rows_int64 (families, i, 2) != 0;
      draft->last_reached = _ok_rows_string (families, i, 3);
      draft->reached = _ok_rows_int64 (families, i, 4) != 0;
      draft->parents = g_string_new (NULL);
      draft->languages = g_ptr_array_new ();
      g_hash_table_insert (drafts, &draft->id, draft);
    }
  for (int i = 0; i < gda_data_model_get_n_rows (parents); i++)
    {
      gint64 id = _ok_rows_int64 (parents, i, 0);
      SummaryDraft *draft = g_hash_table_lookup (drafts, &id);

      if (draft == NULL)
        continue;
      if (draft->parents->len > 0)
        g_string_append (draft->parents, ", ");
      g_string_append (draft->parents, _ok_rows_string (parents, i, 1));
      if (draft->phone == NULL)
        draft->phone = _ok_rows_dup_string (parents, i, 2);
    }
  for (int i = 0; i < gda_data_model_get_n_rows (languages); i++)
    {
      gint64 id = _ok_rows_int64 (languages, i, 0);
      SummaryDraft *draft = g_hash_table_lookup (drafts, &id);

      if (draft != NULL)
        g_ptr_array_add (draft->languages, (gpointer) _ok_rows_string (languages, i, 1));
    }

  list = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_iter_init (&iter, drafts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      SummaryDraft *draft = value;
      g_autofree char *last_day = draft->last_reached != NULL ? g_strndup (draft->last_reached, 10) : NULL;

      if (only_not_reached && draft->reached)
        continue;
      g_ptr_array_add (draft->languages, NULL);
      g_ptr_array_add (list, ok_family_summary_new (draft->id, draft->name, draft->parents->str, NULL,
                                                    draft->phone,
                                                    (const char * const *) draft->languages->pdata,
                                                    draft->interpreter, last_day, draft->reached));
    }
  g_ptr_array_sort (list, compare_summaries);
  return g_steal_pointer (&list);
}

GPtrArray *
ok_store_contact_parent_families (OkStore               *store,
                                  gint64                 contact_parent_id,
                                  const OkReportPeriod  *period,
                                  gboolean               only_not_reached,
                                  GError               **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  return load_summaries (store, &covered_queries, contact_parent_id, period, only_not_reached, error);
}

GPtrArray *
ok_store_contact_parent_named_families (OkStore  *store,
                                        gint64    contact_parent_id,
                                        GError  **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  return load_summaries (store, &named_queries, contact_parent_id, NULL, FALSE, error);
}

gboolean
ok_store_contact_parent_counts (OkStore               *store,
                                gint64                 contact_parent_id,
                                const OkReportPeriod  *period,
                                gint64                *covered,
                                gint64                *not_reached,
                                GError               **error)
{
  g_autofree char *today = today_text ();
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  gint64 school = ok_store_get_school_id (store);

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);

  ok_reach_period_bounds (period, &from, &until);
  if (covered != NULL
      && !_ok_store_select_int64 (store, covered,
                                  "SELECT count(*) FROM family f WHERE f.school_id = ##school::gint64 "
                                  "AND f.erased = 0 AND " COVERED,
                                  error, "school", G_TYPE_INT64, school,
                                  "cp", G_TYPE_INT64, contact_parent_id,
                                  "today", G_TYPE_STRING, today, NULL))
    return FALSE;
  if (not_reached != NULL
      && !_ok_store_select_int64 (store, not_reached,
                                  "SELECT count(*) FROM family f WHERE f.school_id = ##school::gint64 "
                                  "AND f.erased = 0 AND " COVERED " AND f.id NOT IN ("
                                  OK_SQL_REACHED_FAMILIES ("a.school_id = ##school::gint64",
                                                           "##from::string", "##until::string") ")",
                                  error, "school", G_TYPE_INT64, school,
                                  "cp", G_TYPE_INT64, contact_parent_id,
                                  "today", G_TYPE_STRING, today,
                                  "from", G_TYPE_STRING, from, "until", G_TYPE_STRING, until, NULL))
    return FALSE;
  return TRUE;
}

GPtrArray *
ok_store_family_contact_parents (OkStore  *store,
                                 gint64    family_id,
                                 GError  **error)
{
  g_autofree char *today = today_text ();
  g_autoptr(GdaDataModel) model = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select (store,
                            "SELECT " CONTACT_PARENT_COLUMNS " FROM contact_parent cp "
                            "JOIN parent p ON p.id = cp.parent_id "
                            "WHERE cp.id IN (SELECT c.contact_parent_id FROM contact_parent_coverage c "
                            "WHERE (c.kind = 'family' AND c.family_id = ##family::gint64) "
                            "OR (c.kind = 'language' AND c.value IN "
                            "(SELECT code FROM family_language WHERE family_id = ##family::gint64)) "
                            "OR (c.kind = 'group' AND c.value IN (SELECT group_name FROM child "
                            "WHERE family_id = ##family::gint64 "
                            "AND (enrolled_until IS NULL OR enrolled_until >= ##today::string)))) "
                            "ORDER BY p.name, cp.id",
                            error, "family", G_TYPE_INT64, family_id, "today", G_TYPE_STRING, today, NULL);
  if (model == NULL)
    return NULL;
  return contact_parents_from_rows (store, model, error);
}

/* Contact moments */

gboolean
ok_store_contact_moment_insert (OkStore          *store,
                                OkContactMoment  *moment,
                                GError          **error)
{
  g_autofree char *now = ok_time_now_utc ();
  const char *date;
  gint64 school, id;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_CONTACT_MOMENT (moment), FALSE);

  date = ok_contact_moment_get_date (moment);
  if (!ok_date_is_valid_text (date))
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("The date of the contact “%s” is not a date (use YYYY-MM-DD)"), date ? date : "");
      return FALSE;
    }
  if (ok_contact_moment_get_family_id (moment) <= 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("A contact moment must belong to a family"));
      return FALSE;
    }

  school = ok_contact_moment_get_school_id (moment) > 0
           ? ok_contact_moment_get_school_id (moment) : ok_store_get_school_id (store);
  id = _ok_store_insert (store,
                         "INSERT INTO contact_moment (school_id, family_id, parent_id, contact_parent_id, "
                         "activity_id, by_name, channel, happened_on, note, template, language, created_at) "
                         "VALUES (##school::gint64, ##family::gint64, ##parent::gint64::null, "
                         "##cp::gint64::null, ##activity::gint64::null, ##by::string::null, "
                         "##channel::string, ##date::string, ##note::string::null, "
                         "##template::string::null, ##language::string::null, ##now::string)",
                         error,
                         "school", G_TYPE_INT64, school,
                         "family", G_TYPE_INT64, ok_contact_moment_get_family_id (moment),
                         "parent", OK_TYPE_ID, ok_contact_moment_get_parent_id (moment),
                         "cp", OK_TYPE_ID, ok_contact_moment_get_contact_parent_id (moment),
                         "activity", OK_TYPE_ID, ok_contact_moment_get_activity_id (moment),
                         "by", G_TYPE_STRING, ok_contact_moment_get_by_name (moment),
                         "channel", G_TYPE_STRING,
                         ok_enum_to_nick (OK_TYPE_CHANNEL, ok_contact_moment_get_channel (moment)),
                         "date", G_TYPE_STRING, date,
                         "note", G_TYPE_STRING, ok_contact_moment_get_note (moment),
                         "template", G_TYPE_STRING, ok_contact_moment_get_template (moment),
                         "language", G_TYPE_STRING, ok_contact_moment_get_language (moment),
                         "now", G_TYPE_STRING, now, NULL);
  if (id <= 0)
    return FALSE;
  ok_contact_moment_set_id (moment, id);
  ok_contact_moment_set_school_id (moment, school);
  return TRUE;
}

gboolean
ok_store_contact_moment_delete (OkStore  *store,
                                gint64    id,
                                GError  **error)
{
  gint64 rows;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  rows = _ok_store_execute (store, "DELETE FROM contact_moment WHERE id = ##id::gint64",
                            error, "id", G_TYPE_INT64, id, NULL);
  if (rows < 0)
    return FALSE;
  if (rows == 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
                   _("There is no contact moment with id %" PRId64), id);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
ok_store_contact_moment_list (OkStore  *store,
                              gint64    family_id,
                              GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  GPtrArray *list;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select (store,
                            "SELECT id, school_id, family_id, parent_id, contact_parent_id, by_name, "
                            "channel, happened_on, note, template, language, activity_id FROM contact_moment "
                            "WHERE family_id = ##family::gint64 ORDER BY happened_on DESC, id DESC",
                            error, "family", G_TYPE_INT64, family_id, NULL);
  if (model == NULL)
    return NULL;

  list = g_ptr_array_new_full (gda_data_model_get_n_rows (model), g_object_unref);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      OkContactMoment *moment = ok_contact_moment_new ();
      int channel = OK_CHANNEL_PHONE;

      ok_enum_from_nick (OK_TYPE_CHANNEL, _ok_rows_string (model, i, 6), &channel);
      ok_contact_moment_set_id (moment, _ok_rows_int64 (model, i, 0));
      ok_contact_moment_set_school_id (moment, _ok_rows_int64 (model, i, 1));
      ok_contact_moment_set_family_id (moment, _ok_rows_int64 (model, i, 2));
      ok_contact_moment_set_parent_id (moment, _ok_rows_int64 (model, i, 3));
      ok_contact_moment_set_contact_parent_id (moment, _ok_rows_int64 (model, i, 4));
      ok_contact_moment_set_by_name (moment, _ok_rows_string (model, i, 5));
      ok_contact_moment_set_channel (moment, channel);
      ok_contact_moment_set_date (moment, _ok_rows_string (model, i, 7));
      ok_contact_moment_set_note (moment, _ok_rows_string (model, i, 8));
      ok_contact_moment_set_template (moment, _ok_rows_string (model, i, 9));
      ok_contact_moment_set_language (moment, _ok_rows_string (model, i, 10));
      ok_contact_moment_set_activity_id (moment, _ok_rows_int64 (model, i, 11));
      g_ptr_array_add (list, moment);
    }
  return list;
}

/* Attendance history */

GPtrArray *
ok_store_family_attendance (OkStore  *store,
                            gint64    family_id,
                            GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  GPtrArray *list;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select (store,
                            "SELECT a.id, a.title, a.kind, a.starts_at, p.id, p.name, t.status, t.walk_in "
                            "FROM attendance t JOIN parent p ON p.id = t.parent_id "
                            "JOIN activity a ON a.id = t.activity_id "
                            "WHERE p.family_id = ##family::gint64 ORDER BY a.starts_at DESC, a.id, p.id",
                            error, "family", G_TYPE_INT64, family_id, NULL);
  if (model == NULL)
    return NULL;

  list = g_ptr_array_new_full (gda_data_model_get_n_rows (model), g_object_unref);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      g_autoptr(GDateTime) starts = ok_time_parse_local (_ok_rows_string (model, i, 3));
      int kind = OK_ACTIVITY_KIND_OTHER, status = OK_ATTENDANCE_STATUS_INVITED;

      ok_enum_from_nick (OK_TYPE_ACTIVITY_KIND, _ok_rows_string (model, i, 2), &kind);
      ok_enum_from_nick (OK_TYPE_ATTENDANCE_STATUS, _ok_rows_string (model, i, 6), &status);
      g_ptr_array_add (list, ok_attendance_entry_new (_ok_rows_int64 (model, i, 0),
                                                      _ok_rows_string (model, i, 1), kind, starts,
                                                      _ok_rows_int64 (model, i, 4),
                                                      _ok_rows_string (model, i, 5), status,
                                                      _ok_rows_int64 (model, i, 7) != 0));
    }
  return list;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The queries of the door: who is expected and who is here, and the
 * summary afterwards; the marks are in ok-store-checkin-mark.c. The SQL is
 * the same on SQLite and PostgreSQL. */
#define G_LOG_DOMAIN "ok-store-checkin"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-store-activity.h"
#include "ok-store-checkin-private.h"
#include "ok-time.h"

/* An activity without an end time is taken to last this long. */
#define DEFAULT_MINUTES 120
/* The door opens this long before the start. */
#define EARLY_MINUTES 30

void
_ok_activity_basics_clear (OkActivityBasics *basics)
{
  g_free (basics->starts_at);
  g_free (basics->status);
}

gboolean
_ok_store_set_no_activity (GError **error,
                           gint64   activity_id)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, activity_id);

  g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND, _("There is no activity with id %s"), id);
  return FALSE;
}

gboolean
_ok_store_load_activity_basics (OkStore           *store,
                                gint64             activity_id,
                                OkActivityBasics  *basics,
                                GError           **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select (store,
                            "SELECT school_id, starts_at, status FROM activity WHERE id = ##id::gint64",
                            error, "id", G_TYPE_INT64, activity_id, NULL);
  if (model == NULL)
    return FALSE;
  if (gda_data_model_get_n_rows (model) == 0)
    return _ok_store_set_no_activity (error, activity_id);
  basics->school_id = _ok_rows_int64 (model, 0, 0);
  basics->starts_at = _ok_rows_dup_string (model, 0, 1);
  basics->status = _ok_rows_dup_string (model, 0, 2);
  return TRUE;
}

/* 1 August of the school year the activity falls in: "new pupils" are
 * those enrolled since then. */
static char *
school_year_start (const char *starts_at)
{
  int year = (int) g_ascii_strtoll (starts_at, NULL, 10);
  int month = (int) g_ascii_strtoll (starts_at + 5, NULL, 10);

  return g_strdup_printf ("%04d-08-01", month >= 8 ? year : year - 1);
}

static int
status_from_nick (const char *nick)
{
  int status = OK_CHECKIN_STATUS_NONE;

  if (nick == NULL || !ok_enum_from_nick (OK_TYPE_ATTENDANCE_STATUS, nick, &status))
    return OK_CHECKIN_STATUS_NONE;
  return status;
}

/* parent id → OkCheckinReason, the best reason when there are several. */
static GHashTable *
expected_reasons (OkStore                 *store,
                  gint64                   activity_id,
                  const OkActivityBasics  *basics,
                  GError                 **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autofree char *year_start = school_year_start (basics->starts_at);
  GHashTable *reasons;

  /* "All parents" and "fathers" add nobody here: the whole school is what
   * the search is for, and the database does not know who is a father. */
  model = _ok_store_select (store,
                            "SELECT t.parent_id, CASE WHEN t.status = 'registered' "
                            "OR t.prior_status = 'registered' THEN 1 ELSE 2 END "
                            "FROM attendance t WHERE t.activity_id = ##activity::gint64 "
                            "AND (t.status IN ('registered', 'invited') "
                            "OR (t.status IN ('present', 'no-show') "
                            "AND t.prior_status IN ('registered', 'invited'))) "
                            "UNION ALL "
                            "SELECT p.id, 3 FROM activity a "
                            "JOIN child c ON c.school_id = a.school_id "
                            "JOIN parent p ON p.family_id = c.family_id "
                            "WHERE a.id = ##activity::gint64 "
                            "AND (c.enrolled_until IS NULL OR c.enrolled_until >= substr(a.starts_at, 1, 10)) "
                            "AND ((a.target_group = 'groups' "
                            "AND (',' || a.target_groups || ',') LIKE ('%,' || c.group_name || ',%')) "
                            "OR (a.target_group = 'new-parents' AND c.enrolled_from >= ##year_start::string)) "
                            "UNION ALL "
                            "SELECT t.parent_id, 4 FROM attendance t WHERE t.status = 'present' "
                            "AND t.activity_id = (SELECT b.id FROM activity a "
                            "JOIN activity b ON b.series_id = a.series_id "
                            "WHERE a.id = ##activity::gint64 AND b.status <> 'cancelled' "
                            "AND b.starts_at < a.starts_at ORDER BY b.starts_at DESC LIMIT 1)",
                            error,
                            "activity", G_TYPE_INT64, activity_id,
                            "year_start", G_TYPE_STRING, year_start, NULL);
  if (model == NULL)
    return NULL;

  reasons = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      gint64 parent_id = _ok_rows_int64 (model, i, 0);
      int reason = (int) _ok_rows_int64 (model, i, 1);
      int known = GPOINTER_TO_INT (g_hash_table_lookup (reasons, &parent_id));

      if (known == 0 || reason < known)
        g_hash_table_replace (reasons, g_memdup2 (&parent_id, sizeof parent_id), GINT_TO_POINTER (reason));
    }
  return reasons;
}

typedef struct {
  GString *shown;
  GString *names;
} Children;

static void
children_free (Children *children)
{
  g_string_free (children->shown, TRUE);
  g_string_free (children->names, TRUE);
  g_free (children);
}

/* family id → Children, of the children enrolled on the activity's day. */
static GHashTable *
load_children (OkStore  *store,
               gint64    activity_id,
               GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  GHashTable *families;

  model = _ok_store_select (store,
                            "SELECT c.family_id, c.first_name, c.infix, c.last_name, c.group_name "
                            "FROM activity a JOIN child c ON c.school_id = a.school_id "
                            "WHERE a.id = ##activity::gint64 AND (c.enrolled_until IS NULL "
                            "OR c.enrolled_until >= substr(a.starts_at, 1, 10)) "
                            "ORDER BY c.family_id, c.id",
                            error, "activity", G_TYPE_INT64, activity_id, NULL);
  if (model == NULL)
    return NULL;

  families = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) children_free);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      gint64 family_id = _ok_rows_int64 (model, i, 0);
      const char *first = _ok_rows_string (model, i, 1);
      const char *infix = _ok_rows_string (model, i, 2);
      const char *last = _ok_rows_string (model, i, 3);
      const char *group = _ok_rows_string (model, i, 4);
      Children *children = g_hash_table_lookup (families, &family_id);

      if (children == NULL)
        {
          children = g_new0 (Children, 1);
          children->shown = g_string_new (NULL);
          children->names = g_string_new (NULL);
          g_hash_table_insert (families, g_memdup2 (&family_id, sizeof family_id), children);
        }
      if (children->shown->len > 0)
        g_string_append (children->shown, ", ");
      if (group != NULL && *group != '\0')
        /* Translators: a pupil's first name and their group (class) */
        g_string_append_printf (children->shown, _("%s (group %s)"), first, group);
      else
        g_string_append (children->shown, first);
      g_string_append_printf (children->names, "%s %s %s %s ", first, infix != NULL ? infix : "",
                              last, group != NULL ? group : "");
    }
  return families;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return ok_checkin_entry_compare (*(OkCheckinEntry **) a, *(OkCheckinEntry **) b);
}

GPtrArray *
ok_store_checkin_people (OkStore  *store,
                         gint64    activity_id,
                         GError  **error)
{
  g_auto(OkActivityBasics) basics = { 0 };
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GHashTable) reasons = NULL;
  g_autoptr(GHashTable) children = NULL;
  g_autoptr(GHashTable) family_sizes = NULL;
  g_autoptr(GPtrArray) people = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  if (!_ok_store_load_activity_basics (store, activity_id, &basics, error))
    return NULL;
  reasons = expected_reasons (store, activity_id, &basics, error);
  if (reasons == NULL)
    return NULL;
  children = load_children (store, activity_id, error);
  if (children == NULL)
    return NULL;

  model = _ok_store_select (store,
                            "SELECT p.id, p.family_id, p.name, p.home_language, "
                            "(SELECT fl.code FROM family_language fl WHERE fl.family_id = p.family_id "
                            "AND fl.position = 0), t.status, t.walk_in, t.recorded_at "
                            "FROM activity a JOIN parent p ON p.school_id = a.school_id "
                            "LEFT JOIN family f ON f.id = p.family_id "
                            "LEFT JOIN attendance t ON t.activity_id = a.id AND t.parent_id = p.id "
                            "WHERE a.id = ##activity::gint64 AND (f.id IS NULL OR f.erased = 0)",
                            error, "activity", G_TYPE_INT64, activity_id, NULL);
  if (model == NULL)
    return NULL;

  family_sizes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  people = g_ptr_array_new_full (gda_data_model_get_n_rows (model), g_object_unref);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      gint64 parent_id = _ok_rows_int64 (model, i, 0);
      gint64 family_id = _ok_rows_int64 (model, i, 1);
      OkCheckinEntry *entry = ok_checkin_entry_new (parent_id);
      const char *language = _ok_rows_string (model, i, 3);
      int status = status_from_nick (_ok_rows_string (model, i, 5));
      OkCheckinReason reason = GPOINTER_TO_INT (g_hash_table_lookup (reasons, &parent_id));
      Children *kids = family_id > 0 ? g_hash_table_lookup (children, &family_id) : NULL;

      /* Who sent word they cannot come is not expected any more. */
      if (status == OK_ATTENDANCE_STATUS_EXCUSED)
        reason = OK_CHECKIN_REASON_NONE;

      ok_checkin_entry_set_family_id (entry, family_id);
      ok_checkin_entry_set_name (entry, _ok_rows_string (model, i, 2));
      ok_checkin_entry_set_home_language (entry, language != NULL ? language : _ok_rows_string (model, i, 4));
      ok_checkin_entry_set_status (entry, status);
      ok_checkin_entry_set_walk_in (entry, _ok_rows_int64 (model, i, 6) != 0);
      ok_checkin_entry_set_recorded_at (entry, _ok_rows_string (model, i, 7));
      ok_checkin_entry_set_reason (entry, reason);
      if (kids != NULL)
        ok_checkin_entry_set_children (entry, kids->shown->str, kids->names->str);
      if (family_id > 0)
        {
          guint size = GPOINTER_TO_UINT (g_hash_table_lookup (family_sizes, &family_id));

          g_hash_table_replace (family_sizes, g_memdup2 (&family_id, sizeof family_id),
                                GUINT_TO_POINTER (size + 1));
        }
      g_ptr_array_add (people, entry);
    }

  for (guint i = 0; i < people->len; i++)
    {
      OkCheckinEntry *entry = g_ptr_array_index (people, i);
      gint64 family_id = ok_checkin_entry_get_family_id (entry);

      ok_checkin_entry_set_family_size (entry, family_id > 0
                                        ? GPOINTER_TO_UINT (g_hash_table_lookup (family_sizes, &family_id))
                                        : 1);
    }

  g_ptr_array_sort (people, compare_entries);
  return g_steal_pointer (&people);
}

GPtrArray *
ok_store_checkin_expected (OkStore  *store,
                           gint64    activity_id,
                           GError  **error)
{
  g_autoptr(GPtrArray) people = ok_store_checkin_people (store, activity_id, error);
  GPtrArray *expected;

  if (people == NULL)
    return NULL;
  expected = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < people->len; i++)
    {
      OkCheckinEntry *entry = g_ptr_array_index (people, i);

      if (ok_checkin_entry_get_reason (entry) != OK_CHECKIN_REASON_NONE)
        g_ptr_array_add (expected, g_object_ref (entry));
    }
  return expected;
}

typedef struct {
  OkCheckinEntry *entry;
  guint score;
} Scored;

static int
compare_scored (gconstpointer a,
                gconstpointer b)
{
  const Scored *sa = a, *sb = b;

  if (sa->score != sb->score)
    return sa->score > sb->score ? -1 : 1;
  return ok_checkin_entry_compare (sa->entry, sb->entry);
}

GPtrArray *
ok_checkin_search_entries (GPtrArray  *people,
                           const char *query,
                           guint       limit)
{
  g_auto(GStrv) tokens = ok_checkin_query_tokens (query);
  g_autoptr(GArray) scored = g_array_new (FALSE, FALSE, sizeof (Scored));
  GPtrArray *results = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (people != NULL, results);

  for (guint i = 0; i < people->len; i++)
    {
      Scored s = { g_ptr_array_index (people, i), 0 };

      s.score = ok_checkin_entry_match (s.entry, (const char * const *) tokens);
      if (s.score > 0)
        g_array_append_val (scored, s);
    }
  g_array_sort (scored, compare_scored);
  for (guint i = 0; i < scored->len && (limit == 0 || i < limit); i++)
    g_ptr_array_add (results, g_object_ref (g_array_index (scored, Scored, i).entry));
  return results;
}

GPtrArray *
ok_store_checkin_search (OkStore     *store,
                         gint64       activity_id,
                         const char  *query,
                         guint        limit,
                         GError     **error)
{
  g_autoptr(GPtrArray) people = ok_store_checkin_people (store, activity_id, error);

  if (people == NULL)
    return NULL;
  return ok_checkin_search_entries (people, query, limit);
}
gboolean
ok_store_checkin_summary (OkStore           *store,
                          gint64             activity_id,
                          OkCheckinSummary  *summary,
                          GError           **error)
{
  g_auto(OkActivityBasics) basics = { 0 };
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GHashTable) reasons = NULL;
  g_autoptr(GdaDataModel) statuses = NULL;
  gint64 guests = 0, first_time = 0;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  *summary = (OkCheckinSummary) { 0 };
  if (!_ok_store_load_activity_basics (store, activity_id, &basics, error))
    return FALSE;

  model = _ok_store_select (store,
                            "SELECT "
                            "sum(CASE WHEN status = 'present' THEN 1 ELSE 0 END), "
                            "sum(CASE WHEN status = 'present' AND walk_in = 1 THEN 1 ELSE 0 END), "
                            "sum(CASE WHEN status = 'excused' THEN 1 ELSE 0 END), "
                            "sum(CASE WHEN status = 'no-show' THEN 1 ELSE 0 END) "
                            "FROM attendance WHERE activity_id = ##activity::gint64",
                            error, "activity", G_TYPE_INT64, activity_id, NULL);
  if (model == NULL)
    return FALSE;
  /* A first-time visitor was never present at an activity that started
   * earlier (or at the same time with a lower id). Not NOT EXISTS: libgda
   * writes it back as "EXISTS ((SELECT …))", which SQLite rejects. */
  if (!_ok_store_select_int64 (store, &first_time,
                               "SELECT count(*) FROM attendance t JOIN activity a ON a.id = t.activity_id "
                               "WHERE t.activity_id = ##activity::gint64 AND t.status = 'present' "
                               "AND (SELECT count(*) FROM attendance o "
                               "JOIN activity b ON b.id = o.activity_id "
                               "WHERE o.parent_id = t.parent_id AND o.status = 'present' "
                               "AND (b.starts_at < a.starts_at OR (b.starts_at = a.starts_at AND b.id < a.id))) = 0",
                               error, "activity", G_TYPE_INT64, activity_id, NULL))
    return FALSE;
  if (!_ok_store_select_int64 (store, &guests,
                               "SELECT unnamed_guests FROM activity WHERE id = ##id::gint64",
                               error, "id", G_TYPE_INT64, activity_id, NULL))
    return FALSE;
  reasons = expected_reasons (store, activity_id, &basics, error);
  if (reasons == NULL)
    return FALSE;

  /* Those who sent word they cannot come are not expected. */
  statuses = _ok_store_select (store,
                               "SELECT parent_id FROM attendance WHERE activity_id = ##activity::gint64 "
                               "AND status = 'excused'",
                               error, "activity", G_TYPE_INT64, activity_id, NULL);
  if (statuses == NULL)
    return FALSE;
  for (int i = 0; i < gda_data_model_get_n_rows (statuses); i++)
    {
      gint64 parent_id = _ok_rows_int64 (statuses, i, 0);
      g_hash_table_remove (reasons, &parent_id);
    }

  summary->expected = g_hash_table_size (reasons);
  summary->present = _ok_rows_int64 (model, 0, 0);
  summary->walk_ins = _ok_rows_int64 (model, 0, 1);
  summary->excused = _ok_rows_int64 (model, 0, 2);
  summary->no_shows = _ok_rows_int64 (model, 0, 3);
  summary->first_time = first_time;
  summary->guests = guests;
  return TRUE;
}

OkActivity *
ok_store_checkin_activity_now (OkStore    *store,
                               GDateTime  *now,
                               GError    **error)
{
  g_autoptr(GDateTime) current = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soon = g_date_time_add_minutes (current, EARLY_MINUTES);
  g_autoptr(GDateTime) late = g_date_time_add_minutes (current, -DEFAULT_MINUTES);
  g_autofree char *now_text = ok_time_format_local (current);
  g_autofree char *soon_text = ok_time_format_local (soon);
  g_autofree char *late_text = ok_time_format_local (late);
  g_autoptr(GDateTime) earliest = g_date_time_add_days (current, -1);
  /* A bound for the index on the start: nothing at a school lasts a day. */
  g_autofree char *earliest_text = ok_time_format_local (earliest);
  g_autoptr(GdaDataModel) model = NULL;
  gint64 chosen = 0;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  model = _ok_store_select (store,
                            "SELECT id, starts_at FROM activity WHERE school_id = ##school::gint64 "
                            "AND status <> 'cancelled' AND starts_at <= ##soon::string "
                            "AND starts_at >= ##earliest::string "
                            "AND (ends_at >= ##now::string OR (ends_at IS NULL AND starts_at >= ##late::string)) "
                            "ORDER BY starts_at, id",
                            error,
                            "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "soon", G_TYPE_STRING, soon_text,
                            "earliest", G_TYPE_STRING, earliest_text,
                            "now", G_TYPE_STRING, now_text,
                            "late", G_TYPE_STRING, late_text, NULL);
  if (model == NULL)
    return NULL;

  /* What runs now wins over what starts soon; of what runs, the latest to
   * start (the coffee morning, not the course that began at eight). */
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      const char *starts = _ok_rows_string (model, i, 1);

      if (strcmp (starts, now_text) <= 0 || chosen == 0)
        chosen = _ok_rows_int64 (model, i, 0);
      else
        break;
    }
  if (chosen == 0)
    return NULL;
  return ok_store_activity_get (store, chosen, error);
}

char *
ok_store_checkin_stamp (OkStore  *store,
                        gint64    activity_id,
                        GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  /* The weighted sum catches a status changed within the same second as
   * the newest mark, which max(recorded_at) alone would miss; the last
   * parent id catches a walk-in whose mark was undone. */
  model = _ok_store_select (store,
                            "SELECT count(*), max(t.recorded_at), "
                            "sum(t.parent_id * CASE t.status WHEN 'invited' THEN 2 WHEN 'registered' THEN 3 "
                            "WHEN 'present' THEN 5 WHEN 'excused' THEN 7 ELSE 11 END + t.walk_in), "
                            "(SELECT unnamed_guests FROM activity WHERE id = ##activity::gint64), "
                            "(SELECT max(p.id) FROM parent p JOIN activity a ON a.school_id = p.school_id "
                            "WHERE a.id = ##activity::gint64) "
                            "FROM attendance t WHERE t.activity_id = ##activity::gint64",
                            error, "activity", G_TYPE_INT64, activity_id, NULL);
  if (model == NULL)
    return NULL;
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%s/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                          _ok_rows_int64 (model, 0, 0),
                          _ok_rows_string (model, 0, 1) != NULL ? _ok_rows_string (model, 0, 1) : "-",
                          _ok_rows_int64 (model, 0, 2), _ok_rows_int64 (model, 0, 3),
                          _ok_rows_int64 (model, 0, 4));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The recipients of a message about an activity, the log of what was
 * sent, and the parents' answers. The same SQL runs on SQLite and
 * PostgreSQL: dates are ISO text, and only standard functions are used. */
#define G_LOG_DOMAIN "ok-store-send"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-enums.h"
#include "ok-phone.h"
#include "ok-report.h"
#include "ok-store-activity.h"
#include "ok-store-contact.h"
#include "ok-store-private.h"
#include "ok-store-send.h"
#include "ok-time.h"

/* Every query gives one row per parent of a family (or one row with no
 * parent), with the parent's mark for the activity. */
#define RECIPIENT_COLUMNS \
  "SELECT f.id, f.name, f.preferred_channel, f.reads_no_language, f.interpreter_needed, " \
  "p.id, p.name, p.phone, p.email, t.status FROM family f "

#define ANY_PARENT \
  "LEFT JOIN parent p ON p.family_id = f.id " \
  "LEFT JOIN attendance t ON t.parent_id = p.id AND t.activity_id = ##activity::gint64 "

#define OWN_FAMILY "WHERE f.school_id = ##school::gint64 AND f.erased = 0 "

/* A child enrolled on the day of the activity. */
#define ENROLLED_ON_DAY \
  "f.id IN (SELECT c.family_id FROM child c WHERE c.school_id = ##school::gint64 " \
  "AND c.enrolled_from <= ##day::string " \
  "AND (c.enrolled_until IS NULL OR c.enrolled_until >= ##day::string) "

#define ORDER "ORDER BY f.name, f.id, p.id"

/* The target group: everyone (fathers are not told apart in the data,
 * so their meetings go to every family), chosen groups, or the families
 * of pupils who started in the last year. */
static const char sql_target_all[] =
  RECIPIENT_COLUMNS ANY_PARENT OWN_FAMILY "AND " ENROLLED_ON_DAY ") " ORDER;

static const char sql_target_groups[] =
  RECIPIENT_COLUMNS ANY_PARENT OWN_FAMILY "AND " ENROLLED_ON_DAY
  "AND ##groups::string LIKE ('%,' || c.group_name || ',%')) " ORDER;

static const char sql_target_new[] =
  RECIPIENT_COLUMNS ANY_PARENT OWN_FAMILY "AND " ENROLLED_ON_DAY
  "AND c.enrolled_from > ##since::string) " ORDER;

/* Every family of the school, for the not-reached list, which the
 * quarterly overview decides (ok-report.h). */
static const char sql_all_families[] =
  RECIPIENT_COLUMNS ANY_PARENT OWN_FAMILY ORDER;

/* Parents by their mark for the activity. */
#define MARKED(statuses) \
  RECIPIENT_COLUMNS \
  "JOIN parent p ON p.family_id = f.id " \
  "JOIN attendance t ON t.parent_id = p.id AND t.activity_id = ##activity::gint64 " \
  OWN_FAMILY "AND t.status IN (" statuses ") " ORDER

static const char sql_unanswered[] = MARKED ("'invited'");
static const char sql_present[] = MARKED ("'present'");
static const char sql_missed[] = MARKED ("'invited', 'registered', 'no-show'");

static char *
format_date (GDateTime *datetime)
{
  return g_date_time_format (datetime, "%Y-%m-%d");
}

static GdaDataModel *
select_rows (OkStore       *store,
             OkActivity    *activity,
             OkRecipients   which,
             GError       **error)
{
  GDateTime *starts = ok_activity_get_starts_at (activity);
  gint64 activity_id = ok_activity_get_id (activity);
  gint64 school = ok_store_get_school_id (store);
  g_autofree char *day = format_date (starts);

  switch (which)
    {
    case OK_RECIPIENTS_TARGET:
      switch (ok_activity_get_target_group (activity))
        {
        case OK_TARGET_GROUP_GROUPS:
          {
            const char * const *target_groups = ok_activity_get_target_groups (activity);
            g_autofree char *joined = target_groups != NULL ? g_strjoinv (",", (char **) target_groups)
                                                            : g_strdup ("");
            g_autofree char *groups = g_strconcat (",", joined, ",", NULL);

            return _ok_store_select (store, sql_target_groups, error,
                                     "activity", G_TYPE_INT64, activity_id,
                                     "school", G_TYPE_INT64, school,
                                     "day", G_TYPE_STRING, day,
                                     "groups", G_TYPE_STRING, groups, NULL);
          }
        case OK_TARGET_GROUP_NEW_PARENTS:
          {
            g_autoptr(GDateTime) year_before = g_date_time_add_years (starts, -1);
            g_autofree char *since = format_date (year_before);

            return _ok_store_select (store, sql_target_new, error,
                                     "activity", G_TYPE_INT64, activity_id,
                                     "school", G_TYPE_INT64, school,
                                     "day", G_TYPE_STRING, day,
                                     "since", G_TYPE_STRING, since, NULL);
          }
        case OK_TARGET_GROUP_ALL:
        case OK_TARGET_GROUP_FATHERS:
        default:
          return _ok_store_select (store, sql_target_all, error,
                                   "activity", G_TYPE_INT64, activity_id,
                                   "school", G_TYPE_INT64, school,
                                   "day", G_TYPE_STRING, day, NULL);
        }

    case OK_RECIPIENTS_NOT_REACHED:
      return _ok_store_select (store, sql_all_families, error,
                               "activity", G_TYPE_INT64, activity_id,
                               "school", G_TYPE_INT64, school, NULL);

    case OK_RECIPIENTS_UNANSWERED:
    case OK_RECIPIENTS_PRESENT:
    case OK_RECIPIENTS_MISSED:
    default:
      return _ok_store_select (store,
                               which == OK_RECIPIENTS_UNANSWERED ? sql_unanswered
                               : which == OK_RECIPIENTS_PRESENT ? sql_present : sql_missed,
                               error,
                               "activity", G_TYPE_INT64, activity_id,
                               "school", G_TYPE_INT64, school, NULL);
    }
}

/* Home languages of the school's families, in order: family id → GPtrArray. */
static GHashTable *
load_languages (OkStore  *store,
                GError  **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GHashTable) languages = NULL;

  model = _ok_store_select (store,
                            "SELECT l.family_id, l.code FROM family_language l "
                            "JOIN family f ON f.id = l.family_id "
                            "WHERE f.school_id = ##school::gint64 ORDER BY l.family_id, l.position",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store), NULL);
  if (model == NULL)
    return NULL;

  languages = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                     (GDestroyNotify) g_ptr_array_unref);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      gint64 family = _ok_rows_int64 (model, i, 0);
      GPtrArray *codes = g_hash_table_lookup (languages, &family);

      if (codes == NULL)
        {
          codes = g_ptr_array_new_null_terminated (2, g_free, TRUE);
          g_hash_table_insert (languages, g_memdup2 (&family, sizeof family), codes);
        }
      g_ptr_array_add (codes, _ok_rows_dup_string (model, i, 1));
    }
  return g_steal_pointer (&languages);
}

/* The first child enrolled on the day, by group and name, of each family. */
static GHashTable *
load_children (OkStore     *store,
               const char  *day,
               GError     **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  GHashTable *children;

  model = _ok_store_select (store,
                            "SELECT c.family_id, c.first_name FROM child c "
                            "WHERE c.school_id = ##school::gint64 AND c.enrolled_from <= ##day::string "
                            "AND (c.enrolled_until IS NULL OR c.enrolled_until >= ##day::string) "
                            "ORDER BY c.family_id, c.group_name, c.first_name, c.id",
                            error, "school", G_TYPE_INT64, ok_store_get_school_id (store),
                            "day", G_TYPE_STRING, day, NULL);
  if (model == NULL)
    return NULL;

  children = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      gint64 family = _ok_rows_int64 (model, i, 0);

      if (!g_hash_table_contains (children, &family))
        g_hash_table_insert (children, g_memdup2 (&family, sizeof family), _ok_rows_dup_string (model, i, 1));
    }
  return children;
}

/* How well a parent fits the family's channel: a parent already marked
 * for the activity keeps getting its messages; otherwise the first who
 * has what the family's channel needs. */
static int
parent_fit (GdaDataModel *model,
            int           row,
            OkChannel     preferred)
{
  g_autofree char *e164 = NULL;
  const char *email;

  if (_ok_rows_is_null (model, row, 5))
    return 0;
  if (!_ok_rows_is_null (model, row, 9))
    return 3;
  switch (preferred)
    {
    case OK_CHANNEL_WHATSAPP:
    case OK_CHANNEL_SMS:
      e164 = ok_phone_normalize (_ok_rows_string (model, row, 7));
      return ok_phone_can_message (e164) ? 2 : 1;
    case OK_CHANNEL_EMAIL:
      email = _ok_rows_string (model, row, 8);
      return email != NULL && strchr (email, '@') != NULL ? 2 : 1;
    case OK_CHANNEL_PHONE:
      return _ok_rows_string (model, row, 7) != NULL ? 2 : 1;
    case OK_CHANNEL_LETTER:
    case OK_CHANNEL_IN_PERSON:
    default:
      return 1;
    }
}

static OkRecipient *
make_recipient (GdaDataModel *model,
                int           first,
                int           end,
                GHashTable   *languages,
                GHashTable   *children)
{
  gint64 family = _ok_rows_int64 (model, first, 0);
  g_autoptr(OkRecipient) recipient = ok_recipient_new (family, _ok_rows_string (model, first, 1));
  GPtrArray *codes = g_hash_table_lookup (languages, &family);
  int channel = OK_CHANNEL_WHATSAPP;
  int best = first, best_fit = -1;

  ok_enum_from_nick (OK_TYPE_CHANNEL, _ok_rows_string (model, first, 2), &channel);
  ok_recipient_set_preferred_channel (recipient, channel);
  ok_recipient_set_reads_no_language (recipient, _ok_rows_int64 (model, first, 3) != 0);
  ok_recipient_set_interpreter_needed (recipient, _ok_rows_int64 (model, first, 4) != 0);
  if (codes != NULL)
    ok_recipient_set_languages (recipient, (const char * const *) codes->pdata);
  ok_recipient_set_child_name (recipient, g_hash_table_lookup (children, &family));

  for (int row = first; row < end; row++)
    {
      int fit = parent_fit (model, row, channel);

      if (fit > best_fit)
        {
          best = row;
          best_fit = fit;
        }
    }
  if (!_ok_rows_is_null (model, best, 5))
    {
      int status = OK_RECIPIENT_NO_STATUS;

      ok_recipient_set_parent (recipient, _ok_rows_int64 (model, best, 5), _ok_rows_string (model, best, 6),
                               _ok_rows_string (model, best, 7), _ok_rows_string (model, best, 8));
      if (!_ok_rows_is_null (model, best, 9))
        ok_enum_from_nick (OK_TYPE_ATTENDANCE_STATUS, _ok_rows_string (model, best, 9), &status);
      ok_recipient_set_status (recipient, status);
    }
  return g_steal_pointer (&recipient);
}

/* The ids of the families not reached in the quarter of @day, as the
 * quarterly overview lists them. */
static GHashTable *
not_reached (OkStore    *store,
             GDateTime  *day,
             GError    **error)
{
  g_autoptr(OkQuarterReport) report = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                                          g_date_time_get_year (day));
  GHashTable *ids;
  OkReportPeriod quarter;

  ok_report_period_containing (OK_REPORT_PERIOD_QUARTER, date, &quarter);
  report = ok_quarter_report_compute (store, &quarter, 0, OK_REPORT_FLAGS_NONE, NULL, error);
  if (report == NULL)
    return NULL;
  ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < report->not_reached->len; i++)
    g_hash_table_add (ids, g_memdup2 (&g_array_index (report->not_reached, OkReportFamily, i).id, sizeof (gint64)));
  return ids;
}

/**
 * ok_store_send_recipients:
 * @store: the store
 * @activity: a stored activity of the store's school
 * @which: who
 * @error: a failed query
 *
 * Returns: (transfer container) (element-type OkRecipient): one per family
 */
GPtrArray *
ok_store_send_recipients (OkStore       *store,
                          OkActivity    *activity,
                          OkRecipients   which,
                          GError       **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GHashTable) languages = NULL;
  g_autoptr(GHashTable) children = NULL;
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GPtrArray) recipients = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *day = NULL;
  int n_rows;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), NULL);
  g_return_val_if_fail (ok_activity_get_starts_at (activity) != NULL, NULL);

  day = format_date (ok_activity_get_starts_at (activity));
  model = select_rows (store, activity, which, error);
  if (model == NULL)
    return NULL;
  languages = load_languages (store, error);
  if (languages == NULL)
    return NULL;
  children = load_children (store, day, error);
  if (children == NULL)
    return NULL;

  if (which == OK_RECIPIENTS_NOT_REACHED)
    {
      wanted = not_reached (store, ok_activity_get_starts_at (activity), error);
      if (wanted == NULL)
        return NULL;
    }

  n_rows = gda_data_model_get_n_rows (model);
  for (int first = 0, end; first < n_rows; first = end)
    {
      gint64 family = _ok_rows_int64 (model, first, 0);

      for (end = first + 1; end < n_rows && _ok_rows_int64 (model, end, 0) == family; end++)
        ;
      if (wanted == NULL || g_hash_table_contains (wanted, &family))
        g_ptr_array_add (recipients, make_recipient (model, first, end, languages, children));
    }
  return g_steal_pointer (&recipients);
}

static gboolean
insert_contact_moment (OkStore      *store,
                       OkActivity   *activity,
                       OkRecipient  *recipient,
                       const char   *template_id,
                       const char   *date,
                       const char   *by_name,
                       GError      **error)
{
  g_autoptr(OkContactMoment) moment = ok_contact_moment_new ();

  ok_contact_moment_set_family_id (moment, ok_recipient_get_family_id (recipient));
  ok_contact_moment_set_parent_id (moment, ok_recipient_get_parent_id (recipient));
  ok_contact_moment_set_activity_id (moment, ok_activity_get_id (activity));
  ok_contact_moment_set_by_name (moment, by_name);
  ok_contact_moment_set_channel (moment, ok_recipient_get_channel (recipient));
  ok_contact_moment_set_date (moment, date);
  ok_contact_moment_set_template (moment, template_id);
  ok_contact_moment_set_language (moment, ok_recipient_get_language (recipient));
  return ok_store_contact_moment_insert (store, moment, error);
}

/**
 * ok_store_send_log:
 * @store: the store
 * @activity: the activity the message was about
 * @template_id: the template sent
 * @recipients: (element-type OkRecipient): the families it was sent to
 * @by_name: (nullable): who sent it
 * @error: a failed query; then nothing is logged
 *
 * Also marks each recipient sent and, where the parent had no mark yet,
 * invited.
 */
gboolean
ok_store_send_log (OkStore     *store,
                   OkActivity  *activity,
                   const char  *template_id,
                   GPtrArray   *recipients,
                   const char  *by_name,
                   GError     **error)
{
  g_autoptr(GDateTime) today = g_date_time_new_now (ok_time_zone ());
  g_autofree char *date = format_date (today);
  g_autoptr(GArray) invited = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (ok_template_get_name (template_id) != NULL, FALSE);
  g_return_val_if_fail (recipients != NULL, FALSE);

  if (!ok_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < recipients->len; i++)
    {
      OkRecipient *recipient = recipients->pdata[i];
      int status = ok_recipient_get_status (recipient);

      if (!insert_contact_moment (store, activity, recipient, template_id, date, by_name, error))
        goto fail;
      if (ok_recipient_get_parent_id (recipient) <= 0
          || (status != OK_RECIPIENT_NO_STATUS && status != OK_ATTENDANCE_STATUS_INVITED))
        continue;
      if (!ok_store_attendance_mark (store, ok_activity_get_id (activity), ok_recipient_get_parent_id (recipient),
                                     OK_ATTENDANCE_STATUS_INVITED, FALSE, by_name,
                                     ok_enum_to_nick (OK_TYPE_CHANNEL, ok_recipient_get_channel (recipient)),
                                     error))
        goto fail;
      g_array_append_val (invited, i);
    }
  if (!ok_store_commit (store, error))
    return FALSE;

  /* Only once it is on disk do the recipients say so. */
  for (guint i = 0; i < invited->len; i++)
    ok_recipient_set_status (recipients->pdata[g_array_index (invited, guint, i)], OK_ATTENDANCE_STATUS_INVITED);
  for (guint i = 0; i < recipients->len; i++)
    ok_recipient_set_sent (recipients->pdata[i], TRUE);
  return TRUE;

fail:
  ok_store_rollback (store);
  return FALSE;
}

/**
 * ok_store_send_reply:
 * @store: the store
 * @activity: the activity
 * @recipient: the family, with the parent who answered
 * @answer: %OK_ATTENDANCE_STATUS_REGISTERED or %OK_ATTENDANCE_STATUS_EXCUSED
 * @by_name: (nullable): who recorded it
 * @error: no parent to mark, or a failed query
 */
gboolean
ok_store_send_reply (OkStore             *store,
                     OkActivity          *activity,
                     OkRecipient         *recipient,
                     OkAttendanceStatus   answer,
                     const char          *by_name,
                     GError             **error)
{
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), FALSE);
  g_return_val_if_fail (OK_IS_RECIPIENT (recipient), FALSE);
  g_return_val_if_fail (answer == OK_ATTENDANCE_STATUS_REGISTERED || answer == OK_ATTENDANCE_STATUS_EXCUSED,
                        FALSE);

  if (ok_recipient_get_parent_id (recipient) <= 0)
    {
      g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                   _("%s has no parent to record the answer for; add a parent to the family first"),
                   ok_recipient_get_family_name (recipient));
      return FALSE;
    }
  if (!ok_store_attendance_mark (store, ok_activity_get_id (activity), ok_recipient_get_parent_id (recipient),
                                 answer, FALSE, by_name, NULL, error))
    return FALSE;
  ok_recipient_set_status (recipient, answer);
  return TRUE;
}

static void
interpreter_need_clear (OkInterpreterNeed *need)
{
  g_free (need->language);
}

/**
 * ok_store_send_interpreter_plan:
 * @store: the store
 * @activity: a stored activity
 * @error: a failed query
 *
 * Returns: (transfer full) (element-type OkInterpreterNeed): one entry
 *   per home language of the invited parents
 */
GArray *
ok_store_send_interpreter_plan (OkStore     *store,
                                OkActivity  *activity,
                                GError     **error)
{
  g_autoptr(GdaDataModel) model = NULL;
  g_autoptr(GArray) plan = NULL;
  const char * const *booked;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), NULL);

  model = _ok_store_select (store,
                            "SELECT coalesce(l.code, 'und'), count(*), "
                            "sum(CASE WHEN t.status IN ('registered', 'present') THEN 1 ELSE 0 END), "
                            "sum(CASE WHEN t.status IN ('registered', 'present') "
                            "AND f.interpreter_needed = 1 THEN 1 ELSE 0 END) "
                            "FROM attendance t JOIN parent p ON p.id = t.parent_id "
                            "LEFT JOIN family f ON f.id = p.family_id "
                            "LEFT JOIN family_language l ON l.family_id = p.family_id AND l.position = 0 "
                            "WHERE t.activity_id = ##activity::gint64 AND t.walk_in = 0 "
                            "GROUP BY coalesce(l.code, 'und') "
                            "ORDER BY 3 DESC, 2 DESC, 1",
                            error, "activity", G_TYPE_INT64, ok_activity_get_id (activity), NULL);
  if (model == NULL)
    return NULL;

  booked = ok_activity_get_interpreter_languages (activity);
  plan = g_array_new (FALSE, TRUE, sizeof (OkInterpreterNeed));
  g_array_set_clear_func (plan, (GDestroyNotify) interpreter_need_clear);
  for (int i = 0; i < gda_data_model_get_n_rows (model); i++)
    {
      OkInterpreterNeed need = {
        .language = _ok_rows_dup_string (model, i, 0),
        .invited = _ok_rows_int64 (model, i, 1),
        .registered = _ok_rows_int64 (model, i, 2),
        .needs_interpreter = _ok_rows_int64 (model, i, 3),
      };

      need.booked = booked != NULL && g_strv_contains (booked, need.language);
      g_array_append_val (plan, need);
    }
  return g_steal_pointer (&plan);
}

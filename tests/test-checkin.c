/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The door's queries on a small school built by hand, on SQLite and
 * PostgreSQL. */
#include "config.h"

#include <string.h>

#include "ok-store-activity.h"
#include "ok-store-checkin.h"
#include "ok-store-family.h"
#include "ok-test-util.h"
#include "ok-text-fold.h"
#include "ok-time.h"

typedef struct {
  OkStore *store;
  gint64 oztürk_family;
  gint64 ayse;          /* Ayşe Öztürk, child Elif in group 5 */
  gint64 mehmet;        /* Mehmet Öztürk, same family */
  gint64 sanne;         /* Sanne de Vries, child Emma in group 3 */
  gint64 olena;         /* Олена Шевченко, child Софія in group 5, new this year */
  gint64 mohammed;      /* محمد الأمين, child Adam in group 7 */
  gint64 series;
  gint64 last_week;     /* coffee morning of the series, a week before */
  gint64 today;         /* coffee morning of the series */
} School;

static gint64
add_family (OkStore     *store,
            const char  *name,
            const char  *language,
            const char  *child,
            const char  *group,
            const char  *enrolled_from,
            gint64      *second_parent,
            const char  *parent,
            const char  *other_parent)
{
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(OkChild) kid = ok_child_new ();
  g_autoptr(GError) error = NULL;
  gint64 first = 0;

  ok_family_set_name (family, name);
  ok_family_set_languages (family, (const char *[]) { language, NULL });
  g_assert_true (ok_store_family_insert (store, family, &error));
  g_assert_no_error (error);

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(OkParent) p = ok_parent_new ();
      const char *pname = i == 0 ? parent : other_parent;

      if (pname == NULL)
        continue;
      ok_parent_set_family_id (p, ok_family_get_id (family));
      ok_parent_set_name (p, pname);
      g_assert_true (ok_store_parent_insert (store, p, &error));
      g_assert_no_error (error);
      if (i == 0)
        first = ok_parent_get_id (p);
      else
        *second_parent = ok_parent_get_id (p);
    }

  ok_child_set_family_id (kid, ok_family_get_id (family));
  ok_child_set_first_name (kid, child);
  ok_child_set_last_name (kid, name);
  ok_child_set_group (kid, group);
  ok_child_set_enrolled_from (kid, enrolled_from);
  g_assert_true (ok_store_child_insert (store, kid, &error));
  g_assert_no_error (error);
  return first;
}

static gint64
add_activity (OkStore        *store,
              const char     *title,
              const char     *starts,
              const char     *ends,
              gint64          series,
              OkTargetGroup   target,
              const char     *groups)
{
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) start = ok_time_parse_local (starts);
  g_autoptr(GDateTime) end = ends != NULL ? ok_time_parse_local (ends) : NULL;
  g_autoptr(GError) error = NULL;

  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_COFFEE_MORNING);
  ok_activity_set_title (activity, title);
  ok_activity_set_starts_at (activity, start);
  ok_activity_set_ends_at (activity, end);
  ok_activity_set_series_id (activity, series);
  ok_activity_set_target_group (activity, target);
  if (groups != NULL)
    ok_activity_set_target_groups (activity, (const char *[]) { groups, NULL });
  g_assert_true (ok_store_activity_insert (store, activity, &error));
  g_assert_no_error (error);
  return ok_activity_get_id (activity);
}

static void
school_init (School  *school,
             OkStore *store)
{
  g_autoptr(GError) error = NULL;

  school->store = store;
  school->ayse = add_family (store, "Öztürk", "tr", "Elif", "5", "2020-08-20", &school->mehmet,
                             "Ayşe Öztürk", "Mehmet Öztürk");
  school->oztürk_family = 0;
  {
    g_autoptr(OkParent) ayse = ok_store_parent_get (store, school->ayse, &error);
    g_assert_no_error (error);
    school->oztürk_family = ok_parent_get_family_id (ayse);
  }
  school->sanne = add_family (store, "de Vries", "nl", "Emma", "3", "2022-08-22", NULL,
                              "Sanne de Vries", NULL);
  school->olena = add_family (store, "Шевченко", "uk", "Софія", "5", "2025-09-01", NULL,
                              "Олена Шевченко", NULL);
  school->mohammed = add_family (store, "Al-Amin", "ar", "Adam", "7", "2019-08-20", NULL,
                                 "مُحَمَّد الأمين", NULL);

  school->series = ok_store_series_insert (store, "weekly:tue", "2025-09-02", "2026-07-07", TRUE, &error);
  g_assert_no_error (error);
  school->last_week = add_activity (store, "Koffieochtend", "2025-11-04T08:30", "2025-11-04T09:30",
                                    school->series, OK_TARGET_GROUP_ALL, NULL);
  school->today = add_activity (store, "Koffieochtend", "2025-11-11T08:30", "2025-11-11T09:30",
                                school->series, OK_TARGET_GROUP_ALL, NULL);
}

static OkCheckinEntry *
find_entry (GPtrArray *entries,
            gint64     parent_id)
{
  for (guint i = 0; i < entries->len; i++)
    if (ok_checkin_entry_get_parent_id (g_ptr_array_index (entries, i)) == parent_id)
      return g_ptr_array_index (entries, i);
  return NULL;
}

static int
status_of (OkStore *store,
           gint64   activity,
           gint64   parent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ok_store_attendance_list (store, activity, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < list->len; i++)
    if (ok_attendance_get_parent_id (g_ptr_array_index (list, i)) == parent)
      return ok_attendance_get_status (g_ptr_array_index (list, i));
  return OK_CHECKIN_STATUS_NONE;
}

static void
test_fold (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "Öztürk", "ozturk" },
    { "Ayşe  Yılmaz", "ayse yilmaz" },
    { "Wiśniewska", "wisniewska" },
    { "Łukasz Çelik", "lukasz celik" },
    { "O'Connor", "oconnor" },
    { "El-Amrani", "el amrani" },
    { "Шевченко", "шевченко" },
    { "مُحَمَّد", "محمد" },
    { "ተስፋይ", "ተስፋይ" },
    { "  Straße ", "strasse" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = ok_text_fold (cases[i].in);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
assert_first (GPtrArray *results,
              gint64     parent_id)
{
  g_assert_cmpuint (results->len, >, 0);
  g_assert_cmpint (ok_checkin_entry_get_parent_id (g_ptr_array_index (results, 0)), ==, parent_id);
}

static void
test_search (OkStore *store)
{
  School school;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = NULL;

  school_init (&school, store);
  people = ok_store_checkin_people (store, school.today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (people->len, ==, 5);

  {
    g_autoptr(GPtrArray) r = ok_checkin_search_entries (people, "ozt", 0);
    g_assert_cmpuint (r->len, ==, 2);
    g_assert_nonnull (find_entry (r, school.ayse));
    g_assert_nonnull (find_entry (r, school.mehmet));
  }
  {
    g_autoptr(GPtrArray) r = ok_checkin_search_entries (people, "AYSE ÖZT", 0);
    g_assert_cmpuint (r->len, ==, 1);
    assert_first (r, school.ayse);
  }
  {
    /* A child's name finds the parents. */
    g_autoptr(GPtrArray) r = ok_checkin_search_entries (people, "emm", 0);
    g_assert_cmpuint (r->len, ==, 1);
    assert_first (r, school.sanne);
  }
  {
    g_autoptr(GPtrArray) r = ok_checkin_search_entries (people, "шев", 0);
    g_assert_cmpuint (r->len, ==, 1);
    assert_first (r, school.olena);
  }
  {
    g_autoptr(GPtrArray) r = ok_checkin_search_entries (people, "محمد", 0);
    g_assert_cmpuint (r->len, ==, 1);
    assert_first (r, school.mohammed);
  }
  {
    /* Three letters inside a name match; two do not. */
    g_autoptr(GPtrArray) r3 = ok_checkin_search_entries (people, "urk", 0);
    g_autoptr(GPtrArray) r2 = ok_checkin_search_entries (people, "rk", 0);
    g_assert_cmpuint (r3->len, ==, 2);
    g_assert_cmpuint (r2->len, ==, 0);
  }
  {
    /* The start of a parent's name ranks above the start of a child's. */
    g_autoptr(GPtrArray) r = ok_checkin_search_entries (people, "e", 0);
    g_assert_cmpuint (r->len, >=, 2);
    g_assert_cmpint (ok_checkin_entry_get_parent_id (g_ptr_array_index (r, 0)), !=, school.sanne);
  }
  {
    g_autoptr(GPtrArray) r = ok_store_checkin_search (store, school.today, "vries", 1, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (r->len, ==, 1);
    assert_first (r, school.sanne);
    g_assert_cmpstr (ok_checkin_entry_get_children (g_ptr_array_index (r, 0)), ==, "Emma (group 3)");
    g_assert_cmpstr (ok_checkin_entry_get_home_language (g_ptr_array_index (r, 0)), ==, "nl");
  }
  {
    g_autoptr(GPtrArray) r = ok_checkin_search_entries (people, "  ", 0);
    g_assert_cmpuint (r->len, ==, 0);
  }

  g_assert_cmpuint (ok_checkin_entry_get_family_size (find_entry (people, school.ayse)), ==, 2);
  g_assert_cmpuint (ok_checkin_entry_get_family_size (find_entry (people, school.sanne)), ==, 1);
}

static void
test_expected_order (OkStore *store)
{
  School school;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  gint64 groups, newcomers;

  school_init (&school, store);

  /* Came last week; invited; registered; excused (not expected). */
  g_assert_true (ok_store_checkin_mark (store, school.last_week, school.mohammed,
                                        OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  g_assert_true (ok_store_attendance_mark (store, school.today, school.sanne,
                                           OK_ATTENDANCE_STATUS_INVITED, FALSE, NULL, "whatsapp", &error));
  g_assert_true (ok_store_attendance_mark (store, school.today, school.olena,
                                           OK_ATTENDANCE_STATUS_REGISTERED, FALSE, NULL, NULL, &error));
  g_assert_true (ok_store_attendance_mark (store, school.today, school.mehmet,
                                           OK_ATTENDANCE_STATUS_EXCUSED, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);

  expected = ok_store_checkin_expected (store, school.today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, 3);
  g_assert_cmpint (ok_checkin_entry_get_parent_id (g_ptr_array_index (expected, 0)), ==, school.olena);
  g_assert_cmpint (ok_checkin_entry_get_reason (g_ptr_array_index (expected, 0)), ==, OK_CHECKIN_REASON_REGISTERED);
  g_assert_cmpint (ok_checkin_entry_get_parent_id (g_ptr_array_index (expected, 1)), ==, school.sanne);
  g_assert_cmpint (ok_checkin_entry_get_reason (g_ptr_array_index (expected, 1)), ==, OK_CHECKIN_REASON_INVITED);
  g_assert_cmpint (ok_checkin_entry_get_parent_id (g_ptr_array_index (expected, 2)), ==, school.mohammed);
  g_assert_cmpint (ok_checkin_entry_get_reason (g_ptr_array_index (expected, 2)), ==, OK_CHECKIN_REASON_LAST_TIME);

  /* A registered parent who came is still counted as expected. */
  g_assert_true (ok_store_checkin_mark (store, school.today, school.olena,
                                        OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = ok_store_checkin_expected (store, school.today, &error);
  g_assert_cmpuint (expected->len, ==, 3);
  g_assert_cmpint (ok_checkin_entry_get_reason (find_entry (expected, school.olena)), ==,
                   OK_CHECKIN_REASON_REGISTERED);
  g_assert_true (ok_checkin_entry_is_present (find_entry (expected, school.olena)));

  /* Target groups: the parents of group 5 (both Öztürks, Olena). */
  groups = add_activity (store, "Groep 5 ouderavond", "2025-11-20T19:00", NULL, 0,
                         OK_TARGET_GROUP_GROUPS, "5");
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = ok_store_checkin_expected (store, groups, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, 3);
  g_assert_nonnull (find_entry (expected, school.ayse));
  g_assert_nonnull (find_entry (expected, school.mehmet));
  g_assert_nonnull (find_entry (expected, school.olena));
  g_assert_cmpint (ok_checkin_entry_get_reason (find_entry (expected, school.ayse)), ==,
                   OK_CHECKIN_REASON_TARGET_GROUP);

  /* Parents of new pupils: enrolled since 1 August of the school year. */
  newcomers = add_activity (store, "Welkom", "2025-10-01T19:00", NULL, 0, OK_TARGET_GROUP_NEW_PARENTS, NULL);
  g_clear_pointer (&expected, g_ptr_array_unref);
  expected = ok_store_checkin_expected (store, newcomers, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, ==, 1);
  g_assert_nonnull (find_entry (expected, school.olena));
}

static void
test_mark_and_undo (OkStore *store)
{
  School school;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) cancelled = NULL;
  gint64 id;

  school_init (&school, store);

  /* registered → present → back to registered. */
  g_assert_true (ok_store_attendance_mark (store, school.today, school.sanne,
                                           OK_ATTENDANCE_STATUS_REGISTERED, FALSE, NULL, NULL, &error));
  g_assert_true (ok_store_checkin_mark (store, school.today, school.sanne,
                                        OK_ATTENDANCE_STATUS_PRESENT, "deur", &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (store, school.today, school.sanne), ==, OK_ATTENDANCE_STATUS_PRESENT);
  /* Marking present twice keeps what it replaced. */
  g_assert_true (ok_store_checkin_mark (store, school.today, school.sanne,
                                        OK_ATTENDANCE_STATUS_PRESENT, "deur", &error));
  g_assert_true (ok_store_checkin_undo (store, school.today, &school.sanne, 1,
                                        OK_ATTENDANCE_STATUS_PRESENT, "deur", &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (store, school.today, school.sanne), ==, OK_ATTENDANCE_STATUS_REGISTERED);

  /* nothing → present → nothing. */
  g_assert_true (ok_store_checkin_mark (store, school.today, school.olena,
                                        OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  g_assert_cmpint (status_of (store, school.today, school.olena), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_true (ok_store_checkin_undo (store, school.today, &school.olena, 1,
                                        OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  g_assert_cmpint (status_of (store, school.today, school.olena), ==, OK_CHECKIN_STATUS_NONE);

  /* An undo leaves alone what another laptop changed since. */
  g_assert_true (ok_store_checkin_mark (store, school.today, school.olena,
                                        OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  g_assert_true (ok_store_checkin_mark (store, school.today, school.olena,
                                        OK_ATTENDANCE_STATUS_EXCUSED, NULL, &error));
  g_assert_true (ok_store_checkin_undo (store, school.today, &school.olena, 1,
                                        OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (store, school.today, school.olena), ==, OK_ATTENDANCE_STATUS_EXCUSED);

  /* Errors: unknown parent, another school, cancelled activity. */
  g_assert_false (ok_store_checkin_mark (store, school.today, 999999, OK_ATTENDANCE_STATUS_PRESENT,
                                         NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  cancelled = ok_store_activity_get (store, school.last_week, &error);
  ok_activity_set_status (cancelled, OK_ACTIVITY_STATUS_CANCELLED);
  g_assert_true (ok_store_activity_update (store, cancelled, &error));
  g_assert_false (ok_store_checkin_mark (store, school.last_week, school.ayse, OK_ATTENDANCE_STATUS_PRESENT,
                                         NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (status_of (store, school.last_week, school.ayse), ==, OK_CHECKIN_STATUS_NONE);

  {
    g_autoptr(OkSchool) other = ok_school_new ();
    gint64 mine = ok_store_get_school_id (store);

    ok_school_set_name (other, "Andere school");
    g_assert_true (ok_store_school_insert (store, other, &error));
    ok_store_set_school_id (store, ok_school_get_id (other));
    id = add_activity (store, "Elders", "2025-11-11T08:30", NULL, 0, OK_TARGET_GROUP_ALL, NULL);
    ok_store_set_school_id (store, mine);
    g_assert_false (ok_store_checkin_mark (store, id, school.ayse, OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
    g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
    g_clear_error (&error);
  }
}

static void
test_family (OkStore *store)
{
  School school;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) marked = NULL;

  school_init (&school, store);
  g_assert_true (ok_store_attendance_mark (store, school.today, school.mehmet,
                                           OK_ATTENDANCE_STATUS_INVITED, FALSE, NULL, NULL, &error));

  marked = ok_store_checkin_mark_family (store, school.today, school.oztürk_family,
                                         OK_ATTENDANCE_STATUS_PRESENT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (marked->len, ==, 2);
  g_assert_cmpint (status_of (store, school.today, school.ayse), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_cmpint (status_of (store, school.today, school.mehmet), ==, OK_ATTENDANCE_STATUS_PRESENT);

  g_assert_true (ok_store_checkin_undo (store, school.today, (gint64 *) marked->data, marked->len,
                                        OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status_of (store, school.today, school.ayse), ==, OK_CHECKIN_STATUS_NONE);
  g_assert_cmpint (status_of (store, school.today, school.mehmet), ==, OK_ATTENDANCE_STATUS_INVITED);

  /* All or nothing: on a cancelled activity no parent is marked. */
  {
    g_autoptr(OkActivity) activity = ok_store_activity_get (store, school.today, &error);
    g_autoptr(GArray) none = NULL;

    ok_activity_set_status (activity, OK_ACTIVITY_STATUS_CANCELLED);
    g_assert_true (ok_store_activity_update (store, activity, &error));
    none = ok_store_checkin_mark_family (store, school.today, school.oztürk_family,
                                         OK_ATTENDANCE_STATUS_PRESENT, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpint (status_of (store, school.today, school.ayse), ==, OK_CHECKIN_STATUS_NONE);
    g_assert_cmpint (status_of (store, school.today, school.mehmet), ==, OK_ATTENDANCE_STATUS_INVITED);
  }

  g_assert_null (ok_store_checkin_mark_family (store, school.last_week, 999999,
                                               OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
}

static void
test_walk_in (OkStore *store)
{
  School school;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkParent) parent = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  gint64 id;

  school_init (&school, store);
  id = ok_store_checkin_add_walk_in (store, school.today, "  Fatima Benali ", "06-12345678", "ar",
                                     "deur", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  parent = ok_store_parent_get (store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ok_parent_get_name (parent), ==, "Fatima Benali");
  g_assert_cmpstr (ok_parent_get_phone (parent), ==, "+31612345678");
  g_assert_true (ok_parent_get_walk_in (parent));
  g_assert_cmpint (ok_parent_get_family_id (parent), ==, 0);

  attendance = ok_store_attendance_list (store, school.today, &error);
  g_assert_cmpuint (attendance->len, ==, 1);
  g_assert_cmpint (ok_attendance_get_parent_id (g_ptr_array_index (attendance, 0)), ==, id);
  g_assert_cmpint (ok_attendance_get_status (g_ptr_array_index (attendance, 0)), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_true (ok_attendance_get_walk_in (g_ptr_array_index (attendance, 0)));

  people = ok_store_checkin_people (store, school.today, &error);
  g_assert_cmpstr (ok_checkin_entry_get_home_language (find_entry (people, id)), ==, "ar");
  g_assert_true (ok_checkin_entry_get_walk_in (find_entry (people, id)));

  /* Bad input creates nobody. */
  before = ok_store_parent_list (store, 0, &error);
  g_assert_cmpint (ok_store_checkin_add_walk_in (store, school.today, " ", NULL, NULL, NULL, &error), ==, -1);
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ok_store_checkin_add_walk_in (store, school.today, "X", "bellen", NULL, NULL, &error), ==, -1);
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ok_store_checkin_add_walk_in (store, school.today, "X", NULL, "Arabisch", NULL, &error), ==, -1);
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ok_store_checkin_add_walk_in (store, 999999, "X", NULL, NULL, NULL, &error), ==, -1);
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = ok_store_parent_list (store, 0, &error);
  g_assert_cmpuint (after->len, ==, before->len);
}

static void
test_guests (OkStore *store)
{
  School school;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) other = NULL;
  int guests = -1;

  school_init (&school, store);
  other = ok_test_open_second (store);

  g_assert_true (ok_store_checkin_add_guests (store, school.today, 1, &guests, &error));
  g_assert_cmpint (guests, ==, 1);
  g_assert_true (ok_store_checkin_add_guests (other, school.today, 1, &guests, &error));
  g_assert_cmpint (guests, ==, 2);
  g_assert_true (ok_store_checkin_add_guests (store, school.today, 1, &guests, &error));
  g_assert_cmpint (guests, ==, 3);
  g_assert_true (ok_store_checkin_add_guests (store, school.today, -1, &guests, &error));
  g_assert_cmpint (guests, ==, 2);
  g_assert_true (ok_store_checkin_add_guests (store, school.today, -5, &guests, &error));
  g_assert_cmpint (guests, ==, 0);
  g_assert_no_error (error);
  g_assert_false (ok_store_checkin_add_guests (store, 999999, 1, &guests, &error));
  g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND);
}

static void
test_no_shows_and_summary (OkStore *store)
{
  School school;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkActivity) activity = NULL;
  OkCheckinSummary summary;
  gint64 walk_in;

  school_init (&school, store);

  /* Mohammed came last week: not a first-timer today. */
  g_assert_true (ok_store_checkin_mark (store, school.last_week, school.mohammed,
                                        OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  g_assert_true (ok_store_attendance_mark (store, school.today, school.ayse,
                                           OK_ATTENDANCE_STATUS_REGISTERED, FALSE, NULL, NULL, &error));
  g_assert_true (ok_store_attendance_mark (store, school.today, school.mehmet,
                                           OK_ATTENDANCE_STATUS_INVITED, FALSE, NULL, NULL, &error));
  g_assert_true (ok_store_attendance_mark (store, school.today, school.sanne,
                                           OK_ATTENDANCE_STATUS_REGISTERED, FALSE, NULL, NULL, &error));
  g_assert_true (ok_store_attendance_mark (store, school.today, school.olena,
                                           OK_ATTENDANCE_STATUS_EXCUSED, FALSE, NULL, NULL, &error));
  g_assert_true (ok_store_checkin_mark (store, school.today, school.sanne,
                                        OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  g_assert_true (ok_store_checkin_mark (store, school.today, school.mohammed,
                                        OK_ATTENDANCE_STATUS_PRESENT, NULL, &error));
  walk_in = ok_store_checkin_add_walk_in (store, school.today, "Nieuwe ouder", NULL, NULL, NULL, &error);
  g_assert_cmpint (walk_in, >, 0);
  g_assert_true (ok_store_checkin_add_guests (store, school.today, 2, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpint (ok_store_checkin_mark_no_shows (store, school.today, "deur", &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpint (status_of (store, school.today, school.ayse), ==, OK_ATTENDANCE_STATUS_NO_SHOW);
  g_assert_cmpint (status_of (store, school.today, school.mehmet), ==, OK_ATTENDANCE_STATUS_NO_SHOW);
  g_assert_cmpint (status_of (store, school.today, school.sanne), ==, OK_ATTENDANCE_STATUS_PRESENT);
  g_assert_cmpint (status_of (store, school.today, school.olena), ==, OK_ATTENDANCE_STATUS_EXCUSED);
  activity = ok_store_activity_get (store, school.today, &error);
  g_assert_cmpint (ok_activity_get_status (activity), ==, OK_ACTIVITY_STATUS_HELD);
  /* A second run finds nobody left to mark. */
  g_assert_cmpint (ok_store_checkin_mark_no_shows (store, school.today, "deur", &error), ==, 0);

  ok_store_checkin_summary (store, school.today, &summary, &error);
  g_assert_no_error (error);
  g_assert_cmpint (summary.present, ==, 3);
  g_assert_cmpint (summary.walk_ins, ==, 1);
  g_assert_cmpint (summary.guests, ==, 2);
  g_assert_cmpint (summary.excused, ==, 1);
  g_assert_cmpint (summary.no_shows, ==, 2);
  g_assert_cmpint (summary.first_time, ==, 2);   /* Sanne and the walk-in */
  /* Ayşe, Mehmet, Sanne (registered or invited) and Mohammed (came last
   * time); Olena sent word. */
  g_assert_cmpint (summary.expected, ==, 4);

  g_assert_true (ok_store_checkin_summary (store, school.last_week, &summary, &error));
  g_assert_cmpint (summary.present, ==, 1);
  g_assert_cmpint (summary.first_time, ==, 1);
  g_assert_cmpint (summary.no_shows, ==, 0);
}

static void
test_activity_now (OkStore *store)
{
  School school;
  g_autoptr(GError) error = NULL;
  gint64 evening;
  static const struct { const char *at; int which; } cases[] = {
    { "2025-11-11T07:59", 0 },   /* more than 30 minutes early */
    { "2025-11-11T08:00", 1 },   /* the door opens */
    { "2025-11-11T09:00", 1 },
    { "2025-11-11T09:30", 1 },
    { "2025-11-11T09:31", 0 },
    { "2025-11-12T18:45", 2 },   /* no end: two hours */
    { "2025-11-12T21:00", 2 },
    { "2025-11-12T21:01", 0 },
  };

  school_init (&school, store);
  evening = add_activity (store, "Thema-avond", "2025-11-12T19:00", NULL, 0, OK_TARGET_GROUP_ALL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) at = ok_time_parse_local (cases[i].at);
      g_autoptr(OkActivity) now = ok_store_checkin_activity_now (store, at, &error);
      gint64 want = cases[i].which == 1 ? school.today : cases[i].which == 2 ? evening : 0;

      g_assert_no_error (error);
      g_assert_cmpint (now != NULL ? ok_activity_get_id (now) : 0, ==, want);
    }

  /* Of two running activities, the one that started last. */
  {
    gint64 course = add_activity (store, "Cursus", "2025-11-11T08:00", "2025-11-11T10:00", 0,
                                  OK_TARGET_GROUP_ALL, NULL);
    g_autoptr(GDateTime) at = ok_time_parse_local ("2025-11-11T08:40");
    g_autoptr(GDateTime) later = ok_time_parse_local ("2025-11-11T09:45");
    g_autoptr(OkActivity) now = ok_store_checkin_activity_now (store, at, &error);
    g_autoptr(OkActivity) after = ok_store_checkin_activity_now (store, later, &error);

    g_assert_cmpint (ok_activity_get_id (now), ==, school.today);
    g_assert_cmpint (ok_activity_get_id (after), ==, course);
  }
}

static void
test_stamp (OkStore *store)
{
  School school;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) other = NULL;
  g_autofree char *empty = NULL;
  g_autofree char *again = NULL;
  g_autofree char *marked = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *guests = NULL;

  school_init (&school, store);
  other = ok_test_open_second (store);

  empty = ok_store_checkin_stamp (store, school.today, &error);
  g_assert_no_error (error);
  again = ok_store_checkin_stamp (store, school.today, &error);
  g_assert_cmpstr (empty, ==, again);

  g_assert_true (ok_store_checkin_mark (other, school.today, school.ayse, OK_ATTENDANCE_STATUS_PRESENT,
                                        NULL, &error));
  marked = ok_store_checkin_stamp (store, school.today, &error);
  g_assert_cmpstr (marked, !=, empty);

  /* Same row count, same second: still seen. */
  g_assert_true (ok_store_checkin_mark (other, school.today, school.ayse, OK_ATTENDANCE_STATUS_EXCUSED,
                                        NULL, &error));
  changed = ok_store_checkin_stamp (store, school.today, &error);
  g_assert_cmpstr (changed, !=, marked);

  g_assert_true (ok_store_checkin_add_guests (other, school.today, 1, NULL, &error));
  guests = ok_store_checkin_stamp (store, school.today, &error);
  g_assert_cmpstr (guests, !=, changed);
  g_assert_no_error (error);
}

/* A hostile name goes in and comes out as it was. */
static void
test_hostile_walk_in (OkStore *store)
{
  School school;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  const char *name = "Robert'); DROP TABLE parent;-- %_";
  gint64 id;

  school_init (&school, store);
  id = ok_store_checkin_add_walk_in (store, school.today, name, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  found = ok_store_checkin_search (store, school.today, "robert", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (ok_checkin_entry_get_parent_id (g_ptr_array_index (found, 0)), ==, id);
  g_assert_cmpstr (ok_checkin_entry_get_name (g_ptr_array_index (found, 0)), ==, name);
}

int
main (int   argc,
      char *argv[])
{
  ok_test_init (&argc, &argv);

  g_test_add_func ("/checkin/fold", test_fold);
  ok_test_add_store_func ("/checkin/search", test_search);
  ok_test_add_store_func ("/checkin/expected-order", test_expected_order);
  ok_test_add_store_func ("/checkin/mark-and-undo", test_mark_and_undo);
  ok_test_add_store_func ("/checkin/family", test_family);
  ok_test_add_store_func ("/checkin/walk-in", test_walk_in);
  ok_test_add_store_func ("/checkin/guests", test_guests);
  ok_test_add_store_func ("/checkin/no-shows-and-summary", test_no_shows_and_summary);
  ok_test_add_store_func ("/checkin/activity-now", test_activity_now);
  ok_test_add_store_func ("/checkin/stamp", test_stamp);
  ok_test_add_store_func ("/checkin/hostile-walk-in", test_hostile_walk_in);

  return g_test_run ();
}

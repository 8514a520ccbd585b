/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PostgreSQL roles of data/postgresql-roles.sql, applied with psql as
 * a board's administrator would: a director reads the overview and never a
 * parent's phone number; a coordinator works as usual. */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-store-transfer.h"
#include "ok-test-school.h"
#include "ok-test-util.h"

static gboolean
psql (const char  *uri,
      const char  *option,
      const char  *argument,
      char       **out,
      char       **err)
{
  const char *argv[] = { "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", uri,
                         option, argument, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, err, &status,
                &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

static char *
uri_as (const char *location,
        const char *user,
        const char *password)
{
  g_autoptr(GUri) uri = g_uri_parse (location, G_URI_FLAGS_HAS_PASSWORD, NULL);
  g_autoptr(GUri) other = NULL;

  g_assert_nonnull (uri);
  other = g_uri_build_with_user (G_URI_FLAGS_HAS_PASSWORD, g_uri_get_scheme (uri), user, password,
                                 NULL, g_uri_get_host (uri), g_uri_get_port (uri),
                                 g_uri_get_path (uri), NULL, NULL);
  return g_uri_to_string (other);
}

static void
run_sql (const char *uri,
         const char *sql)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!psql (uri, "-c", sql, &out, &err))
    g_error ("psql -c “%s” failed: %s", sql, err);
}

static void
message (OkStore    *store,
         gint64      activity_id,
         gint64      family_id,
         OkChannel   channel,
         const char *language,
         const char *template_id)
{
  g_autoptr(OkContactMoment) moment = ok_contact_moment_new ();
  g_autoptr(GError) error = NULL;

  ok_contact_moment_set_activity_id (moment, activity_id);
  ok_contact_moment_set_family_id (moment, family_id);
  ok_contact_moment_set_channel (moment, channel);
  ok_contact_moment_set_language (moment, language);
  ok_contact_moment_set_template (moment, template_id);
  ok_contact_moment_set_date (moment, "2024-02-01");
  ok_store_contact_moment_insert (store, moment, &error);
  g_assert_no_error (error);
}

static void
test_roles (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *owner = ok_test_dup_location (store);
  g_autofree char *roles = g_build_filename (g_getenv ("OUDERKAMER_DATADIR"), "postgresql-roles.sql", NULL);
  g_autofree char *director_name = g_strdup_printf ("ok_director_%d", (int) getpid ());
  g_autofree char *coordinator_name = g_strdup_printf ("ok_coordinator_%d", (int) getpid ());
  g_autofree char *director = NULL;
  g_autofree char *coordinator = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *sql = NULL;
  OkTestSchool school;

  if (ok_store_get_dialect (store) != OK_STORE_DIALECT_POSTGRESQL)
    {
      g_test_skip ("Roles exist on PostgreSQL only; SQLite files are protected by their mode");
      return;
    }

  director = uri_as (owner, director_name, "directeur-wachtwoord");
  coordinator = uri_as (owner, coordinator_name, "coordinator-wachtwoord");
  ok_test_school_fill (store, &school);
  /* Ayşe came to the theme meeting, the Hassans were excused, and nobody
   * of the Öztürks came to the second coffee morning. */
  message (store, school.theme_meeting, school.family_ozturk, OK_CHANNEL_WHATSAPP, "tr",
           "theme-meeting-invitation");
  message (store, school.theme_meeting, school.family_hassan, OK_CHANNEL_EMAIL, "ar",
           "theme-meeting-invitation");
  message (store, school.coffee_2, school.family_ozturk, OK_CHANNEL_WHATSAPP, "tr", "reminder");

  /* Twice: the file can be run again after every upgrade. */
  for (int i = 0; i < 2; i++)
    {
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      if (!psql (owner, "-f", roles, &out, &err))
        g_error ("postgresql-roles.sql failed: %s", err);
    }
  run_sql (owner, sql = g_strdup_printf ("DROP ROLE IF EXISTS %s; DROP ROLE IF EXISTS %s; "
                                         "CREATE ROLE %s LOGIN PASSWORD 'directeur-wachtwoord' "
                                         "IN ROLE ouderkamer_director; "
                                         "CREATE ROLE %s LOGIN PASSWORD 'coordinator-wachtwoord' "
                                         "IN ROLE ouderkamer_coordinator",
                                         director_name, coordinator_name, director_name,
                                         coordinator_name));

  /* The director, through the app's own store: no phone number, no name. */
  {
    g_autoptr(OkStore) as_director = ok_store_open_full (director, OK_STORE_OPEN_READ_ONLY, &error);
    g_autoptr(OkParent) parent = NULL;
    g_autoptr(GPtrArray) families = NULL;
    g_autoptr(JsonNode) export = NULL;

    g_assert_no_error (error);
    parent = ok_store_parent_get (as_director, school.parent_ayse, &error);
    g_assert_null (parent);
    g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_DENIED);
    g_assert_nonnull (strstr (error->message, "permission denied for table parent"));
    g_clear_error (&error);

    families = ok_store_family_list (as_director, &error);
    g_assert_null (families);
    g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_DENIED);
    g_clear_error (&error);

    export = ok_store_export_json (as_director, &error);
    g_assert_null (export);
    g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_DENIED);
    g_clear_error (&error);
  }
  {
    g_autoptr(OkStore) as_director = ok_store_open (director, &error);

    g_assert_null (as_director);
    g_assert_error (error, OK_STORE_ERROR, OK_STORE_ERROR_DENIED);
    g_clear_error (&error);
  }

  /* … and with psql, a director sees the overview and nothing else. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_false (psql (director, "-c", "SELECT phone FROM parent", &out, &err));
  g_assert_nonnull (strstr (err, "permission denied"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_false (psql (director, "-c", "SELECT name FROM family", &out, &err));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (psql (director, "-c",
                       "SELECT quarter, activities, attendances, unnamed_guests, parents_reached, "
                       "active_families, families_reached FROM overview_quarter ORDER BY quarter",
                       &out, &err));
  g_assert_cmpstr (out, ==, "2024-Q1|1|2|3|2|2|1\n2024-Q2|2|2|0|2|2|2\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (psql (director, "-c", "SELECT sum(attendances) FROM overview_activity", &out, &err));
  g_assert_cmpstr (out, ==, "4\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_true (psql (director, "-c",
                       "SELECT quarter, channel, language, invited, came FROM overview_invitation "
                       "ORDER BY quarter, channel, language", &out, &err));
  g_assert_cmpstr (out, ==, "2024-Q1|email|ar|1|0\n2024-Q1|whatsapp|tr|1|1\n2024-Q2|whatsapp|tr|1|0\n");
  /* Counts only: the messages themselves stay closed to a director. */
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_false (psql (director, "-c", "SELECT family_id FROM contact_moment", &out, &err));
  g_assert_nonnull (strstr (err, "permission denied"));

  /* A coordinator opens the database and works as usual. */
  {
    g_autoptr(OkStore) as_coordinator = ok_store_open (coordinator, &error);
    g_autoptr(OkFamily) family = ok_family_new ();
    g_autoptr(OkParent) parent = NULL;

    g_assert_no_error (error);
    ok_family_set_name (family, "Familie Bakker");
    g_assert_true (ok_store_family_insert (as_coordinator, family, &error));
    g_assert_no_error (error);
    parent = ok_store_parent_get (as_coordinator, school.parent_ayse, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (ok_parent_get_phone (parent), ==, "+31612345678");
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_false (psql (coordinator, "-c", "DROP TABLE attendance", &out, &err));

  g_free (sql);
  run_sql (owner, sql = g_strdup_printf ("DROP ROLE %s; DROP ROLE %s", director_name,
                                         coordinator_name));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/access/roles", test_roles);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which invitations worked: of the families invited to an activity of the
 * period, how many came, per channel and per language, against the sums in
 * report-fixture.c, on SQLite and PostgreSQL; and a message logged by the
 * sending path is counted. */
#include "config.h"

#include <string.h>

#include "ok-report.h"
#include "ok-store-activity.h"
#include "ok-store-send.h"
#include "ok-test-util.h"
#include "report-fixture.h"

static OkQuarterReport *
compute (OkStore       *store,
         const char    *text,
         OkReportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  OkReportPeriod period;
  OkQuarterReport *report;

  ok_report_period_parse (text, &period, &error);
  g_assert_no_error (error);
  report = ok_quarter_report_compute (store, &period, 0, flags, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* "key:invited/came,…" in the report's order. */
static char *
invited_text (GArray *array)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < array->len; i++)
    {
      OkReportInvited *item = &g_array_index (array, OkReportInvited, i);

      g_string_append_printf (s, "%s%s:%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
                              i > 0 ? "," : "", item->key, item->invited, item->came);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
assert_invited (OkQuarterReport *report,
                gint64           invited,
                gint64           came,
                int              share_tenths,
                const char      *by_channel,
                const char      *by_language)
{
  g_autofree char *channels = invited_text (report->invited_by_channel);
  g_autofree char *languages = invited_text (report->invited_by_language);

  g_assert_cmpint (report->invited.invited, ==, invited);
  g_assert_cmpint (report->invited.came, ==, came);
  g_assert_cmpint (ok_report_invited_share_tenths (&report->invited), ==, share_tenths);
  g_assert_cmpstr (channels, ==, by_channel);
  g_assert_cmpstr (languages, ==, by_language);
}

static void
test_share_and_labels (void)
{
  OkReportInvited none = { NULL, 0, 0 }, third = { NULL, 3, 1 }, half = { NULL, 8, 4 };
  OkReportInvited sixth = { NULL, 6, 1 };
  g_autofree char *call = ok_report_channel_label ("phone");
  g_autofree char *whatsapp = ok_report_channel_label ("whatsapp");

  g_assert_cmpint (ok_report_invited_share_tenths (&none), ==, 0);
  g_assert_cmpint (ok_report_invited_share_tenths (&third), ==, 333);
  g_assert_cmpint (ok_report_invited_share_tenths (&half), ==, 500);
  /* 16.666…: rounded half up to 16.7. */
  g_assert_cmpint (ok_report_invited_share_tenths (&sixth), ==, 167);
  g_assert_cmpstr (call, ==, "Call list");
  g_assert_cmpstr (whatsapp, ==, "WhatsApp");
}

static void
test_school_quarter (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) report = NULL;

  report_fixture_build (store, &fx);
  report = compute (store, "2026-Q1", OK_REPORT_FLAGS_NONE);
  assert_invited (report, 7, 4, 571,
                  "whatsapp:3/3,email:1/0,letter:1/0,sms:1/0,phone:2/1",
                  "nl:2/0,ar:1/1,pl:1/1,tr:1/1,und:2/1");
}

static void
test_board_and_year (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) board = NULL;
  g_autoptr(OkQuarterReport) year = NULL;
  g_autoptr(OkQuarterReport) q2 = NULL;
  g_autoptr(OkQuarterReport) empty = NULL;

  report_fixture_build (store, &fx);
  board = compute (store, "2026-Q1", OK_REPORT_ALL_SCHOOLS);
  assert_invited (board, 9, 5, 556,
                  "whatsapp:4/3,email:2/1,letter:1/0,sms:1/0,phone:2/1",
                  "nl:3/1,ar:1/1,fa:1/0,pl:1/1,tr:1/1,und:2/1");

  year = compute (store, "2025-2026", OK_REPORT_FLAGS_NONE);
  assert_invited (year, 8, 5, 625,
                  "whatsapp:3/3,email:2/1,letter:1/0,sms:1/0,phone:2/1",
                  "nl:3/1,ar:1/1,pl:1/1,tr:1/1,und:2/1");

  /* A5 starts at 00:30 local time on 1 April: its invitation is Q2's. */
  q2 = compute (store, "2026-Q2", OK_REPORT_FLAGS_NONE);
  assert_invited (q2, 1, 1, 1000, "whatsapp:0/0,email:1/1,letter:0/0,sms:0/0,phone:0/0", "nl:1/1");

  /* Every sending channel is listed, also when nobody was invited. */
  empty = compute (store, "2025-Q4", OK_REPORT_FLAGS_NONE);
  assert_invited (empty, 0, 0, 0, "whatsapp:0/0,email:0/0,letter:0/0,sms:0/0,phone:0/0", "");
}

/* What the send dialog logs is what the overview counts. */
static void
test_logged_by_sending (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) before = NULL;
  g_autoptr(OkQuarterReport) after = NULL;
  g_autoptr(OkActivity) activity = NULL;
  g_autoptr(OkRecipient) de_vries = NULL;
  g_autoptr(GPtrArray) sent = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  report_fixture_build (store, &fx);
  before = compute (store, "2026-Q1", OK_REPORT_FLAGS_NONE);

  /* A reminder for the walk-in morning A4 to De Vries, by e-mail. */
  activity = ok_store_activity_get (store, fx.activity[4], &error);
  g_assert_no_error (error);
  de_vries = ok_recipient_new (fx.family[3], "De Vries");
  ok_recipient_set_parent (de_vries, fx.parent[4], "Sanne de Vries", NULL, "sanne@example.org");
  ok_recipient_set_channel (de_vries, OK_CHANNEL_EMAIL, OK_SEND_REASON_PREFERRED);
  ok_recipient_set_language (de_vries, "nl");
  g_ptr_array_add (sent, de_vries);
  g_assert_true (ok_store_send_log (store, activity, "reminder", sent, "Sanne", &error));
  g_assert_no_error (error);

  after = compute (store, "2026-Q1", OK_REPORT_FLAGS_NONE);
  g_assert_cmpint (after->invited.invited, ==, before->invited.invited + 1);
  g_assert_cmpint (after->invited.came, ==, before->invited.came);
  assert_invited (after, 8, 4, 500,
                  "whatsapp:3/3,email:2/0,letter:1/0,sms:1/0,phone:2/1",
                  "nl:3/0,ar:1/1,pl:1/1,tr:1/1,und:2/1");

  /* A thank-you is not an invitation. */
  g_assert_true (ok_store_send_log (store, activity, "thank-you", sent, "Sanne", &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, ok_quarter_report_unref);
  after = compute (store, "2026-Q1", OK_REPORT_FLAGS_NONE);
  g_assert_cmpint (after->invited.invited, ==, 8);
}

static void
test_json (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *invitations, *item;
  JsonArray *channels, *languages;

  report_fixture_build (store, &fx);
  report = compute (store, "2026-Q1", OK_REPORT_FLAGS_NONE);
  text = ok_quarter_report_to_json_text (report, FALSE);
  g_assert_nonnull (strstr (text, "\"came_percent\" : 57.1,"));

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  invitations = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)),
                                               "invitations");
  g_assert_nonnull (invitations);
  g_assert_cmpint (json_object_get_int_member (invitations, "invited"), ==, 7);
  g_assert_cmpint (json_object_get_int_member (invitations, "came"), ==, 4);
  g_assert_cmpfloat (json_object_get_double_member (invitations, "came_percent"), ==, 57.1);

  channels = json_object_get_array_member (invitations, "by_channel");
  g_assert_cmpuint (json_array_get_length (channels), ==, 5);
  item = json_array_get_object_element (channels, 4);
  g_assert_cmpstr (json_object_get_string_member (item, "channel"), ==, "phone");
  g_assert_cmpint (json_object_get_int_member (item, "invited"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (item, "came"), ==, 1);
  g_assert_cmpfloat (json_object_get_double_member (item, "came_percent"), ==, 50.0);

  languages = json_object_get_array_member (invitations, "by_language");
  g_assert_cmpuint (json_array_get_length (languages), ==, 5);
  item = json_array_get_object_element (languages, 0);
  g_assert_cmpstr (json_object_get_string_member (item, "language"), ==, "nl");
  g_assert_cmpint (json_object_get_int_member (item, "invited"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (item, "came"), ==, 0);
  g_assert_cmpfloat (json_object_get_double_member (item, "came_percent"), ==, 0.0);
}

static void
test_csv (OkStore *store)
{
  ReportFixture fx;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  report_fixture_build (store, &fx);
  report = compute (store, "2026-Q1", OK_REPORT_ALL_SCHOOLS);
  csv = ok_quarter_report_to_csv (report, FALSE);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_true (g_strv_contains ((const char * const *) lines, "invited,all,9,5,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "invited_by_channel,whatsapp,4,3,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "invited_by_channel,sms,1,0,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "invited_by_language,fa,1,0,"));
  g_assert_true (g_strv_contains ((const char * const *) lines, "invited_by_language,und,2,1,"));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);

  g_test_add_func ("/report/invited/share-and-labels", test_share_and_labels);
  ok_test_add_store_func ("/report/invited/school-quarter", test_school_quarter);
  ok_test_add_store_func ("/report/invited/board-and-year", test_board_and_year);
  ok_test_add_store_func ("/report/invited/logged-by-sending", test_logged_by_sending);
  ok_test_add_store_func ("/report/invited/json", test_json);
  ok_test_add_store_func ("/report/invited/csv", test_csv);
  return g_test_run ();
}

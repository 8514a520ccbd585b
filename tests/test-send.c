/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Sending a template about an activity: who gets it, by which channel and
 * in which language, the links and files, the log of what was sent and
 * the answers, on SQLite and PostgreSQL. */
#include "config.h"

#include <string.h>

#include "ok-language-table.h"
#include "ok-mailing.h"
#include "ok-send.h"
#include "ok-store-activity.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-store-send.h"
#include "ok-store-template.h"
#include "ok-test-util.h"
#include "ok-time.h"

#define FSI "\xe2\x81\xa8"
#define PDI "\xe2\x81\xa9"

/* Pure functions */

static OkRecipient *
recipient (const char *language,
           OkChannel   preferred,
           const char *phone,
           const char *email)
{
  OkRecipient *r = ok_recipient_new (1, "Familie Test");
  const char *languages[] = { language, NULL };

  ok_recipient_set_languages (r, language != NULL ? languages : NULL);
  ok_recipient_set_preferred_channel (r, preferred);
  ok_recipient_set_parent (r, 1, "Ouder Test", phone, email);
  return r;
}

static void
assert_channel (OkRecipient  *r,
                OkChannel     channel,
                OkSendReason  reason)
{
  OkSendReason why = -1;

  g_assert_cmpint (ok_send_choose_channel (r, &why), ==, channel);
  g_assert_cmpint (why, ==, reason);
}

static void
test_channel_choice (void)
{
  g_autoptr(OkRecipient) whatsapp = recipient ("ar", OK_CHANNEL_WHATSAPP, "06-12345678", NULL);
  g_autoptr(OkRecipient) landline = recipient ("tr", OK_CHANNEL_WHATSAPP, "010 1234567", "ayse@example.nl");
  g_autoptr(OkRecipient) nothing = recipient ("pl", OK_CHANNEL_SMS, NULL, NULL);
  g_autoptr(OkRecipient) email = recipient ("nl", OK_CHANNEL_EMAIL, NULL, "piet@example.nl");
  g_autoptr(OkRecipient) no_email = recipient ("so", OK_CHANNEL_EMAIL, "+252 61 1234567", NULL);
  g_autoptr(OkRecipient) tarifit = recipient ("rif", OK_CHANNEL_WHATSAPP, "0612345678", NULL);
  g_autoptr(OkRecipient) tamazight = recipient ("zgh", OK_CHANNEL_LETTER, NULL, NULL);
  g_autoptr(OkRecipient) sranan = recipient ("srn", OK_CHANNEL_SMS, "0612345678", NULL);
  g_autoptr(OkRecipient) not_reading = recipient ("nl", OK_CHANNEL_WHATSAPP, "0612345678", NULL);
  g_autoptr(OkRecipient) letter = recipient ("ti", OK_CHANNEL_LETTER, NULL, NULL);
  g_autoptr(OkRecipient) call = recipient ("uk", OK_CHANNEL_PHONE, "0612345678", NULL);
  g_autoptr(OkRecipient) unknown = recipient (NULL, OK_CHANNEL_WHATSAPP, "0612345678", NULL);
  g_autoptr(OkRecipient) berber_and_arabic = recipient ("ber", OK_CHANNEL_WHATSAPP, "0612345678", NULL);
  g_autoptr(OkTemplateCatalog) catalog = ok_template_catalog_new (NULL);
  const char *two[] = { "rif", "ar", NULL };
  const char *regional[] = { "ar-MA", NULL };
  const char *unwritten[] = { "tzm", "xx", NULL };

  assert_channel (whatsapp, OK_CHANNEL_WHATSAPP, OK_SEND_REASON_PREFERRED);
  /* A landline cannot take WhatsApp: e-mail, and without it a letter. */
  assert_channel (landline, OK_CHANNEL_EMAIL, OK_SEND_REASON_NO_ADDRESS);
  assert_channel (nothing, OK_CHANNEL_LETTER, OK_SEND_REASON_NO_ADDRESS);
  assert_channel (email, OK_CHANNEL_EMAIL, OK_SEND_REASON_PREFERRED);
  assert_channel (no_email, OK_CHANNEL_WHATSAPP, OK_SEND_REASON_NO_ADDRESS);
  assert_channel (letter, OK_CHANNEL_LETTER, OK_SEND_REASON_PREFERRED);
  assert_channel (call, OK_CHANNEL_PHONE, OK_SEND_REASON_PREFERRED);
  assert_channel (unknown, OK_CHANNEL_WHATSAPP, OK_SEND_REASON_PREFERRED);

  /* Spoken more than read: on the call list, whatever they chose. */
  assert_channel (tarifit, OK_CHANNEL_PHONE, OK_SEND_REASON_SPOKEN_LANGUAGE);
  assert_channel (tamazight, OK_CHANNEL_PHONE, OK_SEND_REASON_SPOKEN_LANGUAGE);
  assert_channel (sranan, OK_CHANNEL_PHONE, OK_SEND_REASON_SPOKEN_LANGUAGE);
  assert_channel (berber_and_arabic, OK_CHANNEL_PHONE, OK_SEND_REASON_SPOKEN_LANGUAGE);
  ok_recipient_set_reads_no_language (not_reading, TRUE);
  assert_channel (not_reading, OK_CHANNEL_PHONE, OK_SEND_REASON_READS_NO_LANGUAGE);

  /* A Tarifit family that also reads Arabic gets an Arabic message. */
  ok_recipient_set_languages (berber_and_arabic, two);
  assert_channel (berber_and_arabic, OK_CHANNEL_WHATSAPP, OK_SEND_REASON_PREFERRED);
  g_assert_nonnull (catalog);
  g_assert_cmpstr (ok_send_choose_language (berber_and_arabic, catalog, "reminder"), ==, "ar");
  ok_recipient_set_languages (berber_and_arabic, regional);
  g_assert_cmpstr (ok_send_choose_language (berber_and_arabic, catalog, "reminder"), ==, "ar");
  ok_recipient_set_languages (berber_and_arabic, unwritten);
  g_assert_cmpstr (ok_send_choose_language (berber_and_arabic, catalog, "reminder"), ==, "nl");
  g_assert_cmpstr (ok_send_choose_language (unknown, catalog, "reminder"), ==, "nl");
  g_assert_cmpstr (ok_send_choose_language (whatsapp, catalog, "reminder"), ==, "ar");

  g_assert_true (ok_language_code_is_written ("ar"));
  g_assert_false (ok_language_code_is_written ("rif"));
  g_assert_false (ok_language_code_is_written ("zgh-Tfng"));
  g_assert_false (ok_language_code_is_written ("shi"));
  g_assert_false (ok_language_code_is_written (NULL));
}

static void
test_defaults (void)
{
  g_autoptr(OkActivity) coffee = ok_activity_new ();
  g_autoptr(OkActivity) evening = ok_activity_new ();

  ok_activity_set_kind (coffee, OK_ACTIVITY_KIND_COFFEE_MORNING);
  ok_activity_set_kind (evening, OK_ACTIVITY_KIND_THEME_MEETING);
  g_assert_cmpstr (ok_send_default_template (coffee), ==, "coffee-morning-invitation");
  g_assert_cmpstr (ok_send_default_template (evening), ==, "theme-meeting-invitation");

  /* Reminders by default only to the invited who have not answered. */
  g_assert_cmpint (ok_send_default_recipients ("reminder"), ==, OK_RECIPIENTS_UNANSWERED);
  g_assert_cmpint (ok_send_default_recipients ("thank-you"), ==, OK_RECIPIENTS_PRESENT);
  g_assert_cmpint (ok_send_default_recipients ("we-missed-you"), ==, OK_RECIPIENTS_MISSED);
  g_assert_cmpint (ok_send_default_recipients ("theme-meeting-invitation"), ==, OK_RECIPIENTS_TARGET);
}

static void
test_links (void)
{
  g_autofree char *wa = ok_send_whatsapp_link ("06-12345678", "Beste Fatima,\nKomt u? 19:00 & café");
  g_autofree char *rtl = ok_send_whatsapp_link ("+31 6 12345678", "الموعد: " FSI "19:00" PDI);
  g_autofree char *landline = ok_send_whatsapp_link ("010-1234567", "Hallo");
  g_autofree char *mail = ok_send_mailto_link ("piet+school@example.nl", "Uitnodiging: lezen & praten",
                                               "Beste Piet,\nTot dan!");
  g_autofree char *bad = ok_send_mailto_link ("geen adres", "a", "b");
  g_autofree char *written = ok_send_whatsapp_link ("+31 (0)6 1234 5678", "Hallo");

  g_assert_cmpstr (wa, ==,
                   "https://wa.me/31612345678?text=Beste%20Fatima%2C%0AKomt%20u%3F%2019%3A00%20%26%20caf%C3%A9");
  /* The isolates travel with the text, percent-encoded as UTF-8. */
  g_assert_cmpstr (rtl, ==,
                   "https://wa.me/31612345678?text=%D8%A7%D9%84%D9%85%D9%88%D8%B9%D8%AF%3A%20"
                   "%E2%81%A819%3A00%E2%81%A9");
  g_assert_null (landline);
  g_assert_cmpstr (mail, ==,
                   "mailto:piet%2Bschool@example.nl?subject=Uitnodiging%3A%20lezen%20%26%20praten"
                   "&body=Beste%20Piet%2C%0D%0ATot%20dan%21");
  g_assert_null (bad);
  /* However the number was written, wa.me gets the E.164 digits. */
  g_assert_cmpstr (written, ==, "https://wa.me/31612345678?text=Hallo");
}

/* The school */

typedef struct {
  OkActivity *activity;
  gint64 el_amrani;    /* Arabic, WhatsApp, group 3 */
  gint64 tesfay;       /* Tigrinya, letter, group 5 */
  gint64 jansen;       /* Dutch, e-mail, group 8 */
  gint64 ouali;        /* Tarifit only: a call */
  gint64 bakker;       /* Dutch, reads no language: a call */
  gint64 kaya;         /* Turkish, SMS, group 1, started this school year */
  gint64 left;         /* the child left last year */
  gint64 parent_el_amrani;
  gint64 parent_jansen;
  gint64 parent_kaya;
  gint64 parent_tesfay;
} School;

static void
school_clear (School *s)
{
  g_clear_object (&s->activity);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (School, school_clear)

static gint64
add_family (OkStore     *store,
            const char  *name,
            const char  *language,
            OkChannel    channel,
            const char  *group,
            const char  *enrolled_from,
            const char  *enrolled_until,
            const char  *parent_name,
            const char  *phone,
            const char  *email,
            gint64      *parent_id)
{
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autoptr(OkParent) parent = ok_parent_new ();
  g_autoptr(OkChild) child = ok_child_new ();
  g_autoptr(GError) error = NULL;
  const char *languages[] = { language, NULL };

  ok_family_set_name (family, name);
  ok_family_set_languages (family, languages);
  ok_family_set_preferred_channel (family, channel);
  g_assert_true (ok_store_family_insert (store, family, &error));
  g_assert_no_error (error);

  ok_parent_set_name (parent, parent_name);
  ok_parent_set_phone (parent, phone);
  ok_parent_set_email (parent, email);
  ok_parent_set_family_id (parent, ok_family_get_id (family));
  g_assert_true (ok_store_parent_insert (store, parent, &error));
  g_assert_no_error (error);
  if (parent_id != NULL)
    *parent_id = ok_parent_get_id (parent);

  ok_child_set_family_id (child, ok_family_get_id (family));
  ok_child_set_first_name (child, parent_name[0] == 'F' ? "Yasmina" : "Sam");
  ok_child_set_last_name (child, name);
  ok_child_set_group (child, group);
  ok_child_set_enrolled_from (child, enrolled_from);
  ok_child_set_enrolled_until (child, enrolled_until);
  g_assert_true (ok_store_child_insert (store, child, &error));
  g_assert_no_error (error);
  return ok_family_get_id (family);
}

static OkActivity *
add_activity (OkStore    *store,
              const char *starts,
              const char *ends)
{
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) start = ok_time_parse_local (starts);
  g_autoptr(GDateTime) end = ok_time_parse_local (ends);
  g_autoptr(GError) error = NULL;
  const char *interpreters[] = { "ar", NULL };

  ok_activity_set_kind (activity, OK_ACTIVITY_KIND_THEME_MEETING);
  ok_activity_set_title (activity, "Ouderavond lezen");
  ok_activity_set_theme (activity, "reading-at-home");
  ok_activity_set_location (activity, "Ouderkamer");
  ok_activity_set_starts_at (activity, start);
  ok_activity_set_ends_at (activity, end);
  ok_activity_set_interpreter_languages (activity, interpreters);
  g_assert_true (ok_store_activity_insert (store, activity, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&activity);
}

static void
school_build (OkStore *store,
              School  *s)
{
  g_autoptr(OkFamily) bakker = NULL;
  g_autoptr(GError) error = NULL;

  s->activity = add_activity (store, "2026-03-10T19:00", "2026-03-10T20:30");
  s->el_amrani = add_family (store, "Familie El Amrani", "ar", OK_CHANNEL_WHATSAPP, "3", "2021-08-20", NULL,
                             "Fatima El Amrani", "06-12345678", NULL, &s->parent_el_amrani);
  s->tesfay = add_family (store, "Familie Tesfay", "ti", OK_CHANNEL_LETTER, "5", "2019-08-20", NULL,
                          "Senait Tesfay", NULL, NULL, &s->parent_tesfay);
  s->jansen = add_family (store, "Familie Jansen", "nl", OK_CHANNEL_EMAIL, "8", "2018-08-20", NULL,
                          "Piet Jansen", NULL, "piet@example.nl", &s->parent_jansen);
  s->ouali = add_family (store, "Familie Ouali", "rif", OK_CHANNEL_WHATSAPP, "3", "2021-08-20", NULL,
                         "Mohamed Ouali", "0687654321", NULL, NULL);
  s->bakker = add_family (store, "Familie Bakker", "nl", OK_CHANNEL_WHATSAPP, "5", "2020-08-20", NULL,
                          "Kees Bakker", "0611122233", NULL, NULL);
  s->kaya = add_family (store, "Familie Kaya", "tr", OK_CHANNEL_SMS, "1", "2025-10-01", NULL,
                        "Ayşe Kaya", "+31 6 44455566", NULL, &s->parent_kaya);
  s->left = add_family (store, "Familie Vertrokken", "pl", OK_CHANNEL_WHATSAPP, "8", "2017-08-20",
                        "2025-07-15", "Anna Nowak", "0699988877", NULL, NULL);

  bakker = ok_store_family_get (store, s->bakker, &error);
  g_assert_no_error (error);
  ok_family_set_reads_no_language (bakker, TRUE);
  g_assert_true (ok_store_family_update (store, bakker, &error));
  g_assert_no_error (error);
}

static GPtrArray *
recipients (OkStore      *store,
            OkActivity   *activity,
            OkRecipients  which)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = ok_store_send_recipients (store, activity, which, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static OkRecipient *
find (GPtrArray *list,
      gint64     family_id)
{
  for (guint i = 0; i < list->len; i++)
    if (ok_recipient_get_family_id (list->pdata[i]) == family_id)
      return list->pdata[i];
  return NULL;
}

static OkMailing *
mailing_for (OkStore    *store,
             OkActivity *activity,
             GPtrArray  *list)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkTemplateCatalog) catalog = ok_store_template_load_catalog (store, &error);
  OkMailing *mailing;

  g_assert_no_error (error);
  mailing = ok_mailing_new (catalog, activity, "De Regenboog");
  ok_mailing_set_sender (mailing, "Sanne de Vries", NULL, NULL);
  ok_mailing_set_recipients (mailing, list);
  return mailing;
}

static void
test_recipients_target (OkStore *store)
{
  g_auto(School) s = { 0, };
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) newcomers = NULL;
  g_autoptr(GError) error = NULL;
  const char *chosen[] = { "3", "8", NULL };
  OkRecipient *el_amrani;

  school_build (store, &s);

  /* Every family with a child at school on the day, by name. */
  all = recipients (store, s.activity, OK_RECIPIENTS_TARGET);
  g_assert_cmpuint (all->len, ==, 6);
  g_assert_cmpstr (ok_recipient_get_family_name (all->pdata[0]), ==, "Familie Bakker");
  g_assert_cmpstr (ok_recipient_get_family_name (all->pdata[5]), ==, "Familie Tesfay");
  g_assert_null (find (all, s.left));

  el_amrani = find (all, s.el_amrani);
  g_assert_cmpint (ok_recipient_get_parent_id (el_amrani), ==, s.parent_el_amrani);
  g_assert_cmpstr (ok_recipient_get_parent_name (el_amrani), ==, "Fatima El Amrani");
  g_assert_cmpstr (ok_recipient_get_phone (el_amrani), ==, "06-12345678");
  g_assert_cmpstr (ok_recipient_get_child_name (el_amrani), ==, "Yasmina");
  g_assert_cmpstr (ok_recipient_get_home_language (el_amrani), ==, "ar");
  g_assert_cmpint (ok_recipient_get_status (el_amrani), ==, OK_RECIPIENT_NO_STATUS);
  g_assert_true (ok_recipient_get_reads_no_language (find (all, s.bakker)));

  ok_activity_set_target_group (s.activity, OK_TARGET_GROUP_GROUPS);
  ok_activity_set_target_groups (s.activity, chosen);
  g_assert_true (ok_store_activity_update (store, s.activity, &error));
  g_assert_no_error (error);
  groups = recipients (store, s.activity, OK_RECIPIENTS_TARGET);
  g_assert_cmpuint (groups->len, ==, 3);
  g_assert_nonnull (find (groups, s.el_amrani));
  g_assert_nonnull (find (groups, s.ouali));
  g_assert_nonnull (find (groups, s.jansen));

  /* New pupils: started in the year before the activity. */
  ok_activity_set_target_group (s.activity, OK_TARGET_GROUP_NEW_PARENTS);
  g_assert_true (ok_store_activity_update (store, s.activity, &error));
  g_assert_no_error (error);
  newcomers = recipients (store, s.activity, OK_RECIPIENTS_TARGET);
  g_assert_cmpuint (newcomers->len, ==, 1);
  g_assert_nonnull (find (newcomers, s.kaya));
}

static void
test_recipients_not_reached (OkStore *store)
{
  g_auto(School) s = { 0, };
  g_autoptr(OkActivity) earlier = NULL;
  g_autoptr(OkActivity) last_quarter = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;

  school_build (store, &s);
  earlier = add_activity (store, "2026-02-03T08:30", "2026-02-03T10:00");
  last_quarter = add_activity (store, "2025-12-02T08:30", "2025-12-02T10:00");

  /* Came in this quarter: reached. Came last quarter only: not. */
  g_assert_true (ok_store_attendance_mark (store, ok_activity_get_id (earlier), s.parent_el_amrani,
                                           OK_ATTENDANCE_STATUS_PRESENT, FALSE, NULL, NULL, &error));
  g_assert_true (ok_store_attendance_mark (store, ok_activity_get_id (last_quarter), s.parent_jansen,
                                           OK_ATTENDANCE_STATUS_PRESENT, FALSE, NULL, NULL, &error));
  /* Registered is not reached. */
  g_assert_true (ok_store_attendance_mark (store, ok_activity_get_id (earlier), s.parent_kaya,
                                           OK_ATTENDANCE_STATUS_REGISTERED, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);

  list = recipients (store, s.activity, OK_RECIPIENTS_NOT_REACHED);
  g_assert_cmpuint (list->len, ==, 5);
  g_assert_null (find (list, s.el_amrani));
  g_assert_null (find (list, s.left));
  g_assert_nonnull (find (list, s.jansen));
  g_assert_nonnull (find (list, s.kaya));
}

static void
test_compose (OkStore *store)
{
  g_auto(School) s = { 0, };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(OkMailing) mailing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *text = NULL;
  g_autofree char *dutch = NULL;
  g_autofree char *link = NULL;
  g_autofree char *mail = NULL;
  g_auto(GStrv) languages = NULL;
  OkRecipient *el_amrani, *jansen, *ouali;
  const char *separator;

  school_build (store, &s);
  list = recipients (store, s.activity, OK_RECIPIENTS_TARGET);
  mailing = mailing_for (store, s.activity, list);
  g_assert_cmpstr (ok_mailing_get_template (mailing), ==, "theme-meeting-invitation");

  el_amrani = find (list, s.el_amrani);
  jansen = find (list, s.jansen);
  ouali = find (list, s.ouali);
  g_assert_cmpint (ok_recipient_get_channel (el_amrani), ==, OK_CHANNEL_WHATSAPP);
  g_assert_cmpstr (ok_recipient_get_language (el_amrani), ==, "ar");
  g_assert_cmpint (ok_recipient_get_channel (find (list, s.tesfay)), ==, OK_CHANNEL_LETTER);
  g_assert_cmpstr (ok_recipient_get_language (find (list, s.tesfay)), ==, "ti");
  g_assert_cmpint (ok_recipient_get_channel (jansen), ==, OK_CHANNEL_EMAIL);
  g_assert_cmpint (ok_recipient_get_channel (ouali), ==, OK_CHANNEL_PHONE);
  g_assert_cmpint (ok_recipient_get_channel (find (list, s.bakker)), ==, OK_CHANNEL_PHONE);
  g_assert_cmpint (ok_recipient_get_channel (find (list, s.kaya)), ==, OK_CHANNEL_SMS);
  g_assert_cmpuint (ok_mailing_count_channel (mailing, OK_CHANNEL_PHONE), ==, 2);

  languages = ok_mailing_list_languages (mailing);
  g_assert_cmpstr (languages[0], ==, "nl");
  g_assert_true (g_strv_contains ((const char * const *) languages, "ar"));
  g_assert_true (g_strv_contains ((const char * const *) languages, "ti"));
  g_assert_true (g_strv_contains ((const char * const *) languages, "tr"));

  /* Arabic first, with its values isolated, then the Dutch text. */
  g_assert_true (ok_mailing_compose (mailing, el_amrani, NULL, &subject, &text, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "مرحبًا " FSI "Fatima El Amrani" PDI));
  g_assert_nonnull (strstr (text, "المكان: " FSI "Ouderkamer" PDI));
  separator = strstr (text, "\n\n———\n\nBeste Fatima El Amrani,\n");
  g_assert_nonnull (separator);
  g_assert_nonnull (strstr (separator, "Wanneer: dinsdag 10 maart 2026, 19:00–20:30\n"));
  g_assert_nonnull (strstr (separator, "Er is een tolk: Arabisch\n"));
  g_assert_null (strstr (text, "{"));
  g_assert_true (g_str_has_suffix (subject, " / Uitnodiging: Lezen thuis"));

  /* Dutch alone for a Dutch family; no interpreter mentioned. */
  g_assert_true (ok_mailing_compose (mailing, jansen, NULL, NULL, &dutch, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (dutch, "Beste Piet Jansen,\n"));
  g_assert_null (strstr (dutch, "———"));
  g_assert_null (strstr (dutch, "tolk"));

  link = ok_mailing_link (mailing, el_amrani, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (link, "https://wa.me/31612345678?text=%D9%85%D8%B1%D8%AD%D8%A8"));
  g_assert_nonnull (strstr (link, "%E2%80%94%E2%80%94%E2%80%94"));
  mail = ok_mailing_link (mailing, jansen, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (mail, "mailto:piet@example.nl?subject=Uitnodiging%3A%20Lezen%20thuis&body="
                                   "Beste%20Piet%20Jansen%2C%0D%0A%0D%0AWij%20nodigen%20u%20uit"));
  g_assert_null (ok_mailing_link (mailing, ouali, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
}

static void
test_call_list (OkStore *store)
{
  g_auto(School) s = { 0, };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(OkMailing) mailing = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *sms = NULL;
  g_auto(GStrv) rows = NULL;
  guint n = 0;

  school_build (store, &s);
  list = recipients (store, s.activity, OK_RECIPIENTS_TARGET);
  mailing = mailing_for (store, s.activity, list);

  csv = ok_mailing_call_list_csv (mailing, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  rows = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpstr (rows[0], ==, "Family;Parent;Phone;Home language;Why a call;What to say;Answer");
  /* The Bakkers (who read no language) and the Oualis (Tarifit), each
   * with a plain Dutch script filled in for them. */
  g_assert_true (g_str_has_prefix (rows[1], "Familie Bakker;Kees Bakker;0611122233;Nederlands;"
                                   "Does not read well;\"Goedendag Kees Bakker. U spreekt met Sanne de Vries "
                                   "van De Regenboog.\nWij nodigen u uit voor een bijeenkomst voor ouders "
                                   "over: Lezen thuis.\nDat is op dinsdag 10 maart 2026, 19:00–20:30.\n"
                                   "De plek is: Ouderkamer.\nKomt u?\";"));
  g_assert_true (g_str_has_prefix (rows[2], "Familie Ouali;Mohamed Ouali;0687654321;Tarifit (Riffijns);"
                                   "Home language is rarely written;\"Goedendag Mohamed Ouali."));
  g_assert_cmpstr (rows[3], ==, "");
  g_assert_null (rows[4]);
  g_assert_null (strstr (csv, "El Amrani"));
  g_assert_null (strstr (csv, "Jansen"));

  sms = ok_mailing_sms_csv (mailing, &n, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (g_str_has_prefix (sms, "number;message\r\n+31644455566;\"Merhaba " ));
  g_assert_true (g_str_has_suffix (sms, "De Regenboog\"\r\n"));
  g_assert_nonnull (strstr (sms, "\n\n———\n\nBeste Ayşe Kaya,\n"));
}

static void
test_letters (OkStore *store)
{
  g_auto(School) s = { 0, };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(OkMailing) mailing = NULL;
  g_autoptr(OkLetters) letters = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *messages;

  school_build (store, &s);
  list = recipients (store, s.activity, OK_RECIPIENTS_TARGET);
  mailing = mailing_for (store, s.activity, list);
  letters = ok_mailing_letters (mailing, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ok_letters_get_n_pages (letters), ==, 1);

  json = ok_mailing_to_json (mailing, &error);
  g_assert_no_error (error);
  messages = json_object_get_array_member (json_node_get_object (json), "messages");
  g_assert_cmpuint (json_array_get_length (messages), ==, 6);
  for (guint i = 0; i < json_array_get_length (messages); i++)
    {
      JsonObject *m = json_array_get_object_element (messages, i);
      const char *channel = json_object_get_string_member (m, "channel");

      if (g_str_equal (channel, "phone"))
        {
          g_assert_true (json_object_get_null_member (m, "text"));
          g_assert_true (g_str_has_prefix (json_object_get_string_member (m, "script"), "Goedendag "));
        }
      else
        g_assert_true (json_object_get_null_member (m, "script"));
      if (json_object_get_int_member (m, "family_id") == s.kaya)
        {
          g_assert_cmpstr (channel, ==, "sms");
          g_assert_cmpstr (json_object_get_string_member (m, "phone"), ==, "+31644455566");
          g_assert_cmpstr (json_object_get_string_member (m, "language"), ==, "tr");
        }
    }

  /* A template that needs what is not given fails with the family named. */
  ok_mailing_set_template (mailing, "contact-parent-introduction");
  g_clear_object (&letters);
  letters = ok_mailing_letters (mailing, &error);
  g_assert_null (letters);
  g_assert_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_MISSING_VALUE);
  g_assert_true (g_str_has_prefix (error->message, "Familie Tesfay: "));
}

static void
test_log_and_reply (OkStore *store)
{
  g_auto(School) s = { 0, };
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) sent = g_ptr_array_new ();
  g_autoptr(GPtrArray) unanswered = NULL;
  g_autoptr(GPtrArray) reminded = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GPtrArray) marks = NULL;
  g_autoptr(GArray) plan = NULL;
  g_autoptr(OkMailing) mailing = NULL;
  g_autoptr(GError) error = NULL;
  OkRecipient *el_amrani, *jansen, *kaya;
  OkContactMoment *moment;
  guint n_invited = 0;

  school_build (store, &s);
  list = recipients (store, s.activity, OK_RECIPIENTS_TARGET);
  mailing = mailing_for (store, s.activity, list);
  el_amrani = find (list, s.el_amrani);
  jansen = find (list, s.jansen);
  kaya = find (list, s.kaya);
  g_ptr_array_add (sent, el_amrani);
  g_ptr_array_add (sent, jansen);
  g_ptr_array_add (sent, kaya);

  /* Jansen already said yes on the phone: the invitation must not undo it. */
  g_assert_true (ok_store_attendance_mark (store, ok_activity_get_id (s.activity), s.parent_jansen,
                                           OK_ATTENDANCE_STATUS_REGISTERED, FALSE, NULL, "phone", &error));
  ok_recipient_set_status (jansen, OK_ATTENDANCE_STATUS_REGISTERED);

  g_assert_true (ok_store_send_log (store, s.activity, "theme-meeting-invitation", sent, "Sanne", &error));
  g_assert_no_error (error);
  g_assert_true (ok_recipient_get_sent (el_amrani));
  g_assert_cmpint (ok_recipient_get_status (el_amrani), ==, OK_ATTENDANCE_STATUS_INVITED);
  g_assert_cmpint (ok_recipient_get_status (jansen), ==, OK_ATTENDANCE_STATUS_REGISTERED);

  history = ok_store_contact_moment_list (store, s.el_amrani, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 1);
  moment = history->pdata[0];
  g_assert_cmpint (ok_contact_moment_get_channel (moment), ==, OK_CHANNEL_WHATSAPP);
  g_assert_cmpstr (ok_contact_moment_get_template (moment), ==, "theme-meeting-invitation");
  g_assert_cmpstr (ok_contact_moment_get_language (moment), ==, "ar");
  g_assert_cmpint (ok_contact_moment_get_parent_id (moment), ==, s.parent_el_amrani);
  g_assert_cmpint (ok_contact_moment_get_activity_id (moment), ==, ok_activity_get_id (s.activity));
  g_assert_cmpstr (ok_contact_moment_get_by_name (moment), ==, "Sanne");
  g_assert_cmpuint (strlen (ok_contact_moment_get_date (moment)), ==, 10);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = ok_store_contact_moment_list (store, s.kaya, &error);
  g_assert_cmpint (ok_contact_moment_get_channel (history->pdata[0]), ==, OK_CHANNEL_SMS);
  g_assert_cmpstr (ok_contact_moment_get_language (history->pdata[0]), ==, "tr");

  marks = ok_store_attendance_list (store, ok_activity_get_id (s.activity), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (marks->len, ==, 3);
  for (guint i = 0; i < marks->len; i++)
    {
      OkAttendance *mark = marks->pdata[i];

      if (ok_attendance_get_parent_id (mark) == s.parent_jansen)
        g_assert_cmpint (ok_attendance_get_status (mark), ==, OK_ATTENDANCE_STATUS_REGISTERED);
      else
        {
          g_assert_cmpint (ok_attendance_get_status (mark), ==, OK_ATTENDANCE_STATUS_INVITED);
          n_invited++;
        }
      if (ok_attendance_get_parent_id (mark) == s.parent_kaya)
        g_assert_cmpstr (ok_attendance_get_channel (mark), ==, "sms");
    }
  g_assert_cmpuint (n_invited, ==, 2);

  /* Invited and not answered: El Amrani and Kaya. */
  unanswered = recipients (store, s.activity, OK_RECIPIENTS_UNANSWERED);
  g_assert_cmpuint (unanswered->len, ==, 2);
  g_assert_cmpint (ok_recipient_get_status (unanswered->pdata[0]), ==, OK_ATTENDANCE_STATUS_INVITED);

  /* Kaya says no, in one click: the reminder goes to El Amrani alone. */
  g_assert_true (ok_store_send_reply (store, s.activity, find (unanswered, s.kaya),
                                      OK_ATTENDANCE_STATUS_EXCUSED, "Sanne", &error));
  g_assert_no_error (error);
  g_assert_cmpint (ok_recipient_get_status (find (unanswered, s.kaya)), ==, OK_ATTENDANCE_STATUS_EXCUSED);
  reminded = recipients (store, s.activity, ok_send_default_recipients ("reminder"));
  g_assert_cmpuint (reminded->len, ==, 1);
  g_assert_cmpint (ok_recipient_get_family_id (reminded->pdata[0]), ==, s.el_amrani);

  g_assert_true (ok_store_send_reply (store, s.activity, reminded->pdata[0],
                                      OK_ATTENDANCE_STATUS_REGISTERED, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&reminded, g_ptr_array_unref);
  reminded = recipients (store, s.activity, OK_RECIPIENTS_UNANSWERED);
  g_assert_cmpuint (reminded->len, ==, 0);

  /* A reminder to a registered parent logs the message but keeps the yes. */
  g_ptr_array_set_size (sent, 0);
  g_ptr_array_add (sent, el_amrani);
  ok_recipient_set_status (el_amrani, OK_ATTENDANCE_STATUS_REGISTERED);
  g_assert_true (ok_store_send_log (store, s.activity, "reminder", sent, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&history, g_ptr_array_unref);
  history = ok_store_contact_moment_list (store, s.el_amrani, &error);
  g_assert_cmpuint (history->len, ==, 2);
  g_clear_pointer (&reminded, g_ptr_array_unref);
  reminded = recipients (store, s.activity, OK_RECIPIENTS_TARGET);
  g_assert_cmpint (ok_recipient_get_status (find (reminded, s.el_amrani)), ==, OK_ATTENDANCE_STATUS_REGISTERED);

  /* Interpreter planning: Arabic 1 of 1 registered (booked), Dutch 1 of
   * 1, Turkish 0 of 1. */
  plan = ok_store_send_interpreter_plan (store, s.activity, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (plan->len, ==, 3);
  g_assert_cmpstr (g_array_index (plan, OkInterpreterNeed, 0).language, ==, "ar");
  g_assert_cmpint (g_array_index (plan, OkInterpreterNeed, 0).registered, ==, 1);
  g_assert_cmpint (g_array_index (plan, OkInterpreterNeed, 0).invited, ==, 1);
  g_assert_true (g_array_index (plan, OkInterpreterNeed, 0).booked);
  g_assert_cmpstr (g_array_index (plan, OkInterpreterNeed, 1).language, ==, "nl");
  g_assert_false (g_array_index (plan, OkInterpreterNeed, 1).booked);
  g_assert_cmpstr (g_array_index (plan, OkInterpreterNeed, 2).language, ==, "tr");
  g_assert_cmpint (g_array_index (plan, OkInterpreterNeed, 2).registered, ==, 0);
  g_assert_cmpint (g_array_index (plan, OkInterpreterNeed, 2).invited, ==, 1);
}

static void
test_present_and_missed (OkStore *store)
{
  g_auto(School) s = { 0, };
  g_autoptr(GPtrArray) present = NULL;
  g_autoptr(GPtrArray) missed = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  school_build (store, &s);
  id = ok_activity_get_id (s.activity);
  ok_store_attendance_mark (store, id, s.parent_el_amrani, OK_ATTENDANCE_STATUS_PRESENT, FALSE, NULL, NULL, &error);
  ok_store_attendance_mark (store, id, s.parent_jansen, OK_ATTENDANCE_STATUS_REGISTERED, FALSE, NULL, NULL, &error);
  ok_store_attendance_mark (store, id, s.parent_kaya, OK_ATTENDANCE_STATUS_EXCUSED, FALSE, NULL, NULL, &error);
  ok_store_attendance_mark (store, id, s.parent_tesfay, OK_ATTENDANCE_STATUS_INVITED, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);

  present = recipients (store, s.activity, OK_RECIPIENTS_PRESENT);
  g_assert_cmpuint (present->len, ==, 1);
  g_assert_cmpint (ok_recipient_get_family_id (present->pdata[0]), ==, s.el_amrani);
  /* Expected and not there; the excused said so and are left alone. */
  missed = recipients (store, s.activity, OK_RECIPIENTS_MISSED);
  g_assert_cmpuint (missed->len, ==, 2);
  g_assert_nonnull (find (missed, s.jansen));
  g_assert_nonnull (find (missed, s.tesfay));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);

  g_test_add_func ("/send/channel-choice", test_channel_choice);
  g_test_add_func ("/send/defaults", test_defaults);
  g_test_add_func ("/send/links", test_links);
  ok_test_add_store_func ("/send/recipients/target", test_recipients_target);
  ok_test_add_store_func ("/send/recipients/not-reached", test_recipients_not_reached);
  ok_test_add_store_func ("/send/recipients/present-and-missed", test_present_and_missed);
  ok_test_add_store_func ("/send/compose", test_compose);
  ok_test_add_store_func ("/send/call-list", test_call_list);
  ok_test_add_store_func ("/send/letters-and-json", test_letters);
  ok_test_add_store_func ("/send/log-and-reply", test_log_and_reply);

  return g_test_run ();
}

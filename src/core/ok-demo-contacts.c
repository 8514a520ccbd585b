/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Demo contact parents and contact moments on top of ok_demo_generate():
 * a contact parent for each of the largest home languages besides Dutch
 * and one for group 8, a share of the families called, messaged or
 * spoken to in the last months, and the invitations to the theme evenings
 * of those months, so that the overview can say which of them worked.
 * Deterministic for a seed. */
#define G_LOG_DOMAIN "ok-demo-contacts"

#include "config.h"

#include "ok-date-text.h"
#include "ok-demo-contacts.h"
#include "ok-store-activity.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-store-search.h"
#include "ok-store-send.h"
#include "ok-store-template.h"
#include "ok-time.h"

#define LANGUAGE_CONTACT_PARENTS 3

static const OkChannel channels[] = {
  OK_CHANNEL_WHATSAPP, OK_CHANNEL_WHATSAPP, OK_CHANNEL_PHONE, OK_CHANNEL_IN_PERSON, OK_CHANNEL_SMS,
};

static const char *notes[] = {
  "Uitgenodigd voor de koffieochtend",
  "Gebeld over de oudergesprekken",
  "Bij het hek gesproken, komt volgende keer",
  "Vraag over de doorstroomtoets doorgegeven aan de leerkracht",
  NULL,
};

/* The first parent, not yet a contact parent, of the families the filter
 * leaves (after the first, so that the demo names vary), or 0. */
static gint64
first_parent (OkStore       *store,
              OkFamilyIndex *index,
              gint64        *family_id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (index));

  for (guint i = 1; i < n; i++)
    {
      g_autoptr(OkFamilySummary) family = g_list_model_get_item (G_LIST_MODEL (index), i);
      g_autoptr(GPtrArray) parents = ok_store_parent_list (store, ok_family_summary_get_id (family), NULL);

      if (parents != NULL && parents->len > 0
          && ok_store_contact_parent_find (store, ok_parent_get_id (g_ptr_array_index (parents, 0)), NULL) == 0)
        {
          *family_id = ok_family_summary_get_id (family);
          return ok_parent_get_id (g_ptr_array_index (parents, 0));
        }
    }
  return 0;
}

static gboolean
add_contact_parent (OkStore         *store,
                    OkFamilyIndex   *index,
                    OkCoverageKind   kind,
                    const char      *value,
                    GError         **error)
{
  gint64 family_id = 0, parent_id, id;

  parent_id = first_parent (store, index, &family_id);
  if (parent_id <= 0)
    return TRUE;
  id = ok_store_contact_parent_add (store, parent_id, NULL, error);
  if (id <= 0)
    return FALSE;
  return ok_store_coverage_add (store, id, OK_COVERAGE_FAMILY, family_id, NULL, error)
         && ok_store_coverage_add (store, id, kind, 0, value, error);
}

/* The invitation to one theme evening, a week before, to most families of
 * its target group, each by its own channel and in its own language, as
 * the send dialog would have logged it. */
static gboolean
invite (OkStore            *store,
        OkActivity         *activity,
        OkTemplateCatalog  *catalog,
        GRand              *rand,
        GError            **error)
{
  static const char template_id[] = "theme-meeting-invitation";
  g_autoptr(GPtrArray) recipients = NULL;
  g_autoptr(GDateTime) week_before = g_date_time_add_days (ok_activity_get_starts_at (activity), -7);
  g_autofree char *date = g_date_time_format (week_before, "%Y-%m-%d");

  recipients = ok_store_send_recipients (store, activity, OK_RECIPIENTS_TARGET, error);
  if (recipients == NULL)
    return FALSE;
  for (guint i = 0; i < recipients->len; i++)
    {
      OkRecipient *recipient = recipients->pdata[i];
      g_autoptr(OkContactMoment) moment = NULL;
      OkSendReason reason;

      if (g_rand_double (rand) >= 0.6)
        continue;
      moment = ok_contact_moment_new ();
      ok_contact_moment_set_activity_id (moment, ok_activity_get_id (activity));
      ok_contact_moment_set_family_id (moment, ok_recipient_get_family_id (recipient));
      ok_contact_moment_set_parent_id (moment, ok_recipient_get_parent_id (recipient));
      ok_contact_moment_set_channel (moment, ok_send_choose_channel (recipient, &reason));
      ok_contact_moment_set_language (moment, ok_send_choose_language (recipient, catalog, template_id));
      ok_contact_moment_set_template (moment, template_id);
      ok_contact_moment_set_date (moment, date);
      ok_contact_moment_set_by_name (moment, "Medewerker ouderbetrokkenheid");
      if (!ok_store_contact_moment_insert (store, moment, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_invitations (OkStore      *store,
                 GRand        *rand,
                 const GDate  *today,
                 GError      **error)
{
  g_autoptr(OkTemplateCatalog) catalog = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = ok_date_format (today);
  GDate first = *today;

  g_date_subtract_days (&first, 120);
  from = ok_date_format (&first);
  catalog = ok_store_template_load_catalog (store, error);
  if (catalog == NULL)
    return FALSE;
  activities = ok_store_activity_list (store, from, to, error);
  if (activities == NULL)
    return FALSE;
  for (guint i = 0; i < activities->len; i++)
    {
      OkActivity *activity = activities->pdata[i];

      if (ok_activity_get_kind (activity) == OK_ACTIVITY_KIND_THEME_MEETING
          && ok_activity_get_status (activity) != OK_ACTIVITY_STATUS_CANCELLED
          && !invite (store, activity, catalog, rand, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ok_demo_add_contacts (OkStore      *store,
                      guint32       seed,
                      const GDate  *today,
                      GError      **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(OkFamilyIndex) index = NULL;
  g_auto(GStrv) languages = NULL;
  g_auto(GStrv) groups = NULL;
  guint added = 0;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  index = ok_store_family_index_load (store, error);
  if (index == NULL)
    return FALSE;
  languages = ok_store_languages_in_use (store, error);
  if (languages == NULL)
    return FALSE;
  groups = ok_store_groups_in_use (store, error);
  if (groups == NULL)
    return FALSE;

  if (!ok_store_begin (store, error))
    return FALSE;

  for (guint i = 0; languages[i] != NULL && added < LANGUAGE_CONTACT_PARENTS; i++)
    {
      if (g_str_equal (languages[i], "nl"))
        continue;
      ok_family_index_set_language (index, languages[i]);
      if (!add_contact_parent (store, index, OK_COVERAGE_LANGUAGE, languages[i], error))
        goto failed;
      added++;
    }
  ok_family_index_set_language (index, NULL);
  if (g_strv_contains ((const char * const *) groups, "8"))
    {
      ok_family_index_set_group (index, "8");
      if (!add_contact_parent (store, index, OK_COVERAGE_GROUP, "8", error))
        goto failed;
      ok_family_index_set_group (index, NULL);
    }

  /* About one family in eight was contacted in the last four months. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (index)); i++)
    {
      g_autoptr(OkFamilySummary) family = g_list_model_get_item (G_LIST_MODEL (index), i);
      g_autoptr(OkContactMoment) moment = NULL;
      g_autofree char *date = NULL;
      GDate day = *today;

      if (g_rand_double (rand) >= 0.125)
        continue;
      g_date_subtract_days (&day, g_rand_int_range (rand, 0, 120));
      date = ok_date_format (&day);
      moment = ok_contact_moment_new ();
      ok_contact_moment_set_family_id (moment, ok_family_summary_get_id (family));
      ok_contact_moment_set_channel (moment, channels[g_rand_int_range (rand, 0, G_N_ELEMENTS (channels))]);
      ok_contact_moment_set_date (moment, date);
      ok_contact_moment_set_note (moment, notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (notes))]);
      ok_contact_moment_set_by_name (moment, "Medewerker ouderbetrokkenheid");
      if (!ok_store_contact_moment_insert (store, moment, error))
        goto failed;
    }
  if (!add_invitations (store, rand, today, error))
    goto failed;

  return ok_store_commit (store, error);

failed:
  ok_store_rollback (store);
  return FALSE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The part of the quarterly overview that says which invitations worked:
 * of the families invited to an activity of the period, how many came, per
 * channel and per language of the messages. The counting is SQL, in
 * ok-store-report.c; this file keeps the figures and writes them out. */
#define G_LOG_DOMAIN "ok-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-enums.h"
#include "ok-report-private.h"

/* The channels a message from an activity goes by, always listed so that
 * a channel nobody was invited by shows as 0, not as missing. */
static const char * const sending_channels[] = { "whatsapp", "email", "letter", "sms", "phone" };

int
ok_report_invited_share_tenths (const OkReportInvited *invited)
{
  g_return_val_if_fail (invited != NULL, 0);

  if (invited->invited <= 0)
    return 0;
  /* Integer arithmetic, as for reach: 4 of 7 is 57.1 on every machine. */
  return (int) ((2000 * invited->came + invited->invited) / (2 * invited->invited));
}

char *
ok_report_channel_label (const char *channel)
{
  int value = 0;

  /* A message by phone is a call from the call list. */
  if (g_strcmp0 (channel, "phone") == 0)
    return g_strdup (_("Call list"));
  if (ok_enum_from_nick (OK_TYPE_CHANNEL, channel, &value))
    return g_strdup (ok_enum_to_label (OK_TYPE_CHANNEL, value));
  return g_strdup (channel != NULL ? channel : "");
}

static void
invited_clear (gpointer data)
{
  OkReportInvited *invited = data;

  g_free (invited->key);
}

static GArray *
invited_array_new (void)
{
  GArray *array = g_array_new (FALSE, TRUE, sizeof (OkReportInvited));

  g_array_set_clear_func (array, invited_clear);
  return array;
}

void
_ok_report_invited_init (OkQuarterReport *report)
{
  report->invited_by_channel = invited_array_new ();
  report->invited_by_language = invited_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (sending_channels); i++)
    {
      OkReportInvited channel = { g_strdup (sending_channels[i]), 0, 0 };

      g_array_append_val (report->invited_by_channel, channel);
    }
}

void
_ok_report_invited_clear (OkQuarterReport *report)
{
  g_array_unref (report->invited_by_channel);
  g_array_unref (report->invited_by_language);
}

void
_ok_report_invited_add (OkQuarterReport *report,
                        gboolean         by_channel,
                        const char      *key,
                        gint64           invited,
                        gint64           came)
{
  GArray *array = by_channel ? report->invited_by_channel : report->invited_by_language;
  OkReportInvited item = { NULL, invited, came };

  for (guint i = 0; i < array->len; i++)
    {
      OkReportInvited *known = &g_array_index (array, OkReportInvited, i);

      if (g_strcmp0 (known->key, key) == 0)
        {
          known->invited += invited;
          known->came += came;
          return;
        }
    }
  item.key = g_strdup (key != NULL ? key : "und");
  g_array_append_val (array, item);
}

static int
compare_languages (gconstpointer a,
                   gconstpointer b)
{
  const OkReportInvited *x = a, *y = b;
  gboolean ux = g_str_equal (x->key, "und"), uy = g_str_equal (y->key, "und");

  if (ux != uy)
    return ux ? 1 : -1;
  if (x->invited != y->invited)
    return x->invited > y->invited ? -1 : 1;
  return strcmp (x->key, y->key);
}

void
_ok_report_invited_sort (OkQuarterReport *report)
{
  g_array_sort (report->invited_by_language, compare_languages);
}

/* JSON: "invitations": { invited, came, came_percent, by_channel: [...],
 * by_language: [...] }. */

static void
add_figures (JsonBuilder           *builder,
             const OkReportInvited *invited)
{
  json_builder_set_member_name (builder, "invited");
  json_builder_add_int_value (builder, invited->invited);
  json_builder_set_member_name (builder, "came");
  json_builder_add_int_value (builder, invited->came);
  json_builder_set_member_name (builder, "came_percent");
  json_builder_add_double_value (builder, ok_report_invited_share_tenths (invited) / 10.0);
}

static void
add_array (JsonBuilder *builder,
           const char  *name,
           const char  *key_name,
           GArray      *array)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < array->len; i++)
    {
      OkReportInvited *item = &g_array_index (array, OkReportInvited, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, key_name);
      json_builder_add_string_value (builder, item->key);
      add_figures (builder, item);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

void
_ok_report_invited_to_json (OkQuarterReport *report,
                            JsonBuilder     *builder)
{
  json_builder_set_member_name (builder, "invitations");
  json_builder_begin_object (builder);
  add_figures (builder, &report->invited);
  add_array (builder, "by_channel", "channel", report->invited_by_channel);
  add_array (builder, "by_language", "language", report->invited_by_language);
  json_builder_end_object (builder);
}

/* CSV: the invited in the value column, those who came in the next. */

static void
append_row (GString               *out,
            const char            *section,
            const char            *key,
            const OkReportInvited *item)
{
  g_autofree char *invited = g_strdup_printf ("%" G_GINT64_FORMAT, item->invited);
  g_autofree char *came = g_strdup_printf ("%" G_GINT64_FORMAT, item->came);

  _ok_report_append_csv_row (out, section, key, invited, came, NULL);
}

void
_ok_report_invited_to_csv (OkQuarterReport *report,
                           GString         *out)
{
  append_row (out, "invited", "all", &report->invited);
  for (guint i = 0; i < report->invited_by_channel->len; i++)
    {
      OkReportInvited *item = &g_array_index (report->invited_by_channel, OkReportInvited, i);

      append_row (out, "invited_by_channel", item->key, item);
    }
  for (guint i = 0; i < report->invited_by_language->len; i++)
    {
      OkReportInvited *item = &g_array_index (report->invited_by_language, OkReportInvited, i);

      append_row (out, "invited_by_language", item->key, item);
    }
}

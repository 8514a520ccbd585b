/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Whether a family was reached; the SQL of the definition is
 * OK_SQL_REACHED_FAMILIES in ok-store-private.h, which the report, the
 * family index and the contact parents' queries use as well. */
#define G_LOG_DOMAIN "ok-store-reach"

#include "config.h"

#include "ok-date-text.h"
#include "ok-store-private.h"
#include "ok-store-reach.h"

void
ok_reach_current_period (OkReportPeriod *period)
{
  g_autoptr(GDate) today = ok_date_today ();

  g_return_if_fail (period != NULL);

  ok_report_period_containing (OK_REPORT_PERIOD_QUARTER, today, period);
}

void
ok_reach_period_bounds (const OkReportPeriod  *period,
                        char                 **from,
                        char                 **until)
{
  OkReportPeriod next;

  g_return_if_fail (period != NULL);

  ok_report_period_next (period, &next);
  if (from != NULL)
    *from = ok_report_period_first_day (period);
  if (until != NULL)
    *until = ok_report_period_first_day (&next);
}

gboolean
ok_store_family_reached (OkStore               *store,
                         gint64                 family_id,
                         const OkReportPeriod  *period,
                         gboolean              *reached,
                         GError               **error)
{
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  gint64 count = 0;

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (period != NULL, FALSE);
  g_return_val_if_fail (reached != NULL, FALSE);

  ok_reach_period_bounds (period, &from, &until);
  if (!_ok_store_select_int64 (store, &count,
                               "SELECT count(*) FROM family f WHERE f.id = ##family::gint64 AND f.id IN ("
                               OK_SQL_REACHED_FAMILIES ("a.school_id = f.school_id",
                                                        "##from::string", "##until::string") ")",
                               error, "family", G_TYPE_INT64, family_id,
                               "from", G_TYPE_STRING, from,
                               "until", G_TYPE_STRING, until, NULL))
    return FALSE;
  *reached = count > 0;
  return TRUE;
}

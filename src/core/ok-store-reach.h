/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-report.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* Reach, one definition for the whole app: a family is reached in a period
 * when at least one of its parents was present at an activity of the school
 * that started in the period and was not cancelled. A logged contact moment
 * (a call, a word at the gate, a message) is not reach: it is how the
 * school tries to reach a family, not a sign that the family took part.
 * The quarterly overview, the families' "Not reached" filter, a family's
 * page and a contact parent's families all count this way. */

/* The period the views mean by "this quarter". */
void     ok_reach_current_period (OkReportPeriod        *period);

/* The first day of the period and the first day after it (YYYY-MM-DD),
 * between which an activity's start must fall. */
void     ok_reach_period_bounds  (const OkReportPeriod  *period,
                                  char                 **from,
                                  char                 **until);

gboolean ok_store_family_reached (OkStore               *store,
                                  gint64                 family_id,
                                  const OkReportPeriod  *period,
                                  gboolean              *reached,
                                  GError               **error);

G_END_DECLS

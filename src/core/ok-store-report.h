/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-report.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* Fills the figures, breakdowns and not-reached list of a new report for
 * its period and the one before, and the invitations of its period, in
 * four aggregate queries. */
gboolean ok_store_report_fill (OkStore          *store,
                               OkQuarterReport  *report,
                               GCancellable     *cancellable,
                               GError          **error);

G_END_DECLS

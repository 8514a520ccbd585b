/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-store.h"

G_BEGIN_DECLS

/* Adds made-up contact parents and contact moments to the families of
 * the store's current school, as demo data for those pages. */
gboolean ok_demo_add_contacts (OkStore      *store,
                               guint32       seed,
                               const GDate  *today,
                               GError      **error);

G_END_DECLS

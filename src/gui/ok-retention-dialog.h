/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_RETENTION_DIALOG (ok_retention_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OkRetentionDialog, ok_retention_dialog, OK, RETENTION_DIALOG, AdwMessageDialog)

/* The review of families who left, when one is due for the school year of
 * today (YYYY-MM-DD; NULL: the Dutch date of today) and anyone is on the
 * list; NULL otherwise. Responses: "erase" (the checked families, or none
 * when all were unchecked; the review is then done for this school year)
 * and "later" (nothing changes; asked again at the next start). */
OkRetentionDialog *ok_retention_dialog_new_if_due        (GtkWindow           *parent,
                                                          OkStore             *store,
                                                          const char          *today);
/* The same with the database read in a worker thread. */
void               ok_retention_dialog_new_if_due_async  (GtkWindow           *parent,
                                                          OkStore             *store,
                                                          const char          *today,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
OkRetentionDialog *ok_retention_dialog_new_if_due_finish (GAsyncResult        *result);
guint              ok_retention_dialog_get_n_families    (OkRetentionDialog   *self);

G_END_DECLS

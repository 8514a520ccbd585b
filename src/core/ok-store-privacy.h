/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ok-store.h"

G_BEGIN_DECLS

/* Erasure (the right to be forgotten): every piece of personal data of
 * the family goes — its name, address, notes, home languages but the
 * first, consents, its parents' names, phones and e-mail addresses, its
 * children's names and pupil numbers, the notes of its contact moments,
 * and the contact-parent role of its parents. What stays is an anonymous
 * row with erased = 1 that keeps the facts the quarterly figures are made
 * of: which anonymous parent came to which activity, the children's
 * groups and enrolment dates (ending on the day of erasure), and the
 * primary home language. So past quarters keep their figures, and the
 * family counts nowhere after the day it was erased. */
gboolean    ok_store_family_erase            (OkStore     *store,
                                              gint64       family_id,
                                              GError     **error);
gboolean    ok_store_family_is_erased        (OkStore     *store,
                                              gint64       family_id,
                                              gboolean    *erased,
                                              GError     **error);

/* Retention: families whose last child left more than the school's
 * retention period ago (default 2 years). Nothing is erased unless the
 * user confirms. */
typedef struct {
  gint64 family_id;
  char *name;
  char *last_left;   /* YYYY-MM-DD */
} OkLeaver;

#define OK_TYPE_LEAVER (ok_leaver_get_type ())
GType       ok_leaver_get_type               (void) G_GNUC_CONST;
OkLeaver   *ok_leaver_copy                   (const OkLeaver *leaver);
void        ok_leaver_free                   (OkLeaver    *leaver);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkLeaver, ok_leaver_free)

int         ok_store_retention_get_years     (OkStore     *store,
                                              GError     **error);
gboolean    ok_store_retention_set_years     (OkStore     *store,
                                              int          years,
                                              GError     **error);
/* today is YYYY-MM-DD (NULL: the Dutch date of today). */
GPtrArray  *ok_store_retention_list          (OkStore     *store,
                                              const char  *today,
                                              GError     **error);
/* Erases exactly the families ok_store_retention_list() gives for the
 * same day, in one transaction. */
gboolean    ok_store_retention_erase         (OkStore     *store,
                                              const char  *today,
                                              guint       *n_erased,
                                              GError     **error);

/* For the prompt on start-up of a new school year (1 August): due when
 * the list was not reviewed since the current school year began. The app
 * shows ok_store_retention_list() when it is due and not empty, and calls
 * ok_store_retention_mark_reviewed() once the user has decided. */
gboolean    ok_store_retention_review_due    (OkStore     *store,
                                              const char  *today,
                                              gboolean    *due,
                                              GError     **error);
gboolean    ok_store_retention_mark_reviewed (OkStore     *store,
                                              const char  *today,
                                              GError     **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-attendance-entry.h"
#include "ok-contact-moment.h"
#include "ok-contact-parent.h"
#include "ok-family-summary.h"
#include "ok-report.h"
#include "ok-store.h"

G_BEGIN_DECLS

/* What a contact parent bridges to. */
typedef enum {
  OK_COVERAGE_FAMILY,
  OK_COVERAGE_LANGUAGE,
  OK_COVERAGE_GROUP,
} OkCoverageKind;

/* Contact parents of the store's current school, by name; their languages
 * and groups are filled in from what they cover. */
GPtrArray       *ok_store_contact_parent_list         (OkStore         *store,
                                                       GError         **error);
OkContactParent *ok_store_contact_parent_get          (OkStore         *store,
                                                       gint64           id,
                                                       GError         **error);
gint64           ok_store_contact_parent_add          (OkStore         *store,
                                                       gint64           parent_id,
                                                       const char      *notes,
                                                       GError         **error);
gboolean         ok_store_contact_parent_remove       (OkStore         *store,
                                                       gint64           id,
                                                       GError         **error);
/* The contact parent a parent is, or 0. */
gint64           ok_store_contact_parent_find         (OkStore         *store,
                                                       gint64           parent_id,
                                                       GError         **error);

gboolean         ok_store_coverage_add                (OkStore         *store,
                                                       gint64           contact_parent_id,
                                                       OkCoverageKind   kind,
                                                       gint64           family_id,
                                                       const char      *value,
                                                       GError         **error);
gboolean         ok_store_coverage_remove             (OkStore         *store,
                                                       gint64           contact_parent_id,
                                                       OkCoverageKind   kind,
                                                       gint64           family_id,
                                                       const char      *value,
                                                       GError         **error);

/* The families a contact parent covers: named one by one, through a home
 * language, or through a current pupil's group, each marked whether it
 * was reached in the period (see ok-store-reach.h); last-reached is the
 * day a parent was last present at an activity. only_not_reached leaves
 * out the reached ones. */
GPtrArray       *ok_store_contact_parent_families     (OkStore         *store,
                                                       gint64           contact_parent_id,
                                                       const OkReportPeriod *period,
                                                       gboolean         only_not_reached,
                                                       GError         **error);
/* The families named one by one, not through a language or group. */
GPtrArray       *ok_store_contact_parent_named_families (OkStore       *store,
                                                       gint64           contact_parent_id,
                                                       GError         **error);
/* How many families the contact parent covers, and how many of them were
 * not reached in the period. */
gboolean         ok_store_contact_parent_counts       (OkStore         *store,
                                                       gint64           contact_parent_id,
                                                       const OkReportPeriod *period,
                                                       gint64          *covered,
                                                       gint64          *not_reached,
                                                       GError         **error);
/* The contact parents whose coverage includes a family. */
GPtrArray       *ok_store_family_contact_parents      (OkStore         *store,
                                                       gint64           family_id,
                                                       GError         **error);

/* Contact moments: a logged call, message or talk with a family. */
gboolean         ok_store_contact_moment_insert       (OkStore         *store,
                                                       OkContactMoment *moment,
                                                       GError         **error);
gboolean         ok_store_contact_moment_delete       (OkStore         *store,
                                                       gint64           id,
                                                       GError         **error);
/* Newest first. */
GPtrArray       *ok_store_contact_moment_list         (OkStore         *store,
                                                       gint64           family_id,
                                                       GError         **error);

/* Every attendance mark of the family's parents, newest activity first. */
GPtrArray       *ok_store_family_attendance           (OkStore         *store,
                                                       gint64           family_id,
                                                       GError         **error);

G_END_DECLS

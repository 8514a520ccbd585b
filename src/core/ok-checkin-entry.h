/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ok-enums.h"

G_BEGIN_DECLS

/* Why a parent is expected at an activity, in the order the door lists
 * them: those who registered first, then the invited, then the target
 * group, then (for a series) those who came last time. */
typedef enum {
  OK_CHECKIN_REASON_NONE,
  OK_CHECKIN_REASON_REGISTERED,
  OK_CHECKIN_REASON_INVITED,
  OK_CHECKIN_REASON_TARGET_GROUP,
  OK_CHECKIN_REASON_LAST_TIME,
} OkCheckinReason;

/* The status of a parent without an attendance row. */
#define OK_CHECKIN_STATUS_NONE (-1)

#define OK_TYPE_CHECKIN_REASON (ok_checkin_reason_get_type ())
GType ok_checkin_reason_get_type (void);

#define OK_TYPE_CHECKIN_ENTRY (ok_checkin_entry_get_type ())
G_DECLARE_FINAL_TYPE (OkCheckinEntry, ok_checkin_entry, OK, CHECKIN_ENTRY, GObject)

OkCheckinEntry  *ok_checkin_entry_new             (gint64               parent_id);

gint64           ok_checkin_entry_get_parent_id   (OkCheckinEntry      *self);
gint64           ok_checkin_entry_get_family_id   (OkCheckinEntry      *self);
void             ok_checkin_entry_set_family_id   (OkCheckinEntry      *self,
                                                   gint64               family_id);
const char      *ok_checkin_entry_get_name        (OkCheckinEntry      *self);
void             ok_checkin_entry_set_name        (OkCheckinEntry      *self,
                                                   const char          *name);
const char      *ok_checkin_entry_get_children    (OkCheckinEntry      *self);
void             ok_checkin_entry_set_children    (OkCheckinEntry      *self,
                                                   const char          *children,
                                                   const char          *child_names);
const char      *ok_checkin_entry_get_home_language (OkCheckinEntry    *self);
void             ok_checkin_entry_set_home_language (OkCheckinEntry    *self,
                                                   const char          *home_language);
int              ok_checkin_entry_get_status      (OkCheckinEntry      *self);
void             ok_checkin_entry_set_status      (OkCheckinEntry      *self,
                                                   int                  status);
gboolean         ok_checkin_entry_get_walk_in     (OkCheckinEntry      *self);
void             ok_checkin_entry_set_walk_in     (OkCheckinEntry      *self,
                                                   gboolean             walk_in);
OkCheckinReason  ok_checkin_entry_get_reason      (OkCheckinEntry      *self);
void             ok_checkin_entry_set_reason      (OkCheckinEntry      *self,
                                                   OkCheckinReason      reason);
const char      *ok_checkin_entry_get_recorded_at (OkCheckinEntry      *self);
void             ok_checkin_entry_set_recorded_at (OkCheckinEntry      *self,
                                                   const char          *recorded_at);
guint            ok_checkin_entry_get_family_size (OkCheckinEntry      *self);
void             ok_checkin_entry_set_family_size (OkCheckinEntry      *self,
                                                   guint                family_size);
gboolean         ok_checkin_entry_get_unsaved     (OkCheckinEntry      *self);
void             ok_checkin_entry_set_unsaved     (OkCheckinEntry      *self,
                                                   gboolean             unsaved);

gboolean         ok_checkin_entry_is_present      (OkCheckinEntry      *self);
void             ok_checkin_entry_update_from     (OkCheckinEntry      *self,
                                                   OkCheckinEntry      *other);

char           **ok_checkin_query_tokens          (const char          *query);
guint            ok_checkin_entry_match           (OkCheckinEntry      *self,
                                                   const char * const  *tokens);
int              ok_checkin_entry_compare         (OkCheckinEntry      *a,
                                                   OkCheckinEntry      *b);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ok-family-summary.h"

G_BEGIN_DECLS

#define OK_TYPE_FAMILY_INDEX (ok_family_index_get_type ())
G_DECLARE_FINAL_TYPE (OkFamilyIndex, ok_family_index, OK, FAMILY_INDEX, GObject)

OkFamilyIndex   *ok_family_index_new                  (void);

/* Filling, by the store's loader: families first, then what belongs to
 * them (rows of unknown families are ignored), then seal. */
void             ok_family_index_add_family           (OkFamilyIndex  *self,
                                                       gint64          id,
                                                       const char     *name,
                                                       gboolean        interpreter_needed);
void             ok_family_index_add_parent           (OkFamilyIndex  *self,
                                                       gint64          family_id,
                                                       const char     *name,
                                                       const char     *phone,
                                                       const char     *email);
void             ok_family_index_add_child            (OkFamilyIndex  *self,
                                                       gint64          family_id,
                                                       const char     *first_name,
                                                       const char     *infix,
                                                       const char     *last_name,
                                                       const char     *group);
void             ok_family_index_add_language         (OkFamilyIndex  *self,
                                                       gint64          family_id,
                                                       const char     *code);
void             ok_family_index_add_reached          (OkFamilyIndex  *self,
                                                       gint64          family_id,
                                                       const char     *date);
void             ok_family_index_seal                 (OkFamilyIndex  *self);

/* The filter: the model lists the families that pass all of it. */
void             ok_family_index_set_search           (OkFamilyIndex  *self,
                                                       const char     *query);
void             ok_family_index_set_group            (OkFamilyIndex  *self,
                                                       const char     *group);
void             ok_family_index_set_language         (OkFamilyIndex  *self,
                                                       const char     *code);
void             ok_family_index_set_reached_since    (OkFamilyIndex  *self,
                                                       const char     *date);
void             ok_family_index_set_only_not_reached (OkFamilyIndex  *self,
                                                       gboolean        only_not_reached);
void             ok_family_index_set_only_interpreter (OkFamilyIndex  *self,
                                                       gboolean        only_interpreter);
void             ok_family_index_set_hidden           (OkFamilyIndex  *self,
                                                       gint64          id,
                                                       gboolean        hidden);
void             ok_family_index_copy_filter          (OkFamilyIndex  *self,
                                                       OkFamilyIndex  *other);

guint            ok_family_index_get_total            (OkFamilyIndex  *self);
guint            ok_family_index_find                 (OkFamilyIndex  *self,
                                                       gint64          id);
OkFamilySummary *ok_family_index_lookup               (OkFamilyIndex  *self,
                                                       gint64          id);
char           **ok_family_index_dup_groups           (OkFamilyIndex  *self);
char           **ok_family_index_dup_languages        (OkFamilyIndex  *self);

G_END_DECLS

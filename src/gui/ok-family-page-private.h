/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the page's files share: ok-family-page.c (showing the family) and
 * ok-family-page-actions.c (the editors, logging a contact and removing
 * with undo). */

#include "ok-family.h"
#include "ok-family-page.h"

G_BEGIN_DECLS

struct _OkFamilyPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwWindowTitle *window_title;
  AdwAvatar *avatar;
  GtkLabel *name_label;
  GtkLabel *summary_label;
  GtkWidget *not_reached_label;
  GtkWidget *interpreter_label;
  AdwEntryRow *note_row;
  AdwPreferencesGroup *parents_group;
  AdwPreferencesGroup *children_group;
  AdwActionRow *languages_row;
  AdwActionRow *channel_row;
  AdwActionRow *consent_row;
  AdwActionRow *reads_row;
  AdwActionRow *address_row;
  AdwActionRow *notes_row;
  AdwPreferencesGroup *contact_parents_group;
  AdwPreferencesGroup *moments_group;
  AdwPreferencesGroup *history_group;

  /* Owned references */
  OkStore *store;
  OkFamily *family;
  GPtrArray *dynamic_rows;     /* (group, row) pairs to remove on reload */
  GHashTable *hidden;          /* "kind:id" of rows waiting for their removal */
  gint64 family_id;
  gboolean show_back_button;
};

/* The family.* actions and their keys. */
void _ok_family_page_class_init_actions (GtkWidgetClass *widget_class);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-activity.h"
#include "ok-family.h"
#include "ok-store.h"
#include "ok-template.h"

G_BEGIN_DECLS

/* What one message is about: an OkTemplateContext together with the
 * strings it borrows, filled from an activity, a family and the language
 * of the message. The CLI and the app fill their messages the same way.
 * Start from { 0, } and end with ok_template_fill_clear() (or g_auto). */
typedef struct {
  OkTemplateContext context;

  /*< private >*/
  OkActivity *activity;
  char *school_name;
  char *sender_name;
  char *contact_parent_name;
  char *contact_parent_phone;
  char *parent_name;
  char *child_name;
  char *interpreter;
} OkTemplateFill;

void     ok_template_fill_clear          (OkTemplateFill  *fill);

void     ok_template_fill_set_activity   (OkTemplateFill  *fill,
                                          OkActivity      *activity,
                                          const char      *school_name);
gboolean ok_template_fill_load_activity  (OkTemplateFill  *fill,
                                          OkStore         *store,
                                          gint64           activity_id,
                                          GError         **error);
void     ok_template_fill_set_sender     (OkTemplateFill  *fill,
                                          const char      *sender_name,
                                          const char      *contact_parent_name,
                                          const char      *contact_parent_phone);
void     ok_template_fill_set_family     (OkTemplateFill  *fill,
                                          const char      *parent_name,
                                          const char      *child_name);
gboolean ok_template_fill_load_family    (OkTemplateFill  *fill,
                                          OkStore         *store,
                                          OkFamily        *family,
                                          GError         **error);
void     ok_template_fill_set_language   (OkTemplateFill  *fill,
                                          const char      *language);

OkActivity *ok_template_fill_get_activity (OkTemplateFill *fill);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OkTemplateFill, ok_template_fill_clear)

G_END_DECLS

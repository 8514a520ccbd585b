/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the dialog's files share: ok-send-dialog.c (the families, the
 * preview and what was sent) and ok-send-dialog-files.c (the files for
 * the SMS tool and the caller, and the letters). */

#include "ok-interpreter-plan.h"
#include "ok-send-dialog.h"

G_BEGIN_DECLS

struct _OkSendDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  AdwComboRow *template_row;
  AdwComboRow *recipients_row;
  AdwEntryRow *sender_row;
  AdwEntryRow *contact_name_row;
  AdwEntryRow *contact_phone_row;
  AdwPreferencesGroup *families_group;
  GtkStack *families_stack;
  GtkListView *recipient_list;
  GtkDropDown *language_dropdown;
  GtkLabel *preview_subject;
  GtkTextView *preview_view;
  AdwActionRow *sms_row;
  AdwActionRow *letters_row;
  AdwActionRow *calls_row;
  OkInterpreterPlan *interpreter_plan;

  /* Owned references */
  OkStore *store;
  OkActivity *activity;
  OkMailing *mailing;
  GtkStringList *language_names;
  GStrv languages;
  GPtrArray *copied;            /* OkRecipient: copied, waiting to be logged */
  GtkFileChooserNative *chooser;
  OkLetters *printing;

  gboolean updating;
};

void       _ok_send_dialog_report_error     (OkSendDialog   *self,
                                             const char     *heading,
                                             const GError   *error);
/* Logs messages that left, and shows the new counts for interpreters. */
gboolean   _ok_send_dialog_log_sent         (OkSendDialog   *self,
                                             GPtrArray      *recipients);
/* The families on a channel, in one language or (NULL) in any. */
GPtrArray *_ok_send_dialog_recipients_by    (OkSendDialog   *self,
                                             OkChannel       channel,
                                             const char     *language);
/* The actions send.save-sms, send.save-calls, send.save-letters and
 * send.print-letters, and their rows' counts. */
void       _ok_send_dialog_class_init_files (GtkWidgetClass *widget_class);
void       _ok_send_dialog_update_files     (OkSendDialog   *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-recipient.h"

G_BEGIN_DECLS

#define OK_TYPE_RECIPIENT_ROW (ok_recipient_row_get_type ())
G_DECLARE_FINAL_TYPE (OkRecipientRow, ok_recipient_row, OK, RECIPIENT_ROW, GtkWidget)

GtkWidget   *ok_recipient_row_new           (void);
OkRecipient *ok_recipient_row_get_recipient (OkRecipientRow *self);
void         ok_recipient_row_set_recipient (OkRecipientRow *self,
                                             OkRecipient    *recipient,
                                             const char     *language_name);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-report.h"

G_BEGIN_DECLS

#define OK_TYPE_INVITATION_TABLE (ok_invitation_table_get_type ())
G_DECLARE_FINAL_TYPE (OkInvitationTable, ok_invitation_table, OK, INVITATION_TABLE, AdwBin)

OkInvitationTable *ok_invitation_table_new        (void);
/* Shows the invitations of a report; NULL empties the tables. */
void               ok_invitation_table_set_report (OkInvitationTable *self,
                                                   OkQuarterReport   *report);

G_END_DECLS

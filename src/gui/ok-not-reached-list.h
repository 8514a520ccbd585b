/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-report.h"

G_BEGIN_DECLS

#define OK_TYPE_NOT_REACHED_LIST (ok_not_reached_list_get_type ())
G_DECLARE_FINAL_TYPE (OkNotReachedList, ok_not_reached_list, OK, NOT_REACHED_LIST, AdwBin)

OkNotReachedList *ok_not_reached_list_new        (void);
/* Lists the families a report did not reach; NULL empties the list. */
void              ok_not_reached_list_set_report (OkNotReachedList *self,
                                                  OkQuarterReport  *report);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-checkin-entry.h"

G_BEGIN_DECLS

#define OK_TYPE_CHECKIN_DOOR (ok_checkin_door_get_type ())
G_DECLARE_FINAL_TYPE (OkCheckinDoor, ok_checkin_door, OK, CHECKIN_DOOR, GtkWidget)

void            ok_checkin_door_set_people   (OkCheckinDoor *self,
                                              GListModel    *people);
void            ok_checkin_door_refresh      (OkCheckinDoor *self);
void            ok_checkin_door_set_guests   (OkCheckinDoor *self,
                                              int            guests);
void            ok_checkin_door_select_first (OkCheckinDoor *self);
void            ok_checkin_door_show_newest  (OkCheckinDoor *self);
OkCheckinEntry *ok_checkin_door_get_selected (OkCheckinDoor *self);
const char     *ok_checkin_door_get_query    (OkCheckinDoor *self);
void            ok_checkin_door_focus_search (OkCheckinDoor *self);
void            ok_checkin_door_clear_search (OkCheckinDoor *self);
GtkEditable    *ok_checkin_door_get_search   (OkCheckinDoor *self);
GListModel     *ok_checkin_door_get_results  (OkCheckinDoor *self);
GListModel     *ok_checkin_door_get_present  (OkCheckinDoor *self);

G_END_DECLS

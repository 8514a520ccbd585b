/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_AGENDA_VIEW (ok_agenda_view_get_type ())
G_DECLARE_FINAL_TYPE (OkAgendaView, ok_agenda_view, OK, AGENDA_VIEW, GtkWidget)

void      ok_agenda_view_new_activity  (OkAgendaView *self);
void      ok_agenda_view_show_activity (OkAgendaView *self,
                                        gint64        id);
void      ok_agenda_view_reload        (OkAgendaView *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-activity.h"
#include "ok-store.h"
#include "ok-template-catalog.h"

G_BEGIN_DECLS

#define OK_TYPE_INTERPRETER_PLAN (ok_interpreter_plan_get_type ())
G_DECLARE_FINAL_TYPE (OkInterpreterPlan, ok_interpreter_plan, OK, INTERPRETER_PLAN, AdwBin)

OkInterpreterPlan *ok_interpreter_plan_new          (void);
/* Shows who is invited to the activity and coming, per home language;
 * the catalog names the languages. */
void               ok_interpreter_plan_set_activity (OkInterpreterPlan *self,
                                                     OkStore           *store,
                                                     OkActivity        *activity,
                                                     OkTemplateCatalog *catalog);
/* Counts again, after an invitation or an answer. */
void               ok_interpreter_plan_reload       (OkInterpreterPlan *self);

G_END_DECLS

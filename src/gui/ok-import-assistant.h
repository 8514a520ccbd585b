/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-import.h"
#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_IMPORT_ASSISTANT (ok_import_assistant_get_type ())
G_DECLARE_FINAL_TYPE (OkImportAssistant, ok_import_assistant, OK, IMPORT_ASSISTANT, AdwWindow)

OkImportAssistant *ok_import_assistant_new        (GtkWindow         *parent,
                                                   OkStore           *store);
void               ok_import_assistant_open_file  (OkImportAssistant *self,
                                                   GFile             *file);
OkImport          *ok_import_assistant_get_import (OkImportAssistant *self);

G_END_DECLS

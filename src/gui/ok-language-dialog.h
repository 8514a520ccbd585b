/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"
#include "ok-template-catalog.h"

G_BEGIN_DECLS

#define OK_TYPE_LANGUAGE_DIALOG (ok_language_dialog_get_type ())
G_DECLARE_FINAL_TYPE (OkLanguageDialog, ok_language_dialog, OK, LANGUAGE_DIALOG, AdwWindow)

OkLanguageDialog *ok_language_dialog_new (GtkWindow         *parent,
                                          OkStore           *store,
                                          OkTemplateCatalog *catalog);

G_END_DECLS

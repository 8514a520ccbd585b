/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-store.h"

G_BEGIN_DECLS

#define OK_TYPE_FAMILY_CHOOSER (ok_family_chooser_get_type ())
G_DECLARE_FINAL_TYPE (OkFamilyChooser, ok_family_chooser, OK, FAMILY_CHOOSER, AdwWindow)

OkFamilyChooser *ok_family_chooser_new (GtkWindow  *parent,
                                        OkStore    *store,
                                        const char *title);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-template-catalog.h"

G_BEGIN_DECLS

/* The name the officer knows a language by, in Dutch where the templates
 * know it; NULL and "und" are the unknown home language. */
const char *ok_language_label (OkTemplateCatalog *catalog,
                               const char        *code);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Naming a language to the officer where a message is sent: the send
 * dialog's families and preview, and its interpreter planning. */
#define G_LOG_DOMAIN "ok-language-label"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-language-label.h"

const char *
ok_language_label (OkTemplateCatalog *catalog,
                   const char        *code)
{
  if (code == NULL || g_str_equal (code, "und"))
    return _("Home language unknown");
  return ok_template_catalog_get_language_name (catalog, code);
}

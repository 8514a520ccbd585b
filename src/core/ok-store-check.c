/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Checks shared by the files that read and write one kind of row: text
 * that must be given, language codes, and the error for a row that is not
 * there. */
#define G_LOG_DOMAIN "ok-store"

#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-store-private.h"

gboolean
_ok_store_require_text (const char  *text,
                        const char  *what,
                        GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (*stripped != '\0')
    return TRUE;
  g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_INVALID, _("The %s must not be empty"), what);
  return FALSE;
}

gboolean
_ok_store_is_language_code (const char *code)
{
  size_t len = code != NULL ? strlen (code) : 0;

  if (len < 2 || len > 8)
    return FALSE;
  for (const char *p = code; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

gboolean
_ok_store_set_not_found (GError     **error,
                         const char  *what,
                         gint64       id)
{
  g_set_error (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND,
               _("There is no %s with id %" PRId64), what, id);
  return FALSE;
}

gboolean
_ok_store_check_found (gint64       rows,
                       const char  *what,
                       gint64       id,
                       GError     **error)
{
  if (rows < 0)
    return FALSE;
  if (rows == 0)
    return _ok_store_set_not_found (error, what, id);
  return TRUE;
}

GdaDataModel *
_ok_store_select_by_id (OkStore     *self,
                        const char  *sql,
                        const char  *what,
                        gint64       id,
                        GError     **error)
{
  g_autoptr(GdaDataModel) model = NULL;

  model = _ok_store_select (self, sql, error, "id", G_TYPE_INT64, id, NULL);
  if (model == NULL)
    return NULL;
  if (gda_data_model_get_n_rows (model) == 0)
    {
      _ok_store_set_not_found (error, what, id);
      return NULL;
    }
  return g_steal_pointer (&model);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading values out of libgda's results, whatever type each provider
 * hands back for a column (int or int64, GdaNumeric for sums on
 * PostgreSQL, GdaNull for NULL), and the short comma lists some columns
 * hold. */
#define G_LOG_DOMAIN "ok-store"

#include "config.h"

#include <string.h>

#include "ok-store-private.h"

static const GValue *
value_at (GdaDataModel *model,
          int           row,
          int           column)
{
  const GValue *value = gda_data_model_get_value_at (model, column, row, NULL);

  if (value == NULL || gda_value_is_null (value))
    return NULL;
  return value;
}

gboolean
_ok_rows_is_null (GdaDataModel *model,
                  int           row,
                  int           column)
{
  return value_at (model, row, column) == NULL;
}

const char *
_ok_rows_string (GdaDataModel *model,
                 int           row,
                 int           column)
{
  const GValue *value = value_at (model, row, column);

  if (value == NULL)
    return NULL;
  if (G_VALUE_HOLDS_STRING (value))
    return g_value_get_string (value);
  g_critical ("Column %d holds %s, not a string", column, G_VALUE_TYPE_NAME (value));
  return NULL;
}

char *
_ok_rows_dup_string (GdaDataModel *model,
                     int           row,
                     int           column)
{
  return g_strdup (_ok_rows_string (model, row, column));
}

gint64
_ok_value_int64 (const GValue *value)
{
  if (value == NULL || gda_value_is_null (value))
    return 0;
  if (G_VALUE_HOLDS_INT (value))
    return g_value_get_int (value);
  if (G_VALUE_HOLDS_INT64 (value))
    return g_value_get_int64 (value);
  if (G_VALUE_HOLDS_UINT (value))
    return g_value_get_uint (value);
  if (G_VALUE_HOLDS_UINT64 (value))
    return (gint64) g_value_get_uint64 (value);
  if (G_VALUE_HOLDS_LONG (value))
    return g_value_get_long (value);
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_value_get_boolean (value);
  if (G_VALUE_HOLDS_DOUBLE (value))
    return (gint64) g_value_get_double (value);
  if (G_VALUE_HOLDS (value, GDA_TYPE_NUMERIC))
    return (gint64) gda_numeric_get_double (g_value_get_boxed (value));
  if (G_VALUE_HOLDS (value, GDA_TYPE_SHORT))
    return gda_value_get_short (value);
  if (G_VALUE_HOLDS_STRING (value))
    return g_ascii_strtoll (g_value_get_string (value), NULL, 10);
  g_critical ("Cannot read %s as an integer", G_VALUE_TYPE_NAME (value));
  return 0;
}

gint64
_ok_rows_int64 (GdaDataModel *model,
                int           row,
                int           column)
{
  return _ok_value_int64 (value_at (model, row, column));
}

double
_ok_rows_double (GdaDataModel *model,
                 int           row,
                 int           column)
{
  const GValue *value = value_at (model, row, column);

  if (value == NULL)
    return 0.0;
  if (G_VALUE_HOLDS_DOUBLE (value))
    return g_value_get_double (value);
  if (G_VALUE_HOLDS_FLOAT (value))
    return g_value_get_float (value);
  if (G_VALUE_HOLDS (value, GDA_TYPE_NUMERIC))
    return gda_numeric_get_double (g_value_get_boxed (value));
  if (G_VALUE_HOLDS_STRING (value))
    return g_ascii_strtod (g_value_get_string (value), NULL);
  return (double) _ok_value_int64 (value);
}

GPtrArray *
_ok_rows_to_objects (GdaDataModel *model,
                     OkRowFunc     from_row)
{
  int n = gda_data_model_get_n_rows (model);
  GPtrArray *objects = g_ptr_array_new_full (n, g_object_unref);

  for (int i = 0; i < n; i++)
    g_ptr_array_add (objects, from_row (model, i));
  return objects;
}

/* Short lists (home languages of an activity's interpreters, groups) are
 * stored as comma-separated text. */
char **
_ok_strv_from_list (const char *list)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (list == NULL || *list == '\0')
    return g_new0 (char *, 1);

  parts = g_strsplit (list, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

char *
_ok_strv_to_list (const char * const *strv)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (strv[i]));

      if (*item == '\0' || strchr (item, ',') != NULL)
        continue;
      if (s->len > 0)
        g_string_append_c (s, ',');
      g_string_append (s, item);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sender's name, remembered between messages and between runs. */
#define G_LOG_DOMAIN "ok-sender-name"

#include "config.h"

#include <gio/gio.h>

#include "ok-sender-name.h"

#define SCHEMA_ID "nl.ouderkamer.Ouderkamer"
#define KEY "sender-name"

static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, KEY))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

gboolean
ok_sender_name_can_remember (void)
{
  g_autoptr(GSettings) settings = settings_new ();

  return settings != NULL;
}

char *
ok_sender_name_dup_remembered (void)
{
  g_autoptr(GSettings) settings = settings_new ();
  g_autofree char *remembered = settings != NULL ? g_settings_get_string (settings, KEY) : NULL;

  return remembered != NULL && *remembered != '\0' ? g_steal_pointer (&remembered) : NULL;
}

char *
ok_sender_name_dup (void)
{
  g_autofree char *remembered = ok_sender_name_dup_remembered ();
  const char *real_name = g_get_real_name ();

  if (remembered != NULL)
    return g_steal_pointer (&remembered);
  /* GLib says "Unknown" when the account has no full name. */
  if (real_name != NULL && g_strcmp0 (real_name, "Unknown") != 0)
    return g_strdup (real_name);
  return g_strdup ("");
}

void
ok_sender_name_remember (const char *name)
{
  g_autoptr(GSettings) settings = settings_new ();
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (settings != NULL)
    g_settings_set_string (settings, KEY, stripped);
}

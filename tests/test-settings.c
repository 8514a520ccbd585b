/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The GSettings schema as compiled into the build's data folder
 * (GSETTINGS_SCHEMA_DIR), used with the memory backend. */
#include "config.h"

#include <gio/gio.h>

#define SCHEMA_ID "nl.ouderkamer.Ouderkamer"

static GSettingsSchema *
lookup_schema (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GSettingsSchema *schema;

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, SCHEMA_ID, FALSE);
  g_assert_nonnull (schema);
  return schema;
}

static void
test_keys (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();
  g_auto(GStrv) keys = g_settings_schema_list_keys (schema);
  const char *expected[] = {
    "last-database", "sender-name",
    "window-height", "window-maximized", "window-width",
  };

  g_assert_cmpstr (g_settings_schema_get_path (schema), ==, "/nl/ouderkamer/Ouderkamer/");
  g_assert_cmpuint (g_strv_length (keys), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (g_strv_contains ((const char * const *) keys, expected[i]));
}

static void
test_defaults (void)
{
  g_autoptr(GSettings) settings = g_settings_new (SCHEMA_ID);
  g_autofree char *database = g_settings_get_string (settings, "last-database");
  g_autofree char *sender = g_settings_get_string (settings, "sender-name");

  g_assert_cmpstr (database, ==, "");
  g_assert_cmpstr (sender, ==, "");
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), >=, 360);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), >=, 294);
}

static void
test_ranges (void)
{
  g_autoptr(GSettingsSchema) schema = lookup_schema ();
  g_autoptr(GSettingsSchemaKey) width = g_settings_schema_get_key (schema, "window-width");
  g_autoptr(GVariant) tiny = g_variant_ref_sink (g_variant_new_int32 (100));

  g_assert_false (g_settings_schema_key_range_check (width, tiny));
}

static void
test_memory_backend_round_trip (void)
{
  g_autoptr(GSettings) writer = g_settings_new (SCHEMA_ID);
  g_autoptr(GSettings) reader = g_settings_new (SCHEMA_ID);
  g_autofree char *database = NULL;

  g_settings_set_string (writer, "last-database", "postgresql://officer@db.example.nl/bestuur");
  g_settings_set_int (writer, "window-width", 1280);
  g_settings_set_boolean (writer, "window-maximized", TRUE);

  database = g_settings_get_string (reader, "last-database");
  g_assert_cmpstr (database, ==, "postgresql://officer@db.example.nl/bestuur");
  g_assert_cmpint (g_settings_get_int (reader, "window-width"), ==, 1280);
  g_assert_true (g_settings_get_boolean (reader, "window-maximized"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Never touch the developer's own settings. */
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL || g_strcmp0 (g_getenv ("GSETTINGS_BACKEND"), "memory") != 0)
    g_error ("Run with GSETTINGS_SCHEMA_DIR at the build's data folder and GSETTINGS_BACKEND=memory");

  g_test_add_func ("/settings/keys", test_keys);
  g_test_add_func ("/settings/defaults", test_defaults);
  g_test_add_func ("/settings/ranges", test_ranges);
  g_test_add_func ("/settings/memory-backend-round-trip", test_memory_backend_round_trip);
  return g_test_run ();
}

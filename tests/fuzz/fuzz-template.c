/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target for what a coordinator or an imported file can put in a
 * template: hostile texts (unbalanced braces, deep sections, invalid UTF-8,
 * huge input) and hostile values, and whole language files. Every input
 * must end in a result or a clean GError, never a crash or a leak.
 *
 * Input: one byte of flags, then the text, then NUL-separated
 * "name=value" pairs. */
#include "config.h"

#include <string.h>

#include "ok-template-catalog.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static OkTemplateCatalog *
catalog (void)
{
  static OkTemplateCatalog *shared;

  if (shared == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* A critical or a warning is a bug to find, as much as a crash. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      shared = ok_template_catalog_new (&error);
      g_assert_no_error (error);
    }
  return shared;
}

static void
fuzz_language_file (const guint8 *data,
                    size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(OkLanguage) language = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GHashTable) themes = NULL;
  g_autoptr(GError) error = NULL;

  if (ok_template_catalog_read_language_file (catalog (), bytes, &language, &texts, &themes, &error))
    {
      g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 3, 10, 18, 0, 0);
      g_autofree char *date = ok_language_format_date (language, now);
      g_autofree char *time = ok_language_format_time_range (language, now, now);

      g_assert_nonnull (date);
      g_assert_nonnull (time);
    }
  else
    g_assert_nonnull (error);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *copy = NULL;
  g_autofree char *result = NULL;
  g_autoptr(GError) check_error = NULL;
  g_autoptr(GError) expand_error = NULL;
  OkTemplateSpan span = { 0, };
  OkTemplateRenderFlags flags;
  const char *text, *end;
  guint8 mode;

  if (size == 0)
    return 0;
  catalog ();
  mode = data[0];
  if (mode & 0x80)
    {
      fuzz_language_file (data + 1, size - 1);
      return 0;
    }

  /* NUL-terminate the lot so every part is a C string. */
  copy = g_malloc (size);
  memcpy (copy, data + 1, size - 1);
  copy[size - 1] = '\0';
  end = copy + size - 1;
  text = copy;
  for (const char *p = text + strlen (text) + 1; p < end; p += strlen (p) + 1)
    {
      const char *equals = strchr (p, '=');

      if (equals != NULL)
        g_hash_table_replace (values, g_strndup (p, equals - p), g_strdup (equals + 1));
    }

  flags = mode & (OK_TEMPLATE_RENDER_KEEP_MISSING | OK_TEMPLATE_RENDER_RTL);

  if (ok_template_check (text, (mode & 0x4) ? "{?parent_name}{parent_name}{/parent_name} {date}" : NULL,
                         &span, &check_error))
    g_assert_no_error (check_error);
  else
    {
      g_assert_nonnull (check_error);
      g_assert_cmpuint (span.start, <=, span.end);
      g_assert_cmpuint (span.end, <=, size);
    }

  result = ok_template_expand (text, values, flags, &expand_error);
  g_assert ((result == NULL) != (expand_error == NULL));
  if (result != NULL)
    g_assert_true (g_utf8_validate (result, -1, NULL));
  return 0;
}

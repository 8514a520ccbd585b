/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How one language writes dates and times and names other languages, read
 * from data rather than from installed locales: a Flatpak or a CI machine
 * has few of those, and a school laptop set to Dutch has none for Tigrinya. */
#define G_LOG_DOMAIN "ok-language"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-language.h"
#include "ok-language-table.h"
#include "ok-template.h"
#include "ok-time.h"

/* The CLDR pattern letters we write: weekday, day, month (format and
 * standalone), year, hours (24 and 12), minutes and the am/pm marker. */
#define PATTERN_LETTERS "EdMLyHhma"

struct _OkLanguage
{
  GObject parent_instance;

  char *code;
  char *name;
  gboolean rtl;
  char *date_pattern;
  char *time_pattern;
  char *time_range;
  char *am_pm[2];
  char *weekdays[7];         /* Sunday first, as in CLDR */
  char *months[12];
  GHashTable *language_names; /* code → name in this language */
};

G_DEFINE_FINAL_TYPE (OkLanguage, ok_language, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_RTL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ok_language_finalize (GObject *object)
{
  OkLanguage *self = OK_LANGUAGE (object);

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->date_pattern, g_free);
  g_clear_pointer (&self->time_pattern, g_free);
  g_clear_pointer (&self->time_range, g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->am_pm); i++)
    g_clear_pointer (&self->am_pm[i], g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->weekdays); i++)
    g_clear_pointer (&self->weekdays[i], g_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->months); i++)
    g_clear_pointer (&self->months[i], g_free);
  g_clear_pointer (&self->language_names, g_hash_table_unref);

  G_OBJECT_CLASS (ok_language_parent_class)->finalize (object);
}

static void
ok_language_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OkLanguage *self = OK_LANGUAGE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_RTL:
      g_value_set_boolean (value, self->rtl);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_language_class_init (OkLanguageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ok_language_finalize;
  object_class->get_property = ok_language_get_property;

  /**
   * OkLanguage:code:
   *
   * The ISO 639 code, possibly with a script or region: "ar", "pt-BR".
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * OkLanguage:name:
   *
   * The language's name for itself, as its speakers would look for it.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /**
   * OkLanguage:rtl:
   *
   * Whether the language is written from right to left.
   */
  properties[PROP_RTL] =
    g_param_spec_boolean ("rtl", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_language_init (OkLanguage *self)
{
  self->language_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Codes */

/**
 * ok_language_code_is_valid:
 * @code: a language code
 *
 * Whether @code is an ISO 639 code of two or three lowercase letters,
 * optionally followed by a script or region subtag ("ckb", "pt-BR"),
 * eight characters at most.
 */
gboolean
ok_language_code_is_valid (const char *code)
{
  gsize length, i = 0;

  if (code == NULL)
    return FALSE;
  length = strlen (code);
  if (length < 2 || length > 8)
    return FALSE;
  while (g_ascii_islower (code[i]))
    i++;
  if (i < 2 || i > 3)
    return FALSE;
  if (code[i] == '\0')
    return TRUE;
  if (code[i] != '-' || length - i - 1 < 2)
    return FALSE;
  for (i++; code[i] != '\0'; i++)
    if (!g_ascii_isalnum (code[i]))
      return FALSE;
  return TRUE;
}

/* Loading */

G_GNUC_PRINTF (3, 4)
static void
set_invalid (GError     **error,
             const char  *code,
             const char  *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE,
               _("The date data of language “%s” cannot be used: %s"),
               code != NULL ? code : "?", message);
}

static const char *
get_string (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
valid_text (const char *text)
{
  return text != NULL && *text != '\0' && g_utf8_validate (text, -1, NULL)
         && strlen (text) <= OK_TEMPLATE_MAX_VALUE;
}

static gboolean
read_names (JsonObject  *object,
            const char  *member,
            char       **names,
            guint        count,
            const char  *code,
            GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node)
      || json_array_get_length (array = json_node_get_array (node)) != count)
    {
      set_invalid (error, code, _("“%s” must be a list of %u names"), member, count);
      return FALSE;
    }
  for (guint i = 0; i < count; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *name = JSON_NODE_HOLDS_VALUE (element)
                         && json_node_get_value_type (element) == G_TYPE_STRING
                         ? json_node_get_string (element) : NULL;

      if (!valid_text (name))
        {
          set_invalid (error, code, _("“%s” must be a list of %u names"), member, count);
          return FALSE;
        }
      names[i] = g_strdup (name);
    }
  return TRUE;
}

/* Checks that a pattern uses only the letters we write; text in quotes is
 * written as it is, '' is a quote. */
static gboolean
valid_pattern (const char *pattern,
               gboolean   *uses_am_pm)
{
  gboolean quoted = FALSE;

  if (!valid_text (pattern))
    return FALSE;
  for (const char *p = pattern; *p != '\0'; p++)
    {
      if (*p == '\'')
        quoted = !quoted;
      else if (!quoted && g_ascii_isalpha (*p))
        {
          if (strchr (PATTERN_LETTERS, *p) == NULL)
            return FALSE;
          if (*p == 'a')
            *uses_am_pm = TRUE;
        }
    }
  return !quoted;
}

/**
 * ok_language_new_from_json:
 * @node: an object as in data/locale/CODE.json
 * @error: what is wrong with it
 *
 * Returns: (transfer full): the language
 */
OkLanguage *
ok_language_new_from_json (JsonNode  *node,
                           GError   **error)
{
  g_autoptr(OkLanguage) self = NULL;
  JsonObject *object;
  JsonNode *names;
  const char *code, *name, *direction, *range;
  gboolean uses_am_pm = FALSE;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      set_invalid (error, NULL, _("it is not a JSON object"));
      return NULL;
    }
  object = json_node_get_object (node);

  code = get_string (object, "code");
  if (!ok_language_code_is_valid (code))
    {
      set_invalid (error, code, _("“code” must be an ISO 639 code such as “ar” or “pt-BR”"));
      return NULL;
    }
  self = g_object_new (OK_TYPE_LANGUAGE, NULL);
  self->code = g_strdup (code);

  name = get_string (object, "name");
  if (!valid_text (name))
    {
      set_invalid (error, code, _("“name” is missing"));
      return NULL;
    }
  self->name = g_strdup (name);

  direction = get_string (object, "direction");
  if (direction == NULL)
    self->rtl = ok_language_code_is_rtl (code);
  else if (g_str_equal (direction, "rtl") || g_str_equal (direction, "ltr"))
    self->rtl = g_str_equal (direction, "rtl");
  else
    {
      set_invalid (error, code, _("“direction” must be “ltr” or “rtl”"));
      return NULL;
    }

  self->date_pattern = g_strdup (get_string (object, "date"));
  self->time_pattern = g_strdup (get_string (object, "time"));
  if (!valid_pattern (self->date_pattern, &uses_am_pm) || !valid_pattern (self->time_pattern, &uses_am_pm))
    {
      set_invalid (error, code, _("“date” and “time” must be CLDR patterns using only the letters %s"),
                   PATTERN_LETTERS);
      return NULL;
    }

  range = get_string (object, "time_range");
  if (range == NULL)
    range = "{0}–{1}";
  if (!valid_text (range) || strstr (range, "{0}") == NULL || strstr (range, "{1}") == NULL)
    {
      set_invalid (error, code, _("“time_range” must contain {0} and {1}"));
      return NULL;
    }
  self->time_range = g_strdup (range);

  if (uses_am_pm && !read_names (object, "am_pm", self->am_pm, 2, code, error))
    return NULL;
  if (!read_names (object, "weekdays", self->weekdays, 7, code, error)
      || !read_names (object, "months", self->months, 12, code, error))
    return NULL;

  names = json_object_get_member (object, "languages");
  if (names != NULL && JSON_NODE_HOLDS_OBJECT (names))
    {
      JsonObject *languages = json_node_get_object (names);
      g_autoptr(GList) members = json_object_get_members (languages);

      for (GList *l = members; l != NULL; l = l->next)
        {
          const char *language_name = get_string (languages, l->data);

          if (ok_language_code_is_valid (l->data) && valid_text (language_name))
            g_hash_table_insert (self->language_names, g_strdup (l->data), g_strdup (language_name));
        }
    }
  g_hash_table_insert (self->language_names, g_strdup (self->code), g_strdup (self->name));

  return g_steal_pointer (&self);
}

static void
add_names (JsonBuilder  *builder,
           const char   *member,
           char * const *names,
           guint         count)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; i < count; i++)
    json_builder_add_string_value (builder, names[i]);
  json_builder_end_array (builder);
}

/**
 * ok_language_to_json:
 * @self: a language
 *
 * Returns: (transfer full): the language as ok_language_new_from_json() reads it
 */
JsonNode *
ok_language_to_json (OkLanguage *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GList) codes = NULL;

  g_return_val_if_fail (OK_IS_LANGUAGE (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, self->code);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, self->name);
  json_builder_set_member_name (builder, "direction");
  json_builder_add_string_value (builder, self->rtl ? "rtl" : "ltr");
  json_builder_set_member_name (builder, "date");
  json_builder_add_string_value (builder, self->date_pattern);
  json_builder_set_member_name (builder, "time");
  json_builder_add_string_value (builder, self->time_pattern);
  json_builder_set_member_name (builder, "time_range");
  json_builder_add_string_value (builder, self->time_range);
  if (self->am_pm[0] != NULL)
    add_names (builder, "am_pm", self->am_pm, 2);
  add_names (builder, "weekdays", self->weekdays, 7);
  add_names (builder, "months", self->months, 12);

  json_builder_set_member_name (builder, "languages");
  json_builder_begin_object (builder);
  codes = g_list_sort (g_hash_table_get_keys (self->language_names), (GCompareFunc) strcmp);
  for (GList *l = codes; l != NULL; l = l->next)
    {
      json_builder_set_member_name (builder, l->data);
      json_builder_add_string_value (builder, g_hash_table_lookup (self->language_names, l->data));
    }
  json_builder_end_object (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

const char *
ok_language_get_code (OkLanguage *self)
{
  g_return_val_if_fail (OK_IS_LANGUAGE (self), NULL);

  return self->code;
}

const char *
ok_language_get_name (OkLanguage *self)
{
  g_return_val_if_fail (OK_IS_LANGUAGE (self), NULL);

  return self->name;
}

/**
 * ok_language_is_rtl:
 * @self: a language
 *
 * Whether the language is written from right to left: the GUI sets the
 * direction of its text views and the PDF its columns from this.
 */
gboolean
ok_language_is_rtl (OkLanguage *self)
{
  g_return_val_if_fail (OK_IS_LANGUAGE (self), FALSE);

  return self->rtl;
}

/**
 * ok_language_get_language_name:
 * @self: the language to write in
 * @code: the language to name
 *
 * Returns: (nullable): the name of @code in @self, as "Arabisch" in Dutch
 */
const char *
ok_language_get_language_name (OkLanguage *self,
                               const char *code)
{
  g_return_val_if_fail (OK_IS_LANGUAGE (self), NULL);

  return code != NULL ? g_hash_table_lookup (self->language_names, code) : NULL;
}

/* Formatting */

static GDateTime *
to_local (GDateTime *datetime)
{
  return g_date_time_to_timezone (datetime, ok_time_zone ());
}

const char *
ok_language_get_weekday (OkLanguage *self,
                         GDateTime  *datetime)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (OK_IS_LANGUAGE (self), NULL);
  g_return_val_if_fail (datetime != NULL, NULL);

  local = to_local (datetime);
  /* GLib counts Monday as 1 and Sunday as 7. */
  return self->weekdays[g_date_time_get_day_of_week (local) % 7];
}

static void
append_number (GString *out,
               int      value,
               guint    width)
{
  g_string_append_printf (out, width >= 2 ? "%02d" : "%d", value);
}

static char *
format_pattern (OkLanguage *self,
                const char *pattern,
                GDateTime  *datetime)
{
  g_autoptr(GDateTime) local = to_local (datetime);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *p = pattern;

  while (*p != '\0')
    {
      if (*p == '\'')
        {
          /* '' is a quote; otherwise copy up to the closing quote. */
          if (p[1] == '\'')
            {
              g_string_append_c (out, '\'');
              p += 2;
              continue;
            }
          for (p++; *p != '\0'; p++)
            {
              if (*p == '\'' && p[1] == '\'')
                {
                  g_string_append_c (out, '\'');
                  p++;
                }
              else if (*p == '\'')
                break;
              else
                g_string_append_c (out, *p);
            }
          if (*p == '\'')
            p++;
        }
      else if (g_ascii_isalpha (*p))
        {
          char letter = *p;
          guint count = 0;
          int hour = g_date_time_get_hour (local);

          while (*p == letter)
            {
              count++;
              p++;
            }
          switch (letter)
            {
            case 'E':
              g_string_append (out, self->weekdays[g_date_time_get_day_of_week (local) % 7]);
              break;
            case 'd':
              append_number (out, g_date_time_get_day_of_month (local), count);
              break;
            case 'M':
            case 'L':
              if (count >= 3)
                g_string_append (out, self->months[g_date_time_get_month (local) - 1]);
              else
                append_number (out, g_date_time_get_month (local), count);
              break;
            case 'y':
              if (count == 2)
                append_number (out, g_date_time_get_year (local) % 100, 2);
              else
                append_number (out, g_date_time_get_year (local), 1);
              break;
            case 'H':
              append_number (out, hour, count);
              break;
            case 'h':
              append_number (out, hour % 12 == 0 ? 12 : hour % 12, count);
              break;
            case 'm':
              append_number (out, g_date_time_get_minute (local), count);
              break;
            case 'a':
              g_string_append (out, self->am_pm[hour < 12 ? 0 : 1]);
              break;
            default:
              /* valid_pattern() lets no other letter in. */
              g_assert_not_reached ();
            }
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * ok_language_format_date:
 * @self: a language
 * @datetime: a moment; written as the date in the Netherlands
 *
 * Returns: (transfer full): the full date with weekday, as
 *   "dinsdag 10 maart 2026" or "10 Mart 2026 Salı"
 */
char *
ok_language_format_date (OkLanguage *self,
                         GDateTime  *datetime)
{
  g_return_val_if_fail (OK_IS_LANGUAGE (self), NULL);
  g_return_val_if_fail (datetime != NULL, NULL);

  return format_pattern (self, self->date_pattern, datetime);
}

char *
ok_language_format_time (OkLanguage *self,
                         GDateTime  *datetime)
{
  g_return_val_if_fail (OK_IS_LANGUAGE (self), NULL);
  g_return_val_if_fail (datetime != NULL, NULL);

  return format_pattern (self, self->time_pattern, datetime);
}

/**
 * ok_language_format_time_range:
 * @self: a language
 * @start: when it starts
 * @end: (nullable): when it ends
 *
 * Returns: (transfer full): "19:00–20:30", or the start time alone
 */
char *
ok_language_format_time_range (OkLanguage *self,
                               GDateTime  *start,
                               GDateTime  *end)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (OK_IS_LANGUAGE (self), NULL);
  g_return_val_if_fail (start != NULL, NULL);

  from = ok_language_format_time (self, start);
  if (end == NULL)
    return g_steal_pointer (&from);
  to = ok_language_format_time (self, end);

  out = g_string_new (self->time_range);
  g_string_replace (out, "{0}", from, 1);
  g_string_replace (out, "{1}", to, 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

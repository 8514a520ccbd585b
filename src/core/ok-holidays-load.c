/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading school holidays from files in the holidays.json format.
 *
 * The national dates ship in the core resource (data/holidays/nl.json); a
 * school adds its own study days and replaces national periods in
 * $XDG_CONFIG_HOME/ouderkamer/holidays.json, which has the same format.
 * A period is identified by its id within a school year, so the user file
 * replaces "herfst" of 2026-2027 by giving that id with other dates. */
#define G_LOG_DOMAIN "ok-holidays"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "ok-core-resources.h"
#include "ok-holidays-private.h"
#include "ok-time.h"

#define BUILTIN_PATH "/nl/ouderkamer/core/holidays/nl.json"
#define FORMAT_VERSION 1

/* One entry of a file before it is applied, so that a file with an error
 * changes nothing. */
typedef struct
{
  OkHolidayPeriod *period;
  guint line;
  gboolean cancelled;
  gboolean has_name;
  gboolean has_kind;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_pointer (&entry->period, ok_holiday_period_unref);
}

/* Parsing keeps the line where each object starts, so that an error in the
 * file can say where it is. */
typedef struct
{
  GArray *open_lines;
  GHashTable *object_lines;   /* JsonObject * → first line */
} LineTracker;

static void
object_started_cb (JsonParser  *parser,
                   LineTracker *tracker)
{
  guint line = json_parser_get_current_line (parser);

  g_array_append_val (tracker->open_lines, line);
}

static void
object_ended_cb (JsonParser  *parser,
                 JsonObject  *object,
                 LineTracker *tracker)
{
  guint line;

  g_return_if_fail (tracker->open_lines->len > 0);

  line = g_array_index (tracker->open_lines, guint, tracker->open_lines->len - 1);
  g_array_set_size (tracker->open_lines, tracker->open_lines->len - 1);
  g_hash_table_insert (tracker->object_lines, object, GUINT_TO_POINTER (line));
}

G_GNUC_PRINTF (4, 5)
static void
set_line_error (GError     **error,
                const char  *name,
                guint        line,
                const char  *format,
                ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, OK_HOLIDAYS_ERROR, OK_HOLIDAYS_ERROR_INVALID,
               _("%s, line %u: %s"), name, line, detail);
}

/* json-glib reports "<data>:LINE:COLUMN: message" for text it was handed
 * as data; say it the way the rest of the file errors do. */
static void
set_syntax_error (GError       **error,
                  const char    *name,
                  const GError  *json_error)
{
  const char *message = json_error->message;
  guint line, column;
  int consumed = 0;

  if (g_str_has_prefix (message, "<data>:")
      && sscanf (message + strlen ("<data>:"), "%u:%u: %n", &line, &column, &consumed) == 2
      && consumed > 0)
    g_set_error (error, OK_HOLIDAYS_ERROR, OK_HOLIDAYS_ERROR_SYNTAX,
                 _("%s, line %u: this is not valid JSON (%s)"),
                 name, line, message + strlen ("<data>:") + consumed);
  else
    g_set_error (error, OK_HOLIDAYS_ERROR, OK_HOLIDAYS_ERROR_SYNTAX,
                 _("%s is not valid JSON: %s"), name, message);
}

static gboolean
read_date (JsonObject  *object,
           const char  *member,
           GDate       *date,
           const char  *name,
           guint        line,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GDate) parsed = NULL;
  const char *text = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    text = json_node_get_string (node);
  parsed = ok_date_parse (text);
  if (parsed == NULL)
    {
      set_line_error (error, name, line,
                      _("“%s” must be a date written as YYYY-MM-DD, such as \"2026-10-19\""),
                      member);
      return FALSE;
    }
  *date = *parsed;
  return TRUE;
}

static const char *
read_string (JsonObject  *object,
             const char  *member,
             const char  *name,
             guint        line,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text = NULL;

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    text = json_node_get_string (node);
  if (text == NULL || *text == '\0')
    {
      set_line_error (error, name, line, _("“%s” must be a text between quotes"), member);
      return NULL;
    }
  return text;
}

static gboolean
read_boolean (JsonObject  *object,
              const char  *member,
              gboolean    *value,
              const char  *name,
              guint        line,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      set_line_error (error, name, line, _("“%s” must be true or false"), member);
      return FALSE;
    }
  *value = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_regions (JsonObject  *object,
              guint       *mask,
              const char  *name,
              guint        line,
              GError     **error)
{
  JsonNode *node = json_object_get_member (object, "regions");
  JsonArray *array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  *mask = 0;
  if (array == NULL || json_array_get_length (array) == 0)
    {
      set_line_error (error, name, line,
                      _("“regions” must be a list such as [\"noord\", \"midden\", \"zuid\"]"));
      return FALSE;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *region = NULL;
      guint bit;

      if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
        region = json_node_get_string (element);
      bit = _ok_holidays_region_bit (region);
      if (bit == 0)
        {
          set_line_error (error, name, line,
                          _("Unknown region “%s”: use noord, midden or zuid"),
                          region != NULL ? region : "?");
          return FALSE;
        }
      *mask |= bit;
    }
  return TRUE;
}

static gboolean
read_kind (JsonObject    *object,
           OkHolidayKind *kind,
           const char    *name,
           guint          line,
           GError       **error)
{
  const char *text = read_string (object, "kind", name, line, error);

  if (text == NULL)
    return FALSE;
  if (_ok_holiday_kind_from_string (text, kind))
    return TRUE;
  set_line_error (error, name, line,
                  _("Unknown kind “%s”: use vakantie, feestdag, studiedag or vrije-dag"), text);
  return FALSE;
}

static gboolean
read_entry (JsonObject  *object,
            guint        line,
            const char  *name,
            Entry       *entry,
            GError     **error)
{
  static const char *known[] = {
    "id", "name", "kind", "start", "end", "regions", "advice", "note", "cancelled",
  };
  g_autoptr(GList) members = json_object_get_members (object);
  OkHolidayPeriod *period;
  gboolean flag;

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        set_line_error (error, name, line,
                        _("Unknown field “%s”; a period has id, name, kind, start, end, regions, advice, note and cancelled"),
                        (const char *) l->data);
        return FALSE;
      }

  entry->line = line;
  entry->period = period = _ok_holiday_period_new ();
  period->regions = REGION_ALL;
  period->kind = OK_HOLIDAY_KIND_FREE_DAY;

  if (!json_object_has_member (object, "id"))
    {
      set_line_error (error, name, line, _("This period has no “id”"));
      return FALSE;
    }
  if (!json_object_has_member (object, "start"))
    {
      set_line_error (error, name, line, _("This period has no “start” date"));
      return FALSE;
    }

  {
    const char *id = read_string (object, "id", name, line, error);

    if (id == NULL)
      return FALSE;
    period->id = g_strdup (id);
  }
  if (!read_date (object, "start", &period->start, name, line, error))
    return FALSE;
  period->end = period->start;
  if (json_object_has_member (object, "end")
      && !read_date (object, "end", &period->end, name, line, error))
    return FALSE;
  if (g_date_compare (&period->end, &period->start) < 0)
    {
      set_line_error (error, name, line, _("The period ends before it starts"));
      return FALSE;
    }
  period->school_year = ok_holidays_school_year_for (&period->start);

  if (json_object_has_member (object, "name"))
    {
      const char *text = read_string (object, "name", name, line, error);

      if (text == NULL)
        return FALSE;
      period->name = g_strdup (text);
      entry->has_name = TRUE;
    }
  if (json_object_has_member (object, "note"))
    {
      const char *text = read_string (object, "note", name, line, error);

      if (text == NULL)
        return FALSE;
      period->note = g_strdup (text);
    }
  if (json_object_has_member (object, "kind"))
    {
      if (!read_kind (object, &period->kind, name, line, error))
        return FALSE;
      entry->has_kind = TRUE;
    }
  if (json_object_has_member (object, "regions")
      && !read_regions (object, &period->regions, name, line, error))
    return FALSE;
  if (json_object_has_member (object, "advice"))
    {
      if (!read_boolean (object, "advice", &flag, name, line, error))
        return FALSE;
      period->advice = flag;
    }
  if (json_object_has_member (object, "cancelled")
      && !read_boolean (object, "cancelled", &entry->cancelled, name, line, error))
    return FALSE;

  return TRUE;
}

static gboolean
same_key (const OkHolidayPeriod *a,
          const OkHolidayPeriod *b)
{
  return strcmp (a->id, b->id) == 0 && strcmp (a->school_year, b->school_year) == 0;
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  const OkHolidayPeriod *pa = *(OkHolidayPeriod * const *) a;
  const OkHolidayPeriod *pb = *(OkHolidayPeriod * const *) b;
  int result = g_date_compare (&pa->start, &pb->start);

  return result != 0 ? result : g_date_compare (&pa->end, &pb->end);
}

/* Checks the entries against each other and against what is loaded, and
 * fills in a name and kind the entry inherits from the period it replaces. */
static gboolean
check_entries (OkHolidays  *self,
               GArray      *entries,
               const char  *name,
               GError     **error)
{
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      OkHolidayPeriod *period = entry->period;
      const OkHolidayPeriod *replaced = NULL;

      for (guint j = 0; j < i; j++)
        {
          const Entry *earlier = &g_array_index (entries, Entry, j);

          if (same_key (earlier->period, period) && (earlier->period->regions & period->regions) != 0)
            {
              set_line_error (error, name, entry->line,
                              _("“%s” in school year %s is already given on line %u for the same region"),
                              period->id, period->school_year, earlier->line);
              return FALSE;
            }
        }

      for (guint j = 0; j < self->periods->len && replaced == NULL; j++)
        {
          const OkHolidayPeriod *existing = g_ptr_array_index (self->periods, j);

          if (same_key (existing, period))
            replaced = existing;
        }

      if (entry->cancelled && replaced == NULL)
        {
          set_line_error (error, name, entry->line,
                          _("There is no “%s” in school year %s to cancel"),
                          period->id, period->school_year);
          return FALSE;
        }
      if (!entry->has_name)
        {
          if (replaced == NULL && !entry->cancelled)
            {
              set_line_error (error, name, entry->line,
                              _("“%s” is a new period, so it needs a “name”"), period->id);
              return FALSE;
            }
          period->name = g_strdup (replaced->name);
        }
      if (!entry->has_kind && replaced != NULL)
        period->kind = replaced->kind;
    }
  return TRUE;
}

static void
apply_entries (OkHolidays *self,
               GArray     *entries)
{
  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);
      OkHolidayPeriod *period = entry->period;

      /* A period from an earlier file loses the regions this entry covers;
       * periods are shared with callers, so a narrower copy replaces it. */
      for (guint j = self->periods->len; j > 0; j--)
        {
          OkHolidayPeriod *existing = g_ptr_array_index (self->periods, j - 1);

          if (!same_key (existing, period) || (existing->regions & period->regions) == 0)
            continue;
          if ((existing->regions & ~period->regions) == 0)
            g_ptr_array_remove_index (self->periods, j - 1);
          else
            {
              OkHolidayPeriod *narrower = _ok_holiday_period_copy (existing);

              narrower->regions &= ~period->regions;
              g_ptr_array_index (self->periods, j - 1) = narrower;
              ok_holiday_period_unref (existing);
            }
        }
    }

  for (guint i = 0; i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      if (!entry->cancelled)
        g_ptr_array_add (self->periods, g_steal_pointer (&entry->period));
    }
  g_ptr_array_sort (self->periods, compare_periods);
}

static gboolean
merge (OkHolidays  *self,
       const char  *data,
       gssize       length,
       const char  *name,
       gboolean     from_user,
       GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) object_lines = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) open_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GError) json_error = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GList) members = NULL;
  LineTracker tracker = { open_lines, object_lines };
  JsonNode *root;
  JsonNode *format;
  JsonNode *periods_node;
  JsonObject *top;
  JsonArray *periods;
  gboolean parsed;
  guint top_line;

  g_signal_connect (parser, "object-start", G_CALLBACK (object_started_cb), &tracker);
  g_signal_connect (parser, "object-end", G_CALLBACK (object_ended_cb), &tracker);
  parsed = json_parser_load_from_data (parser, data, length, &json_error);
  g_signal_handlers_disconnect_by_data (parser, &tracker);
  if (!parsed)
    {
      set_syntax_error (error, name, json_error);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      set_line_error (error, name, 1, _("The file must hold one object with a “periods” list"));
      return FALSE;
    }
  top = json_node_get_object (root);
  top_line = GPOINTER_TO_UINT (g_hash_table_lookup (object_lines, top));

  members = json_object_get_members (top);
  for (GList *l = members; l != NULL; l = l->next)
    if (g_strcmp0 (l->data, "format") != 0 && g_strcmp0 (l->data, "comment") != 0
        && g_strcmp0 (l->data, "periods") != 0)
      {
        set_line_error (error, name, top_line,
                        _("Unknown field “%s”; the file has format, comment and periods"),
                        (const char *) l->data);
        return FALSE;
      }

  format = json_object_get_member (top, "format");
  if (format != NULL
      && (!JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_INT64
          || json_node_get_int (format) != FORMAT_VERSION))
    {
      set_line_error (error, name, top_line,
                      _("This version of Ouderkamer reads “format”: %d; the file was written for another version"),
                      FORMAT_VERSION);
      return FALSE;
    }

  periods_node = json_object_get_member (top, "periods");
  if (periods_node == NULL || !JSON_NODE_HOLDS_ARRAY (periods_node))
    {
      set_line_error (error, name, top_line, _("The file has no “periods” list"));
      return FALSE;
    }
  periods = json_node_get_array (periods_node);

  entries = g_array_sized_new (FALSE, TRUE, sizeof (Entry), json_array_get_length (periods));
  g_array_set_clear_func (entries, entry_clear);
  for (guint i = 0; i < json_array_get_length (periods); i++)
    {
      JsonNode *node = json_array_get_element (periods, i);
      Entry entry = { 0, };
      JsonObject *object;
      guint line;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          set_line_error (error, name, top_line,
                          _("Period %u of the list is not an object between { and }"), i + 1);
          return FALSE;
        }
      object = json_node_get_object (node);
      line = GPOINTER_TO_UINT (g_hash_table_lookup (object_lines, object));
      if (!read_entry (object, line, name, &entry, error))
        {
          entry_clear (&entry);
          return FALSE;
        }
      entry.period->from_user = from_user;
      g_array_append_val (entries, entry);
    }

  if (!check_entries (self, entries, name, error))
    return FALSE;
  apply_entries (self, entries);
  return TRUE;
}

/* Merges holiday data in the holidays.json format into @self: each entry
 * replaces the loaded period with the same id in the same school year for
 * the regions it names. @name is how errors refer to the data (a path).
 * On error nothing changes. */
gboolean
ok_holidays_merge_data (OkHolidays  *self,
                        const char  *data,
                        gssize       length,
                        const char  *name,
                        GError     **error)
{
  g_return_val_if_fail (OK_IS_HOLIDAYS (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return merge (self, data, length, name, TRUE, error);
}

OkHolidays *
ok_holidays_new_builtin (void)
{
  g_autoptr(OkHolidays) self = ok_holidays_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data;

  /* Referencing the bundle keeps the linker from dropping it out of the
   * static library; its constructor registers it. */
  if (ok_core_get_resource () == NULL)
    g_error ("The core resources are missing from this build");

  bytes = g_resources_lookup_data (BUILTIN_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The national holidays are missing from this build: %s", error->message);
  data = g_bytes_get_data (bytes, &size);
  if (!merge (self, data, size, "nl.json", FALSE, &error))
    g_error ("The national holidays in this build are broken: %s", error->message);
  return g_steal_pointer (&self);
}

char *
ok_holidays_get_user_file_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "ouderkamer", "holidays.json", NULL);
}

/* A missing user file is normal: most schools never write one. */
gboolean
ok_holidays_load_user_file (OkHolidays  *self,
                            const char  *path,
                            GError     **error)
{
  g_autofree char *default_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (OK_IS_HOLIDAYS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (path == NULL)
    path = default_path = ok_holidays_get_user_file_path ();

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_set_error (error, OK_HOLIDAYS_ERROR, OK_HOLIDAYS_ERROR_SYNTAX,
                   _("Could not read the school’s holiday file %s: %s"),
                   path, local_error->message);
      return FALSE;
    }
  return ok_holidays_merge_data (self, contents, length, path, error);
}

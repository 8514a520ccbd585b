/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The report as JSON, written so that a director reads 33.3, not
 * 33.299999999999997. */
#define G_LOG_DOMAIN "ok-report"

#include "config.h"

#include "ok-report-private.h"

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_period (JsonBuilder          *builder,
            const OkReportPeriod *period)
{
  g_autofree char *label = ok_report_period_to_string (period);
  g_autofree char *from = ok_report_period_first_day (period);
  g_autofree char *to = ok_report_period_last_day (period);

  add_string (builder, "quarter", label);
  add_string (builder, "from", from);
  add_string (builder, "to", to);
}

static void
add_headline (JsonBuilder           *builder,
              const OkReportFigures *figures)
{
  add_int (builder, "attendances", figures->attendances);
  add_int (builder, "unnamed_guests", figures->unnamed_guests);
  add_int (builder, "parents_reached", figures->parents_reached);
  add_int (builder, "families_reached", figures->families_reached);
  add_int (builder, "active_families", figures->active_families);
  json_builder_set_member_name (builder, "reach_percent");
  json_builder_add_double_value (builder, ok_report_figures_reach_tenths (figures) / 10.0);
}

static void
add_counts (JsonBuilder *builder,
            const char  *name,
            GArray      *counts)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  for (guint i = 0; i < counts->len; i++)
    {
      OkReportCount *count = &g_array_index (counts, OkReportCount, i);

      add_int (builder, count->key, count->count);
    }
  json_builder_end_object (builder);
}

static void
add_reach (JsonBuilder *builder,
           const char  *name,
           const char  *key_name,
           GArray      *reach)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < reach->len; i++)
    {
      OkReportReach *item = &g_array_index (reach, OkReportReach, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, key_name);
      /* Children without a group form a group of their own, named null. */
      if (*item->key == '\0')
        json_builder_add_null_value (builder);
      else
        json_builder_add_string_value (builder, item->key);
      add_int (builder, "active_families", item->active_families);
      add_int (builder, "families_reached", item->families_reached);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
ok_quarter_report_to_json (OkQuarterReport *report,
                           gboolean         with_names)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (report != NULL, NULL);

  with_names = ok_quarter_report_has_names (report, with_names);

  json_builder_begin_object (builder);
  add_period (builder, &report->period);

  json_builder_set_member_name (builder, "activities");
  json_builder_begin_object (builder);
  add_int (builder, "total", report->figures.activities);
  add_counts (builder, "by_type", report->by_type);
  add_counts (builder, "by_partnership", report->by_partnership);
  json_builder_end_object (builder);

  add_headline (builder, &report->figures);
  add_reach (builder, "by_group", "group", report->by_group);
  add_reach (builder, "by_language", "language", report->by_language);
  _ok_report_invited_to_json (report, builder);

  json_builder_set_member_name (builder, "not_reached");
  json_builder_begin_object (builder);
  add_int (builder, "count", report->not_reached->len);
  json_builder_set_member_name (builder, "families");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->not_reached->len; i++)
    {
      OkReportFamily *family = &g_array_index (report->not_reached, OkReportFamily, i);

      json_builder_begin_object (builder);
      add_int (builder, "id", family->id);
      if (with_names)
        add_string (builder, "name", family->name);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "previous");
  json_builder_begin_object (builder);
  add_period (builder, &report->previous_period);
  json_builder_set_member_name (builder, "activities");
  json_builder_begin_object (builder);
  add_int (builder, "total", report->previous.activities);
  json_builder_end_object (builder);
  add_headline (builder, &report->previous);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

/* json-glib writes doubles with 17 digits (33.299999999999997); a director
 * reads 33.3. This writer prints the shortest form that reads back as the
 * same number, and is otherwise json-glib's pretty output. */
static void
write_json_string (GString    *out,
                   const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guchar) *p);
          else
            g_string_append_c (out, *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
write_json_double (GString *out,
                   double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  int decimals;

  for (decimals = 0; decimals <= 6; decimals++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  if (decimals > 6)
    g_ascii_dtostr (buf, sizeof buf, value);
  g_string_append (out, buf);
  if (decimals == 0)
    g_string_append (out, ".0");
}

static void
write_json_node (GString  *out,
                 JsonNode *node,
                 int       depth)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);

        if (members == NULL)
          {
            g_string_append (out, "{}");
            break;
          }
        g_string_append (out, "{\n");
        for (GList *l = members; l != NULL; l = l->next)
          {
            g_string_append_printf (out, "%*s", 2 * (depth + 1), "");
            write_json_string (out, l->data);
            g_string_append (out, " : ");
            write_json_node (out, json_object_get_member (object, l->data), depth + 1);
            g_string_append (out, l->next != NULL ? ",\n" : "\n");
          }
        g_string_append_printf (out, "%*s}", 2 * depth, "");
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        g_string_append (out, "[\n");
        for (guint i = 0; i < n; i++)
          {
            g_string_append_printf (out, "%*s", 2 * (depth + 1), "");
            write_json_node (out, json_array_get_element (array, i), depth + 1);
            g_string_append (out, i + 1 < n ? ",\n" : "\n");
          }
        g_string_append_printf (out, "%*s]", 2 * depth, "");
      }
      break;
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;
    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          write_json_double (out, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
          break;
        default:
          write_json_string (out, json_node_get_string (node));
          break;
        }
      break;
    default:
      g_assert_not_reached ();
    }
}

char *
ok_quarter_report_to_json_text (OkQuarterReport *report,
                                gboolean         with_names)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  root = ok_quarter_report_to_json (report, with_names);
  write_json_node (out, root, 0);
  g_string_append_c (out, '\n');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

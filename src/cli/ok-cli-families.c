/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ok-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-cli.h"
#include "ok-store-family.h"

/* Parents and children of every family, grouped by family id. */
static GHashTable *
group_by_family (GPtrArray *items,
                 gint64   (*family_of) (gpointer))
{
  GHashTable *groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < items->len; i++)
    {
      gint64 id = family_of (items->pdata[i]);
      GPtrArray *list = g_hash_table_lookup (groups, &id);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (groups, g_memdup2 (&id, sizeof id), list);
        }
      g_ptr_array_add (list, items->pdata[i]);
    }
  return groups;
}

static gint64
parent_family (gpointer item)
{
  return ok_parent_get_family_id (item);
}

static gint64
child_family (gpointer item)
{
  return ok_child_get_family_id (item);
}

static void
add_member_string (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static JsonNode *
families_to_json (GPtrArray  *families,
                  GHashTable *parents,
                  GHashTable *children)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_array (builder);
  for (guint i = 0; i < families->len; i++)
    {
      OkFamily *family = families->pdata[i];
      gint64 id = ok_family_get_id (family);
      GPtrArray *family_parents = g_hash_table_lookup (parents, &id);
      GPtrArray *family_children = g_hash_table_lookup (children, &id);
      const char * const *languages = ok_family_get_languages (family);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, id);
      add_member_string (builder, "name", ok_family_get_name (family));
      json_builder_set_member_name (builder, "languages");
      json_builder_begin_array (builder);
      for (guint l = 0; languages != NULL && languages[l] != NULL; l++)
        json_builder_add_string_value (builder, languages[l]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "interpreter_needed");
      json_builder_add_boolean_value (builder, ok_family_get_interpreter_needed (family));
      add_member_string (builder, "preferred_channel",
                         ok_enum_to_nick (OK_TYPE_CHANNEL, ok_family_get_preferred_channel (family)));

      json_builder_set_member_name (builder, "parents");
      json_builder_begin_array (builder);
      for (guint p = 0; family_parents != NULL && p < family_parents->len; p++)
        {
          OkParent *parent = family_parents->pdata[p];

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, ok_parent_get_id (parent));
          add_member_string (builder, "name", ok_parent_get_name (parent));
          add_member_string (builder, "phone", ok_parent_get_phone (parent));
          add_member_string (builder, "email", ok_parent_get_email (parent));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);

      json_builder_set_member_name (builder, "children");
      json_builder_begin_array (builder);
      for (guint c = 0; family_children != NULL && c < family_children->len; c++)
        {
          OkChild *child = family_children->pdata[c];

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_int_value (builder, ok_child_get_id (child));
          add_member_string (builder, "pupil_number", ok_child_get_pupil_number (child));
          add_member_string (builder, "first_name", ok_child_get_first_name (child));
          add_member_string (builder, "infix", ok_child_get_infix (child));
          add_member_string (builder, "last_name", ok_child_get_last_name (child));
          add_member_string (builder, "group", ok_child_get_group (child));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  return json_builder_get_root (builder);
}

static char *
child_full_name (OkChild *child)
{
  const char *infix = ok_child_get_infix (child);

  if (infix != NULL && *infix != '\0')
    return g_strdup_printf ("%s %s %s", ok_child_get_first_name (child), infix,
                            ok_child_get_last_name (child));
  return g_strdup_printf ("%s %s", ok_child_get_first_name (child), ok_child_get_last_name (child));
}

/* One line per family member, so that a spreadsheet can filter it. */
static void
print_csv (GPtrArray  *families,
           GHashTable *parents,
           GHashTable *children)
{
  g_print ("family_id,family_name,languages,member,member_id,name,phone,email,pupil_number,group\r\n");
  for (guint i = 0; i < families->len; i++)
    {
      OkFamily *family = families->pdata[i];
      gint64 id = ok_family_get_id (family);
      GPtrArray *family_parents = g_hash_table_lookup (parents, &id);
      GPtrArray *family_children = g_hash_table_lookup (children, &id);
      g_autofree char *family_name = ok_cli_csv_field (ok_family_get_name (family));
      const char * const *family_languages = ok_family_get_languages (family);
      g_autofree char *joined = family_languages != NULL ? g_strjoinv ("/", (char **) family_languages) : NULL;
      g_autofree char *languages = ok_cli_csv_field (joined);

      for (guint p = 0; family_parents != NULL && p < family_parents->len; p++)
        {
          OkParent *parent = family_parents->pdata[p];
          g_autofree char *name = ok_cli_csv_field (ok_parent_get_name (parent));
          g_autofree char *phone = ok_cli_csv_field (ok_parent_get_phone (parent));
          g_autofree char *email = ok_cli_csv_field (ok_parent_get_email (parent));

          g_print ("%" G_GINT64_FORMAT ",%s,%s,parent,%" G_GINT64_FORMAT ",%s,%s,%s,,\r\n",
                   id, family_name, languages, ok_parent_get_id (parent), name, phone, email);
        }
      for (guint c = 0; family_children != NULL && c < family_children->len; c++)
        {
          OkChild *child = family_children->pdata[c];
          g_autofree char *full = child_full_name (child);
          g_autofree char *name = ok_cli_csv_field (full);
          g_autofree char *number = ok_cli_csv_field (ok_child_get_pupil_number (child));
          g_autofree char *group = ok_cli_csv_field (ok_child_get_group (child));

          g_print ("%" G_GINT64_FORMAT ",%s,%s,child,%" G_GINT64_FORMAT ",%s,,,%s,%s\r\n",
                   id, family_name, languages, ok_child_get_id (child), name, number, group);
        }
    }
}

static gboolean
families_list (OkStore  *store,
               int       argc,
               char    **argv,
               GError  **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *format = NULL;
  int limit = -1, offset = 0;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GPtrArray) parents = NULL;
  g_autoptr(GPtrArray) children = NULL;
  g_autoptr(GHashTable) parents_by_family = NULL;
  g_autoptr(GHashTable) children_by_family = NULL;
  GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("Output format: json or csv"), "FORMAT" },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("At most this many families (alphabetical)"), "N" },
    { "offset", 0, 0, G_OPTION_ARG_INT, &offset, N_("Skip this many families first"), "N" },
    { NULL }
  };

  g_option_context_set_summary (context, _("List every family with its parents and children."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!ok_cli_parse (context, &argc, &argv, error))
    return FALSE;
  if (format == NULL)
    format = g_strdup ("json");
  if (!ok_cli_check_format (format, (const char *[]) { "json", "csv", NULL }, error))
    return FALSE;

  if (offset < 0 || limit < -1 || limit == 0)
    {
      g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
                   _("--limit must be 1 or more and --offset 0 or more"));
      return FALSE;
    }

  if (limit > 0)
    {
      /* A page: read the members of those families only. */
      families = ok_store_family_list_page (store, (guint) offset, (guint) limit, error);
      if (families == NULL)
        return FALSE;
      parents = g_ptr_array_new_with_free_func (g_object_unref);
      children = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < families->len; i++)
        {
          gint64 id = ok_family_get_id (families->pdata[i]);
          g_autoptr(GPtrArray) some_parents = ok_store_parent_list (store, id, error);
          g_autoptr(GPtrArray) some_children = some_parents != NULL
                                               ? ok_store_child_list (store, id, error) : NULL;

          if (some_children == NULL)
            return FALSE;
          g_ptr_array_extend_and_steal (parents, g_steal_pointer (&some_parents));
          g_ptr_array_extend_and_steal (children, g_steal_pointer (&some_children));
        }
    }
  else
    {
      families = ok_store_family_list (store, error);
      if (families == NULL)
        return FALSE;
      parents = ok_store_parent_list (store, 0, error);
      if (parents == NULL)
        return FALSE;
      children = ok_store_child_list (store, 0, error);
      if (children == NULL)
        return FALSE;
    }

  parents_by_family = group_by_family (parents, parent_family);
  children_by_family = group_by_family (children, child_family);

  if (g_str_equal (format, "json"))
    {
      g_autoptr(JsonNode) node = families_to_json (families, parents_by_family, children_by_family);
      ok_cli_print_json (node);
    }
  else
    print_csv (families, parents_by_family, children_by_family);
  return TRUE;
}

gboolean
ok_cli_families (OkStore  *store,
                 int       argc,
                 char    **argv,
                 GError  **error)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return families_list (store, argc - 1, argv + 1, error);

  g_set_error (error, OK_CLI_ERROR, OK_CLI_ERROR_USAGE,
               _("Usage: ouderkamer-cli families list [--format json|csv] [--limit N] [--offset N]"));
  return FALSE;
}

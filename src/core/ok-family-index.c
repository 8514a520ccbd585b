/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every family of a school as one compact, searchable list: a GListModel
 * whose items are made only when a view asks for them, so a list of
 * 25,000 families costs a few megabytes and a search is a scan of short
 * folded strings in memory, well within one frame. */
#define G_LOG_DOMAIN "ok-family-index"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "ok-family-index.h"
#include "ok-text.h"

/* A family while the index is filled. Plain strings of their own size, not
 * GStrings: five GStrings a family, each at least 128 bytes, were most of
 * the index's peak for a school of 25,000 families. */
typedef struct {
  gint64 id;
  char *name;
  char *parents;
  char *children;
  char *key;
  char *groups;     /* as in Entry, NULL for none */
  char *languages;  /* as in Entry, NULL for none */
  char *phone;
  char last_reached[11];
  gboolean interpreter;
} Draft;

typedef struct {
  gint64 id;
  const char *name;
  const char *sort_key;
  const char *parents;
  const char *children;
  const char *phone;
  const char *groups;     /* "|5|7|" so that "|5|" finds group 5 only */
  const char *languages;  /* "|tr|nl|", primary language first */
  const char *key;        /* folded names, groups and phone digits */
  char last_reached[11];
  guint interpreter : 1;
  guint hidden : 1;
} Entry;

struct _OkFamilyIndex
{
  GObject parent_instance;

  /* While filling */
  GPtrArray *drafts;
  GHashTable *draft_by_id;

  /* Sealed */
  GStringChunk *strings;
  GArray *entries;
  GHashTable *entry_by_id;    /* gint64 * → index + 1 */
  GArray *matches;            /* guint indexes into entries */

  /* The filter */
  char **tokens;
  char *group_needle;
  char *language_needle;
  char *reached_since;
  gboolean only_not_reached;
  gboolean only_interpreter;
};

static void ok_family_index_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OkFamilyIndex, ok_family_index, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ok_family_index_list_model_init))

static void
draft_free (Draft *draft)
{
  g_free (draft->name);
  g_free (draft->parents);
  g_free (draft->children);
  g_free (draft->key);
  g_free (draft->groups);
  g_free (draft->languages);
  g_free (draft->phone);
  g_free (draft);
}

static gboolean
is_reached (OkFamilyIndex *self,
            const Entry   *entry)
{
  return self->reached_since != NULL && entry->last_reached[0] != '\0'
         && strcmp (entry->last_reached, self->reached_since) >= 0;
}

static char **
split_list (const char *list)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit (list != NULL ? list : "", "|", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_strv_builder_add (builder, parts[i]);
  return g_strv_builder_end (builder);
}

static OkFamilySummary *
summary_for (OkFamilyIndex *self,
             const Entry   *entry)
{
  g_auto(GStrv) languages = split_list (entry->languages);

  return ok_family_summary_new (entry->id, entry->name, entry->parents, entry->children,
                                entry->phone, (const char * const *) languages,
                                entry->interpreter, entry->last_reached, is_reached (self, entry));
}

static GType
ok_family_index_get_item_type (GListModel *model)
{
  return OK_TYPE_FAMILY_SUMMARY;
}

static guint
ok_family_index_get_n_items (GListModel *model)
{
  OkFamilyIndex *self = OK_FAMILY_INDEX (model);

  return self->matches != NULL ? self->matches->len : 0;
}

static gpointer
ok_family_index_get_item (GListModel *model,
                          guint       position)
{
  OkFamilyIndex *self = OK_FAMILY_INDEX (model);

  if (self->matches == NULL || position >= self->matches->len)
    return NULL;
  return summary_for (self, &g_array_index (self->entries, Entry,
                                            g_array_index (self->matches, guint, position)));
}

static void
ok_family_index_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ok_family_index_get_item_type;
  iface->get_n_items = ok_family_index_get_n_items;
  iface->get_item = ok_family_index_get_item;
}

static void
ok_family_index_finalize (GObject *object)
{
  OkFamilyIndex *self = OK_FAMILY_INDEX (object);

  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  g_clear_pointer (&self->draft_by_id, g_hash_table_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->entry_by_id, g_hash_table_unref);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->tokens, g_strfreev);
  g_clear_pointer (&self->group_needle, g_free);
  g_clear_pointer (&self->language_needle, g_free);
  g_clear_pointer (&self->reached_since, g_free);

  G_OBJECT_CLASS (ok_family_index_parent_class)->finalize (object);
}

static void
ok_family_index_class_init (OkFamilyIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ok_family_index_finalize;
}

static void
ok_family_index_init (OkFamilyIndex *self)
{
  self->drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) draft_free);
  self->draft_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  self->entry_by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->tokens = g_new0 (char *, 1);
}

OkFamilyIndex *
ok_family_index_new (void)
{
  return g_object_new (OK_TYPE_FAMILY_INDEX, NULL);
}

/* Filling */

static Draft *
draft_for (OkFamilyIndex *self,
           gint64         family_id)
{
  g_return_val_if_fail (self->draft_by_id != NULL, NULL);

  return g_hash_table_lookup (self->draft_by_id, &family_id);
}

static void
append_separated (char       **field,
                  const char  *separator,
                  const char  *text)
{
  char *joined = *field == NULL || **field == '\0' ? g_strdup (text) : g_strconcat (*field, separator, text, NULL);

  g_free (*field);
  *field = joined;
}

void
ok_family_index_add_family (OkFamilyIndex *self,
                            gint64         id,
                            const char    *name,
                            gboolean       interpreter_needed)
{
  Draft *draft;

  g_return_if_fail (OK_IS_FAMILY_INDEX (self));
  g_return_if_fail (self->drafts != NULL);

  if (draft_for (self, id) != NULL)
    return;

  draft = g_new0 (Draft, 1);
  draft->id = id;
  draft->name = g_strdup (name != NULL ? name : "");
  draft->key = g_strdup (name);
  draft->interpreter = interpreter_needed;
  g_ptr_array_add (self->drafts, draft);
  g_hash_table_insert (self->draft_by_id, &draft->id, draft);
}

void
ok_family_index_add_parent (OkFamilyIndex *self,
                            gint64         family_id,
                            const char    *name,
                            const char    *phone,
                            const char    *email)
{
  Draft *draft = draft_for (self, family_id);

  if (draft == NULL)
    return;

  if (name != NULL && *name != '\0')
    {
      append_separated (&draft->parents, ", ", name);
      append_separated (&draft->key, "\n", name);
    }
  if (phone != NULL && *phone != '\0')
    {
      g_autofree char *digits = ok_text_phone_digits (phone);
      g_autofree char *raw = g_strdelimit (g_strdup (phone), " -()./+", ' ');
      g_auto(GStrv) parts = g_strsplit (raw, " ", -1);
      g_autofree char *plain = g_strjoinv ("", parts);

      if (draft->phone == NULL)
        draft->phone = g_strdup (phone);
      append_separated (&draft->key, "\n", digits);
      if (!g_str_equal (plain, digits))
        append_separated (&draft->key, "\n", plain);
    }
  if (email != NULL && *email != '\0')
    append_separated (&draft->key, "\n", email);
}

void
ok_family_index_add_child (OkFamilyIndex *self,
                           gint64         family_id,
                           const char    *first_name,
                           const char    *infix,
                           const char    *last_name,
                           const char    *group)
{
  Draft *draft = draft_for (self, family_id);
  g_autofree char *full = NULL;

  if (draft == NULL)
    return;

  full = g_strjoin (" ", first_name != NULL ? first_name : "",
                    infix != NULL && *infix != '\0' ? infix : "", last_name != NULL ? last_name : "",
                    NULL);
  append_separated (&draft->key, "\n", full);

  if (group != NULL && *group != '\0')
    {
      g_autofree char *needle = g_strconcat ("|", group, "|", NULL);
      g_autofree char *with_group = g_strdup_printf ("%s (%s)", first_name != NULL ? first_name : "", group);

      append_separated (&draft->children, ", ", with_group);
      append_separated (&draft->key, "\n", group);
      if (draft->groups == NULL || strstr (draft->groups, needle) == NULL)
        append_separated (&draft->groups, "", draft->groups == NULL ? needle : needle + 1);
    }
  else
    append_separated (&draft->children, ", ", first_name != NULL ? first_name : "");
}

void
ok_family_index_add_language (OkFamilyIndex *self,
                              gint64         family_id,
                              const char    *code)
{
  Draft *draft = draft_for (self, family_id);
  g_autofree char *item = NULL;

  if (draft == NULL || code == NULL || *code == '\0')
    return;
  item = g_strconcat (draft->languages == NULL ? "|" : "", code, "|", NULL);
  append_separated (&draft->languages, "", item);
}

void
ok_family_index_add_reached (OkFamilyIndex *self,
                             gint64         family_id,
                             const char    *date)
{
  Draft *draft = draft_for (self, family_id);

  if (draft == NULL || date == NULL || strlen (date) < 10)
    return;
  if (strncmp (date, draft->last_reached, 10) > 0)
    g_strlcpy (draft->last_reached, date, sizeof draft->last_reached);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;
  int c = strcmp (x->sort_key, y->sort_key);

  if (c != 0)
    return c;
  return x->id < y->id ? -1 : x->id > y->id;
}

static void refilter (OkFamilyIndex *self,
                      gboolean       narrowing);

void
ok_family_index_seal (OkFamilyIndex *self)
{
  g_return_if_fail (OK_IS_FAMILY_INDEX (self));
  g_return_if_fail (self->drafts != NULL);

  /* Each draft goes as soon as it is copied: the drafts of a school of
   * 25,000 families and their sealed copy together made the index's peak
   * twice its size. */
  g_clear_pointer (&self->draft_by_id, g_hash_table_unref);
  g_ptr_array_set_free_func (self->drafts, NULL);
  self->strings = g_string_chunk_new (64 * 1024);
  g_array_set_size (self->entries, self->drafts->len);
  for (guint i = 0; i < self->drafts->len; i++)
    {
      Draft *draft = g_ptr_array_index (self->drafts, i);
      Entry *entry = &g_array_index (self->entries, Entry, i);
      g_autofree char *key = ok_text_fold (draft->key != NULL ? draft->key : "");
      g_autofree char *sort_key = ok_text_fold (draft->name);

      entry->id = draft->id;
      entry->name = g_string_chunk_insert (self->strings, draft->name);
      entry->sort_key = g_string_chunk_insert (self->strings, sort_key);
      entry->parents = g_string_chunk_insert (self->strings, draft->parents != NULL ? draft->parents : "");
      entry->children = g_string_chunk_insert (self->strings, draft->children != NULL ? draft->children : "");
      entry->phone = draft->phone != NULL ? g_string_chunk_insert_const (self->strings, draft->phone) : NULL;
      entry->groups = g_string_chunk_insert_const (self->strings, draft->groups != NULL ? draft->groups : "|");
      entry->languages = g_string_chunk_insert_const (self->strings,
                                                      draft->languages != NULL ? draft->languages : "|");
      entry->key = g_string_chunk_insert (self->strings, key);
      memcpy (entry->last_reached, draft->last_reached, sizeof entry->last_reached);
      entry->interpreter = draft->interpreter;
      draft_free (draft);
    }
  g_clear_pointer (&self->drafts, g_ptr_array_unref);

  g_array_sort (self->entries, compare_entries);
  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, i);

      g_hash_table_insert (self->entry_by_id, &entry->id, GUINT_TO_POINTER (i + 1));
    }
  refilter (self, FALSE);
}

/* Filtering */

static gboolean
entry_matches (OkFamilyIndex *self,
               const Entry   *entry)
{
  if (entry->hidden)
    return FALSE;
  if (self->only_interpreter && !entry->interpreter)
    return FALSE;
  if (self->only_not_reached && is_reached (self, entry))
    return FALSE;
  if (self->group_needle != NULL && strstr (entry->groups, self->group_needle) == NULL)
    return FALSE;
  if (self->language_needle != NULL && strstr (entry->languages, self->language_needle) == NULL)
    return FALSE;
  for (guint i = 0; self->tokens[i] != NULL; i++)
    if (strstr (entry->key, self->tokens[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* narrowing: the new filter only drops families, so the current matches
 * are all that need a look. */
static void
refilter (OkFamilyIndex *self,
          gboolean       narrowing)
{
  g_autoptr(GArray) matches = g_array_sized_new (FALSE, FALSE, sizeof (guint),
                                                 narrowing ? self->matches->len : self->entries->len);
  guint old_len = self->matches->len;

  if (self->strings == NULL)
    return;

  if (narrowing)
    {
      for (guint i = 0; i < self->matches->len; i++)
        {
          guint index = g_array_index (self->matches, guint, i);

          if (entry_matches (self, &g_array_index (self->entries, Entry, index)))
            g_array_append_val (matches, index);
        }
    }
  else
    {
      for (guint i = 0; i < self->entries->len; i++)
        if (entry_matches (self, &g_array_index (self->entries, Entry, i)))
          g_array_append_val (matches, i);
    }

  /* memcmp() must not see the NULL data of an empty array, even for 0 bytes. */
  if (matches->len == old_len
      && (old_len == 0 || memcmp (matches->data, self->matches->data, old_len * sizeof (guint)) == 0))
    return;

  g_array_unref (self->matches);
  self->matches = g_steal_pointer (&matches);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->matches->len);
}

static gboolean
tokens_narrow (char **old_tokens,
               char **new_tokens)
{
  for (guint i = 0; old_tokens[i] != NULL; i++)
    {
      gboolean covered = FALSE;

      for (guint j = 0; !covered && new_tokens[j] != NULL; j++)
        covered = strstr (new_tokens[j], old_tokens[i]) != NULL;
      if (!covered)
        return FALSE;
    }
  return TRUE;
}

void
ok_family_index_set_search (OkFamilyIndex *self,
                            const char    *query)
{
  g_auto(GStrv) tokens = NULL;
  gboolean narrowing;

  g_return_if_fail (OK_IS_FAMILY_INDEX (self));

  tokens = ok_text_search_tokens (query);
  if (g_strv_equal ((const char * const *) tokens, (const char * const *) self->tokens))
    return;
  narrowing = tokens_narrow (self->tokens, tokens);
  g_strfreev (self->tokens);
  self->tokens = g_steal_pointer (&tokens);
  refilter (self, narrowing);
}

static gboolean
set_needle (char       **needle,
            const char  *value)
{
  g_autofree char *wanted = value != NULL && *value != '\0' ? g_strconcat ("|", value, "|", NULL) : NULL;

  if (g_strcmp0 (*needle, wanted) == 0)
    return FALSE;
  g_free (*needle);
  *needle = g_steal_pointer (&wanted);
  return TRUE;
}

void
ok_family_index_set_group (OkFamilyIndex *self,
                           const char    *group)
{
  g_return_if_fail (OK_IS_FAMILY_INDEX (self));

  if (set_needle (&self->group_needle, group))
    refilter (self, FALSE);
}

void
ok_family_index_set_language (OkFamilyIndex *self,
                              const char    *code)
{
  g_return_if_fail (OK_IS_FAMILY_INDEX (self));

  if (set_needle (&self->language_needle, code))
    refilter (self, FALSE);
}

/* The first day (YYYY-MM-DD) of the period in which a family counts as
 * reached, normally the first day of the current quarter. */
void
ok_family_index_set_reached_since (OkFamilyIndex *self,
                                   const char    *date)
{
  g_return_if_fail (OK_IS_FAMILY_INDEX (self));

  if (g_strcmp0 (self->reached_since, date) == 0)
    return;
  g_free (self->reached_since);
  self->reached_since = g_strdup (date);
  refilter (self, FALSE);
  /* Items already handed out carry the old "reached" flag. */
  g_list_model_items_changed (G_LIST_MODEL (self), 0, self->matches->len, self->matches->len);
}

void
ok_family_index_set_only_not_reached (OkFamilyIndex *self,
                                      gboolean       only_not_reached)
{
  g_return_if_fail (OK_IS_FAMILY_INDEX (self));

  if (self->only_not_reached == !!only_not_reached)
    return;
  self->only_not_reached = !!only_not_reached;
  refilter (self, self->only_not_reached);
}

void
ok_family_index_set_only_interpreter (OkFamilyIndex *self,
                                      gboolean       only_interpreter)
{
  g_return_if_fail (OK_IS_FAMILY_INDEX (self));

  if (self->only_interpreter == !!only_interpreter)
    return;
  self->only_interpreter = !!only_interpreter;
  refilter (self, self->only_interpreter);
}

/* Hides a family whose removal can still be undone. */
void
ok_family_index_set_hidden (OkFamilyIndex *self,
                            gint64         id,
                            gboolean       hidden)
{
  gpointer found;
  Entry *entry;

  g_return_if_fail (OK_IS_FAMILY_INDEX (self));

  found = g_hash_table_lookup (self->entry_by_id, &id);
  if (found == NULL)
    return;
  entry = &g_array_index (self->entries, Entry, GPOINTER_TO_UINT (found) - 1);
  if (entry->hidden == !!hidden)
    return;
  entry->hidden = !!hidden;
  refilter (self, hidden);
}

/* Takes over another index's filter, and the families it hides: for a
 * fresh load that replaces the list on screen. */
void
ok_family_index_copy_filter (OkFamilyIndex *self,
                             OkFamilyIndex *other)
{
  g_return_if_fail (OK_IS_FAMILY_INDEX (self));
  g_return_if_fail (OK_IS_FAMILY_INDEX (other));

  g_strfreev (self->tokens);
  self->tokens = g_strdupv (other->tokens);
  g_free (self->group_needle);
  self->group_needle = g_strdup (other->group_needle);
  g_free (self->language_needle);
  self->language_needle = g_strdup (other->language_needle);
  g_free (self->reached_since);
  self->reached_since = g_strdup (other->reached_since);
  self->only_not_reached = other->only_not_reached;
  self->only_interpreter = other->only_interpreter;
  for (guint i = 0; i < other->entries->len; i++)
    {
      const Entry *entry = &g_array_index (other->entries, Entry, i);
      gpointer found;

      if (!entry->hidden)
        continue;
      found = g_hash_table_lookup (self->entry_by_id, &entry->id);
      if (found != NULL)
        g_array_index (self->entries, Entry, GPOINTER_TO_UINT (found) - 1).hidden = TRUE;
    }
  refilter (self, FALSE);
}

/* Queries */

guint
ok_family_index_get_total (OkFamilyIndex *self)
{
  guint total = 0;

  g_return_val_if_fail (OK_IS_FAMILY_INDEX (self), 0);

  for (guint i = 0; i < self->entries->len; i++)
    if (!g_array_index (self->entries, Entry, i).hidden)
      total++;
  return total;
}

/* The position of a family in the filtered list, or G_MAXUINT. */
guint
ok_family_index_find (OkFamilyIndex *self,
                      gint64         id)
{
  gpointer found;
  guint index;

  g_return_val_if_fail (OK_IS_FAMILY_INDEX (self), G_MAXUINT);

  found = g_hash_table_lookup (self->entry_by_id, &id);
  if (found == NULL)
    return G_MAXUINT;
  index = GPOINTER_TO_UINT (found) - 1;
  for (guint i = 0; i < self->matches->len; i++)
    if (g_array_index (self->matches, guint, i) == index)
      return i;
  return G_MAXUINT;
}

OkFamilySummary *
ok_family_index_lookup (OkFamilyIndex *self,
                        gint64         id)
{
  gpointer found;

  g_return_val_if_fail (OK_IS_FAMILY_INDEX (self), NULL);

  found = g_hash_table_lookup (self->entry_by_id, &id);
  if (found == NULL)
    return NULL;
  return summary_for (self, &g_array_index (self->entries, Entry, GPOINTER_TO_UINT (found) - 1));
}

/* Groups such as "1/2a", "5", "7B" sort by their number first. */
static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const char *x = *(const char * const *) a, *y = *(const char * const *) b;
  long nx = strtol (x, NULL, 10), ny = strtol (y, NULL, 10);

  if (nx != ny)
    return nx < ny ? -1 : 1;
  return g_utf8_collate (x, y);
}

static char **
distinct_values (OkFamilyIndex *self,
                 gsize          offset,
                 GCompareFunc   compare)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) values = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, i);
      g_auto(GStrv) parts = split_list (G_STRUCT_MEMBER (const char *, entry, offset));

      for (guint j = 0; parts[j] != NULL; j++)
        if (!g_hash_table_contains (seen, parts[j]))
          g_hash_table_add (seen, g_string_chunk_insert_const (self->strings, parts[j]));
    }

  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (values, key);
  g_ptr_array_sort (values, compare);
  g_ptr_array_add (values, NULL);
  return g_strdupv ((char **) values->pdata);
}

char **
ok_family_index_dup_groups (OkFamilyIndex *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_INDEX (self), NULL);

  if (self->strings == NULL)
    return g_new0 (char *, 1);
  return distinct_values (self, G_STRUCT_OFFSET (Entry, groups), compare_groups);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char **
ok_family_index_dup_languages (OkFamilyIndex *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_INDEX (self), NULL);

  if (self->strings == NULL)
    return g_new0 (char *, 1);
  return distinct_values (self, G_STRUCT_OFFSET (Entry, languages), compare_strings);
}

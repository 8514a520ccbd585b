/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Search-as-you-type over every family of a school, keystroke by
 * keystroke: the family index the families view filters (issue 4), and
 * as the reference a GtkFilterListModel with a GtkStringFilter over the
 * same families' names and phone numbers, as plain GTK would do it (it
 * ignores case but, unlike the index, not accents). Each keystroke sets the search and reads what a list view asks for
 * first: the count and the rows on screen.
 *   bench-search DB [SCHOOL_ID]
 * prints "load MS" once, then "ouderkamer MS" and "reference MS" for
 * every keystroke. */
#include <gtk/gtk.h>
#include <stdio.h>
#include <string.h>

#include "ok-family-index.h"
#include "ok-store-search.h"

#define N_QUERIES 20
#define VISIBLE_ROWS 30
#define MAX_TYPED 8

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* What a list view does after the model changed: count, then make the
 * rows that fit on screen. */
static void
read_screenful (GListModel *model)
{
  guint n = MIN (g_list_model_get_n_items (model), VISIBLE_ROWS);

  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (model, i));
}

/* Typing the surname of families spread over the list a letter at a
 * time, then erasing it again. */
static GPtrArray *
keystrokes (GListModel *families)
{
  GPtrArray *strokes = g_ptr_array_new_with_free_func (g_free);
  guint n = g_list_model_get_n_items (families);

  for (guint q = 0; q < N_QUERIES; q++)
    {
      g_autoptr(OkFamilySummary) family = g_list_model_get_item (families, q * n / N_QUERIES);
      const char *name = ok_family_summary_get_name (family);
      const char *space = strrchr (name, ' ');
      const char *word = space != NULL ? space + 1 : name;
      glong length = MIN (g_utf8_strlen (word, -1), MAX_TYPED);

      for (glong i = 1; i <= length; i++)
        g_ptr_array_add (strokes, g_utf8_substring (word, 0, i));
      for (glong i = length - 1; i >= 0; i--)
        g_ptr_array_add (strokes, g_utf8_substring (word, 0, i));
    }
  return strokes;
}

static GListModel *
reference_model (GListModel     *families,
                 GtkStringFilter **filter)
{
  g_autoptr(GtkStringList) texts = gtk_string_list_new (NULL);
  GtkFilterListModel *model;

  for (guint i = 0; i < g_list_model_get_n_items (families); i++)
    {
      g_autoptr(OkFamilySummary) family = g_list_model_get_item (families, i);
      g_autofree char *text = g_strjoin (" ", ok_family_summary_get_name (family),
                                         ok_family_summary_get_parents (family),
                                         ok_family_summary_get_children (family),
                                         ok_family_summary_get_phone (family) != NULL
                                         ? ok_family_summary_get_phone (family) : "",
                                         NULL);

      gtk_string_list_append (texts, text);
    }

  *filter = gtk_string_filter_new (gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_string_filter_set_match_mode (*filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  gtk_string_filter_set_ignore_case (*filter, TRUE);
  model = gtk_filter_list_model_new (G_LIST_MODEL (g_steal_pointer (&texts)), GTK_FILTER (*filter));
  gtk_filter_list_model_set_incremental (model, FALSE);
  return G_LIST_MODEL (model);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OkStore) store = NULL;
  g_autoptr(OkFamilyIndex) index = NULL;
  g_autoptr(GListModel) reference = NULL;
  g_autoptr(GPtrArray) strokes = NULL;
  g_autoptr(GError) error = NULL;
  GtkStringFilter *filter;
  gint64 start;

  if (argc < 2)
    {
      g_printerr ("usage: %s DB [SCHOOL_ID]\n", argv[0]);
      return 2;
    }
  ok_store_init_library ();
  store = ok_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);
  if (argc > 2)
    ok_store_set_school_id (store, g_ascii_strtoll (argv[2], NULL, 10));

  start = g_get_monotonic_time ();
  index = ok_store_family_index_load (store, &error);
  if (index == NULL)
    g_error ("%s", error->message);
  printf ("load %.2f\n", elapsed_ms (start));
  printf ("families %u\n", g_list_model_get_n_items (G_LIST_MODEL (index)));

  strokes = keystrokes (G_LIST_MODEL (index));
  reference = reference_model (G_LIST_MODEL (index), &filter);

  /* One after the other: interleaved, the reference's heavy allocations
   * made the index's next keystroke several times slower. */
  for (guint i = 0; i < strokes->len; i++)
    {
      start = g_get_monotonic_time ();
      ok_family_index_set_search (index, g_ptr_array_index (strokes, i));
      read_screenful (G_LIST_MODEL (index));
      printf ("ouderkamer %.3f\n", elapsed_ms (start));
    }
  for (guint i = 0; i < strokes->len; i++)
    {
      start = g_get_monotonic_time ();
      gtk_string_filter_set_search (filter, g_ptr_array_index (strokes, i));
      read_screenful (reference);
      printf ("reference %.3f\n", elapsed_ms (start));
    }
  return 0;
}

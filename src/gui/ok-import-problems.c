/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rows an import left out, as the summary and the result pages of
 * the import assistant list them: a row each, up to a limit. */
#define G_LOG_DOMAIN "ok-import-problems"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-import-problems.h"

/* Beyond this many problems, a coordinator copies the list. */
#define MAX_PROBLEMS_SHOWN 100

/**
 * ok_import_problems_fill:
 * @list: a boxed list
 * @result: a run of an import
 *
 * Lists the rows @result left out, with why, in place of what @list
 * showed before.
 */
void
ok_import_problems_fill (GtkListBox     *list,
                         OkImportResult *result)
{
  guint n = ok_import_result_get_n_rows_skipped (result);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  for (guint i = 0; i < MIN (n, MAX_PROBLEMS_SHOWN); i++)
    {
      g_autofree char *line = g_strdup_printf (_("Line %u"), ok_import_result_get_skipped_line (result, i));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *prefix = gtk_label_new (line);

      gtk_widget_add_css_class (prefix, "dim-label");
      gtk_widget_add_css_class (prefix, "numeric");
      gtk_label_set_xalign (GTK_LABEL (prefix), 0.0);
      gtk_label_set_width_chars (GTK_LABEL (prefix), 10);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     ok_import_result_get_skipped_reason (result, i));
      gtk_list_box_append (list, row);
    }

  if (n > MAX_PROBLEMS_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more row: copy the list to see all",
                                                         "And %u more rows: copy the list to see all",
                                                         n - MAX_PROBLEMS_SHOWN),
                                               n - MAX_PROBLEMS_SHOWN);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (list, row);
    }
}

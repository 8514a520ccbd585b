/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import assistant's page on what an import would change, from the
 * dry run: the families and pupils added, changed and gone, the rows
 * that cannot be imported, with the switch to import without them, and
 * what in the file is not understood. */
#define G_LOG_DOMAIN "ok-import-summary-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-import-problems.h"
#include "ok-import-summary-page.h"

struct _OkImportSummaryPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *summary_label;
  GtkLabel *families_added_label;
  GtkLabel *families_updated_label;
  GtkLabel *parents_added_label;
  GtkLabel *children_added_label;
  GtkLabel *children_updated_label;
  GtkLabel *children_left_label;
  AdwPreferencesGroup *skipped_group;
  GtkListBox *skipped_list;
  GtkWidget *skip_group;
  GtkSwitch *skip_switch;
  GtkWidget *languages_group;
  GtkLabel *languages_label;
  GtkWidget *columns_group;
  GtkLabel *columns_label;
};

G_DEFINE_FINAL_TYPE (OkImportSummaryPage, ok_import_summary_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SKIP_BAD_ROWS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_count (GtkLabel *label,
           guint     value)
{
  g_autofree char *text = g_strdup_printf ("%u", value);

  gtk_label_set_text (label, text);
}

static void
skip_toggled_cb (OkImportSummaryPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKIP_BAD_ROWS]);
}

static void
ok_import_summary_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OkImportSummaryPage *self = OK_IMPORT_SUMMARY_PAGE (object);

  switch (prop_id)
    {
    case PROP_SKIP_BAD_ROWS:
      g_value_set_boolean (value, ok_import_summary_page_get_skip_bad_rows (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_import_summary_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), OK_TYPE_IMPORT_SUMMARY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ok_import_summary_page_parent_class)->dispose (object);
}

static void
ok_import_summary_page_class_init (OkImportSummaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = ok_import_summary_page_get_property;
  object_class->dispose = ok_import_summary_page_dispose;

  /**
   * OkImportSummaryPage:skip-bad-rows:
   *
   * Whether the user chose to import without the rows that cannot be
   * imported.
   */
  properties[PROP_SKIP_BAD_ROWS] =
    g_param_spec_boolean ("skip-bad-rows", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-import-summary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, families_added_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, families_updated_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, parents_added_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, children_added_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, children_updated_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, children_left_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, skipped_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, skipped_list);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, skip_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, languages_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, languages_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, columns_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportSummaryPage, columns_label);
  gtk_widget_class_bind_template_callback (widget_class, skip_toggled_cb);
}

static void
ok_import_summary_page_init (OkImportSummaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ok_import_summary_page_set_result:
 * @self: a summary page
 * @result: the dry run of the import
 * @file_name: the name of the file imported, for the user
 * @has_bad_rows: whether some rows cannot be imported, so that the dry
 *   run skipped them and the import can only do so too
 *
 * Shows what importing the file would change; the switch to skip the
 * rows that cannot be imported is off again.
 */
void
ok_import_summary_page_set_result (OkImportSummaryPage *self,
                                   OkImportResult      *result,
                                   const char          *file_name,
                                   gboolean             has_bad_rows)
{
  const char * const *languages = NULL;
  const char * const *columns = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *languages_text = NULL;
  g_autofree char *columns_text = NULL;

  g_return_if_fail (OK_IS_IMPORT_SUMMARY_PAGE (self));
  g_return_if_fail (OK_IS_IMPORT_RESULT (result));

  languages = ok_import_result_get_unknown_languages (result);
  columns = ok_import_result_get_unknown_columns (result);
  languages_text = g_strjoinv (_(", "), (char **) languages);
  columns_text = g_strjoinv (_(", "), (char **) columns);

  if (has_bad_rows)
    summary = g_strdup_printf (_("Nothing has changed yet. Some rows cannot be imported: "
                                 "to import the others, choose below to skip them. Importing "
                                 "“%s” without them makes these changes."), file_name);
  else
    summary = g_strdup_printf (_("Nothing has changed yet. Importing “%s” makes these "
                                 "changes."), file_name);
  gtk_label_set_text (self->summary_label, summary);

  set_count (self->families_added_label, ok_import_result_get_families_added (result));
  set_count (self->families_updated_label, ok_import_result_get_families_updated (result));
  set_count (self->parents_added_label, ok_import_result_get_parents_added (result));
  set_count (self->children_added_label, ok_import_result_get_children_added (result));
  set_count (self->children_updated_label, ok_import_result_get_children_updated (result));
  set_count (self->children_left_label, ok_import_result_get_children_left (result));

  ok_import_problems_fill (self->skipped_list, result);
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_group),
                          ok_import_result_get_n_rows_skipped (result) > 0);
  if (has_bad_rows)
    {
      adw_preferences_group_set_title (self->skipped_group, _("Rows With Problems"));
      adw_preferences_group_set_description (self->skipped_group,
                                             _("Correct these rows in the administration and "
                                               "export again, or skip them to import the "
                                               "other rows."));
    }
  else
    {
      adw_preferences_group_set_title (self->skipped_group, _("Repeated Rows"));
      adw_preferences_group_set_description (self->skipped_group,
                                             _("These rows are exact copies of an earlier row "
                                               "and are imported once."));
    }
  gtk_widget_set_visible (self->skip_group, has_bad_rows);
  gtk_switch_set_active (self->skip_switch, FALSE);

  gtk_label_set_text (self->languages_label, languages_text);
  gtk_widget_set_visible (self->languages_group, languages[0] != NULL);
  gtk_label_set_text (self->columns_label, columns_text);
  gtk_widget_set_visible (self->columns_group, columns[0] != NULL);
}

gboolean
ok_import_summary_page_get_skip_bad_rows (OkImportSummaryPage *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_SUMMARY_PAGE (self), FALSE);

  return gtk_switch_get_active (self->skip_switch);
}

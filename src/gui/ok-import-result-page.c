/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import assistant's last page: what the import changed, the rows
 * it left out, and the home languages it did not recognise. */
#define G_LOG_DOMAIN "ok-import-result-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-import-problems.h"
#include "ok-import-result-page.h"

struct _OkImportResultPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  GtkWidget *problems_group;
  GtkListBox *problems_list;
  GtkLabel *result_languages_label;
};

G_DEFINE_FINAL_TYPE (OkImportResultPage, ok_import_result_page, GTK_TYPE_WIDGET)

static void
add_change (GString    *text,
            const char *change)
{
  if (text->len > 0)
    g_string_append (text, "\n");
  g_string_append (text, change);
}

static void
ok_import_result_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), OK_TYPE_IMPORT_RESULT_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ok_import_result_page_parent_class)->dispose (object);
}

static void
ok_import_result_page_class_init (OkImportResultPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_import_result_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-import-result-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OkImportResultPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, OkImportResultPage, problems_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportResultPage, problems_list);
  gtk_widget_class_bind_template_child (widget_class, OkImportResultPage, result_languages_label);
}

static void
ok_import_result_page_init (OkImportResultPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ok_import_result_page_set_result:
 * @self: a result page
 * @result: what the import changed
 *
 * Shows what the import changed and which rows it left out.
 */
void
ok_import_result_page_set_result (OkImportResultPage *self,
                                  OkImportResult     *result)
{
  g_autoptr(GString) changes = g_string_new (NULL);
  const char * const *languages = NULL;
  guint n;

  g_return_if_fail (OK_IS_IMPORT_RESULT_PAGE (self));
  g_return_if_fail (OK_IS_IMPORT_RESULT (result));

  languages = ok_import_result_get_unknown_languages (result);

  if ((n = ok_import_result_get_families_added (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u new family", "%u new families", n), n);
      add_change (changes, text);
    }
  if ((n = ok_import_result_get_families_updated (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u family with changes",
                                                         "%u families with changes", n), n);
      add_change (changes, text);
    }
  if ((n = ok_import_result_get_parents_added (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u new parent", "%u new parents", n), n);
      add_change (changes, text);
    }
  if ((n = ok_import_result_get_children_added (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u new pupil", "%u new pupils", n), n);
      add_change (changes, text);
    }
  if ((n = ok_import_result_get_children_updated (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u pupil with changes",
                                                         "%u pupils with changes", n), n);
      add_change (changes, text);
    }
  if ((n = ok_import_result_get_children_left (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u pupil who left",
                                                         "%u pupils who left", n), n);
      add_change (changes, text);
    }
  if (changes->len == 0)
    g_string_append (changes, _("The families were already up to date: nothing changed."));
  adw_status_page_set_description (self->status_page, changes->str);

  ok_import_problems_fill (self->problems_list, result);
  gtk_widget_set_visible (self->problems_group, ok_import_result_get_n_rows_skipped (result) > 0);

  if (languages[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (_(", "), (char **) languages);
      g_autofree char *text = g_strdup_printf (_("Home languages not recognised and left out: "
                                                 "%s. Add them on the family’s page if you "
                                                 "know which language is meant."), list);

      gtk_label_set_text (self->result_languages_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->result_languages_label), languages[0] != NULL);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* After the event, the check-in's figures: who came, who was new, who
 * stayed away; with the buttons for the messages that follow. */
#define G_LOG_DOMAIN "ok-checkin-summary-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-checkin-summary-page.h"

struct _OkCheckinSummaryPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwStatusPage *status_page;
  GtkGrid *summary_grid;
};

G_DEFINE_FINAL_TYPE (OkCheckinSummaryPage, ok_checkin_summary_page, GTK_TYPE_WIDGET)

static void
add_summary_row (OkCheckinSummaryPage *self,
                 int                   row,
                 const char           *label,
                 gint64                value)
{
  GtkWidget *name = gtk_label_new (label);
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  GtkWidget *figure = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_valign (name, GTK_ALIGN_BASELINE);
  gtk_label_set_xalign (GTK_LABEL (figure), 1);
  gtk_widget_set_valign (figure, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (figure, "checkin-summary-figure");
  gtk_widget_add_css_class (figure, "numeric");
  gtk_grid_attach (self->summary_grid, name, 0, row, 1, 1);
  gtk_grid_attach (self->summary_grid, figure, 1, row, 1, 1);
}

static void
ok_checkin_summary_page_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), OK_TYPE_CHECKIN_SUMMARY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ok_checkin_summary_page_parent_class)->dispose (object);
}

static void
ok_checkin_summary_page_class_init (OkCheckinSummaryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_checkin_summary_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-checkin-summary-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OkCheckinSummaryPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinSummaryPage, summary_grid);
}

static void
ok_checkin_summary_page_init (OkCheckinSummaryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ok_checkin_summary_page_set_summary:
 * @self: a summary page
 * @title: the activity's title
 * @summary: its figures
 *
 * Shows @summary in place of the figures shown before.
 */
void
ok_checkin_summary_page_set_summary (OkCheckinSummaryPage   *self,
                                     const char             *title,
                                     const OkCheckinSummary *summary)
{
  GtkWidget *child;
  int row = 0;

  g_return_if_fail (OK_IS_CHECKIN_SUMMARY_PAGE (self));
  g_return_if_fail (summary != NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_grid))) != NULL)
    gtk_grid_remove (self->summary_grid, child);

  add_summary_row (self, row++, C_("check-in", "Present"), summary->present);
  add_summary_row (self, row++, _("of whom new parents (walk-ins)"), summary->walk_ins);
  add_summary_row (self, row++, _("of whom here for the first time"), summary->first_time);
  add_summary_row (self, row++, C_("check-in", "Guests without a name"), summary->guests);
  add_summary_row (self, row++, C_("check-in", "Expected"), summary->expected);
  add_summary_row (self, row++, C_("check-in", "Excused"), summary->excused);
  add_summary_row (self, row++, C_("check-in", "No-shows"), summary->no_shows);

  adw_status_page_set_description (self->status_page, title);
}

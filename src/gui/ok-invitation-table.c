/* SPDX-License-Identifier: GPL-3.0-or-later */
/* On the Overzicht: which invitations worked. Two small tables, per
 * channel and per language of the messages, each with the families
 * invited to an activity of the period, how many of them came, and the
 * share; the last row is everyone, each family once per activity. */
#define G_LOG_DOMAIN "ok-invitation-table"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ok-invitation-table.h"

struct _OkInvitationTable
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *summary_label;
  GtkFlowBox *tables_box;
  GtkGrid *channel_grid;
  GtkGrid *language_grid;
};

G_DEFINE_FINAL_TYPE (OkInvitationTable, ok_invitation_table, ADW_TYPE_BIN)

static char *
format_share (const OkReportInvited *item)
{
  int tenths = ok_report_invited_share_tenths (item);

  return g_strdup_printf ("%.1f%%", tenths / 10.0);
}

static void
add_cell (GtkGrid    *grid,
          const char *text,
          int         column,
          int         row,
          gboolean    bold)
{
  GtkWidget *label = gtk_label_new (text);

  /* Names on the left, figures on the right, as in any table of numbers. */
  gtk_label_set_xalign (GTK_LABEL (label), column == 0 ? 0 : 1);
  if (column == 0)
    {
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  else
    gtk_widget_add_css_class (label, "numeric");
  if (bold)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
add_row (GtkGrid               *grid,
         int                    row,
         const char            *name,
         const OkReportInvited *item,
         gboolean               bold)
{
  g_autofree char *invited = g_strdup_printf ("%" G_GINT64_FORMAT, item->invited);
  g_autofree char *came = g_strdup_printf ("%" G_GINT64_FORMAT, item->came);
  g_autofree char *share = format_share (item);

  add_cell (grid, name, 0, row, bold);
  add_cell (grid, invited, 1, row, bold);
  add_cell (grid, came, 2, row, bold);
  add_cell (grid, share, 3, row, bold);
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
fill_grid (GtkGrid         *grid,
           const char      *first_column,
           GArray          *items,
           gboolean         channels,
           OkQuarterReport *report)
{
  int row = 0;

  clear_grid (grid);
  add_cell (grid, first_column, 0, row, TRUE);
  add_cell (grid, C_("invitations", "Invited"), 1, row, TRUE);
  add_cell (grid, C_("invitations", "Came"), 2, row, TRUE);
  add_cell (grid, C_("invitations", "Share"), 3, row, TRUE);
  for (guint i = 0; i < items->len; i++)
    {
      OkReportInvited *item = &g_array_index (items, OkReportInvited, i);
      g_autofree char *name = channels ? ok_report_channel_label (item->key)
                                       : ok_report_label (OK_REPORT_BY_LANGUAGE, item->key);

      add_row (grid, ++row, name, item, FALSE);
    }
  add_row (grid, ++row, C_("invitations", "All"), &report->invited, TRUE);
}

static void
ok_invitation_table_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OK_TYPE_INVITATION_TABLE);

  G_OBJECT_CLASS (ok_invitation_table_parent_class)->dispose (object);
}

static void
ok_invitation_table_class_init (OkInvitationTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_invitation_table_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-invitation-table.ui");
  gtk_widget_class_bind_template_child (widget_class, OkInvitationTable, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OkInvitationTable, tables_box);
  gtk_widget_class_bind_template_child (widget_class, OkInvitationTable, channel_grid);
  gtk_widget_class_bind_template_child (widget_class, OkInvitationTable, language_grid);
}

static void
ok_invitation_table_init (OkInvitationTable *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The flow box wraps each table in a child of its own: that is the card. */
  gtk_widget_add_css_class (gtk_widget_get_parent (GTK_WIDGET (self->channel_grid)), "card");
  gtk_widget_add_css_class (gtk_widget_get_parent (GTK_WIDGET (self->language_grid)), "card");
  ok_invitation_table_set_report (self, NULL);
}

OkInvitationTable *
ok_invitation_table_new (void)
{
  return g_object_new (OK_TYPE_INVITATION_TABLE, NULL);
}

void
ok_invitation_table_set_report (OkInvitationTable *self,
                                OkQuarterReport   *report)
{
  g_autofree char *summary = NULL;
  g_autofree char *share = NULL;

  g_return_if_fail (OK_IS_INVITATION_TABLE (self));

  if (report == NULL || report->invited.invited == 0)
    {
      clear_grid (self->channel_grid);
      clear_grid (self->language_grid);
      gtk_widget_set_visible (GTK_WIDGET (self->tables_box), FALSE);
      gtk_label_set_label (self->summary_label,
                           _("Nobody was invited to an activity of this period with a message from "
                             "Ouderkamer. Invitations and reminders sent from an activity’s page "
                             "are counted here, with whether the family came."));
      return;
    }

  share = format_share (&report->invited);
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%" PRId64 " of %" PRId64
                                          " family invited to an activity of the period came to it "
                                          "(%s). A family counts once per activity, under every "
                                          "channel and language it was written to in.",
                                          "%" PRId64 " of %" PRId64
                                          " families invited to an activity of the period came to "
                                          "it (%s). A family counts once per activity, under every "
                                          "channel and language it was written to in.",
                                          (gulong) report->invited.invited),
                             report->invited.came, report->invited.invited, share);
  gtk_label_set_label (self->summary_label, summary);
  fill_grid (self->channel_grid, C_("invitations", "Channel"), report->invited_by_channel, TRUE, report);
  fill_grid (self->language_grid, C_("invitations", "Language"), report->invited_by_language, FALSE,
             report);
  gtk_widget_set_visible (GTK_WIDGET (self->tables_box), TRUE);
}

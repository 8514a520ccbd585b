/* SPDX-License-Identifier: GPL-3.0-or-later */
/* On the Overzicht: the breakdowns of a report as charts, one card each.
 * They are the same cairo drawings as in the PDF, in the colours of the
 * theme, redrawn when the theme turns dark or back; a screen reader gets
 * the figures of each chart in words. */
#define G_LOG_DOMAIN "ok-report-charts"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-chart.h"
#include "ok-report-charts.h"

struct _OkReportCharts
{
  AdwBin parent_instance;

  /* In cards in the flow box of the template: the flow box is the bin's
   * child, which AdwBin itself disposes of, so it is not bound. */
  GtkWidget *charts[OK_REPORT_N_BREAKDOWNS];

  /* Owned references */
  OkQuarterReport *report;
};

G_DEFINE_FINAL_TYPE (OkReportCharts, ok_report_charts, ADW_TYPE_BIN)

/* What a chart shows, in words, for screen readers. */
static char *
describe_chart (OkQuarterReport   *report,
                OkReportBreakdown  breakdown)
{
  g_autoptr(GString) s = g_string_new (NULL);
  GArray *counts = breakdown == OK_REPORT_BY_TYPE ? report->by_type
                   : breakdown == OK_REPORT_BY_PARTNERSHIP ? report->by_partnership
                   : breakdown == OK_REPORT_BY_MONTH ? report->by_month : NULL;
  GArray *reach = breakdown == OK_REPORT_BY_GROUP ? report->by_group
                  : breakdown == OK_REPORT_BY_LANGUAGE ? report->by_language : NULL;

  for (guint i = 0; counts != NULL && i < counts->len; i++)
    {
      OkReportCount *count = &g_array_index (counts, OkReportCount, i);
      g_autofree char *label = ok_report_label (breakdown, count->key);

      g_string_append_printf (s, "%s%s: %" G_GINT64_FORMAT, s->len > 0 ? "; " : "", label,
                              count->count);
    }
  for (guint i = 0; reach != NULL && i < reach->len; i++)
    {
      OkReportReach *item = &g_array_index (reach, OkReportReach, i);
      g_autofree char *label = ok_report_label (breakdown, item->key);
      g_autofree char *reached = g_strdup_printf ("%" G_GINT64_FORMAT, item->families_reached);
      g_autofree char *active = g_strdup_printf ("%" G_GINT64_FORMAT, item->active_families);

      g_string_append (s, s->len > 0 ? "; " : "");
      /* TRANSLATORS: "Group 3: 2 of 5 families reached" */
      g_string_append_printf (s, _("%s: %s of %s families reached"), label, reached, active);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
style_from_widget (GtkWidget    *widget,
                   OkChartStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  GdkRGBA fg, bg, accent;
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "card_bg_color", &bg))
    bg = (GdkRGBA) { 1, 1, 1, 1 };
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    accent = fg;

  style->foreground = (OkChartColor) { fg.red, fg.green, fg.blue, fg.alpha };
  style->background = (OkChartColor) { bg.red, bg.green, bg.blue, bg.alpha };
  style->accent = (OkChartColor) { accent.red, accent.green, accent.blue, accent.alpha };
  style->font_family = pango_font_description_get_family (font);
  /* Points to pixels, a little under the body text. */
  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96 / 72;
  style->font_size = size > 0 ? size * 0.9 : 12;
}

static void
draw_chart_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  OkReportCharts *self = user_data;
  OkChartStyle style;

  if (self->report == NULL)
    return;

  style_from_widget (GTK_WIDGET (area), &style);
  for (guint i = 0; i < OK_REPORT_N_BREAKDOWNS; i++)
    if (self->charts[i] == GTK_WIDGET (area))
      ok_chart_draw (cr, &style, self->report, i, width, height);
}

static void
redraw (OkReportCharts *self)
{
  for (guint i = 0; i < OK_REPORT_N_BREAKDOWNS; i++)
    gtk_widget_queue_draw (self->charts[i]);
}

static void
add_charts (OkReportCharts *self)
{
  GtkFlowBox *box = GTK_FLOW_BOX (adw_bin_get_child (ADW_BIN (self)));

  for (guint i = 0; i < OK_REPORT_N_BREAKDOWNS; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *title = gtk_label_new (ok_chart_get_title (i));
      GtkWidget *area = gtk_drawing_area_new ();

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_set_margin_top (title, 12);
      gtk_widget_set_margin_start (title, 12);
      gtk_widget_set_margin_end (title, 12);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 200);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_chart_cb, self, NULL);
      gtk_widget_set_hexpand (area, TRUE);
      gtk_widget_set_margin_bottom (area, 12);
      gtk_widget_set_margin_start (area, 12);
      gtk_widget_set_margin_end (area, 12);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      title, NULL, -1);
      gtk_box_append (GTK_BOX (card), title);
      gtk_box_append (GTK_BOX (card), area);
      gtk_flow_box_append (box, card);
      self->charts[i] = area;
    }
}

static void
ok_report_charts_finalize (GObject *object)
{
  OkReportCharts *self = OK_REPORT_CHARTS (object);

  g_clear_pointer (&self->report, ok_quarter_report_unref);

  G_OBJECT_CLASS (ok_report_charts_parent_class)->finalize (object);
}

static void
ok_report_charts_class_init (OkReportChartsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ok_report_charts_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-report-charts.ui");
}

static void
ok_report_charts_init (OkReportCharts *self)
{
  AdwStyleManager *manager;

  gtk_widget_init_template (GTK_WIDGET (self));
  add_charts (self);

  /* The display's style manager tells once its style sheet has changed;
   * the default one tells before. */
  manager = adw_style_manager_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (redraw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (redraw), self,
                           G_CONNECT_SWAPPED);
}

OkReportCharts *
ok_report_charts_new (void)
{
  return g_object_new (OK_TYPE_REPORT_CHARTS, NULL);
}

void
ok_report_charts_set_report (OkReportCharts  *self,
                             OkQuarterReport *report)
{
  g_return_if_fail (OK_IS_REPORT_CHARTS (self));

  if (report != NULL)
    ok_quarter_report_ref (report);
  g_clear_pointer (&self->report, ok_quarter_report_unref);
  self->report = report;

  for (guint i = 0; i < OK_REPORT_N_BREAKDOWNS; i++)
    {
      g_autofree char *words = NULL;

      if (report == NULL)
        {
          gtk_accessible_reset_property (GTK_ACCESSIBLE (self->charts[i]),
                                         GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
          continue;
        }
      words = describe_chart (report, i);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->charts[i]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words, -1);
    }
  redraw (self);
}

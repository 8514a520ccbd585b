/* SPDX-License-Identifier: GPL-3.0-or-later */
/* On the Overzicht: the six figures a director looks at first, each on a
 * card with its trend against the period before: activities, attendances,
 * unnamed guests, parents and families reached, and the reach. */
#define G_LOG_DOMAIN "ok-headline-figures"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-headline-figures.h"

struct _OkHeadlineFigures
{
  AdwBin parent_instance;

  /* Template widgets; the flow box of cards is the bin's child, which
   * AdwBin itself disposes of, so it is not bound. */
  GtkLabel *activities_value;
  GtkLabel *activities_trend;
  GtkLabel *attendances_value;
  GtkLabel *attendances_trend;
  GtkLabel *guests_value;
  GtkLabel *guests_trend;
  GtkLabel *parents_value;
  GtkLabel *parents_trend;
  GtkLabel *families_caption;
  GtkLabel *families_value;
  GtkLabel *families_trend;
  GtkLabel *reach_value;
  GtkLabel *reach_trend;
};

G_DEFINE_FINAL_TYPE (OkHeadlineFigures, ok_headline_figures, ADW_TYPE_BIN)

static char *
format_count (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static char *
format_percent (int tenths)
{
  return g_strdup_printf ("%.1f%%", tenths / 10.0);
}

static char *
trend_text (gint64                now,
            gint64                before,
            const OkReportPeriod *previous,
            gboolean              percent)
{
  g_autofree char *period = ok_report_period_to_string (previous);
  g_autofree char *was = percent ? format_percent ((int) before) : format_count (before);
  g_autofree char *diff = NULL;

  if (now == before)
    return g_strdup_printf (_("= the same as in %s"), period);
  if (percent)
    diff = g_strdup_printf (_("%+.1f points"), (now - before) / 10.0);
  else
    diff = g_strdup_printf ("%+" G_GINT64_FORMAT, now - before);
  /* TRANSLATORS: "▲ +3 compared with 2025-Q4 (was 5)" */
  return g_strdup_printf (_("%s %s compared with %s (was %s)"), now > before ? "▲" : "▼", diff,
                          period, was);
}

static void
show_figure (OkQuarterReport *report,
             GtkLabel        *value_label,
             GtkLabel        *trend_label,
             gint64           now,
             gint64           before,
             gboolean         percent)
{
  g_autofree char *value = percent ? format_percent ((int) now) : format_count (now);
  g_autofree char *trend = trend_text (now, before, &report->previous_period, percent);

  gtk_label_set_label (value_label, value);
  gtk_label_set_label (trend_label, trend);
}

static void
ok_headline_figures_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OK_TYPE_HEADLINE_FIGURES);

  G_OBJECT_CLASS (ok_headline_figures_parent_class)->dispose (object);
}

static void
ok_headline_figures_class_init (OkHeadlineFiguresClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_headline_figures_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-headline-figures.ui");
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, activities_value);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, activities_trend);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, attendances_value);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, attendances_trend);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, guests_value);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, guests_trend);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, parents_value);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, parents_trend);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, families_caption);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, families_value);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, families_trend);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, reach_value);
  gtk_widget_class_bind_template_child (widget_class, OkHeadlineFigures, reach_trend);
}

static void
ok_headline_figures_init (OkHeadlineFigures *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OkHeadlineFigures *
ok_headline_figures_new (void)
{
  return g_object_new (OK_TYPE_HEADLINE_FIGURES, NULL);
}

void
ok_headline_figures_set_report (OkHeadlineFigures *self,
                                OkQuarterReport   *report)
{
  const OkReportFigures *now, *before;
  g_autofree char *active = NULL;
  g_autofree char *caption = NULL;

  g_return_if_fail (OK_IS_HEADLINE_FIGURES (self));
  g_return_if_fail (report != NULL);

  now = &report->figures;
  before = &report->previous;
  show_figure (report, self->activities_value, self->activities_trend, now->activities,
               before->activities, FALSE);
  show_figure (report, self->attendances_value, self->attendances_trend, now->attendances,
               before->attendances, FALSE);
  show_figure (report, self->guests_value, self->guests_trend, now->unnamed_guests,
               before->unnamed_guests, FALSE);
  show_figure (report, self->parents_value, self->parents_trend, now->parents_reached,
               before->parents_reached, FALSE);
  show_figure (report, self->families_value, self->families_trend, now->families_reached,
               before->families_reached, FALSE);
  show_figure (report, self->reach_value, self->reach_trend, ok_report_figures_reach_tenths (now),
               ok_report_figures_reach_tenths (before), TRUE);
  active = format_count (now->active_families);
  caption = g_strdup_printf (_("Families reached (of %s active)"), active);
  gtk_label_set_label (self->families_caption, caption);
}

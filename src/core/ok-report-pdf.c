/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The one-page quarterly overview for the director, drawn with cairo and
 * Pango: made to be printed, so black on white, and readable in black and
 * white (hatching and labels, never colour alone). */
#define G_LOG_DOMAIN "ok-report-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <pango/pangocairo.h>

#include "ok-chart.h"
#include "ok-report-pdf.h"

#define MARGIN 36.0
#define CONTENT_WIDTH (OK_REPORT_PDF_WIDTH - 2 * MARGIN)
#define GAP 10.0

/* Shows text at (x, y) in at most width, wrapped to max_lines; returns
 * the height it took. */
static double
show_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      width,
           double      size,
           gboolean    bold,
           int         max_lines)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  int w, h;

  pango_font_description_set_family (font, "Sans");
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  pango_layout_get_size (layout, &w, &h);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return (double) h / PANGO_SCALE;
}

static void
stroke_box (cairo_t *cr,
            double   x,
            double   y,
            double   width,
            double   height)
{
  double r = 4;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + width - r, y + height - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + height - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
  cairo_set_line_width (cr, 0.7);
  cairo_stroke (cr);
}

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

/* One headline figure with its trend against the previous period. */
static void
draw_tile (cairo_t              *cr,
           const OkChartStyle   *style,
           double                x,
           double                y,
           double                width,
           double                height,
           const char           *label,
           const char           *value,
           const char           *previous_value,
           const OkReportPeriod *previous_period,
           OkChartTrend          trend)
{
  g_autofree char *period = ok_report_period_to_string (previous_period);
  g_autofree char *compared = g_strdup_printf (_("%s: %s"), period, previous_value);

  stroke_box (cr, x, y, width, height);
  show_text (cr, label, x + 7, y + 5, width - 14, 7.5, FALSE, 1);
  show_text (cr, value, x + 7, y + 15, width - 14, 18, TRUE, 1);
  ok_chart_draw_trend (cr, style, trend, x + 7, y + height - 13, 8);
  show_text (cr, compared, x + 19, y + height - 14, width - 26, 7.5, FALSE, 1);
}

static void
draw_tiles (cairo_t            *cr,
            const OkChartStyle *style,
            OkQuarterReport    *report,
            double              y)
{
  const OkReportFigures *now = &report->figures, *before = &report->previous;
  int reach = ok_report_figures_reach_tenths (now);
  int reach_before = ok_report_figures_reach_tenths (before);
  g_autofree char *active = format_count (now->active_families);
  g_autofree char *families_label = g_strdup_printf (_("Families reached (of %s active)"), active);
  struct {
    const char *label;
    char *value;
    char *previous;
    OkChartTrend trend;
  } tiles[] = {
    { _("Activities"), format_count (now->activities), format_count (before->activities),
      ok_chart_trend (now->activities, before->activities) },
    { _("Attendances"), format_count (now->attendances), format_count (before->attendances),
      ok_chart_trend (now->attendances, before->attendances) },
    { _("Guests without a name"), format_count (now->unnamed_guests),
      format_count (before->unnamed_guests),
      ok_chart_trend (now->unnamed_guests, before->unnamed_guests) },
    { _("Parents reached"), format_count (now->parents_reached),
      format_count (before->parents_reached),
      ok_chart_trend (now->parents_reached, before->parents_reached) },
    { families_label, format_count (now->families_reached),
      format_count (before->families_reached),
      ok_chart_trend (now->families_reached, before->families_reached) },
    { _("Reach"), format_percent (reach), format_percent (reach_before),
      ok_chart_trend (reach, reach_before) },
  };
  double width = (CONTENT_WIDTH - 2 * GAP) / 3, height = 52;

  for (guint i = 0; i < G_N_ELEMENTS (tiles); i++)
    {
      draw_tile (cr, style, MARGIN + (i % 3) * (width + GAP), y + (i / 3) * (height + GAP),
                 width, height, tiles[i].label, tiles[i].value, tiles[i].previous,
                 &report->previous_period, tiles[i].trend);
      g_free (tiles[i].value);
      g_free (tiles[i].previous);
    }
}

static void
draw_chart_box (cairo_t            *cr,
                const OkChartStyle *style,
                OkQuarterReport    *report,
                OkReportBreakdown   breakdown,
                double              x,
                double              y,
                double              width,
                double              height)
{
  stroke_box (cr, x, y, width, height);
  show_text (cr, ok_chart_get_title (breakdown), x + 7, y + 5, width - 14, 9, TRUE, 1);
  cairo_save (cr);
  cairo_translate (cr, x + 7, y + 21);
  ok_chart_draw (cr, style, report, breakdown, width - 14, height - 27);
  cairo_restore (cr);
}

static void
draw_not_reached (cairo_t         *cr,
                  OkQuarterReport *report,
                  gboolean         with_names,
                  double           y)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = report->not_reached->len;

  show_text (cr, _("Families not reached"), MARGIN, y, CONTENT_WIDTH, 9, TRUE, 1);
  g_string_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                      "%u active family had no parent present in this period.",
                                      "%u active families had no parent present in this period.", n),
                   n);
  if (ok_quarter_report_has_names (report, with_names))
    {
      for (guint i = 0; i < n; i++)
        {
          OkReportFamily *family = &g_array_index (report->not_reached, OkReportFamily, i);

          g_string_append (text, i == 0 ? " " : ", ");
          g_string_append (text, family->name != NULL ? family->name : "?");
        }
    }
  else if (n > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("The list is in the app, for the school's own use."));
    }
  show_text (cr, text->str, MARGIN, y + 13, CONTENT_WIDTH, 8, FALSE, 3);
}

static void
append_invited (GString               *text,
                const char            *label,
                const OkReportInvited *item)
{
  /* TRANSLATORS: "WhatsApp 3 of 5": of 5 families invited that way, 3 came */
  g_string_append_printf (text, _("%s %" PRId64 " of %" PRId64), label, item->came, item->invited);
}

/* Of the families invited to an activity of the period, how many came:
 * in all, per channel and per language, as text that fits three lines. */
static void
draw_invited (cairo_t         *cr,
              OkQuarterReport *report,
              double           y)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *share = format_percent (ok_report_invited_share_tenths (&report->invited));
  GArray *arrays[] = { report->invited_by_channel, report->invited_by_language };
  const char *headings[] = { _("By channel:"), _("By language:") };

  show_text (cr, _("Invitations and who came"), MARGIN, y, CONTENT_WIDTH, 9, TRUE, 1);
  if (report->invited.invited == 0)
    g_string_append (text, _("Nobody was invited to an activity of this period through Ouderkamer."));
  else
    g_string_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                        "%" PRId64 " of %" PRId64 " invited family came to the "
                                        "activity (%s).",
                                        "%" PRId64 " of %" PRId64 " invited families came to the "
                                        "activity (%s).",
                                        (gulong) report->invited.invited),
                     report->invited.came, report->invited.invited, share);
  for (guint a = 0; a < G_N_ELEMENTS (arrays) && report->invited.invited > 0; a++)
    {
      gboolean first = TRUE;

      g_string_append_printf (text, " %s", headings[a]);
      for (guint i = 0; i < arrays[a]->len; i++)
        {
          OkReportInvited *item = &g_array_index (arrays[a], OkReportInvited, i);
          g_autofree char *label = a == 0 ? ok_report_channel_label (item->key)
                                          : ok_report_label (OK_REPORT_BY_LANGUAGE, item->key);

          if (item->invited == 0)
            continue;
          g_string_append (text, first ? " " : ", ");
          append_invited (text, label, item);
          first = FALSE;
        }
      g_string_append_c (text, '.');
    }
  show_text (cr, text->str, MARGIN, y + 13, CONTENT_WIDTH, 8, FALSE, 3);
}

static void
draw_legend (cairo_t            *cr,
             const OkChartStyle *style,
             double              y)
{
  double x = MARGIN;

  show_text (cr, _("Legend"), MARGIN, y, CONTENT_WIDTH, 9, TRUE, 1);
  y += 14;
  ok_chart_draw_swatch (cr, style, OK_CHART_FILL_HATCHED, x, y + 1, 16, 8);
  show_text (cr, _("active families"), x + 20, y, 110, 7.5, FALSE, 1);
  x += 125;
  ok_chart_draw_swatch (cr, style, OK_CHART_FILL_SOLID, x, y + 1, 16, 8);
  show_text (cr, _("reached, or a count"), x + 20, y, 110, 7.5, FALSE, 1);
  x += 125;
  ok_chart_draw_trend (cr, style, OK_CHART_TREND_UP, x, y + 1, 8);
  ok_chart_draw_trend (cr, style, OK_CHART_TREND_DOWN, x + 10, y + 1, 8);
  ok_chart_draw_trend (cr, style, OK_CHART_TREND_EQUAL, x + 20, y + 1, 8);
  show_text (cr, _("more, fewer or the same as the previous period"), x + 32, y,
             CONTENT_WIDTH - (x + 32 - MARGIN), 7.5, FALSE, 1);
  y += 13;
  show_text (cr, _("An active family has at least one child enrolled on at least one day of the "
                   "period. A family is reached when at least one of its parents was present at "
                   "an activity that started in the period; reach is families reached as a share "
                   "of active families. Cancelled activities do not count. A family with children "
                   "in two groups counts in both; the home language is the family's first."),
             MARGIN, y, CONTENT_WIDTH, 7.5, FALSE, 4);
}

void
ok_report_pdf_draw_page (OkQuarterReport *report,
                         cairo_t         *cr,
                         double           width,
                         double           height,
                         gboolean         with_names)
{
  OkChartStyle style;
  g_autofree char *period = NULL;
  g_autofree char *footer = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  double scale, half = (CONTENT_WIDTH - GAP) / 2, y;

  g_return_if_fail (report != NULL);
  g_return_if_fail (cr != NULL);

  ok_chart_style_init_print (&style);
  period = ok_report_period_describe (&report->period);

  cairo_save (cr);
  scale = MIN (width / OK_REPORT_PDF_WIDTH, height / OK_REPORT_PDF_HEIGHT);
  cairo_translate (cr, (width - OK_REPORT_PDF_WIDTH * scale) / 2,
                   (height - OK_REPORT_PDF_HEIGHT * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, OK_REPORT_PDF_WIDTH, OK_REPORT_PDF_HEIGHT);
  cairo_fill (cr);

  show_text (cr, report->period.kind == OK_REPORT_PERIOD_SCHOOL_YEAR
                 ? _("Parent engagement: school-year overview")
                 : _("Parent engagement: quarterly overview"),
             MARGIN, MARGIN, CONTENT_WIDTH, 17, TRUE, 1);
  show_text (cr, report->school_name, MARGIN, MARGIN + 25, CONTENT_WIDTH, 12, TRUE, 1);
  show_text (cr, period, MARGIN, MARGIN + 42, CONTENT_WIDTH, 9.5, FALSE, 1);

  y = MARGIN + 64;
  draw_tiles (cr, &style, report, y);
  y += 2 * 52 + GAP + 14;

  draw_chart_box (cr, &style, report, OK_REPORT_BY_TYPE, MARGIN, y, half, 118);
  draw_chart_box (cr, &style, report, OK_REPORT_BY_PARTNERSHIP, MARGIN + half + GAP, y, half, 118);
  y += 118 + GAP;
  draw_chart_box (cr, &style, report, OK_REPORT_BY_GROUP, MARGIN, y, half, 168);
  draw_chart_box (cr, &style, report, OK_REPORT_BY_LANGUAGE, MARGIN + half + GAP, y, half, 168);
  y += 168 + GAP;
  draw_chart_box (cr, &style, report, OK_REPORT_BY_MONTH, MARGIN, y, CONTENT_WIDTH, 88);
  y += 88 + 14;

  draw_not_reached (cr, report, with_names, y);
  draw_invited (cr, report, y + 54);
  draw_legend (cr, &style, y + 96);

  footer = g_strdup_printf (_("Made with Ouderkamer on %s. Figures as defined in the legend; "
                              "no names unless asked for."), today);
  show_text (cr, footer, MARGIN, OK_REPORT_PDF_HEIGHT - MARGIN + 6, CONTENT_WIDTH, 7, FALSE, 1);
  cairo_restore (cr);
}

gboolean
ok_report_pdf_write (OkQuarterReport  *report,
                     const char       *path,
                     gboolean          with_names,
                     GError          **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  g_autofree char *title = NULL;
  g_autofree char *period = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create (path, OK_REPORT_PDF_WIDTH, OK_REPORT_PDF_HEIGHT);
  period = ok_report_period_to_string (&report->period);
  title = g_strdup_printf ("%s — %s", report->school_name, period);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ouderkamer");

  cr = cairo_create (surface);
  ok_report_pdf_draw_page (report, cr, OK_REPORT_PDF_WIDTH, OK_REPORT_PDF_HEIGHT, with_names);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the PDF “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

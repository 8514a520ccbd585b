/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The quarterly overview's charts, drawn with cairo and Pango so that the
 * PDF, the printout and the app's Overview show the very same pictures. */
#define G_LOG_DOMAIN "ok-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ok-chart.h"

typedef struct {
  char *label;
  gint64 value;   /* a count, or the active families */
  gint64 part;    /* the families reached; -1 for a plain count */
} Bar;

static void
bar_clear (gpointer data)
{
  Bar *bar = data;

  g_free (bar->label);
}

void
ok_chart_style_init_print (OkChartStyle *style)
{
  *style = (OkChartStyle) {
    .foreground = { 0, 0, 0, 1 },
    .background = { 1, 1, 1, 1 },
    .accent = { 0.3, 0.3, 0.3, 1 },
    .font_family = "Sans",
    .font_size = 7.5,
  };
}

const char *
ok_chart_get_title (OkReportBreakdown breakdown)
{
  switch (breakdown)
    {
    case OK_REPORT_BY_TYPE:
      return _("Activities per type");
    case OK_REPORT_BY_PARTNERSHIP:
      return _("Activities per partnership");
    case OK_REPORT_BY_GROUP:
      return _("Families reached per group");
    case OK_REPORT_BY_LANGUAGE:
      return _("Families reached per home language");
    case OK_REPORT_BY_MONTH:
      return _("Attendances per month");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
set_color (cairo_t            *cr,
           const OkChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static PangoLayout *
make_layout (cairo_t            *cr,
             const OkChartStyle *style,
             const char         *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, style->font_family != NULL ? style->font_family : "Sans");
  pango_font_description_set_absolute_size (font, style->font_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

static double
text_width (cairo_t            *cr,
            const OkChartStyle *style,
            const char         *text)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) w / PANGO_SCALE;
}

/* Draws text with its left edge at x (or centred on x), its middle at y. */
static void
draw_text (cairo_t            *cr,
           const OkChartStyle *style,
           const char         *text,
           double              x,
           double              y,
           double              max_width,
           gboolean            centred)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text);
  int w, h;

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_size (layout, &w, &h);
  set_color (cr, &style->foreground);
  cairo_move_to (cr, centred ? x - (double) w / PANGO_SCALE / 2 : x, y - (double) h / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
}

void
ok_chart_draw_swatch (cairo_t            *cr,
                      const OkChartStyle *style,
                      OkChartFill         fill,
                      double              x,
                      double              y,
                      double              width,
                      double              height)
{
  double line = MAX (style->font_size / 12, 0.5);

  if (width <= 0 || height <= 0)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  if (fill == OK_CHART_FILL_SOLID)
    {
      set_color (cr, &style->accent);
      cairo_fill_preserve (cr);
    }
  else
    {
      /* Diagonal hatching: tells the two bars apart without colour. */
      double step = style->font_size / 2.5;

      set_color (cr, &style->background);
      cairo_fill_preserve (cr);
      cairo_save (cr);
      cairo_clip_preserve (cr);
      cairo_new_path (cr);
      for (double d = -height; d < width; d += step)
        {
          cairo_move_to (cr, x + d, y + height);
          cairo_line_to (cr, x + d + height, y);
        }
      set_color (cr, &style->foreground);
      cairo_set_line_width (cr, line * 0.8);
      cairo_stroke (cr);
      cairo_restore (cr);
      cairo_rectangle (cr, x, y, width, height);
    }
  set_color (cr, &style->foreground);
  cairo_set_line_width (cr, line);
  cairo_stroke (cr);
  cairo_restore (cr);
}

OkChartTrend
ok_chart_trend (gint64 current,
                gint64 previous)
{
  return current > previous ? OK_CHART_TREND_UP
         : current < previous ? OK_CHART_TREND_DOWN : OK_CHART_TREND_EQUAL;
}

void
ok_chart_draw_trend (cairo_t            *cr,
                     const OkChartStyle *style,
                     OkChartTrend        trend,
                     double              x,
                     double              y,
                     double              size)
{
  cairo_save (cr);
  set_color (cr, &style->foreground);
  switch (trend)
    {
    case OK_CHART_TREND_UP:
      cairo_move_to (cr, x, y + size * 0.85);
      cairo_line_to (cr, x + size / 2, y + size * 0.15);
      cairo_line_to (cr, x + size, y + size * 0.85);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case OK_CHART_TREND_DOWN:
      cairo_move_to (cr, x, y + size * 0.15);
      cairo_line_to (cr, x + size / 2, y + size * 0.85);
      cairo_line_to (cr, x + size, y + size * 0.15);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case OK_CHART_TREND_EQUAL:
    default:
      cairo_rectangle (cr, x + size * 0.1, y + size * 0.28, size * 0.8, size * 0.14);
      cairo_rectangle (cr, x + size * 0.1, y + size * 0.58, size * 0.8, size * 0.14);
      cairo_fill (cr);
      break;
    }
  cairo_restore (cr);
}

static void
add_bar (GArray     *bars,
         char       *label,
         gint64      value,
         gint64      part)
{
  Bar bar = { label, value, part };

  g_array_append_val (bars, bar);
}

static GArray *
collect_bars (OkQuarterReport   *report,
              OkReportBreakdown  breakdown)
{
  GArray *bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  GArray *source;

  g_array_set_clear_func (bars, bar_clear);
  switch (breakdown)
    {
    case OK_REPORT_BY_TYPE:
    case OK_REPORT_BY_PARTNERSHIP:
    case OK_REPORT_BY_MONTH:
      source = breakdown == OK_REPORT_BY_TYPE ? report->by_type
               : breakdown == OK_REPORT_BY_PARTNERSHIP ? report->by_partnership
               : report->by_month;
      for (guint i = 0; i < source->len; i++)
        {
          OkReportCount *count = &g_array_index (source, OkReportCount, i);

          /* Activities without a partnership are worth a bar only if there are any. */
          if (breakdown == OK_REPORT_BY_PARTNERSHIP && count->count == 0
              && g_str_equal (count->key, "none"))
            continue;
          add_bar (bars, ok_report_label (breakdown, count->key), count->count, -1);
        }
      break;
    case OK_REPORT_BY_GROUP:
    case OK_REPORT_BY_LANGUAGE:
      source = breakdown == OK_REPORT_BY_GROUP ? report->by_group : report->by_language;
      for (guint i = 0; i < source->len; i++)
        {
          OkReportReach *reach = &g_array_index (source, OkReportReach, i);

          add_bar (bars, ok_report_label (breakdown, reach->key), reach->active_families,
                   reach->families_reached);
        }
      break;
    default:
      g_assert_not_reached ();
    }
  return bars;
}

/* When the rows do not fit, the last row sums up the rest. */
static void
fold_rows (GArray *bars,
           guint   max_rows)
{
  Bar *other;

  if (bars->len <= max_rows || max_rows < 2)
    return;

  other = &g_array_index (bars, Bar, max_rows - 1);
  for (guint i = max_rows; i < bars->len; i++)
    {
      Bar *bar = &g_array_index (bars, Bar, i);

      other->value += bar->value;
      if (other->part >= 0)
        other->part += bar->part;
    }
  g_free (other->label);
  other->label = g_strdup_printf (_("Others (%u)"), bars->len - max_rows + 1);
  g_array_set_size (bars, max_rows);
}

static char *
value_text (const Bar *bar)
{
  if (bar->part < 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, bar->value);
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT " (%.0f%%)", bar->part,
                          bar->value, bar->value > 0 ? 100.0 * bar->part / bar->value : 0.0);
}

static void
draw_rows (cairo_t            *cr,
           const OkChartStyle *style,
           GArray             *bars,
           double              width,
           double              height)
{
  double gap = style->font_size * 0.5;
  double row_h, bar_h, label_w = 0, value_w = 0, bar_x, bar_max;
  gint64 max = 1;

  fold_rows (bars, MAX (1, (guint) floor (height / (style->font_size * 1.5))));
  if (bars->len == 0)
    {
      draw_text (cr, style, _("No families in this period"), width / 2, height / 2, width, TRUE);
      return;
    }

  for (guint i = 0; i < bars->len; i++)
    {
      Bar *bar = &g_array_index (bars, Bar, i);
      g_autofree char *value = value_text (bar);

      label_w = MAX (label_w, text_width (cr, style, bar->label));
      value_w = MAX (value_w, text_width (cr, style, value));
      max = MAX (max, bar->value);
    }
  label_w = MIN (label_w, width * 0.38);
  row_h = MIN (height / bars->len, style->font_size * 2.6);
  bar_h = row_h * 0.62;
  bar_x = label_w + gap;
  bar_max = MAX (width - bar_x - value_w - 2 * gap, 1);

  for (guint i = 0; i < bars->len; i++)
    {
      Bar *bar = &g_array_index (bars, Bar, i);
      g_autofree char *value = value_text (bar);
      double mid = row_h * i + row_h / 2;
      double w = bar_max * bar->value / max;

      draw_text (cr, style, bar->label, 0, mid, label_w, FALSE);
      if (bar->part < 0)
        ok_chart_draw_swatch (cr, style, OK_CHART_FILL_SOLID, bar_x, mid - bar_h / 2, w, bar_h);
      else
        {
          ok_chart_draw_swatch (cr, style, OK_CHART_FILL_HATCHED, bar_x, mid - bar_h / 2, w, bar_h);
          ok_chart_draw_swatch (cr, style, OK_CHART_FILL_SOLID, bar_x, mid - bar_h / 2,
                                bar_max * bar->part / max, bar_h);
        }
      draw_text (cr, style, value, bar_x + w + gap, mid, 0, FALSE);
    }
}

static void
draw_columns (cairo_t            *cr,
              const OkChartStyle *style,
              GArray             *bars,
              double              width,
              double              height)
{
  double label_h = style->font_size * 1.6;
  double value_h = style->font_size * 1.5;
  double base = height - label_h;
  double col_w, bar_w;
  gint64 max = 1;

  if (bars->len == 0)
    return;

  for (guint i = 0; i < bars->len; i++)
    max = MAX (max, g_array_index (bars, Bar, i).value);
  col_w = width / bars->len;
  bar_w = col_w * 0.6;

  for (guint i = 0; i < bars->len; i++)
    {
      Bar *bar = &g_array_index (bars, Bar, i);
      g_autofree char *value = value_text (bar);
      double centre = col_w * i + col_w / 2;
      double h = MAX (base - value_h, 0) * bar->value / max;

      ok_chart_draw_swatch (cr, style, OK_CHART_FILL_SOLID, centre - bar_w / 2, base - h, bar_w, h);
      draw_text (cr, style, value, centre, base - h - value_h / 2, 0, TRUE);
      draw_text (cr, style, bar->label, centre, base + label_h / 2, col_w, TRUE);
    }

  cairo_save (cr);
  set_color (cr, &style->foreground);
  cairo_set_line_width (cr, MAX (style->font_size / 10, 0.5));
  cairo_move_to (cr, 0, base);
  cairo_line_to (cr, width, base);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
ok_chart_draw (cairo_t            *cr,
               const OkChartStyle *style,
               OkQuarterReport    *report,
               OkReportBreakdown   breakdown,
               double              width,
               double              height)
{
  g_autoptr(GArray) bars = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (report != NULL);

  if (width <= 0 || height <= 0)
    return;

  bars = collect_bars (report, breakdown);
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (breakdown == OK_REPORT_BY_MONTH)
    draw_columns (cr, style, bars, width, height);
  else
    draw_rows (cr, style, bars, width, height);
  cairo_restore (cr);
}

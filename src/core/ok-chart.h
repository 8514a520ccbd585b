/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "ok-report.h"

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} OkChartColor;

/* How a chart looks: the PDF draws in black on white, the app in the
 * colours of its theme (dark mode included). Shapes and labels carry the
 * meaning, so that a black-and-white print reads the same. */
typedef struct {
  OkChartColor foreground;   /* text, outlines, hatching */
  OkChartColor background;   /* inside outlined bars */
  OkChartColor accent;       /* solid bars */
  const char *font_family;
  double font_size;          /* in the units of the cairo context */
} OkChartStyle;

typedef enum {
  OK_CHART_FILL_SOLID,    /* a count, or the families reached */
  OK_CHART_FILL_HATCHED,  /* all active families, reached or not */
} OkChartFill;

typedef enum {
  OK_CHART_TREND_DOWN = -1,
  OK_CHART_TREND_EQUAL = 0,
  OK_CHART_TREND_UP = 1,
} OkChartTrend;

void         ok_chart_style_init_print (OkChartStyle          *style);
const char  *ok_chart_get_title        (OkReportBreakdown      breakdown);

/* Draws one breakdown of the report into (0, 0, width, height). */
void         ok_chart_draw             (cairo_t               *cr,
                                        const OkChartStyle    *style,
                                        OkQuarterReport       *report,
                                        OkReportBreakdown      breakdown,
                                        double                 width,
                                        double                 height);
void         ok_chart_draw_swatch      (cairo_t               *cr,
                                        const OkChartStyle    *style,
                                        OkChartFill            fill,
                                        double                 x,
                                        double                 y,
                                        double                 width,
                                        double                 height);

OkChartTrend ok_chart_trend            (gint64                 current,
                                        gint64                 previous);
/* A triangle up or down, or an equals sign, size × size at (x, y). */
void         ok_chart_draw_trend       (cairo_t               *cr,
                                        const OkChartStyle    *style,
                                        OkChartTrend           trend,
                                        double                 x,
                                        double                 y,
                                        double                 size);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "ok-report.h"

G_BEGIN_DECLS

/* A4 in PostScript points. */
#define OK_REPORT_PDF_WIDTH 595.276
#define OK_REPORT_PDF_HEIGHT 841.89

/* Writes the one-page report for the director; with_names lists the
 * families not reached by name (see ok_quarter_report_has_names()). */
gboolean ok_report_pdf_write     (OkQuarterReport  *report,
                                  const char       *path,
                                  gboolean          with_names,
                                  GError          **error);

/* Draws the same page on any cairo context (a print job), scaled to fit
 * width × height and centred. */
void     ok_report_pdf_draw_page (OkQuarterReport  *report,
                                  cairo_t          *cr,
                                  double            width,
                                  double            height,
                                  gboolean          with_names);

G_END_DECLS

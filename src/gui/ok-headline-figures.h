/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ok-report.h"

G_BEGIN_DECLS

#define OK_TYPE_HEADLINE_FIGURES (ok_headline_figures_get_type ())
G_DECLARE_FINAL_TYPE (OkHeadlineFigures, ok_headline_figures, OK, HEADLINE_FIGURES, AdwBin)

OkHeadlineFigures *ok_headline_figures_new        (void);
/* Shows the figures of a report beside those of the period before. */
void               ok_headline_figures_set_report (OkHeadlineFigures *self,
                                                   OkQuarterReport   *report);

G_END_DECLS

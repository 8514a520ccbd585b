/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates for people, in the language of the interface: the names come from
 * the translation catalogue, so Dutch works without a Dutch system locale. */
const char *ok_date_text_weekday        (GDateWeekday  weekday);
const char *ok_date_text_weekday_abbrev (GDateWeekday  weekday);
const char *ok_date_text_month          (GDateMonth    month);
const char *ok_date_text_month_abbrev   (GDateMonth    month);

char       *ok_date_text_long           (const GDate  *date);
char       *ok_date_text_medium         (const GDate  *date);
char       *ok_date_text_short          (const GDate  *date);
char       *ok_date_text_time           (GDateTime    *time);
char       *ok_date_text_when           (GDateTime    *starts,
                                         GDateTime    *ends);
char       *ok_date_text_from_iso       (const char   *date);
char       *ok_date_text_numeric        (const GDate  *date);
GDate      *ok_date_text_parse          (const char   *text);

GDate      *ok_date_today               (void);
GDate      *ok_date_from_time           (GDateTime    *time);
void        ok_date_quarter_bounds      (const GDate  *day,
                                         GDate        *first,
                                         GDate        *last);
char       *ok_date_text_quarter        (const GDate  *day);

G_END_DECLS

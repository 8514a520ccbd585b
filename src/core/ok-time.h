/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GTimeZone *ok_time_zone               (void);
GDateTime *ok_time_parse_local        (const char *text);
char      *ok_time_format_local       (GDateTime  *dt);
char      *ok_time_now_utc            (void);
GDate     *ok_date_parse              (const char *text);
char      *ok_date_format             (const GDate *date);
gboolean   ok_date_is_valid_text      (const char *text);


G_END_DECLS

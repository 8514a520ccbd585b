/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The rule's insides, shared by ok-recurrence*.c: the object and its
 * checks, the text form, and the expansion into dates. */

#include "ok-recurrence.h"

G_BEGIN_DECLS

#define MAX_INTERVAL 52

struct _OkRecurrence
{
  GObject parent_instance;

  guint weekdays;
  guint interval;
  char *start_time;
  char *end_time;
  char *first_date;
  char *last_date;
  gboolean until_summer;
  gboolean skip_holidays;
};

gboolean _ok_recurrence_parse_clock (const char *text,
                                     int        *minutes);

G_END_DECLS

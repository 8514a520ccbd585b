/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The holidays' insides, shared by ok-holidays*.c: the periods and their
 * lookups, and the loading of holiday files. */

#include "ok-holidays.h"

G_BEGIN_DECLS

enum {
  REGION_NOORD  = 1 << 0,
  REGION_MIDDEN = 1 << 1,
  REGION_ZUID   = 1 << 2,
  REGION_ALL    = REGION_NOORD | REGION_MIDDEN | REGION_ZUID,
};

struct _OkHolidayPeriod
{
  gatomicrefcount ref_count;

  char *id;
  char *name;
  char *school_year;
  char *note;
  GDate start;
  GDate end;
  OkHolidayKind kind;
  guint regions;
  guint advice : 1;
  guint from_user : 1;
};

struct _OkHolidays
{
  GObject parent_instance;

  GPtrArray *periods;   /* OkHolidayPeriod, sorted by start and end */
};

OkHolidayPeriod *_ok_holiday_period_new       (void);
OkHolidayPeriod *_ok_holiday_period_copy      (const OkHolidayPeriod *other);
guint            _ok_holidays_region_bit      (const char            *region);
gboolean         _ok_holiday_kind_from_string (const char            *text,
                                               OkHolidayKind         *kind);

G_END_DECLS

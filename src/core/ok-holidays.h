/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nick of each kind is the word used in holidays.json. */
typedef enum {
  OK_HOLIDAY_KIND_VACATION,        /* "vakantie" */
  OK_HOLIDAY_KIND_PUBLIC_HOLIDAY,  /* "feestdag" */
  OK_HOLIDAY_KIND_STUDY_DAY,       /* "studiedag" */
  OK_HOLIDAY_KIND_FREE_DAY,        /* "vrije-dag" */
} OkHolidayKind;

#define OK_HOLIDAYS_ERROR (ok_holidays_error_quark ())

typedef enum {
  OK_HOLIDAYS_ERROR_SYNTAX,
  OK_HOLIDAYS_ERROR_INVALID,
} OkHolidaysError;

GQuark ok_holidays_error_quark (void);

#define OK_TYPE_HOLIDAY_PERIOD (ok_holiday_period_get_type ())

typedef struct _OkHolidayPeriod OkHolidayPeriod;

GType            ok_holiday_period_get_type          (void) G_GNUC_CONST;
OkHolidayPeriod *ok_holiday_period_ref               (OkHolidayPeriod *self);
void             ok_holiday_period_unref             (OkHolidayPeriod *self);
const char      *ok_holiday_period_get_id            (const OkHolidayPeriod *self);
const char      *ok_holiday_period_get_name          (const OkHolidayPeriod *self);
OkHolidayKind    ok_holiday_period_get_kind          (const OkHolidayPeriod *self);
const GDate     *ok_holiday_period_get_start         (const OkHolidayPeriod *self);
const GDate     *ok_holiday_period_get_end           (const OkHolidayPeriod *self);
const char      *ok_holiday_period_get_school_year   (const OkHolidayPeriod *self);
const char      *ok_holiday_period_get_note          (const OkHolidayPeriod *self);
gboolean         ok_holiday_period_is_advice         (const OkHolidayPeriod *self);
gboolean         ok_holiday_period_is_from_user_file (const OkHolidayPeriod *self);
gboolean         ok_holiday_period_applies_to        (const OkHolidayPeriod *self,
                                                      const char            *region);
gboolean         ok_holiday_period_contains          (const OkHolidayPeriod *self,
                                                      const GDate           *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkHolidayPeriod, ok_holiday_period_unref)

#define OK_TYPE_HOLIDAYS (ok_holidays_get_type ())
G_DECLARE_FINAL_TYPE (OkHolidays, ok_holidays, OK, HOLIDAYS, GObject)

OkHolidays      *ok_holidays_new                (void);
OkHolidays      *ok_holidays_new_builtin        (void);
char            *ok_holidays_get_user_file_path (void);
gboolean         ok_holidays_load_user_file     (OkHolidays   *self,
                                                 const char   *path,
                                                 GError      **error);
gboolean         ok_holidays_merge_data         (OkHolidays   *self,
                                                 const char   *data,
                                                 gssize        length,
                                                 const char   *name,
                                                 GError      **error);
gboolean         ok_holidays_is_free_day        (OkHolidays   *self,
                                                 const char   *region,
                                                 const GDate  *date);
OkHolidayPeriod *ok_holidays_lookup             (OkHolidays   *self,
                                                 const char   *region,
                                                 const GDate  *date);
OkHolidayPeriod *ok_holidays_find               (OkHolidays   *self,
                                                 const char   *region,
                                                 const char   *school_year,
                                                 const char   *id);
GPtrArray       *ok_holidays_list_periods       (OkHolidays   *self,
                                                 const char   *region,
                                                 const char   *school_year);
char           **ok_holidays_list_school_years  (OkHolidays   *self);

gboolean         ok_holidays_is_valid_region    (const char   *region);
char            *ok_holidays_school_year_for    (const GDate  *date);
const char      *ok_holiday_kind_to_string      (OkHolidayKind kind);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ok-holidays.h"

G_BEGIN_DECLS

/* Weekday mask bits, one per GDateWeekday (G_DATE_MONDAY … G_DATE_SUNDAY). */
#define OK_WEEKDAY_BIT(weekday) (1u << (weekday))

#define OK_RECURRENCE_ERROR (ok_recurrence_error_quark ())

typedef enum {
  OK_RECURRENCE_ERROR_PARSE,
  OK_RECURRENCE_ERROR_INVALID,
} OkRecurrenceError;

GQuark ok_recurrence_error_quark (void);

#define OK_TYPE_OCCURRENCE (ok_occurrence_get_type ())

typedef struct _OkOccurrence OkOccurrence;

GType            ok_occurrence_get_type       (void) G_GNUC_CONST;
OkOccurrence    *ok_occurrence_ref            (OkOccurrence       *self);
void             ok_occurrence_unref          (OkOccurrence       *self);
const GDate     *ok_occurrence_get_date       (const OkOccurrence *self);
GDateTime       *ok_occurrence_get_starts_at  (const OkOccurrence *self);
GDateTime       *ok_occurrence_get_ends_at    (const OkOccurrence *self);
gboolean         ok_occurrence_is_skipped     (const OkOccurrence *self);
OkHolidayPeriod *ok_occurrence_get_skipped_by (const OkOccurrence *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkOccurrence, ok_occurrence_unref)

#define OK_TYPE_RECURRENCE (ok_recurrence_get_type ())
G_DECLARE_FINAL_TYPE (OkRecurrence, ok_recurrence, OK, RECURRENCE, GObject)

OkRecurrence *ok_recurrence_new               (void);
OkRecurrence *ok_recurrence_parse             (const char    *text,
                                               GError       **error);
char         *ok_recurrence_to_string         (OkRecurrence  *self);
char         *ok_recurrence_describe          (OkRecurrence  *self);
gboolean      ok_recurrence_validate          (OkRecurrence  *self,
                                               GError       **error);
char         *ok_recurrence_resolve_last_date (OkRecurrence  *self,
                                               OkHolidays    *holidays,
                                               const char    *region,
                                               GError       **error);
GPtrArray    *ok_recurrence_expand            (OkRecurrence  *self,
                                               OkHolidays    *holidays,
                                               const char    *region,
                                               GError       **error);

guint         ok_recurrence_get_weekdays      (OkRecurrence  *self);
void          ok_recurrence_set_weekdays      (OkRecurrence  *self,
                                               guint          weekdays);
guint         ok_recurrence_get_interval      (OkRecurrence  *self);
void          ok_recurrence_set_interval      (OkRecurrence  *self,
                                               guint          interval);
const char   *ok_recurrence_get_start_time    (OkRecurrence  *self);
void          ok_recurrence_set_start_time    (OkRecurrence  *self,
                                               const char    *start_time);
const char   *ok_recurrence_get_end_time      (OkRecurrence  *self);
void          ok_recurrence_set_end_time      (OkRecurrence  *self,
                                               const char    *end_time);
const char   *ok_recurrence_get_first_date    (OkRecurrence  *self);
void          ok_recurrence_set_first_date    (OkRecurrence  *self,
                                               const char    *first_date);
const char   *ok_recurrence_get_last_date     (OkRecurrence  *self);
void          ok_recurrence_set_last_date     (OkRecurrence  *self,
                                               const char    *last_date);
gboolean      ok_recurrence_get_until_summer  (OkRecurrence  *self);
void          ok_recurrence_set_until_summer  (OkRecurrence  *self,
                                               gboolean       until_summer);
gboolean      ok_recurrence_get_skip_holidays (OkRecurrence  *self);
void          ok_recurrence_set_skip_holidays (OkRecurrence  *self,
                                               gboolean       skip_holidays);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nick of every value is the string stored in the database and used by
 * the CLI and JSON, so it must never change. */

typedef enum {
  OK_CHANNEL_WHATSAPP,
  OK_CHANNEL_SMS,
  OK_CHANNEL_PHONE,
  OK_CHANNEL_EMAIL,
  OK_CHANNEL_LETTER,
  OK_CHANNEL_IN_PERSON,
} OkChannel;

typedef enum {
  OK_ACTIVITY_KIND_THEME_MEETING,
  OK_ACTIVITY_KIND_COFFEE_MORNING,
  OK_ACTIVITY_KIND_WALK_IN,
  OK_ACTIVITY_KIND_COURSE_SESSION,
  OK_ACTIVITY_KIND_HOME_VISIT,
  OK_ACTIVITY_KIND_OTHER,
} OkActivityKind;

typedef enum {
  OK_PARTNERSHIP_NONE,
  OK_PARTNERSHIP_PEDAGOGISCH,
  OK_PARTNERSHIP_DIDACTISCH,
  OK_PARTNERSHIP_FORMEEL,
  OK_PARTNERSHIP_INFORMEEL,
  OK_PARTNERSHIP_MAATSCHAPPELIJK,
} OkPartnership;

typedef enum {
  OK_DIMENSION_NONE,
  OK_DIMENSION_THUISBETROKKENHEID,
  OK_DIMENSION_SAMENWERKING,
  OK_DIMENSION_ONDERSTEUNING,
  OK_DIMENSION_PARTICIPATIE,
} OkDimension;

typedef enum {
  OK_ACTIVITY_STATUS_PLANNED,
  OK_ACTIVITY_STATUS_HELD,
  OK_ACTIVITY_STATUS_CANCELLED,
} OkActivityStatus;

typedef enum {
  OK_ATTENDANCE_STATUS_INVITED,
  OK_ATTENDANCE_STATUS_REGISTERED,
  OK_ATTENDANCE_STATUS_PRESENT,
  OK_ATTENDANCE_STATUS_EXCUSED,
  OK_ATTENDANCE_STATUS_NO_SHOW,
} OkAttendanceStatus;

typedef enum {
  OK_TARGET_GROUP_ALL,
  OK_TARGET_GROUP_GROUPS,
  OK_TARGET_GROUP_FATHERS,
  OK_TARGET_GROUP_NEW_PARENTS,
} OkTargetGroup;

#define OK_TYPE_CHANNEL (ok_channel_get_type ())
#define OK_TYPE_ACTIVITY_KIND (ok_activity_kind_get_type ())
#define OK_TYPE_PARTNERSHIP (ok_partnership_get_type ())
#define OK_TYPE_DIMENSION (ok_dimension_get_type ())
#define OK_TYPE_ACTIVITY_STATUS (ok_activity_status_get_type ())
#define OK_TYPE_ATTENDANCE_STATUS (ok_attendance_status_get_type ())
#define OK_TYPE_TARGET_GROUP (ok_target_group_get_type ())

GType ok_channel_get_type (void);
GType ok_activity_kind_get_type (void);
GType ok_partnership_get_type (void);
GType ok_dimension_get_type (void);
GType ok_activity_status_get_type (void);
GType ok_attendance_status_get_type (void);
GType ok_target_group_get_type (void);

const char *ok_enum_to_nick   (GType       enum_type,
                               int         value);
gboolean    ok_enum_from_nick (GType       enum_type,
                               const char *nick,
                               int        *value);
const char *ok_enum_to_label  (GType       enum_type,
                               int         value);
char       *ok_enum_list_nicks (GType      enum_type);

G_END_DECLS

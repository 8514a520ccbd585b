/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Enumerations of the domain, with their stable database nicks and their
 * translated labels for people. */
#define G_LOG_DOMAIN "ok-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ok-enums.h"

#define DEFINE_ENUM(TypeName, type_name, ...)                               \
  GType                                                                     \
  type_name##_get_type (void)                                               \
  {                                                                         \
    static gsize type_id;                                                   \
    static const GEnumValue values[] = { __VA_ARGS__, { 0, NULL, NULL } };  \
    if (g_once_init_enter (&type_id))                                       \
      g_once_init_leave (&type_id, g_enum_register_static (#TypeName, values)); \
    return type_id;                                                         \
  }

/* value_name holds the untranslated label; gettext translates it on use. */
DEFINE_ENUM (OkChannel, ok_channel,
             { OK_CHANNEL_WHATSAPP, N_("WhatsApp"), "whatsapp" },
             { OK_CHANNEL_SMS, N_("Text message"), "sms" },
             { OK_CHANNEL_PHONE, N_("Phone"), "phone" },
             { OK_CHANNEL_EMAIL, N_("E-mail"), "email" },
             { OK_CHANNEL_LETTER, N_("Letter"), "letter" },
             { OK_CHANNEL_IN_PERSON, N_("In person"), "in-person" })

DEFINE_ENUM (OkActivityKind, ok_activity_kind,
             { OK_ACTIVITY_KIND_THEME_MEETING, N_("Theme meeting"), "theme-meeting" },
             { OK_ACTIVITY_KIND_COFFEE_MORNING, N_("Coffee morning"), "coffee-morning" },
             { OK_ACTIVITY_KIND_WALK_IN, N_("Walk-in morning"), "walk-in" },
             { OK_ACTIVITY_KIND_COURSE_SESSION, N_("Course session"), "course-session" },
             { OK_ACTIVITY_KIND_HOME_VISIT, N_("Home visit"), "home-visit" },
             { OK_ACTIVITY_KIND_OTHER, N_("Other"), "other" })

DEFINE_ENUM (OkPartnership, ok_partnership,
             { OK_PARTNERSHIP_NONE, N_("None"), "none" },
             { OK_PARTNERSHIP_PEDAGOGISCH, N_("Pedagogical"), "pedagogisch" },
             { OK_PARTNERSHIP_DIDACTISCH, N_("Didactic"), "didactisch" },
             { OK_PARTNERSHIP_FORMEEL, N_("Formal"), "formeel" },
             { OK_PARTNERSHIP_INFORMEEL, N_("Informal"), "informeel" },
             { OK_PARTNERSHIP_MAATSCHAPPELIJK, N_("Societal"), "maatschappelijk" })

DEFINE_ENUM (OkDimension, ok_dimension,
             { OK_DIMENSION_NONE, N_("None"), "none" },
             { OK_DIMENSION_THUISBETROKKENHEID, N_("Involvement at home"), "thuisbetrokkenheid" },
             { OK_DIMENSION_SAMENWERKING, N_("Teacher–parent cooperation"), "samenwerking" },
             { OK_DIMENSION_ONDERSTEUNING, N_("Support for parents"), "ondersteuning" },
             { OK_DIMENSION_PARTICIPATIE, N_("Parent participation"), "participatie" })

DEFINE_ENUM (OkActivityStatus, ok_activity_status,
             { OK_ACTIVITY_STATUS_PLANNED, N_("Planned"), "planned" },
             { OK_ACTIVITY_STATUS_HELD, N_("Held"), "held" },
             { OK_ACTIVITY_STATUS_CANCELLED, N_("Cancelled"), "cancelled" })

DEFINE_ENUM (OkAttendanceStatus, ok_attendance_status,
             { OK_ATTENDANCE_STATUS_INVITED, N_("Invited"), "invited" },
             { OK_ATTENDANCE_STATUS_REGISTERED, N_("Registered"), "registered" },
             { OK_ATTENDANCE_STATUS_PRESENT, N_("Present"), "present" },
             { OK_ATTENDANCE_STATUS_EXCUSED, N_("Excused"), "excused" },
             { OK_ATTENDANCE_STATUS_NO_SHOW, N_("No-show"), "no-show" })

DEFINE_ENUM (OkTargetGroup, ok_target_group,
             { OK_TARGET_GROUP_ALL, N_("All parents"), "all" },
             { OK_TARGET_GROUP_GROUPS, N_("Chosen groups"), "groups" },
             { OK_TARGET_GROUP_FATHERS, N_("Fathers"), "fathers" },
             { OK_TARGET_GROUP_NEW_PARENTS, N_("Parents of new pupils"), "new-parents" })

const char *
ok_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
ok_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;
  if (value != NULL)
    *value = ev->value;
  return TRUE;
}

const char *
ok_enum_to_label (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  return ev != NULL ? _(ev->value_name) : NULL;
}

char *
ok_enum_list_nicks (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, klass->values[i].value_nick);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

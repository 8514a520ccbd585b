/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Filling in a message from an activity and a family, shared by the CLI
 * and the app so that both write the same message to the same family. */
#define G_LOG_DOMAIN "ok-template-fill"

#include "config.h"

#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-template-fill.h"

void
ok_template_fill_clear (OkTemplateFill *fill)
{
  g_clear_object (&fill->activity);
  g_clear_pointer (&fill->school_name, g_free);
  g_clear_pointer (&fill->sender_name, g_free);
  g_clear_pointer (&fill->contact_parent_name, g_free);
  g_clear_pointer (&fill->contact_parent_phone, g_free);
  g_clear_pointer (&fill->parent_name, g_free);
  g_clear_pointer (&fill->child_name, g_free);
  g_clear_pointer (&fill->interpreter, g_free);
  fill->context = (OkTemplateContext) { NULL, };
}

static void
replace (char       **field,
         const char **borrowed,
         const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
  *borrowed = copy;
}

/**
 * ok_template_fill_set_activity:
 * @fill: a fill
 * @activity: the activity the message is about
 * @school_name: (nullable): the name of the school, under the message
 *
 * Sets the title, theme, times and location. The interpreter follows
 * from the language, see ok_template_fill_set_language().
 */
void
ok_template_fill_set_activity (OkTemplateFill *fill,
                               OkActivity     *activity,
                               const char     *school_name)
{
  g_return_if_fail (fill != NULL);
  g_return_if_fail (OK_IS_ACTIVITY (activity));

  g_set_object (&fill->activity, activity);
  replace (&fill->school_name, &fill->context.school_name, school_name);
  fill->context.activity_title = ok_activity_get_title (activity);
  fill->context.theme = ok_activity_get_theme (activity);
  fill->context.starts_at = ok_activity_get_starts_at (activity);
  fill->context.ends_at = ok_activity_get_ends_at (activity);
  fill->context.location = ok_activity_get_location (activity);
}

gboolean
ok_template_fill_load_activity (OkTemplateFill  *fill,
                                OkStore         *store,
                                gint64           activity_id,
                                GError         **error)
{
  g_autoptr(OkActivity) activity = NULL;
  g_autoptr(OkSchool) school = NULL;

  g_return_val_if_fail (fill != NULL, FALSE);
  g_return_val_if_fail (OK_IS_STORE (store), FALSE);

  activity = ok_store_activity_get (store, activity_id, error);
  if (activity == NULL)
    return FALSE;
  school = ok_store_school_get (store, ok_activity_get_school_id (activity), error);
  if (school == NULL)
    return FALSE;
  ok_template_fill_set_activity (fill, activity, ok_school_get_name (school));
  return TRUE;
}

void
ok_template_fill_set_sender (OkTemplateFill *fill,
                             const char     *sender_name,
                             const char     *contact_parent_name,
                             const char     *contact_parent_phone)
{
  g_return_if_fail (fill != NULL);

  replace (&fill->sender_name, &fill->context.sender_name, sender_name);
  replace (&fill->contact_parent_name, &fill->context.contact_parent_name, contact_parent_name);
  replace (&fill->contact_parent_phone, &fill->context.contact_parent_phone, contact_parent_phone);
}

void
ok_template_fill_set_family (OkTemplateFill *fill,
                             const char     *parent_name,
                             const char     *child_name)
{
  g_return_if_fail (fill != NULL);

  replace (&fill->parent_name, &fill->context.parent_name, parent_name);
  replace (&fill->child_name, &fill->context.child_name, child_name);
}

/**
 * ok_template_fill_load_family:
 * @fill: a fill
 * @store: the store
 * @family: the family the message is for
 * @error: a failed query
 *
 * Addresses the family's first parent and names its first child.
 */
gboolean
ok_template_fill_load_family (OkTemplateFill  *fill,
                              OkStore         *store,
                              OkFamily        *family,
                              GError         **error)
{
  g_autoptr(GPtrArray) parents = NULL;
  g_autoptr(GPtrArray) children = NULL;

  g_return_val_if_fail (fill != NULL, FALSE);
  g_return_val_if_fail (OK_IS_FAMILY (family), FALSE);

  parents = ok_store_parent_list (store, ok_family_get_id (family), error);
  if (parents == NULL)
    return FALSE;
  children = ok_store_child_list (store, ok_family_get_id (family), error);
  if (children == NULL)
    return FALSE;
  ok_template_fill_set_family (fill,
                               parents->len > 0 ? ok_parent_get_name (parents->pdata[0]) : NULL,
                               children->len > 0 ? ok_child_get_first_name (children->pdata[0]) : NULL);
  return TRUE;
}

/**
 * ok_template_fill_set_language:
 * @fill: a fill with an activity
 * @language: (nullable): the language the message is written in
 *
 * The interpreter is mentioned to a family only when the activity has one
 * for the language the family reads its message in.
 */
void
ok_template_fill_set_language (OkTemplateFill *fill,
                               const char     *language)
{
  const char * const *interpreted;

  g_return_if_fail (fill != NULL);
  g_return_if_fail (OK_IS_ACTIVITY (fill->activity));

  interpreted = ok_activity_get_interpreter_languages (fill->activity);
  g_clear_pointer (&fill->interpreter, g_free);
  if (interpreted != NULL && language != NULL && g_strv_contains (interpreted, language))
    fill->interpreter = g_strdup (language);
  fill->context.interpreter = fill->interpreter;
}

OkActivity *
ok_template_fill_get_activity (OkTemplateFill *fill)
{
  g_return_val_if_fail (fill != NULL, NULL);

  return fill->activity;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One parent as the door sees them for one activity: who they are, whose
 * parent they are, why they are expected and whether they are here. */
#define G_LOG_DOMAIN "ok-checkin-entry"

#include "config.h"

#include <string.h>

#include "ok-checkin-entry.h"
#include "ok-text-fold.h"

struct _OkCheckinEntry
{
  GObject parent_instance;

  gint64 parent_id;
  gint64 family_id;
  char *name;
  char *children;
  char *home_language;
  char *recorded_at;
  int status;
  OkCheckinReason reason;
  guint family_size;
  gboolean walk_in;
  gboolean unsaved;

  char *name_key;       /* folded name */
  char *children_key;   /* folded names of the children */
};

G_DEFINE_FINAL_TYPE (OkCheckinEntry, ok_checkin_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PARENT_ID,
  PROP_FAMILY_ID,
  PROP_NAME,
  PROP_CHILDREN,
  PROP_HOME_LANGUAGE,
  PROP_STATUS,
  PROP_WALK_IN,
  PROP_REASON,
  PROP_RECORDED_AT,
  PROP_FAMILY_SIZE,
  PROP_UNSAVED,
  PROP_PRESENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

GType
ok_checkin_reason_get_type (void)
{
  static gsize type;

  if (g_once_init_enter (&type))
    {
      static const GEnumValue values[] = {
        { OK_CHECKIN_REASON_NONE, "OK_CHECKIN_REASON_NONE", "none" },
        { OK_CHECKIN_REASON_REGISTERED, "OK_CHECKIN_REASON_REGISTERED", "registered" },
        { OK_CHECKIN_REASON_INVITED, "OK_CHECKIN_REASON_INVITED", "invited" },
        { OK_CHECKIN_REASON_TARGET_GROUP, "OK_CHECKIN_REASON_TARGET_GROUP", "target-group" },
        { OK_CHECKIN_REASON_LAST_TIME, "OK_CHECKIN_REASON_LAST_TIME", "last-time" },
        { 0, NULL, NULL },
      };
      g_once_init_leave (&type, g_enum_register_static ("OkCheckinReason", values));
    }
  return type;
}

static void
ok_checkin_entry_finalize (GObject *object)
{
  OkCheckinEntry *self = OK_CHECKIN_ENTRY (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->children, g_free);
  g_clear_pointer (&self->home_language, g_free);
  g_clear_pointer (&self->recorded_at, g_free);
  g_clear_pointer (&self->name_key, g_free);
  g_clear_pointer (&self->children_key, g_free);

  G_OBJECT_CLASS (ok_checkin_entry_parent_class)->finalize (object);
}

static void
ok_checkin_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OkCheckinEntry *self = OK_CHECKIN_ENTRY (object);

  switch (prop_id)
    {
    case PROP_PARENT_ID:
      g_value_set_int64 (value, self->parent_id);
      break;

    case PROP_FAMILY_ID:
      g_value_set_int64 (value, self->family_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_CHILDREN:
      g_value_set_string (value, self->children);
      break;

    case PROP_HOME_LANGUAGE:
      g_value_set_string (value, self->home_language);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_WALK_IN:
      g_value_set_boolean (value, self->walk_in);
      break;

    case PROP_REASON:
      g_value_set_enum (value, self->reason);
      break;

    case PROP_RECORDED_AT:
      g_value_set_string (value, self->recorded_at);
      break;

    case PROP_FAMILY_SIZE:
      g_value_set_uint (value, self->family_size);
      break;

    case PROP_UNSAVED:
      g_value_set_boolean (value, self->unsaved);
      break;

    case PROP_PRESENT:
      g_value_set_boolean (value, ok_checkin_entry_is_present (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_checkin_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OkCheckinEntry *self = OK_CHECKIN_ENTRY (object);

  switch (prop_id)
    {
    case PROP_PARENT_ID:
      self->parent_id = g_value_get_int64 (value);
      break;

    case PROP_FAMILY_ID:
      ok_checkin_entry_set_family_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      ok_checkin_entry_set_name (self, g_value_get_string (value));
      break;

    case PROP_HOME_LANGUAGE:
      ok_checkin_entry_set_home_language (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      ok_checkin_entry_set_status (self, g_value_get_int (value));
      break;

    case PROP_WALK_IN:
      ok_checkin_entry_set_walk_in (self, g_value_get_boolean (value));
      break;

    case PROP_REASON:
      ok_checkin_entry_set_reason (self, g_value_get_enum (value));
      break;

    case PROP_RECORDED_AT:
      ok_checkin_entry_set_recorded_at (self, g_value_get_string (value));
      break;

    case PROP_FAMILY_SIZE:
      ok_checkin_entry_set_family_size (self, g_value_get_uint (value));
      break;

    case PROP_UNSAVED:
      ok_checkin_entry_set_unsaved (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_checkin_entry_class_init (OkCheckinEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ok_checkin_entry_finalize;
  object_class->get_property = ok_checkin_entry_get_property;
  object_class->set_property = ok_checkin_entry_set_property;

  properties[PROP_PARENT_ID] =
    g_param_spec_int64 ("parent-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILY_ID] =
    g_param_spec_int64 ("family-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  /* The children as shown, such as "Emma (group 5), Daan (group 3)". */
  properties[PROP_CHILDREN] =
    g_param_spec_string ("children", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOME_LANGUAGE] =
    g_param_spec_string ("home-language", NULL, NULL, NULL, flags);
  /* An OkAttendanceStatus, or OK_CHECKIN_STATUS_NONE without a row. */
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, OK_CHECKIN_STATUS_NONE, OK_ATTENDANCE_STATUS_NO_SHOW,
                      OK_CHECKIN_STATUS_NONE, flags);
  properties[PROP_WALK_IN] =
    g_param_spec_boolean ("walk-in", NULL, NULL, FALSE, flags);
  properties[PROP_REASON] =
    g_param_spec_enum ("reason", NULL, NULL, OK_TYPE_CHECKIN_REASON, OK_CHECKIN_REASON_NONE, flags);
  properties[PROP_RECORDED_AT] =
    g_param_spec_string ("recorded-at", NULL, NULL, NULL, flags);
  properties[PROP_FAMILY_SIZE] =
    g_param_spec_uint ("family-size", NULL, NULL, 0, G_MAXUINT, 0, flags);
  /* A change the user made that the database has not confirmed. */
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE, flags);
  properties[PROP_PRESENT] =
    g_param_spec_boolean ("present", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ok_checkin_entry_init (OkCheckinEntry *self)
{
  self->status = OK_CHECKIN_STATUS_NONE;
  self->name_key = g_strdup ("");
  self->children_key = g_strdup ("");
}

OkCheckinEntry *
ok_checkin_entry_new (gint64 parent_id)
{
  return g_object_new (OK_TYPE_CHECKIN_ENTRY, "parent-id", parent_id, NULL);
}

gint64
ok_checkin_entry_get_parent_id (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), 0);
  return self->parent_id;
}

gint64
ok_checkin_entry_get_family_id (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), 0);
  return self->family_id;
}

void
ok_checkin_entry_set_family_id (OkCheckinEntry *self,
                                gint64          family_id)
{
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));

  if (self->family_id == family_id)
    return;
  self->family_id = family_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_ID]);
}

const char *
ok_checkin_entry_get_name (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), NULL);
  return self->name;
}

void
ok_checkin_entry_set_name (OkCheckinEntry *self,
                           const char     *name)
{
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));

  if (g_strcmp0 (self->name, name) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (name);
  g_free (self->name_key);
  self->name_key = ok_text_fold (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
ok_checkin_entry_get_children (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), NULL);
  return self->children;
}

/* children is the text shown; child_names what a search may match. */
void
ok_checkin_entry_set_children (OkCheckinEntry *self,
                               const char     *children,
                               const char     *child_names)
{
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));

  g_free (self->children_key);
  self->children_key = ok_text_fold (child_names);
  if (g_strcmp0 (self->children, children) == 0)
    return;
  g_free (self->children);
  self->children = g_strdup (children);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILDREN]);
}

const char *
ok_checkin_entry_get_home_language (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), NULL);
  return self->home_language;
}

void
ok_checkin_entry_set_home_language (OkCheckinEntry *self,
                                    const char     *home_language)
{
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));

  if (g_strcmp0 (self->home_language, home_language) == 0)
    return;
  g_free (self->home_language);
  self->home_language = g_strdup (home_language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOME_LANGUAGE]);
}

int
ok_checkin_entry_get_status (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), OK_CHECKIN_STATUS_NONE);
  return self->status;
}

void
ok_checkin_entry_set_status (OkCheckinEntry *self,
                             int             status)
{
  gboolean was_present;

  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));
  g_return_if_fail (status >= OK_CHECKIN_STATUS_NONE && status <= OK_ATTENDANCE_STATUS_NO_SHOW);

  if (self->status == status)
    return;
  was_present = ok_checkin_entry_is_present (self);
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  if (was_present != ok_checkin_entry_is_present (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENT]);
}

gboolean
ok_checkin_entry_get_walk_in (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), FALSE);
  return self->walk_in;
}

void
ok_checkin_entry_set_walk_in (OkCheckinEntry *self,
                              gboolean        walk_in)
{
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));

  walk_in = !!walk_in;
  if (self->walk_in == walk_in)
    return;
  self->walk_in = walk_in;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WALK_IN]);
}

OkCheckinReason
ok_checkin_entry_get_reason (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), OK_CHECKIN_REASON_NONE);
  return self->reason;
}

void
ok_checkin_entry_set_reason (OkCheckinEntry  *self,
                             OkCheckinReason  reason)
{
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));

  if (self->reason == reason)
    return;
  self->reason = reason;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
ok_checkin_entry_get_recorded_at (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), NULL);
  return self->recorded_at;
}

void
ok_checkin_entry_set_recorded_at (OkCheckinEntry *self,
                                  const char     *recorded_at)
{
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));

  if (g_strcmp0 (self->recorded_at, recorded_at) == 0)
    return;
  g_free (self->recorded_at);
  self->recorded_at = g_strdup (recorded_at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDED_AT]);
}

guint
ok_checkin_entry_get_family_size (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), 0);
  return self->family_size;
}

void
ok_checkin_entry_set_family_size (OkCheckinEntry *self,
                                  guint           family_size)
{
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));

  if (self->family_size == family_size)
    return;
  self->family_size = family_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_SIZE]);
}

gboolean
ok_checkin_entry_get_unsaved (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), FALSE);
  return self->unsaved;
}

void
ok_checkin_entry_set_unsaved (OkCheckinEntry *self,
                              gboolean        unsaved)
{
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));

  unsaved = !!unsaved;
  if (self->unsaved == unsaved)
    return;
  self->unsaved = unsaved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

gboolean
ok_checkin_entry_is_present (OkCheckinEntry *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), FALSE);
  return self->status == OK_ATTENDANCE_STATUS_PRESENT;
}

/* Takes over what the database says now, keeping the object (and so the
 * rows and selections that show it). */
void
ok_checkin_entry_update_from (OkCheckinEntry *self,
                              OkCheckinEntry *other)
{
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (self));
  g_return_if_fail (OK_IS_CHECKIN_ENTRY (other));

  g_object_freeze_notify (G_OBJECT (self));
  ok_checkin_entry_set_family_id (self, other->family_id);
  ok_checkin_entry_set_name (self, other->name);
  ok_checkin_entry_set_home_language (self, other->home_language);
  ok_checkin_entry_set_walk_in (self, other->walk_in);
  ok_checkin_entry_set_reason (self, other->reason);
  ok_checkin_entry_set_recorded_at (self, other->recorded_at);
  ok_checkin_entry_set_family_size (self, other->family_size);
  ok_checkin_entry_set_status (self, other->status);
  if (g_strcmp0 (self->children, other->children) != 0
      || g_strcmp0 (self->children_key, other->children_key) != 0)
    {
      g_free (self->children_key);
      self->children_key = g_strdup (other->children_key);
      g_free (self->children);
      self->children = g_strdup (other->children);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILDREN]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/* The words of a search, folded like the names they are compared with. */
char **
ok_checkin_query_tokens (const char *query)
{
  g_autofree char *folded = ok_text_fold (query);

  if (*folded == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (folded, " ", -1);
}

/* How well the entry matches every word of the search, 0 for not at all.
 * A word must start a name, or lie inside one when it is long enough to
 * mean something: two letters inside a word match half the school. */
guint
ok_checkin_entry_match (OkCheckinEntry     *self,
                        const char * const *tokens)
{
  guint score = 0;

  g_return_val_if_fail (OK_IS_CHECKIN_ENTRY (self), 0);

  if (tokens == NULL || tokens[0] == NULL)
    return 0;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      gboolean long_token = g_utf8_strlen (tokens[i], -1) >= 3;
      gboolean in_name = FALSE, in_children = FALSE;

      if (ok_text_fold_has_word_start (self->name_key, tokens[i], &in_name))
        score += 8;
      else if (ok_text_fold_has_word_start (self->children_key, tokens[i], &in_children))
        score += 6;
      else if (long_token && in_name)
        score += 3;
      else if (long_token && in_children)
        score += 2;
      else
        return 0;
    }
  return score;
}

/* Expected parents first, in the order of their reason, then by name. */
int
ok_checkin_entry_compare (OkCheckinEntry *a,
                          OkCheckinEntry *b)
{
  guint rank_a = a->reason == OK_CHECKIN_REASON_NONE ? G_MAXUINT : (guint) a->reason;
  guint rank_b = b->reason == OK_CHECKIN_REASON_NONE ? G_MAXUINT : (guint) b->reason;
  int by_name;

  if (rank_a != rank_b)
    return rank_a < rank_b ? -1 : 1;
  by_name = strcmp (a->name_key, b->name_key);
  if (by_name != 0)
    return by_name;
  return a->parent_id < b->parent_id ? -1 : a->parent_id > b->parent_id;
}

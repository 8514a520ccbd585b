/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The marks at the door: each is stored at once and kept to be undone;
 * what the database refused is kept too, shown as not saved in its row
 * and the banner, and tried again until it is stored. */
#define G_LOG_DOMAIN "ok-checkin-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-checkin-window-private.h"
#include "ok-store-checkin.h"

#define MAX_UNDO 100

typedef enum {
  CHANGE_MARK,
  CHANGE_FAMILY,
  CHANGE_UNMARK,
  CHANGE_GUESTS,
  CHANGE_WALK_IN,
} ChangeKind;

/* One thing the user did at the door, kept to undo it or, when the
 * database refused it, to try again. */
typedef struct {
  ChangeKind kind;
  OkAttendanceStatus status;   /* the status set, or for an unmark the one removed */
  gint64 parent_id;            /* the parent clicked */
  GArray *parent_ids;          /* the parents changed, once stored */
  int delta;                   /* guests */
  char *name;                  /* for messages, and a walk-in's name */
  char *phone;
  char *language;
} Change;

static void
change_free (Change *change)
{
  g_clear_pointer (&change->parent_ids, g_array_unref);
  g_free (change->name);
  g_free (change->phone);
  g_free (change->language);
  g_free (change);
}

static Change *
change_new (ChangeKind          kind,
            OkAttendanceStatus  status,
            OkCheckinEntry     *entry)
{
  Change *change = g_new0 (Change, 1);

  change->kind = kind;
  change->status = status;
  if (entry != NULL)
    {
      change->parent_id = ok_checkin_entry_get_parent_id (entry);
      change->name = g_strdup (ok_checkin_entry_get_name (entry));
    }
  return change;
}

static GPtrArray *
changes_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
}

void
_ok_checkin_window_init_marks (OkCheckinWindow *self)
{
  self->undo = changes_new ();
  self->unsaved = changes_new ();
}

/* What is not saved */

static void
update_banner (OkCheckinWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->unsaved->len == 0 && self->last_error == NULL)
    {
      gtk_revealer_set_reveal_child (self->banner_revealer, FALSE);
      return;
    }

  if (self->unsaved->len > 0)
    {
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u mark is not saved",
                                                 "%u marks are not saved", self->unsaved->len),
                              self->unsaved->len);
      g_string_append (text, " (");
      for (guint i = 0; i < self->unsaved->len && i < 5; i++)
        {
          Change *change = g_ptr_array_index (self->unsaved, i);

          g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                                  change->name != NULL ? change->name : C_("check-in", "guests"));
        }
      g_string_append (text, self->unsaved->len > 5 ? ", …)" : ")");
      g_string_append (text, self->last_error != NULL ? ": " : ".");
    }
  if (self->last_error != NULL)
    g_string_append (text, self->last_error);

  gtk_label_set_text (self->banner_label, text->str);
  gtk_revealer_set_reveal_child (self->banner_revealer, TRUE);
}

void
_ok_checkin_window_set_error (OkCheckinWindow *self,
                              const GError    *error)
{
  g_free (self->last_error);
  self->last_error = error != NULL ? g_strdup (error->message) : NULL;
  update_banner (self);
}

/* After a reload: what the database does not have yet stays marked as
 * not saved. */
void
_ok_checkin_window_show_unsaved (OkCheckinWindow *self)
{
  for (guint i = 0; i < self->unsaved->len; i++)
    {
      Change *change = g_ptr_array_index (self->unsaved, i);
      OkCheckinEntry *entry = _ok_checkin_window_lookup_entry (self, change->parent_id);

      if (entry != NULL)
        ok_checkin_entry_set_unsaved (entry, TRUE);
    }
}

/* Storing */

static gboolean
apply_change (OkCheckinWindow  *self,
              Change           *change,
              GError          **error)
{
  gint64 activity_id = ok_activity_get_id (self->activity);
  OkCheckinEntry *entry = _ok_checkin_window_lookup_entry (self, change->parent_id);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  switch (change->kind)
    {
    case CHANGE_MARK:
      if (!ok_store_checkin_mark (self->store, activity_id, change->parent_id, change->status,
                                  self->recorded_by, error))
        return FALSE;
      g_array_append_val (ids, change->parent_id);
      break;

    case CHANGE_FAMILY:
      g_clear_pointer (&ids, g_array_unref);
      ids = ok_store_checkin_mark_family (self->store, activity_id,
                                          entry != NULL ? ok_checkin_entry_get_family_id (entry) : 0,
                                          change->status, self->recorded_by, error);
      if (ids == NULL)
        return FALSE;
      break;

    case CHANGE_UNMARK:
      if (!ok_store_checkin_undo (self->store, activity_id, &change->parent_id, 1, change->status,
                                  self->recorded_by, error))
        return FALSE;
      g_array_append_val (ids, change->parent_id);
      break;

    case CHANGE_GUESTS:
      if (!ok_store_checkin_add_guests (self->store, activity_id, change->delta, &self->guests, error))
        return FALSE;
      break;

    case CHANGE_WALK_IN:
      {
        gint64 id = ok_store_checkin_add_walk_in (self->store, activity_id, change->name, change->phone,
                                                  change->language, self->recorded_by, error);
        if (id <= 0)
          return FALSE;
        g_array_append_val (ids, id);
        change->parent_id = id;
      }
      break;

    default:
      g_assert_not_reached ();
    }

  g_clear_pointer (&change->parent_ids, g_array_unref);
  change->parent_ids = g_steal_pointer (&ids);
  return TRUE;
}

static gboolean
revert_change (OkCheckinWindow  *self,
               Change           *change,
               GError          **error)
{
  gint64 activity_id = ok_activity_get_id (self->activity);

  switch (change->kind)
    {
    case CHANGE_MARK:
    case CHANGE_FAMILY:
    case CHANGE_WALK_IN:
      return ok_store_checkin_undo (self->store, activity_id, (gint64 *) change->parent_ids->data,
                                    change->parent_ids->len, change->status, self->recorded_by, error);

    case CHANGE_UNMARK:
      return ok_store_checkin_mark (self->store, activity_id, change->parent_id, change->status,
                                    self->recorded_by, error);

    case CHANGE_GUESTS:
      return ok_store_checkin_add_guests (self->store, activity_id, -change->delta, &self->guests, error);

    default:
      g_assert_not_reached ();
    }
}

static char *
describe_change (Change *change)
{
  switch (change->kind)
    {
    case CHANGE_MARK:
      if (change->status == OK_ATTENDANCE_STATUS_EXCUSED)
        return g_strdup_printf (_("%s is excused"), change->name);
      return g_strdup_printf (_("%s is present"), change->name);
    case CHANGE_FAMILY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u parent of the family is present",
                                           "%u parents of the family are present",
                                           change->parent_ids->len), change->parent_ids->len);
    case CHANGE_UNMARK:
      return g_strdup_printf (_("%s is no longer marked present"), change->name);
    case CHANGE_WALK_IN:
      return g_strdup_printf (_("%s was added and is present"), change->name);
    case CHANGE_GUESTS:
    default:
      return NULL;
    }
}

static void
set_unsaved (OkCheckinWindow *self,
             Change          *change,
             gboolean         unsaved)
{
  OkCheckinEntry *entry = _ok_checkin_window_lookup_entry (self, change->parent_id);

  if (change->kind == CHANGE_FAMILY && entry != NULL && ok_checkin_entry_get_family_id (entry) > 0)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(OkCheckinEntry) other = g_list_model_get_item (G_LIST_MODEL (self->people), i);

          if (ok_checkin_entry_get_family_id (other) == ok_checkin_entry_get_family_id (entry))
            ok_checkin_entry_set_unsaved (other, unsaved);
        }
    }
  else if (entry != NULL)
    ok_checkin_entry_set_unsaved (entry, unsaved);
}

/* Stores the change; takes it. On failure it is kept as not saved, shown
 * as such, and tried again later. */
static gboolean
perform (OkCheckinWindow *self,
         Change          *change)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!apply_change (self, change, &error))
    {
      g_debug ("Could not store a mark: %s", error->message);
      g_ptr_array_add (self->unsaved, change);
      set_unsaved (self, change, TRUE);
      _ok_checkin_window_set_error (self, error);
      _ok_checkin_window_lists_changed (self);
      return FALSE;
    }

  message = describe_change (change);
  g_ptr_array_add (self->undo, change);
  if (self->undo->len > MAX_UNDO)
    g_ptr_array_remove_index (self->undo, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checkin.undo", TRUE);
  _ok_checkin_window_refresh (self);
  if (message != NULL)
    _ok_checkin_window_show_toast (self, message, TRUE);
  return TRUE;
}

void
_ok_checkin_window_retry_unsaved (OkCheckinWindow *self)
{
  g_autoptr(GPtrArray) pending = g_steal_pointer (&self->unsaved);
  gboolean stored = FALSE;

  self->unsaved = changes_new ();
  for (guint i = 0; i < pending->len; i++)
    {
      Change *change = g_ptr_array_steal_index (pending, i--);

      set_unsaved (self, change, FALSE);
      stored |= perform (self, change);
    }
  if (stored && self->unsaved->len == 0)
    _ok_checkin_window_show_toast (self, _("Everything is saved"), FALSE);
}

/* Marking */

/* Present when not, back to what it was when present: one key does both. */
void
_ok_checkin_window_toggle_entry (OkCheckinWindow *self,
                                 OkCheckinEntry  *entry)
{
  Change *change;

  if (ok_checkin_entry_get_unsaved (entry))
    {
      _ok_checkin_window_retry_unsaved (self);
      return;
    }
  if (ok_checkin_entry_is_present (entry))
    change = change_new (CHANGE_UNMARK, OK_ATTENDANCE_STATUS_PRESENT, entry);
  else
    change = change_new (CHANGE_MARK, OK_ATTENDANCE_STATUS_PRESENT, entry);

  /* After a failure the search stays, so the unsaved row stays in sight. */
  if (perform (self, change))
    ok_checkin_door_clear_search (self->door);
}

static OkCheckinEntry *
entry_of_parameter (OkCheckinWindow *self,
                    GVariant        *parameter)
{
  if (parameter == NULL)
    return ok_checkin_door_get_selected (self->door);
  return _ok_checkin_window_lookup_entry (self, g_variant_get_int64 (parameter));
}

void
_ok_checkin_window_mark_family_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  OkCheckinEntry *entry = entry_of_parameter (self, parameter);

  if (entry == NULL)
    return;
  if (ok_checkin_entry_get_family_id (entry) <= 0)
    {
      _ok_checkin_window_toggle_entry (self, entry);
      return;
    }
  if (perform (self, change_new (CHANGE_FAMILY, OK_ATTENDANCE_STATUS_PRESENT, entry)))
    ok_checkin_door_clear_search (self->door);
}

void
_ok_checkin_window_excuse_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  OkCheckinEntry *entry = entry_of_parameter (self, parameter);

  if (entry == NULL)
    return;
  if (perform (self, change_new (CHANGE_MARK, OK_ATTENDANCE_STATUS_EXCUSED, entry)))
    ok_checkin_door_clear_search (self->door);
}

void
_ok_checkin_window_undo_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  Change *change;

  if (self->undo->len == 0)
    return;
  change = g_ptr_array_index (self->undo, self->undo->len - 1);
  if (!revert_change (self, change, &error))
    {
      /* The change itself is stored: say so, and keep it to undo later. */
      _ok_checkin_window_set_error (self, error);
      _ok_checkin_window_show_toast (self, _("Could not undo: the mark is still stored"), FALSE);
      return;
    }
  g_ptr_array_remove_index (self->undo, self->undo->len - 1);
  gtk_widget_action_set_enabled (widget, "checkin.undo", self->undo->len > 0);
  _ok_checkin_window_refresh (self);
  _ok_checkin_window_show_toast (self, C_("check-in", "Undone"), FALSE);
  ok_checkin_door_focus_search (self->door);
}

void
_ok_checkin_window_guests_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  Change *change = change_new (CHANGE_GUESTS, OK_ATTENDANCE_STATUS_PRESENT, NULL);

  change->delta = g_str_equal (action_name, "checkin.guest-add") ? 1 : -1;
  if (change->delta < 0 && self->guests == 0)
    {
      change_free (change);
      return;
    }
  perform (self, change);
}

static void
walk_in_response_cb (OkCheckinWindow *self,
                     const char      *response,
                     OkWalkInDialog  *dialog)
{
  Change *change;

  if (g_strcmp0 (response, "add") != 0)
    {
      ok_checkin_door_focus_search (self->door);
      return;
    }

  change = change_new (CHANGE_WALK_IN, OK_ATTENDANCE_STATUS_PRESENT, NULL);
  change->name = ok_walk_in_dialog_dup_name (dialog);
  change->phone = ok_walk_in_dialog_dup_phone (dialog);
  change->language = g_strdup (ok_walk_in_dialog_get_language (dialog));
  if (perform (self, change))
    ok_checkin_door_clear_search (self->door);
}

void
_ok_checkin_window_walk_in_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  OkWalkInDialog *dialog;

  if (self->walk_in != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->walk_in));
      return;
    }
  /* Someone typed a name and found nobody: that is the walk-in's name. */
  dialog = ok_walk_in_dialog_new (GTK_WINDOW (self), ok_checkin_door_get_query (self->door));
  g_set_weak_pointer (&self->walk_in, dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (walk_in_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The check-in at the door: type a few letters, Enter, next. Every mark
 * is committed before the window shows it as done; what could not be
 * stored stays visibly unsaved until it is. */
#define G_LOG_DOMAIN "ok-checkin-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-checkin-row.h"
#include "ok-checkin-window-private.h"
#include "ok-store-activity.h"
#include "ok-store-checkin.h"
#include "ok-template-catalog.h"

/* Other laptops at the same door are seen within this time. */
#define POLL_INTERVAL_MS 2500
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

struct _OkCheckinWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkButton *fullscreen_button;
  GtkRevealer *banner_revealer;
  GtkLabel *banner_label;
  GtkStack *main_stack;
  GtkSearchEntry *search_entry;
  GtkLabel *results_heading;
  GtkStack *results_stack;
  GtkListView *results_view;
  GtkListView *present_view;
  GtkLabel *present_heading;
  GtkLabel *total_label;
  GtkLabel *total_caption;
  GtkLabel *guests_label;
  AdwStatusPage *summary_page;
  GtkGrid *summary_grid;

  /* Owned references */
  OkStore *store;
  OkActivity *activity;
  GListStore *people;
  GHashTable *by_parent;          /* gint64 parent id → OkCheckinEntry in people */
  GtkCustomFilter *results_filter;
  GtkCustomSorter *results_sorter;
  GtkSingleSelection *results_selection;
  GtkCustomFilter *present_filter;
  GtkCustomSorter *present_sorter;
  GtkSingleSelection *present_selection;
  GHashTable *scores;             /* OkCheckinEntry → match score of the search */
  char **tokens;
  GPtrArray *undo;                /* Change, newest last */
  GPtrArray *unsaved;             /* Change the database has not confirmed */
  char *last_error;
  char *stamp;
  char *recorded_by;
  char *when;
  AdwToast *toast;
  int guests;
  guint poll_id;

  /* Borrowed references */
  OkWalkInDialog *walk_in;
  OkSendDialog *messages;
};

G_DEFINE_FINAL_TYPE (OkCheckinWindow, ok_checkin_window, ADW_TYPE_APPLICATION_WINDOW)

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

static OkCheckinEntry *
lookup_entry (OkCheckinWindow *self,
              gint64           parent_id)
{
  return g_hash_table_lookup (self->by_parent, &parent_id);
}

/* Counting and showing */

static void
update_totals (OkCheckinWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  guint present = 0, expected = 0;
  g_autofree char *total = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *guests = NULL;
  g_autofree char *heading = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OkCheckinEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      if (ok_checkin_entry_is_present (entry))
        present++;
      if (ok_checkin_entry_get_reason (entry) != OK_CHECKIN_REASON_NONE)
        expected++;
    }

  if (expected > 0)
    {
      total = g_strdup_printf ("%u / %u", present, expected);
      /* Translators: under a big "12 / 25" at the door */
      caption = g_strdup (_("present of expected"));
    }
  else
    {
      total = g_strdup_printf ("%u", present);
      caption = g_strdup (_("present — nobody registered"));
    }
  gtk_label_set_text (self->total_label, total);
  gtk_label_set_text (self->total_caption, caption);

  guests = g_strdup_printf ("%d", self->guests);
  gtk_label_set_text (self->guests_label, guests);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checkin.guest-remove", self->guests > 0);

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Present", "%u Present", present), present);
  gtk_label_set_text (self->present_heading, heading);
}

static gboolean
has_query (OkCheckinWindow *self)
{
  return self->tokens != NULL && self->tokens[0] != NULL;
}

static void
update_results_page (OkCheckinWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results_selection));

  gtk_label_set_text (self->results_heading, has_query (self) ? C_("check-in", "Found") : C_("check-in", "Still Expected"));
  if (n > 0)
    gtk_stack_set_visible_child_name (self->results_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->results_stack, has_query (self) ? "not-found" : "all-here");
}

static void
select_first_result (OkCheckinWindow *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->results_selection)) == 0)
    return;
  gtk_single_selection_set_selected (self->results_selection, 0);
  gtk_widget_activate_action (GTK_WIDGET (self->results_view), "list.scroll-to-item", "u", 0);
}

static void
lists_changed (OkCheckinWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->results_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->results_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->present_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->present_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_totals (self);
  update_results_page (self);
}

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

static void
set_error (OkCheckinWindow *self,
           const GError    *error)
{
  g_free (self->last_error);
  self->last_error = error != NULL ? g_strdup (error->message) : NULL;
  update_banner (self);
}

static void
show_toast (OkCheckinWindow *self,
            const char      *title,
            gboolean         undoable)
{
  AdwToast *toast = adw_toast_new (title);

  /* At the door marks follow each other fast: the newest replaces the
   * previous toast instead of queueing behind it. */
  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 4);
  if (undoable)
    {
      adw_toast_set_button_label (toast, C_("check-in", "_Undo"));
      adw_toast_set_action_name (toast, "checkin.undo");
    }
  g_set_weak_pointer (&self->toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Loading */

/* "dinsdag 24 november, 08:30–09:30" in the language of the interface,
 * from the date data the templates ship: the machine may have no Dutch
 * locale installed, and the coordinator still reads Dutch. */
static char *
format_when (GDateTime *starts,
             GDateTime *ends)
{
  g_autoptr(OkTemplateCatalog) catalog = ok_template_catalog_new (NULL);
  const char * const *names = g_get_language_names ();

  for (guint i = 0; catalog != NULL && names[i] != NULL; i++)
    {
      OkLanguage *language = ok_template_catalog_lookup_language (catalog, names[i]);

      if (language != NULL)
        {
          g_autofree char *date = ok_language_format_date (language, starts);
          g_autofree char *times = ok_language_format_time_range (language, starts, ends);

          return g_strdup_printf ("%s, %s", date, times);
        }
    }
  {
    g_autofree char *date = g_date_time_format (starts, "%A %e %B %Y, %H:%M");
    g_autofree char *until = ends != NULL ? g_date_time_format (ends, "–%H:%M") : g_strdup ("");

    return g_strconcat (date, until, NULL);
  }
}

static void
update_title (OkCheckinWindow *self)
{
  const char *location = ok_activity_get_location (self->activity);
  g_autofree char *subtitle = NULL;

  if (self->when == NULL)
    self->when = format_when (ok_activity_get_starts_at (self->activity), ok_activity_get_ends_at (self->activity));
  if (location != NULL && *location != '\0')
    subtitle = g_strdup_printf ("%s · %s", self->when, location);
  else
    subtitle = g_strdup (self->when);
  adw_window_title_set_title (self->window_title, ok_activity_get_title (self->activity));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), ok_activity_get_title (self->activity));
}

static gboolean
same_times (OkActivity *a,
            OkActivity *b)
{
  GDateTime *a_ends = ok_activity_get_ends_at (a);
  GDateTime *b_ends = ok_activity_get_ends_at (b);

  return g_date_time_equal (ok_activity_get_starts_at (a), ok_activity_get_starts_at (b))
         && (a_ends == b_ends || (a_ends != NULL && b_ends != NULL && g_date_time_equal (a_ends, b_ends)));
}

/* Reads the activity, its guests and every parent anew and updates the
 * entries in place, so rows and the selection stay where they are. */
static gboolean
reload (OkCheckinWindow  *self,
        GError          **error)
{
  gint64 activity_id = ok_activity_get_id (self->activity);
  g_autoptr(OkActivity) activity = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autofree char *stamp = NULL;

  /* The stamp first: a mark made while we read shows up at the next poll. */
  stamp = ok_store_checkin_stamp (self->store, activity_id, error);
  if (stamp == NULL)
    return FALSE;
  activity = ok_store_activity_get (self->store, activity_id, error);
  if (activity == NULL)
    return FALSE;
  people = ok_store_checkin_people (self->store, activity_id, error);
  if (people == NULL)
    return FALSE;

  if (!same_times (self->activity, activity))
    g_clear_pointer (&self->when, g_free);
  g_set_object (&self->activity, activity);
  self->guests = ok_activity_get_unnamed_guests (activity);
  g_free (self->stamp);
  self->stamp = g_steal_pointer (&stamp);
  update_title (self);

  seen = g_hash_table_new (NULL, NULL);
  added = g_ptr_array_new ();
  for (guint i = 0; i < people->len; i++)
    {
      OkCheckinEntry *fresh = g_ptr_array_index (people, i);
      OkCheckinEntry *entry = lookup_entry (self, ok_checkin_entry_get_parent_id (fresh));

      if (entry != NULL)
        ok_checkin_entry_update_from (entry, fresh);
      else
        {
          entry = fresh;
          g_ptr_array_add (added, entry);
        }
      g_hash_table_add (seen, entry);
    }

  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->people)); i > 0; i--)
    {
      g_autoptr(OkCheckinEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->people), i - 1);

      if (!g_hash_table_contains (seen, entry))
        {
          gint64 parent_id = ok_checkin_entry_get_parent_id (entry);

          g_hash_table_remove (self->by_parent, &parent_id);
          g_list_store_remove (self->people, i - 1);
        }
    }

  for (guint i = 0; i < added->len; i++)
    {
      OkCheckinEntry *entry = g_ptr_array_index (added, i);
      gint64 *key = g_new (gint64, 1);

      *key = ok_checkin_entry_get_parent_id (entry);
      g_hash_table_insert (self->by_parent, key, entry);
    }
  g_list_store_splice (self->people, g_list_model_get_n_items (G_LIST_MODEL (self->people)), 0,
                       added->pdata, added->len);

  /* What the database does not have yet stays marked as not saved. */
  for (guint i = 0; i < self->unsaved->len; i++)
    {
      Change *change = g_ptr_array_index (self->unsaved, i);
      OkCheckinEntry *entry = lookup_entry (self, change->parent_id);

      if (entry != NULL)
        ok_checkin_entry_set_unsaved (entry, TRUE);
    }

  lists_changed (self);
  /* The list keeps its place by the row in view; the newest arrival is
   * on top and should be seen. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->present_selection)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->present_view), "list.scroll-to-item", "u", 0);
  return TRUE;
}

/* Storing */

static gboolean
apply_change (OkCheckinWindow  *self,
              Change           *change,
              GError          **error)
{
  gint64 activity_id = ok_activity_get_id (self->activity);
  OkCheckinEntry *entry = lookup_entry (self, change->parent_id);
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
  OkCheckinEntry *entry = lookup_entry (self, change->parent_id);

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

static void
refresh_after_write (OkCheckinWindow *self)
{
  g_autoptr(GError) error = NULL;

  /* The mark is stored; failing to read it back only delays the lists. */
  if (!reload (self, &error))
    set_error (self, error);
  else
    set_error (self, NULL);
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
      set_error (self, error);
      lists_changed (self);
      return FALSE;
    }

  message = describe_change (change);
  g_ptr_array_add (self->undo, change);
  if (self->undo->len > MAX_UNDO)
    g_ptr_array_remove_index (self->undo, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checkin.undo", TRUE);
  refresh_after_write (self);
  if (message != NULL)
    show_toast (self, message, TRUE);
  return TRUE;
}

static void
retry_unsaved (OkCheckinWindow *self)
{
  g_autoptr(GPtrArray) pending = g_steal_pointer (&self->unsaved);
  gboolean stored = FALSE;

  self->unsaved = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  for (guint i = 0; i < pending->len; i++)
    {
      Change *change = g_ptr_array_steal_index (pending, i--);

      set_unsaved (self, change, FALSE);
      stored |= perform (self, change);
    }
  if (stored && self->unsaved->len == 0)
    show_toast (self, _("Everything is saved"), FALSE);
}

/* Marking */

static void
back_to_search (OkCheckinWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Present when not, back to what it was when present: one key does both. */
static void
toggle_entry (OkCheckinWindow *self,
              OkCheckinEntry  *entry)
{
  Change *change;

  if (ok_checkin_entry_get_unsaved (entry))
    {
      retry_unsaved (self);
      return;
    }
  if (ok_checkin_entry_is_present (entry))
    change = change_new (CHANGE_UNMARK, OK_ATTENDANCE_STATUS_PRESENT, entry);
  else
    change = change_new (CHANGE_MARK, OK_ATTENDANCE_STATUS_PRESENT, entry);

  /* After a failure the search stays, so the unsaved row stays in sight. */
  if (perform (self, change))
    back_to_search (self);
}

static OkCheckinEntry *
selected_result (OkCheckinWindow *self)
{
  return gtk_single_selection_get_selected_item (self->results_selection);
}

static void
search_activate_cb (OkCheckinWindow *self)
{
  OkCheckinEntry *entry = selected_result (self);

  if (entry != NULL)
    toggle_entry (self, entry);
}

static void
results_activate_cb (OkCheckinWindow *self,
                     guint            position)
{
  g_autoptr(OkCheckinEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->results_selection), position);

  if (entry != NULL)
    toggle_entry (self, entry);
}

static void
present_activate_cb (OkCheckinWindow *self,
                     guint            position)
{
  g_autoptr(OkCheckinEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->present_selection), position);

  if (entry != NULL)
    toggle_entry (self, entry);
}

/* On every key, not after the search entry's pause: filtering a school's
 * parents takes well under a millisecond, and at the door every pause
 * is a parent waiting. */
static void
search_changed_cb (OkCheckinWindow *self)
{
  g_strfreev (self->tokens);
  self->tokens = ok_checkin_query_tokens (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_hash_table_remove_all (self->scores);
  lists_changed (self);
  select_first_result (self);
}

static void
stop_search_cb (OkCheckinWindow *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else if (gtk_window_is_fullscreen (GTK_WINDOW (self)))
    gtk_window_unfullscreen (GTK_WINDOW (self));
}

/* Up and Down move through the results while the typing stays in the
 * search field; Shift+Enter marks the whole family; Ctrl+Z undoes the
 * last mark, not the last letter typed. */
static gboolean
search_key_pressed_cb (OkCheckinWindow       *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results_selection));
  guint selected = gtk_single_selection_get_selected (self->results_selection);
  guint target;

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
      && (state & GDK_SHIFT_MASK) != 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "checkin.mark-family-selected", NULL);
      return TRUE;
    }

  if ((keyval == GDK_KEY_z || keyval == GDK_KEY_Z)
      && (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK)) == GDK_CONTROL_MASK)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "checkin.undo", NULL);
      return TRUE;
    }

  if (n == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      target = selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 1, n - 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      target = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? 0 : selected - 1;
      break;
    case GDK_KEY_Page_Down:
      target = selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 8, n - 1);
      break;
    case GDK_KEY_Page_Up:
      target = selected == GTK_INVALID_LIST_POSITION || selected < 8 ? 0 : selected - 8;
      break;
    default:
      return FALSE;
    }
  gtk_single_selection_set_selected (self->results_selection, target);
  gtk_widget_activate_action (GTK_WIDGET (self->results_view), "list.scroll-to-item", "u", target);
  return TRUE;
}

static OkCheckinEntry *
entry_of_parameter (OkCheckinWindow *self,
                    GVariant        *parameter)
{
  if (parameter == NULL)
    return selected_result (self);
  return lookup_entry (self, g_variant_get_int64 (parameter));
}

static void
mark_family_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  OkCheckinEntry *entry = entry_of_parameter (self, parameter);

  if (entry == NULL)
    return;
  if (ok_checkin_entry_get_family_id (entry) <= 0)
    {
      toggle_entry (self, entry);
      return;
    }
  if (perform (self, change_new (CHANGE_FAMILY, OK_ATTENDANCE_STATUS_PRESENT, entry)))
    back_to_search (self);
}

static void
excuse_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  OkCheckinEntry *entry = entry_of_parameter (self, parameter);

  if (entry == NULL)
    return;
  if (perform (self, change_new (CHANGE_MARK, OK_ATTENDANCE_STATUS_EXCUSED, entry)))
    back_to_search (self);
}

static void
undo_action (GtkWidget  *widget,
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
      set_error (self, error);
      show_toast (self, _("Could not undo: the mark is still stored"), FALSE);
      return;
    }
  g_ptr_array_remove_index (self->undo, self->undo->len - 1);
  gtk_widget_action_set_enabled (widget, "checkin.undo", self->undo->len > 0);
  refresh_after_write (self);
  show_toast (self, C_("check-in", "Undone"), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
guests_action (GtkWidget  *widget,
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
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return;
    }

  change = change_new (CHANGE_WALK_IN, OK_ATTENDANCE_STATUS_PRESENT, NULL);
  change->name = ok_walk_in_dialog_dup_name (dialog);
  change->phone = ok_walk_in_dialog_dup_phone (dialog);
  change->language = g_strdup (ok_walk_in_dialog_get_language (dialog));
  if (perform (self, change))
    back_to_search (self);
}

static void
walk_in_action (GtkWidget  *widget,
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
  dialog = ok_walk_in_dialog_new (GTK_WINDOW (self), has_query (self)
                                  ? gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) : NULL);
  g_set_weak_pointer (&self->walk_in, dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (walk_in_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->unsaved->len > 0)
    retry_unsaved (self);
  else if (!reload (self, &error))
    set_error (self, error);
  else
    set_error (self, NULL);
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (widget)))
    gtk_window_unfullscreen (GTK_WINDOW (widget));
  else
    gtk_window_fullscreen (GTK_WINDOW (widget));
}

static void
fullscreened_cb (OkCheckinWindow *self)
{
  gboolean fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));

  gtk_button_set_icon_name (self->fullscreen_button,
                            fullscreen ? "view-restore-symbolic" : "view-fullscreen-symbolic");
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "door");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* After the event */

static void
add_summary_row (OkCheckinWindow *self,
                 int              row,
                 const char      *label,
                 gint64           value)
{
  GtkWidget *name = gtk_label_new (label);
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);
  GtkWidget *figure = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_valign (name, GTK_ALIGN_BASELINE);
  gtk_label_set_xalign (GTK_LABEL (figure), 1);
  gtk_widget_set_valign (figure, GTK_ALIGN_BASELINE);
  gtk_widget_add_css_class (figure, "checkin-summary-figure");
  gtk_widget_add_css_class (figure, "numeric");
  gtk_grid_attach (self->summary_grid, name, 0, row, 1, 1);
  gtk_grid_attach (self->summary_grid, figure, 1, row, 1, 1);
}

static void
show_summary (OkCheckinWindow *self)
{
  OkCheckinSummary summary;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  int row = 0;

  if (!ok_store_checkin_summary (self->store, ok_activity_get_id (self->activity), &summary, &error))
    {
      set_error (self, error);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->summary_grid))) != NULL)
    gtk_grid_remove (self->summary_grid, child);

  add_summary_row (self, row++, C_("check-in", "Present"), summary.present);
  add_summary_row (self, row++, _("of whom new parents (walk-ins)"), summary.walk_ins);
  add_summary_row (self, row++, _("of whom here for the first time"), summary.first_time);
  add_summary_row (self, row++, C_("check-in", "Guests without a name"), summary.guests);
  add_summary_row (self, row++, C_("check-in", "Expected"), summary.expected);
  add_summary_row (self, row++, C_("check-in", "Excused"), summary.excused);
  add_summary_row (self, row++, C_("check-in", "No-shows"), summary.no_shows);

  adw_status_page_set_description (self->summary_page, ok_activity_get_title (self->activity));
  gtk_stack_set_visible_child_name (self->main_stack, "summary");
}

/* The thank-you goes to those present, "we missed you" to those who did
 * not come: through the send dialog, which sends each family its message
 * by its own channel and logs it as a contact moment, as from the
 * activity's page. */
static void
message_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  const char *template_id = g_variant_get_string (parameter, NULL);
  int status = g_str_equal (template_id, "thank-you") ? OK_ATTENDANCE_STATUS_PRESENT : OK_ATTENDANCE_STATUS_NO_SHOW;
  g_autoptr(GError) error = NULL;
  OkSendDialog *dialog;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people)), marked = 0, no_family = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OkCheckinEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      if (ok_checkin_entry_get_status (entry) != status)
        continue;
      marked++;
      if (ok_checkin_entry_get_family_id (entry) <= 0)
        no_family++;
    }
  if (marked == 0)
    {
      show_toast (self, status == OK_ATTENDANCE_STATUS_PRESENT ? _("Nobody is marked present")
                                                               : _("Nobody is marked as a no-show"), FALSE);
      return;
    }

  dialog = ok_send_dialog_new (GTK_WINDOW (self), self->store, self->activity, &error);
  if (dialog == NULL)
    {
      set_error (self, error);
      return;
    }
  ok_send_dialog_set_template (dialog, template_id);
  ok_send_dialog_set_recipients (dialog, status == OK_ATTENDANCE_STATUS_PRESENT ? OK_RECIPIENTS_PRESENT
                                                                               : OK_RECIPIENTS_MISSED);
  /* A message goes to a family: a walk-in has to be linked to one first. */
  if (no_family > 0)
    {
      g_autofree char *note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u walk-in without a family is not on the "
                                                            "list; link them to a family to send a message",
                                                            "%u walk-ins without a family are not on the "
                                                            "list; link them to a family to send a message",
                                                            no_family), no_family);

      ok_send_dialog_add_toast (dialog, note);
    }
  g_set_weak_pointer (&self->messages, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
summary_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  show_summary (OK_CHECKIN_WINDOW (widget));
}

static void
no_shows_response_cb (OkCheckinWindow *self,
                      const char      *response)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gint64 marked;

  if (g_strcmp0 (response, "mark") != 0)
    return;

  marked = ok_store_checkin_mark_no_shows (self->store, ok_activity_get_id (self->activity),
                                           self->recorded_by, &error);
  if (marked < 0)
    {
      set_error (self, error);
      return;
    }
  refresh_after_write (self);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d parent marked as no-show",
                                          "%d parents marked as no-show", (gulong) marked), (int) marked);
  show_toast (self, message, FALSE);
  show_summary (self);
}

static void
no_shows_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);
  GDateTime *ends = ok_activity_get_ends_at (self->activity);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gboolean over = ends != NULL ? g_date_time_compare (now, ends) >= 0
                               : g_date_time_compare (now, ok_activity_get_starts_at (self->activity)) >= 0;
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Mark No-shows?"),
                                   over ? _("Everyone who was invited or registered and did not come "
                                            "is marked as a no-show.")
                                        : _("The activity has not ended yet. Everyone who was invited "
                                            "or registered and has not come is marked as a no-show."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", C_("check-in", "_Cancel"),
                                    "mark", _("_Mark No-shows"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "mark",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (no_shows_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_door_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  focus_search_action (widget, action_name, parameter);
}

/* Other laptops */

static gboolean
poll_store (OkCheckinWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stamp = ok_store_checkin_stamp (self->store, ok_activity_get_id (self->activity), &error);

  if (stamp == NULL)
    {
      set_error (self, error);
      return FALSE;
    }
  /* The database answers again: what it refused before may go in now. */
  if (self->unsaved->len > 0)
    {
      retry_unsaved (self);
      return TRUE;
    }
  if (g_strcmp0 (stamp, self->stamp) != 0 || self->last_error != NULL)
    {
      if (!reload (self, &error))
        {
          set_error (self, error);
          return FALSE;
        }
      set_error (self, NULL);
    }
  return TRUE;
}

static gboolean
poll_cb (gpointer user_data)
{
  poll_store (OK_CHECKIN_WINDOW (user_data));
  return G_SOURCE_CONTINUE;
}

/* The lists */

static gboolean
results_filter_func (gpointer item,
                     gpointer user_data)
{
  OkCheckinWindow *self = user_data;
  OkCheckinEntry *entry = item;
  guint score;

  if (!has_query (self))
    return ok_checkin_entry_get_unsaved (entry)
           || (ok_checkin_entry_get_reason (entry) != OK_CHECKIN_REASON_NONE
               && !ok_checkin_entry_is_present (entry));

  score = ok_checkin_entry_match (entry, (const char * const *) self->tokens);
  if (score > 0)
    g_hash_table_insert (self->scores, entry, GUINT_TO_POINTER (score));
  return score > 0;
}

static int
results_sort_func (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  OkCheckinWindow *self = user_data;
  guint score_a = GPOINTER_TO_UINT (g_hash_table_lookup (self->scores, a));
  guint score_b = GPOINTER_TO_UINT (g_hash_table_lookup (self->scores, b));

  if (score_a != score_b)
    return score_a > score_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return gtk_ordering_from_cmpfunc (ok_checkin_entry_compare ((OkCheckinEntry *) a, (OkCheckinEntry *) b));
}

static gboolean
present_filter_func (gpointer item,
                     gpointer user_data)
{
  return ok_checkin_entry_is_present (item);
}

/* The latest arrival on top. */
static int
present_sort_func (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  int by_time = g_strcmp0 (ok_checkin_entry_get_recorded_at ((OkCheckinEntry *) b),
                           ok_checkin_entry_get_recorded_at ((OkCheckinEntry *) a));

  if (by_time != 0)
    return gtk_ordering_from_cmpfunc (by_time);
  return gtk_ordering_from_cmpfunc (ok_checkin_entry_compare ((OkCheckinEntry *) a, (OkCheckinEntry *) b));
}

static GtkSingleSelection *
make_list (GListModel    *people,
           GtkFilter     *filter,
           GtkSorter     *sorter)
{
  GtkFilterListModel *filtered = gtk_filter_list_model_new (g_object_ref (people), g_object_ref (filter));
  GtkSortListModel *sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), g_object_ref (sorter));
  GtkSingleSelection *selection = gtk_single_selection_new (G_LIST_MODEL (sorted));

  gtk_single_selection_set_can_unselect (selection, TRUE);
  return selection;
}

/* GObject */

static void
load_css (void)
{
  static gsize loaded;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, "/nl/ouderkamer/Ouderkamer/ok-checkin-window.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      g_once_init_leave (&loaded, 1);
    }
}

static void
ok_checkin_window_dispose (GObject *object)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (object);

  g_clear_handle_id (&self->poll_id, g_source_remove);
  if (self->walk_in != NULL)
    gtk_window_destroy (GTK_WINDOW (self->walk_in));
  g_clear_weak_pointer (&self->walk_in);
  if (self->messages != NULL)
    gtk_window_destroy (GTK_WINDOW (self->messages));
  g_clear_weak_pointer (&self->messages);
  g_clear_weak_pointer (&self->toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_CHECKIN_WINDOW);
  g_clear_object (&self->results_selection);
  g_clear_object (&self->present_selection);
  g_clear_object (&self->results_filter);
  g_clear_object (&self->results_sorter);
  g_clear_object (&self->present_filter);
  g_clear_object (&self->present_sorter);
  g_clear_pointer (&self->by_parent, g_hash_table_unref);
  g_clear_object (&self->people);
  g_clear_object (&self->activity);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ok_checkin_window_parent_class)->dispose (object);
}

static void
ok_checkin_window_finalize (GObject *object)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (object);

  g_clear_pointer (&self->scores, g_hash_table_unref);
  g_clear_pointer (&self->tokens, g_strfreev);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->unsaved, g_ptr_array_unref);
  g_clear_pointer (&self->last_error, g_free);
  g_clear_pointer (&self->stamp, g_free);
  g_clear_pointer (&self->recorded_by, g_free);
  g_clear_pointer (&self->when, g_free);

  G_OBJECT_CLASS (ok_checkin_window_parent_class)->finalize (object);
}

static void
ok_checkin_window_class_init (OkCheckinWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_checkin_window_dispose;
  object_class->finalize = ok_checkin_window_finalize;

  g_type_ensure (OK_TYPE_CHECKIN_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-checkin-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, fullscreen_button);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, results_heading);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, results_stack);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, results_view);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, present_view);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, present_heading);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, total_label);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, total_caption);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, guests_label);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, summary_page);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, summary_grid);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, present_activate_cb);

  gtk_widget_class_install_action (widget_class, "checkin.mark-family", "x", mark_family_action);
  gtk_widget_class_install_action (widget_class, "checkin.mark-family-selected", NULL, mark_family_action);
  gtk_widget_class_install_action (widget_class, "checkin.excuse", "x", excuse_action);
  gtk_widget_class_install_action (widget_class, "checkin.excuse-selected", NULL, excuse_action);
  gtk_widget_class_install_action (widget_class, "checkin.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "checkin.guest-add", NULL, guests_action);
  gtk_widget_class_install_action (widget_class, "checkin.guest-remove", NULL, guests_action);
  gtk_widget_class_install_action (widget_class, "checkin.walk-in", NULL, walk_in_action);
  gtk_widget_class_install_action (widget_class, "checkin.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "checkin.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "checkin.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "checkin.summary", NULL, summary_action);
  gtk_widget_class_install_action (widget_class, "checkin.message", "s", message_action);
  gtk_widget_class_install_action (widget_class, "checkin.no-shows", NULL, no_shows_action);
  gtk_widget_class_install_action (widget_class, "checkin.show-door", NULL, show_door_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "checkin.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "checkin.walk-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "checkin.excuse-selected", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "checkin.guest-add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "checkin.guest-add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "checkin.guest-add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "checkin.guest-remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "checkin.guest-remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "checkin.fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "checkin.focus-search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "checkin.summary", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
ok_checkin_window_init (OkCheckinWindow *self)
{
  GtkEventController *keys;

  load_css ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->people = g_list_store_new (OK_TYPE_CHECKIN_ENTRY);
  self->by_parent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->scores = g_hash_table_new (NULL, NULL);
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  self->unsaved = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  self->tokens = g_new0 (char *, 1);
  self->recorded_by = g_strdup_printf ("%s@%s", g_get_user_name (), g_get_host_name ());

  self->results_filter = gtk_custom_filter_new (results_filter_func, self, NULL);
  self->results_sorter = gtk_custom_sorter_new (results_sort_func, self, NULL);
  self->results_selection = make_list (G_LIST_MODEL (self->people), GTK_FILTER (self->results_filter),
                                       GTK_SORTER (self->results_sorter));
  self->present_filter = gtk_custom_filter_new (present_filter_func, self, NULL);
  self->present_sorter = gtk_custom_sorter_new (present_sort_func, self, NULL);
  self->present_selection = make_list (G_LIST_MODEL (self->people), GTK_FILTER (self->present_filter),
                                       GTK_SORTER (self->present_sorter));
  gtk_single_selection_set_autoselect (self->present_selection, FALSE);
  gtk_single_selection_set_selected (self->present_selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (self->results_selection));
  gtk_list_view_set_model (self->present_view, GTK_SELECTION_MODEL (self->present_selection));

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->search_entry), FALSE);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checkin.undo", FALSE);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
}

OkCheckinWindow *
ok_checkin_window_new (GtkApplication  *app,
                       OkStore         *store,
                       gint64           activity_id,
                       GError         **error)
{
  OkCheckinWindow *self;

  g_return_val_if_fail (app == NULL || GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  /* Like gtk_window_new(), the window belongs to GTK until destroyed. */
  self = g_object_new (OK_TYPE_CHECKIN_WINDOW, "application", app, NULL);
  self->store = g_object_ref (store);
  self->activity = ok_store_activity_get (store, activity_id, error);
  if (self->activity == NULL || !reload (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  select_first_result (self);
  self->poll_id = g_timeout_add (POLL_INTERVAL_MS, poll_cb, self);
  return self;
}

gint64
ok_checkin_window_get_activity_id (OkCheckinWindow *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_WINDOW (self), 0);

  return ok_activity_get_id (self->activity);
}

GtkEditable *
_ok_checkin_window_get_search (OkCheckinWindow *self)
{
  return GTK_EDITABLE (self->search_entry);
}

GListModel *
_ok_checkin_window_get_results (OkCheckinWindow *self)
{
  return G_LIST_MODEL (self->results_selection);
}

GListModel *
_ok_checkin_window_get_present (OkCheckinWindow *self)
{
  return G_LIST_MODEL (self->present_selection);
}

const char *
_ok_checkin_window_get_total (OkCheckinWindow *self)
{
  return gtk_label_get_text (self->total_label);
}

const char *
_ok_checkin_window_get_guests (OkCheckinWindow *self)
{
  return gtk_label_get_text (self->guests_label);
}

gboolean
_ok_checkin_window_get_banner_shown (OkCheckinWindow *self)
{
  return gtk_revealer_get_reveal_child (self->banner_revealer);
}

const char *
_ok_checkin_window_get_page (OkCheckinWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

OkWalkInDialog *
_ok_checkin_window_get_walk_in (OkCheckinWindow *self)
{
  return self->walk_in;
}

OkSendDialog *
_ok_checkin_window_get_messages (OkCheckinWindow *self)
{
  return self->messages;
}

gboolean
_ok_checkin_window_poll (OkCheckinWindow *self)
{
  return poll_store (self);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The check-in at the door: type a few letters, Enter, next. Every mark
 * is committed before the window shows it as done; what could not be
 * stored stays visibly unsaved until it is. This file loads the
 * activity and its people, keeps them current with the other laptops
 * at the door, and holds the window together; the door page, the marks
 * and what follows the event have files of their own. */
#define G_LOG_DOMAIN "ok-checkin-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-checkin-window-private.h"
#include "ok-store-activity.h"
#include "ok-store-checkin.h"
#include "ok-template-catalog.h"

/* Other laptops at the same door are seen within this time. */
#define POLL_INTERVAL_MS 2500

G_DEFINE_FINAL_TYPE (OkCheckinWindow, ok_checkin_window, ADW_TYPE_APPLICATION_WINDOW)

OkCheckinEntry *
_ok_checkin_window_lookup_entry (OkCheckinWindow *self,
                                 gint64           parent_id)
{
  return g_hash_table_lookup (self->by_parent, &parent_id);
}

/* Counting and showing */

void
_ok_checkin_window_lists_changed (OkCheckinWindow *self)
{
  ok_checkin_door_refresh (self->door);
  ok_checkin_door_set_guests (self->door, self->guests);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checkin.guest-remove", self->guests > 0);
}

void
_ok_checkin_window_show_toast (OkCheckinWindow *self,
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
      OkCheckinEntry *entry = _ok_checkin_window_lookup_entry (self, ok_checkin_entry_get_parent_id (fresh));

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

  _ok_checkin_window_show_unsaved (self);
  _ok_checkin_window_lists_changed (self);
  ok_checkin_door_show_newest (self->door);
  return TRUE;
}

/* After a write: the mark is stored; failing to read it back only
 * delays the lists. */
void
_ok_checkin_window_refresh (OkCheckinWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!reload (self, &error))
    _ok_checkin_window_set_error (self, error);
  else
    _ok_checkin_window_set_error (self, NULL);
}

/* The window */

static void
entry_activated_cb (OkCheckinWindow *self,
                    OkCheckinEntry  *entry)
{
  _ok_checkin_window_toggle_entry (self, entry);
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OkCheckinWindow *self = OK_CHECKIN_WINDOW (widget);

  if (self->unsaved->len > 0)
    _ok_checkin_window_retry_unsaved (self);
  else
    _ok_checkin_window_refresh (self);
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
  ok_checkin_door_focus_search (self->door);
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
      _ok_checkin_window_set_error (self, error);
      return FALSE;
    }
  /* The database answers again: what it refused before may go in now. */
  if (self->unsaved->len > 0)
    {
      _ok_checkin_window_retry_unsaved (self);
      return TRUE;
    }
  if (g_strcmp0 (stamp, self->stamp) != 0 || self->last_error != NULL)
    {
      if (!reload (self, &error))
        {
          _ok_checkin_window_set_error (self, error);
          return FALSE;
        }
      _ok_checkin_window_set_error (self, NULL);
    }
  return TRUE;
}

static gboolean
poll_cb (gpointer user_data)
{
  poll_store (OK_CHECKIN_WINDOW (user_data));
  return G_SOURCE_CONTINUE;
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

  g_type_ensure (OK_TYPE_CHECKIN_DOOR);
  g_type_ensure (OK_TYPE_CHECKIN_SUMMARY_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-checkin-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, fullscreen_button);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, banner_revealer);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, door);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinWindow, summary_page);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "checkin.mark-family", "x", _ok_checkin_window_mark_family_action);
  gtk_widget_class_install_action (widget_class, "checkin.mark-family-selected", NULL, _ok_checkin_window_mark_family_action);
  gtk_widget_class_install_action (widget_class, "checkin.excuse", "x", _ok_checkin_window_excuse_action);
  gtk_widget_class_install_action (widget_class, "checkin.excuse-selected", NULL, _ok_checkin_window_excuse_action);
  gtk_widget_class_install_action (widget_class, "checkin.undo", NULL, _ok_checkin_window_undo_action);
  gtk_widget_class_install_action (widget_class, "checkin.guest-add", NULL, _ok_checkin_window_guests_action);
  gtk_widget_class_install_action (widget_class, "checkin.guest-remove", NULL, _ok_checkin_window_guests_action);
  gtk_widget_class_install_action (widget_class, "checkin.walk-in", NULL, _ok_checkin_window_walk_in_action);
  gtk_widget_class_install_action (widget_class, "checkin.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "checkin.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "checkin.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "checkin.summary", NULL, _ok_checkin_window_summary_action);
  gtk_widget_class_install_action (widget_class, "checkin.message", "s", _ok_checkin_window_message_action);
  gtk_widget_class_install_action (widget_class, "checkin.no-shows", NULL, _ok_checkin_window_no_shows_action);
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
  load_css ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->people = g_list_store_new (OK_TYPE_CHECKIN_ENTRY);
  self->by_parent = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  _ok_checkin_window_init_marks (self);
  self->recorded_by = g_strdup_printf ("%s@%s", g_get_user_name (), g_get_host_name ());
  ok_checkin_door_set_people (self->door, G_LIST_MODEL (self->people));

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "checkin.undo", FALSE);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (ok_checkin_door_get_search (self->door)));
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
  ok_checkin_door_select_first (self->door);
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
  return ok_checkin_door_get_search (self->door);
}

GListModel *
_ok_checkin_window_get_results (OkCheckinWindow *self)
{
  return ok_checkin_door_get_results (self->door);
}

GListModel *
_ok_checkin_window_get_present (OkCheckinWindow *self)
{
  return ok_checkin_door_get_present (self->door);
}

static const char *
door_label (OkCheckinWindow *self,
            const char      *name)
{
  return gtk_label_get_text (GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (self->door),
                                                                       OK_TYPE_CHECKIN_DOOR, name)));
}

const char *
_ok_checkin_window_get_total (OkCheckinWindow *self)
{
  return door_label (self, "total_label");
}

const char *
_ok_checkin_window_get_guests (OkCheckinWindow *self)
{
  return door_label (self, "guests_label");
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

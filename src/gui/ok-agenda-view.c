/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The agenda: what is coming and what has been, beside the activity that
 * is open. The actions on the open activity (edit, duplicate, cancel,
 * delete) live here, so that the list and the page stay in step. */
#define G_LOG_DOMAIN "ok-agenda-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ok-activity-editor.h"
#include "ok-activity-page.h"
#include "ok-activity-row.h"
#include "ok-agenda-view.h"
#include "ok-date-text.h"
#include "ok-list-slice.h"
#include "ok-sidebar-button.h"
#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-time.h"
#include "ok-window.h"

struct _OkAgendaView
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwLeaflet *leaflet;
  GtkToggleButton *upcoming_button;
  GtkStack *list_stack;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  OkActivityPage *activity_page;

  /* Owned references */
  OkStore *store;
  GListStore *activities;
  GtkSliceListModel *shown;    /* of activities, as the list view sees them */
  GHashTable *hidden;          /* gint64 * ids waiting for their removal */
  gulong data_changed_id;
};

G_DEFINE_FINAL_TYPE (OkAgendaView, ok_agenda_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static OkActivity *
current_activity (OkAgendaView *self)
{
  return ok_activity_page_get_activity (self->activity_page);
}

static void
update_actions (OkAgendaView *self)
{
  OkActivity *activity = current_activity (self);
  gboolean cancelled = activity != NULL && ok_activity_get_status (activity) == OK_ACTIVITY_STATUS_CANCELLED;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.edit", activity != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.duplicate", activity != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.delete", activity != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.cancel", activity != NULL && !cancelled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.reinstate", cancelled);
}

static void
show_activity (OkAgendaView *self,
               OkActivity   *activity)
{
  ok_activity_page_set_activity (self->activity_page, activity);
  update_actions (self);
}

static gboolean
showing_upcoming (OkAgendaView *self)
{
  return gtk_toggle_button_get_active (self->upcoming_button);
}

/* A school with neither families nor activities is starting out. Families
 * are counted first: a school that has them needs no list of activities. */
static gboolean
store_is_empty (OkAgendaView *self)
{
  g_autoptr(GPtrArray) any = NULL;

  if (ok_store_family_count (self->store, NULL) != 0)
    return FALSE;
  any = ok_store_activity_list (self->store, NULL, NULL, NULL);
  return any == NULL || any->len == 0;
}

void
ok_agenda_view_reload (OkAgendaView *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = ok_date_today ();
  g_autofree char *today_text = ok_date_format (today);
  OkActivity *open = current_activity (self);
  gint64 open_id = open != NULL ? ok_activity_get_id (open) : 0;
  g_autoptr(OkActivity) reopened = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (OK_IS_AGENDA_VIEW (self));

  if (self->store == NULL)
    return;

  if (showing_upcoming (self))
    list = ok_store_activity_list (self->store, today_text, NULL, &error);
  else
    {
      GDate from = *today, until = *today;
      g_autofree char *from_text = NULL;
      g_autofree char *until_text = NULL;

      g_date_subtract_years (&from, 1);
      g_date_subtract_days (&until, 1);
      from_text = ok_date_format (&from);
      until_text = ok_date_format (&until);
      list = ok_store_activity_list (self->store, from_text, until_text, &error);
    }
  if (list == NULL)
    {
      g_warning ("Could not read the agenda: %s", error->message);
      return;
    }

  shown = g_ptr_array_sized_new (list->len);
  for (guint i = 0; i < list->len; i++)
    {
      /* The past reads from the most recent backwards. */
      OkActivity *activity = g_ptr_array_index (list, showing_upcoming (self) ? i : list->len - 1 - i);
      gint64 id = ok_activity_get_id (activity);

      if (g_hash_table_contains (self->hidden, &id))
        continue;
      if (id == open_id)
        {
          reopened = g_object_ref (activity);
          position = shown->len;
        }
      g_ptr_array_add (shown, activity);
    }
  /* In one change, so that the list view updates once rather than once
   * for every activity of the school year. */
  g_list_store_splice (self->activities, 0, g_list_model_get_n_items (G_LIST_MODEL (self->activities)),
                       shown->pdata, shown->len);
  if (position != GTK_INVALID_LIST_POSITION && position >= g_list_model_get_n_items (G_LIST_MODEL (self->shown)))
    ok_list_slice_show_all (self->shown);
  gtk_single_selection_set_selected (self->selection, position);

  if (open_id > 0 && reopened == NULL)
    reopened = ok_store_activity_get (self->store, open_id, NULL);
  if (reopened != NULL && g_hash_table_contains (self->hidden, &open_id))
    g_clear_object (&reopened);
  show_activity (self, reopened);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->activities)) > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else if (store_is_empty (self))
    gtk_stack_set_visible_child_name (self->list_stack, "welcome");
  else
    gtk_stack_set_visible_child_name (self->list_stack, showing_upcoming (self) ? "empty-upcoming" : "empty-past");
}

void
ok_agenda_view_show_activity (OkAgendaView *self,
                              gint64        id)
{
  g_autoptr(OkActivity) activity = NULL;
  g_autoptr(GDate) today = ok_date_today ();
  g_autofree char *today_text = ok_date_format (today);
  g_autofree char *starts = NULL;

  g_return_if_fail (OK_IS_AGENDA_VIEW (self));

  activity = self->store != NULL ? ok_store_activity_get (self->store, id, NULL) : NULL;
  if (activity == NULL)
    return;

  /* Switch to the list the activity is in, so the row can be selected. */
  starts = ok_time_format_local (ok_activity_get_starts_at (activity));
  gtk_toggle_button_set_active (self->upcoming_button, strncmp (starts, today_text, 10) >= 0);
  show_activity (self, activity);
  ok_agenda_view_reload (self);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_saved_cb (OkActivityEditor *editor,
             gint64            id,
             OkAgendaView     *self)
{
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));

  if (window != NULL)
    ok_window_data_changed (window, OK_DATA_ACTIVITIES);
  ok_agenda_view_show_activity (self, id);
}

static void
open_editor (OkAgendaView         *self,
             OkActivity           *activity,
             OkActivityEditorMode  mode)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  OkActivityEditor *editor;

  if (self->store == NULL)
    return;
  editor = ok_activity_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                   activity, mode);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

void
ok_agenda_view_new_activity (OkAgendaView *self)
{
  g_return_if_fail (OK_IS_AGENDA_VIEW (self));

  open_editor (self, NULL, OK_ACTIVITY_EDITOR_NEW);
}

/* Actions */

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OkAgendaView *self = OK_AGENDA_VIEW (widget);

  if (current_activity (self) != NULL)
    open_editor (self, current_activity (self), OK_ACTIVITY_EDITOR_EDIT);
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OkAgendaView *self = OK_AGENDA_VIEW (widget);

  if (current_activity (self) != NULL)
    open_editor (self, current_activity (self), OK_ACTIVITY_EDITOR_DUPLICATE);
}

typedef struct {
  OkAgendaView *view;
  OkActivity *activity;
  OkActivityStatus previous;
} StatusChange;

static void
status_change_free (StatusChange *change)
{
  g_object_unref (change->view);
  g_object_unref (change->activity);
  g_free (change);
}

static gboolean
set_status (OkAgendaView     *self,
            OkActivity       *activity,
            OkActivityStatus  status)
{
  g_autoptr(GError) error = NULL;
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));
  OkActivityStatus old = ok_activity_get_status (activity);

  ok_activity_set_status (activity, status);
  if (!ok_store_activity_update (self->store, activity, &error))
    {
      ok_activity_set_status (activity, old);
      if (window != NULL)
        ok_window_report_error (window, _("Could not change the activity"), error);
      return FALSE;
    }
  if (window != NULL)
    ok_window_data_changed (window, OK_DATA_ACTIVITIES);
  return TRUE;
}

static void
keep_status (gpointer data)
{
}

static void
revert_status (gpointer data)
{
  StatusChange *change = data;

  set_status (change->view, change->activity, change->previous);
}

static void
change_status (OkAgendaView     *self,
               OkActivityStatus  status,
               const char       *message)
{
  g_autoptr(OkActivity) activity = NULL;
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));
  StatusChange *change;
  OkActivityStatus previous;

  /* The page lets go of its activity when the agenda reloads. */
  if (current_activity (self) == NULL)
    return;
  activity = g_object_ref (current_activity (self));
  previous = ok_activity_get_status (activity);
  if (!set_status (self, activity, status))
    return;
  if (window == NULL)
    return;

  change = g_new0 (StatusChange, 1);
  change->view = g_object_ref (self);
  change->activity = g_object_ref (activity);
  change->previous = previous;
  ok_window_remove_with_undo (window, message, keep_status, revert_status, change,
                              (GDestroyNotify) status_change_free);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  change_status (OK_AGENDA_VIEW (widget), OK_ACTIVITY_STATUS_CANCELLED, _("Activity cancelled"));
}

static void
reinstate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  change_status (OK_AGENDA_VIEW (widget), OK_ACTIVITY_STATUS_PLANNED, _("Activity planned again"));
}

typedef struct {
  OkAgendaView *view;
  gint64 id;
} Removal;

static void
removal_free (Removal *removal)
{
  g_object_unref (removal->view);
  g_free (removal);
}

static void
commit_removal (gpointer data)
{
  Removal *removal = data;
  OkAgendaView *self = removal->view;
  g_autoptr(GError) error = NULL;
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));

  g_hash_table_remove (self->hidden, &removal->id);
  if (!ok_store_activity_delete (self->store, removal->id, &error)
      && !g_error_matches (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND) && window != NULL)
    ok_window_report_error (window, _("Could not delete the activity"), error);
  if (window != NULL)
    ok_window_data_changed (window, OK_DATA_ACTIVITIES);
}

static void
revert_removal (gpointer data)
{
  Removal *removal = data;

  g_hash_table_remove (removal->view->hidden, &removal->id);
  ok_agenda_view_show_activity (removal->view, removal->id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OkAgendaView *self = OK_AGENDA_VIEW (widget);
  OkActivity *activity = current_activity (self);
  OkWindow *window = ok_window_for_widget (widget);
  g_autofree char *message = NULL;
  Removal *removal;

  if (activity == NULL || window == NULL)
    return;

  removal = g_new0 (Removal, 1);
  removal->view = g_object_ref (self);
  removal->id = ok_activity_get_id (activity);
  g_hash_table_add (self->hidden, g_memdup2 (&removal->id, sizeof (gint64)));
  message = g_strdup_printf (_("“%s” deleted"), ok_activity_get_title (activity));
  show_activity (self, NULL);
  ok_agenda_view_reload (self);
  ok_window_remove_with_undo (window, message, commit_removal, revert_removal, removal,
                              (GDestroyNotify) removal_free);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  adw_leaflet_navigate (OK_AGENDA_VIEW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Signal handlers */

static void
on_activated_cb (OkAgendaView *self,
                 guint         position)
{
  g_autoptr(OkActivity) activity = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  show_activity (self, activity);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_list_toggled_cb (OkAgendaView *self)
{
  show_activity (self, NULL);
  ok_agenda_view_reload (self);
}

static void
on_data_changed_cb (OkWindow     *window,
                    guint         what,
                    OkAgendaView *self)
{
  if (what & (OK_DATA_ACTIVITIES | OK_DATA_FAMILIES))
    ok_agenda_view_reload (self);
}

/* GtkWidget */

static void
ok_agenda_view_root (GtkWidget *widget)
{
  OkAgendaView *self = OK_AGENDA_VIEW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (ok_agenda_view_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (OK_IS_WINDOW (root))
    self->data_changed_id = g_signal_connect (root, "data-changed", G_CALLBACK (on_data_changed_cb), self);
}

static void
ok_agenda_view_unroot (GtkWidget *widget)
{
  OkAgendaView *self = OK_AGENDA_VIEW (widget);

  if (self->data_changed_id != 0)
    g_clear_signal_handler (&self->data_changed_id, gtk_widget_get_root (widget));

  GTK_WIDGET_CLASS (ok_agenda_view_parent_class)->unroot (widget);
}

/* GObject */

static void
ok_agenda_view_set_store (OkAgendaView *self,
                          OkStore      *store)
{
  if (!g_set_object (&self->store, store))
    return;
  ok_activity_page_set_store (self->activity_page, store);
  ok_agenda_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
ok_agenda_view_dispose (GObject *object)
{
  OkAgendaView *self = OK_AGENDA_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_AGENDA_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->shown);
  g_clear_object (&self->activities);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (ok_agenda_view_parent_class)->dispose (object);
}

static void
ok_agenda_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OkAgendaView *self = OK_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_agenda_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OkAgendaView *self = OK_AGENDA_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ok_agenda_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_agenda_view_class_init (OkAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_agenda_view_dispose;
  object_class->get_property = ok_agenda_view_get_property;
  object_class->set_property = ok_agenda_view_set_property;
  widget_class->root = ok_agenda_view_root;
  widget_class->unroot = ok_agenda_view_unroot;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OK_TYPE_ACTIVITY_PAGE);
  g_type_ensure (OK_TYPE_ACTIVITY_ROW);
  g_type_ensure (OK_TYPE_SIDEBAR_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-agenda-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OkAgendaView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OkAgendaView, upcoming_button);
  gtk_widget_class_bind_template_child (widget_class, OkAgendaView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OkAgendaView, list_view);
  gtk_widget_class_bind_template_child (widget_class, OkAgendaView, selection);
  gtk_widget_class_bind_template_child (widget_class, OkAgendaView, activity_page);
  gtk_widget_class_bind_template_callback (widget_class, on_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_toggled_cb);

  gtk_widget_class_install_action (widget_class, "agenda.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "agenda.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "agenda.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "agenda.reinstate", NULL, reinstate_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "agenda.back", NULL, back_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "agenda.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "agenda.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "agenda.delete", NULL);
}

static void
ok_agenda_view_init (OkAgendaView *self)
{
  self->activities = g_list_store_new (OK_TYPE_ACTIVITY);
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown = ok_list_slice_new (GTK_WIDGET (self->list_view), G_LIST_MODEL (self->activities));
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->shown));
  update_actions (self);
}

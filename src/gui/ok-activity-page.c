/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Everything about one activity, and the way to the door: check-in is
 * another window, reached through the application action app.check-in.
 * Editing, cancelling and deleting are the agenda's actions; cancelling
 * the rest of a series is the page's own. */
#define G_LOG_DOMAIN "ok-activity-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-activity-page.h"
#include "ok-date-text.h"
#include "ok-language-table.h"
#include "ok-send-dialog.h"
#include "ok-sidebar-button.h"
#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-store-series.h"
#include "ok-window.h"

struct _OkActivityPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwWindowTitle *window_title;
  GtkLabel *title_label;
  GtkLabel *when_label;
  GtkWidget *cancelled_label;
  GtkButton *check_in_button;
  AdwActionRow *kind_row;
  AdwActionRow *theme_row;
  AdwActionRow *partnership_row;
  AdwActionRow *dimension_row;
  AdwActionRow *location_row;
  AdwActionRow *target_row;
  AdwActionRow *interpreters_row;
  AdwActionRow *partner_row;
  AdwActionRow *capacity_row;
  AdwActionRow *series_row;
  AdwExpanderRow *present_row;
  AdwActionRow *excused_row;
  AdwActionRow *no_show_row;
  AdwActionRow *guests_row;
  AdwPreferencesGroup *notes_group;
  GtkLabel *notes_label;

  /* Owned references */
  OkStore *store;
  OkActivity *activity;
  GPtrArray *present_rows;
  gboolean show_back_button;
};

G_DEFINE_FINAL_TYPE (OkActivityPage, ok_activity_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ACTIVITY,
  PROP_SHOW_BACK_BUTTON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_row (AdwActionRow *row,
         const char   *value)
{
  gboolean has_value = value != NULL && *value != '\0';

  gtk_widget_set_visible (GTK_WIDGET (row), has_value);
  adw_action_row_set_subtitle (row, has_value ? value : "");
}

static char *
theme_name (OkStore    *store,
            const char *slug)
{
  g_autoptr(GPtrArray) themes = NULL;

  if (slug == NULL || store == NULL)
    return NULL;
  themes = ok_store_theme_list (store, NULL);
  for (guint i = 0; themes != NULL && i < themes->len; i++)
    if (g_strcmp0 (ok_theme_get_slug (g_ptr_array_index (themes, i)), slug) == 0)
      return g_strdup (ok_theme_get_name (g_ptr_array_index (themes, i)));
  return g_strdup (slug);
}

static char *
target_text (OkActivity *activity)
{
  const char *label = ok_enum_to_label (OK_TYPE_TARGET_GROUP, ok_activity_get_target_group (activity));
  const char * const *groups = ok_activity_get_target_groups (activity);

  if (ok_activity_get_target_group (activity) == OK_TARGET_GROUP_GROUPS && groups != NULL && groups[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) groups);
      return g_strdup_printf (_("Groups %s"), list);
    }
  return g_strdup (label);
}

static void
clear_present_rows (OkActivityPage *self)
{
  for (guint i = 0; i < self->present_rows->len; i++)
    adw_expander_row_remove (self->present_row, g_ptr_array_index (self->present_rows, i));
  g_ptr_array_set_size (self->present_rows, 0);
}

static void
update_attendance (OkActivityPage *self)
{
  g_autoptr(GPtrArray) marks = NULL;
  g_autofree char *present_text = NULL;
  g_autofree char *excused_text = NULL;
  g_autofree char *no_show_text = NULL;
  g_autofree char *guests_text = NULL;
  guint present = 0, excused = 0, no_show = 0;

  clear_present_rows (self);
  if (self->store == NULL)
    return;

  marks = ok_store_attendance_list (self->store, ok_activity_get_id (self->activity), NULL);
  for (guint i = 0; marks != NULL && i < marks->len; i++)
    {
      OkAttendance *mark = g_ptr_array_index (marks, i);

      switch (ok_attendance_get_status (mark))
        {
        case OK_ATTENDANCE_STATUS_PRESENT:
          {
            g_autoptr(OkParent) parent = ok_store_parent_get (self->store, ok_attendance_get_parent_id (mark), NULL);
            GtkWidget *row = adw_action_row_new ();

            present++;
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                           parent != NULL ? ok_parent_get_name (parent) : "?");
            if (ok_attendance_get_walk_in (mark))
              adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Walked in"));
            if (parent != NULL && ok_parent_get_family_id (parent) > 0)
              {
                gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", ok_parent_get_family_id (parent));
                gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-family");
                adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
                gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
              }
            adw_expander_row_add_row (self->present_row, row);
            g_ptr_array_add (self->present_rows, row);
          }
          break;
        case OK_ATTENDANCE_STATUS_EXCUSED:
          excused++;
          break;
        case OK_ATTENDANCE_STATUS_NO_SHOW:
          no_show++;
          break;
        case OK_ATTENDANCE_STATUS_INVITED:
        case OK_ATTENDANCE_STATUS_REGISTERED:
        default:
          break;
        }
    }

  present_text = g_strdup_printf (ngettext ("%u parent", "%u parents", present), present);
  excused_text = g_strdup_printf ("%u", excused);
  no_show_text = g_strdup_printf ("%u", no_show);
  guests_text = g_strdup_printf ("%d", ok_activity_get_unnamed_guests (self->activity));
  adw_expander_row_set_subtitle (self->present_row, present_text);
  adw_expander_row_set_enable_expansion (self->present_row, present > 0);
  adw_action_row_set_subtitle (self->excused_row, excused_text);
  adw_action_row_set_subtitle (self->no_show_row, no_show_text);
  adw_action_row_set_subtitle (self->guests_row, guests_text);
}

static void
update (OkActivityPage *self)
{
  OkActivity *activity = self->activity;
  g_autofree char *when = NULL;
  g_autofree char *theme = NULL;
  g_autofree char *target = NULL;
  g_autofree char *interpreters = NULL;
  g_autofree char *capacity = NULL;
  gboolean cancelled;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activity.cancel-following",
                                 activity != NULL && ok_activity_get_series_id (activity) > 0
                                 && ok_activity_get_status (activity) == OK_ACTIVITY_STATUS_PLANNED);
  if (activity == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      adw_window_title_set_title (self->window_title, "");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "activity");
  adw_window_title_set_title (self->window_title,
                              ok_enum_to_label (OK_TYPE_ACTIVITY_KIND, ok_activity_get_kind (activity)));
  gtk_label_set_label (self->title_label, ok_activity_get_title (activity));
  when = ok_date_text_when (ok_activity_get_starts_at (activity), ok_activity_get_ends_at (activity));
  gtk_label_set_label (self->when_label, when);

  cancelled = ok_activity_get_status (activity) == OK_ACTIVITY_STATUS_CANCELLED;
  gtk_widget_set_visible (self->cancelled_label, cancelled);
  gtk_widget_set_visible (GTK_WIDGET (self->check_in_button), !cancelled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "activity.send", !cancelled);
  /* The target first: app.check-in takes an activity id. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->check_in_button), "x", ok_activity_get_id (activity));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->check_in_button), "app.check-in");

  set_row (self->kind_row, ok_enum_to_label (OK_TYPE_ACTIVITY_KIND, ok_activity_get_kind (activity)));
  theme = theme_name (self->store, ok_activity_get_theme (activity));
  set_row (self->theme_row, theme);
  set_row (self->partnership_row, ok_activity_get_partnership (activity) != OK_PARTNERSHIP_NONE
           ? ok_enum_to_label (OK_TYPE_PARTNERSHIP, ok_activity_get_partnership (activity)) : NULL);
  set_row (self->dimension_row, ok_activity_get_dimension (activity) != OK_DIMENSION_NONE
           ? ok_enum_to_label (OK_TYPE_DIMENSION, ok_activity_get_dimension (activity)) : NULL);
  set_row (self->location_row, ok_activity_get_location (activity));
  target = target_text (activity);
  set_row (self->target_row, target);
  interpreters = ok_language_list_text (ok_activity_get_interpreter_languages (activity));
  set_row (self->interpreters_row, interpreters);
  set_row (self->partner_row, ok_activity_get_partner (activity));
  capacity = ok_activity_get_capacity (activity) > 0
             ? g_strdup_printf (ngettext ("%d place", "%d places", ok_activity_get_capacity (activity)),
                                ok_activity_get_capacity (activity))
             : NULL;
  set_row (self->capacity_row, capacity);
  gtk_widget_set_visible (GTK_WIDGET (self->series_row), ok_activity_get_series_id (activity) > 0);

  gtk_widget_set_visible (GTK_WIDGET (self->notes_group),
                          ok_activity_get_notes (activity) != NULL && *ok_activity_get_notes (activity) != '\0');
  gtk_label_set_label (self->notes_label, ok_activity_get_notes (activity) ?: "");

  update_attendance (self);
}

OkActivity *
ok_activity_page_get_activity (OkActivityPage *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY_PAGE (self), NULL);

  return self->activity;
}

/* Shows the activity as it is now; also when the same object changed. */
void
ok_activity_page_set_activity (OkActivityPage *self,
                               OkActivity     *activity)
{
  g_return_if_fail (OK_IS_ACTIVITY_PAGE (self));

  if (g_set_object (&self->activity, activity))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY]);
  update (self);
}

void
ok_activity_page_set_store (OkActivityPage *self,
                            OkStore        *store)
{
  g_return_if_fail (OK_IS_ACTIVITY_PAGE (self));

  g_set_object (&self->store, store);
}

static void
ok_activity_page_dispose (GObject *object)
{
  OkActivityPage *self = OK_ACTIVITY_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_ACTIVITY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->activity);
  g_clear_object (&self->store);
  g_clear_pointer (&self->present_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ok_activity_page_parent_class)->dispose (object);
}

static void
ok_activity_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OkActivityPage *self = OK_ACTIVITY_PAGE (object);

  switch (prop_id)
    {
    case PROP_ACTIVITY:
      g_value_set_object (value, self->activity);
      break;
    case PROP_SHOW_BACK_BUTTON:
      g_value_set_boolean (value, self->show_back_button);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_activity_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OkActivityPage *self = OK_ACTIVITY_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_BACK_BUTTON:
      if (self->show_back_button != g_value_get_boolean (value))
        {
          self->show_back_button = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Sending logs contact moments and marks parents invited or answered:
 * the pages that show them read them again when the dialog goes. */
static void
send_dialog_destroyed_cb (OkActivityPage *self)
{
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));

  if (window != NULL)
    ok_window_data_changed (window, OK_DATA_ACTIVITIES | OK_DATA_FAMILIES);
}

static void
send_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OkActivityPage *self = OK_ACTIVITY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GError) error = NULL;
  OkSendDialog *dialog;

  if (self->activity == NULL || self->store == NULL)
    return;
  dialog = ok_send_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, self->activity,
                               &error);
  if (dialog == NULL)
    {
      OkWindow *window = ok_window_for_widget (widget);

      if (window != NULL)
        ok_window_report_error (window, _("Could not open the messages"), error);
      return;
    }
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (send_dialog_destroyed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ending a series early: this date and the later planned ones are
 * cancelled at once, with an undo that plans exactly those again. */

typedef struct {
  OkActivityPage *page;
  GArray *ids;
} Cancellation;

static void
cancellation_free (Cancellation *cancellation)
{
  g_object_unref (cancellation->page);
  g_array_unref (cancellation->ids);
  g_free (cancellation);
}

static void
keep_cancellation (gpointer data)
{
}

static void
revert_cancellation (gpointer data)
{
  Cancellation *cancellation = data;
  OkActivityPage *self = cancellation->page;
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || window == NULL)
    return;
  if (!ok_store_series_reinstate (self->store, cancellation->ids, &error))
    ok_window_report_error (window, _("Could not plan the dates again"), error);
  ok_window_data_changed (window, OK_DATA_ACTIVITIES);
}

static void
cancel_following_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  OkActivityPage *self = OK_ACTIVITY_PAGE (widget);
  OkWindow *window = ok_window_for_widget (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  Cancellation *cancellation;
  GArray *ids;

  if (self->activity == NULL || self->store == NULL || window == NULL)
    return;
  ids = ok_store_series_cancel_following (self->store, ok_activity_get_id (self->activity), &error);
  if (ids == NULL)
    {
      ok_window_report_error (window, _("Could not cancel the dates"), error);
      return;
    }
  message = g_strdup_printf (ngettext ("%u date of the series cancelled", "%u dates of the series cancelled",
                                       ids->len), ids->len);
  cancellation = g_new0 (Cancellation, 1);
  cancellation->page = g_object_ref (self);
  cancellation->ids = ids;
  ok_window_data_changed (window, OK_DATA_ACTIVITIES);
  ok_window_remove_with_undo (window, message, keep_cancellation, revert_cancellation, cancellation,
                              (GDestroyNotify) cancellation_free);
}

static void
ok_activity_page_class_init (OkActivityPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_activity_page_dispose;
  object_class->get_property = ok_activity_page_get_property;
  object_class->set_property = ok_activity_page_set_property;

  properties[PROP_ACTIVITY] =
    g_param_spec_object ("activity", NULL, NULL, OK_TYPE_ACTIVITY,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the list beside the page is folded away, so that the page
   * needs a way back to it. */
  properties[PROP_SHOW_BACK_BUTTON] =
    g_param_spec_boolean ("show-back-button", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OK_TYPE_SIDEBAR_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-activity-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, when_label);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, cancelled_label);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, check_in_button);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, theme_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, dimension_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, location_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, target_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, interpreters_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, partner_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, capacity_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, series_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, present_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, excused_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, no_show_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, guests_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, notes_group);
  gtk_widget_class_bind_template_child (widget_class, OkActivityPage, notes_label);

  gtk_widget_class_install_action (widget_class, "activity.send", NULL, send_activated);
  gtk_widget_class_install_action (widget_class, "activity.cancel-following", NULL, cancel_following_activated);
}

static void
ok_activity_page_init (OkActivityPage *self)
{
  self->present_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

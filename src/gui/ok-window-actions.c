/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window's win.* actions and their keyboard shortcuts, and
 * loading the demo data. */
#define G_LOG_DOMAIN "ok-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-date-text.h"
#include "ok-demo.h"
#include "ok-demo-contacts.h"
#include "ok-families-view.h"
#include "ok-window-private.h"

/* Demo data: generated on a second connection in a worker thread, so the
 * window stays responsive while a school's worth of rows is written. */

typedef struct {
  char *location;
  gint64 school_id;
  OkDemoSummary summary;
} DemoData;

static void
demo_data_free (DemoData *data)
{
  g_free (data->location);
  g_free (data);
}

static void
generate_demo_in_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  DemoData *data = task_data;
  g_autoptr(OkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = NULL;
  OkDemoOptions options;

  store = ok_store_open_full (data->location, OK_STORE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  ok_store_set_school_id (store, data->school_id);
  ok_demo_options_init (&options);
  today = ok_date_today ();
  if (!ok_demo_generate (store, &options, &data->summary, NULL, NULL, cancellable, &error)
      || !ok_demo_add_contacts (store, options.seed, today, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
demo_generated_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  OkWindow *self = OK_WINDOW (source);
  DemoData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_clear_object (&self->demo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-demo-data", TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ok_window_report_error (self, _("Could not load the demo data"), error);
      return;
    }
  message = g_strdup_printf (ngettext ("Demo data loaded: %u made-up family", "Demo data loaded: %u made-up families",
                                       data->summary.families), data->summary.families);
  ok_window_show_toast (self, message);
  ok_window_data_changed (self, OK_DATA_ALL);
}

static void
load_demo_data_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OkWindow *self = OK_WINDOW (widget);
  g_autoptr(GTask) task = NULL;
  DemoData *data;

  if (self->store == NULL || self->demo != NULL)
    return;

  data = g_new0 (DemoData, 1);
  data->location = g_strdup (ok_store_get_location (self->store));
  data->school_id = ok_store_get_school_id (self->store);
  self->demo = g_cancellable_new ();
  gtk_widget_action_set_enabled (widget, "win.load-demo-data", FALSE);
  ok_window_show_toast (self, _("Loading demo data…"));

  task = g_task_new (self, self->demo, demo_generated_cb, NULL);
  g_task_set_source_tag (task, load_demo_data_action);
  g_task_set_task_data (task, data, (GDestroyNotify) demo_data_free);
  g_task_run_in_thread (task, generate_demo_in_thread);
}

/* Actions */

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OkWindow *self = OK_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ok_window_show_page (OK_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
new_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OkWindow *self = OK_WINDOW (widget);

  ok_window_show_page (self, "agenda");
  ok_agenda_view_new_activity (self->agenda_view);
}

static void
new_family_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OkWindow *self = OK_WINDOW (widget);

  ok_window_show_page (self, "families");
  ok_families_view_new_family (OK_FAMILIES_VIEW (ok_window_get_view (self, "families")));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OkWindow *self = OK_WINDOW (widget);

  ok_window_show_page (self, "families");
  ok_families_view_focus_search (OK_FAMILIES_VIEW (ok_window_get_view (self, "families")));
}

static void
show_family_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OkWindow *self = OK_WINDOW (widget);

  ok_window_show_page (self, "families");
  ok_families_view_show_family (OK_FAMILIES_VIEW (ok_window_get_view (self, "families")),
                                g_variant_get_int64 (parameter));
}

static void
show_activity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OkWindow *self = OK_WINDOW (widget);

  ok_window_show_page (self, "agenda");
  ok_agenda_view_show_activity (self->agenda_view, g_variant_get_int64 (parameter));
}

void
_ok_window_class_add_actions (GtkWidgetClass *widget_class)
{
  static const char * const pages[] = { "agenda", "families", "contact-parents", "overview", "templates" };

  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.new-activity", NULL, new_activity_action);
  gtk_widget_class_install_action (widget_class, "win.new-family", NULL, new_family_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-family", "x", show_family_action);
  gtk_widget_class_install_action (widget_class, "win.show-activity", "x", show_activity_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, _ok_window_undo_action);
  gtk_widget_class_install_action (widget_class, "win.load-demo-data", NULL, load_demo_data_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-activity", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-family", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.show-page", "s", pages[i]);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The user guide: the three jobs (plan, check in, review) in a few
 * paragraphs each, in the language of the interface. Kept in a template
 * rather than a help browser, which a Flatpak or a school laptop may lack. */
#define G_LOG_DOMAIN "ok-help-window"

#include "config.h"

#include "ok-help-window.h"

struct _OkHelpWindow
{
  AdwWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (OkHelpWindow, ok_help_window, ADW_TYPE_WINDOW)

static void
ok_help_window_class_init (OkHelpWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-help-window.ui");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ok_help_window_init (OkHelpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWindow *
ok_help_window_new (GtkWindow *parent)
{
  return g_object_new (OK_TYPE_HELP_WINDOW, "transient-for", parent, NULL);
}

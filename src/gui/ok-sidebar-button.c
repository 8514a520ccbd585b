/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The back button at the start of a page's header bar: shown only when
 * the main window has folded to one column, it leads back to the list of
 * pages. Any page, also one written later, puts one in its header. */
#define G_LOG_DOMAIN "ok-sidebar-button"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-sidebar-button.h"
#include "ok-window.h"

struct _OkSidebarButton
{
  GtkButton parent_instance;

  GBinding *folded_binding;
};

G_DEFINE_FINAL_TYPE (OkSidebarButton, ok_sidebar_button, GTK_TYPE_BUTTON)

static void
ok_sidebar_button_root (GtkWidget *widget)
{
  OkSidebarButton *self = OK_SIDEBAR_BUTTON (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (ok_sidebar_button_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (OK_IS_WINDOW (root))
    self->folded_binding = g_object_bind_property (root, "folded", self, "visible", G_BINDING_SYNC_CREATE);
}

static void
ok_sidebar_button_unroot (GtkWidget *widget)
{
  OkSidebarButton *self = OK_SIDEBAR_BUTTON (widget);

  g_clear_pointer (&self->folded_binding, g_binding_unbind);

  GTK_WIDGET_CLASS (ok_sidebar_button_parent_class)->unroot (widget);
}

static void
ok_sidebar_button_class_init (OkSidebarButtonClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->root = ok_sidebar_button_root;
  widget_class->unroot = ok_sidebar_button_unroot;
}

static void
ok_sidebar_button_init (OkSidebarButton *self)
{
  gtk_button_set_icon_name (GTK_BUTTON (self), "go-previous-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), _("Back"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "win.show-sidebar");
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
ok_sidebar_button_new (void)
{
  return g_object_new (OK_TYPE_SIDEBAR_BUTTON, NULL);
}

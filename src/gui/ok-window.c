/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ok-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-window.h"

struct _OkWindow
{
  AdwApplicationWindow parent_instance;

  OkStore *store;
};

G_DEFINE_FINAL_TYPE (OkWindow, ok_window, ADW_TYPE_APPLICATION_WINDOW)

static void
ok_window_dispose (GObject *object)
{
  OkWindow *self = OK_WINDOW (object);

  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_WINDOW);

  G_OBJECT_CLASS (ok_window_parent_class)->dispose (object);
}

static void
ok_window_class_init (OkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_window_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-window.ui");
}

static void
ok_window_init (OkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OkWindow *
ok_window_new (OkApplication *app,
               OkStore       *store)
{
  OkWindow *self = g_object_new (OK_TYPE_WINDOW, "application", app, NULL);

  self->store = g_object_ref (store);
  return self;
}

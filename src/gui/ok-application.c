/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ok-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-application.h"
#include "ok-gui-resources.h"
#include "ok-window.h"

struct _OkApplication
{
  AdwApplication parent_instance;

  OkStore *store;
  char *location;
};

G_DEFINE_FINAL_TYPE (OkApplication, ok_application, ADW_TYPE_APPLICATION)

static void
show_open_error (OkApplication *self,
                 const GError  *error)
{
  GtkWidget *dialog = adw_message_dialog_new (NULL, _("Could not open the database"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ok_application_activate (GApplication *app)
{
  OkApplication *self = OK_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GError) error = NULL;

  if (window == NULL)
    {
      if (self->store == NULL)
        self->store = ok_store_open (self->location, &error);
      if (self->store == NULL)
        {
          show_open_error (self, error);
          return;
        }
      window = GTK_WINDOW (ok_window_new (self, self->store));
    }
  gtk_window_present (window);
}

static int
ok_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  OkApplication *self = OK_APPLICATION (app);
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "db", "&s", &db))
    self->location = g_strdup (db);
  else if (g_getenv ("OUDERKAMER_DB") != NULL)
    self->location = g_strdup (g_getenv ("OUDERKAMER_DB"));
  return -1;
}

static void
ok_application_finalize (GObject *object)
{
  OkApplication *self = OK_APPLICATION (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->location, g_free);

  G_OBJECT_CLASS (ok_application_parent_class)->finalize (object);
}

static void
ok_application_class_init (OkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  /* Referencing the bundle keeps the linker from dropping it out of the
   * static library; its constructor registers it. */
  if (ok_gui_get_resource () == NULL)
    g_error ("The interface resources are missing from this build");

  object_class->finalize = ok_application_finalize;
  app_class->activate = ok_application_activate;
  app_class->handle_local_options = ok_application_handle_local_options;
}

static void
ok_application_init (OkApplication *self)
{
  static const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Database file or postgresql:// address"), N_("DB") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

OkApplication *
ok_application_new (void)
{
  /* NON_UNIQUE: each instance may point at another database. */
  return g_object_new (OK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/nl/ouderkamer/Ouderkamer",
                       NULL);
}

OkStore *
ok_application_get_store (OkApplication *self)
{
  g_return_val_if_fail (OK_IS_APPLICATION (self), NULL);

  return self->store;
}

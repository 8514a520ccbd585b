/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The school itself: its name on letters and reports, its holiday
 * region, which decides which school holidays a series skips, and how long
 * it keeps the data of families who left. All of it lives in the school's
 * row of the database, so coordinators sharing a server share it too.
 * Above it the one setting of the person at the keyboard: the name that
 * signs their messages to parents. */
#define G_LOG_DOMAIN "ok-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-preferences-window.h"
#include "ok-sender-name.h"
#include "ok-store-family.h"
#include "ok-store-privacy.h"
#include "ok-window.h"

static const char * const regions[] = { "noord", "midden", "zuid" };

struct _OkPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *sender_group;
  AdwEntryRow *sender_row;
  AdwEntryRow *name_row;
  AdwEntryRow *brin_row;
  AdwComboRow *region_row;
  AdwPreferencesGroup *privacy_group;
  GtkSpinButton *retention_spin;

  /* Owned references */
  OkStore *store;
  OkSchool *school;
};

G_DEFINE_FINAL_TYPE (OkPreferencesWindow, ok_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
save (OkPreferencesWindow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *brin = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->brin_row))));
  guint region = adw_combo_row_get_selected (self->region_row);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (self->school == NULL || *name == '\0')
    return;
  ok_school_set_name (self->school, name);
  ok_school_set_brin (self->school, *brin != '\0' ? brin : NULL);
  ok_school_set_region (self->school, regions[MIN (region, G_N_ELEMENTS (regions) - 1)]);
  if (!ok_store_school_update (self->store, self->school, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
      return;
    }
  if (OK_IS_WINDOW (parent))
    ok_window_data_changed (OK_WINDOW (parent), OK_DATA_SCHOOL);
}

static void
on_sender_applied_cb (OkPreferencesWindow *self)
{
  ok_sender_name_remember (gtk_editable_get_text (GTK_EDITABLE (self->sender_row)));
}

static void
on_applied_cb (OkPreferencesWindow *self)
{
  save (self);
}

static void
on_region_changed_cb (OkPreferencesWindow *self)
{
  save (self);
}

static void
on_retention_changed_cb (OkPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!ok_store_retention_set_years (self->store, gtk_spin_button_get_value_as_int (self->retention_spin), &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
}

static gboolean
ok_preferences_window_close_request (GtkWindow *window)
{
  OkPreferencesWindow *self = OK_PREFERENCES_WINDOW (window);

  if (gtk_widget_get_visible (GTK_WIDGET (self->sender_group)))
    on_sender_applied_cb (self);
  save (self);

  return GTK_WINDOW_CLASS (ok_preferences_window_parent_class)->close_request (window);
}

static void
ok_preferences_window_dispose (GObject *object)
{
  OkPreferencesWindow *self = OK_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->school);

  G_OBJECT_CLASS (ok_preferences_window_parent_class)->dispose (object);
}

static void
ok_preferences_window_class_init (OkPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_preferences_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = ok_preferences_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OkPreferencesWindow, sender_group);
  gtk_widget_class_bind_template_child (widget_class, OkPreferencesWindow, sender_row);
  gtk_widget_class_bind_template_callback (widget_class, on_sender_applied_cb);
  gtk_widget_class_bind_template_child (widget_class, OkPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, OkPreferencesWindow, brin_row);
  gtk_widget_class_bind_template_child (widget_class, OkPreferencesWindow, region_row);
  gtk_widget_class_bind_template_child (widget_class, OkPreferencesWindow, privacy_group);
  gtk_widget_class_bind_template_child (widget_class, OkPreferencesWindow, retention_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_region_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_retention_changed_cb);
}

static void
ok_preferences_window_init (OkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OkPreferencesWindow *
ok_preferences_window_new (GtkWindow *parent,
                           OkStore   *store)
{
  OkPreferencesWindow *self = g_object_new (OK_TYPE_PREFERENCES_WINDOW, "transient-for", parent,
                                            "modal", TRUE, NULL);
  int years;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  if (ok_sender_name_can_remember ())
    {
      g_autofree char *sender = ok_sender_name_dup ();

      gtk_editable_set_text (GTK_EDITABLE (self->sender_row), sender);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->sender_group), FALSE);

  self->store = g_object_ref (store);
  self->school = ok_store_school_get (store, ok_store_get_school_id (store), NULL);
  if (self->school != NULL)
    {
      g_signal_handlers_block_by_func (self->region_row, on_region_changed_cb, self);
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), ok_school_get_name (self->school));
      gtk_editable_set_text (GTK_EDITABLE (self->brin_row), ok_school_get_brin (self->school) ?: "");
      for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
        if (g_strcmp0 (ok_school_get_region (self->school), regions[i]) == 0)
          adw_combo_row_set_selected (self->region_row, i);
      g_signal_handlers_unblock_by_func (self->region_row, on_region_changed_cb, self);
    }

  /* A director's read-only account cannot read it. */
  years = ok_store_retention_get_years (store, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->privacy_group), years >= 0);
  g_signal_handlers_block_by_func (self->retention_spin, on_retention_changed_cb, self);
  gtk_spin_button_set_value (self->retention_spin, MAX (years, 0));
  g_signal_handlers_unblock_by_func (self->retention_spin, on_retention_changed_cb, self);
  return self;
}

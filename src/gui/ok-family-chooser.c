/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Picks one family by searching, as in the families list. */
#define G_LOG_DOMAIN "ok-family-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-family-chooser.h"
#include "ok-family-row.h"
#include "ok-store-search.h"

struct _OkFamilyChooser
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkSearchEntry *search_entry;
  GtkStack *stack;
  GtkSingleSelection *selection;

  /* Owned references */
  OkFamilyIndex *index;
  GCancellable *loading;
};

G_DEFINE_FINAL_TYPE (OkFamilyChooser, ok_family_chooser, ADW_TYPE_WINDOW)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_state (OkFamilyChooser *self)
{
  if (self->index == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->index)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "none");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
on_search_changed_cb (OkFamilyChooser *self)
{
  if (self->index == NULL)
    return;
  ok_family_index_set_search (self->index, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_state (self);
}

static void
choose (OkFamilyChooser *self,
        guint            position)
{
  g_autoptr(OkFamilySummary) family = NULL;

  if (self->index == NULL)
    return;
  family = g_list_model_get_item (G_LIST_MODEL (self->index), position);
  if (family == NULL)
    return;
  g_signal_emit (self, signals[CHOSEN], 0, ok_family_summary_get_id (family));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_activated_cb (OkFamilyChooser *self,
                 guint            position)
{
  choose (self, position);
}

static void
on_search_activated_cb (OkFamilyChooser *self)
{
  choose (self, 0);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(OkFamilyChooser) self = user_data;
  g_autoptr(OkFamilyIndex) index = NULL;
  g_autoptr(GError) error = NULL;

  index = ok_store_family_index_load_finish (result, &error);
  if (index == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the families: %s", error->message);
      return;
    }
  if (self->loading == NULL || g_cancellable_is_cancelled (self->loading))
    return;
  self->index = g_steal_pointer (&index);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->index));
  on_search_changed_cb (self);
  update_state (self);
}

static void
ok_family_chooser_dispose (GObject *object)
{
  OkFamilyChooser *self = OK_FAMILY_CHOOSER (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_FAMILY_CHOOSER);
  g_clear_object (&self->loading);
  g_clear_object (&self->index);

  G_OBJECT_CLASS (ok_family_chooser_parent_class)->dispose (object);
}

static void
ok_family_chooser_class_init (OkFamilyChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_family_chooser_dispose;

  /**
   * OkFamilyChooser::chosen:
   * @id: the id of the family
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (OK_TYPE_FAMILY_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-family-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, OkFamilyChooser, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyChooser, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyChooser, stack);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyChooser, selection);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ok_family_chooser_init (OkFamilyChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OkFamilyChooser *
ok_family_chooser_new (GtkWindow  *parent,
                       OkStore    *store,
                       const char *title)
{
  OkFamilyChooser *self = g_object_new (OK_TYPE_FAMILY_CHOOSER, "transient-for", parent, "modal", TRUE, NULL);

  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  adw_window_title_set_title (self->window_title, title);
  self->loading = g_cancellable_new ();
  ok_store_family_index_load_async (store, self->loading, loaded_cb, g_object_ref (self));
  update_state (self);
  return self;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* All families of the school, searchable as you type, beside the one that
 * is open. The list is an OkFamilyIndex read in a worker thread, so the
 * window shows at once and 25,000 families scroll and filter smoothly. */
#define G_LOG_DOMAIN "ok-families-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-families-view.h"
#include "ok-family-editor.h"
#include "ok-family-page.h"
#include "ok-family-row.h"
#include "ok-language-table.h"
#include "ok-list-slice.h"
#include "ok-sidebar-button.h"
#include "ok-store-family.h"
#include "ok-store-privacy.h"
#include "ok-store-reach.h"
#include "ok-time.h"
#include "ok-store-search.h"
#include "ok-window.h"

struct _OkFamiliesView
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwLeaflet *leaflet;
  AdwWindowTitle *window_title;
  GtkSearchEntry *search_entry;
  GtkDropDown *group_dropdown;
  GtkDropDown *language_dropdown;
  GtkToggleButton *not_reached_button;
  GtkToggleButton *interpreter_button;
  GtkStack *list_stack;
  GtkListView *list_view;
  GtkSingleSelection *selection;
  OkFamilyPage *family_page;

  /* Owned references */
  OkStore *store;
  OkFamilyIndex *index;
  GtkSliceListModel *shown;    /* of the index, as the list view sees it */
  GCancellable *loading;
  GStrv groups;
  GStrv languages;
  GHashTable *hidden;          /* gint64 * ids waiting for their removal */
  gulong data_changed_id;
  gboolean updating_filters;
};

G_DEFINE_FINAL_TYPE (OkFamiliesView, ok_families_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_LOADED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The index marks a family with the last day it was reached this
 * quarter (ok-store-reach.h): reached is on or after the first day. */
static char *
quarter_start (void)
{
  OkReportPeriod quarter;
  char *first = NULL;

  ok_reach_current_period (&quarter);
  ok_reach_period_bounds (&quarter, &first, NULL);
  return first;
}

static void
update_state (OkFamiliesView *self)
{
  guint shown = self->index != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->index)) : 0;
  guint total = self->index != NULL ? ok_family_index_get_total (self->index) : 0;
  g_autofree char *subtitle = NULL;

  if (self->index == NULL)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "loading");
      adw_window_title_set_subtitle (self->window_title, NULL);
      return;
    }

  if (shown == total)
    subtitle = g_strdup_printf (ngettext ("%u family", "%u families", total), total);
  else
    subtitle = g_strdup_printf (ngettext ("%u of %u family", "%u of %u families", total), shown, total);
  adw_window_title_set_subtitle (self->window_title, subtitle);

  if (total == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "empty");
  else if (shown == 0)
    gtk_stack_set_visible_child_name (self->list_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->list_stack, "list");
}

static void
on_items_changed_cb (OkFamiliesView *self)
{
  update_state (self);
}

/* Filters */

static void
fill_dropdown (GtkDropDown        *dropdown,
               const char         *all,
               const char * const *values,
               gboolean            languages)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_string_list_append (labels, all);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (languages)
        gtk_string_list_append (labels, ok_language_name (values[i]));
      else
        {
          g_autofree char *label = g_strdup_printf (_("Group %s"), values[i]);
          gtk_string_list_append (labels, label);
        }
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
}

static const char *
dropdown_value (GtkDropDown *dropdown,
                GStrv        values)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (values == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION
      || selected > g_strv_length (values))
    return NULL;
  return values[selected - 1];
}

static void
select_value (GtkDropDown *dropdown,
              GStrv        values,
              const char  *value)
{
  guint position = 0;

  for (guint i = 0; value != NULL && values != NULL && values[i] != NULL; i++)
    if (g_str_equal (values[i], value))
      position = i + 1;
  gtk_drop_down_set_selected (dropdown, position);
}

static void
apply_filters (OkFamiliesView *self)
{
  g_autofree char *since = quarter_start ();

  if (self->index == NULL || self->updating_filters)
    return;
  ok_family_index_set_reached_since (self->index, since);
  ok_family_index_set_search (self->index, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  ok_family_index_set_group (self->index, dropdown_value (self->group_dropdown, self->groups));
  ok_family_index_set_language (self->index, dropdown_value (self->language_dropdown, self->languages));
  ok_family_index_set_only_not_reached (self->index, gtk_toggle_button_get_active (self->not_reached_button));
  ok_family_index_set_only_interpreter (self->index, gtk_toggle_button_get_active (self->interpreter_button));
  update_state (self);
}

static void
on_filter_changed_cb (OkFamiliesView *self)
{
  apply_filters (self);
}

static void
on_clear_filters_cb (OkFamiliesView *self)
{
  self->updating_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->group_dropdown, 0);
  gtk_drop_down_set_selected (self->language_dropdown, 0);
  gtk_toggle_button_set_active (self->not_reached_button, FALSE);
  gtk_toggle_button_set_active (self->interpreter_button, FALSE);
  self->updating_filters = FALSE;
  apply_filters (self);
}

/* Loading */

static void
select_open_family (OkFamiliesView *self)
{
  gint64 id = ok_family_page_get_family_id (self->family_page);
  guint position = self->index != NULL && id > 0 ? ok_family_index_find (self->index, id) : G_MAXUINT;

  if (position != G_MAXUINT && position >= g_list_model_get_n_items (G_LIST_MODEL (self->shown)))
    ok_list_slice_show_all (self->shown);
  gtk_single_selection_set_selected (self->selection,
                                     position != G_MAXUINT ? position : GTK_INVALID_LIST_POSITION);
  if (position != G_MAXUINT)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
take_index (OkFamiliesView *self,
            OkFamilyIndex  *index)
{
  g_autofree char *group = g_strdup (dropdown_value (self->group_dropdown, self->groups));
  g_autofree char *language = g_strdup (dropdown_value (self->language_dropdown, self->languages));
  GHashTableIter iter;
  gpointer key;

  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);

  g_hash_table_iter_init (&iter, self->hidden);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    ok_family_index_set_hidden (index, *(gint64 *) key, TRUE);

  g_set_object (&self->index, index);
  g_signal_connect_swapped (index, "items-changed", G_CALLBACK (on_items_changed_cb), self);

  /* Groups and languages come from the data; keep what was chosen. */
  self->updating_filters = TRUE;
  g_clear_pointer (&self->groups, g_strfreev);
  g_clear_pointer (&self->languages, g_strfreev);
  self->groups = ok_family_index_dup_groups (index);
  self->languages = ok_family_index_dup_languages (index);
  fill_dropdown (self->group_dropdown, _("All groups"), (const char * const *) self->groups, FALSE);
  fill_dropdown (self->language_dropdown, _("All languages"), (const char * const *) self->languages, TRUE);
  select_value (self->group_dropdown, self->groups, group);
  select_value (self->language_dropdown, self->languages, language);
  self->updating_filters = FALSE;

  apply_filters (self);
  gtk_slice_list_model_set_model (self->shown, G_LIST_MODEL (index));
  select_open_family (self);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

static void
index_loaded_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OkFamiliesView) self = user_data;
  g_autoptr(OkFamilyIndex) index = NULL;
  g_autoptr(GError) error = NULL;

  index = ok_store_family_index_load_finish (result, &error);
  if (index == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the families: %s", error->message);
      return;
    }
  if (g_cancellable_is_cancelled (self->loading))
    return;
  g_clear_object (&self->loading);
  take_index (self, index);
}

void
ok_families_view_reload (OkFamiliesView *self)
{
  g_return_if_fail (OK_IS_FAMILIES_VIEW (self));

  if (self->store == NULL)
    return;
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_set_object (&self->loading, g_cancellable_new ());
  ok_store_family_index_load_async (self->store, self->loading, index_loaded_cb, g_object_ref (self));
  update_state (self);
}

OkFamilyIndex *
ok_families_view_get_index (OkFamiliesView *self)
{
  g_return_val_if_fail (OK_IS_FAMILIES_VIEW (self), NULL);

  return self->index;
}

/* Showing and adding families */

void
ok_families_view_show_family (OkFamiliesView *self,
                              gint64          id)
{
  g_return_if_fail (OK_IS_FAMILIES_VIEW (self));

  ok_family_page_set_family_id (self->family_page, id);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "families.delete", id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "families.erase", id > 0);
  select_open_family (self);
  if (id > 0)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_family_saved_cb (OkFamilyEditor *editor,
                    gint64          id,
                    OkFamiliesView *self)
{
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));

  ok_families_view_show_family (self, id);
  if (window != NULL)
    ok_window_data_changed (window, OK_DATA_FAMILIES);
}

void
ok_families_view_new_family (OkFamiliesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  OkFamilyEditor *editor;

  g_return_if_fail (OK_IS_FAMILIES_VIEW (self));

  if (self->store == NULL)
    return;
  editor = ok_family_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, NULL);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_family_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

void
ok_families_view_focus_search (OkFamiliesView *self)
{
  g_return_if_fail (OK_IS_FAMILIES_VIEW (self));

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

/* Deleting with undo */

typedef struct {
  OkFamiliesView *view;
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
  OkFamiliesView *self = removal->view;
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;

  g_hash_table_remove (self->hidden, &removal->id);
  if (!ok_store_family_delete (self->store, removal->id, &error)
      && !g_error_matches (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND) && window != NULL)
    ok_window_report_error (window, _("Could not delete the family"), error);
  if (window != NULL)
    ok_window_data_changed (window, OK_DATA_FAMILIES | OK_DATA_CONTACTS);
}

static void
revert_removal (gpointer data)
{
  Removal *removal = data;
  OkFamiliesView *self = removal->view;

  g_hash_table_remove (self->hidden, &removal->id);
  if (self->index != NULL)
    ok_family_index_set_hidden (self->index, removal->id, FALSE);
  ok_families_view_show_family (self, removal->id);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OkFamiliesView *self = OK_FAMILIES_VIEW (widget);
  OkWindow *window = ok_window_for_widget (widget);
  gint64 id = ok_family_page_get_family_id (self->family_page);
  g_autofree char *message = NULL;
  Removal *removal;

  if (id <= 0 || window == NULL)
    return;

  removal = g_new0 (Removal, 1);
  removal->view = g_object_ref (self);
  removal->id = id;
  g_hash_table_add (self->hidden, g_memdup2 (&id, sizeof id));
  if (self->index != NULL)
    ok_family_index_set_hidden (self->index, id, TRUE);
  message = g_strdup_printf (_("Family “%s” deleted"), ok_family_page_get_family_name (self->family_page));
  ok_families_view_show_family (self, 0);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  ok_window_remove_with_undo (window, message, commit_removal, revert_removal, removal,
                              (GDestroyNotify) removal_free);
}

/* Erasing (the right to be forgotten): no undo, so a confirmation that
 * names the family and says what stays. */

typedef struct {
  OkFamiliesView *view;
  gint64 id;
  char *name;
} Erasure;

static void
erasure_free (gpointer  data,
              GClosure *closure)
{
  Erasure *erasure = data;

  g_object_unref (erasure->view);
  g_free (erasure->name);
  g_free (erasure);
}

static void
on_erase_confirmed_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Erasure          *erasure)
{
  OkFamiliesView *self = erasure->view;
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!ok_store_family_erase (self->store, erasure->id, &error))
    {
      if (window != NULL)
        ok_window_report_error (window, _("Could not erase the family"), error);
      return;
    }
  if (ok_family_page_get_family_id (self->family_page) == erasure->id)
    {
      ok_families_view_show_family (self, 0);
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
    }
  if (window == NULL)
    {
      ok_families_view_reload (self);
      return;
    }
  message = g_strdup_printf (_("The personal data of “%s” is erased"), erasure->name);
  ok_window_show_toast (window, message);
  ok_window_data_changed (window, OK_DATA_ALL);
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  OkFamiliesView *self = OK_FAMILIES_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  gint64 id = ok_family_page_get_family_id (self->family_page);
  AdwMessageDialog *dialog;
  Erasure *erasure;

  if (id <= 0)
    return;

  erasure = g_new0 (Erasure, 1);
  erasure->view = g_object_ref (self);
  erasure->id = id;
  erasure->name = g_strdup (ok_family_page_get_family_name (self->family_page));

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       NULL, NULL));
  adw_message_dialog_format_heading (dialog, _("Erase “%s”?"), erasure->name);
  adw_message_dialog_set_body (dialog,
                               _("All personal data of this family is removed: the names, phone numbers "
                                 "and e-mail addresses of its parents, its pupils’ names, its address, "
                                 "notes and contact moments. Its attendance stays only as anonymous "
                                 "counts, so past overviews do not change.\n\nThis cannot be undone."));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "erase", _("_Erase"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "erase", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response::erase", G_CALLBACK (on_erase_confirmed_cb), erasure,
                         erasure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  adw_leaflet_navigate (OK_FAMILIES_VIEW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Signal handlers */

static void
on_activated_cb (OkFamiliesView *self,
                 guint           position)
{
  g_autoptr(OkFamilySummary) family = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (family != NULL)
    ok_families_view_show_family (self, ok_family_summary_get_id (family));
}

/* Enter in the search field opens the first family found. */
static void
on_search_activated_cb (OkFamiliesView *self)
{
  if (self->index != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->index)) > 0)
    on_activated_cb (self, 0);
}

static void
on_search_stopped_cb (OkFamiliesView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_data_changed_cb (OkWindow       *window,
                    guint           what,
                    OkFamiliesView *self)
{
  if (what & (OK_DATA_FAMILIES | OK_DATA_CONTACTS | OK_DATA_ACTIVITIES))
    {
      ok_family_page_reload (self->family_page);
      ok_families_view_reload (self);
    }
}

/* GtkWidget */

static void
ok_families_view_root (GtkWidget *widget)
{
  OkFamiliesView *self = OK_FAMILIES_VIEW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (ok_families_view_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (OK_IS_WINDOW (root))
    self->data_changed_id = g_signal_connect (root, "data-changed", G_CALLBACK (on_data_changed_cb), self);
}

static void
ok_families_view_unroot (GtkWidget *widget)
{
  OkFamiliesView *self = OK_FAMILIES_VIEW (widget);

  if (self->data_changed_id != 0)
    g_clear_signal_handler (&self->data_changed_id, gtk_widget_get_root (widget));

  GTK_WIDGET_CLASS (ok_families_view_parent_class)->unroot (widget);
}

/* GObject */

static void
ok_families_view_set_store (OkFamiliesView *self,
                            OkStore        *store)
{
  if (!g_set_object (&self->store, store))
    return;
  ok_family_page_set_store (self->family_page, store);
  ok_families_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
ok_families_view_dispose (GObject *object)
{
  OkFamiliesView *self = OK_FAMILIES_VIEW (object);
  GtkWidget *child;

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  if (self->index != NULL)
    g_signal_handlers_disconnect_by_data (self->index, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_FAMILIES_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->loading);
  g_clear_object (&self->store);
  g_clear_object (&self->shown);
  g_clear_object (&self->index);
  g_clear_pointer (&self->groups, g_strfreev);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (ok_families_view_parent_class)->dispose (object);
}

static void
ok_families_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OkFamiliesView *self = OK_FAMILIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_LOADED:
      g_value_set_boolean (value, self->index != NULL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_families_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OkFamiliesView *self = OK_FAMILIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ok_families_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_families_view_class_init (OkFamiliesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_families_view_dispose;
  object_class->get_property = ok_families_view_get_property;
  object_class->set_property = ok_families_view_set_property;
  widget_class->root = ok_families_view_root;
  widget_class->unroot = ok_families_view_unroot;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OkFamiliesView:loaded:
   *
   * Notified each time a fresh list of families is in place.
   */
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OK_TYPE_FAMILY_PAGE);
  g_type_ensure (OK_TYPE_FAMILY_ROW);
  g_type_ensure (OK_TYPE_SIDEBAR_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-families-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, group_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, not_reached_button);
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, interpreter_button);
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, list_view);
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, selection);
  gtk_widget_class_bind_template_child (widget_class, OkFamiliesView, family_page);
  gtk_widget_class_bind_template_callback (widget_class, on_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stopped_cb);

  gtk_widget_class_install_action (widget_class, "families.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "families.erase", NULL, erase_action);
  gtk_widget_class_install_action (widget_class, "families.back", NULL, back_action);
}

static void
ok_families_view_init (OkFamiliesView *self)
{
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  self->shown = ok_list_slice_new (GTK_WIDGET (self->list_view), NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->shown));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "families.delete", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "families.erase", FALSE);
  update_state (self);
}

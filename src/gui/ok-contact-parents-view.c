/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The contact parents of the school, each with how many of their families
 * nobody reached this quarter, beside the one that is open. */
#define G_LOG_DOMAIN "ok-contact-parents-view"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ok-contact-parent-page.h"
#include "ok-contact-parents-view.h"
#include "ok-date-text.h"
#include "ok-family-chooser.h"
#include "ok-language-table.h"
#include "ok-sidebar-button.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-store-reach.h"
#include "ok-time.h"
#include "ok-window.h"

struct _OkContactParentsView
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwLeaflet *leaflet;
  AdwWindowTitle *window_title;
  GtkStack *list_stack;
  GtkListBox *list_box;
  OkContactParentPage *contact_parent_page;

  /* Owned references */
  OkStore *store;
  GHashTable *hidden;          /* gint64 * ids waiting for their removal */
  gulong data_changed_id;
  gint64 chosen_family;
};

G_DEFINE_FINAL_TYPE (OkContactParentsView, ok_contact_parents_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
coverage_text (OkContactParent *cp,
               gint64           covered)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char * const *languages = ok_contact_parent_get_languages (cp);
  const char * const *groups = ok_contact_parent_get_groups (cp);

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", ok_language_name (languages[i]));
  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    {
      g_autofree char *group = g_strdup_printf (_("group %s"), groups[i]);
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", group);
    }
  if (text->len > 0)
    g_string_append (text, " · ");
  g_string_append_printf (text, ngettext ("%" PRId64 " family", "%" PRId64 " families",
                                         covered), covered);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_row (OkContactParent *cp,
            gint64           covered,
            gint64           not_reached)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *name = gtk_label_new (ok_contact_parent_get_name (cp));
  g_autofree char *coverage = coverage_text (cp, covered);
  GtkWidget *subtitle = gtk_label_new (coverage);
  GtkWidget *tag;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), adw_avatar_new (36, ok_contact_parent_get_name (cp), TRUE));

  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), texts);

  if (not_reached > 0)
    {
      g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, not_reached);

      tag = gtk_label_new (count);
      gtk_widget_add_css_class (tag, "warning");
      gtk_widget_set_tooltip_text (tag, _("Families of whom no parent came to an activity this quarter"));
    }
  else
    {
      tag = gtk_image_new_from_icon_name ("emblem-ok-symbolic");
      gtk_widget_add_css_class (tag, "success");
      gtk_widget_set_tooltip_text (tag, _("Every family was reached this quarter"));
    }
  gtk_widget_add_css_class (tag, "tag");
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), tag);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "ok-id", GINT_TO_POINTER ((int) ok_contact_parent_get_id (cp)));
  return row;
}

void
ok_contact_parents_view_reload (OkContactParentsView *self)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = ok_date_today ();
  g_autofree char *quarter = ok_date_text_quarter (today);
  gint64 open = ok_contact_parent_page_get_contact_parent_id (self->contact_parent_page);
  guint shown = 0;
  GtkWidget *child;
  OkReportPeriod period;

  g_return_if_fail (OK_IS_CONTACT_PARENTS_VIEW (self));

  if (self->store == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);

  ok_reach_current_period (&period);
  adw_window_title_set_subtitle (self->window_title, quarter);

  list = ok_store_contact_parent_list (self->store, &error);
  if (list == NULL)
    {
      g_warning ("Could not read the contact parents: %s", error->message);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    {
      OkContactParent *cp = g_ptr_array_index (list, i);
      gint64 id = ok_contact_parent_get_id (cp);
      gint64 covered = 0, not_reached = 0;
      GtkWidget *row;

      if (g_hash_table_contains (self->hidden, &id))
        continue;
      ok_store_contact_parent_counts (self->store, id, &period, &covered, &not_reached, NULL);
      row = create_row (cp, covered, not_reached);
      gtk_list_box_append (self->list_box, row);
      if (id == open)
        gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (row));
      shown++;
    }

  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "empty");
  if (open > 0 && g_hash_table_contains (self->hidden, &open))
    open = 0;
  ok_contact_parent_page_set_contact_parent_id (self->contact_parent_page, open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.remove", open > 0);
}

void
ok_contact_parents_view_show_contact_parent (OkContactParentsView *self,
                                             gint64                id)
{
  g_return_if_fail (OK_IS_CONTACT_PARENTS_VIEW (self));

  ok_contact_parent_page_set_contact_parent_id (self->contact_parent_page, id);
  ok_contact_parents_view_reload (self);
  if (id > 0)
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

static void
on_row_activated_cb (OkContactParentsView *self,
                     GtkListBoxRow        *row)
{
  gint64 id = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "ok-id"));

  ok_contact_parent_page_set_contact_parent_id (self->contact_parent_page, id);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.remove", id > 0);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Adding: a family, then one of its parents */

static void
make_contact_parent (OkContactParentsView *self,
                     gint64                parent_id,
                     gint64                family_id)
{
  g_autoptr(GError) error = NULL;
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));
  gint64 id = ok_store_contact_parent_add (self->store, parent_id, NULL, &error);

  if (id <= 0)
    {
      if (window != NULL)
        ok_window_report_error (window, _("Could not make this parent a contact parent"), error);
      return;
    }
  ok_store_coverage_add (self->store, id, OK_COVERAGE_FAMILY, family_id, NULL, NULL);
  if (window != NULL)
    ok_window_data_changed (window, OK_DATA_CONTACTS);
  ok_contact_parents_view_show_contact_parent (self, id);
}

static void
on_parent_chosen_cb (AdwMessageDialog     *dialog,
                     const char           *response,
                     OkContactParentsView *self)
{
  if (g_strcmp0 (response, "cancel") == 0)
    return;
  make_contact_parent (self, g_ascii_strtoll (response, NULL, 10), self->chosen_family);
}

static void
on_family_chosen_cb (OkFamilyChooser      *chooser,
                     gint64                family_id,
                     OkContactParentsView *self)
{
  g_autoptr(GPtrArray) parents = ok_store_parent_list (self->store, family_id, NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  self->chosen_family = family_id;
  if (parents == NULL || parents->len == 0)
    {
      g_autoptr(GError) error = g_error_new_literal (OK_STORE_ERROR, OK_STORE_ERROR_INVALID,
                                                     _("This family has no parents yet; add one on the family’s page first."));
      OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));

      if (window != NULL)
        ok_window_report_error (window, _("No parent to choose"), error);
      return;
    }
  if (parents->len == 1)
    {
      make_contact_parent (self, ok_parent_get_id (g_ptr_array_index (parents, 0)), family_id);
      return;
    }

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Who Becomes Contact Parent?"), NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  for (guint i = 0; i < parents->len; i++)
    {
      OkParent *parent = g_ptr_array_index (parents, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, ok_parent_get_id (parent));

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), id, ok_parent_get_name (parent));
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_parent_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  OkContactParentsView *self = OK_CONTACT_PARENTS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  OkFamilyChooser *chooser;

  if (self->store == NULL)
    return;
  chooser = ok_family_chooser_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                   _("Family of the Contact Parent"));
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_family_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

/* Removing with undo */

typedef struct {
  OkContactParentsView *view;
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
  OkContactParentsView *self = removal->view;
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;

  g_hash_table_remove (self->hidden, &removal->id);
  if (!ok_store_contact_parent_remove (self->store, removal->id, &error)
      && !g_error_matches (error, OK_STORE_ERROR, OK_STORE_ERROR_NOT_FOUND) && window != NULL)
    ok_window_report_error (window, _("Could not remove the contact parent"), error);
  if (window != NULL)
    ok_window_data_changed (window, OK_DATA_CONTACTS);
}

static void
revert_removal (gpointer data)
{
  Removal *removal = data;

  g_hash_table_remove (removal->view->hidden, &removal->id);
  ok_contact_parents_view_show_contact_parent (removal->view, removal->id);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OkContactParentsView *self = OK_CONTACT_PARENTS_VIEW (widget);
  OkWindow *window = ok_window_for_widget (widget);
  gint64 id = ok_contact_parent_page_get_contact_parent_id (self->contact_parent_page);
  g_autofree char *message = NULL;
  Removal *removal;

  if (id <= 0 || window == NULL)
    return;
  removal = g_new0 (Removal, 1);
  removal->view = g_object_ref (self);
  removal->id = id;
  message = g_strdup_printf (_("%s is no longer a contact parent"),
                             ok_contact_parent_page_get_name (self->contact_parent_page));
  g_hash_table_add (self->hidden, g_memdup2 (&id, sizeof id));
  ok_contact_parents_view_show_contact_parent (self, 0);
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
  ok_window_remove_with_undo (window, message, commit_removal, revert_removal, removal,
                              (GDestroyNotify) removal_free);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  adw_leaflet_navigate (OK_CONTACT_PARENTS_VIEW (widget)->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
on_data_changed_cb (OkWindow             *window,
                    guint                 what,
                    OkContactParentsView *self)
{
  if (what & (OK_DATA_CONTACTS | OK_DATA_FAMILIES | OK_DATA_ACTIVITIES))
    ok_contact_parents_view_reload (self);
}

/* GtkWidget */

static void
ok_contact_parents_view_root (GtkWidget *widget)
{
  OkContactParentsView *self = OK_CONTACT_PARENTS_VIEW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (ok_contact_parents_view_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  if (OK_IS_WINDOW (root))
    self->data_changed_id = g_signal_connect (root, "data-changed", G_CALLBACK (on_data_changed_cb), self);
}

static void
ok_contact_parents_view_unroot (GtkWidget *widget)
{
  OkContactParentsView *self = OK_CONTACT_PARENTS_VIEW (widget);

  if (self->data_changed_id != 0)
    g_clear_signal_handler (&self->data_changed_id, gtk_widget_get_root (widget));

  GTK_WIDGET_CLASS (ok_contact_parents_view_parent_class)->unroot (widget);
}

/* GObject */

static void
ok_contact_parents_view_set_store (OkContactParentsView *self,
                                   OkStore              *store)
{
  if (!g_set_object (&self->store, store))
    return;
  ok_contact_parent_page_set_store (self->contact_parent_page, store);
  ok_contact_parents_view_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

static void
ok_contact_parents_view_dispose (GObject *object)
{
  OkContactParentsView *self = OK_CONTACT_PARENTS_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_CONTACT_PARENTS_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (ok_contact_parents_view_parent_class)->dispose (object);
}

static void
ok_contact_parents_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OkContactParentsView *self = OK_CONTACT_PARENTS_VIEW (object);

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
ok_contact_parents_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OkContactParentsView *self = OK_CONTACT_PARENTS_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ok_contact_parents_view_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_contact_parents_view_class_init (OkContactParentsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_contact_parents_view_dispose;
  object_class->get_property = ok_contact_parents_view_get_property;
  object_class->set_property = ok_contact_parents_view_set_property;
  widget_class->root = ok_contact_parents_view_root;
  widget_class->unroot = ok_contact_parents_view_unroot;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OK_TYPE_CONTACT_PARENT_PAGE);
  g_type_ensure (OK_TYPE_SIDEBAR_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-contact-parents-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OkContactParentsView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentsView, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentsView, list_stack);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentsView, list_box);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentsView, contact_parent_page);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "contacts.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "contacts.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "contacts.back", NULL, back_action);
}

static void
ok_contact_parents_view_init (OkContactParentsView *self)
{
  self->hidden = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "contacts.remove", FALSE);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One contact parent: what they cover, and above all which of those
 * families nobody reached this quarter, so they know whom to call. */
#define G_LOG_DOMAIN "ok-contact-parent-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ok-contact-parent-page.h"
#include "ok-date-text.h"
#include "ok-family-chooser.h"
#include "ok-language-table.h"
#include "ok-store-contact.h"
#include "ok-store-reach.h"
#include "ok-store-search.h"
#include "ok-window.h"
#include "ok-time.h"

#define MAX_FAMILIES 200

struct _OkContactParentPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack *stack;
  AdwWindowTitle *window_title;
  AdwAvatar *avatar;
  GtkLabel *name_label;
  GtkLabel *phone_label;
  GtkLabel *notes_label;
  GtkMenuButton *add_button;
  AdwPreferencesGroup *coverage_group;
  AdwPreferencesGroup *not_reached_group;
  AdwPreferencesGroup *all_group;

  /* Owned references */
  OkStore *store;
  OkContactParent *contact_parent;
  GPtrArray *dynamic_rows;     /* (group, row) pairs */
  gint64 id;
  gboolean show_back_button;
};

G_DEFINE_FINAL_TYPE (OkContactParentPage, ok_contact_parent_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_BACK_BUTTON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
changed (OkContactParentPage *self)
{
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));

  if (window != NULL)
    ok_window_data_changed (window, OK_DATA_CONTACTS);
  else
    ok_contact_parent_page_reload (self);
}

static void
clear_rows (OkContactParentPage *self)
{
  for (guint i = 0; i + 1 < self->dynamic_rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->dynamic_rows, i),
                                  g_ptr_array_index (self->dynamic_rows, i + 1));
  g_ptr_array_set_size (self->dynamic_rows, 0);
}

static GtkWidget *
add_row (OkContactParentPage *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->dynamic_rows, group);
  g_ptr_array_add (self->dynamic_rows, row);
  return row;
}

static void
add_coverage_row (OkContactParentPage *self,
                  const char          *title,
                  const char          *kind_label,
                  const char          *target)
{
  GtkWidget *row = add_row (self, self->coverage_group, title, kind_label);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("No Longer Cover"));
  gtk_widget_add_css_class (remove, "flat");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "contact.remove-coverage");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
}

static void
add_family_row (OkContactParentPage *self,
                AdwPreferencesGroup *group,
                OkFamilySummary     *family)
{
  const char * const *languages = ok_family_summary_get_languages (family);
  g_autoptr(GString) subtitle = g_string_new (ok_family_summary_get_parents (family));
  GtkWidget *row;

  if (ok_family_summary_get_phone (family) != NULL)
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", ok_family_summary_get_phone (family));
  if (ok_family_summary_get_last_reached (family) != NULL)
    {
      g_autofree char *date = ok_date_text_from_iso (ok_family_summary_get_last_reached (family));
      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, _("last reached %s"), date);
    }
  row = add_row (self, group, ok_family_summary_get_name (family), subtitle->str);
  if (languages != NULL && languages[0] != NULL)
    {
      GtkWidget *tag = gtk_label_new (ok_language_name (languages[0]));

      gtk_widget_add_css_class (tag, "tag");
      gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", ok_family_summary_get_id (family));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-family");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
}

static void
fill_add_menu (OkContactParentPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) languages_menu = g_menu_new ();
  g_autoptr(GMenu) groups_menu = g_menu_new ();
  g_autoptr(GMenu) family_menu = g_menu_new ();
  g_auto(GStrv) languages = ok_store_languages_in_use (self->store, NULL);
  g_auto(GStrv) groups = ok_store_groups_in_use (self->store, NULL);
  const char * const *covered_languages = ok_contact_parent_get_languages (self->contact_parent);
  const char * const *covered_groups = ok_contact_parent_get_groups (self->contact_parent);

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (covered_languages != NULL && g_strv_contains (covered_languages, languages[i]))
        continue;
      item = g_menu_item_new (ok_language_name (languages[i]), NULL);
      g_menu_item_set_action_and_target_value (item, "contact.add-language", g_variant_new_string (languages[i]));
      g_menu_append_item (languages_menu, item);
    }
  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (covered_groups != NULL && g_strv_contains (covered_groups, groups[i]))
        continue;
      label = g_strdup_printf (_("Group %s"), groups[i]);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "contact.add-group", g_variant_new_string (groups[i]));
      g_menu_append_item (groups_menu, item);
    }
  g_menu_append (family_menu, _("One _Family…"), "contact.add-family");

  g_menu_append_submenu (menu, _("Home _Language"), G_MENU_MODEL (languages_menu));
  g_menu_append_submenu (menu, _("_Group"), G_MENU_MODEL (groups_menu));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (family_menu));
  gtk_menu_button_set_menu_model (self->add_button, G_MENU_MODEL (menu));
}

void
ok_contact_parent_page_reload (OkContactParentPage *self)
{
  g_autoptr(GPtrArray) named = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GDate) today = ok_date_today ();
  g_autofree char *quarter = ok_date_text_quarter (today);
  g_autofree char *not_reached_title = NULL;
  g_autofree char *all_title = NULL;
  const char * const *languages;
  const char * const *groups;
  guint not_reached = 0, shown = 0;
  OkReportPeriod period;

  g_return_if_fail (OK_IS_CONTACT_PARENT_PAGE (self));

  clear_rows (self);
  g_clear_object (&self->contact_parent);
  if (self->store != NULL && self->id > 0)
    self->contact_parent = ok_store_contact_parent_get (self->store, self->id, NULL);
  if (self->contact_parent == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      adw_window_title_set_title (self->window_title, "");
      gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), FALSE);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "contact-parent");
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), TRUE);
  adw_window_title_set_title (self->window_title, ok_contact_parent_get_name (self->contact_parent));
  adw_avatar_set_text (self->avatar, ok_contact_parent_get_name (self->contact_parent));
  gtk_label_set_label (self->name_label, ok_contact_parent_get_name (self->contact_parent));
  gtk_label_set_label (self->phone_label, ok_contact_parent_get_phone (self->contact_parent) ?: "");
  gtk_widget_set_visible (GTK_WIDGET (self->phone_label), ok_contact_parent_get_phone (self->contact_parent) != NULL);
  gtk_label_set_label (self->notes_label, ok_contact_parent_get_notes (self->contact_parent) ?: "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), ok_contact_parent_get_notes (self->contact_parent) != NULL);

  languages = ok_contact_parent_get_languages (self->contact_parent);
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      g_autofree char *target = g_strconcat ("language:", languages[i], NULL);
      add_coverage_row (self, ok_language_name (languages[i]), _("Everyone with this home language"), target);
    }
  groups = ok_contact_parent_get_groups (self->contact_parent);
  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    {
      g_autofree char *target = g_strconcat ("group:", groups[i], NULL);
      g_autofree char *title = g_strdup_printf (_("Group %s"), groups[i]);
      add_coverage_row (self, title, _("Every family with a pupil in this group"), target);
    }
  named = ok_store_contact_parent_named_families (self->store, self->id, NULL);
  for (guint i = 0; named != NULL && i < named->len; i++)
    {
      OkFamilySummary *family = g_ptr_array_index (named, i);
      g_autofree char *target = g_strdup_printf ("family:%" G_GINT64_FORMAT, ok_family_summary_get_id (family));
      add_coverage_row (self, ok_family_summary_get_name (family), _("One family"), target);
    }
  if ((languages == NULL || languages[0] == NULL) && (groups == NULL || groups[0] == NULL)
      && (named == NULL || named->len == 0))
    add_row (self, self->coverage_group, _("Covers no families yet"),
             _("Add a home language, a group or single families"));

  ok_reach_current_period (&period);
  families = ok_store_contact_parent_families (self->store, self->id, &period, FALSE, NULL);
  for (guint i = 0; families != NULL && i < families->len; i++)
    {
      OkFamilySummary *family = g_ptr_array_index (families, i);

      if (ok_family_summary_get_reached (family) || shown >= MAX_FAMILIES)
        continue;
      add_family_row (self, self->not_reached_group, family);
      not_reached++;
      shown++;
    }
  for (guint i = 0; families != NULL && i < families->len && i < MAX_FAMILIES; i++)
    add_family_row (self, self->all_group, g_ptr_array_index (families, i));
  if (not_reached == 0)
    add_row (self, self->not_reached_group, _("Everyone was reached this quarter"), NULL);

  not_reached_title = g_strdup_printf (_("Not Reached in %s (%u)"), quarter, not_reached);
  all_title = g_strdup_printf (_("All Covered Families (%u)"), families != NULL ? families->len : 0);
  adw_preferences_group_set_title (self->not_reached_group, not_reached_title);
  adw_preferences_group_set_title (self->all_group, all_title);
  fill_add_menu (self);
}

/* Actions */

static void
add_coverage (OkContactParentPage *self,
              OkCoverageKind       kind,
              gint64               family_id,
              const char          *value)
{
  g_autoptr(GError) error = NULL;
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));

  if (!ok_store_coverage_add (self->store, self->id, kind, family_id, value, &error) && window != NULL)
    ok_window_report_error (window, _("Could not change what the contact parent covers"), error);
  changed (self);
}

static void
add_language_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  add_coverage (OK_CONTACT_PARENT_PAGE (widget), OK_COVERAGE_LANGUAGE, 0, g_variant_get_string (parameter, NULL));
}

static void
add_group_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  add_coverage (OK_CONTACT_PARENT_PAGE (widget), OK_COVERAGE_GROUP, 0, g_variant_get_string (parameter, NULL));
}

static void
on_family_chosen_cb (OkFamilyChooser     *chooser,
                     gint64               family_id,
                     OkContactParentPage *self)
{
  add_coverage (self, OK_COVERAGE_FAMILY, family_id, NULL);
}

static void
add_family_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OkContactParentPage *self = OK_CONTACT_PARENT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  OkFamilyChooser *chooser;

  chooser = ok_family_chooser_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store,
                                   _("Choose a Family to Cover"));
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (on_family_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
remove_coverage_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  OkContactParentPage *self = OK_CONTACT_PARENT_PAGE (widget);
  const char *target = g_variant_get_string (parameter, NULL);
  const char *value = strchr (target, ':');
  g_autoptr(GError) error = NULL;
  OkCoverageKind kind;

  if (value == NULL)
    return;
  value++;
  if (g_str_has_prefix (target, "language:"))
    kind = OK_COVERAGE_LANGUAGE;
  else if (g_str_has_prefix (target, "group:"))
    kind = OK_COVERAGE_GROUP;
  else
    kind = OK_COVERAGE_FAMILY;

  if (!ok_store_coverage_remove (self->store, self->id, kind,
                                 kind == OK_COVERAGE_FAMILY ? g_ascii_strtoll (value, NULL, 10) : 0,
                                 kind == OK_COVERAGE_FAMILY ? NULL : value, &error))
    g_warning ("Could not remove coverage: %s", error->message);
  changed (self);
}

/* Public API */

gint64
ok_contact_parent_page_get_contact_parent_id (OkContactParentPage *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_PARENT_PAGE (self), 0);

  return self->contact_parent != NULL ? self->id : 0;
}

const char *
ok_contact_parent_page_get_name (OkContactParentPage *self)
{
  g_return_val_if_fail (OK_IS_CONTACT_PARENT_PAGE (self), NULL);

  return self->contact_parent != NULL ? ok_contact_parent_get_name (self->contact_parent) : NULL;
}

void
ok_contact_parent_page_set_contact_parent_id (OkContactParentPage *self,
                                              gint64               id)
{
  g_return_if_fail (OK_IS_CONTACT_PARENT_PAGE (self));

  self->id = id;
  ok_contact_parent_page_reload (self);
}

void
ok_contact_parent_page_set_store (OkContactParentPage *self,
                                  OkStore             *store)
{
  g_return_if_fail (OK_IS_CONTACT_PARENT_PAGE (self));

  if (g_set_object (&self->store, store))
    ok_contact_parent_page_reload (self);
}

/* GObject */

static void
ok_contact_parent_page_dispose (GObject *object)
{
  OkContactParentPage *self = OK_CONTACT_PARENT_PAGE (object);
  GtkWidget *child;

  clear_rows (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_CONTACT_PARENT_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->contact_parent);
  g_clear_pointer (&self->dynamic_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ok_contact_parent_page_parent_class)->dispose (object);
}

static void
ok_contact_parent_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OkContactParentPage *self = OK_CONTACT_PARENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_SHOW_BACK_BUTTON:
      g_value_set_boolean (value, self->show_back_button);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_contact_parent_page_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  OkContactParentPage *self = OK_CONTACT_PARENT_PAGE (object);

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

static void
ok_contact_parent_page_class_init (OkContactParentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_contact_parent_page_dispose;
  object_class->get_property = ok_contact_parent_page_get_property;
  object_class->set_property = ok_contact_parent_page_set_property;

  /* Whether the list beside the page is folded away. */
  properties[PROP_SHOW_BACK_BUTTON] =
    g_param_spec_boolean ("show-back-button", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-contact-parent-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OkContactParentPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentPage, phone_label);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentPage, notes_label);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentPage, coverage_group);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentPage, not_reached_group);
  gtk_widget_class_bind_template_child (widget_class, OkContactParentPage, all_group);

  gtk_widget_class_install_action (widget_class, "contact.add-language", "s", add_language_action);
  gtk_widget_class_install_action (widget_class, "contact.add-group", "s", add_group_action);
  gtk_widget_class_install_action (widget_class, "contact.add-family", NULL, add_family_action);
  gtk_widget_class_install_action (widget_class, "contact.remove-coverage", "s", remove_coverage_action);
}

static void
ok_contact_parent_page_init (OkContactParentPage *self)
{
  self->dynamic_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  ok_contact_parent_page_reload (self);
}

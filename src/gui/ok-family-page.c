/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One family: its parents and pupils, how to reach them, who bridges to
 * them, what they came to and when someone last spoke to them. What the
 * page's buttons and menus change is in ok-family-page-actions.c. */
#define G_LOG_DOMAIN "ok-family-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-date-text.h"
#include "ok-enums.h"
#include "ok-family-page-private.h"
#include "ok-language-table.h"
#include "ok-text.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-store-reach.h"

#define MAX_HISTORY 50

G_DEFINE_FINAL_TYPE (OkFamilyPage, ok_family_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SHOW_BACK_BUTTON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_hidden (OkFamilyPage *self,
           const char   *kind,
           gint64        id)
{
  g_autofree char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, kind, id);

  return g_hash_table_contains (self->hidden, key);
}

/* Rows */

static void
clear_rows (OkFamilyPage *self)
{
  for (guint i = 0; i + 1 < self->dynamic_rows->len; i += 2)
    adw_preferences_group_remove (g_ptr_array_index (self->dynamic_rows, i),
                                  g_ptr_array_index (self->dynamic_rows, i + 1));
  g_ptr_array_set_size (self->dynamic_rows, 0);
}

static GtkWidget *
add_row (OkFamilyPage        *self,
         AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title != NULL ? title : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->dynamic_rows, group);
  g_ptr_array_add (self->dynamic_rows, row);
  return row;
}

static void
add_placeholder (OkFamilyPage        *self,
                 AdwPreferencesGroup *group,
                 const char          *text)
{
  GtkWidget *row = add_row (self, group, text, NULL);

  gtk_widget_add_css_class (row, "dim-label");
}

static GtkWidget *
row_menu_button (GMenu *menu)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("More"));
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
menu_append_id (GMenu      *menu,
                const char *label,
                const char *action,
                gint64      id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_int64 (id));
  g_menu_append_item (menu, item);
}

static void
fill_parents (OkFamilyPage *self)
{
  g_autoptr(GPtrArray) parents = ok_store_parent_list (self->store, self->family_id, NULL);
  guint shown = 0;

  for (guint i = 0; parents != NULL && i < parents->len; i++)
    {
      OkParent *parent = g_ptr_array_index (parents, i);
      gint64 id = ok_parent_get_id (parent);
      gint64 contact_parent = ok_store_contact_parent_find (self->store, id, NULL);
      g_autoptr(GString) subtitle = g_string_new (NULL);
      g_autoptr(GMenu) menu = g_menu_new ();
      g_autoptr(GMenu) danger = g_menu_new ();
      GtkWidget *row;

      if (is_hidden (self, "parent", id))
        continue;
      if (ok_parent_get_phone (parent) != NULL)
        g_string_append (subtitle, ok_parent_get_phone (parent));
      if (ok_parent_get_email (parent) != NULL)
        g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", ok_parent_get_email (parent));

      row = add_row (self, self->parents_group, ok_parent_get_name (parent), subtitle->str);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
      if (contact_parent > 0)
        {
          GtkWidget *tag = gtk_label_new (_("Contact parent"));

          gtk_widget_add_css_class (tag, "tag");
          gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
        }

      menu_append_id (menu, _("_Edit"), "family.edit-parent", id);
      if (contact_parent <= 0)
        menu_append_id (menu, _("Make _Contact Parent"), "family.make-contact-parent", id);
      menu_append_id (danger, _("_Remove Parent"), "family.delete-parent", id);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), row_menu_button (menu));
      shown++;
    }
  if (shown == 0)
    add_placeholder (self, self->parents_group, _("No parents yet"));
}

static char *
child_name (OkChild *child)
{
  const char *infix = ok_child_get_infix (child);

  if (infix != NULL && *infix != '\0')
    return g_strdup_printf ("%s %s %s", ok_child_get_first_name (child), infix, ok_child_get_last_name (child));
  return g_strdup_printf ("%s %s", ok_child_get_first_name (child), ok_child_get_last_name (child));
}

static void
fill_children (OkFamilyPage *self)
{
  g_autoptr(GPtrArray) children = ok_store_child_list (self->store, self->family_id, NULL);
  guint shown = 0;

  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      OkChild *child = g_ptr_array_index (children, i);
      gint64 id = ok_child_get_id (child);
      g_autofree char *name = child_name (child);
      g_autofree char *since = ok_date_text_from_iso (ok_child_get_enrolled_from (child));
      g_autoptr(GString) subtitle = g_string_new (NULL);
      g_autoptr(GMenu) menu = g_menu_new ();
      g_autoptr(GMenu) danger = g_menu_new ();
      GtkWidget *row;

      if (is_hidden (self, "child", id))
        continue;
      if (ok_child_get_group (child) != NULL)
        g_string_append_printf (subtitle, _("Group %s"), ok_child_get_group (child));
      g_string_append_printf (subtitle, "%s", subtitle->len > 0 ? " · " : "");
      g_string_append_printf (subtitle, _("at school since %s"), since);
      if (ok_child_get_enrolled_until (child) != NULL)
        {
          g_autofree char *until = ok_date_text_from_iso (ok_child_get_enrolled_until (child));
          g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, _("left on %s"), until);
        }

      row = add_row (self, self->children_group, name, subtitle->str);
      menu_append_id (menu, _("_Edit"), "family.edit-child", id);
      menu_append_id (danger, _("_Remove Pupil"), "family.delete-child", id);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), row_menu_button (menu));
      shown++;
    }
  if (shown == 0)
    add_placeholder (self, self->children_group, _("No pupils yet"));
}

static void
set_row (AdwActionRow *row,
         const char   *value)
{
  gtk_widget_set_visible (GTK_WIDGET (row), value != NULL && *value != '\0');
  adw_action_row_set_subtitle (row, value != NULL ? value : "");
}

static void
fill_details (OkFamilyPage *self)
{
  OkFamily *family = self->family;
  g_autofree char *languages = ok_language_list_text (ok_family_get_languages (family));
  g_autoptr(GString) consent = g_string_new (NULL);
  g_autofree char *address = NULL;

  set_row (self->languages_row, *languages != '\0' ? languages : _("Not known"));
  set_row (self->channel_row, ok_enum_to_label (OK_TYPE_CHANNEL, ok_family_get_preferred_channel (family)));
  g_string_append (consent, ok_family_get_consent_contact_parent (family)
                   ? _("May be called by a contact parent") : _("No contact through a contact parent"));
  g_string_append (consent, " · ");
  g_string_append (consent, ok_family_get_consent_photos (family) ? _("photos allowed") : _("no photos"));
  set_row (self->consent_row, consent->str);
  set_row (self->reads_row, ok_family_get_reads_no_language (family)
           ? _("Reads no language: call or speak in person") : NULL);
  if (ok_family_get_postcode (family) != NULL || ok_family_get_house_number (family) != NULL)
    address = g_strdup_printf ("%s %s", ok_family_get_postcode (family) ?: "",
                               ok_family_get_house_number (family) ?: "");
  set_row (self->address_row, address != NULL ? g_strstrip (address) : NULL);
  set_row (self->notes_row, ok_family_get_notes (family));
}

static void
fill_contact_parents (OkFamilyPage *self)
{
  g_autoptr(GPtrArray) list = ok_store_family_contact_parents (self->store, self->family_id, NULL);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      OkContactParent *cp = g_ptr_array_index (list, i);
      GtkWidget *row = add_row (self, self->contact_parents_group, ok_contact_parent_get_name (cp),
                                ok_contact_parent_get_phone (cp));

      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emoji-people-symbolic"));
    }
  if (list == NULL || list->len == 0)
    add_placeholder (self, self->contact_parents_group, _("No contact parent covers this family yet"));
}

static void
fill_moments (OkFamilyPage *self)
{
  g_autoptr(GPtrArray) moments = ok_store_contact_moment_list (self->store, self->family_id, NULL);
  guint shown = 0;

  for (guint i = 0; moments != NULL && i < moments->len && shown < MAX_HISTORY; i++)
    {
      OkContactMoment *moment = g_ptr_array_index (moments, i);
      gint64 id = ok_contact_moment_get_id (moment);
      g_autofree char *date = ok_date_text_from_iso (ok_contact_moment_get_date (moment));
      g_autofree char *title = NULL;
      g_autoptr(GString) subtitle = g_string_new (NULL);
      GtkWidget *row, *remove;

      if (is_hidden (self, "moment", id))
        continue;
      title = g_strdup_printf ("%s · %s", date, ok_enum_to_label (OK_TYPE_CHANNEL, ok_contact_moment_get_channel (moment)));
      if (ok_contact_moment_get_note (moment) != NULL)
        g_string_append (subtitle, ok_contact_moment_get_note (moment));
      if (ok_contact_moment_get_by_name (moment) != NULL)
        {
          if (subtitle->len > 0)
            g_string_append (subtitle, " · ");
          g_string_append_printf (subtitle, _("by %s"), ok_contact_moment_get_by_name (moment));
        }
      row = add_row (self, self->moments_group, title, subtitle->str);
      remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (remove, _("Remove Contact Moment"));
      gtk_widget_add_css_class (remove, "flat");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "family.delete-contact");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      shown++;
    }
  if (shown == 0)
    add_placeholder (self, self->moments_group, _("No contact logged yet"));
}

static void
fill_history (OkFamilyPage *self)
{
  g_autoptr(GPtrArray) history = ok_store_family_attendance (self->store, self->family_id, NULL);

  for (guint i = 0; history != NULL && i < history->len && i < MAX_HISTORY; i++)
    {
      OkAttendanceEntry *entry = g_ptr_array_index (history, i);
      g_autoptr(GDate) day = ok_date_from_time (ok_attendance_entry_get_starts_at (entry));
      g_autofree char *date = ok_date_text_short (day);
      g_autofree char *year_date = g_strdup_printf ("%s %d", date, g_date_get_year (day));
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      subtitle = g_strdup_printf ("%s · %s · %s", year_date, ok_attendance_entry_get_parent_name (entry),
                                  ok_enum_to_label (OK_TYPE_ATTENDANCE_STATUS, ok_attendance_entry_get_status (entry)));
      row = add_row (self, self->history_group, ok_attendance_entry_get_title (entry), subtitle);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", ok_attendance_entry_get_activity_id (entry));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-activity");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  if (history == NULL || history->len == 0)
    add_placeholder (self, self->history_group, _("Nobody of this family came to an activity yet"));
}

void
ok_family_page_reload (OkFamilyPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  gboolean reached = TRUE;
  OkReportPeriod quarter;

  g_return_if_fail (OK_IS_FAMILY_PAGE (self));

  clear_rows (self);
  g_clear_object (&self->family);
  if (self->store != NULL && self->family_id > 0)
    self->family = ok_store_family_get (self->store, self->family_id, &error);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "family.edit", self->family != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "family.add-parent", self->family != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "family.add-child", self->family != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "family.log-contact", self->family != NULL);

  if (self->family == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      adw_window_title_set_title (self->window_title, "");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "family");
  adw_window_title_set_title (self->window_title, ok_family_get_name (self->family));
  adw_avatar_set_text (self->avatar, ok_text_family_surname (ok_family_get_name (self->family)));
  gtk_label_set_label (self->name_label, ok_family_get_name (self->family));
  summary = g_strdup_printf (_("Prefers %s"),
                             ok_enum_to_label (OK_TYPE_CHANNEL, ok_family_get_preferred_channel (self->family)));
  if (ok_family_get_languages (self->family) != NULL && ok_family_get_languages (self->family)[0] != NULL)
    {
      g_autofree char *languages = ok_language_list_text (ok_family_get_languages (self->family));
      g_autofree char *both = g_strdup_printf ("%s · %s", languages, summary);
      g_free (summary);
      summary = g_steal_pointer (&both);
    }
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_set_visible (self->interpreter_label, ok_family_get_interpreter_needed (self->family));

  fill_parents (self);
  fill_children (self);
  fill_details (self);
  fill_contact_parents (self);
  fill_moments (self);
  fill_history (self);
  ok_reach_current_period (&quarter);
  if (!ok_store_family_reached (self->store, self->family_id, &quarter, &reached, &error))
    g_warning ("Could not tell whether the family was reached: %s", error->message);
  gtk_widget_set_visible (self->not_reached_label, !reached);
}

/* Public API */

gint64
ok_family_page_get_family_id (OkFamilyPage *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_PAGE (self), 0);

  return self->family != NULL ? self->family_id : 0;
}

const char *
ok_family_page_get_family_name (OkFamilyPage *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_PAGE (self), NULL);

  return self->family != NULL ? ok_family_get_name (self->family) : NULL;
}

void
ok_family_page_set_family_id (OkFamilyPage *self,
                              gint64        id)
{
  g_return_if_fail (OK_IS_FAMILY_PAGE (self));

  if (self->family_id != id)
    gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  self->family_id = id;
  ok_family_page_reload (self);
}

void
ok_family_page_set_store (OkFamilyPage *self,
                          OkStore      *store)
{
  g_return_if_fail (OK_IS_FAMILY_PAGE (self));

  if (g_set_object (&self->store, store))
    ok_family_page_reload (self);
}

/* GObject */

static void
ok_family_page_dispose (GObject *object)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (object);
  GtkWidget *child;

  clear_rows (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_FAMILY_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->family);
  g_clear_pointer (&self->dynamic_rows, g_ptr_array_unref);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (ok_family_page_parent_class)->dispose (object);
}

static void
ok_family_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (object);

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
ok_family_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OkFamilyPage *self = OK_FAMILY_PAGE (object);

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
ok_family_page_class_init (OkFamilyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_family_page_dispose;
  object_class->get_property = ok_family_page_get_property;
  object_class->set_property = ok_family_page_set_property;

  /* Whether the list beside the page is folded away, so that the page
   * needs a way back to it. */
  properties[PROP_SHOW_BACK_BUTTON] =
    g_param_spec_boolean ("show-back-button", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-family-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, avatar);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, name_label);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, not_reached_label);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, interpreter_label);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, parents_group);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, children_group);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, languages_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, channel_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, consent_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, reads_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, address_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, notes_row);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, contact_parents_group);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, moments_group);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyPage, history_group);
  _ok_family_page_class_init_actions (widget_class);
}

static void
ok_family_page_init (OkFamilyPage *self)
{
  self->dynamic_rows = g_ptr_array_new ();
  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  ok_family_page_reload (self);
}

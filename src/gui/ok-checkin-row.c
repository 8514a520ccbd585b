/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One parent in a list at the door: name, children, why expected, and
 * whether the mark is stored. */
#define G_LOG_DOMAIN "ok-checkin-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-checkin-row.h"
#include "ok-time.h"

struct _OkCheckinRow
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkImage *status_icon;
  GtkLabel *name_label;
  GtkLabel *detail_label;
  GtkLabel *badge_label;
  GtkButton *family_button;
  GtkButton *excuse_button;

  /* Owned references */
  OkCheckinEntry *entry;
  GSignalGroup *entry_signals;

  gboolean selected;
};

G_DEFINE_FINAL_TYPE (OkCheckinRow, ok_checkin_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ENTRY,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
local_time_of (const char *recorded_at)
{
  g_autoptr(GDateTime) utc = recorded_at != NULL ? g_date_time_new_from_iso8601 (recorded_at, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return NULL;
  /* Dutch time, like the activity itself, wherever the laptop thinks it is. */
  local = g_date_time_to_timezone (utc, ok_time_zone ());
  return g_date_time_format (local, "%H:%M");
}

static const char *
reason_text (OkCheckinReason reason)
{
  switch (reason)
    {
    case OK_CHECKIN_REASON_TARGET_GROUP:
      return C_("check-in", "target group");
    case OK_CHECKIN_REASON_LAST_TIME:
      return C_("check-in", "came last time");
    case OK_CHECKIN_REASON_REGISTERED:
    case OK_CHECKIN_REASON_INVITED:
    case OK_CHECKIN_REASON_NONE:
    default:
      return NULL;
    }
}

static void
set_badge (OkCheckinRow *self,
           const char   *text,
           const char   *style)
{
  static const char * const styles[] = { "present", "unsaved", "excused", "expected" };

  gtk_label_set_text (self->badge_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->badge_label), text != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (g_strcmp0 (styles[i], style) == 0)
      gtk_widget_add_css_class (GTK_WIDGET (self->badge_label), styles[i]);
    else
      gtk_widget_remove_css_class (GTK_WIDGET (self->badge_label), styles[i]);
}

static void
update (OkCheckinRow *self)
{
  OkCheckinEntry *entry = self->entry;
  g_autoptr(GString) detail = g_string_new (NULL);
  g_autofree char *time = NULL;
  g_autofree char *present_text = NULL;
  const char *reason;
  int status;
  gint64 parent_id;

  if (entry == NULL)
    return;

  status = ok_checkin_entry_get_status (entry);
  parent_id = ok_checkin_entry_get_parent_id (entry);
  gtk_label_set_text (self->name_label, ok_checkin_entry_get_name (entry));

  if (ok_checkin_entry_get_children (entry) != NULL)
    g_string_append (detail, ok_checkin_entry_get_children (entry));
  reason = reason_text (ok_checkin_entry_get_reason (entry));
  if (reason != NULL)
    g_string_append_printf (detail, "%s%s", detail->len > 0 ? " · " : "", reason);
  if (ok_checkin_entry_get_walk_in (entry))
    g_string_append_printf (detail, "%s%s", detail->len > 0 ? " · " : "", C_("check-in", "walk-in"));
  gtk_label_set_text (self->detail_label, detail->str);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail->len > 0);

  if (ok_checkin_entry_get_unsaved (entry))
    {
      gtk_image_set_from_icon_name (self->status_icon, "dialog-warning-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "error");
      set_badge (self, C_("check-in", "Not saved"), "unsaved");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), "success");
      gtk_image_set_from_icon_name (self->status_icon,
                                    status == OK_ATTENDANCE_STATUS_PRESENT ? "object-select-symbolic" : NULL);
      switch (status)
        {
        case OK_ATTENDANCE_STATUS_PRESENT:
          time = local_time_of (ok_checkin_entry_get_recorded_at (entry));
          /* Translators: a parent is present since a time such as 08:42 */
          present_text = time != NULL ? g_strdup_printf (C_("check-in", "Present · %s"), time) : g_strdup (C_("check-in", "Present"));
          set_badge (self, present_text, "present");
          break;
        case OK_ATTENDANCE_STATUS_REGISTERED:
          set_badge (self, C_("check-in", "Registered"), "expected");
          break;
        case OK_ATTENDANCE_STATUS_INVITED:
          set_badge (self, C_("check-in", "Invited"), "expected");
          break;
        case OK_ATTENDANCE_STATUS_EXCUSED:
          set_badge (self, C_("check-in", "Excused"), "excused");
          break;
        case OK_ATTENDANCE_STATUS_NO_SHOW:
          set_badge (self, C_("check-in", "No-show"), "excused");
          break;
        default:
          set_badge (self, NULL, NULL);
          break;
        }
    }

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->family_button), "x", parent_id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->excuse_button), "x", parent_id);
  /* The extra buttons only on the row under the pointer or the keyboard:
   * a list full of buttons is hard to read from a step away. */
  gtk_widget_set_visible (GTK_WIDGET (self->family_button),
                          self->selected && ok_checkin_entry_get_family_size (entry) > 1);
  gtk_widget_set_visible (GTK_WIDGET (self->excuse_button),
                          self->selected && status != OK_ATTENDANCE_STATUS_PRESENT
                          && status != OK_ATTENDANCE_STATUS_EXCUSED);
}

static void
entry_notify_cb (OkCheckinRow *self)
{
  update (self);
}

static void
ok_checkin_row_dispose (GObject *object)
{
  OkCheckinRow *self = OK_CHECKIN_ROW (object);
  GtkWidget *child;

  g_clear_object (&self->entry_signals);
  g_clear_object (&self->entry);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_CHECKIN_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ok_checkin_row_parent_class)->dispose (object);
}

static void
ok_checkin_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OkCheckinRow *self = OK_CHECKIN_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      g_value_set_object (value, self->entry);
      break;

    case PROP_SELECTED:
      g_value_set_boolean (value, self->selected);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_checkin_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OkCheckinRow *self = OK_CHECKIN_ROW (object);

  switch (prop_id)
    {
    case PROP_ENTRY:
      ok_checkin_row_set_entry (self, g_value_get_object (value));
      break;

    case PROP_SELECTED:
      if (self->selected != g_value_get_boolean (value))
        {
          self->selected = g_value_get_boolean (value);
          update (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_checkin_row_class_init (OkCheckinRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_checkin_row_dispose;
  object_class->get_property = ok_checkin_row_get_property;
  object_class->set_property = ok_checkin_row_set_property;

  properties[PROP_ENTRY] =
    g_param_spec_object ("entry", NULL, NULL, OK_TYPE_CHECKIN_ENTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Whether the list has this row selected. */
  properties[PROP_SELECTED] =
    g_param_spec_boolean ("selected", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-checkin-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OkCheckinRow, status_icon);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinRow, badge_label);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinRow, family_button);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinRow, excuse_button);
  gtk_widget_class_set_css_name (widget_class, "checkinrow");
}

static void
ok_checkin_row_init (OkCheckinRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->entry_signals = g_signal_group_new (OK_TYPE_CHECKIN_ENTRY);
  g_signal_group_connect_swapped (self->entry_signals, "notify", G_CALLBACK (entry_notify_cb), self);
}

OkCheckinEntry *
ok_checkin_row_get_entry (OkCheckinRow *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_ROW (self), NULL);

  return self->entry;
}

void
ok_checkin_row_set_entry (OkCheckinRow   *self,
                          OkCheckinEntry *entry)
{
  g_return_if_fail (OK_IS_CHECKIN_ROW (self));
  g_return_if_fail (entry == NULL || OK_IS_CHECKIN_ENTRY (entry));

  if (!g_set_object (&self->entry, entry))
    return;
  g_signal_group_set_target (self->entry_signals, entry);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTRY]);
}

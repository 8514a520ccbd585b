/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One activity in the agenda: a calendar-leaf date, the title, and when,
 * where and what it is. */
#define G_LOG_DOMAIN "ok-activity-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-activity-row.h"
#include "ok-date-text.h"

struct _OkActivityRow
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkLabel *weekday_label;
  GtkLabel *day_label;
  GtkLabel *month_label;
  GtkLabel *title_label;
  GtkLabel *details_label;
  GtkLabel *status_label;
  GtkImage *series_image;

  /* Owned references */
  OkActivity *activity;
};

G_DEFINE_FINAL_TYPE (OkActivityRow, ok_activity_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ACTIVITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (OkActivityRow *self)
{
  OkActivity *activity = self->activity;
  g_autoptr(GDate) day = NULL;
  g_autoptr(GString) details = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *from = NULL;
  GDateTime *starts;
  gboolean cancelled;

  if (activity == NULL || ok_activity_get_starts_at (activity) == NULL)
    return;

  starts = ok_activity_get_starts_at (activity);
  day = ok_date_from_time (starts);
  day_text = g_strdup_printf ("%d", g_date_get_day (day));
  gtk_label_set_label (self->weekday_label, ok_date_text_weekday_abbrev (g_date_get_weekday (day)));
  gtk_label_set_label (self->day_label, day_text);
  gtk_label_set_label (self->month_label, ok_date_text_month_abbrev (g_date_get_month (day)));
  gtk_label_set_label (self->title_label, ok_activity_get_title (activity));

  details = g_string_new (NULL);
  from = ok_date_text_time (starts);
  g_string_append (details, from);
  if (ok_activity_get_ends_at (activity) != NULL)
    {
      g_autofree char *until = ok_date_text_time (ok_activity_get_ends_at (activity));
      g_string_append_printf (details, "–%s", until);
    }
  g_string_append_printf (details, " · %s",
                          ok_enum_to_label (OK_TYPE_ACTIVITY_KIND, ok_activity_get_kind (activity)));
  if (ok_activity_get_location (activity) != NULL && *ok_activity_get_location (activity) != '\0')
    g_string_append_printf (details, " · %s", ok_activity_get_location (activity));
  gtk_label_set_label (self->details_label, details->str);

  cancelled = ok_activity_get_status (activity) == OK_ACTIVITY_STATUS_CANCELLED;
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), cancelled);
  gtk_widget_set_visible (GTK_WIDGET (self->series_image), ok_activity_get_series_id (activity) > 0);
  if (cancelled)
    gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title_label), "dim-label");
}

OkActivity *
ok_activity_row_get_activity (OkActivityRow *self)
{
  g_return_val_if_fail (OK_IS_ACTIVITY_ROW (self), NULL);

  return self->activity;
}

void
ok_activity_row_set_activity (OkActivityRow *self,
                              OkActivity    *activity)
{
  g_return_if_fail (OK_IS_ACTIVITY_ROW (self));

  if (!g_set_object (&self->activity, activity))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVITY]);
}

static void
ok_activity_row_dispose (GObject *object)
{
  OkActivityRow *self = OK_ACTIVITY_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_ACTIVITY_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->activity);

  G_OBJECT_CLASS (ok_activity_row_parent_class)->dispose (object);
}

static void
ok_activity_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OkActivityRow *self = OK_ACTIVITY_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTIVITY:
      g_value_set_object (value, self->activity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_activity_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OkActivityRow *self = OK_ACTIVITY_ROW (object);

  switch (prop_id)
    {
    case PROP_ACTIVITY:
      ok_activity_row_set_activity (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_activity_row_class_init (OkActivityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_activity_row_dispose;
  object_class->get_property = ok_activity_row_get_property;
  object_class->set_property = ok_activity_row_set_property;

  properties[PROP_ACTIVITY] =
    g_param_spec_object ("activity", NULL, NULL, OK_TYPE_ACTIVITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-activity-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OkActivityRow, weekday_label);
  gtk_widget_class_bind_template_child (widget_class, OkActivityRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, OkActivityRow, month_label);
  gtk_widget_class_bind_template_child (widget_class, OkActivityRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, OkActivityRow, details_label);
  gtk_widget_class_bind_template_child (widget_class, OkActivityRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, OkActivityRow, series_image);
}

static void
ok_activity_row_init (OkActivityRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

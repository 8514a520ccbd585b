/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One family in a list: who the parents and pupils are, which language
 * to use, and whether an interpreter is needed. */
#define G_LOG_DOMAIN "ok-family-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-family-row.h"
#include "ok-language-table.h"
#include "ok-text.h"

struct _OkFamilyRow
{
  GtkWidget parent_instance;

  /* Template widgets */
  AdwAvatar *avatar;
  GtkLabel *name_label;
  GtkLabel *people_label;
  GtkLabel *language_label;
  GtkWidget *interpreter_image;

  /* Owned references */
  OkFamilySummary *family;
};

G_DEFINE_FINAL_TYPE (OkFamilyRow, ok_family_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FAMILY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (OkFamilyRow *self)
{
  OkFamilySummary *family = self->family;
  const char * const *languages;
  const char *parents, *children;
  g_autofree char *people = NULL;

  if (family == NULL)
    return;

  adw_avatar_set_text (self->avatar, ok_text_family_surname (ok_family_summary_get_name (family)));
  gtk_label_set_label (self->name_label, ok_family_summary_get_name (family));

  parents = ok_family_summary_get_parents (family);
  children = ok_family_summary_get_children (family);
  if (parents != NULL && *parents != '\0' && children != NULL && *children != '\0')
    people = g_strdup_printf ("%s · %s", parents, children);
  else
    people = g_strdup (parents != NULL && *parents != '\0' ? parents : children != NULL ? children : "");
  gtk_label_set_label (self->people_label, people);

  languages = ok_family_summary_get_languages (family);
  gtk_label_set_label (self->language_label,
                       languages != NULL && languages[0] != NULL ? ok_language_name (languages[0]) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->language_label), languages != NULL && languages[0] != NULL);
  gtk_widget_set_visible (self->interpreter_image, ok_family_summary_get_interpreter_needed (family));
}

OkFamilySummary *
ok_family_row_get_family (OkFamilyRow *self)
{
  g_return_val_if_fail (OK_IS_FAMILY_ROW (self), NULL);

  return self->family;
}

void
ok_family_row_set_family (OkFamilyRow     *self,
                          OkFamilySummary *family)
{
  g_return_if_fail (OK_IS_FAMILY_ROW (self));

  if (!g_set_object (&self->family, family))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY]);
}

static void
ok_family_row_dispose (GObject *object)
{
  OkFamilyRow *self = OK_FAMILY_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_FAMILY_ROW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->family);

  G_OBJECT_CLASS (ok_family_row_parent_class)->dispose (object);
}

static void
ok_family_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OkFamilyRow *self = OK_FAMILY_ROW (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      g_value_set_object (value, self->family);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_family_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  OkFamilyRow *self = OK_FAMILY_ROW (object);

  switch (prop_id)
    {
    case PROP_FAMILY:
      ok_family_row_set_family (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_family_row_class_init (OkFamilyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_family_row_dispose;
  object_class->get_property = ok_family_row_get_property;
  object_class->set_property = ok_family_row_set_property;

  properties[PROP_FAMILY] =
    g_param_spec_object ("family", NULL, NULL, OK_TYPE_FAMILY_SUMMARY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-family-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OkFamilyRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyRow, people_label);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyRow, language_label);
  gtk_widget_class_bind_template_child (widget_class, OkFamilyRow, interpreter_image);
}

static void
ok_family_row_init (OkFamilyRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

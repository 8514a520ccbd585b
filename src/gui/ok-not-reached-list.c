/* SPDX-License-Identifier: GPL-3.0-or-later */
/* On the Overzicht: the families with a child at school whom no activity
 * of the period reached. Choosing one opens its page; the list can be
 * copied, names and languages, to hand to a contact parent. */
#define G_LOG_DOMAIN "ok-not-reached-list"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-family.h"
#include "ok-not-reached-list.h"

struct _OkNotReachedList
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *heading_label;
  GtkListView *list_view;

  /* Owned references */
  OkQuarterReport *report;
  GListStore *families;
};

G_DEFINE_FINAL_TYPE (OkNotReachedList, ok_not_reached_list, ADW_TYPE_BIN)

static char *
language_label (OkFamily *family)
{
  const char * const *languages = ok_family_get_languages (family);

  return ok_report_label (OK_REPORT_BY_LANGUAGE, languages != NULL ? languages[0] : "und");
}

static void
setup_family_row_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *language = gtk_label_new (NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (language, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), language);
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_list_item_set_child (item, box);
}

static void
bind_family_row_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  OkFamily *family = gtk_list_item_get_item (item);
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *language = gtk_widget_get_next_sibling (name);
  g_autofree char *label = language_label (family);

  gtk_label_set_label (GTK_LABEL (name), ok_family_get_name (family));
  gtk_label_set_label (GTK_LABEL (language), label);
}

static void
family_activated_cb (OkNotReachedList *self,
                     guint             position)
{
  g_autoptr(OkFamily) family = g_list_model_get_item (G_LIST_MODEL (self->families), position);

  if (family == NULL)
    return;
  /* The window opens the family's page; the list does not know the window. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-family", "x", ok_family_get_id (family));
}

static void
copy_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  OkNotReachedList *self = OK_NOT_REACHED_LIST (widget);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *period = NULL;
  GtkWidget *overlay;

  if (self->report == NULL)
    return;

  period = ok_report_period_to_string (&self->report->period);
  g_string_append_printf (text, _("Families not reached in %s"), period);
  g_string_append_c (text, '\n');
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->families)); i++)
    {
      g_autoptr(OkFamily) family = g_list_model_get_item (G_LIST_MODEL (self->families), i);
      g_autofree char *language = language_label (family);

      g_string_append_printf (text, "%s (%s)\n", ok_family_get_name (family), language);
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text->str);
  /* The toast shows on the page the list stands on. */
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (_("The list is on the clipboard")));
}

static void
ok_not_reached_list_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OK_TYPE_NOT_REACHED_LIST);

  G_OBJECT_CLASS (ok_not_reached_list_parent_class)->dispose (object);
}

static void
ok_not_reached_list_finalize (GObject *object)
{
  OkNotReachedList *self = OK_NOT_REACHED_LIST (object);

  g_clear_object (&self->families);
  g_clear_pointer (&self->report, ok_quarter_report_unref);

  G_OBJECT_CLASS (ok_not_reached_list_parent_class)->finalize (object);
}

static void
ok_not_reached_list_class_init (OkNotReachedListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_not_reached_list_dispose;
  object_class->finalize = ok_not_reached_list_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-not-reached-list.ui");
  gtk_widget_class_bind_template_child (widget_class, OkNotReachedList, heading_label);
  gtk_widget_class_bind_template_child (widget_class, OkNotReachedList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, family_activated_cb);

  gtk_widget_class_install_action (widget_class, "not-reached.copy", NULL, copy_cb);
}

static void
ok_not_reached_list_init (OkNotReachedList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->families = g_list_store_new (OK_TYPE_FAMILY);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->families)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_family_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_family_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "not-reached.copy", FALSE);
}

OkNotReachedList *
ok_not_reached_list_new (void)
{
  return g_object_new (OK_TYPE_NOT_REACHED_LIST, NULL);
}

void
ok_not_reached_list_set_report (OkNotReachedList *self,
                                OkQuarterReport  *report)
{
  g_autofree char *heading = NULL;
  guint n;

  g_return_if_fail (OK_IS_NOT_REACHED_LIST (self));

  if (report != NULL)
    ok_quarter_report_ref (report);
  g_clear_pointer (&self->report, ok_quarter_report_unref);
  self->report = report;

  g_list_store_remove_all (self->families);
  n = report != NULL ? report->not_reached->len : 0;
  for (guint i = 0; i < n; i++)
    {
      OkReportFamily *family = &g_array_index (report->not_reached, OkReportFamily, i);
      g_autoptr(OkFamily) item = ok_family_new ();
      const char *languages[] = { family->language, NULL };
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, family->id);
      g_autofree char *fallback = g_strdup_printf (_("Family %s"), id);

      ok_family_set_id (item, family->id);
      ok_family_set_name (item, family->name != NULL ? family->name : fallback);
      ok_family_set_languages (item, languages);
      g_list_store_append (self->families, item);
    }
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u family not reached",
                                          "%u families not reached", n),
                             n);
  gtk_label_set_label (self->heading_label, report != NULL ? heading : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "not-reached.copy", n > 0);
}

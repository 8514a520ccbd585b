/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Planning interpreters while inviting: per home language, the parents
 * invited to an activity, how many are coming and how many asked for an
 * interpreter, and whether one is booked. */
#define G_LOG_DOMAIN "ok-interpreter-plan"

#include "config.h"

#include <glib/gi18n.h>
#include <inttypes.h>

#include "ok-interpreter-plan.h"
#include "ok-language-label.h"
#include "ok-store-send.h"

struct _OkInterpreterPlan
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkListBox *interpreter_list;

  /* Owned references */
  OkStore *store;
  OkActivity *activity;
  OkTemplateCatalog *catalog;
};

G_DEFINE_FINAL_TYPE (OkInterpreterPlan, ok_interpreter_plan, ADW_TYPE_BIN)

static GtkWidget *
interpreter_row (OkInterpreterPlan       *self,
                 const OkInterpreterNeed *need)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) subtitle = g_string_new (NULL);
  GtkWidget *tag = NULL;

  g_string_append_printf (subtitle, ngettext ("%" PRId64 " coming of %" PRId64 " invited",
                                              "%" PRId64 " coming of %" PRId64 " invited", need->registered),
                          need->registered, need->invited);
  if (need->needs_interpreter > 0)
    {
      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle, ngettext ("%" PRId64 " asked for an interpreter",
                                                  "%" PRId64 " asked for an interpreter",
                                                  need->needs_interpreter),
                              need->needs_interpreter);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ok_language_label (self->catalog, need->language));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);

  if (need->booked)
    {
      tag = gtk_label_new (_("Interpreter booked"));
      gtk_widget_add_css_class (tag, "success");
    }
  else if (need->registered > 0 && !g_str_equal (need->language, "nl") && !g_str_equal (need->language, "und"))
    {
      tag = gtk_label_new (_("No interpreter booked"));
      gtk_widget_add_css_class (tag, need->needs_interpreter > 0 ? "error" : "warning");
    }
  if (tag != NULL)
    {
      gtk_widget_add_css_class (tag, "caption");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), tag);
    }
  return row;
}

static void
ok_interpreter_plan_dispose (GObject *object)
{
  OkInterpreterPlan *self = OK_INTERPRETER_PLAN (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_INTERPRETER_PLAN);
  g_clear_object (&self->store);
  g_clear_object (&self->activity);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ok_interpreter_plan_parent_class)->dispose (object);
}

static void
ok_interpreter_plan_class_init (OkInterpreterPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_interpreter_plan_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-interpreter-plan.ui");
  gtk_widget_class_bind_template_child (widget_class, OkInterpreterPlan, interpreter_list);
}

static void
ok_interpreter_plan_init (OkInterpreterPlan *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

OkInterpreterPlan *
ok_interpreter_plan_new (void)
{
  return g_object_new (OK_TYPE_INTERPRETER_PLAN, NULL);
}

void
ok_interpreter_plan_set_activity (OkInterpreterPlan *self,
                                  OkStore           *store,
                                  OkActivity        *activity,
                                  OkTemplateCatalog *catalog)
{
  g_return_if_fail (OK_IS_INTERPRETER_PLAN (self));
  g_return_if_fail (OK_IS_STORE (store));
  g_return_if_fail (OK_IS_ACTIVITY (activity));
  g_return_if_fail (OK_IS_TEMPLATE_CATALOG (catalog));

  g_set_object (&self->store, store);
  g_set_object (&self->activity, activity);
  g_set_object (&self->catalog, catalog);
  ok_interpreter_plan_reload (self);
}

void
ok_interpreter_plan_reload (OkInterpreterPlan *self)
{
  g_autoptr(GArray) plan = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;

  g_return_if_fail (OK_IS_INTERPRETER_PLAN (self));
  g_return_if_fail (self->activity != NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->interpreter_list))) != NULL)
    gtk_list_box_remove (self->interpreter_list, child);

  plan = ok_store_send_interpreter_plan (self->store, self->activity, &error);
  if (plan == NULL)
    {
      g_warning ("Could not count the invited parents: %s", error->message);
      return;
    }
  for (guint i = 0; i < plan->len; i++)
    gtk_list_box_append (self->interpreter_list,
                         interpreter_row (self, &g_array_index (plan, OkInterpreterNeed, i)));
  if (plan->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nobody invited yet"));
      gtk_list_box_append (self->interpreter_list, row);
    }
}

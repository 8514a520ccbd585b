/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A language the app does not ship, added by a coordinator: its name, its
 * direction, and the day and month names its dates are written with. */
#define G_LOG_DOMAIN "ok-language-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-language-dialog.h"
#include "ok-language-table.h"
#include "ok-store-template.h"

struct _OkLanguageDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwEntryRow *code_row;
  AdwEntryRow *name_row;
  GtkSwitch *rtl_switch;
  AdwEntryRow *weekdays_row;
  AdwEntryRow *months_row;
  GtkLabel *problem_label;

  /* Owned references */
  OkStore *store;
  OkTemplateCatalog *catalog;
};

G_DEFINE_FINAL_TYPE (OkLanguageDialog, ok_language_dialog, ADW_TYPE_WINDOW)

enum {
  ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
row_text (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static gboolean
add_names (JsonBuilder  *builder,
           const char   *member,
           const char   *text,
           guint         wanted)
{
  g_auto(GStrv) names = g_strsplit (text, ",", -1);
  guint count = 0;

  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_strstrip (names[i]);
      if (*names[i] == '\0')
        continue;
      json_builder_add_string_value (builder, names[i]);
      count++;
    }
  json_builder_end_array (builder);
  return count == wanted;
}

/* The language as typed, or NULL with what is still wrong. */
static OkLanguage *
build_language (OkLanguageDialog  *self,
                GError           **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *code = g_strstrip (g_strdup (row_text (self->code_row)));
  g_autofree char *name = g_strstrip (g_strdup (row_text (self->name_row)));
  gboolean days_ok, months_ok;

  if (!ok_language_code_is_valid (code))
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE,
                   _("Fill in an ISO 639 code of two or three small letters, such as “am” for Amharic."));
      return NULL;
    }
  if (ok_template_catalog_lookup_language (self->catalog, code) != NULL)
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE,
                   _("The language “%s” is already there."), code);
      return NULL;
    }
  if (*name == '\0')
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE,
                   _("Fill in the name of the language as its speakers write it."));
      return NULL;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, code);
  json_builder_set_member_name (builder, "name");
  json_builder_add_string_value (builder, name);
  json_builder_set_member_name (builder, "direction");
  json_builder_add_string_value (builder, gtk_switch_get_active (self->rtl_switch) ? "rtl" : "ltr");
  json_builder_set_member_name (builder, "date");
  json_builder_add_string_value (builder, "EEEE d MMMM y");
  json_builder_set_member_name (builder, "time");
  json_builder_add_string_value (builder, "HH:mm");
  days_ok = add_names (builder, "weekdays", row_text (self->weekdays_row), 7);
  months_ok = add_names (builder, "months", row_text (self->months_row), 12);
  json_builder_end_object (builder);

  if (!days_ok)
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE,
                   _("Fill in the seven days of the week, from Sunday, separated by commas."));
      return NULL;
    }
  if (!months_ok)
    {
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_FILE,
                   _("Fill in the twelve months, from January, separated by commas."));
      return NULL;
    }
  node = json_builder_get_root (builder);
  return ok_language_new_from_json (node, error);
}

static void
on_changed_cb (OkLanguageDialog *self)
{
  g_autoptr(OkLanguage) language = NULL;
  g_autoptr(GError) error = NULL;
  const char *code = row_text (self->code_row);

  /* A known right-to-left code switches the direction for the user. */
  if (ok_language_code_is_valid (code) && ok_language_code_is_rtl (code))
    gtk_switch_set_active (self->rtl_switch, TRUE);

  language = build_language (self, &error);
  gtk_label_set_label (self->problem_label, language != NULL ? "" : error->message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "language.add", language != NULL);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OkLanguageDialog *self = OK_LANGUAGE_DIALOG (widget);
  g_autoptr(OkLanguage) language = NULL;
  g_autoptr(GError) error = NULL;

  language = build_language (self, &error);
  if (language == NULL || !ok_store_template_add_language (self->store, self->catalog, language, &error))
    {
      gtk_label_set_label (self->problem_label, error->message);
      return;
    }
  g_signal_emit (self, signals[ADDED], 0, ok_language_get_code (language));
  gtk_window_close (GTK_WINDOW (self));
}

static void
ok_language_dialog_dispose (GObject *object)
{
  OkLanguageDialog *self = OK_LANGUAGE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (ok_language_dialog_parent_class)->dispose (object);
}

static void
ok_language_dialog_class_init (OkLanguageDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_language_dialog_dispose;

  /**
   * OkLanguageDialog::added:
   * @code: the code of the language added
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-language-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OkLanguageDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, OkLanguageDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, OkLanguageDialog, rtl_switch);
  gtk_widget_class_bind_template_child (widget_class, OkLanguageDialog, weekdays_row);
  gtk_widget_class_bind_template_child (widget_class, OkLanguageDialog, months_row);
  gtk_widget_class_bind_template_child (widget_class, OkLanguageDialog, problem_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);

  gtk_widget_class_install_action (widget_class, "language.add", NULL, add_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ok_language_dialog_init (OkLanguageDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "language.add", FALSE);
}

OkLanguageDialog *
ok_language_dialog_new (GtkWindow         *parent,
                        OkStore           *store,
                        OkTemplateCatalog *catalog)
{
  OkLanguageDialog *self;

  g_return_val_if_fail (OK_IS_STORE (store), NULL);
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), NULL);

  self = g_object_new (OK_TYPE_LANGUAGE_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->catalog = g_object_ref (catalog);
  on_changed_cb (self);
  return self;
}

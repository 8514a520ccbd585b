/* SPDX-License-Identifier: GPL-3.0-or-later */
/* After the event: the thank-you for those who came, or the "we missed
 * you" for those who did not, in each parent's home language. One text per
 * language to copy into WhatsApp (a broadcast list per language), or
 * bilingual letters for families who read paper. */
#define G_LOG_DOMAIN "ok-checkin-message-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-checkin-entry.h"
#include "ok-checkin-message-window.h"
#include "ok-letters.h"
#include "ok-store-family.h"
#include "ok-store-template.h"

typedef struct {
  char *code;          /* the language of the text */
  char *wanted;        /* the home language it stands in for, if it has no text */
  GPtrArray *names;
  char *text;          /* subject and body */
} Group;

struct _OkCheckinMessageWindow
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle *window_title;
  GtkLabel *intro_label;
  GtkListBox *language_list;

  /* Owned references */
  OkStore *store;
  OkActivity *activity;
  OkTemplateCatalog *catalog;
  GPtrArray *recipients;
  GPtrArray *groups;
  GtkFileChooserNative *chooser;
  char *template_id;
  char *school_name;
  char *sender;
};

G_DEFINE_FINAL_TYPE (OkCheckinMessageWindow, ok_checkin_message_window, ADW_TYPE_WINDOW)

static void
group_free (Group *group)
{
  g_free (group->code);
  g_free (group->wanted);
  g_ptr_array_unref (group->names);
  g_free (group->text);
  g_free (group);
}

/* The language a parent gets the message in: their home language when
 * the template is written in it, else Dutch. */
static const char *
language_for (OkCheckinMessageWindow *self,
              OkCheckinEntry         *entry)
{
  const char *code = ok_checkin_entry_get_home_language (entry);

  if (code != NULL && ok_template_catalog_lookup_text (self->catalog, self->template_id, code) != NULL)
    return code;
  return "nl";
}

static void
fill_context (OkCheckinMessageWindow *self,
              OkTemplateContext      *context,
              const char             *language,
              const char             *parent_name)
{
  const char * const *interpreted = ok_activity_get_interpreter_languages (self->activity);

  *context = (OkTemplateContext) {
    .activity_title = ok_activity_get_title (self->activity),
    .theme = ok_activity_get_theme (self->activity),
    .starts_at = ok_activity_get_starts_at (self->activity),
    .ends_at = ok_activity_get_ends_at (self->activity),
    .location = ok_activity_get_location (self->activity),
    .interpreter = interpreted != NULL && g_strv_contains (interpreted, language) ? language : NULL,
    .parent_name = parent_name,
    .sender_name = self->sender,
    .school_name = self->school_name,
  };
}

static const char *
language_label (OkCheckinMessageWindow *self,
                const char             *code)
{
  OkLanguage *dutch = ok_template_catalog_lookup_language (self->catalog, "nl");
  const char *name = dutch != NULL ? ok_language_get_language_name (dutch, code) : NULL;

  return name != NULL ? name : code;
}

static void
copy_clicked_cb (GtkButton              *button,
                 OkCheckinMessageWindow *self)
{
  Group *group = g_object_get_data (G_OBJECT (button), "group");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), group->text);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Copied: paste it into WhatsApp or an e-mail")));
}

static GtkWidget *
make_row (OkCheckinMessageWindow *self,
          Group                  *group)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");
  GtkWidget *text = gtk_label_new (group->text);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autofree char *subtitle = NULL;

  for (guint i = 0; i < group->names->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", (char *) group->names->pdata[i]);
  if (group->wanted != NULL)
    /* Translators: the parents' names, then the language they speak */
    subtitle = g_strdup_printf (_("%s — no text in %s yet, so in Dutch"), names->str,
                                language_label (self, group->wanted));
  else
    subtitle = g_strdup (names->str);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), language_label (self, group->code));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_set_tooltip_text (copy, _("Copy the text"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Copy the text"), -1);
  g_object_set_data (G_OBJECT (copy), "group", group);
  g_signal_connect (copy, "clicked", G_CALLBACK (copy_clicked_cb), self);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), copy);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_set_margin_top (text, 12);
  gtk_widget_set_margin_bottom (text, 12);
  gtk_widget_set_margin_start (text, 12);
  gtk_widget_set_margin_end (text, 12);
  if (ok_language_code_is_rtl (group->code))
    gtk_widget_set_direction (text, GTK_TEXT_DIR_RTL);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), text);
  return row;
}

static Group *
find_group (GPtrArray  *groups,
            const char *code,
            const char *wanted)
{
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = groups->pdata[i];

      if (g_strcmp0 (group->code, code) == 0 && g_strcmp0 (group->wanted, wanted) == 0)
        return group;
    }
  return NULL;
}

/* The language most parents read first. */
static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *x = *(Group **) a, *y = *(Group **) b;

  if (x->names->len != y->names->len)
    return x->names->len > y->names->len ? -1 : 1;
  return g_strcmp0 (x->code, y->code);
}

static gboolean
build_groups (OkCheckinMessageWindow  *self,
              GError                 **error)
{
  for (guint i = 0; i < self->recipients->len; i++)
    {
      OkCheckinEntry *entry = self->recipients->pdata[i];
      const char *home = ok_checkin_entry_get_home_language (entry);
      const char *code = language_for (self, entry);
      const char *wanted = home != NULL && g_strcmp0 (home, code) != 0 ? home : NULL;
      Group *group = find_group (self->groups, code, wanted);

      if (group == NULL)
        {
          OkTemplateContext context;
          g_autofree char *subject = NULL;
          g_autofree char *body = NULL;

          group = g_new0 (Group, 1);
          group->code = g_strdup (code);
          group->wanted = g_strdup (wanted);
          group->names = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (self->groups, group);

          /* One text for everyone of the language: a broadcast list has no
           * names, so the greeting is the general one. */
          fill_context (self, &context, code, NULL);
          if (!ok_template_catalog_render (self->catalog, self->template_id, code, &context,
                                           ok_language_code_is_rtl (code) ? OK_TEMPLATE_RENDER_RTL
                                                                          : OK_TEMPLATE_RENDER_DEFAULT,
                                           &subject, &body, error))
            return FALSE;
          group->text = g_strdup_printf ("%s\n\n%s", subject, body);
        }
      g_ptr_array_add (group->names, g_strdup (ok_checkin_entry_get_name (entry)));
    }
  g_ptr_array_sort (self->groups, compare_groups);
  return TRUE;
}

gboolean
_ok_checkin_message_window_write_letters (OkCheckinMessageWindow  *self,
                                          const char              *path,
                                          GError                 **error)
{
  g_autoptr(OkLetters) letters = ok_letters_new ();
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  /* One letter per family, to its first parent on the list; a walk-in
   * without a family gets their own. */
  for (guint i = 0; i < self->recipients->len; i++)
    {
      OkCheckinEntry *entry = self->recipients->pdata[i];
      gint64 key = ok_checkin_entry_get_family_id (entry) > 0 ? ok_checkin_entry_get_family_id (entry)
                                                              : -ok_checkin_entry_get_parent_id (entry);
      const char *code = language_for (self, entry);
      OkTemplateContext context;

      if (g_hash_table_contains (done, &key))
        continue;
      g_hash_table_add (done, g_memdup2 (&key, sizeof key));
      fill_context (self, &context, code, ok_checkin_entry_get_name (entry));
      if (!ok_letters_add_rendered (letters, self->catalog, self->template_id, code, &context,
                                    ok_checkin_entry_get_name (entry), error))
        return FALSE;
    }
  return ok_letters_write_pdf (letters, path, error);
}

static void
chooser_response_cb (OkCheckinMessageWindow *self,
                     int                     response)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL || !_ok_checkin_message_window_write_letters (self, path, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new (error != NULL ? error->message
                                                                : _("Letters can only be saved to a local folder")));
      return;
    }
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("The letters are saved")));
}

static void
letters_clicked_cb (OkCheckinMessageWindow *self)
{
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;
  /* Translators: the file name of the letters; the argument is the template's name */
  name = g_strdup_printf (_("%s — letters.pdf"), ok_template_get_name (self->template_id));
  self->chooser = gtk_file_chooser_native_new (_("Save the Letters"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, C_("check-in", "_Save"),
                                               C_("check-in", "_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
ok_checkin_message_window_dispose (GObject *object)
{
  OkCheckinMessageWindow *self = OK_CHECKIN_MESSAGE_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_CHECKIN_MESSAGE_WINDOW);
  g_clear_object (&self->catalog);
  g_clear_object (&self->activity);
  g_clear_object (&self->store);
  g_clear_pointer (&self->recipients, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (ok_checkin_message_window_parent_class)->dispose (object);
}

static void
ok_checkin_message_window_finalize (GObject *object)
{
  OkCheckinMessageWindow *self = OK_CHECKIN_MESSAGE_WINDOW (object);

  g_free (self->template_id);
  g_free (self->school_name);
  g_free (self->sender);

  G_OBJECT_CLASS (ok_checkin_message_window_parent_class)->finalize (object);
}

static void
ok_checkin_message_window_class_init (OkCheckinMessageWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_checkin_message_window_dispose;
  object_class->finalize = ok_checkin_message_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-checkin-message-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OkCheckinMessageWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinMessageWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinMessageWindow, intro_label);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinMessageWindow, language_list);
  gtk_widget_class_bind_template_callback (widget_class, letters_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ok_checkin_message_window_init (OkCheckinMessageWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
}

OkCheckinMessageWindow *
ok_checkin_message_window_new (GtkWindow   *parent,
                               OkStore     *store,
                               OkActivity  *activity,
                               const char  *template_id,
                               GPtrArray   *recipients,
                               GError     **error)
{
  OkCheckinMessageWindow *self;
  g_autoptr(OkSchool) school = NULL;
  g_autofree char *intro = NULL;
  const char *real_name = g_get_real_name ();

  g_return_val_if_fail (OK_IS_STORE (store), NULL);
  g_return_val_if_fail (OK_IS_ACTIVITY (activity), NULL);
  g_return_val_if_fail (recipients != NULL, NULL);

  self = g_object_new (OK_TYPE_CHECKIN_MESSAGE_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->activity = g_object_ref (activity);
  self->template_id = g_strdup (template_id);
  self->recipients = g_ptr_array_ref (recipients);
  self->sender = g_strdup (real_name != NULL && g_strcmp0 (real_name, "Unknown") != 0
                           ? real_name : g_get_user_name ());
  school = ok_store_school_get (store, ok_activity_get_school_id (activity), error);
  self->catalog = school != NULL ? ok_store_template_load_catalog (store, error) : NULL;
  if (self->catalog == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  self->school_name = g_strdup (ok_school_get_name (school));
  if (!build_groups (self, error))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }

  adw_window_title_set_title (self->window_title, ok_template_get_name (template_id));
  adw_window_title_set_subtitle (self->window_title, ok_activity_get_title (activity));
  gtk_window_set_title (GTK_WINDOW (self), ok_template_get_name (template_id));
  intro = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "For %u parent, in %u language. Copy a text into a WhatsApp "
                                        "broadcast list or an e-mail, or make letters for those who "
                                        "read paper.",
                                        "For %u parents, in %u languages. Copy each text into a "
                                        "WhatsApp broadcast list or an e-mail for that language, or "
                                        "make letters for those who read paper.",
                                        recipients->len),
                           recipients->len, self->groups->len);
  gtk_label_set_text (self->intro_label, intro);
  for (guint i = 0; i < self->groups->len; i++)
    gtk_list_box_append (self->language_list, make_row (self, self->groups->pdata[i]));
  return self;
}

guint
_ok_checkin_message_window_get_n_languages (OkCheckinMessageWindow *self)
{
  return self->groups->len;
}

const char *
_ok_checkin_message_window_get_text (OkCheckinMessageWindow *self,
                                     const char             *language)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      Group *group = self->groups->pdata[i];

      if (g_strcmp0 (group->code, language) == 0)
        return group->text;
    }
  return NULL;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Sjablonen page under Xvfb: a coordinator breaks a placeholder in the
 * Arabic invitation, sees where and why, mends it, saves, marks it
 * checked and goes back to the built-in text. */
#include "config.h"

#include <string.h>

#include "ok-gui-resources.h"
#include "ok-gui-test-util.h"
#include "ok-store-template.h"
#include "ok-template-editor.h"
#include "ok-templates-view.h"
#include "ok-test-util.h"

typedef struct {
  OkStore *store;
  char *location;
  GtkWindow *window;
  OkTemplatesView *view;
  OkTemplateEditor *editor;
} Fixture;

static gpointer
child (GtkWidget  *widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return object;
}

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_frames (void)
{
  gboolean done = FALSE;

  g_timeout_add (200, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->location = ok_test_new_location (OK_STORE_DIALECT_SQLITE);
  f->store = ok_store_open (f->location, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1100, 720);
  f->view = OK_TEMPLATES_VIEW (ok_templates_view_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  ok_templates_view_set_store (f->view, f->store);
  f->editor = child (GTK_WIDGET (f->view), OK_TYPE_TEMPLATES_VIEW, "editor");
  gtk_window_present (f->window);
  run_frames ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  run_frames ();
  g_assert_finalize_object (f->store);
  ok_test_drop_location (f->location);
  g_free (f->location);
}

static char *
body_text (Fixture *f)
{
  GtkTextBuffer *buffer = child (GTK_WIDGET (f->editor), OK_TYPE_TEMPLATE_EDITOR, "body_buffer");
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_body (Fixture    *f,
          const char *text)
{
  GtkTextBuffer *buffer = child (GTK_WIDGET (f->editor), OK_TYPE_TEMPLATE_EDITOR, "body_buffer");

  gtk_text_buffer_set_text (buffer, text, -1);
  run_frames ();
}

/* The text the error tag covers, or NULL. */
static char *
marked_text (Fixture *f)
{
  GtkTextBuffer *buffer = child (GTK_WIDGET (f->editor), OK_TYPE_TEMPLATE_EDITOR, "body_buffer");
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "error");
  GtkTextIter start, end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_starts_tag (&start, tag) && !gtk_text_iter_forward_to_tag_toggle (&start, tag))
    return NULL;
  end = start;
  gtk_text_iter_forward_to_tag_toggle (&end, tag);
  return gtk_text_iter_get_text (&start, &end);
}

static gboolean
error_shown (Fixture *f)
{
  GtkRevealer *revealer = child (GTK_WIDGET (f->editor), OK_TYPE_TEMPLATE_EDITOR, "error_revealer");

  return gtk_revealer_get_reveal_child (revealer);
}

static const char *
error_message (Fixture *f)
{
  return gtk_label_get_label (child (GTK_WIDGET (f->editor), OK_TYPE_TEMPLATE_EDITOR, "error_label"));
}

static const char *
row_subtitle (Fixture    *f,
              const char *code)
{
  GtkWidget *list = child (GTK_WIDGET (f->view), OK_TYPE_TEMPLATES_VIEW, "language_list");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "ok-code"), code) == 0)
      {
        /* row → box → texts → title, detail */
        GtkWidget *texts = gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));

        return gtk_label_get_label (GTK_LABEL (gtk_widget_get_last_child (texts)));
      }
  return NULL;
}

static void
test_break_and_mend (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *original = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *marked = NULL;
  g_autofree char *missing = NULL;
  GtkWidget *body_view = child (GTK_WIDGET (f->editor), OK_TYPE_TEMPLATE_EDITOR, "body_view");
  GString *s;

  ok_templates_view_open (f->view, "theme-meeting-invitation", "ar");
  run_frames ();
  g_assert_cmpstr (ok_template_editor_get_language (f->editor), ==, "ar");
  /* Arabic is written right to left, in the editor too. */
  g_assert_cmpint (gtk_widget_get_direction (body_view), ==, GTK_TEXT_DIR_RTL);
  g_assert_true (ok_template_editor_get_valid (f->editor));
  g_assert_false (ok_template_editor_get_modified (f->editor));
  g_assert_false (error_shown (f));
  g_assert_cmpstr (row_subtitle (f, "ar"), ==, "Arabisch · not checked yet");

  /* Break a placeholder: {date} becomes {datum}. */
  original = body_text (f);
  g_assert_nonnull (strstr (original, "{date}"));
  s = g_string_new (original);
  g_string_replace (s, "{date}", "{datum}", 1);
  broken = g_string_free (s, FALSE);
  set_body (f, broken);

  g_assert_false (ok_template_editor_get_valid (f->editor));
  g_assert_true (error_shown (f));
  g_assert_nonnull (strstr (error_message (f), "{datum} is not a known placeholder; did you mean {date}?"));
  g_assert_true (g_str_has_prefix (error_message (f), "Text: Line 6, column "));
  marked = marked_text (f);
  g_assert_cmpstr (marked, ==, "{datum}");
  g_assert_false (gtk_widget_get_sensitive (child (GTK_WIDGET (f->editor), OK_TYPE_TEMPLATE_EDITOR,
                                                   "save_button")));

  /* Mend it: the error and the underline go. */
  set_body (f, original);
  g_assert_true (ok_template_editor_get_valid (f->editor));
  g_assert_false (error_shown (f));
  g_assert_null (marked_text (f));

  /* Leaving a placeholder out is an error too. */
  s = g_string_new (original);
  g_string_replace (s, "{time}", "", 1);
  missing = g_string_free (s, FALSE);
  set_body (f, missing);
  g_assert_false (ok_template_editor_get_valid (f->editor));
  g_assert_nonnull (strstr (error_message (f), "{time} is missing"));
  set_body (f, original);
  g_assert_true (ok_template_editor_get_valid (f->editor));
}

static GtkListBoxRow *
language_row (Fixture    *f,
              const char *code)
{
  GtkWidget *list = child (GTK_WIDGET (f->view), OK_TYPE_TEMPLATES_VIEW, "language_list");

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "ok-code"), code) == 0)
      return GTK_LIST_BOX_ROW (row);
  g_assert_not_reached ();
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* What clicking a button of the dialog does. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  run_frames ();
}

static void
test_unsaved_changes (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *list = child (GTK_WIDGET (f->view), OK_TYPE_TEMPLATES_VIEW, "language_list");
  g_autofree char *original = NULL;
  g_autofree char *changed = NULL;
  AdwMessageDialog *dialog;

  ok_templates_view_open (f->view, "thank-you", "pl");
  run_frames ();
  original = body_text (f);
  changed = g_strconcat (original, "\nDo zobaczenia!", NULL);
  set_body (f, changed);

  /* Another language while the Polish text is changed: asked first. */
  g_signal_emit_by_name (list, "row-activated", language_row (f, "uk"));
  run_frames ();
  dialog = find_message_dialog ();
  respond (dialog, "cancel");
  g_assert_cmpstr (ok_template_editor_get_language (f->editor), ==, "pl");
  g_assert_true (ok_template_editor_get_modified (f->editor));

  g_signal_emit_by_name (list, "row-activated", language_row (f, "uk"));
  run_frames ();
  respond (find_message_dialog (), "discard");
  g_assert_cmpstr (ok_template_editor_get_language (f->editor), ==, "uk");
  g_assert_false (ok_template_editor_get_modified (f->editor));
  g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (
    ok_templates_view_get_catalog (f->view), "thank-you", "pl")));

  /* Unchanged: straight to the next. */
  g_signal_emit_by_name (list, "row-activated", language_row (f, "ru"));
  run_frames ();
  g_assert_null (find_message_dialog ());
  g_assert_cmpstr (ok_template_editor_get_language (f->editor), ==, "ru");
}

static void
test_save_check_reset (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  g_autofree char *changed = NULL;
  OkTemplateCatalog *catalog = ok_templates_view_get_catalog (f->view);
  GtkCheckButton *checked = child (GTK_WIDGET (f->editor), OK_TYPE_TEMPLATE_EDITOR, "checked_button");
  GtkEntry *subject = child (GTK_WIDGET (f->editor), OK_TYPE_TEMPLATE_EDITOR, "subject_entry");
  OkTemplateText *text;

  ok_templates_view_open (f->view, "reminder", "tr");
  run_frames ();
  original = body_text (f);
  changed = g_strconcat (original, "\nGörüşmek üzere!", NULL);
  set_body (f, changed);
  g_assert_true (ok_template_editor_get_modified (f->editor));
  g_assert_true (gtk_widget_get_sensitive (child (GTK_WIDGET (f->editor), OK_TYPE_TEMPLATE_EDITOR,
                                                  "save_button")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.save", NULL));
  run_frames ();
  g_assert_false (ok_template_editor_get_modified (f->editor));
  text = ok_template_catalog_lookup_text (catalog, "reminder", "tr");
  g_assert_true (ok_template_text_get_custom (text));
  g_assert_cmpstr (ok_template_text_get_body (text), ==, changed);
  g_assert_cmpstr (row_subtitle (f, "tr"), ==, "Turks · changed here, not checked");

  /* Checked, stored at once. */
  gtk_check_button_set_active (checked, TRUE);
  run_frames ();
  g_assert_cmpint (ok_template_text_get_status (ok_template_catalog_lookup_text (catalog, "reminder", "tr")), ==,
                   OK_TRANSLATION_STATUS_CHECKED);
  g_assert_cmpstr (row_subtitle (f, "tr"), ==, "Turks · changed here, checked");

  /* A broken subject is underlined in the entry. */
  gtk_editable_set_text (GTK_EDITABLE (subject), "Hatırlatma: {activity_titel}");
  run_frames ();
  g_assert_false (ok_template_editor_get_valid (f->editor));
  g_assert_true (g_str_has_prefix (error_message (f), "Subject: "));
  g_assert_nonnull (gtk_entry_get_attributes (subject));
  gtk_editable_set_text (GTK_EDITABLE (subject), "Hatırlatma: {activity_title}");
  run_frames ();
  g_assert_true (ok_template_editor_get_valid (f->editor));
  g_assert_null (gtk_entry_get_attributes (subject));

  /* Back to the built-in text, also in a fresh catalogue. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->editor), "editor.reset", NULL));
  run_frames ();
  g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (catalog, "reminder", "tr")));
  g_assert_cmpstr (row_subtitle (f, "tr"), ==, "Turks · not checked yet");
  {
    g_autoptr(OkTemplateCatalog) fresh = ok_store_template_load_catalog (f->store, &error);

    g_assert_no_error (error);
    g_assert_false (ok_template_text_get_custom (ok_template_catalog_lookup_text (fresh, "reminder", "tr")));
  }
}

int
main (int argc, char *argv[])
{
  /* gtk_test_init () drops G_TEST_OPTION_ISOLATE_DIRS: without a home of
   * their own, runs side by side shared one database. */
  ok_gui_test_init (&argc, &argv);
  /* Referencing the bundle keeps the linker from dropping it. */
  g_assert_nonnull (ok_gui_get_resource ());
  g_test_add ("/templates-view/break-and-mend", Fixture, NULL, fixture_set_up, test_break_and_mend,
              fixture_tear_down);
  g_test_add ("/templates-view/save-check-reset", Fixture, NULL, fixture_set_up, test_save_check_reset,
              fixture_tear_down);
  g_test_add ("/templates-view/unsaved-changes", Fixture, NULL, fixture_set_up, test_unsaved_changes,
              fixture_tear_down);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import assistant under Xvfb, on SQLite and PostgreSQL: files are
 * handed to it as the file chooser or a drop would, and the pages are
 * driven through their actions and widgets. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ok-application.h"
#include "ok-gui-resources.h"
#include "ok-import-assistant.h"
#include "ok-store-family.h"
#include "ok-test-util.h"
#include "ok-window.h"

typedef struct {
  OkImportAssistant *assistant;
  guint imported;
  OkImportResult *result;
  double cancel_at;              /* cancel when progress reaches this */
  double cancelled_at;
  gboolean close_instead;        /* close the window rather than cancel */
} Run;

/* The pages are widgets with templates of their own: a name is looked
 * up in the assistant's template, then in those of the widgets in it. */
static GObject *
find_template_child (GtkWidget  *widget,
                     const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, G_OBJECT_TYPE (widget), name);

  for (GtkWidget *c = gtk_widget_get_first_child (widget); object == NULL && c != NULL;
       c = gtk_widget_get_next_sibling (c))
    object = find_template_child (c, name);
  return object;
}

static gpointer
child (Run        *run,
       const char *name)
{
  GObject *object = find_template_child (GTK_WIDGET (run->assistant), name);

  g_assert_nonnull (object);
  return object;
}

static const char *
page (Run *run)
{
  return gtk_stack_get_visible_child_name (child (run, "stack"));
}

/* One turn of the main loop that also ends after 100 ms, so that a wait
 * for something that never comes reaches its deadline instead of hanging. */
static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_REMOVE;
}

static void
iterate (void)
{
  GSource *wake_up = g_timeout_source_new (100);

  g_source_set_callback (wake_up, wake_up_cb, NULL, NULL);
  g_source_attach (wake_up, NULL);
  g_main_context_iteration (NULL, TRUE);
  g_source_destroy (wake_up);
  g_source_unref (wake_up);
}

static void
wait_for_page (Run        *run,
               const char *name)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_strcmp0 (page (run), name) != 0 && g_get_monotonic_time () < deadline)
    iterate ();
  g_assert_cmpstr (page (run), ==, name);
}

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the window lay out and paint what it shows. */
static void
run_frames (void)
{
  gboolean done = FALSE;

  g_timeout_add (200, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
imported_cb (OkImportAssistant *assistant,
             OkImportResult    *result,
             Run               *run)
{
  run->imported++;
  g_set_object (&run->result, result);
}

static void
run_init_for (Run       *run,
              GtkWindow *parent,
              OkStore   *store)
{
  memset (run, 0, sizeof *run);
  run->assistant = ok_import_assistant_new (parent, store);
  g_signal_connect (run->assistant, "imported", G_CALLBACK (imported_cb), run);
  gtk_window_present (GTK_WINDOW (run->assistant));
  g_assert_cmpstr (page (run), ==, "choose");
}

static void
run_init (Run     *run,
          OkStore *store)
{
  run_init_for (run, NULL, store);
}

static void
run_finish (Run *run)
{
  GtkWidget *assistant = GTK_WIDGET (run->assistant);

  g_object_add_weak_pointer (G_OBJECT (assistant), (gpointer *) &assistant);
  gtk_window_destroy (GTK_WINDOW (run->assistant));
  run_frames ();
  g_assert_null (assistant);
  g_clear_object (&run->result);
}

static void
open_path (Run        *run,
           const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  ok_import_assistant_open_file (run->assistant, file);
}

static void
open_fixture (Run        *run,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);

  open_path (run, path);
}

static char *
write_temp (const char *name,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  /* The test's own folder: test programs run side by side. */
  char *path = g_build_filename (g_get_user_data_dir (), name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
activate (Run        *run,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (run->assistant), action, NULL));
}

static gboolean
next_enabled (Run *run)
{
  return gtk_widget_get_visible (child (run, "next_button"))
         && gtk_widget_is_sensitive (child (run, "next_button"));
}

static GtkDropDown *
column_dropdown (Run   *run,
                 guint  column)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (child (run, "columns_list"), column);

  g_assert_nonnull (row);
  return GTK_DROP_DOWN (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)));
}

static const char *
column_choice (Run   *run,
               guint  column)
{
  GtkDropDown *dropdown = column_dropdown (run, column);

  return gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (dropdown)),
                                     gtk_drop_down_get_selected (dropdown));
}

static void
choose_column (Run        *run,
               guint       column,
               const char *label)
{
  GtkDropDown *dropdown = column_dropdown (run, column);
  GListModel *labels = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (labels); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (labels), i), label))
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }
  g_assert_not_reached ();
}

static const char *
preview_cell (Run   *run,
              guint  row,
              guint  column)
{
  GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (child (run, "preview_view")));
  g_autoptr(GtkStringList) strings = g_list_model_get_item (rows, row);

  g_assert_nonnull (strings);
  /* The model holds the row; the string lives as long as it does. */
  return gtk_string_list_get_string (strings, column);
}

static guint
n_preview_columns (Run *run)
{
  return g_list_model_get_n_items (gtk_column_view_get_columns (child (run, "preview_view")));
}

static const char *
label_text (Run        *run,
            const char *name)
{
  return gtk_label_get_text (child (run, name));
}

static gint64
family_count (OkStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 count = ok_store_family_count (store, &error);

  g_assert_no_error (error);
  return count;
}

static void
test_preview (OkStore *store)
{
  Run run;
  OkImport *import;
  GtkColumnViewColumn *column;

  run_init (&run, store);
  open_fixture (&run, "families.csv");
  wait_for_page (&run, "preview");
  run_frames ();

  /* What was detected is what the drop-downs show. */
  import = ok_import_assistant_get_import (run.assistant);
  g_assert_cmpint (ok_import_get_separator (import), ==, ';');
  g_assert_cmpint (ok_import_get_encoding (import), ==, OK_CSV_ENCODING_UTF8);
  g_assert_cmpuint (gtk_drop_down_get_selected (child (&run, "separator_dropdown")), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (child (&run, "encoding_dropdown")), ==, 0);
  g_assert_cmpstr (adw_window_title_get_subtitle (child (&run, "window_title")), ==, "families.csv");

  /* The first rows, with their line numbers, under the file's own column
   * names. */
  g_assert_cmpuint (n_preview_columns (&run), ==, 17);
  column = g_list_model_get_item (gtk_column_view_get_columns (child (&run, "preview_view")), 4);
  g_assert_cmpstr (gtk_column_view_column_get_title (column), ==, "Achternaam");
  g_object_unref (column);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (child (&run, "preview_view")))),
                    ==, 10);
  g_assert_cmpstr (preview_cell (&run, 0, 0), ==, "2");
  g_assert_cmpstr (preview_cell (&run, 0, 2), ==, "Ayşe");
  g_assert_cmpstr (preview_cell (&run, 0, 4), ==, "Öztürk");

  /* One drop-down per column, set to what the header says. */
  g_assert_cmpstr (column_choice (&run, 0), ==, "Pupil number");
  g_assert_cmpstr (column_choice (&run, 1), ==, "First name");
  g_assert_cmpstr (column_choice (&run, 6), ==, "Parent 1: phone");
  g_assert_false (gtk_widget_get_visible (child (&run, "mapping_error_box")));
  g_assert_true (next_enabled (&run));

  /* Ignoring a required column is an error that blocks Next. */
  choose_column (&run, 1, "Ignored");
  g_assert_cmpint (ok_import_mapping_get_field (ok_import_get_mapping (import), 1), ==,
                   OK_IMPORT_FIELD_NONE);
  g_assert_true (gtk_widget_get_visible (child (&run, "mapping_error_box")));
  g_assert_nonnull (strstr (label_text (&run, "mapping_error_label"), "“First name”"));
  g_assert_false (next_enabled (&run));
  choose_column (&run, 1, "First name");
  g_assert_false (gtk_widget_get_visible (child (&run, "mapping_error_box")));
  g_assert_true (next_enabled (&run));

  /* A field has one column: giving it to another leaves the first
   * ignored. */
  choose_column (&run, 0, "First name");
  g_assert_cmpstr (column_choice (&run, 1), ==, "Ignored");
  g_assert_nonnull (strstr (label_text (&run, "mapping_error_label"), "“Pupil number”"));
  g_assert_false (next_enabled (&run));
  choose_column (&run, 0, "Pupil number");
  choose_column (&run, 1, "First name");
  g_assert_true (next_enabled (&run));

  /* Another separator reads the file again: one column, nothing mapped. */
  gtk_drop_down_set_selected (child (&run, "separator_dropdown"), 1);
  import = ok_import_assistant_get_import (run.assistant);
  g_assert_cmpint (ok_import_get_separator (import), ==, ',');
  g_assert_cmpuint (n_preview_columns (&run), ==, 2);
  g_assert_true (gtk_widget_get_visible (child (&run, "mapping_error_box")));
  g_assert_false (next_enabled (&run));
  gtk_drop_down_set_selected (child (&run, "separator_dropdown"), 0);
  g_assert_cmpuint (n_preview_columns (&run), ==, 17);
  g_assert_true (next_enabled (&run));

  /* Back to the start, and nothing was written. */
  activate (&run, "import.back");
  g_assert_cmpstr (page (&run), ==, "choose");
  g_assert_cmpint (family_count (store), ==, 0);
  run_finish (&run);
}

/* Excel's Windows-1252, and column names that look like markup. */
static void
test_encoding (OkStore *store)
{
  static const char contents[] =
    "Leerlingnummer;Roepnaam;Achternaam;Opmerking <b>intern</b> & zo\r\n"
    "1;Zo\xeb;\xd6zt\xfcrk;<i>niet</i> & \"wel\"\r\n";
  g_autofree char *path = write_temp ("export-1252.csv", contents, sizeof contents - 1);
  Run run;
  OkImport *import;

  run_init (&run, store);
  open_path (&run, path);
  wait_for_page (&run, "preview");
  run_frames ();

  import = ok_import_assistant_get_import (run.assistant);
  g_assert_cmpint (ok_import_get_encoding (import), ==, OK_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpuint (gtk_drop_down_get_selected (child (&run, "encoding_dropdown")), ==, 4);
  g_assert_cmpstr (preview_cell (&run, 0, 2), ==, "Zoë");
  g_assert_cmpstr (preview_cell (&run, 0, 3), ==, "Öztürk");
  g_assert_cmpstr (column_choice (&run, 3), ==, "Ignored");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (child (&run, "columns_list"), 3))),
                   ==, "Opmerking <b>intern</b> & zo");

  /* Not UTF-8: asking for it fails and the reading stays as it was. */
  gtk_drop_down_set_selected (child (&run, "encoding_dropdown"), 0);
  g_assert_cmpint (ok_import_get_encoding (ok_import_assistant_get_import (run.assistant)), ==,
                   OK_CSV_ENCODING_WINDOWS_1252);
  g_assert_cmpuint (gtk_drop_down_get_selected (child (&run, "encoding_dropdown")), ==, 4);
  g_assert_cmpstr (preview_cell (&run, 0, 3), ==, "Öztürk");
  run_frames ();

  run_finish (&run);
  g_unlink (path);
}

/* A mapping chosen by hand, the dry run's counts, then the import. */
static void
test_dry_run_and_import (OkStore *store)
{
  Run run;

  run_init (&run, store);
  open_fixture (&run, "odd-headers.csv");
  wait_for_page (&run, "preview");

  g_assert_true (gtk_widget_get_visible (child (&run, "mapping_error_box")));
  g_assert_false (next_enabled (&run));
  choose_column (&run, 0, "Pupil number");
  choose_column (&run, 1, "First name");
  choose_column (&run, 3, "Parent 1: name");
  g_assert_true (next_enabled (&run));

  activate (&run, "import.next");
  wait_for_page (&run, "summary");
  g_assert_cmpstr (label_text (&run, "families_added_label"), ==, "1");
  g_assert_cmpstr (label_text (&run, "families_updated_label"), ==, "0");
  g_assert_cmpstr (label_text (&run, "parents_added_label"), ==, "1");
  g_assert_cmpstr (label_text (&run, "children_added_label"), ==, "2");
  g_assert_cmpstr (label_text (&run, "children_updated_label"), ==, "0");
  g_assert_cmpstr (label_text (&run, "children_left_label"), ==, "0");
  g_assert_false (gtk_widget_get_visible (child (&run, "skip_group")));
  g_assert_false (gtk_widget_get_visible (child (&run, "skipped_group")));
  g_assert_false (gtk_widget_get_visible (child (&run, "columns_group")));
  g_assert_cmpstr (gtk_button_get_label (child (&run, "next_button")), ==, "_Import");
  g_assert_true (next_enabled (&run));
  run_frames ();

  /* The dry run rolled back. */
  g_assert_cmpint (family_count (store), ==, 0);
  g_assert_cmpuint (run.imported, ==, 0);

  activate (&run, "import.next");
  g_assert_cmpstr (page (&run), ==, "progress");
  wait_for_page (&run, "result");
  g_assert_cmpuint (run.imported, ==, 1);
  g_assert_cmpuint (ok_import_result_get_children_added (run.result), ==, 2);
  g_assert_false (ok_import_result_get_dry_run (run.result));
  g_assert_cmpstr (adw_status_page_get_description (child (&run, "status_page")), ==,
                   "1 new family\n1 new parent\n2 new pupils");
  g_assert_false (gtk_widget_get_visible (child (&run, "problems_group")));
  g_assert_false (gtk_widget_get_visible (child (&run, "back_button")));
  g_assert_cmpint (family_count (store), ==, 1);
  run_frames ();

  run_finish (&run);
}

/* Rows that cannot be imported block the import until they are
 * skipped; an exact copy is imported once. */
static void
test_bad_rows (OkStore *store)
{
  Run run;
  GtkListBox *skipped;
  GdkContentProvider *copied;
  g_auto(GValue) text = G_VALUE_INIT;

  run_init (&run, store);
  open_fixture (&run, "bad-rows.csv");
  wait_for_page (&run, "preview");
  activate (&run, "import.next");
  wait_for_page (&run, "summary");

  g_assert_true (gtk_widget_get_visible (child (&run, "skip_group")));
  g_assert_true (gtk_widget_get_visible (child (&run, "skipped_group")));
  g_assert_cmpstr (adw_preferences_group_get_title (child (&run, "skipped_group")), ==,
                   "Rows With Problems");
  skipped = child (&run, "skipped_list");
  g_assert_nonnull (gtk_list_box_get_row_at_index (skipped, 5));
  g_assert_null (gtk_list_box_get_row_at_index (skipped, 6));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (skipped, 0))),
                   ==, "“Leerlingnummer” is empty");

  /* The whole list goes to the clipboard, for the administration. */
  activate (&run, "import.copy-problems");
  copied = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (run.assistant)));
  g_value_init (&text, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (copied, &text, NULL));
  g_assert_true (g_str_has_prefix (g_value_get_string (&text),
                                   "bad-rows.csv, line 3: “Leerlingnummer” is empty\n"));
  g_assert_cmpstr (label_text (&run, "families_added_label"), ==, "2");
  g_assert_cmpstr (label_text (&run, "children_added_label"), ==, "2");
  g_assert_false (next_enabled (&run));
  run_frames ();

  gtk_switch_set_active (child (&run, "skip_switch"), TRUE);
  g_assert_true (next_enabled (&run));
  activate (&run, "import.next");
  wait_for_page (&run, "result");
  g_assert_cmpuint (run.imported, ==, 1);
  g_assert_cmpuint (ok_import_result_get_n_rows_skipped (run.result), ==, 6);
  g_assert_true (gtk_widget_get_visible (child (&run, "problems_group")));
  g_assert_cmpint (family_count (store), ==, 2);
  run_frames ();

  run_finish (&run);
}

static void
progress_cb (OkImport   *import,
             GParamSpec *pspec,
             Run        *run)
{
  double progress = ok_import_get_progress (import);

  if (run->cancelled_at == 0.0 && progress >= run->cancel_at)
    {
      run->cancelled_at = progress;
      if (run->close_instead)
        gtk_window_close (GTK_WINDOW (run->assistant));
      else
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (run->assistant), "import.cancel", NULL));
    }
}

/* Writing this many families takes long enough that a cancel or close,
 * which comes through the main loop, still finds the import writing on a
 * busy machine (with 6,000 it sometimes came after the commit). */
#define LARGE_SCHOOL 24000

/* A school of n_pupils, each in a family of their own. */
static char *
write_large_export (guint n_pupils)
{
  g_autoptr(GString) csv = g_string_new ("Leerlingnummer;Roepnaam;Achternaam;Ouder1 Naam;Ouder1 Telefoon\r\n");

  for (guint i = 0; i < n_pupils; i++)
    g_string_append_printf (csv, "%u;Kind%u;Achternaam%u;Ouder %u;06%08u\r\n",
                            100000 + i, i, i, i, 10000000 + i);
  return write_temp ("export-large.csv", csv->str, csv->len);
}

/* Cancelled while writing: everything written is rolled back. */
static void
test_cancel (OkStore *store)
{
  g_autofree char *path = write_large_export (LARGE_SCHOOL);
  Run run;
  OkImport *import;

  run_init (&run, store);
  open_path (&run, path);
  wait_for_page (&run, "preview");
  activate (&run, "import.next");
  wait_for_page (&run, "summary");
  g_assert_cmpstr (label_text (&run, "families_added_label"), ==, G_STRINGIFY (LARGE_SCHOOL));

  /* Past reading and planning, the families are being written. */
  import = ok_import_assistant_get_import (run.assistant);
  run.cancel_at = 0.6;
  g_signal_connect (import, "notify::progress", G_CALLBACK (progress_cb), &run);
  activate (&run, "import.next");
  g_assert_cmpstr (page (&run), ==, "progress");
  wait_for_page (&run, "summary");
  g_assert_cmpfloat (run.cancelled_at, >=, 0.6);
  g_assert_cmpfloat (run.cancelled_at, <, 1.0);
  g_assert_cmpuint (run.imported, ==, 0);
  g_assert_cmpint (family_count (store), ==, 0);
  g_signal_handlers_disconnect_by_func (import, progress_cb, &run);

  /* The same import can be run again after a cancel. */
  g_assert_true (next_enabled (&run));
  activate (&run, "import.next");
  wait_for_page (&run, "result");
  g_assert_cmpint (family_count (store), ==, LARGE_SCHOOL);

  run_finish (&run);
  g_unlink (path);
}

/* Closing the window while importing cancels, and the window waits for
 * the rollback before it goes. */
static void
test_close_while_importing (OkStore *store)
{
  g_autofree char *path = write_large_export (LARGE_SCHOOL);
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  Run run;
  GtkWidget *assistant;

  run_init (&run, store);
  open_path (&run, path);
  wait_for_page (&run, "preview");
  activate (&run, "import.next");
  wait_for_page (&run, "summary");

  run.cancel_at = 0.6;
  run.close_instead = TRUE;
  g_signal_connect (ok_import_assistant_get_import (run.assistant), "notify::progress",
                    G_CALLBACK (progress_cb), &run);
  assistant = GTK_WIDGET (run.assistant);
  g_object_add_weak_pointer (G_OBJECT (assistant), (gpointer *) &assistant);
  activate (&run, "import.next");
  while (run.cancelled_at == 0.0 && g_get_monotonic_time () < deadline)
    iterate ();
  g_assert_cmpfloat (run.cancelled_at, >=, 0.6);
  g_assert_nonnull (assistant);
  g_assert_true (gtk_widget_get_visible (assistant));

  while (assistant != NULL && g_get_monotonic_time () < deadline)
    iterate ();
  g_assert_null (assistant);
  g_assert_cmpuint (run.imported, ==, 0);
  g_assert_cmpint (family_count (store), ==, 0);
  g_unlink (path);
}

static void
data_changed_cb (OkWindow *window,
                 guint     what,
                 guint    *count)
{
  g_assert_true (what & OK_DATA_FAMILIES);
  (*count)++;
}

static const char *
families_subtitle (OkWindow *window)
{
  GObject *view = G_OBJECT (ok_window_get_view (window, "families"));
  GObject *title = gtk_widget_get_template_child (GTK_WIDGET (view), G_OBJECT_TYPE (view), "window_title");

  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

/* Over the main window: its families reload after the import, and Show
 * Families closes the assistant on the families page. */
static void
test_main_window (OkStore *store)
{
  OkWindow *window = ok_window_new (NULL, store);
  GtkWidget *assistant;
  gint64 deadline;
  guint changed = 0;
  Run run;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "data-changed", G_CALLBACK (data_changed_cb), &changed);
  ok_window_show_page (window, "agenda");
  run_frames ();

  run_init_for (&run, GTK_WINDOW (window), store);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (run.assistant)));
  open_fixture (&run, "families.csv");
  wait_for_page (&run, "preview");
  activate (&run, "import.next");
  wait_for_page (&run, "summary");
  g_assert_cmpuint (changed, ==, 0);
  activate (&run, "import.next");
  wait_for_page (&run, "result");
  g_assert_cmpuint (changed, ==, 1);

  deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  while (g_strcmp0 (families_subtitle (window), "7 families") != 0 && g_get_monotonic_time () < deadline)
    iterate ();
  g_assert_cmpstr (families_subtitle (window), ==, "7 families");

  assistant = GTK_WIDGET (run.assistant);
  g_object_add_weak_pointer (G_OBJECT (assistant), (gpointer *) &assistant);
  activate (&run, "import.show-families");
  run_frames ();
  g_assert_null (assistant);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), OK_TYPE_WINDOW, "stack"))),
                   ==, "families");

  gtk_window_destroy (GTK_WINDOW (window));
  run_frames ();
  g_assert_null (window);
  g_clear_object (&run.result);
}

/* A cancel that comes after the commit cannot undo it: the assistant
 * says what was imported rather than that nothing changed. */
static void
test_cancel_too_late (OkStore *store)
{
  Run run;
  OkImport *import;

  run_init (&run, store);
  open_fixture (&run, "families.csv");
  wait_for_page (&run, "preview");
  activate (&run, "import.next");
  wait_for_page (&run, "summary");

  import = ok_import_assistant_get_import (run.assistant);
  run.cancel_at = 1.0;
  g_signal_connect (import, "notify::progress", G_CALLBACK (progress_cb), &run);
  activate (&run, "import.next");
  wait_for_page (&run, "result");
  g_assert_cmpfloat (run.cancelled_at, ==, 1.0);
  g_assert_cmpuint (run.imported, ==, 1);
  g_assert_cmpint (family_count (store), ==, 7);

  run_finish (&run);
}

static void
test_broken_files (OkStore *store)
{
  static const char workbook[] = "PK\003\004\024\000\006\000\010\000\000\000!\000\000\000\000\000";
  g_autofree char *binary = write_temp ("leerlingen.xlsx", workbook, sizeof workbook - 1);
  Run run;

  run_init (&run, store);

  /* An empty file: the error page, and back to choosing. */
  open_fixture (&run, "empty.csv");
  wait_for_page (&run, "error");
  g_assert_cmpstr (adw_status_page_get_title (child (&run, "error_page")), ==,
                   "This File Cannot Be Read");
  g_assert_cmpstr (adw_status_page_get_description (child (&run, "error_page")), ==,
                   "The file is empty.");
  g_assert_true (gtk_widget_get_visible (child (&run, "back_button")));
  run_frames ();
  activate (&run, "import.back");
  g_assert_cmpstr (page (&run), ==, "choose");

  /* A workbook instead of its CSV export. */
  open_path (&run, binary);
  wait_for_page (&run, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (child (&run, "error_page")), "CSV"));

  /* Column names and no pupils: readable, but nothing to import. */
  open_fixture (&run, "only-header.csv");
  wait_for_page (&run, "preview");
  activate (&run, "import.next");
  wait_for_page (&run, "error");
  g_assert_cmpstr (adw_status_page_get_title (child (&run, "error_page")), ==,
                   "This File Cannot Be Imported");
  activate (&run, "import.back");
  g_assert_cmpstr (page (&run), ==, "preview");
  g_assert_cmpint (family_count (store), ==, 0);

  run_finish (&run);
  g_unlink (binary);
}

/* The application offers the assistant as an action with a shortcut. */
static void
test_app_action (void)
{
  g_autoptr(OkApplication) app = ok_application_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) accels = NULL;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "import-families"));
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.import-families");
  g_assert_cmpstr (accels[0], ==, "<Control>i");
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));

  /* gtk_test_init() cannot isolate the home folder, where the SQLite
   * databases of the tests go: the same steps by hand. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_setenv ("XDG_DATA_DIRS", data_dirs != NULL ? data_dirs : "/usr/local/share:/usr/share", TRUE);
  gtk_init ();
  adw_init ();
  ok_store_init_library ();
  g_assert_nonnull (ok_gui_get_resource ());

  ok_test_add_store_func ("/gui-import/preview", test_preview);
  ok_test_add_store_func ("/gui-import/encoding", test_encoding);
  ok_test_add_store_func ("/gui-import/dry-run-and-import", test_dry_run_and_import);
  ok_test_add_store_func ("/gui-import/bad-rows", test_bad_rows);
  ok_test_add_store_func ("/gui-import/cancel", test_cancel);
  ok_test_add_store_func ("/gui-import/cancel-too-late", test_cancel_too_late);
  ok_test_add_store_func ("/gui-import/close-while-importing", test_close_while_importing);
  ok_test_add_store_func ("/gui-import/broken-files", test_broken_files);
  ok_test_add_store_func ("/gui-import/main-window", test_main_window);
  g_test_add_func ("/gui-import/app-action", test_app_action);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Overzicht view under Xvfb, on the hand-built fixture: figures per
 * quarter, switching periods, the board, the not-reached list, export. */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ok-gui-resources.h"
#include "ok-headline-figures.h"
#include "ok-invitation-table.h"
#include "ok-not-reached-list.h"
#include "ok-overview-view.h"
#include "ok-test-util.h"
#include "report-fixture.h"

typedef struct {
  OkStore *store;
  char *location;
  ReportFixture fx;
  GtkWindow *window;
  OkOverviewView *view;
  gint64 shown_family;
} Fixture;

static GtkLabel *
label (Fixture    *f,
       const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->view), OK_TYPE_OVERVIEW_VIEW, name);

  g_assert_true (GTK_IS_LABEL (child));
  return GTK_LABEL (child);
}

/* A label on the cards of the headline figures. */
static void
assert_figure (Fixture    *f,
               const char *name,
               const char *expected)
{
  GObject *figures = gtk_widget_get_template_child (GTK_WIDGET (f->view), OK_TYPE_OVERVIEW_VIEW,
                                                    "headline_figures");
  GObject *child;

  g_assert_true (OK_IS_HEADLINE_FIGURES (figures));
  child = gtk_widget_get_template_child (GTK_WIDGET (figures), OK_TYPE_HEADLINE_FIGURES, name);
  g_assert_true (GTK_IS_LABEL (child));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child)), ==, expected);
}

/* A part of the list of families not reached. */
static gpointer
not_reached_part (Fixture    *f,
                  const char *name)
{
  GObject *list = gtk_widget_get_template_child (GTK_WIDGET (f->view), OK_TYPE_OVERVIEW_VIEW,
                                                 "not_reached_list");

  g_assert_true (OK_IS_NOT_REACHED_LIST (list));
  return gtk_widget_get_template_child (GTK_WIDGET (list), OK_TYPE_NOT_REACHED_LIST, name);
}

static void
assert_heading (Fixture    *f,
                const char *expected)
{
  g_assert_cmpstr (gtk_label_get_label (not_reached_part (f, "heading_label")), ==, expected);
}

static void
assert_label (Fixture    *f,
              const char *name,
              const char *expected)
{
  g_assert_cmpstr (gtk_label_get_label (label (f, name)), ==, expected);
}

static void
wait_for_report (Fixture *f)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while ((ok_overview_view_get_busy (f->view) || ok_overview_view_get_report (f->view) == NULL)
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (ok_overview_view_get_busy (f->view));
  g_assert_nonnull (ok_overview_view_get_report (f->view));
}

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the window lay out and paint, so that the charts are drawn. */
static void
run_frames (void)
{
  gboolean done = FALSE;

  g_timeout_add (300, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
show_family_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  Fixture *f = user_data;

  f->shown_family = g_variant_get_int64 (parameter);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSimpleActionGroup) win = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show = g_simple_action_new ("show-family", G_VARIANT_TYPE_INT64);
  OkReportPeriod q1;

  f->location = ok_test_new_location (OK_STORE_DIALECT_SQLITE);
  f->store = ok_store_open (f->location, &error);
  g_assert_no_error (error);
  report_fixture_build (f->store, &f->fx);

  g_signal_connect (show, "activate", G_CALLBACK (show_family_cb), f);
  g_action_map_add_action (G_ACTION_MAP (win), G_ACTION (show));

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 760);
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (win));
  f->view = ok_overview_view_new ();
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));

  ok_report_period_parse ("2026-Q1", &q1, &error);
  g_assert_no_error (error);
  ok_overview_view_set_period (f->view, &q1);
  ok_overview_view_set_store (f->view, f->store);
  gtk_window_present (f->window);
  wait_for_report (f);
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

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  GtkListView *list = GTK_LIST_VIEW (not_reached_part (f, "list_view"));
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));
  g_auto(GValue) copied = G_VALUE_INIT;
  g_auto(GStrv) lines = NULL;
  GdkContentProvider *provider;

  assert_label (f, "period_label", "2026-Q1");
  assert_label (f, "school_label", "Basisschool De Regenboog");
  assert_figure (f, "activities_value", "3");
  assert_figure (f, "attendances_value", "8");
  assert_figure (f, "guests_value", "6");
  assert_figure (f, "parents_value", "6");
  assert_figure (f, "families_value", "3");
  assert_figure (f, "families_caption", "Families reached (of 5 active)");
  assert_figure (f, "reach_value", "60.0%");
  assert_figure (f, "activities_trend", "▲ +1 compared with 2025-Q4 (was 2)");
  assert_figure (f, "reach_trend", "▲ +20.0 points compared with 2025-Q4 (was 40.0%)");
  assert_heading (f, "2 families not reached");

  /* The list names the families, on the school's own screen. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  run_frames ();

  /* Choosing a family opens its page through the window's action. */
  g_signal_emit_by_name (list, "activate", 1);
  g_assert_cmpint (f->shown_family, ==, f->fx.family[7]);

  /* Copy List: a heading and a line per family. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (list), "not-reached.copy", NULL));
  g_value_init (&copied, G_TYPE_STRING);
  provider = gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (list)));
  g_assert_true (gdk_content_provider_get_value (provider, &copied, NULL));
  lines = g_strsplit (g_value_get_string (&copied), "\n", -1);
  g_assert_cmpstr (lines[0], ==, "Families not reached in 2026-Q1");
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[3], ==, "");
}

static GtkWidget *
invitation_part (Fixture    *f,
                 const char *name)
{
  GObject *table = gtk_widget_get_template_child (GTK_WIDGET (f->view), OK_TYPE_OVERVIEW_VIEW,
                                                  "invitation_table");

  g_assert_true (OK_IS_INVITATION_TABLE (table));
  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (table), OK_TYPE_INVITATION_TABLE, name));
}

/* A row of a table as "cell|cell|cell|cell". */
static char *
grid_row (GtkGrid *grid,
          int      row)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (int column = 0; column < 4; column++)
    {
      GtkWidget *cell = gtk_grid_get_child_at (grid, column, row);

      g_assert_true (GTK_IS_LABEL (cell));
      g_string_append_printf (s, "%s%s", column > 0 ? "|" : "", gtk_label_get_label (GTK_LABEL (cell)));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
assert_row (GtkGrid    *grid,
            int         row,
            const char *expected)
{
  g_autofree char *text = grid_row (grid, row);

  g_assert_cmpstr (text, ==, expected);
}

/* Per channel and per language: the invited families, of whom came, and
 * the share, as report-fixture.c works them out. */
static void
test_invitations (Fixture       *f,
                  gconstpointer  data)
{
  GtkGrid *channels = GTK_GRID (invitation_part (f, "channel_grid"));
  GtkGrid *languages = GTK_GRID (invitation_part (f, "language_grid"));
  GtkWidget *tables = invitation_part (f, "tables_box");
  OkReportPeriod q4;

  run_frames ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (channels)));
  assert_row (channels, 0, "Channel|Invited|Came|Share");
  assert_row (channels, 1, "WhatsApp|3|3|100.0%");
  assert_row (channels, 2, "E-mail|1|0|0.0%");
  assert_row (channels, 3, "Letter|1|0|0.0%");
  assert_row (channels, 4, "Text message|1|0|0.0%");
  assert_row (channels, 5, "Call list|2|1|50.0%");
  assert_row (channels, 6, "All|7|4|57.1%");
  g_assert_null (gtk_grid_get_child_at (channels, 0, 7));

  assert_row (languages, 0, "Language|Invited|Came|Share");
  assert_row (languages, 1, "nl|2|0|0.0%");
  assert_row (languages, 5, "Unknown|2|1|50.0%");
  assert_row (languages, 6, "All|7|4|57.1%");

  /* The board adds school B's two invitations. */
  ok_overview_view_set_all_schools (f->view, TRUE);
  wait_for_report (f);
  assert_row (channels, 1, "WhatsApp|4|3|75.0%");
  assert_row (channels, 6, "All|9|5|55.6%");

  /* No invitations in 2025-Q4: a sentence instead of empty tables. */
  ok_overview_view_set_all_schools (f->view, FALSE);
  ok_report_period_parse ("2025-Q4", &q4, NULL);
  ok_overview_view_set_period (f->view, &q4);
  wait_for_report (f);
  g_assert_false (gtk_widget_get_visible (tables));
  g_assert_null (gtk_grid_get_child_at (channels, 0, 0));
}

static void
test_switch_period (Fixture       *f,
                    gconstpointer  data)
{
  GtkDropDown *kind = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (f->view),
                                                                    OK_TYPE_OVERVIEW_VIEW,
                                                                    "kind_dropdown"));
  OkQuarterReport *first = ok_overview_view_get_report (f->view);
  OkReportPeriod q1;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "overview.previous-period", NULL);
  assert_label (f, "period_label", "2025-Q4");
  wait_for_report (f);
  g_assert_true (ok_overview_view_get_report (f->view) != first);
  assert_figure (f, "activities_value", "2");
  assert_figure (f, "attendances_value", "2");
  assert_figure (f, "families_caption", "Families reached (of 5 active)");
  assert_figure (f, "reach_value", "40.0%");
  assert_heading (f, "3 families not reached");
  run_frames ();

  ok_report_period_next (ok_overview_view_get_period (f->view), &q1);
  ok_overview_view_set_period (f->view, &q1);
  wait_for_report (f);
  assert_figure (f, "reach_value", "60.0%");

  /* The school year that holds the quarter shown. */
  gtk_drop_down_set_selected (kind, 1);
  assert_label (f, "period_label", "2025-2026");
  wait_for_report (f);
  assert_figure (f, "activities_value", "6");
  assert_figure (f, "attendances_value", "12");
  assert_figure (f, "reach_value", "85.7%");
  assert_heading (f, "1 family not reached");
  run_frames ();
}

static void
test_board (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *check = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->view),
                                                                OK_TYPE_OVERVIEW_VIEW,
                                                                "all_schools_check"));

  /* Two schools in the database: the board view is offered. */
  g_assert_true (gtk_widget_get_visible (check));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (ok_overview_view_get_all_schools (f->view));
  wait_for_report (f);
  assert_label (f, "school_label", "All schools");
  assert_figure (f, "activities_value", "4");
  assert_figure (f, "reach_value", "57.1%");
  assert_figure (f, "reach_trend", "▲ +28.5 points compared with 2025-Q4 (was 28.6%)");

  /* The charts follow the theme, dark included. */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  run_frames ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_stop (Fixture       *f,
           gconstpointer  data)
{
  OkQuarterReport *before = ok_overview_view_get_report (f->view);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "overview.previous-period", NULL);
  g_assert_true (ok_overview_view_get_busy (f->view));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "overview.stop", NULL);
  g_assert_false (ok_overview_view_get_busy (f->view));
  run_frames ();
  /* The stopped count never replaces what is on screen. */
  g_assert_true (ok_overview_view_get_report (f->view) == before);
  assert_figure (f, "activities_value", "3");
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("ok-overview-XXXXXX", NULL);
  g_autofree char *pdf_path = g_build_filename (dir, "overzicht.pdf", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "overzicht.csv", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) csv = g_file_new_for_path (csv_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (ok_overview_view_export (f->view, OK_OVERVIEW_EXPORT_PDF, pdf, FALSE, &error));
  g_assert_no_error (error);
  g_file_get_contents (pdf_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);

  /* On screen the names are there; in the export only when asked. */
  g_assert_true (ok_overview_view_export (f->view, OK_OVERVIEW_EXPORT_CSV, csv, FALSE, &error));
  g_file_get_contents (csv_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "figures,reach_percent,60.0,,"));
  for (guint i = 0; report_fixture_names[i] != NULL; i++)
    g_assert_null (strstr (contents, report_fixture_names[i]));
  g_clear_pointer (&contents, g_free);

  g_assert_true (ok_overview_view_export (f->view, OK_OVERVIEW_EXPORT_CSV, csv, TRUE, &error));
  g_file_get_contents (csv_path, &contents, NULL, &error);
  g_assert_nonnull (strstr (contents, ",Bakker\r\n"));

  g_unlink (pdf_path);
  g_unlink (csv_path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_autofree char *data_dirs = g_strdup (g_getenv ("XDG_DATA_DIRS"));

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  /* Isolated home and data folders, but GTK still needs the system's
   * settings schemas and icons. */
  g_setenv ("XDG_DATA_DIRS", data_dirs != NULL ? data_dirs : "/usr/local/share:/usr/share", TRUE);
  gtk_init ();
  adw_init ();
  ok_store_init_library ();
  /* Referencing the bundle links it in; its constructor registers it. */
  g_assert_nonnull (ok_gui_get_resource ());

  g_test_add ("/overview/figures", Fixture, NULL, fixture_set_up, test_figures, fixture_tear_down);
  g_test_add ("/overview/switch-period", Fixture, NULL, fixture_set_up, test_switch_period,
              fixture_tear_down);
  g_test_add ("/overview/invitations", Fixture, NULL, fixture_set_up, test_invitations,
              fixture_tear_down);
  g_test_add ("/overview/board", Fixture, NULL, fixture_set_up, test_board, fixture_tear_down);
  g_test_add ("/overview/stop", Fixture, NULL, fixture_set_up, test_stop, fixture_tear_down);
  g_test_add ("/overview/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  return g_test_run ();
}

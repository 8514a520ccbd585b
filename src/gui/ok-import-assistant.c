/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import assistant: choose the administration's export, check how it
 * is read and which column holds what, see what an import would change
 * (a dry run: the whole import, rolled back), then import with a progress
 * bar that can be cancelled. Loading and both runs happen in the core's
 * worker threads; a cancelled or failed run leaves the database as it
 * was, which the pages say in so many words. */
#define G_LOG_DOMAIN "ok-import-assistant"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-import-assistant.h"
#include "ok-window.h"

typedef enum {
  RUNNING_NONE,
  RUNNING_LOAD,
  RUNNING_CHECK,
  RUNNING_IMPORT,
} Running;

struct _OkImportAssistant
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton *back_button;
  GtkButton *next_button;
  AdwToastOverlay *toast_overlay;
  GtkStack *stack;
  GtkWidget *loading_box;
  GtkSpinner *loading_spinner;
  GtkLabel *loading_label;
  GtkWidget *mapping_error_box;
  GtkLabel *mapping_error_label;
  GtkDropDown *encoding_dropdown;
  GtkDropDown *separator_dropdown;
  AdwPreferencesGroup *preview_group;
  GtkScrolledWindow *preview_scroller;
  GtkColumnView *preview_view;
  GtkListBox *columns_list;
  AdwStatusPage *progress_page;
  GtkProgressBar *progress_bar;
  GtkLabel *summary_label;
  GtkLabel *families_added_label;
  GtkLabel *families_updated_label;
  GtkLabel *parents_added_label;
  GtkLabel *children_added_label;
  GtkLabel *children_updated_label;
  GtkLabel *children_left_label;
  AdwPreferencesGroup *skipped_group;
  GtkListBox *skipped_list;
  GtkWidget *skip_group;
  GtkSwitch *skip_switch;
  GtkWidget *languages_group;
  GtkLabel *languages_label;
  GtkWidget *columns_group;
  GtkLabel *columns_label;
  AdwStatusPage *result_page;
  GtkWidget *problems_group;
  GtkListBox *problems_list;
  GtkLabel *result_languages_label;
  AdwStatusPage *error_page;

  /* Owned references */
  OkStore *store;
  GFile *file;
  OkImport *import;
  OkImportResult *shown;         /* the run whose problems are listed */
  GListStore *preview_rows;      /* GtkStringList: line, then the fields */
  GtkStringList *field_labels;
  GPtrArray *column_dropdowns;   /* GtkDropDown per column of the file */
  GCancellable *cancellable;
  GtkFileChooserNative *chooser;
  GBinding *progress_binding;
  char *error_back;              /* where Back leads from the error page */

  Running running;
  gboolean has_bad_rows;
  gboolean updating;
  gboolean close_when_done;
};

G_DEFINE_FINAL_TYPE (OkImportAssistant, ok_import_assistant, ADW_TYPE_WINDOW)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The choices of the column drop-downs, in the order a coordinator reads
 * an export: the pupil, the caregivers, the household, the dates. */
static const OkImportField choosable_fields[] = {
  OK_IMPORT_FIELD_NONE,
  OK_IMPORT_FIELD_PUPIL_NUMBER,
  OK_IMPORT_FIELD_FIRST_NAME,
  OK_IMPORT_FIELD_INFIX,
  OK_IMPORT_FIELD_LAST_NAME,
  OK_IMPORT_FIELD_GROUP,
  OK_IMPORT_FIELD_PARENT1_NAME,
  OK_IMPORT_FIELD_PARENT1_PHONE,
  OK_IMPORT_FIELD_PARENT1_EMAIL,
  OK_IMPORT_FIELD_PARENT2_NAME,
  OK_IMPORT_FIELD_PARENT2_PHONE,
  OK_IMPORT_FIELD_PARENT2_EMAIL,
  OK_IMPORT_FIELD_HOME_LANGUAGE,
  OK_IMPORT_FIELD_INTERPRETER,
  OK_IMPORT_FIELD_POSTCODE,
  OK_IMPORT_FIELD_HOUSE_NUMBER,
  OK_IMPORT_FIELD_HOUSE_NUMBER_SUFFIX,
  OK_IMPORT_FIELD_ENROLMENT_DATE,
  OK_IMPORT_FIELD_LEAVING_DATE,
};

G_STATIC_ASSERT (G_N_ELEMENTS (choosable_fields) == OK_IMPORT_N_FIELDS + 1);

/* Encodings the file can be read in; automatic detection is what loading
 * did, so it is not offered again. */
static const OkCsvEncoding encodings[] = {
  OK_CSV_ENCODING_UTF8,
  OK_CSV_ENCODING_UTF8_BOM,
  OK_CSV_ENCODING_UTF16LE,
  OK_CSV_ENCODING_UTF16BE,
  OK_CSV_ENCODING_WINDOWS_1252,
};

static const struct {
  char separator;
  const char *label;
} separators[] = {
  { ';', N_("Semicolon (;)") },
  { ',', N_("Comma (,)") },
  { '\t', N_("Tab") },
};

/* A preview column is at most this wide, in pixels, plus the padding of
 * its cells; a header is set in bold. */
#define MAX_COLUMN_WIDTH 240
#define CELL_PADDING 24
#define HEADER_EXTRA_WIDTH 8

/* The preview shows this many rows before it scrolls; the padding of a
 * row and the height of the header besides its text, in pixels. */
#define MAX_ROWS_SHOWN 10
#define ROW_PADDING 6
#define HEADER_HEIGHT 14

/* Beyond this many problems, a coordinator copies the list. */
#define MAX_PROBLEMS_SHOWN 100

/* How many example values a column's row shows, and how much of each. */
#define N_SAMPLES 3
#define MAX_SAMPLE_CHARS 32

static void update_buttons (OkImportAssistant *self);

/* Helpers */

static guint
choosable_index (OkImportField field)
{
  for (guint i = 0; i < G_N_ELEMENTS (choosable_fields); i++)
    if (choosable_fields[i] == field)
      return i;
  g_return_val_if_reached (0);
}

static char *
column_title (OkImportMapping *mapping,
              guint            column)
{
  const char *name = ok_import_mapping_get_column_name (mapping, column);

  if (name == NULL || *name == '\0')
    return g_strdup_printf (_("Column %u"), column + 1);
  return g_strdup (name);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static char *
format_count (guint value)
{
  return g_strdup_printf ("%u", value);
}

static void
show_toast (OkImportAssistant *self,
            const char        *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
set_running (OkImportAssistant *self,
             Running            running)
{
  self->running = running;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.cancel",
                                 running == RUNNING_CHECK || running == RUNNING_IMPORT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-file",
                                 running == RUNNING_NONE || running == RUNNING_LOAD);
  update_buttons (self);
}

static void
show_error (OkImportAssistant *self,
            const char        *title,
            const char        *description,
            const char        *back)
{
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, description);
  g_free (self->error_back);
  self->error_back = g_strdup (back);
  gtk_stack_set_visible_child_name (self->stack, "error");
  update_buttons (self);
}

/* Cells of the preview: every row is a GtkStringList, and the factory
 * of a column knows which of its strings to show. */

static gboolean
cell_query_tooltip_cb (GtkLabel   *label,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip)
{
  /* Only a value cut short by its column needs a tooltip. */
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), NULL);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkStringList *row = gtk_list_item_get_item (item);
  const char *text = gtk_string_list_get_string (row, GPOINTER_TO_UINT (user_data));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

static int
text_width (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width = 0;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* A column view asks only for the rows it has made, which in a scrolled
 * window is one: the preview is given room for its rows, up to a limit,
 * from the height of a line of text. */
static void
fit_preview_height (OkImportAssistant *self,
                    guint              n_rows)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->preview_view), "Ág");
  int line = 0;

  pango_layout_get_pixel_size (layout, NULL, &line);
  gtk_scrolled_window_set_min_content_height (self->preview_scroller,
                                              HEADER_HEIGHT + line
                                              + (int) MIN (MAX (n_rows, 1), MAX_ROWS_SHOWN)
                                                * (line + ROW_PADDING));
}

/* Columns as wide as their widest value in the preview, within limits:
 * measured once, so that they do not jump while scrolling, and a long
 * e-mail address does not push the other columns out of sight. */
static void
add_text_column (GtkColumnView      *view,
                 const char         *title,
                 guint               index,
                 GListModel         *rows)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  int width = text_width (GTK_WIDGET (view), title) + HEADER_EXTRA_WIDTH;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkStringList) row = g_list_model_get_item (rows, i);

      width = MAX (width, text_width (GTK_WIDGET (view), gtk_string_list_get_string (row, index)));
    }

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GUINT_TO_POINTER (index));
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_fixed_width (column, MIN (width, MAX_COLUMN_WIDTH) + CELL_PADDING);
  gtk_column_view_append_column (view, column);
}

static void
remove_columns (GtkColumnView *view)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (view, column);
    }
}

/* Problems */

static void
fill_problems (OkImportAssistant *self,
               GtkListBox        *list,
               OkImportResult    *result)
{
  guint n = ok_import_result_get_n_rows_skipped (result);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  for (guint i = 0; i < MIN (n, MAX_PROBLEMS_SHOWN); i++)
    {
      g_autofree char *line = g_strdup_printf (_("Line %u"), ok_import_result_get_skipped_line (result, i));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *prefix = gtk_label_new (line);

      gtk_widget_add_css_class (prefix, "dim-label");
      gtk_widget_add_css_class (prefix, "numeric");
      gtk_label_set_xalign (GTK_LABEL (prefix), 0.0);
      gtk_label_set_width_chars (GTK_LABEL (prefix), 10);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), prefix);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     ok_import_result_get_skipped_reason (result, i));
      gtk_list_box_append (list, row);
    }

  if (n > MAX_PROBLEMS_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (ngettext ("And %u more row: copy the list to see all",
                                                         "And %u more rows: copy the list to see all",
                                                         n - MAX_PROBLEMS_SHOWN),
                                               n - MAX_PROBLEMS_SHOWN);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), more);
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (list, row);
    }
  g_set_object (&self->shown, result);
}

/* Preview */

static void
update_mapping_state (OkImportAssistant *self)
{
  OkImportMapping *mapping = self->import != NULL ? ok_import_get_mapping (self->import) : NULL;
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autofree char *message = NULL;

  if (mapping == NULL)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (choosable_fields); i++)
    {
      OkImportField field = choosable_fields[i];

      if (field == OK_IMPORT_FIELD_NONE || !ok_import_field_is_required (field)
          || ok_import_mapping_get_column (mapping, field) >= 0)
        continue;
      if (missing->len > 0)
        g_string_append (missing, _(", "));
      g_string_append_printf (missing, _("“%s”"), ok_import_field_get_label (field));
    }

  if (missing->len > 0)
    message = g_strdup_printf (_("No column holds %s, which every pupil needs: choose the "
                                 "column below, or add it to the export."), missing->str);
  gtk_label_set_text (self->mapping_error_label, message);
  gtk_widget_set_visible (self->mapping_error_box, message != NULL);
  update_buttons (self);
}

static void
sync_column_dropdowns (OkImportAssistant *self)
{
  OkImportMapping *mapping = ok_import_get_mapping (self->import);

  self->updating = TRUE;
  for (guint i = 0; i < self->column_dropdowns->len; i++)
    gtk_drop_down_set_selected (self->column_dropdowns->pdata[i],
                                choosable_index (ok_import_mapping_get_field (mapping, i)));
  self->updating = FALSE;
}

static void
column_field_selected_cb (OkImportAssistant *self,
                          GParamSpec        *pspec,
                          GtkDropDown       *dropdown)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "ok-column"));
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || selected >= G_N_ELEMENTS (choosable_fields))
    return;

  /* A field has one column: choosing it here sets its old column to
   * Ignored, which the other drop-downs then show. */
  ok_import_mapping_set_field (ok_import_get_mapping (self->import), column,
                               choosable_fields[selected]);
  sync_column_dropdowns (self);
  update_mapping_state (self);
}

/* A few values from the first rows, to tell what a column holds. */
static char *
column_samples (OkImportAssistant *self,
                guint              column)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  guint n_rows = ok_import_get_n_preview_rows (self->import);

  for (guint r = 0; r < n_rows && seen->len < N_SAMPLES; r++)
    {
      const char * const *fields = ok_import_get_preview_row (self->import, r);
      const char *value = NULL;
      gboolean known = FALSE;

      if (g_strv_length ((char **) fields) > column)
        value = fields[column];
      if (value == NULL || is_blank (value))
        continue;
      for (guint i = 0; i < seen->len; i++)
        known = known || g_str_equal (seen->pdata[i], value);
      if (!known)
        g_ptr_array_add (seen, (gpointer) value);
    }

  if (seen->len == 0)
    return g_strdup (_("Empty in the first rows"));
  for (guint i = 0; i < seen->len; i++)
    {
      const char *value = seen->pdata[i];
      g_autofree char *start = NULL;

      if (g_utf8_strlen (value, -1) <= MAX_SAMPLE_CHARS)
        {
          g_ptr_array_add (shown, g_strdup (value));
          continue;
        }
      start = g_utf8_substring (value, 0, MAX_SAMPLE_CHARS);
      g_ptr_array_add (shown, g_strconcat (start, "…", NULL));
    }
  g_ptr_array_add (shown, NULL);
  return g_strjoinv (_(", "), (char **) shown->pdata);
}

static void
fill_columns (OkImportAssistant *self)
{
  OkImportMapping *mapping = ok_import_get_mapping (self->import);
  guint n_columns = ok_import_mapping_get_n_columns (mapping);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_list))) != NULL)
    gtk_list_box_remove (self->columns_list, child);
  g_ptr_array_set_size (self->column_dropdowns, 0);

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *title = column_title (mapping, i);
      g_autofree char *samples = column_samples (self, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->field_labels)), NULL);

      /* Column names and values come from the file, not from us. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), samples);

      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                                  choosable_index (ok_import_mapping_get_field (mapping, i)));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, samples,
                                      -1);
      g_object_set_data (G_OBJECT (dropdown), "ok-column", GUINT_TO_POINTER (i));
      g_signal_connect_object (dropdown, "notify::selected",
                               G_CALLBACK (column_field_selected_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), dropdown);

      g_ptr_array_add (self->column_dropdowns, dropdown);
      gtk_list_box_append (self->columns_list, row);
    }
}

static void
fill_preview_rows (OkImportAssistant *self)
{
  OkImportMapping *mapping = ok_import_get_mapping (self->import);
  guint n_columns = ok_import_mapping_get_n_columns (mapping);
  guint n_rows = ok_import_get_n_preview_rows (self->import);
  g_autofree char *title = NULL;

  remove_columns (self->preview_view);
  g_list_store_remove_all (self->preview_rows);

  for (guint r = 0; r < n_rows; r++)
    {
      const char * const *fields = ok_import_get_preview_row (self->import, r);
      guint n_fields = g_strv_length ((char **) fields);
      g_autoptr(GtkStringList) row = gtk_string_list_new (NULL);
      g_autofree char *line = format_count (ok_import_get_preview_line (self->import, r));

      gtk_string_list_append (row, line);
      for (guint i = 0; i < n_columns; i++)
        gtk_string_list_append (row, i < n_fields ? fields[i] : "");
      g_list_store_append (self->preview_rows, row);
    }

  add_text_column (self->preview_view, _("Line"), 0, G_LIST_MODEL (self->preview_rows));
  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *name = column_title (mapping, i);

      add_text_column (self->preview_view, name, i + 1, G_LIST_MODEL (self->preview_rows));
    }

  fit_preview_height (self, n_rows);
  title = n_rows == 1 ? g_strdup (_("First Row"))
                      : g_strdup_printf (_("First %u Rows"), n_rows);
  adw_preferences_group_set_title (self->preview_group, title);
}

static void
fill_preview (OkImportAssistant *self)
{
  char separator = ok_import_get_separator (self->import);
  OkCsvEncoding encoding = ok_import_get_encoding (self->import);

  self->updating = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    if (encodings[i] == encoding)
      gtk_drop_down_set_selected (self->encoding_dropdown, i);
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    if (separators[i].separator == separator)
      gtk_drop_down_set_selected (self->separator_dropdown, i);
  fill_preview_rows (self);
  fill_columns (self);
  self->updating = FALSE;

  update_mapping_state (self);
}

/* Reads the file again after another encoding or separator was chosen;
 * when that fails, the previous reading stays and so do the drop-downs. */
static void
reread (OkImportAssistant *self,
        gboolean           ok,
        const GError      *error)
{
  if (!ok)
    {
      g_autofree char *message = g_strdup_printf (_("The file cannot be read that way: %s"), error->message);

      show_toast (self, message);
    }
  fill_preview (self);
}

static void
encoding_selected_cb (OkImportAssistant *self)
{
  guint selected = gtk_drop_down_get_selected (self->encoding_dropdown);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->updating || self->import == NULL || selected >= G_N_ELEMENTS (encodings)
      || encodings[selected] == ok_import_get_encoding (self->import))
    return;
  ok = ok_import_set_encoding (self->import, encodings[selected], &error);
  reread (self, ok, error);
}

static void
separator_selected_cb (OkImportAssistant *self)
{
  guint selected = gtk_drop_down_get_selected (self->separator_dropdown);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->updating || self->import == NULL || selected >= G_N_ELEMENTS (separators)
      || separators[selected].separator == ok_import_get_separator (self->import))
    return;
  ok = ok_import_set_separator (self->import, separators[selected].separator, &error);
  reread (self, ok, error);
}

/* Loading */

static void
file_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(OkImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = ok_import_load_file_finish (OK_IMPORT (source), result, &error);

  /* Cancelled: another file was chosen, or the window closed. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || OK_IMPORT (source) != self->import)
    return;

  g_clear_object (&self->cancellable);
  gtk_spinner_stop (self->loading_spinner);
  gtk_widget_set_visible (self->loading_box, FALSE);
  set_running (self, RUNNING_NONE);

  if (!ok)
    {
      show_error (self, _("This File Cannot Be Read"), error->message, "choose");
      return;
    }
  fill_preview (self);
  gtk_stack_set_visible_child_name (self->stack, "preview");
}

/* Running */

static void
set_count (GtkLabel *label,
           guint     value)
{
  g_autofree char *text = format_count (value);

  gtk_label_set_text (label, text);
}

static char *
join_list (const char * const *items)
{
  return g_strjoinv (_(", "), (char **) items);
}

static void
fill_summary (OkImportAssistant *self,
              OkImportResult    *result)
{
  const char * const *languages = ok_import_result_get_unknown_languages (result);
  const char * const *columns = ok_import_result_get_unknown_columns (result);
  g_autofree char *name = g_file_get_basename (self->file);
  g_autofree char *summary = NULL;
  g_autofree char *languages_text = join_list (languages);
  g_autofree char *columns_text = join_list (columns);

  if (self->has_bad_rows)
    summary = g_strdup_printf (_("Nothing has changed yet. Some rows cannot be imported: "
                                 "to import the others, choose below to skip them. Importing "
                                 "“%s” without them makes these changes."), name);
  else
    summary = g_strdup_printf (_("Nothing has changed yet. Importing “%s” makes these "
                                 "changes."), name);
  gtk_label_set_text (self->summary_label, summary);

  set_count (self->families_added_label, ok_import_result_get_families_added (result));
  set_count (self->families_updated_label, ok_import_result_get_families_updated (result));
  set_count (self->parents_added_label, ok_import_result_get_parents_added (result));
  set_count (self->children_added_label, ok_import_result_get_children_added (result));
  set_count (self->children_updated_label, ok_import_result_get_children_updated (result));
  set_count (self->children_left_label, ok_import_result_get_children_left (result));

  fill_problems (self, self->skipped_list, result);
  gtk_widget_set_visible (GTK_WIDGET (self->skipped_group),
                          ok_import_result_get_n_rows_skipped (result) > 0);
  if (self->has_bad_rows)
    {
      adw_preferences_group_set_title (self->skipped_group, _("Rows With Problems"));
      adw_preferences_group_set_description (self->skipped_group,
                                             _("Correct these rows in the administration and "
                                               "export again, or skip them to import the "
                                               "other rows."));
    }
  else
    {
      adw_preferences_group_set_title (self->skipped_group, _("Repeated Rows"));
      adw_preferences_group_set_description (self->skipped_group,
                                             _("These rows are exact copies of an earlier row "
                                               "and are imported once."));
    }
  gtk_widget_set_visible (self->skip_group, self->has_bad_rows);
  gtk_switch_set_active (self->skip_switch, FALSE);

  gtk_label_set_text (self->languages_label, languages_text);
  gtk_widget_set_visible (self->languages_group, languages[0] != NULL);
  gtk_label_set_text (self->columns_label, columns_text);
  gtk_widget_set_visible (self->columns_group, columns[0] != NULL);
}

static void
add_change (GString    *text,
            const char *change)
{
  if (text->len > 0)
    g_string_append (text, "\n");
  g_string_append (text, change);
}

static void
fill_result (OkImportAssistant *self,
             OkImportResult    *result)
{
  g_autoptr(GString) changes = g_string_new (NULL);
  const char * const *languages = ok_import_result_get_unknown_languages (result);
  guint n;

  if ((n = ok_import_result_get_families_added (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u new family", "%u new families", n), n);
      add_change (changes, text);
    }
  if ((n = ok_import_result_get_families_updated (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u family with changes",
                                                         "%u families with changes", n), n);
      add_change (changes, text);
    }
  if ((n = ok_import_result_get_parents_added (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u new parent", "%u new parents", n), n);
      add_change (changes, text);
    }
  if ((n = ok_import_result_get_children_added (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u new pupil", "%u new pupils", n), n);
      add_change (changes, text);
    }
  if ((n = ok_import_result_get_children_updated (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u pupil with changes",
                                                         "%u pupils with changes", n), n);
      add_change (changes, text);
    }
  if ((n = ok_import_result_get_children_left (result)) > 0)
    {
      g_autofree char *text = g_strdup_printf (ngettext ("%u pupil who left",
                                                         "%u pupils who left", n), n);
      add_change (changes, text);
    }
  if (changes->len == 0)
    g_string_append (changes, _("The families were already up to date: nothing changed."));
  adw_status_page_set_description (self->result_page, changes->str);

  fill_problems (self, self->problems_list, result);
  gtk_widget_set_visible (self->problems_group, ok_import_result_get_n_rows_skipped (result) > 0);

  if (languages[0] != NULL)
    {
      g_autofree char *list = join_list (languages);
      g_autofree char *text = g_strdup_printf (_("Home languages not recognised and left out: "
                                                 "%s. Add them on the family’s page if you "
                                                 "know which language is meant."), list);

      gtk_label_set_text (self->result_languages_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->result_languages_label), languages[0] != NULL);
}

/* The worker wrote on a connection of its own: the main window's views
 * reload from the database. */
static void
announce_import (OkImportAssistant *self,
                 OkImportResult    *result)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (OK_IS_WINDOW (parent))
    ok_window_data_changed (OK_WINDOW (parent), OK_DATA_FAMILIES | OK_DATA_CONTACTS);
  g_signal_emit (self, signals[IMPORTED], 0, result);
}

static void start_run (OkImportAssistant *self,
                       Running            running,
                       OkImportFlags      flags);

static void
run_done_cb (GObject      *source,
             GAsyncResult *res,
             gpointer      user_data)
{
  g_autoptr(OkImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OkImportResult) result = ok_import_run_finish (OK_IMPORT (source), res, &error);
  Running running = self->running;
  gboolean cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  /* The window is gone: the run only had to end. */
  if (self->stack == NULL)
    return;

  g_clear_pointer (&self->progress_binding, g_binding_unbind);
  g_clear_object (&self->cancellable);
  set_running (self, RUNNING_NONE);

  if (self->close_when_done)
    {
      /* Closed while importing, yet committed: the views still reload. */
      if (running == RUNNING_IMPORT && result != NULL)
        announce_import (self, result);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  if (running == RUNNING_CHECK)
    {
      /* The first check stops at rows that cannot be imported; the second
       * skips them, to show what an import without them would do. */
      if (g_error_matches (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_BAD_ROWS) && !self->has_bad_rows)
        {
          self->has_bad_rows = TRUE;
          start_run (self, RUNNING_CHECK, OK_IMPORT_FLAGS_DRY_RUN | OK_IMPORT_FLAGS_SKIP_BAD_ROWS);
          return;
        }
      if (cancelled)
        {
          gtk_stack_set_visible_child_name (self->stack, "preview");
          return;
        }
      if (result == NULL)
        {
          show_error (self, _("This File Cannot Be Imported"), error->message, "preview");
          return;
        }
      fill_summary (self, result);
      gtk_stack_set_visible_child_name (self->stack, "summary");
      return;
    }

  if (cancelled)
    {
      gtk_stack_set_visible_child_name (self->stack, "summary");
      show_toast (self, _("Import cancelled: nothing was changed"));
      return;
    }
  if (result == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s Nothing was changed."), error->message);

      show_error (self, _("The Import Failed"), message, "summary");
      return;
    }

  fill_result (self, result);
  gtk_stack_set_visible_child_name (self->stack, "result");
  announce_import (self, result);
}

static void
start_run (OkImportAssistant *self,
           Running            running,
           OkImportFlags      flags)
{
  g_return_if_fail (self->cancellable == NULL);

  if (running == RUNNING_CHECK)
    {
      adw_status_page_set_title (self->progress_page, _("Checking the File…"));
      adw_status_page_set_description (self->progress_page,
                                       _("Every row is read and compared with the families "
                                         "you have. Nothing is changed yet."));
    }
  else
    {
      adw_status_page_set_title (self->progress_page, _("Importing Families…"));
      adw_status_page_set_description (self->progress_page,
                                       _("If you cancel, everything stays as it was."));
    }

  /* The import notifies its progress in this main context; the bar
   * starts empty rather than at the end of the previous run. */
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  self->progress_binding = g_object_bind_property (self->import, "progress",
                                                   self->progress_bar, "fraction", 0);
  self->cancellable = g_cancellable_new ();
  set_running (self, running);
  gtk_stack_set_visible_child_name (self->stack, "progress");

  ok_import_run_async (self->import, self->store, flags, self->cancellable,
                       run_done_cb, g_object_ref (self));
}

/* Buttons and pages */

static void
update_buttons (OkImportAssistant *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean idle = self->running == RUNNING_NONE;
  gboolean can_back = FALSE, can_next = FALSE, show_next = FALSE;
  const char *next_label = _("_Next");

  if (g_strcmp0 (page, "preview") == 0)
    {
      OkImportMapping *mapping = self->import != NULL ? ok_import_get_mapping (self->import) : NULL;

      can_back = idle;
      show_next = TRUE;
      can_next = idle && mapping != NULL && ok_import_mapping_check (mapping, NULL);
    }
  else if (g_strcmp0 (page, "summary") == 0)
    {
      can_back = idle;
      show_next = TRUE;
      next_label = _("_Import");
      can_next = idle && (!self->has_bad_rows || gtk_switch_get_active (self->skip_switch));
    }
  else if (g_strcmp0 (page, "error") == 0)
    can_back = idle && self->error_back != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->back_button), can_back);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), show_next);
  gtk_button_set_label (self->next_button, next_label);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.back", can_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.next", can_next);
}

static void
page_changed_cb (OkImportAssistant *self)
{
  update_buttons (self);
}

static void
skip_toggled_cb (OkImportAssistant *self)
{
  update_buttons (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "preview") == 0)
    gtk_stack_set_visible_child_name (self->stack, "choose");
  else if (g_strcmp0 (page, "summary") == 0)
    gtk_stack_set_visible_child_name (self->stack, "preview");
  else if (g_strcmp0 (page, "error") == 0 && self->error_back != NULL)
    gtk_stack_set_visible_child_name (self->stack, self->error_back);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (widget);
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (self->running != RUNNING_NONE)
    return;
  if (g_strcmp0 (page, "preview") == 0)
    {
      self->has_bad_rows = FALSE;
      start_run (self, RUNNING_CHECK, OK_IMPORT_FLAGS_DRY_RUN);
    }
  else if (g_strcmp0 (page, "summary") == 0)
    start_run (self, RUNNING_IMPORT,
               self->has_bad_rows ? OK_IMPORT_FLAGS_SKIP_BAD_ROWS : OK_IMPORT_FLAGS_NONE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (widget);

  if (self->cancellable == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  gtk_widget_action_set_enabled (widget, "import.cancel", FALSE);
  adw_status_page_set_title (self->progress_page, _("Cancelling…"));
}

static void
chooser_response_cb (OkImportAssistant *self,
                     int                response,
                     GtkNativeDialog   *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file != NULL)
    ok_import_assistant_open_file (self, file);
}

static void
choose_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (csv, _("CSV Files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_mime_type (csv, "text/tab-separated-values");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "tsv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  self->chooser = gtk_file_chooser_native_new (_("Choose the Pupil Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), csv);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* For the administration or a colleague: every problem, not only the
 * ones on screen. */
static void
copy_problems_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (widget);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *name = NULL;

  if (self->shown == NULL)
    return;
  name = g_file_get_basename (self->file);
  for (guint i = 0; i < ok_import_result_get_n_rows_skipped (self->shown); i++)
    {
      g_autofree char *line = g_strdup_printf (_("%s, line %u: %s"), name,
                                               ok_import_result_get_skipped_line (self->shown, i),
                                               ok_import_result_get_skipped_reason (self->shown, i));

      g_string_append_printf (text, "%s\n", line);
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text->str);
  show_toast (self, _("Copied the list of rows"));
}

static void
show_families_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (OK_IS_WINDOW (parent))
    ok_window_show_page (OK_WINDOW (parent), "families");
  gtk_window_close (GTK_WINDOW (widget));
}

static gboolean
file_dropped_cb (OkImportAssistant *self,
                 const GValue      *value,
                 double             x,
                 double             y)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE)
      || self->running == RUNNING_CHECK || self->running == RUNNING_IMPORT)
    return FALSE;
  ok_import_assistant_open_file (self, g_value_get_object (value));
  return TRUE;
}

/* Closing during an import first rolls it back: the window goes when the
 * worker is done, so that nothing is left half written or unreported. */
static gboolean
close_request_cb (OkImportAssistant *self)
{
  if (self->running == RUNNING_IMPORT)
    {
      self->close_when_done = TRUE;
      cancel_action (GTK_WIDGET (self), "import.cancel", NULL);
      return TRUE;
    }
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return FALSE;
}

/* Object */

static void
ok_import_assistant_dispose (GObject *object)
{
  OkImportAssistant *self = OK_IMPORT_ASSISTANT (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->progress_binding, g_binding_unbind);
  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->import);
  g_clear_object (&self->shown);
  g_clear_object (&self->preview_rows);
  g_clear_object (&self->field_labels);
  g_clear_pointer (&self->column_dropdowns, g_ptr_array_unref);
  g_clear_pointer (&self->error_back, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_IMPORT_ASSISTANT);

  G_OBJECT_CLASS (ok_import_assistant_parent_class)->dispose (object);
}

static void
ok_import_assistant_class_init (OkImportAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_import_assistant_dispose;

  /**
   * OkImportAssistant::imported:
   * @self: the assistant
   * @result: what the import changed
   *
   * Emitted when an import has been committed, after the main window
   * the assistant is modal to was told to reload.
   */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OK_TYPE_IMPORT_RESULT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-import-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, back_button);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, next_button);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, loading_box);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, loading_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, mapping_error_box);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, mapping_error_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, encoding_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, separator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, preview_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, preview_scroller);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, preview_view);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, columns_list);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, progress_page);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, families_added_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, families_updated_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, parents_added_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, children_added_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, children_updated_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, children_left_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, skipped_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, skipped_list);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, skip_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, languages_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, languages_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, columns_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, columns_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, result_page);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, problems_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, problems_list);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, result_languages_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportAssistant, error_page);
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, encoding_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, separator_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, skip_toggled_cb);

  gtk_widget_class_install_action (widget_class, "import.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "import.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import.choose-file", NULL, choose_file_action);
  gtk_widget_class_install_action (widget_class, "import.show-families", NULL, show_families_action);
  gtk_widget_class_install_action (widget_class, "import.copy-problems", NULL, copy_problems_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "import.choose-file", NULL);
}

static void
ok_import_assistant_init (OkImportAssistant *self)
{
  g_autoptr(GtkStringList) encoding_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) separator_names = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->preview_rows = g_list_store_new (GTK_TYPE_STRING_LIST);
  self->column_dropdowns = g_ptr_array_new ();
  self->field_labels = gtk_string_list_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (choosable_fields); i++)
    gtk_string_list_append (self->field_labels,
                            choosable_fields[i] == OK_IMPORT_FIELD_NONE
                            ? _("Ignored") : ok_import_field_get_label (choosable_fields[i]));

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    gtk_string_list_append (encoding_names, ok_csv_encoding_get_name (encodings[i]));
  gtk_drop_down_set_model (self->encoding_dropdown, G_LIST_MODEL (encoding_names));
  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    gtk_string_list_append (separator_names, _(separators[i].label));
  gtk_drop_down_set_model (self->separator_dropdown, G_LIST_MODEL (separator_names));

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->preview_rows)));
  gtk_column_view_set_model (self->preview_view, GTK_SELECTION_MODEL (selection));

  g_signal_connect_swapped (drop, "drop", G_CALLBACK (file_dropped_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  set_running (self, RUNNING_NONE);
}

/**
 * ok_import_assistant_new:
 * @parent: (nullable): the window the assistant is modal to
 * @store: the database to import into, for its current school
 *
 * Returns: (transfer full): a new assistant, not yet shown
 */
OkImportAssistant *
ok_import_assistant_new (GtkWindow *parent,
                         OkStore   *store)
{
  OkImportAssistant *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OK_IS_STORE (store), NULL);

  self = g_object_new (OK_TYPE_IMPORT_ASSISTANT, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}

/**
 * ok_import_assistant_open_file:
 * @self: an assistant
 * @file: a CSV file
 *
 * Reads @file for the preview, as choosing or dropping it does; a file
 * being read is given up for this one. Not while an import runs.
 */
void
ok_import_assistant_open_file (OkImportAssistant *self,
                               GFile             *file)
{
  g_autofree char *name = NULL;
  g_autofree char *loading = NULL;

  g_return_if_fail (OK_IS_IMPORT_ASSISTANT (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->running == RUNNING_NONE || self->running == RUNNING_LOAD);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_set_object (&self->file, file);
  g_clear_object (&self->import);
  g_clear_object (&self->shown);
  self->import = ok_import_new ();
  self->cancellable = g_cancellable_new ();

  name = g_file_get_basename (file);
  loading = g_strdup_printf (_("Reading “%s”…"), name);
  adw_window_title_set_subtitle (self->window_title, name);
  gtk_label_set_text (self->loading_label, loading);
  gtk_widget_set_visible (self->loading_box, TRUE);
  gtk_spinner_start (self->loading_spinner);
  gtk_stack_set_visible_child_name (self->stack, "choose");
  set_running (self, RUNNING_LOAD);

  ok_import_load_file_async (self->import, file, self->cancellable, file_loaded_cb,
                             g_object_ref (self));
}

/**
 * ok_import_assistant_get_import:
 * @self: an assistant
 *
 * Returns: (transfer none) (nullable): the import of the file shown, or
 *   %NULL before a file was chosen
 */
OkImport *
ok_import_assistant_get_import (OkImportAssistant *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_ASSISTANT (self), NULL);

  return self->import;
}

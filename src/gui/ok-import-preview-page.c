/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import assistant's page on how the file is read: the encoding and
 * separator, the first rows as they come out, and for each column of the
 * file which field it holds, with a few of its values to tell. Says
 * which required field no column holds yet. */
#define G_LOG_DOMAIN "ok-import-preview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-import-preview-page.h"

struct _OkImportPreviewPage
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkWidget *mapping_error_box;
  GtkLabel *mapping_error_label;
  GtkDropDown *encoding_dropdown;
  GtkDropDown *separator_dropdown;
  AdwPreferencesGroup *preview_group;
  GtkScrolledWindow *preview_scroller;
  GtkColumnView *preview_view;
  GtkListBox *columns_list;

  /* Owned references */
  OkImport *import;
  GListStore *preview_rows;      /* GtkStringList: line, then the fields */
  GtkStringList *field_labels;
  GPtrArray *column_dropdowns;   /* GtkDropDown per column of the file */

  gboolean updating;
};

G_DEFINE_FINAL_TYPE (OkImportPreviewPage, ok_import_preview_page, GTK_TYPE_WIDGET)

enum {
  MAPPING_CHANGED,
  READ_FAILED,
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

/* How many example values a column's row shows, and how much of each. */
#define N_SAMPLES 3
#define MAX_SAMPLE_CHARS 32

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
fit_preview_height (OkImportPreviewPage *self,
                    guint                n_rows)
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
add_text_column (GtkColumnView *view,
                 const char    *title,
                 guint          index,
                 GListModel    *rows)
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

/* Columns */

static void
update_mapping_state (OkImportPreviewPage *self)
{
  OkImportMapping *mapping = ok_import_get_mapping (self->import);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autofree char *message = NULL;

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
  g_signal_emit (self, signals[MAPPING_CHANGED], 0);
}

static void
sync_column_dropdowns (OkImportPreviewPage *self)
{
  OkImportMapping *mapping = ok_import_get_mapping (self->import);

  self->updating = TRUE;
  for (guint i = 0; i < self->column_dropdowns->len; i++)
    gtk_drop_down_set_selected (self->column_dropdowns->pdata[i],
                                choosable_index (ok_import_mapping_get_field (mapping, i)));
  self->updating = FALSE;
}

static void
column_field_selected_cb (OkImportPreviewPage *self,
                          GParamSpec          *pspec,
                          GtkDropDown         *dropdown)
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
column_samples (OkImportPreviewPage *self,
                guint                column)
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
fill_columns (OkImportPreviewPage *self)
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
fill_preview_rows (OkImportPreviewPage *self)
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
      g_autofree char *line = g_strdup_printf ("%u", ok_import_get_preview_line (self->import, r));

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
fill_preview (OkImportPreviewPage *self)
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
reread (OkImportPreviewPage *self,
        gboolean             ok,
        const GError        *error)
{
  if (!ok)
    g_signal_emit (self, signals[READ_FAILED], 0, error->message);
  fill_preview (self);
}

static void
encoding_selected_cb (OkImportPreviewPage *self)
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
separator_selected_cb (OkImportPreviewPage *self)
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

/* GObject */

static void
ok_import_preview_page_dispose (GObject *object)
{
  OkImportPreviewPage *self = OK_IMPORT_PREVIEW_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_IMPORT_PREVIEW_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->import);
  g_clear_object (&self->preview_rows);
  g_clear_object (&self->field_labels);
  g_clear_pointer (&self->column_dropdowns, g_ptr_array_unref);

  G_OBJECT_CLASS (ok_import_preview_page_parent_class)->dispose (object);
}

static void
ok_import_preview_page_class_init (OkImportPreviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_import_preview_page_dispose;

  /**
   * OkImportPreviewPage::mapping-changed:
   * @self: the page
   *
   * Emitted when the file was read anew or a column given another field,
   * so that whether the import can go on may have changed.
   */
  signals[MAPPING_CHANGED] =
    g_signal_new ("mapping-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * OkImportPreviewPage::read-failed:
   * @self: the page
   * @reason: why, for the user
   *
   * Emitted when the file cannot be read with the encoding or separator
   * chosen; the previous reading stays.
   */
  signals[READ_FAILED] =
    g_signal_new ("read-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-import-preview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OkImportPreviewPage, mapping_error_box);
  gtk_widget_class_bind_template_child (widget_class, OkImportPreviewPage, mapping_error_label);
  gtk_widget_class_bind_template_child (widget_class, OkImportPreviewPage, encoding_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OkImportPreviewPage, separator_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OkImportPreviewPage, preview_group);
  gtk_widget_class_bind_template_child (widget_class, OkImportPreviewPage, preview_scroller);
  gtk_widget_class_bind_template_child (widget_class, OkImportPreviewPage, preview_view);
  gtk_widget_class_bind_template_child (widget_class, OkImportPreviewPage, columns_list);
  gtk_widget_class_bind_template_callback (widget_class, encoding_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, separator_selected_cb);
}

static void
ok_import_preview_page_init (OkImportPreviewPage *self)
{
  g_autoptr(GtkStringList) encoding_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) separator_names = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;

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
}

/**
 * ok_import_preview_page_set_import:
 * @self: a preview page
 * @import: an import that has read its file
 *
 * Shows how @import reads its file, and lets the columns be chosen.
 */
void
ok_import_preview_page_set_import (OkImportPreviewPage *self,
                                   OkImport            *import)
{
  g_return_if_fail (OK_IS_IMPORT_PREVIEW_PAGE (self));
  g_return_if_fail (OK_IS_IMPORT (import));

  g_set_object (&self->import, import);
  fill_preview (self);
}

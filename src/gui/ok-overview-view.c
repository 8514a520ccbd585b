/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Overzicht: the director's quarterly overview on screen. The report is
 * counted on a second database connection in a thread, so the window
 * stays responsive on a board's database; the charts are the same cairo
 * drawings as in the PDF, in the colours of the theme. */
#define G_LOG_DOMAIN "ok-overview-view"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ok-check-button.h"
#include "ok-chart.h"
#include "ok-family.h"
#include "ok-invitation-table.h"
#include "ok-overview-view.h"
#include "ok-report-pdf.h"
#include "ok-store-family.h"
#include "ok-time.h"
#include "ok-window.h"

struct _OkOverviewView
{
  AdwBin parent_instance;

  /* Template widgets; the toast overlay is the bin's child, which AdwBin
   * itself disposes of, so it is not bound. */
  GtkLabel *period_label;
  GtkDropDown *kind_dropdown;
  GtkCheckButton *all_schools_check;
  GtkSpinner *spinner;
  GtkButton *stop_button;
  GtkStack *stack;
  AdwStatusPage *error_page;
  GtkLabel *school_label;
  GtkLabel *description_label;
  GtkFlowBox *charts_box;
  OkInvitationTable *invitation_table;
  GtkLabel *activities_value;
  GtkLabel *activities_trend;
  GtkLabel *attendances_value;
  GtkLabel *attendances_trend;
  GtkLabel *guests_value;
  GtkLabel *guests_trend;
  GtkLabel *parents_value;
  GtkLabel *parents_trend;
  GtkLabel *families_caption;
  GtkLabel *families_value;
  GtkLabel *families_trend;
  GtkLabel *reach_value;
  GtkLabel *reach_trend;
  GtkLabel *not_reached_label;
  GtkListView *not_reached_view;

  GtkWidget *charts[OK_REPORT_N_BREAKDOWNS];

  /* Owned references */
  OkStore *store;
  OkQuarterReport *report;
  GListStore *not_reached;
  GCancellable *cancellable;

  OkReportPeriod period;
  gboolean all_schools;
  gboolean busy;
  gboolean updating_kind;
  gboolean stale;              /* the data changed while the view was hidden */
  gulong data_changed_id;
};

G_DEFINE_FINAL_TYPE (OkOverviewView, ok_overview_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ALL_SCHOOLS,
  PROP_REPORT,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static char *
format_count (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

static char *
format_percent (int tenths)
{
  return g_strdup_printf ("%.1f%%", tenths / 10.0);
}

static void
today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

/* Today as the store writes dates, to compare with a period's days. */
static char *
today_text (void)
{
  GDate now;

  today (&now);
  return ok_date_format (&now);
}

static gboolean
period_started (const OkReportPeriod *period)
{
  g_autofree char *first = ok_report_period_first_day (period);
  g_autofree char *now = today_text ();

  return g_strcmp0 (first, now) <= 0;
}

static void
toast (OkOverviewView *self,
       const char     *message)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self))),
                               adw_toast_new (message));
}

static void
set_busy (OkOverviewView *self,
          gboolean        busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->stop_button), busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
update_actions (OkOverviewView *self)
{
  OkReportPeriod next;
  gboolean have_report = self->report != NULL;

  ok_report_period_next (&self->period, &next);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.next-period", period_started (&next));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.export-pdf", have_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.export-csv", have_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.print", have_report);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.copy-not-reached",
                                 have_report && self->report->not_reached->len > 0);
}

static void
update_period_label (OkOverviewView *self)
{
  g_autofree char *label = ok_report_period_to_string (&self->period);
  g_autofree char *description = ok_report_period_describe (&self->period);

  gtk_label_set_label (self->period_label, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->period_label), description);

  self->updating_kind = TRUE;
  gtk_drop_down_set_selected (self->kind_dropdown,
                              self->period.kind == OK_REPORT_PERIOD_SCHOOL_YEAR ? 1 : 0);
  self->updating_kind = FALSE;
}

/* Showing a report */

static char *
trend_text (gint64                now,
            gint64                before,
            const OkReportPeriod *previous,
            gboolean              percent)
{
  g_autofree char *period = ok_report_period_to_string (previous);
  g_autofree char *was = percent ? format_percent ((int) before) : format_count (before);
  g_autofree char *diff = NULL;

  if (now == before)
    return g_strdup_printf (_("= the same as in %s"), period);
  if (percent)
    diff = g_strdup_printf (_("%+.1f points"), (now - before) / 10.0);
  else
    diff = g_strdup_printf ("%+" G_GINT64_FORMAT, now - before);
  /* TRANSLATORS: "▲ +3 compared with 2025-Q4 (was 5)" */
  return g_strdup_printf (_("%s %s compared with %s (was %s)"), now > before ? "▲" : "▼", diff,
                          period, was);
}

static void
show_figure (OkOverviewView *self,
             GtkLabel       *value_label,
             GtkLabel       *trend_label,
             gint64          now,
             gint64          before,
             gboolean        percent)
{
  g_autofree char *value = percent ? format_percent ((int) now) : format_count (now);
  g_autofree char *trend = trend_text (now, before, &self->report->previous_period, percent);

  gtk_label_set_label (value_label, value);
  gtk_label_set_label (trend_label, trend);
}

/* What a chart shows, in words, for screen readers. */
static char *
describe_chart (OkQuarterReport   *report,
                OkReportBreakdown  breakdown)
{
  g_autoptr(GString) s = g_string_new (NULL);
  GArray *counts = breakdown == OK_REPORT_BY_TYPE ? report->by_type
                   : breakdown == OK_REPORT_BY_PARTNERSHIP ? report->by_partnership
                   : breakdown == OK_REPORT_BY_MONTH ? report->by_month : NULL;
  GArray *reach = breakdown == OK_REPORT_BY_GROUP ? report->by_group
                  : breakdown == OK_REPORT_BY_LANGUAGE ? report->by_language : NULL;

  for (guint i = 0; counts != NULL && i < counts->len; i++)
    {
      OkReportCount *count = &g_array_index (counts, OkReportCount, i);
      g_autofree char *label = ok_report_label (breakdown, count->key);

      g_string_append_printf (s, "%s%s: %" G_GINT64_FORMAT, s->len > 0 ? "; " : "", label,
                              count->count);
    }
  for (guint i = 0; reach != NULL && i < reach->len; i++)
    {
      OkReportReach *item = &g_array_index (reach, OkReportReach, i);
      g_autofree char *label = ok_report_label (breakdown, item->key);
      g_autofree char *reached = format_count (item->families_reached);
      g_autofree char *active = format_count (item->active_families);

      g_string_append (s, s->len > 0 ? "; " : "");
      /* TRANSLATORS: "Group 3: 2 of 5 families reached" */
      g_string_append_printf (s, _("%s: %s of %s families reached"), label, reached, active);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
show_report (OkOverviewView  *self,
             OkQuarterReport *report)
{
  const OkReportFigures *now, *before;
  g_autofree char *description = NULL;
  g_autofree char *active = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *heading = NULL;

  g_clear_pointer (&self->report, ok_quarter_report_unref);
  self->report = ok_quarter_report_ref (report);
  now = &report->figures;
  before = &report->previous;

  description = ok_report_period_describe (&report->period);
  gtk_label_set_label (self->school_label, report->school_name);
  gtk_label_set_label (self->description_label, description);

  show_figure (self, self->activities_value, self->activities_trend, now->activities,
               before->activities, FALSE);
  show_figure (self, self->attendances_value, self->attendances_trend, now->attendances,
               before->attendances, FALSE);
  show_figure (self, self->guests_value, self->guests_trend, now->unnamed_guests,
               before->unnamed_guests, FALSE);
  show_figure (self, self->parents_value, self->parents_trend, now->parents_reached,
               before->parents_reached, FALSE);
  show_figure (self, self->families_value, self->families_trend, now->families_reached,
               before->families_reached, FALSE);
  show_figure (self, self->reach_value, self->reach_trend, ok_report_figures_reach_tenths (now),
               ok_report_figures_reach_tenths (before), TRUE);
  active = format_count (now->active_families);
  caption = g_strdup_printf (_("Families reached (of %s active)"), active);
  gtk_label_set_label (self->families_caption, caption);

  for (guint i = 0; i < OK_REPORT_N_BREAKDOWNS; i++)
    {
      g_autofree char *words = describe_chart (report, i);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->charts[i]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words, -1);
      gtk_widget_queue_draw (self->charts[i]);
    }

  ok_invitation_table_set_report (self->invitation_table, report);

  g_list_store_remove_all (self->not_reached);
  for (guint i = 0; i < report->not_reached->len; i++)
    {
      OkReportFamily *family = &g_array_index (report->not_reached, OkReportFamily, i);
      g_autoptr(OkFamily) item = ok_family_new ();
      const char *languages[] = { family->language, NULL };
      g_autofree char *id = format_count (family->id);
      g_autofree char *fallback = g_strdup_printf (_("Family %s"), id);

      ok_family_set_id (item, family->id);
      ok_family_set_name (item, family->name != NULL ? family->name : fallback);
      ok_family_set_languages (item, languages);
      g_list_store_append (self->not_reached, item);
    }
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u family not reached",
                                          "%u families not reached", report->not_reached->len),
                             report->not_reached->len);
  gtk_label_set_label (self->not_reached_label, heading);

  gtk_stack_set_visible_child_name (self->stack, "report");
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

static void
report_computed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(OkOverviewView) self = user_data;
  g_autoptr(OkQuarterReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = ok_quarter_report_compute_finish (result, &error);
  /* A newer request, or Stop, took over: it owns the busy state. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_busy (self, FALSE);
  if (report == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  show_report (self, report);
}

static void
refresh (OkOverviewView *self)
{
  OkReportFlags flags = OK_REPORT_WITH_NAMES;

  update_period_label (self);
  update_actions (self);
  if (self->store == NULL)
    return;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (self->all_schools)
    flags |= OK_REPORT_ALL_SCHOOLS;
  set_busy (self, TRUE);
  if (self->report == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");
  ok_quarter_report_compute_async (self->store, &self->period, 0, flags, self->cancellable,
                                   report_computed_cb, g_object_ref (self));
}

/* Charts */

static void
style_from_widget (GtkWidget    *widget,
                   OkChartStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  GdkRGBA fg, bg, accent;
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "card_bg_color", &bg))
    bg = (GdkRGBA) { 1, 1, 1, 1 };
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", &accent))
    accent = fg;

  style->foreground = (OkChartColor) { fg.red, fg.green, fg.blue, fg.alpha };
  style->background = (OkChartColor) { bg.red, bg.green, bg.blue, bg.alpha };
  style->accent = (OkChartColor) { accent.red, accent.green, accent.blue, accent.alpha };
  style->font_family = pango_font_description_get_family (font);
  /* Points to pixels, a little under the body text. */
  if (!pango_font_description_get_size_is_absolute (font))
    size = size * 96 / 72;
  style->font_size = size > 0 ? size * 0.9 : 12;
}

static void
draw_chart_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  OkOverviewView *self = user_data;
  OkChartStyle style;

  if (self->report == NULL)
    return;

  style_from_widget (GTK_WIDGET (area), &style);
  for (guint i = 0; i < OK_REPORT_N_BREAKDOWNS; i++)
    if (self->charts[i] == GTK_WIDGET (area))
      ok_chart_draw (cr, &style, self->report, i, width, height);
}

static void
dark_changed_cb (OkOverviewView *self)
{
  for (guint i = 0; i < OK_REPORT_N_BREAKDOWNS; i++)
    gtk_widget_queue_draw (self->charts[i]);
}

static void
add_charts (OkOverviewView *self)
{
  for (guint i = 0; i < OK_REPORT_N_BREAKDOWNS; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *title = gtk_label_new (ok_chart_get_title (i));
      GtkWidget *area = gtk_drawing_area_new ();

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_set_margin_top (title, 12);
      gtk_widget_set_margin_start (title, 12);
      gtk_widget_set_margin_end (title, 12);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 200);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_chart_cb, self, NULL);
      gtk_widget_set_hexpand (area, TRUE);
      gtk_widget_set_margin_bottom (area, 12);
      gtk_widget_set_margin_start (area, 12);
      gtk_widget_set_margin_end (area, 12);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      title, NULL, -1);
      gtk_box_append (GTK_BOX (card), title);
      gtk_box_append (GTK_BOX (card), area);
      gtk_flow_box_append (self->charts_box, card);
      self->charts[i] = area;
    }
}

/* The not-reached list */

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
  const char * const *languages = ok_family_get_languages (family);
  g_autofree char *label = ok_report_label (OK_REPORT_BY_LANGUAGE,
                                            languages != NULL ? languages[0] : "und");

  gtk_label_set_label (GTK_LABEL (name), ok_family_get_name (family));
  gtk_label_set_label (GTK_LABEL (language), label);
}

static void
not_reached_activated_cb (OkOverviewView *self,
                          guint           position)
{
  g_autoptr(OkFamily) family = g_list_model_get_item (G_LIST_MODEL (self->not_reached), position);

  if (family == NULL)
    return;
  /* The window opens the family's page; the view does not know the window. */
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-family", "x", ok_family_get_id (family));
}

/* Template callbacks */

static void
kind_selected_cb (OkOverviewView *self)
{
  OkReportPeriodKind kind = gtk_drop_down_get_selected (self->kind_dropdown) == 1
                            ? OK_REPORT_PERIOD_SCHOOL_YEAR : OK_REPORT_PERIOD_QUARTER;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GDate) day = NULL;
  OkReportPeriod period;

  if (self->updating_kind || kind == self->period.kind)
    return;

  /* Today's period if today falls in the one shown, else where it starts. */
  first = ok_report_period_first_day (&self->period);
  last = ok_report_period_last_day (&self->period);
  now = today_text ();
  if (g_strcmp0 (first, now) <= 0 && g_strcmp0 (now, last) <= 0)
    day = ok_date_parse (now);
  else
    day = ok_date_parse (first);
  ok_report_period_containing (kind, day, &period);
  ok_overview_view_set_period (self, &period);
}

static void
all_schools_toggled_cb (OkOverviewView *self)
{
  ok_overview_view_set_all_schools (self, gtk_check_button_get_active (self->all_schools_check));
}

/* Actions */

static void
previous_period_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);
  OkReportPeriod period;

  ok_report_period_previous (&self->period, &period);
  ok_overview_view_set_period (self, &period);
}

static void
next_period_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);
  OkReportPeriod period;

  ok_report_period_next (&self->period, &period);
  ok_overview_view_set_period (self, &period);
}

static void
stop_cb (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  set_busy (self, FALSE);
  if (self->report == NULL)
    {
      adw_status_page_set_description (self->error_page, _("Counting was stopped."));
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
}

static void
copy_not_reached_cb (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *period = NULL;

  if (self->report == NULL)
    return;

  period = ok_report_period_to_string (&self->report->period);
  g_string_append_printf (text, _("Families not reached in %s"), period);
  g_string_append_c (text, '\n');
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->not_reached)); i++)
    {
      g_autoptr(OkFamily) family = g_list_model_get_item (G_LIST_MODEL (self->not_reached), i);
      const char * const *languages = ok_family_get_languages (family);
      g_autofree char *language = ok_report_label (OK_REPORT_BY_LANGUAGE,
                                                   languages != NULL ? languages[0] : "und");

      g_string_append_printf (text, "%s (%s)\n", ok_family_get_name (family), language);
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text->str);
  toast (self, _("The list is on the clipboard"));
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(OkOverviewView) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  OkOverviewExport format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));
  gboolean with_names;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (dialog);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  with_names = g_strcmp0 (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "names"), "true") == 0;
  g_object_unref (dialog);

  if (ok_overview_view_export (self, format, file, with_names, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

      toast (self, message);
    }
  else
    toast (self, error->message);
}

static void
export_cb (GtkWidget  *widget,
           const char *action_name,
           GVariant   *parameter)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);
  OkOverviewExport format = g_str_equal (action_name, "overview.export-pdf")
                            ? OK_OVERVIEW_EXPORT_PDF : OK_OVERVIEW_EXPORT_CSV;
  GtkFileChooserNative *dialog;
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;

  if (self->report == NULL)
    return;

  period = ok_report_period_to_string (&self->report->period);
  /* TRANSLATORS: the start of a file name, as in overzicht-2026-Q1.pdf */
  name = g_strdup_printf ("%s-%s.%s", _("overview"), period,
                          format == OK_OVERVIEW_EXPORT_PDF ? "pdf" : "csv");
  dialog = gtk_file_chooser_native_new (format == OK_OVERVIEW_EXPORT_PDF
                                        ? _("Export the Overview as PDF")
                                        : _("Export the Overview as CSV"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "names",
                               _("Include the names of the families not reached"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "names", "false");
  g_object_set_data (G_OBJECT (dialog), "format", GINT_TO_POINTER (format));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              gpointer           user_data)
{
  OkQuarterReport *report = user_data;

  ok_report_pdf_draw_page (report, gtk_print_context_get_cairo_context (context),
                           gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context), FALSE);
}

static void
report_unref_notify (gpointer  data,
                     GClosure *closure)
{
  ok_quarter_report_unref (data);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  OkOverviewView *self = user_data;
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      toast (self, error != NULL ? error->message : _("Printing failed"));
    }
  g_object_unref (operation);
}

static void
print_cb (GtkWidget  *widget,
          const char *action_name,
          GVariant   *parameter)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autofree char *period = NULL;
  g_autofree char *job = NULL;
  GtkPrintOperationResult result;

  if (self->report == NULL)
    return;

  period = ok_report_period_to_string (&self->report->period);
  job = g_strdup_printf ("%s %s", self->report->school_name, period);
  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_allow_async (operation, TRUE);
  /* The page printed is the report of the moment Print was chosen. */
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         ok_quarter_report_ref (self->report),
                         report_unref_notify, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (gtk_widget_get_root (widget)), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    toast (self, error->message);
  if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_object_unref (operation);
}

/* Recounting when the store changes: demo data, an import, a check-in or
 * an edit elsewhere in the window. A hidden view waits until it is shown,
 * so that an edit in the agenda does not recount a board's report. */

static void
on_data_changed_cb (OkWindow       *window,
                    guint           what,
                    OkOverviewView *self)
{
  if (!(what & (OK_DATA_ACTIVITIES | OK_DATA_FAMILIES | OK_DATA_SCHOOL)))
    return;
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = FALSE;
      refresh (self);
    }
}

static void
ok_overview_view_map (GtkWidget *widget)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);

  GTK_WIDGET_CLASS (ok_overview_view_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      refresh (self);
    }
}

static void
ok_overview_view_root (GtkWidget *widget)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (ok_overview_view_parent_class)->root (widget);
  root = gtk_widget_get_root (widget);
  if (OK_IS_WINDOW (root))
    self->data_changed_id = g_signal_connect (root, "data-changed", G_CALLBACK (on_data_changed_cb), self);
}

static void
ok_overview_view_unroot (GtkWidget *widget)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (widget);

  if (self->data_changed_id != 0)
    g_clear_signal_handler (&self->data_changed_id, gtk_widget_get_root (widget));
  GTK_WIDGET_CLASS (ok_overview_view_parent_class)->unroot (widget);
}

/* GObject */

static void
ok_overview_view_dispose (GObject *object)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_OVERVIEW_VIEW);

  G_OBJECT_CLASS (ok_overview_view_parent_class)->dispose (object);
}

static void
ok_overview_view_finalize (GObject *object)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->not_reached);
  g_clear_pointer (&self->report, ok_quarter_report_unref);

  G_OBJECT_CLASS (ok_overview_view_parent_class)->finalize (object);
}

static void
ok_overview_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ALL_SCHOOLS:
      g_value_set_boolean (value, self->all_schools);
      break;
    case PROP_REPORT:
      g_value_set_boxed (value, self->report);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_overview_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OkOverviewView *self = OK_OVERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      ok_overview_view_set_store (self, g_value_get_object (value));
      break;
    case PROP_ALL_SCHOOLS:
      ok_overview_view_set_all_schools (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_overview_view_class_init (OkOverviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_overview_view_dispose;
  object_class->finalize = ok_overview_view_finalize;
  object_class->get_property = ok_overview_view_get_property;
  object_class->set_property = ok_overview_view_set_property;
  widget_class->map = ok_overview_view_map;
  widget_class->root = ok_overview_view_root;
  widget_class->unroot = ok_overview_view_unroot;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALL_SCHOOLS] =
    g_param_spec_boolean ("all-schools", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT] =
    g_param_spec_boxed ("report", NULL, NULL, OK_TYPE_QUARTER_REPORT,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OK_TYPE_CHECK_BUTTON);
  g_type_ensure (OK_TYPE_INVITATION_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/nl/ouderkamer/Ouderkamer/ok-overview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, period_label);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, all_schools_check);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, spinner);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, stop_button);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, stack);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, error_page);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, school_label);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, description_label);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, charts_box);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, invitation_table);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, activities_value);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, activities_trend);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, attendances_value);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, attendances_trend);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, guests_value);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, guests_trend);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, parents_value);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, parents_trend);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, families_caption);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, families_value);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, families_trend);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, reach_value);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, reach_trend);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, not_reached_label);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, not_reached_view);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, all_schools_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, not_reached_activated_cb);

  gtk_widget_class_install_action (widget_class, "overview.previous-period", NULL, previous_period_cb);
  gtk_widget_class_install_action (widget_class, "overview.next-period", NULL, next_period_cb);
  gtk_widget_class_install_action (widget_class, "overview.stop", NULL, stop_cb);
  gtk_widget_class_install_action (widget_class, "overview.copy-not-reached", NULL, copy_not_reached_cb);
  gtk_widget_class_install_action (widget_class, "overview.export-pdf", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "overview.export-csv", NULL, export_cb);
  gtk_widget_class_install_action (widget_class, "overview.print", NULL, print_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "overview.previous-period", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "overview.next-period", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "overview.print", NULL);
}

static void
ok_overview_view_init (OkOverviewView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;
  AdwStyleManager *manager;
  GDate now;

  gtk_widget_init_template (GTK_WIDGET (self));

  today (&now);
  ok_report_period_containing (OK_REPORT_PERIOD_QUARTER, &now, &self->period);

  add_charts (self);
  self->not_reached = g_list_store_new (OK_TYPE_FAMILY);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->not_reached)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_family_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_family_row_cb), NULL);
  gtk_list_view_set_factory (self->not_reached_view, factory);
  gtk_list_view_set_model (self->not_reached_view, GTK_SELECTION_MODEL (selection));

  /* The display's style manager tells once its style sheet has changed;
   * the default one tells before. */
  manager = adw_style_manager_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (dark_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_period_label (self);
  update_actions (self);
}

/* Public API */

OkOverviewView *
ok_overview_view_new (void)
{
  return g_object_new (OK_TYPE_OVERVIEW_VIEW, NULL);
}

OkStore *
ok_overview_view_get_store (OkOverviewView *self)
{
  g_return_val_if_fail (OK_IS_OVERVIEW_VIEW (self), NULL);

  return self->store;
}

void
ok_overview_view_set_store (OkOverviewView *self,
                            OkStore        *store)
{
  g_autoptr(GPtrArray) schools = NULL;

  g_return_if_fail (OK_IS_OVERVIEW_VIEW (self));
  g_return_if_fail (store == NULL || OK_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_pointer (&self->report, ok_quarter_report_unref);
  if (store != NULL)
    schools = ok_store_school_list (store, NULL);
  /* The board view is offered where there is a board. */
  gtk_widget_set_visible (GTK_WIDGET (self->all_schools_check), schools != NULL && schools->len > 1);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

const OkReportPeriod *
ok_overview_view_get_period (OkOverviewView *self)
{
  g_return_val_if_fail (OK_IS_OVERVIEW_VIEW (self), NULL);

  return &self->period;
}

void
ok_overview_view_set_period (OkOverviewView       *self,
                             const OkReportPeriod *period)
{
  g_return_if_fail (OK_IS_OVERVIEW_VIEW (self));
  g_return_if_fail (period != NULL);

  if (ok_report_period_equal (&self->period, period))
    return;
  self->period = *period;
  refresh (self);
}

gboolean
ok_overview_view_get_all_schools (OkOverviewView *self)
{
  g_return_val_if_fail (OK_IS_OVERVIEW_VIEW (self), FALSE);

  return self->all_schools;
}

void
ok_overview_view_set_all_schools (OkOverviewView *self,
                                  gboolean        all_schools)
{
  g_return_if_fail (OK_IS_OVERVIEW_VIEW (self));

  all_schools = !!all_schools;
  if (self->all_schools == all_schools)
    return;
  self->all_schools = all_schools;
  gtk_check_button_set_active (self->all_schools_check, all_schools);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALL_SCHOOLS]);
}

OkQuarterReport *
ok_overview_view_get_report (OkOverviewView *self)
{
  g_return_val_if_fail (OK_IS_OVERVIEW_VIEW (self), NULL);

  return self->report;
}

gboolean
ok_overview_view_get_busy (OkOverviewView *self)
{
  g_return_val_if_fail (OK_IS_OVERVIEW_VIEW (self), FALSE);

  return self->busy;
}

gboolean
ok_overview_view_export (OkOverviewView    *self,
                         OkOverviewExport   format,
                         GFile             *file,
                         gboolean           with_names,
                         GError           **error)
{
  g_autofree char *path = NULL;
  gboolean named;

  g_return_val_if_fail (OK_IS_OVERVIEW_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->report == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                   _("There is no overview to export yet"));
      return FALSE;
    }
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Choose a folder on this computer to export to"));
      return FALSE;
    }

  named = ok_quarter_report_has_names (self->report, with_names);
  if (format == OK_OVERVIEW_EXPORT_PDF)
    {
      if (!ok_report_pdf_write (self->report, path, named, error))
        return FALSE;
      /* Names are personal data: the file is for its owner's eyes only. */
      if (named && g_chmod (path, 0600) != 0)
        g_warning ("Could not make %s private to its owner", path);
      return TRUE;
    }
  else
    {
      g_autofree char *csv = ok_quarter_report_to_csv (self->report, named);

      return g_file_set_contents_full (path, csv, -1, G_FILE_SET_CONTENTS_CONSISTENT,
                                       named ? 0600 : 0644, error);
    }
}

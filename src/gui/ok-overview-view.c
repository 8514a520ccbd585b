/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Overzicht: the director's quarterly overview on screen. The report is
 * counted on a second database connection in a thread, so the window
 * stays responsive on a board's database. The view chooses the period,
 * counts and says what it is counting; the figures, the charts, the
 * invitations and the families not reached are widgets of their own, and
 * saving and printing live in ok-overview-view-export.c. */
#define G_LOG_DOMAIN "ok-overview-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-check-button.h"
#include "ok-headline-figures.h"
#include "ok-invitation-table.h"
#include "ok-not-reached-list.h"
#include "ok-overview-view-private.h"
#include "ok-report-charts.h"
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
  OkHeadlineFigures *headline_figures;
  OkReportCharts *report_charts;
  OkInvitationTable *invitation_table;
  OkNotReachedList *not_reached_list;

  /* Owned references */
  OkStore *store;
  OkQuarterReport *report;
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

void
_ok_overview_view_toast (OkOverviewView *self,
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

static void
show_report (OkOverviewView  *self,
             OkQuarterReport *report)
{
  g_autofree char *description = NULL;

  g_clear_pointer (&self->report, ok_quarter_report_unref);
  self->report = ok_quarter_report_ref (report);

  description = ok_report_period_describe (&report->period);
  gtk_label_set_label (self->school_label, report->school_name);
  gtk_label_set_label (self->description_label, description);

  ok_headline_figures_set_report (self->headline_figures, report);
  ok_report_charts_set_report (self->report_charts, report);
  ok_invitation_table_set_report (self->invitation_table, report);
  ok_not_reached_list_set_report (self->not_reached_list, report);

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
  g_type_ensure (OK_TYPE_HEADLINE_FIGURES);
  g_type_ensure (OK_TYPE_INVITATION_TABLE);
  g_type_ensure (OK_TYPE_NOT_REACHED_LIST);
  g_type_ensure (OK_TYPE_REPORT_CHARTS);
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
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, headline_figures);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, report_charts);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, invitation_table);
  gtk_widget_class_bind_template_child (widget_class, OkOverviewView, not_reached_list);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, all_schools_toggled_cb);

  gtk_widget_class_install_action (widget_class, "overview.previous-period", NULL, previous_period_cb);
  gtk_widget_class_install_action (widget_class, "overview.next-period", NULL, next_period_cb);
  gtk_widget_class_install_action (widget_class, "overview.stop", NULL, stop_cb);
  gtk_widget_class_install_action (widget_class, "overview.export-pdf", NULL,
                                   _ok_overview_view_export_activated);
  gtk_widget_class_install_action (widget_class, "overview.export-csv", NULL,
                                   _ok_overview_view_export_activated);
  gtk_widget_class_install_action (widget_class, "overview.print", NULL, _ok_overview_view_print_activated);

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
  GDate now;

  gtk_widget_init_template (GTK_WIDGET (self));

  today (&now);
  ok_report_period_containing (OK_REPORT_PERIOD_QUARTER, &now, &self->period);
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
  ok_report_charts_set_report (self->report_charts, NULL);
  ok_not_reached_list_set_report (self->not_reached_list, NULL);
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

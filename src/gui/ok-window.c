/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main window: a sidebar of pages next to the page itself, folding to
 * one column on a narrow screen, with toasts over everything. Pages are
 * the children of the stack in ok-window.ui; each brings its own header
 * bar, and the sidebar lists whatever the stack holds. The win.* actions
 * are in ok-window-actions.c, toasts and undo in ok-window-toasts.c. */
#define G_LOG_DOMAIN "ok-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-agenda-view.h"
#include "ok-checkin-window.h"
#include "ok-contact-parents-view.h"
#include "ok-families-view.h"
#include "ok-gui-resources.h"
#include "ok-overview-view.h"
#include "ok-sidebar-button.h"
#include "ok-store-family.h"
#include "ok-templates-view.h"
#include "ok-window-private.h"

G_DEFINE_FINAL_TYPE (OkWindow, ok_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_FOLDED,
  N_PROPS
};

enum {
  DATA_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

OkWindow *
ok_window_for_widget (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (OK_IS_WINDOW (root))
    return OK_WINDOW (root);
  if (GTK_IS_WINDOW (root) && OK_IS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (root))))
    return OK_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (root)));
  return NULL;
}

/* Sidebar */

static GtkWidget *
create_sidebar_row (gpointer item,
                    gpointer user_data)
{
  GtkStackPage *page = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *image = gtk_image_new ();
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_bind_property (page, "icon-name", image, "icon-name", G_BINDING_SYNC_CREATE);
  g_object_bind_property (page, "title", label, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (page, "visible", row, "visible", G_BINDING_SYNC_CREATE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_stack_page_get_title (page), -1);
  return row;
}

static void
sync_sidebar_selection (OkWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = NULL;
  GtkWidget *visible;

  if (self->stack == NULL || self->sidebar_list == NULL)
    return;
  pages = gtk_stack_get_pages (self->stack);
  visible = gtk_stack_get_visible_child (self->stack);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      if (gtk_stack_page_get_child (GTK_STACK_PAGE (page)) == visible)
        {
          gtk_list_box_select_row (self->sidebar_list,
                                   gtk_list_box_get_row_at_index (self->sidebar_list, i));
          return;
        }
    }
}

static void
on_sidebar_row_activated_cb (OkWindow      *self,
                             GtkListBoxRow *row)
{
  g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (self->stack);
  g_autoptr(GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), gtk_list_box_row_get_index (row));

  if (page == NULL)
    return;
  gtk_stack_set_visible_child (self->stack, gtk_stack_page_get_child (GTK_STACK_PAGE (page)));
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* Choosing a row with the keyboard or a screen reader selects it. */
static void
on_sidebar_row_selected_cb (OkWindow      *self,
                            GtkListBoxRow *row)
{
  g_autoptr(GtkSelectionModel) pages = NULL;
  g_autoptr(GObject) page = NULL;

  /* Rows go away one by one while the window is disposed. */
  if (row == NULL || self->stack == NULL)
    return;
  pages = gtk_stack_get_pages (self->stack);
  page = g_list_model_get_item (G_LIST_MODEL (pages), gtk_list_box_row_get_index (row));
  if (page != NULL)
    gtk_stack_set_visible_child (self->stack, gtk_stack_page_get_child (GTK_STACK_PAGE (page)));
}

/* Pages */

/* Each page but the agenda is built when it is first shown: each is a
 * template of its own with data to read (the families' search index takes
 * a worker most of a second and tens of megabytes on a large school), and
 * start-up shows only the agenda. */
static const struct {
  const char *name;
  gsize bin_offset;
  GType (*get_type) (void);
} lazy_pages[] = {
  { "families", G_STRUCT_OFFSET (OkWindow, families_page), ok_families_view_get_type },
  { "contact-parents", G_STRUCT_OFFSET (OkWindow, contact_parents_page), ok_contact_parents_view_get_type },
  { "overview", G_STRUCT_OFFSET (OkWindow, overview_page), ok_overview_view_get_type },
  { "templates", G_STRUCT_OFFSET (OkWindow, templates_page), ok_templates_view_get_type },
};

/**
 * ok_window_get_view:
 * @self: the window
 * @name: the name of a page: agenda, families, contact-parents, overview
 *   or templates
 *
 * Returns: (transfer none): the view of that page, built now if it was
 *   not shown yet
 */
GtkWidget *
ok_window_get_view (OkWindow   *self,
                    const char *name)
{
  g_return_val_if_fail (OK_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (g_str_equal (name, "agenda"))
    return GTK_WIDGET (self->agenda_view);
  for (guint i = 0; i < G_N_ELEMENTS (lazy_pages); i++)
    {
      AdwBin *bin = G_STRUCT_MEMBER (AdwBin *, self, lazy_pages[i].bin_offset);
      GtkWidget *view;

      if (!g_str_equal (lazy_pages[i].name, name))
        continue;
      if (adw_bin_get_child (bin) == NULL)
        {
          view = g_object_new (lazy_pages[i].get_type (), NULL);
          g_object_bind_property (self, "store", view, "store", G_BINDING_SYNC_CREATE);
          adw_bin_set_child (bin, view);
        }
      return adw_bin_get_child (bin);
    }
  g_return_val_if_reached (NULL);
}

static void
on_visible_page_changed_cb (OkWindow *self)
{
  const char *name = self->stack != NULL ? gtk_stack_get_visible_child_name (self->stack) : NULL;

  if (name != NULL)
    ok_window_get_view (self, name);
  sync_sidebar_selection (self);
}

static void
on_folded_changed_cb (OkWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
}

/* School name in the sidebar */

static void
update_school_title (OkWindow *self)
{
  g_autoptr(OkSchool) school = NULL;

  if (self->store == NULL)
    return;
  school = ok_store_school_get (self->store, ok_store_get_school_id (self->store), NULL);
  adw_window_title_set_subtitle (self->sidebar_title, school != NULL ? ok_school_get_name (school) : NULL);
}

/* Public API */

OkStore *
ok_window_get_store (OkWindow *self)
{
  g_return_val_if_fail (OK_IS_WINDOW (self), NULL);

  return self->store;
}

gboolean
ok_window_get_folded (OkWindow *self)
{
  g_return_val_if_fail (OK_IS_WINDOW (self), FALSE);

  /* Pages ask while the template is still being built. */
  return self->leaflet != NULL && adw_leaflet_get_folded (self->leaflet);
}

void
ok_window_data_changed (OkWindow   *self,
                        OkDataKind  what)
{
  g_return_if_fail (OK_IS_WINDOW (self));

  if (what & OK_DATA_SCHOOL)
    update_school_title (self);
  g_signal_emit (self, signals[DATA_CHANGED], 0, (guint) what);
}

void
ok_window_show_page (OkWindow   *self,
                     const char *name)
{
  g_return_if_fail (OK_IS_WINDOW (self));

  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->stack, name);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}
void
ok_window_report_error (OkWindow     *self,
                        const char   *title,
                        const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (OK_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), title, error != NULL ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Window size, kept between runs when the settings schema is installed;
 * run from a build tree without it, the window just opens at its default. */

#define SCHEMA_ID "nl.ouderkamer.Ouderkamer"

static void
restore_window_state (OkWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SCHEMA_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "window-width"))
    return;

  self->settings = g_settings_new_full (schema, NULL, NULL);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (OkWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", MAX (width, 360));
      g_settings_set_int (self->settings, "window-height", MAX (height, 294));
    }
}

/* The benchmark (tests/bench/bench.sh) times start-up to the first frame:
 * with OUDERKAMER_BENCH_FIRST_FRAME set, the window prints when it was
 * drawn, on the monotonic clock, and the app quits. It measures memory
 * with a page open too: OUDERKAMER_BENCH_PAGE names it. */

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      OkWindow      *self)
{
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, self);
  g_application_quit (g_application_get_default ());
}

static void
bench_realize_cb (OkWindow *self)
{
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                    G_CALLBACK (bench_after_paint_cb), self);
}

/* GObject */

static gboolean
ok_window_close_request (GtkWindow *window)
{
  ok_window_commit_pending (OK_WINDOW (window));
  save_window_state (OK_WINDOW (window));

  return GTK_WINDOW_CLASS (ok_window_parent_class)->close_request (window);
}

static void
ok_window_dispose (GObject *object)
{
  OkWindow *self = OK_WINDOW (object);

  if (self->demo != NULL)
    g_cancellable_cancel (self->demo);
  if (self->store != NULL)
    ok_window_commit_pending (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->demo);
  g_clear_object (&self->settings);
  g_list_free_full (g_steal_pointer (&self->toasts), g_object_unref);

  G_OBJECT_CLASS (ok_window_parent_class)->dispose (object);
}

static void
ok_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  OkWindow *self = OK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, ok_window_get_folded (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  OkWindow *self = OK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_set_object (&self->store, g_value_get_object (value));
      update_school_title (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ok_window_class_init (OkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  /* Referencing the bundle keeps the linker from dropping it out of the
   * static library when no OkApplication is linked in, as in the tests. */
  if (ok_gui_get_resource () == NULL)
    g_error ("The interface resources are missing from this build");

  object_class->dispose = ok_window_dispose;
  object_class->get_property = ok_window_get_property;
  object_class->set_property = ok_window_set_property;
  window_class->close_request = ok_window_close_request;

  /**
   * OkWindow:store:
   *
   * The database every page shows; pages bind their own store to it.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, OK_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * OkWindow:folded:
   *
   * Whether the sidebar and the page share one column; a page's
   * #OkSidebarButton shows then.
   */
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OkWindow::data-changed:
   * @what: the #OkDataKind flags of what changed
   *
   * Something in the store changed; views reload what they show of it.
   */
  signals[DATA_CHANGED] =
    g_signal_new ("data-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  g_type_ensure (OK_TYPE_AGENDA_VIEW);
  g_type_ensure (OK_TYPE_SIDEBAR_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OkWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, OkWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, OkWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, OkWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, OkWindow, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, OkWindow, families_page);
  gtk_widget_class_bind_template_child (widget_class, OkWindow, contact_parents_page);
  gtk_widget_class_bind_template_child (widget_class, OkWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, OkWindow, templates_page);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed_cb);

  _ok_window_class_add_actions (widget_class);
}

static void
ok_window_init (OkWindow *self)
{
  g_autoptr(GtkSelectionModel) pages = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  pages = gtk_stack_get_pages (self->stack);
  gtk_list_box_bind_model (self->sidebar_list, G_LIST_MODEL (pages), create_sidebar_row, self, NULL);
  sync_sidebar_selection (self);
  restore_window_state (self);
  if (g_getenv ("OUDERKAMER_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (self, "realize", G_CALLBACK (bench_realize_cb), NULL);
  if (g_getenv ("OUDERKAMER_BENCH_PAGE") != NULL)
    gtk_stack_set_visible_child_name (self->stack, g_getenv ("OUDERKAMER_BENCH_PAGE"));
}

/* What was marked at the door shows in the agenda and the family pages
 * once the check-in window is closed. */
static void
on_app_window_removed_cb (OkWindow  *self,
                          GtkWindow *window)
{
  if (OK_IS_CHECKIN_WINDOW (window))
    ok_window_data_changed (self, OK_DATA_ACTIVITIES);
}

OkWindow *
ok_window_new (OkApplication *app,
               OkStore       *store)
{
  OkWindow *self = g_object_new (OK_TYPE_WINDOW, "application", app, "store", store, NULL);

  if (app != NULL)
    g_signal_connect_object (app, "window-removed", G_CALLBACK (on_app_window_removed_cb), self,
                             G_CONNECT_SWAPPED);
  return self;
}

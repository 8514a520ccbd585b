/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Without a mouse: every control of the main pages and dialogs is reached
 * with Tab and the arrow keys and reacts to Enter or Space. The keys are
 * real key presses through the X server (xdotool), handled by GTK as a
 * user's keyboard would be. */
#include "config.h"

#include <string.h>

#include <gdk/x11/gdkx.h>
#include <glib/gi18n.h>

#include "ok-activity-editor.h"
#include "ok-activity-page.h"
#include "ok-agenda-view.h"
#include "ok-application.h"
#include "ok-checkin-window.h"
#include "ok-contact-parent-page.h"
#include "ok-contact-parents-view.h"
#include "ok-demo.h"
#include "ok-families-view.h"
#include "ok-family-editor.h"
#include "ok-family-page.h"
#include "ok-gui-test-util.h"
#include "ok-import-assistant.h"
#include "ok-not-reached-list.h"
#include "ok-overview-view.h"
#include "ok-send-dialog.h"
#include "ok-store-activity.h"
#include "ok-store-contact.h"
#include "ok-store-family.h"
#include "ok-template-editor.h"
#include "ok-templates-view.h"
#include "ok-time.h"

/* Run with --dutch, the interface is Dutch and only its mnemonics are
 * checked: the walk does not depend on the language, the letters do. */
static gboolean dutch;

/* Keys */

typedef struct {
  gboolean done;
  int status;
} Child;

static guint key_releases;

/* Every key release that reaches one of the test's windows or popovers,
 * counted as GDK hands it to GTK: a press is waited for until GTK has
 * handled it. */
static gboolean
surface_event_cb (GSignalInvocationHint *hint,
                  guint                  n_values,
                  const GValue          *values,
                  gpointer               data)
{
  GdkEvent *event = g_value_get_pointer (&values[1]);

  if (gdk_event_get_event_type (event) == GDK_KEY_RELEASE)
    key_releases++;
  return TRUE;
}

static void
child_exited_cb (GPid     pid,
                 int      status,
                 gpointer user_data)
{
  Child *child = user_data;

  child->status = status;
  child->done = TRUE;
  g_spawn_close_pid (pid);
}

static void
xdotool (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  Child child = { FALSE, 0 };
  GPid pid;

  g_ptr_array_add (argv, (char *) "xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_async (NULL, (char **) argv->pdata, NULL,
                                G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error));
  g_assert_no_error (error);
  g_child_watch_add (pid, child_exited_cb, &child);
  while (!child.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_spawn_check_wait_status (child.status, NULL));
}

static gboolean
released_since (gpointer data)
{
  return key_releases > GPOINTER_TO_UINT (data);
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* How long a key may take to arrive and act: the waits end as soon as it
 * has, and on a loaded machine 5 s was once too short for Escape. */
#define KEY_WAIT_MS 20000

/* The X server's keyboard goes to @window. */
static void
take_keyboard (GtkWindow *window)
{
  g_autofree char *xid = NULL;

  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
  xdotool ((const char *[]) { "windowfocus", "--sync", xid, NULL });
  ok_gui_test_spin (100);
}

static void
press (const char *key)
{
  guint before = key_releases;

  xdotool ((const char *[]) { "key", "--clearmodifiers", key, NULL });
  g_assert_true (ok_gui_test_wait_until (released_since, GUINT_TO_POINTER (before), KEY_WAIT_MS));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A key that closes its window: the release goes nowhere. */
static void
press_to_close (GtkWindow  *window,
                const char *key)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  xdotool ((const char *[]) { "key", "--clearmodifiers", key, NULL });
  g_assert_true (ok_gui_test_wait_until (is_null, &window, KEY_WAIT_MS));
}

static gboolean
has_x11 (void)
{
  g_autofree char *path = g_find_program_in_path ("xdotool");

  if (path != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    return TRUE;
  g_test_skip ("Needs xdotool and an X server (run under xvfb-run)");
  return FALSE;
}

/* Controls */

static gboolean
is_list_row (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  return parent != NULL && (GTK_IS_LIST_VIEW (parent) || GTK_IS_GRID_VIEW (parent))
         && g_strcmp0 (gtk_widget_get_css_name (widget), "row") == 0;
}

static gboolean
has_handler (gpointer    instance,
             const char *signal)
{
  guint id = g_signal_lookup (signal, G_OBJECT_TYPE (instance));

  return id != 0 && g_signal_has_handler_pending (instance, id, 0, FALSE);
}

/* Something a user works with: a row of a list or a flow box counts when
 * choosing it does something. */
static gboolean
is_control (GtkWidget *widget)
{
  /* An entry row's control is its text. */
  if (ADW_IS_ENTRY_ROW (widget))
    return FALSE;
  if (GTK_IS_LIST_BOX_ROW (widget))
    {
      GtkWidget *box = gtk_widget_get_parent (widget);

      return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget))
             || (gtk_list_box_row_get_selectable (GTK_LIST_BOX_ROW (widget)) && GTK_IS_LIST_BOX (box)
                 && gtk_list_box_get_selection_mode (GTK_LIST_BOX (box)) != GTK_SELECTION_NONE);
    }
  if (GTK_IS_FLOW_BOX_CHILD (widget))
    {
      GtkWidget *box = gtk_widget_get_parent (widget);

      return gtk_flow_box_get_selection_mode (GTK_FLOW_BOX (box)) != GTK_SELECTION_NONE
             || has_handler (box, "child-activated");
    }
  return GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget)
         || GTK_IS_TEXT (widget) || GTK_IS_TEXT_VIEW (widget) || GTK_IS_SCALE (widget)
         || GTK_IS_CALENDAR (widget) || is_list_row (widget);
}

/* What GTK itself leaves to the mouse, with the keyboard's own way: the
 * window's title buttons (Ctrl+W), a spin button's arrows (Up, Down). */
static gboolean
is_mouse_only_by_design (GtkWidget *widget)
{
  return GTK_IS_WINDOW_CONTROLS (widget) || GTK_IS_SPIN_BUTTON (widget);
}

static void
collect_controls (GtkWidget *widget,
                  GPtrArray *controls)
{
  /* Neither focus nor pointer: a picture of a control, such as the
   * current choice a combo row shows. */
  if (!gtk_widget_is_drawable (widget) || !gtk_widget_is_sensitive (widget)
      || is_mouse_only_by_design (widget)
      || (!gtk_widget_get_can_focus (widget) && !gtk_widget_get_can_target (widget)))
    return;
  if (is_control (widget))
    g_ptr_array_add (controls, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_controls (child, controls);
}

/* Enter on a focused row does what a click does only when someone
 * listens: the list's "activate", the row's own activation, or the
 * selection a row takes with the arrow keys. Buttons, switches, check
 * buttons and text fields take Enter and Space from GTK itself. */
static gboolean
responds_to_keys (GtkWidget *control)
{
  GtkWidget *parent = gtk_widget_get_parent (control);

  if (is_list_row (control))
    {
      GtkSelectionModel *model = GTK_IS_LIST_VIEW (parent) ? gtk_list_view_get_model (GTK_LIST_VIEW (parent))
                                                           : gtk_grid_view_get_model (GTK_GRID_VIEW (parent));

      return has_handler (parent, "activate")
             || (model != NULL && has_handler (model, "selection-changed"));
    }
  if (GTK_IS_LIST_BOX_ROW (control))
    {
      if (ADW_IS_ACTION_ROW (control)
          && (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (control)) != NULL
              || has_handler (control, "activated")))
        return TRUE;
      if (gtk_actionable_get_action_name (GTK_ACTIONABLE (control)) != NULL)
        return TRUE;
      return has_handler (parent, "row-activated") || has_handler (parent, "row-selected")
             || has_handler (parent, "selected-rows-changed");
    }
  if (GTK_IS_FLOW_BOX_CHILD (control))
    return has_handler (parent, "child-activated") || has_handler (parent, "selected-children-changed");
  return TRUE;
}

static const char *
first_text (GtkWidget *widget)
{
  const char *text = NULL;

  if (GTK_IS_LABEL (widget))
    return gtk_label_get_label (GTK_LABEL (widget));
  if (GTK_IS_BUTTON (widget))
    text = gtk_button_get_label (GTK_BUTTON (widget));
  if (text == NULL)
    text = gtk_widget_get_tooltip_text (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && text == NULL;
       child = gtk_widget_get_next_sibling (child))
    text = first_text (child);
  return text;
}

/* A control as a developer finds it: its type, its text, the view. */
static char *
describe (GtkWidget *widget)
{
  GtkWidget *owner = widget;

  while (owner != NULL && !g_str_has_prefix (G_OBJECT_TYPE_NAME (owner), "Ok"))
    owner = gtk_widget_get_parent (owner);
  return g_strdup_printf ("%s “%s” in %s", G_OBJECT_TYPE_NAME (widget), first_text (widget),
                          owner != NULL ? G_OBJECT_TYPE_NAME (owner) : "?");
}

static void
append_texts (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "|%s", gtk_label_get_label (GTK_LABEL (widget)));
  else if (GTK_IS_EDITABLE (widget) && gtk_editable_get_delegate (GTK_EDITABLE (widget)) == NULL)
    g_string_append_printf (text, "|%s", gtk_editable_get_text (GTK_EDITABLE (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_texts (child, text);
}

/* What tells a control from the others: a list rebuilt while the keys
 * walk has new widgets for the same rows. */
static char *
signature (GtkWidget *widget)
{
  GString *text = g_string_new (G_OBJECT_TYPE_NAME (widget));

  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    g_string_append_printf (text, "<%s", G_OBJECT_TYPE_NAME (w));
  g_string_append_printf (text, " %s", gtk_widget_get_tooltip_text (widget));
  append_texts (widget, text);
  return g_string_free (text, FALSE);
}

/* Walking */

typedef struct {
  GtkWindow *window;
  GPtrArray *reached;   /* focus widgets, each reached by a key */
  GHashTable *seen;     /* signatures of those and their ancestors */
  OkWindow *main;       /* the main window, whose page the walk stays on */
  GtkWidget *page;
} Walk;

static GtkWidget *
current_page (OkWindow *window)
{
  return gtk_stack_get_visible_child (GTK_STACK (ok_gui_test_child (window, OK_TYPE_WINDOW, "stack")));
}

static GtkWidget *
focus_of (Walk *walk)
{
  return gtk_root_get_focus (GTK_ROOT (walk->window));
}

static void
restore_page (Walk *walk)
{
  /* An arrow in the sidebar opens another page: that page has its own
   * walk, this one goes back to its page. */
  if (walk->main != NULL && current_page (walk->main) != walk->page)
    {
      gtk_stack_set_visible_child (GTK_STACK (ok_gui_test_child (walk->main, OK_TYPE_WINDOW, "stack")),
                                   walk->page);
      ok_gui_test_spin (50);
    }
}

/* Each key is tried once from every place focus reaches, depth first:
 * the first key goes on from the state the keys left (a row the arrows
 * selected shows its buttons), the others from focus put back on the
 * place. The places reached are where a user goes without a mouse. */
static void
walk_from (Walk      *walk,
           GtkWidget *from)
{
  static const char * const keys[] = { "Tab", "Down", "Up", "Right", "ctrl+Tab" };

  g_ptr_array_add (walk->reached, g_object_ref (from));
  for (GtkWidget *w = from; w != NULL; w = gtk_widget_get_parent (w))
    g_hash_table_add (walk->seen, signature (w));
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      GtkWidget *to;

      /* Where Tab is typed as text, Ctrl+Tab leaves. */
      if (g_str_equal (keys[k], "ctrl+Tab")
          && !(GTK_IS_TEXT_VIEW (from) && gtk_text_view_get_accepts_tab (GTK_TEXT_VIEW (from))))
        continue;
      if (focus_of (walk) != from
          && (!gtk_widget_is_drawable (from) || !gtk_widget_grab_focus (from) || focus_of (walk) != from))
        return;
      press (keys[k]);
      to = focus_of (walk);
      restore_page (walk);
      if (to != NULL && !g_ptr_array_find (walk->reached, to, NULL))
        walk_from (walk, to);
    }
}

static void
walk_focus (Walk *walk)
{
  if (focus_of (walk) == NULL || !gtk_widget_is_drawable (focus_of (walk)))
    press ("Tab");
  g_assert_nonnull (focus_of (walk));
  walk_from (walk, focus_of (walk));
}

static gboolean
was_reached (Walk      *walk,
             GtkWidget *control)
{
  g_autofree char *key = signature (control);

  for (guint i = 0; i < walk->reached->len; i++)
    {
      GtkWidget *focus = g_ptr_array_index (walk->reached, i);

      if (focus == control || gtk_widget_is_ancestor (focus, control))
        return TRUE;
    }
  return g_hash_table_contains (walk->seen, key);
}

static gboolean
is_on (GtkWidget *widget)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    return gtk_check_button_get_active (GTK_CHECK_BUTTON (widget));
  if (GTK_IS_SWITCH (widget))
    return gtk_switch_get_active (GTK_SWITCH (widget));
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget));
}

static void
collect_toggles (GtkWidget *widget,
                 GPtrArray *toggles)
{
  if (GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget) || GTK_IS_TOGGLE_BUTTON (widget))
    {
      g_ptr_array_add (toggles, g_object_ref (widget));
      g_object_set_data (G_OBJECT (widget), "ok-test-was-on", GINT_TO_POINTER (is_on (widget)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_toggles (child, toggles);
}

/* The text a button shows, and whether Alt and its underlined letter
 * press it. */
static const char *
button_text (GtkWidget *widget,
             gboolean  *mnemonic)
{
  GtkWidget *child = GTK_IS_BUTTON (widget) ? gtk_button_get_child (GTK_BUTTON (widget)) : NULL;

  if (GTK_IS_CHECK_BUTTON (widget))
    {
      *mnemonic = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget));
      return gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
    }
  if (ADW_IS_BUTTON_CONTENT (child))
    {
      *mnemonic = adw_button_content_get_use_underline (ADW_BUTTON_CONTENT (child));
      return adw_button_content_get_label (ADW_BUTTON_CONTENT (child));
    }
  if (GTK_IS_LABEL (child))
    {
      *mnemonic = gtk_label_get_use_underline (GTK_LABEL (child));
      return gtk_label_get_label (GTK_LABEL (child));
    }
  return NULL;
}

/* Two controls on Alt and the same letter: the keys only move between
 * them. */
static void
count_same_mnemonic (GtkWidget  *widget,
                     GHashTable *keys,
                     guint      *same)
{
  if (!gtk_widget_is_drawable (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)) != GDK_KEY_VoidSymbol)
    {
      guint key = gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)));
      GtkWidget *other = g_hash_table_lookup (keys, GUINT_TO_POINTER (key));

      if (other != NULL)
        {
          g_autofree char *what = describe (widget);
          g_autofree char *other_what = describe (other);

          g_test_message ("Alt+%s twice: %s and %s", gdk_keyval_name (key), what, other_what);
          (*same)++;
        }
      g_hash_table_insert (keys, GUINT_TO_POINTER (key), widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_same_mnemonic (child, keys, same);
}

static guint
same_kind_siblings (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);
  guint same = 0;

  for (GtkWidget *child = parent != NULL ? gtk_widget_get_first_child (parent) : NULL; child != NULL;
       child = gtk_widget_get_next_sibling (child))
    same += child != widget && G_OBJECT_TYPE (child) == G_OBJECT_TYPE (widget);
  return same;
}

static void
count_without_mnemonic (GtkWidget *widget,
                        guint     *missing)
{
  gboolean mnemonic = FALSE;
  const char *text = NULL;

  /* The same control on every row, or one of a row of like ones (the
   * days of the week): Tab and the arrows reach them, one letter could
   * not. */
  if (!gtk_widget_is_drawable (widget) || is_list_row (widget))
    return;
  if ((GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget)) && same_kind_siblings (widget) < 2)
    text = button_text (widget, &mnemonic);
  if (text != NULL && *text != '\0' && !(mnemonic && strchr (text, '_') != NULL))
    {
      g_autofree char *what = describe (widget);

      g_test_message ("No mnemonic: %s", what);
      (*missing)++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    count_without_mnemonic (child, missing);
}

/* Walks @window as it is now and fails on every control that the keys
 * do not reach, that does nothing when it has focus or that a key it
 * passes changes, and on a button without its Alt letter or with one
 * another button has. */
static void
assert_keyboard_usable (GtkWindow *window)
{
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();
  g_autoptr(GPtrArray) toggles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) mnemonics = g_hash_table_new (NULL, NULL);
  Walk walk = { window, NULL, NULL, NULL, NULL };
  guint failures = 0;

  count_without_mnemonic (GTK_WIDGET (window), &failures);
  count_same_mnemonic (GTK_WIDGET (window), mnemonics, &failures);
  if (dutch)
    {
      g_assert_cmpuint (failures, ==, 0);
      return;
    }

  if (OK_IS_WINDOW (window))
    {
      walk.main = OK_WINDOW (window);
      walk.page = current_page (walk.main);
    }
  walk.reached = g_ptr_array_new_with_free_func (g_object_unref);
  walk.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Tab and the arrow keys move focus: nothing they pass changes. */
  collect_toggles (GTK_WIDGET (window), toggles);
  walk_focus (&walk);

  for (guint i = 0; i < toggles->len; i++)
    {
      GtkWidget *toggle = g_ptr_array_index (toggles, i);
      g_autofree char *what = NULL;

      if (gtk_widget_get_root (toggle) != GTK_ROOT (window)
          || is_on (toggle) == GPOINTER_TO_INT (g_object_get_data (G_OBJECT (toggle), "ok-test-was-on")))
        continue;
      what = describe (toggle);
      g_test_message ("Changed by Tab or an arrow key: %s", what);
      failures++;
    }

  collect_controls (GTK_WIDGET (window), controls);
  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);
      g_autofree char *what = describe (control);

      if (!was_reached (&walk, control))
        {
          g_test_message ("Not reached with Tab or the arrow keys: %s", what);
          failures++;
        }
      else if (!responds_to_keys (control))
        {
          g_test_message ("Nothing happens on Enter: %s", what);
          failures++;
        }
    }
  g_test_message ("%s: %u controls, %u places focus reached", G_OBJECT_TYPE_NAME (window),
                  controls->len, walk.reached->len);
  g_ptr_array_unref (walk.reached);
  g_hash_table_unref (walk.seen);
  g_assert_cmpuint (failures, ==, 0);
  g_assert_cmpuint (controls->len, >, 0);
}

static GtkWidget *
first_row (GtkWidget *list)
{
  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if ((is_list_row (child) || GTK_IS_LIST_BOX_ROW (child)) && gtk_widget_is_drawable (child))
      return child;
  g_assert_not_reached ();
}

/* Drawn, and not scrolled out of sight. */
static gboolean
in_sight (gpointer data)
{
  GtkWidget *widget = data;
  graphene_rect_t bounds;

  if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (gtk_widget_get_root (widget)), &bounds))
    return FALSE;
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    {
      graphene_rect_t area;

      if (!GTK_IS_SCROLLED_WINDOW (w) && !GTK_IS_ROOT (w))
        continue;
      if (!gtk_widget_compute_bounds (w, GTK_WIDGET (gtk_widget_get_root (widget)), &area)
          || !graphene_rect_contains_rect (&area, &bounds))
        return FALSE;
    }
  return TRUE;
}

/* Focus on a control as the keys leave it, then a key. */
static void
enter_on (GtkWidget  *widget,
          const char *key)
{
  g_assert_true (gtk_widget_grab_focus (widget));
  /* Its page scrolls it into sight first. */
  g_assert_true (ok_gui_test_wait_until (in_sight, widget, KEY_WAIT_MS));
  press (key);
  /* What opens may load in an idle. */
  ok_gui_test_spin (200);
}

/* Fixture */

typedef struct {
  OkStore *store;
  OkWindow *window;
  OkActivity *activity;   /* coming, with invitations to send */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GPtrArray) coming = NULL;
  g_autoptr(GPtrArray) families = NULL;
  g_autoptr(GPtrArray) parents = NULL;
  OkDemoOptions options;
  gint64 contact;

  fixture->store = ok_gui_test_open_store ();
  ok_demo_options_init (&options);
  options.families = 8;
  options.school_years = 1;
  g_assert_true (ok_demo_generate (fixture->store, &options, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  coming = ok_store_activity_list (fixture->store, today, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (coming->len, >, 0);
  fixture->activity = g_object_ref (g_ptr_array_index (coming, 0));
  families = ok_store_family_list (fixture->store, &error);
  g_assert_no_error (error);
  parents = ok_store_parent_list (fixture->store, ok_family_get_id (g_ptr_array_index (families, 0)), &error);
  g_assert_no_error (error);
  contact = ok_store_contact_parent_add (fixture->store, ok_parent_get_id (g_ptr_array_index (parents, 0)), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok_store_coverage_add (fixture->store, contact, OK_COVERAGE_GROUP, 0, "5", &error));
  g_assert_no_error (error);

  fixture->window = ok_gui_test_new_window (fixture->store);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1280, 760);
  ok_gui_test_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));
  ok_gui_test_spin (50);
  g_clear_object (&fixture->activity);
  g_clear_object (&fixture->store);
}

static gpointer
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A template child of a page's view, which the window makes when asked. */
static gpointer
view_child (Fixture    *fixture,
            const char *page,
            GType       view_type,
            const char *name)
{
  return ok_gui_test_child (ok_window_get_view (fixture->window, page), view_type, name);
}

static void
open_page (Fixture    *fixture,
           const char *page)
{
  ok_window_show_page (fixture->window, page);
  ok_gui_test_spin (300);
  take_keyboard (GTK_WINDOW (fixture->window));
}

/* Pages */

static void
test_agenda (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *list = view_child (fixture, "agenda", OK_TYPE_AGENDA_VIEW, "list_view");
  GtkWidget *page = view_child (fixture, "agenda", OK_TYPE_AGENDA_VIEW, "activity_page");
  GtkWidget *upcoming = view_child (fixture, "agenda", OK_TYPE_AGENDA_VIEW, "upcoming_button");
  GtkWidget *past = gtk_widget_get_next_sibling (upcoming);

  if (!has_x11 ())
    return;
  open_page (fixture, "agenda");
  assert_keyboard_usable (GTK_WINDOW (fixture->window));

  /* Enter on an activity opens it; its page has its own controls. */
  enter_on (first_row (list), "Return");
  g_assert_nonnull (ok_activity_page_get_activity (OK_ACTIVITY_PAGE (page)));
  assert_keyboard_usable (GTK_WINDOW (fixture->window));

  /* Space on a toggle: the past. */
  enter_on (past, "space");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (past)));
}

static void
test_families (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *list = view_child (fixture, "families", OK_TYPE_FAMILIES_VIEW, "list_view");
  GtkWidget *page = view_child (fixture, "families", OK_TYPE_FAMILIES_VIEW, "family_page");
  GtkWidget *group = view_child (fixture, "families", OK_TYPE_FAMILIES_VIEW, "group_dropdown");
  OkFamiliesView *view = OK_FAMILIES_VIEW (ok_window_get_view (fixture->window, "families"));
  g_autoptr(OkFamilySummary) found = NULL;

  if (!has_x11 ())
    return;
  open_page (fixture, "families");
  assert_keyboard_usable (GTK_WINDOW (fixture->window));

  /* Ctrl+F, a letter, Enter: the first family found opens. */
  press ("ctrl+f");
  xdotool ((const char *[]) { "type", "--delay", "40", "e", NULL });
  ok_gui_test_spin (300);
  press ("Return");
  found = g_list_model_get_item (G_LIST_MODEL (ok_families_view_get_index (view)), 0);
  g_assert_cmpint (ok_family_page_get_family_id (OK_FAMILY_PAGE (page)), ==, ok_family_summary_get_id (found));

  /* Enter on a row opens that family; its page has its own controls. */
  enter_on (gtk_widget_get_next_sibling (first_row (list)), "Return");
  g_assert_cmpint (ok_family_page_get_family_id (OK_FAMILY_PAGE (page)), >, 0);
  assert_keyboard_usable (GTK_WINDOW (fixture->window));

  /* A drop-down opens on Enter and picks with the arrows. */
  enter_on (gtk_widget_get_first_child (group), "Return");
  press ("Down");
  press ("Return");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (group)), ==, 1);
}

static void
test_contact_parents (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkWidget *list = view_child (fixture, "contact-parents", OK_TYPE_CONTACT_PARENTS_VIEW, "list_box");
  GtkWidget *page = view_child (fixture, "contact-parents", OK_TYPE_CONTACT_PARENTS_VIEW,
                                "contact_parent_page");

  if (!has_x11 ())
    return;
  open_page (fixture, "contact-parents");
  assert_keyboard_usable (GTK_WINDOW (fixture->window));

  enter_on (first_row (list), "Return");
  g_assert_cmpint (ok_contact_parent_page_get_contact_parent_id (OK_CONTACT_PARENT_PAGE (page)), >, 0);
  assert_keyboard_usable (GTK_WINDOW (fixture->window));
}

static gboolean
report_ready (gpointer data)
{
  OkOverviewView *view = data;

  return ok_overview_view_get_report (view) != NULL && !ok_overview_view_get_busy (view);
}

static void
test_overview (Fixture       *fixture,
               gconstpointer  data)
{
  OkOverviewView *view = OK_OVERVIEW_VIEW (ok_window_get_view (fixture->window, "overview"));
  GtkWidget *families = view_child (fixture, "families", OK_TYPE_FAMILIES_VIEW, "family_page");
  OkReportPeriod before;

  if (!has_x11 ())
    return;
  open_page (fixture, "overview");
  g_assert_true (ok_gui_test_wait_until (report_ready, view, 10000));
  assert_keyboard_usable (GTK_WINDOW (fixture->window));

  /* Alt+Page Up, with focus on the page: the period before. */
  before = *ok_overview_view_get_period (view);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (view), GTK_DIR_TAB_FORWARD));
  press ("alt+Prior");
  g_assert_true (ok_gui_test_wait_until (report_ready, view, 10000));
  /* The list of families not reached gets its new rows. */
  ok_gui_test_spin (300);
  g_assert_cmpint (ok_overview_view_get_period (view)->year * 4 + ok_overview_view_get_period (view)->quarter,
                   ==, before.year * 4 + before.quarter - 1);

  /* Enter on a family not reached opens its page. */
  enter_on (first_row (ok_gui_test_child (ok_gui_test_child (view, OK_TYPE_OVERVIEW_VIEW, "not_reached_list"),
                                          OK_TYPE_NOT_REACHED_LIST, "list_view")), "Return");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (ok_gui_test_child (fixture->window, OK_TYPE_WINDOW,
                                                                                    "stack"))),
                   ==, "families");
  g_assert_cmpint (ok_family_page_get_family_id (OK_FAMILY_PAGE (families)), >, 0);
}

static void
test_templates (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *list = view_child (fixture, "templates", OK_TYPE_TEMPLATES_VIEW, "language_list");
  GtkWidget *editor = view_child (fixture, "templates", OK_TYPE_TEMPLATES_VIEW, "editor");

  if (!has_x11 ())
    return;
  open_page (fixture, "templates");
  assert_keyboard_usable (GTK_WINDOW (fixture->window));

  enter_on (first_row (list), "Return");
  g_assert_nonnull (ok_template_editor_get_language (OK_TEMPLATE_EDITOR (editor)));
  assert_keyboard_usable (GTK_WINDOW (fixture->window));
}

/* The sidebar follows the arrow keys. */
static void
test_sidebar (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *sidebar = ok_gui_test_child (fixture->window, OK_TYPE_WINDOW, "sidebar_list");
  GtkStack *stack = ok_gui_test_child (fixture->window, OK_TYPE_WINDOW, "stack");

  if (!has_x11 ())
    return;
  open_page (fixture, "agenda");
  enter_on (first_row (sidebar), "Down");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "families");
  press ("Down");
  press ("Down");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "overview");
  press ("ctrl+5");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "templates");
}

/* Dialogs */

static void
present_dialog (GtkWindow *dialog)
{
  ok_gui_test_present (dialog);
  ok_gui_test_spin (300);
  take_keyboard (dialog);
}

static GtkWidget *
focus_in (GtkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static guint
count_ticked (GtkWidget *widget)
{
  guint ticked = GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_active (GTK_CHECK_BUTTON (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ticked += count_ticked (child);
  return ticked;
}

static gboolean
expansion_enabled (gpointer data)
{
  return adw_expander_row_get_enable_expansion (data);
}

static void
test_activity_editor (Fixture       *fixture,
                      gconstpointer  data)
{
  OkActivityEditor *editor;
  GtkWidget *repeat;
  GtkWidget *interpreters;
  GtkWidget *languages;

  if (!has_x11 ())
    return;
  editor = ok_activity_editor_new (GTK_WINDOW (fixture->window), fixture->store, NULL, OK_ACTIVITY_EDITOR_NEW);
  present_dialog (GTK_WINDOW (editor));
  assert_keyboard_usable (GTK_WINDOW (editor));

  /* Space on its switch makes a weekly series; its controls are
   * reached too. */
  repeat = ok_gui_test_child (editor, OK_TYPE_ACTIVITY_EDITOR, "repeat_row");
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (repeat)));
  enter_on (find_widget (repeat, GTK_TYPE_SWITCH), "space");
  /* The switch slides over before it is on. */
  g_assert_true (ok_gui_test_wait_until (expansion_enabled, repeat, 2000));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (repeat)));
  ok_gui_test_spin (300);
  assert_keyboard_usable (GTK_WINDOW (editor));

  /* The interpreters' languages: Enter opens the list, the arrows
   * move through it without ticking anything, Space ticks one. */
  interpreters = find_widget (ok_gui_test_child (editor, OK_TYPE_ACTIVITY_EDITOR, "interpreters_row"),
                              GTK_TYPE_MENU_BUTTON);
  languages = ok_gui_test_child (editor, OK_TYPE_ACTIVITY_EDITOR, "languages_list");
  enter_on (find_widget (interpreters, GTK_TYPE_TOGGLE_BUTTON), "Return");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (interpreters)))));
  press ("Down");
  press ("Down");
  press ("Down");
  g_assert_true (gtk_widget_is_ancestor (focus_in (GTK_WINDOW (editor)), languages));
  g_assert_cmpuint (count_ticked (languages), ==, 0);
  press ("space");
  g_assert_cmpuint (count_ticked (languages), ==, 1);
  press ("Escape");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (interpreters)))));

  press_to_close (GTK_WINDOW (editor), "Escape");
}

static void
test_checkin (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OkCheckinWindow *window;

  if (!has_x11 ())
    return;
  window = ok_checkin_window_new (NULL, fixture->store, ok_activity_get_id (fixture->activity), &error);
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  present_dialog (GTK_WINDOW (window));
  assert_keyboard_usable (GTK_WINDOW (window));

  /* Ctrl+F, typing: parents found; their rows are reached as well. */
  press ("ctrl+f");
  xdotool ((const char *[]) { "type", "--delay", "40", "e", NULL });
  ok_gui_test_spin (500);
  assert_keyboard_usable (GTK_WINDOW (window));
  /* Escape clears the search at the door: Ctrl+W closes. */
  press_to_close (GTK_WINDOW (window), "ctrl+w");
}

static void
test_send_dialog (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OkSendDialog *dialog;

  if (!has_x11 ())
    return;
  dialog = ok_send_dialog_new (GTK_WINDOW (fixture->window), fixture->store, fixture->activity, &error);
  g_assert_no_error (error);
  present_dialog (GTK_WINDOW (dialog));
  assert_keyboard_usable (GTK_WINDOW (dialog));
  press_to_close (GTK_WINDOW (dialog), "Escape");
}

/* The shortcuts window (Ctrl+?) */

/* Keys a window handles in its own key handler, not as shortcuts, so
 * that no shortcut controller lists them. The families' search opens the
 * first family on Enter (test_families); at the door Enter, Shift+Enter
 * and the arrows work in the search field (test-gui-checkin). */
static const char * const handled_keys[] = {
  "Return", "<Shift>Return", "Up", "Down", NULL
};

/* What the application's actions must never be without. */
static const char * const main_actions[] = {
  "win.new-activity", "win.new-family", "win.search", "win.undo", "win.show-page",
  "win.show-help-overlay", "agenda.edit", "agenda.duplicate", "agenda.delete", "family.edit",
  "overview.previous-period", "overview.next-period", "overview.print", "editor.save",
  "import.choose-file", "window.close", "app.preferences", "app.help", "app.quit",
  "app.import-families",
  "checkin.walk-in", "checkin.undo", "checkin.excuse-selected", "checkin.guest-add",
  "checkin.guest-remove", "checkin.focus-search", "checkin.summary", "checkin.fullscreen",
  NULL
};

static void
add_accel (GHashTable *actions,
           const char *action,
           char       *accel)
{
  GHashTable *accels = g_hash_table_lookup (actions, action);

  if (accels == NULL)
    {
      accels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (actions, g_strdup (action), accels);
    }
  g_hash_table_add (accels, accel);
}

static void
add_trigger (GHashTable         *actions,
             const char         *action,
             GtkShortcutTrigger *trigger)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    {
      add_trigger (actions, action, gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)));
      add_trigger (actions, action, gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)));
    }
  else if (GTK_IS_KEYVAL_TRIGGER (trigger))
    add_accel (actions, action,
               gtk_accelerator_name (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                                     gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger))));
}

/* The shortcuts of the app's own widgets (their classes' key bindings)
 * and of the leaflets (Alt+Left, back), by action. */
static void
collect_shortcuts (GtkWidget  *widget,
                   GHashTable *actions)
{
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (widget), "Ok") || ADW_IS_LEAFLET (widget))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
              GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

              add_trigger (actions,
                           GTK_IS_NAMED_ACTION (action) ? gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))
                                                        : G_OBJECT_TYPE_NAME (widget),
                           gtk_shortcut_get_trigger (shortcut));
            }
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, actions);
}

static GHashTable *
new_action_table (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
}

static gboolean
has_accel (GHashTable *actions,
           const char *accel)
{
  GHashTableIter iter;
  gpointer accels;

  g_hash_table_iter_init (&iter, actions);
  while (g_hash_table_iter_next (&iter, NULL, &accels))
    if (g_hash_table_contains (accels, accel))
      return TRUE;
  return FALSE;
}

/* The accelerators the shortcuts window shows, by group: the door's own
 * group, and the rest. */
static void
read_shortcuts_window (GHashTable *door,
                       GHashTable *rest)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/nl/ouderkamer/Ouderkamer/gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GObject *group = gtk_builder_get_object (builder, "checkin_group");

  g_assert_nonnull (group);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *text = NULL;
      g_auto(GStrv) accels = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &text, NULL);
      accels = g_strsplit (text, " ", -1);
      for (guint i = 0; accels[i] != NULL; i++)
        {
          guint keyval;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (accels[i], &keyval, &mods));
          g_hash_table_add (gtk_widget_is_ancestor (l->data, GTK_WIDGET (group)) ? door : rest,
                            gtk_accelerator_name (keyval, mods));
        }
    }
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
}

/* Every action with a key has one of its keys in the shortcuts window,
 * in the door's group for the check-in window's own; every key the
 * window shows is one a window really has. */
static guint
count_undocumented (GHashTable *actions,
                    GHashTable *listed,
                    GHashTable *also_listed)
{
  GHashTableIter iter;
  gpointer action, accels;
  guint missing = 0;

  g_hash_table_iter_init (&iter, actions);
  while (g_hash_table_iter_next (&iter, &action, &accels))
    {
      GHashTableIter keys;
      gpointer accel;
      gboolean found = FALSE;

      g_hash_table_iter_init (&keys, accels);
      while (!found && g_hash_table_iter_next (&keys, &accel, NULL))
        found = g_hash_table_contains (listed, accel)
                || (also_listed != NULL && g_hash_table_contains (also_listed, accel));
      if (!found)
        {
          g_test_message ("Not in the shortcuts window: %s", (const char *) action);
          missing++;
        }
    }
  return missing;
}

static guint
count_unreal (GHashTable *listed,
              GHashTable *actions,
              GHashTable *app)
{
  GHashTableIter iter;
  gpointer accel;
  guint unreal = 0;

  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, &accel, NULL))
    if (!has_accel (actions, accel) && !has_accel (app, accel)
        && !g_strv_contains (handled_keys, accel))
      {
        g_test_message ("The shortcuts window shows a key nothing has: %s", (const char *) accel);
        unreal++;
      }
  return unreal;
}

static void
test_shortcuts_window (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkStore) store = ok_gui_test_open_store ();
  g_autoptr(OkApplication) app = ok_application_new ();
  g_autoptr(GHashTable) app_actions = new_action_table ();
  g_autoptr(GHashTable) main_actions_found = new_action_table ();
  g_autoptr(GHashTable) door_actions = new_action_table ();
  g_autoptr(GHashTable) door_listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) descriptions = NULL;
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) starts = NULL;
  GtkWindow *windows[6];
  static const char * const pages[] = { "agenda", "families", "contact-parents", "overview", "templates" };
  guint failures = 0;

  /* Registering runs the application's startup: its accelerators. */
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  descriptions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  for (guint i = 0; descriptions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), descriptions[i]);

      for (guint j = 0; accels[j] != NULL; j++)
        {
          guint keyval;
          GdkModifierType mods;

          g_assert_true (gtk_accelerator_parse (accels[j], &keyval, &mods));
          add_accel (app_actions, descriptions[i], gtk_accelerator_name (keyval, mods));
        }
    }
  g_assert_true (g_hash_table_contains (app_actions, "win.show-help-overlay"));

  ok_activity_set_title (activity, "Koffieochtend");
  starts = ok_time_parse_local ("2026-11-23T08:30");
  ok_activity_set_starts_at (activity, starts);
  g_assert_true (ok_store_activity_insert (store, activity, &error));
  g_assert_no_error (error);
  windows[0] = GTK_WINDOW (ok_window_new (app, store));
  /* The window makes its pages when they are first shown. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_assert_nonnull (ok_window_get_view (OK_WINDOW (windows[0]), pages[i]));
  windows[1] = GTK_WINDOW (ok_activity_editor_new (windows[0], store, NULL, OK_ACTIVITY_EDITOR_NEW));
  windows[2] = GTK_WINDOW (ok_family_editor_new (windows[0], store, NULL));
  windows[3] = GTK_WINDOW (ok_import_assistant_new (windows[0], store));
  windows[4] = GTK_WINDOW (ok_send_dialog_new (windows[0], store, activity, &error));
  g_assert_no_error (error);
  windows[5] = GTK_WINDOW (ok_checkin_window_new (GTK_APPLICATION (app), store, ok_activity_get_id (activity), &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 5; i++)
    collect_shortcuts (GTK_WIDGET (windows[i]), main_actions_found);
  collect_shortcuts (GTK_WIDGET (windows[5]), door_actions);

  read_shortcuts_window (door_listed, listed);
  failures += count_undocumented (app_actions, listed, NULL);
  failures += count_undocumented (main_actions_found, listed, NULL);
  failures += count_undocumented (door_actions, door_listed, listed);
  failures += count_unreal (listed, main_actions_found, app_actions);
  failures += count_unreal (door_listed, door_actions, app_actions);
  for (guint i = 0; main_actions[i] != NULL; i++)
    if (!g_hash_table_contains (app_actions, main_actions[i])
        && !g_hash_table_contains (main_actions_found, main_actions[i])
        && !g_hash_table_contains (door_actions, main_actions[i]))
      {
        g_test_message ("No key for %s", main_actions[i]);
        failures++;
      }
  g_test_message ("%u actions with keys, %u keys in the shortcuts window",
                  g_hash_table_size (app_actions) + g_hash_table_size (main_actions_found)
                  + g_hash_table_size (door_actions),
                  g_hash_table_size (listed) + g_hash_table_size (door_listed));
  g_assert_cmpuint (failures, ==, 0);

  for (guint i = G_N_ELEMENTS (windows); i > 0; i--)
    gtk_window_destroy (windows[i - 1]);
  ok_gui_test_spin (50);
}

static void
speak_dutch (void)
{
  g_autofree char *catalogue = g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);

  dutch = TRUE;
  g_setenv ("LANGUAGE", "nl", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, catalogue);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

int
main (int   argc,
      char *argv[])
{
  ok_gui_test_init (&argc, &argv);
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--dutch"))
      speak_dutch ();
  g_signal_add_emission_hook (g_signal_lookup ("event", GDK_TYPE_SURFACE), 0, surface_event_cb, NULL, NULL);

  g_test_add_func ("/keyboard/shortcuts-window", test_shortcuts_window);
  g_test_add ("/keyboard/sidebar", Fixture, NULL, fixture_set_up, test_sidebar, fixture_tear_down);
  g_test_add ("/keyboard/agenda", Fixture, NULL, fixture_set_up, test_agenda, fixture_tear_down);
  g_test_add ("/keyboard/families", Fixture, NULL, fixture_set_up, test_families, fixture_tear_down);
  g_test_add ("/keyboard/contact-parents", Fixture, NULL, fixture_set_up, test_contact_parents, fixture_tear_down);
  g_test_add ("/keyboard/overview", Fixture, NULL, fixture_set_up, test_overview, fixture_tear_down);
  g_test_add ("/keyboard/templates", Fixture, NULL, fixture_set_up, test_templates, fixture_tear_down);
  g_test_add ("/keyboard/activity-editor", Fixture, NULL, fixture_set_up, test_activity_editor, fixture_tear_down);
  g_test_add ("/keyboard/check-in", Fixture, NULL, fixture_set_up, test_checkin, fixture_tear_down);
  g_test_add ("/keyboard/send-dialog", Fixture, NULL, fixture_set_up, test_send_dialog, fixture_tear_down);
  return g_test_run ();
}

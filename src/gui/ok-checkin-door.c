/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The door page of the check-in: the search with what it finds, or who
 * is still expected, and beside it the count, the guests without a name
 * and who is present, newest first. The window owns the people and
 * stores the marks; the door shows them and says which parent was
 * chosen. */
#define G_LOG_DOMAIN "ok-checkin-door"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-checkin-door.h"
#include "ok-checkin-row.h"

struct _OkCheckinDoor
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkLabel *results_heading;
  GtkStack *results_stack;
  GtkListView *results_view;
  GtkListView *present_view;
  GtkLabel *present_heading;
  GtkLabel *total_label;
  GtkLabel *total_caption;
  GtkLabel *guests_label;

  /* Owned references */
  GListModel *people;
  GtkCustomFilter *results_filter;
  GtkCustomSorter *results_sorter;
  GtkSingleSelection *results_selection;
  GtkCustomFilter *present_filter;
  GtkCustomSorter *present_sorter;
  GtkSingleSelection *present_selection;
  GHashTable *scores;             /* OkCheckinEntry → match score of the search */
  char **tokens;
};

G_DEFINE_FINAL_TYPE (OkCheckinDoor, ok_checkin_door, GTK_TYPE_WIDGET)

enum {
  ENTRY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Counting and showing */

static gboolean
has_query (OkCheckinDoor *self)
{
  return self->tokens != NULL && self->tokens[0] != NULL;
}

static void
update_totals (OkCheckinDoor *self)
{
  guint n = g_list_model_get_n_items (self->people);
  guint present = 0, expected = 0;
  g_autofree char *total = NULL;
  g_autofree char *caption = NULL;
  g_autofree char *heading = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OkCheckinEntry) entry = g_list_model_get_item (self->people, i);

      if (ok_checkin_entry_is_present (entry))
        present++;
      if (ok_checkin_entry_get_reason (entry) != OK_CHECKIN_REASON_NONE)
        expected++;
    }

  if (expected > 0)
    {
      total = g_strdup_printf ("%u / %u", present, expected);
      /* Translators: under a big "12 / 25" at the door */
      caption = g_strdup (_("present of expected"));
    }
  else
    {
      total = g_strdup_printf ("%u", present);
      caption = g_strdup (_("present — nobody registered"));
    }
  gtk_label_set_text (self->total_label, total);
  gtk_label_set_text (self->total_caption, caption);

  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Present", "%u Present", present), present);
  gtk_label_set_text (self->present_heading, heading);
}

static void
update_results_page (OkCheckinDoor *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results_selection));

  gtk_label_set_text (self->results_heading, has_query (self) ? C_("check-in", "Found") : C_("check-in", "Still Expected"));
  if (n > 0)
    gtk_stack_set_visible_child_name (self->results_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->results_stack, has_query (self) ? "not-found" : "all-here");
}

/* Choosing */

static void
activate_entry (OkCheckinDoor  *self,
                OkCheckinEntry *entry)
{
  if (entry != NULL)
    g_signal_emit (self, signals[ENTRY_ACTIVATED], 0, entry);
}

static void
search_activate_cb (OkCheckinDoor *self)
{
  activate_entry (self, ok_checkin_door_get_selected (self));
}

static void
results_activate_cb (OkCheckinDoor *self,
                     guint          position)
{
  g_autoptr(OkCheckinEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->results_selection), position);

  activate_entry (self, entry);
}

static void
present_activate_cb (OkCheckinDoor *self,
                     guint          position)
{
  g_autoptr(OkCheckinEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->present_selection), position);

  activate_entry (self, entry);
}

/* On every key, not after the search entry's pause: filtering a school's
 * parents takes well under a millisecond, and at the door every pause
 * is a parent waiting. */
static void
search_changed_cb (OkCheckinDoor *self)
{
  g_strfreev (self->tokens);
  self->tokens = ok_checkin_query_tokens (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_hash_table_remove_all (self->scores);
  ok_checkin_door_refresh (self);
  ok_checkin_door_select_first (self);
}

static void
stop_search_cb (OkCheckinDoor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  else if (GTK_IS_WINDOW (root) && gtk_window_is_fullscreen (GTK_WINDOW (root)))
    gtk_window_unfullscreen (GTK_WINDOW (root));
}

/* Up and Down move through the results while the typing stays in the
 * search field; Shift+Enter marks the whole family; Ctrl+Z undoes the
 * last mark, not the last letter typed. */
static gboolean
search_key_pressed_cb (OkCheckinDoor         *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results_selection));
  guint selected = gtk_single_selection_get_selected (self->results_selection);
  guint target;

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
      && (state & GDK_SHIFT_MASK) != 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "checkin.mark-family-selected", NULL);
      return TRUE;
    }

  if ((keyval == GDK_KEY_z || keyval == GDK_KEY_Z)
      && (state & (GDK_CONTROL_MASK | GDK_SHIFT_MASK | GDK_ALT_MASK)) == GDK_CONTROL_MASK)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "checkin.undo", NULL);
      return TRUE;
    }

  if (n == 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      target = selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 1, n - 1);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      target = selected == GTK_INVALID_LIST_POSITION || selected == 0 ? 0 : selected - 1;
      break;
    case GDK_KEY_Page_Down:
      target = selected == GTK_INVALID_LIST_POSITION ? 0 : MIN (selected + 8, n - 1);
      break;
    case GDK_KEY_Page_Up:
      target = selected == GTK_INVALID_LIST_POSITION || selected < 8 ? 0 : selected - 8;
      break;
    default:
      return FALSE;
    }
  gtk_single_selection_set_selected (self->results_selection, target);
  gtk_widget_activate_action (GTK_WIDGET (self->results_view), "list.scroll-to-item", "u", target);
  return TRUE;
}

/* The lists */

static gboolean
results_filter_func (gpointer item,
                     gpointer user_data)
{
  OkCheckinDoor *self = user_data;
  OkCheckinEntry *entry = item;
  guint score;

  if (!has_query (self))
    return ok_checkin_entry_get_unsaved (entry)
           || (ok_checkin_entry_get_reason (entry) != OK_CHECKIN_REASON_NONE
               && !ok_checkin_entry_is_present (entry));

  score = ok_checkin_entry_match (entry, (const char * const *) self->tokens);
  if (score > 0)
    g_hash_table_insert (self->scores, entry, GUINT_TO_POINTER (score));
  return score > 0;
}

static int
results_sort_func (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  OkCheckinDoor *self = user_data;
  guint score_a = GPOINTER_TO_UINT (g_hash_table_lookup (self->scores, a));
  guint score_b = GPOINTER_TO_UINT (g_hash_table_lookup (self->scores, b));

  if (score_a != score_b)
    return score_a > score_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return gtk_ordering_from_cmpfunc (ok_checkin_entry_compare ((OkCheckinEntry *) a, (OkCheckinEntry *) b));
}

static gboolean
present_filter_func (gpointer item,
                     gpointer user_data)
{
  return ok_checkin_entry_is_present (item);
}

/* The latest arrival on top. */
static int
present_sort_func (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  int by_time = g_strcmp0 (ok_checkin_entry_get_recorded_at ((OkCheckinEntry *) b),
                           ok_checkin_entry_get_recorded_at ((OkCheckinEntry *) a));

  if (by_time != 0)
    return gtk_ordering_from_cmpfunc (by_time);
  return gtk_ordering_from_cmpfunc (ok_checkin_entry_compare ((OkCheckinEntry *) a, (OkCheckinEntry *) b));
}

static GtkSingleSelection *
make_list (GListModel *people,
           GtkFilter  *filter,
           GtkSorter  *sorter)
{
  GtkFilterListModel *filtered = gtk_filter_list_model_new (g_object_ref (people), g_object_ref (filter));
  GtkSortListModel *sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), g_object_ref (sorter));
  GtkSingleSelection *selection = gtk_single_selection_new (G_LIST_MODEL (sorted));

  gtk_single_selection_set_can_unselect (selection, TRUE);
  return selection;
}

/* GObject */

static void
ok_checkin_door_dispose (GObject *object)
{
  OkCheckinDoor *self = OK_CHECKIN_DOOR (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_CHECKIN_DOOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->results_selection);
  g_clear_object (&self->present_selection);
  g_clear_object (&self->results_filter);
  g_clear_object (&self->results_sorter);
  g_clear_object (&self->present_filter);
  g_clear_object (&self->present_sorter);
  g_clear_object (&self->people);

  G_OBJECT_CLASS (ok_checkin_door_parent_class)->dispose (object);
}

static void
ok_checkin_door_finalize (GObject *object)
{
  OkCheckinDoor *self = OK_CHECKIN_DOOR (object);

  g_clear_pointer (&self->scores, g_hash_table_unref);
  g_clear_pointer (&self->tokens, g_strfreev);

  G_OBJECT_CLASS (ok_checkin_door_parent_class)->finalize (object);
}

static void
ok_checkin_door_class_init (OkCheckinDoorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_checkin_door_dispose;
  object_class->finalize = ok_checkin_door_finalize;

  /**
   * OkCheckinDoor::entry-activated:
   * @self: the door
   * @entry: the parent chosen
   *
   * Emitted when Enter in the search or a click on a row asks to mark
   * @entry present, or back when present.
   */
  signals[ENTRY_ACTIVATED] =
    g_signal_new ("entry-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, OK_TYPE_CHECKIN_ENTRY);

  g_type_ensure (OK_TYPE_CHECKIN_ROW);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-checkin-door.ui");
  gtk_widget_class_bind_template_child (widget_class, OkCheckinDoor, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinDoor, results_heading);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinDoor, results_stack);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinDoor, results_view);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinDoor, present_view);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinDoor, present_heading);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinDoor, total_label);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinDoor, total_caption);
  gtk_widget_class_bind_template_child (widget_class, OkCheckinDoor, guests_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, present_activate_cb);
}

static void
ok_checkin_door_init (OkCheckinDoor *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->scores = g_hash_table_new (NULL, NULL);
  self->tokens = g_new0 (char *, 1);
  self->results_filter = gtk_custom_filter_new (results_filter_func, self, NULL);
  self->results_sorter = gtk_custom_sorter_new (results_sort_func, self, NULL);
  self->present_filter = gtk_custom_filter_new (present_filter_func, self, NULL);
  self->present_sorter = gtk_custom_sorter_new (present_sort_func, self, NULL);

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->search_entry), FALSE);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (search_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
}

/**
 * ok_checkin_door_set_people:
 * @self: a door
 * @people: (element-type OkCheckinEntry): everyone who can be marked,
 *   updated in place by the window
 *
 * Once, before the door is shown.
 */
void
ok_checkin_door_set_people (OkCheckinDoor *self,
                            GListModel    *people)
{
  g_return_if_fail (OK_IS_CHECKIN_DOOR (self));
  g_return_if_fail (self->people == NULL);

  self->people = g_object_ref (people);
  self->results_selection = make_list (people, GTK_FILTER (self->results_filter),
                                       GTK_SORTER (self->results_sorter));
  self->present_selection = make_list (people, GTK_FILTER (self->present_filter),
                                       GTK_SORTER (self->present_sorter));
  gtk_single_selection_set_autoselect (self->present_selection, FALSE);
  gtk_single_selection_set_selected (self->present_selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (self->results_selection));
  gtk_list_view_set_model (self->present_view, GTK_SELECTION_MODEL (self->present_selection));
}

/* After the people changed: filtered, sorted and counted anew. */
void
ok_checkin_door_refresh (OkCheckinDoor *self)
{
  g_return_if_fail (OK_IS_CHECKIN_DOOR (self));

  gtk_filter_changed (GTK_FILTER (self->results_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->results_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->present_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->present_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  update_totals (self);
  update_results_page (self);
}

void
ok_checkin_door_set_guests (OkCheckinDoor *self,
                            int            guests)
{
  g_autofree char *text = NULL;

  g_return_if_fail (OK_IS_CHECKIN_DOOR (self));

  text = g_strdup_printf ("%d", guests);
  gtk_label_set_text (self->guests_label, text);
}

void
ok_checkin_door_select_first (OkCheckinDoor *self)
{
  g_return_if_fail (OK_IS_CHECKIN_DOOR (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->results_selection)) == 0)
    return;
  gtk_single_selection_set_selected (self->results_selection, 0);
  gtk_widget_activate_action (GTK_WIDGET (self->results_view), "list.scroll-to-item", "u", 0);
}

/* The list keeps its place by the row in view; the newest arrival is on
 * top and should be seen. */
void
ok_checkin_door_show_newest (OkCheckinDoor *self)
{
  g_return_if_fail (OK_IS_CHECKIN_DOOR (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->present_selection)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->present_view), "list.scroll-to-item", "u", 0);
}

/**
 * ok_checkin_door_get_selected:
 * @self: a door
 *
 * Returns: (transfer none) (nullable): the result Enter would mark
 */
OkCheckinEntry *
ok_checkin_door_get_selected (OkCheckinDoor *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_DOOR (self), NULL);

  return gtk_single_selection_get_selected_item (self->results_selection);
}

/**
 * ok_checkin_door_get_query:
 * @self: a door
 *
 * Returns: (nullable): what was typed in the search, or %NULL when that
 *   is no search at all
 */
const char *
ok_checkin_door_get_query (OkCheckinDoor *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_DOOR (self), NULL);

  return has_query (self) ? gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) : NULL;
}

void
ok_checkin_door_focus_search (OkCheckinDoor *self)
{
  g_return_if_fail (OK_IS_CHECKIN_DOOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Ready for the next parent. */
void
ok_checkin_door_clear_search (OkCheckinDoor *self)
{
  g_return_if_fail (OK_IS_CHECKIN_DOOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GtkEditable *
ok_checkin_door_get_search (OkCheckinDoor *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_DOOR (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

/**
 * ok_checkin_door_get_results:
 * @self: a door
 *
 * Returns: (transfer none): the parents found, or still expected, as shown
 */
GListModel *
ok_checkin_door_get_results (OkCheckinDoor *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_DOOR (self), NULL);

  return G_LIST_MODEL (self->results_selection);
}

/**
 * ok_checkin_door_get_present:
 * @self: a door
 *
 * Returns: (transfer none): the parents present, newest first
 */
GListModel *
ok_checkin_door_get_present (OkCheckinDoor *self)
{
  g_return_val_if_fail (OK_IS_CHECKIN_DOOR (self), NULL);

  return G_LIST_MODEL (self->present_selection);
}

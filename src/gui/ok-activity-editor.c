/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Planning an activity, or changing one: a dialog with everything an
 * officer fills in for a theme meeting, a coffee morning or a home visit.
 * Saving a changed date of a series asks, as GNOME Calendar does, whether
 * the change is for that date only or for the later dates too. */
#define G_LOG_DOMAIN "ok-activity-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ok-activity-editor-private.h"
#include "ok-check-button.h"
#include "ok-conflict-dialog.h"
#include "ok-date-text.h"
#include "ok-language-table.h"
#include "ok-store-activity.h"
#include "ok-store-conflict.h"
#include "ok-store-family.h"
#include "ok-store-series.h"
#include "ok-time.h"
#include "ok-window.h"

G_DEFINE_FINAL_TYPE (OkActivityEditor, ok_activity_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkStringList *
enum_labels (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    gtk_string_list_append (list, ok_enum_to_label (type, klass->values[i].value));
  return list;
}

static void
update_date_label (OkActivityEditor *self)
{
  g_autofree char *text = ok_date_text_long (&self->date);

  gtk_menu_button_set_label (self->date_button, text);
}

static void
on_day_selected_cb (OkActivityEditor *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);

  g_date_set_dmy (&self->date, g_date_time_get_day_of_month (picked),
                  g_date_time_get_month (picked), g_date_time_get_year (picked));
  update_date_label (self);
  if (self->day_buttons != NULL)
    _ok_activity_editor_select_weekday_of_date (self);
  _ok_activity_editor_update_preview (self);
}

static void
select_calendar_day (OkActivityEditor *self)
{
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (&self->date),
                                                    g_date_get_month (&self->date),
                                                    g_date_get_day (&self->date), 12, 0, 0);

  gtk_calendar_select_day (self->calendar, day);
  update_date_label (self);
}

static void
update_save_sensitivity (OkActivityEditor *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  int h, m;
  const char *end = gtk_editable_get_text (GTK_EDITABLE (self->end_row));
  gboolean start_ok = _ok_activity_editor_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->start_row)), &h, &m);
  gboolean end_ok = *end == '\0' || _ok_activity_editor_parse_time (end, &h, &m);

  if (start_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->start_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->start_row), "error");
  if (end_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->end_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->end_row), "error");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", *title != '\0' && start_ok && end_ok);
}

static void
on_field_changed_cb (OkActivityEditor *self)
{
  update_save_sensitivity (self);
  _ok_activity_editor_update_preview (self);
}

static void
on_target_changed_cb (OkActivityEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->groups_row),
                          adw_combo_row_get_selected (self->target_row) == OK_TARGET_GROUP_GROUPS);
}

/* A theme from the catalogue brings its usual partnership and dimension,
 * unless the officer chose them already. */
static void
on_theme_changed_cb (OkActivityEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->theme_row);
  OkTheme *theme;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->themes->len)
    return;
  theme = g_ptr_array_index (self->themes, selected - 1);
  if (adw_combo_row_get_selected (self->partnership_row) == OK_PARTNERSHIP_NONE)
    adw_combo_row_set_selected (self->partnership_row, ok_theme_get_partnership (theme));
  if (adw_combo_row_get_selected (self->dimension_row) == OK_DIMENSION_NONE)
    adw_combo_row_set_selected (self->dimension_row, ok_theme_get_dimension (theme));
}

static GStrv
checked_languages (OkActivityEditor *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->language_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->language_checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (builder, gtk_widget_get_name (GTK_WIDGET (check)));
    }
  return g_strv_builder_end (builder);
}

static void
update_interpreters_subtitle (OkActivityEditor *self)
{
  g_auto(GStrv) codes = checked_languages (self);
  g_autofree char *text = ok_language_list_text ((const char * const *) codes);

  adw_action_row_set_subtitle (self->interpreters_row, *text != '\0' ? text : _("None"));
}

static void
add_language_check (OkActivityEditor *self,
                    const char       *code,
                    gboolean          active)
{
  GtkWidget *check;
  GtkWidget *row;

  for (guint i = 0; i < self->language_checks->len; i++)
    {
      GtkWidget *existing = g_ptr_array_index (self->language_checks, i);

      if (g_str_equal (gtk_widget_get_name (existing), code))
        {
          gtk_check_button_set_active (GTK_CHECK_BUTTON (existing), active);
          return;
        }
    }

  check = ok_check_button_new_with_label (ok_language_name (code));
  gtk_widget_set_name (check, code);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (update_interpreters_subtitle), self);
  /* Focus goes to the check button itself, where Space ticks it; on its
   * row, Space would do nothing. */
  row = gtk_list_box_row_new ();
  gtk_widget_set_focusable (row, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
  gtk_list_box_append (self->languages_list, row);
  g_ptr_array_add (self->language_checks, check);
}

static void
fill_themes (OkActivityEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, _("No theme"));
  self->themes = self->store != NULL ? ok_store_theme_list (self->store, NULL) : NULL;
  if (self->themes == NULL)
    self->themes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < self->themes->len; i++)
    gtk_string_list_append (names, ok_theme_get_name (g_ptr_array_index (self->themes, i)));
  adw_combo_row_set_model (self->theme_row, G_LIST_MODEL (names));
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
load_activity (OkActivityEditor *self,
               OkActivity       *activity)
{
  g_autofree char *groups = NULL;
  const char * const *interpreters = ok_activity_get_interpreter_languages (activity);
  GDateTime *starts = ok_activity_get_starts_at (activity);

  set_text (self->title_row, ok_activity_get_title (activity));
  adw_combo_row_set_selected (self->kind_row, ok_activity_get_kind (activity));
  adw_combo_row_set_selected (self->theme_row, 0);
  for (guint i = 0; i < self->themes->len; i++)
    if (g_strcmp0 (ok_theme_get_slug (g_ptr_array_index (self->themes, i)), ok_activity_get_theme (activity)) == 0)
      adw_combo_row_set_selected (self->theme_row, i + 1);
  adw_combo_row_set_selected (self->partnership_row, ok_activity_get_partnership (activity));
  adw_combo_row_set_selected (self->dimension_row, ok_activity_get_dimension (activity));
  adw_combo_row_set_selected (self->target_row, ok_activity_get_target_group (activity));
  groups = ok_activity_get_target_groups (activity) != NULL
           ? g_strjoinv (", ", (char **) ok_activity_get_target_groups (activity)) : NULL;
  set_text (self->groups_row, groups);
  set_text (self->location_row, ok_activity_get_location (activity));
  set_text (self->partner_row, ok_activity_get_partner (activity));
  set_text (self->notes_row, ok_activity_get_notes (activity));
  gtk_spin_button_set_value (self->capacity_spin, ok_activity_get_capacity (activity));
  /* Also when another coordinator's version replaces what is shown. */
  for (guint i = 0; i < self->language_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->language_checks, i), FALSE);
  for (guint i = 0; interpreters != NULL && interpreters[i] != NULL; i++)
    add_language_check (self, interpreters[i], TRUE);
  set_text (self->end_row, NULL);

  if (starts != NULL)
    {
      g_autoptr(GDate) day = ok_date_from_time (starts);
      g_autofree char *from = ok_date_text_time (starts);

      self->date = *day;
      set_text (self->start_row, from);
      if (ok_activity_get_ends_at (activity) != NULL)
        {
          g_autofree char *until = ok_date_text_time (ok_activity_get_ends_at (activity));
          set_text (self->end_row, until);
        }
    }
  select_calendar_day (self);
}

static GDateTime *
time_on_date (OkActivityEditor *self,
              const char       *text)
{
  int hour, minute;

  if (!_ok_activity_editor_parse_time (text, &hour, &minute))
    return NULL;
  return g_date_time_new (ok_time_zone (), g_date_get_year (&self->date), g_date_get_month (&self->date),
                          g_date_get_day (&self->date), hour, minute, 0);
}

static char *
entry_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static GStrv
split_groups (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_strsplit_set (text != NULL ? text : "", ",;", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (*parts[i] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }
  return g_strv_builder_end (builder);
}

static void
on_series_changed_cb (OkActivityEditor *self)
{
  _ok_activity_editor_update_preview (self);
}

static void
on_until_selected_cb (OkActivityEditor *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->until_calendar);

  g_date_set_dmy (&self->until, g_date_time_get_day_of_month (picked),
                  g_date_time_get_month (picked), g_date_time_get_year (picked));
  _ok_activity_editor_update_preview (self);
}

/* change says how a date of a series is saved; other activities ignore it.
 * overwrite: the user chose to save over what another coordinator saved
 * since the editor read the activity. */
static gboolean
save (OkActivityEditor  *self,
      OkSeriesChange     change,
      gboolean           overwrite,
      GError           **error)
{
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autofree char *title = entry_text (self->title_row);
  g_autofree char *location = entry_text (self->location_row);
  g_autofree char *partner = entry_text (self->partner_row);
  g_autofree char *notes = entry_text (self->notes_row);
  g_autofree char *groups_text = entry_text (self->groups_row);
  g_auto(GStrv) groups = NULL;
  g_auto(GStrv) interpreters = NULL;
  const char *end_text = gtk_editable_get_text (GTK_EDITABLE (self->end_row));
  guint theme = adw_combo_row_get_selected (self->theme_row);
  gboolean saved;

  starts = time_on_date (self, gtk_editable_get_text (GTK_EDITABLE (self->start_row)));
  if (starts == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("Write the start time as hours and minutes, for example 19:30"));
      return FALSE;
    }
  if (*end_text != '\0')
    {
      ends = time_on_date (self, end_text);
      if (ends == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("Write the end time as hours and minutes, for example 21:00"));
          return FALSE;
        }
    }

  if (self->mode == OK_ACTIVITY_EDITOR_EDIT)
    {
      ok_activity_set_id (activity, ok_activity_get_id (self->original));
      ok_activity_set_school_id (activity, ok_activity_get_school_id (self->original));
      ok_activity_set_series_id (activity, ok_activity_get_series_id (self->original));
      ok_activity_set_status (activity, ok_activity_get_status (self->original));
      ok_activity_set_version (activity, ok_activity_get_version (self->original));
      ok_activity_set_unnamed_guests (activity, ok_activity_get_unnamed_guests (self->original));
    }

  groups = split_groups (groups_text);
  interpreters = checked_languages (self);
  ok_activity_set_title (activity, title);
  ok_activity_set_kind (activity, adw_combo_row_get_selected (self->kind_row));
  ok_activity_set_theme (activity, theme > 0 && theme <= self->themes->len
                         ? ok_theme_get_slug (g_ptr_array_index (self->themes, theme - 1)) : NULL);
  ok_activity_set_partnership (activity, adw_combo_row_get_selected (self->partnership_row));
  ok_activity_set_dimension (activity, adw_combo_row_get_selected (self->dimension_row));
  ok_activity_set_target_group (activity, adw_combo_row_get_selected (self->target_row));
  ok_activity_set_target_groups (activity, (const char * const *) groups);
  ok_activity_set_location (activity, *location != '\0' ? location : NULL);
  ok_activity_set_partner (activity, *partner != '\0' ? partner : NULL);
  ok_activity_set_notes (activity, *notes != '\0' ? notes : NULL);
  ok_activity_set_capacity (activity, gtk_spin_button_get_value_as_int (self->capacity_spin));
  ok_activity_set_interpreter_languages (activity, (const char * const *) interpreters);
  ok_activity_set_starts_at (activity, starts);
  ok_activity_set_ends_at (activity, ends);

  if (_ok_activity_editor_repeating (self))
    {
      g_autoptr(OkRecurrence) recurrence = _ok_activity_editor_build_recurrence (self);
      gint64 first_id = 0;

      if (!ok_store_series_create (self->store, activity, recurrence, self->holidays, self->region,
                                   &first_id, error))
        return FALSE;
      g_signal_emit (self, signals[SAVED], 0, first_id);
      return TRUE;
    }

  /* A date of a series is saved through the series, which knows what
   * changed: over the other's save, it starts from their version. */
  if (overwrite && _ok_activity_editor_editing_series (self))
    {
      g_autoptr(OkActivity) stored = ok_store_activity_get (self->store, ok_activity_get_id (activity), error);

      if (stored == NULL)
        return FALSE;
      ok_activity_set_version (activity, ok_activity_get_version (stored));
    }

  if (_ok_activity_editor_editing_series (self) && change == OK_SERIES_CHANGE_FOLLOWING)
    {
      guint changed = 0, kept = 0;

      saved = ok_store_series_update_following (self->store, activity, &changed, &kept, error);
      if (saved)
        _ok_activity_editor_report_following (self, changed, kept);
    }
  else if (_ok_activity_editor_editing_series (self))
    saved = ok_store_series_update_one (self->store, activity, error);
  else if (self->mode == OK_ACTIVITY_EDITOR_EDIT && overwrite)
    saved = ok_store_activity_overwrite (self->store, activity, error);
  else if (self->mode == OK_ACTIVITY_EDITOR_EDIT)
    saved = ok_store_activity_update (self->store, activity, error);
  else
    saved = ok_store_activity_insert (self->store, activity, error);
  if (!saved)
    return FALSE;

  g_signal_emit (self, signals[SAVED], 0, ok_activity_get_id (activity));
  return TRUE;
}

gboolean
ok_activity_editor_save (OkActivityEditor  *self,
                         OkSeriesChange     change,
                         GError           **error)
{
  g_return_val_if_fail (OK_IS_ACTIVITY_EDITOR (self), FALSE);

  return save (self, change, FALSE, error);
}

static gboolean
save_editor (GtkWindow  *editor,
             gboolean    overwrite,
             GError    **error)
{
  OkActivityEditor *self = OK_ACTIVITY_EDITOR (editor);

  return save (self, self->series_change, overwrite, error);
}

static gboolean
reload_editor (GtkWindow  *editor,
               GError    **error)
{
  OkActivityEditor *self = OK_ACTIVITY_EDITOR (editor);
  g_autoptr(OkActivity) theirs = ok_store_activity_get (self->store, ok_activity_get_id (self->original), error);

  if (theirs == NULL)
    return FALSE;
  g_set_object (&self->original, theirs);
  load_activity (self, theirs);
  return TRUE;
}

void
_ok_activity_editor_save_and_close (OkActivityEditor *self,
                                    OkSeriesChange    change)
{
  self->series_change = change;
  ok_conflict_dialog_save (GTK_WINDOW (self), _("Could not save the activity"), save_editor, reload_editor);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OkActivityEditor *self = OK_ACTIVITY_EDITOR (widget);

  if (_ok_activity_editor_editing_series (self))
    _ok_activity_editor_ask_series_change (self);
  else
    _ok_activity_editor_save_and_close (self, OK_SERIES_CHANGE_ONE);
}

static void
ok_activity_editor_dispose (GObject *object)
{
  OkActivityEditor *self = OK_ACTIVITY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OK_TYPE_ACTIVITY_EDITOR);
  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_pointer (&self->themes, g_ptr_array_unref);
  g_clear_pointer (&self->language_checks, g_ptr_array_unref);
  g_clear_pointer (&self->day_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->preview_rows, g_ptr_array_unref);
  g_clear_object (&self->holidays);
  g_clear_pointer (&self->region, g_free);

  G_OBJECT_CLASS (ok_activity_editor_parent_class)->dispose (object);
}

static void
ok_activity_editor_class_init (OkActivityEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ok_activity_editor_dispose;

  /**
   * OkActivityEditor::saved:
   * @id: the id of the activity as stored
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/ouderkamer/Ouderkamer/ok-activity-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, theme_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, partnership_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, dimension_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, target_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, groups_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, interpreters_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, languages_list);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, partner_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, capacity_spin);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, days_box);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, until_button);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, until_calendar);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, until_summer_switch);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, skip_switch);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, skip_row);
  gtk_widget_class_bind_template_child (widget_class, OkActivityEditor, preview_group);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_target_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_theme_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_series_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_until_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
ok_activity_editor_init (OkActivityEditor *self)
{
  g_autoptr(GtkStringList) kinds = enum_labels (OK_TYPE_ACTIVITY_KIND);
  g_autoptr(GtkStringList) partnerships = enum_labels (OK_TYPE_PARTNERSHIP);
  g_autoptr(GtkStringList) dimensions = enum_labels (OK_TYPE_DIMENSION);
  g_autoptr(GtkStringList) targets = enum_labels (OK_TYPE_TARGET_GROUP);

  self->language_checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->day_buttons = g_ptr_array_new ();
  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_SUNDAY; day++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (ok_date_text_weekday_abbrev (day));

      gtk_widget_set_tooltip_text (button, ok_date_text_weekday (day));
      g_signal_connect_swapped (button, "toggled", G_CALLBACK (_ok_activity_editor_update_preview), self);
      gtk_box_append (self->days_box, button);
      g_ptr_array_add (self->day_buttons, button);
    }
  self->preview_rows = g_ptr_array_new ();

  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->partnership_row, G_LIST_MODEL (partnerships));
  adw_combo_row_set_model (self->dimension_row, G_LIST_MODEL (dimensions));
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (targets));
  for (const char * const *code = ok_language_common_codes (); *code != NULL; code++)
    if (!g_str_equal (*code, "nl"))
      add_language_check (self, *code, FALSE);
  update_interpreters_subtitle (self);
}

/* The national holidays with the school's own additions, for the region
 * of the store's school. */
static void
load_holidays (OkActivityEditor *self)
{
  g_autoptr(OkSchool) school = ok_store_school_get (self->store, ok_store_get_school_id (self->store), NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;

  self->holidays = ok_holidays_new_builtin ();
  if (!ok_holidays_load_user_file (self->holidays, NULL, &error))
    g_warning ("Could not read the school's own holidays: %s", error->message);
  self->region = g_strdup (school != NULL && ok_school_get_region (school) != NULL
                           ? ok_school_get_region (school) : "midden");
  subtitle = g_strdup_printf (_("The national school holidays of region %s and the school’s own free days"),
                              g_str_equal (self->region, "noord") ? _("North")
                              : g_str_equal (self->region, "zuid") ? _("South") : _("Middle"));
  adw_action_row_set_subtitle (self->skip_row, subtitle);
}

/* activity: the one to edit or duplicate; for a new one, NULL or a
 * prefilled draft. */
OkActivityEditor *
ok_activity_editor_new (GtkWindow            *parent,
                        OkStore              *store,
                        OkActivity           *activity,
                        OkActivityEditorMode  mode)
{
  OkActivityEditor *self = g_object_new (OK_TYPE_ACTIVITY_EDITOR, "transient-for", parent,
                                         "modal", TRUE, NULL);

  g_return_val_if_fail (OK_IS_STORE (store), NULL);
  g_return_val_if_fail (mode != OK_ACTIVITY_EDITOR_EDIT || OK_IS_ACTIVITY (activity), NULL);

  self->store = g_object_ref (store);
  self->mode = mode;
  self->original = activity != NULL ? g_object_ref (activity) : NULL;
  fill_themes (self);
  load_holidays (self);
  gtk_widget_set_visible (GTK_WIDGET (self->repeat_row), mode == OK_ACTIVITY_EDITOR_NEW);

  switch (mode)
    {
    case OK_ACTIVITY_EDITOR_EDIT:
      adw_window_title_set_title (self->window_title, _("Edit Activity"));
      gtk_button_set_label (self->save_button, _("_Save"));
      break;
    case OK_ACTIVITY_EDITOR_DUPLICATE:
      adw_window_title_set_title (self->window_title, _("Duplicate Activity"));
      gtk_button_set_label (self->save_button, _("_Plan"));
      break;
    case OK_ACTIVITY_EDITOR_NEW:
    default:
      adw_window_title_set_title (self->window_title, _("New Activity"));
      gtk_button_set_label (self->save_button, _("_Plan"));
      break;
    }

  if (activity != NULL)
    load_activity (self, activity);
  else
    {
      g_autoptr(GDate) today = ok_date_today ();

      self->date = *today;
      g_date_add_days (&self->date, 1);
      set_text (self->start_row, "19:30");
      set_text (self->end_row, "21:00");
      select_calendar_day (self);
    }
  /* A series runs to the summer holiday unless told otherwise. */
  self->until = self->date;
  g_date_add_months (&self->until, 3);
  {
    g_autoptr(GDateTime) until = g_date_time_new_local (g_date_get_year (&self->until),
                                                        g_date_get_month (&self->until),
                                                        g_date_get_day (&self->until), 12, 0, 0);
    gtk_calendar_select_day (self->until_calendar, until);
  }
  _ok_activity_editor_select_weekday_of_date (self);
  on_target_changed_cb (self);
  update_save_sensitivity (self);
  _ok_activity_editor_update_preview (self);
  return self;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The activity editor's series: the weekly rule it describes, the
 * preview of the dates, and, for a date of a series, the choice between
 * changing that date only or the later dates too. */
#define G_LOG_DOMAIN "ok-activity-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ok-activity-editor-private.h"
#include "ok-date-text.h"
#include "ok-time.h"
#include "ok-window.h"

#define MAX_PREVIEW 80

/* "19:30", "19.30", "9:05" and "1930" all mean what they say. */
gboolean
_ok_activity_editor_parse_time (const char *text,
                                int        *hour,
                                int        *minute)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  int h = -1, m = -1;
  char sep;

  if (sscanf (clean, "%d%c%d", &h, &sep, &m) == 3 && (sep == ':' || sep == '.'))
    ;
  else if (strlen (clean) == 4 && g_ascii_isdigit (clean[0]) && sscanf (clean, "%2d%2d", &h, &m) == 2)
    ;
  else if (sscanf (clean, "%d", &h) == 1 && strlen (clean) <= 2)
    m = 0;
  else
    return FALSE;
  if (h < 0 || h > 23 || m < 0 || m > 59)
    return FALSE;
  *hour = h;
  *minute = m;
  return TRUE;
}

gboolean
_ok_activity_editor_repeating (OkActivityEditor *self)
{
  return self->mode == OK_ACTIVITY_EDITOR_NEW && adw_expander_row_get_enable_expansion (self->repeat_row);
}

gboolean
_ok_activity_editor_editing_series (OkActivityEditor *self)
{
  return self->mode == OK_ACTIVITY_EDITOR_EDIT && ok_activity_get_series_id (self->original) > 0;
}

static char *
clock_text (const char *text)
{
  int hour, minute;

  if (!_ok_activity_editor_parse_time (text, &hour, &minute))
    return NULL;
  return g_strdup_printf ("%02d:%02d", hour, minute);
}

/* The rule the dialog describes: the chosen weekdays at the chosen times,
 * from the activity's date until the chosen date or the summer holiday. */
OkRecurrence *
_ok_activity_editor_build_recurrence (OkActivityEditor *self)
{
  OkRecurrence *recurrence = ok_recurrence_new ();
  g_autofree char *start = clock_text (gtk_editable_get_text (GTK_EDITABLE (self->start_row)));
  g_autofree char *end = clock_text (gtk_editable_get_text (GTK_EDITABLE (self->end_row)));
  g_autofree char *first = ok_date_format (&self->date);
  g_autofree char *last = ok_date_format (&self->until);
  guint weekdays = 0;

  for (guint i = 0; i < self->day_buttons->len; i++)
    if (gtk_toggle_button_get_active (g_ptr_array_index (self->day_buttons, i)))
      weekdays |= OK_WEEKDAY_BIT (G_DATE_MONDAY + i);

  /* Without an end time a series still needs one: an hour is usual. */
  if (start != NULL && end == NULL)
    {
      int hour, minute;

      _ok_activity_editor_parse_time (start, &hour, &minute);
      end = g_strdup_printf ("%02d:%02d", MIN (hour + 1, 23), minute);
    }

  ok_recurrence_set_weekdays (recurrence, weekdays);
  ok_recurrence_set_start_time (recurrence, start);
  ok_recurrence_set_end_time (recurrence, end);
  ok_recurrence_set_first_date (recurrence, first);
  ok_recurrence_set_until_summer (recurrence, gtk_switch_get_active (self->until_summer_switch));
  ok_recurrence_set_last_date (recurrence, gtk_switch_get_active (self->until_summer_switch) ? NULL : last);
  ok_recurrence_set_skip_holidays (recurrence, gtk_switch_get_active (self->skip_switch));
  return recurrence;
}

static void
clear_preview (OkActivityEditor *self)
{
  for (guint i = 0; i < self->preview_rows->len; i++)
    adw_preferences_group_remove (self->preview_group, g_ptr_array_index (self->preview_rows, i));
  g_ptr_array_set_size (self->preview_rows, 0);
}

static GtkWidget *
add_preview_row (OkActivityEditor *self,
                 const char       *title,
                 const char       *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_group_add (self->preview_group, row);
  g_ptr_array_add (self->preview_rows, row);
  return row;
}

void
_ok_activity_editor_update_preview (OkActivityEditor *self)
{
  g_autoptr(OkRecurrence) recurrence = NULL;
  g_autoptr(GPtrArray) occurrences = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *until_text = NULL;
  guint planned = 0, skipped = 0;

  if (self->day_buttons == NULL || self->preview_rows == NULL || !g_date_valid (&self->until))
    return;

  until_text = ok_date_text_long (&self->until);
  gtk_menu_button_set_label (self->until_button, until_text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->until_button), !gtk_switch_get_active (self->until_summer_switch));
  gtk_widget_set_visible (GTK_WIDGET (self->preview_group), _ok_activity_editor_repeating (self));
  clear_preview (self);
  if (!_ok_activity_editor_repeating (self))
    return;

  recurrence = _ok_activity_editor_build_recurrence (self);
  description = ok_recurrence_describe (recurrence);
  adw_expander_row_set_subtitle (self->repeat_row, description);

  occurrences = ok_recurrence_expand (recurrence, self->holidays, self->region, &error);
  if (occurrences == NULL)
    {
      add_preview_row (self, _("No dates yet"), error->message);
      adw_preferences_group_set_description (self->preview_group, NULL);
      return;
    }

  for (guint i = 0; i < occurrences->len; i++)
    {
      OkOccurrence *occurrence = g_ptr_array_index (occurrences, i);
      g_autofree char *date = ok_date_text_long (ok_occurrence_get_date (occurrence));
      GtkWidget *row;

      if (ok_occurrence_is_skipped (occurrence))
        {
          OkHolidayPeriod *period = ok_occurrence_get_skipped_by (occurrence);
          g_autofree char *why = g_strdup_printf (_("Skipped: %s"),
                                                  period != NULL ? ok_holiday_period_get_name (period) : _("school holiday"));

          skipped++;
          if (self->preview_rows->len >= MAX_PREVIEW)
            continue;
          row = add_preview_row (self, date, why);
          gtk_widget_add_css_class (row, "skipped");
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("call-missed-symbolic"));
        }
      else
        {
          planned++;
          if (self->preview_rows->len >= MAX_PREVIEW)
            continue;
          row = add_preview_row (self, date, NULL);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("x-office-calendar-symbolic"));
        }
    }
  summary = g_strdup_printf (ngettext ("%u date planned", "%u dates planned", planned), planned);
  if (skipped > 0)
    {
      g_autofree char *with_skipped = g_strdup_printf (ngettext ("%s, %u skipped for a school holiday",
                                                                 "%s, %u skipped for school holidays", skipped),
                                                       summary, skipped);
      g_free (summary);
      summary = g_steal_pointer (&with_skipped);
    }
  adw_preferences_group_set_description (self->preview_group, summary);
}

void
_ok_activity_editor_select_weekday_of_date (OkActivityEditor *self)
{
  GDateWeekday weekday = g_date_get_weekday (&self->date);

  for (guint i = 0; i < self->day_buttons->len; i++)
    gtk_toggle_button_set_active (g_ptr_array_index (self->day_buttons, i), G_DATE_MONDAY + i == weekday);
}

/* Tells what a change from this date on did, when dates were passed by. */
void
_ok_activity_editor_report_following (OkActivityEditor *self,
                                      guint             changed,
                                      guint             kept)
{
  OkWindow *window = ok_window_for_widget (GTK_WIDGET (self));
  g_autofree char *changed_text = NULL;
  g_autofree char *message = NULL;

  if (window == NULL)
    return;
  changed_text = g_strdup_printf (ngettext ("%u later date changed", "%u later dates changed", changed), changed);
  if (kept == 0)
    message = g_steal_pointer (&changed_text);
  else
    message = g_strdup_printf (ngettext ("%s; %u date changed or cancelled on its own was kept as it is",
                                         "%s; %u dates changed or cancelled on their own were kept as they are",
                                         kept),
                               changed_text, kept);
  ok_window_show_toast (window, message);
}

static void
on_series_change_chosen_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            OkActivityEditor *self)
{
  /* The editor closes before the dialog is done with its response. */
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);
  if (g_str_equal (response, "following"))
    _ok_activity_editor_save_and_close (self, OK_SERIES_CHANGE_FOLLOWING);
  else if (g_str_equal (response, "one"))
    _ok_activity_editor_save_and_close (self, OK_SERIES_CHANGE_ONE);
}

void
_ok_activity_editor_ask_series_change (OkActivityEditor *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Change a Date of a Series"),
                                   _("Change only this date, or this date and every later date of the series? "
                                     "Later dates keep their own day, and those changed or cancelled on their "
                                     "own keep what they have."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "one", _("_Only This Date"),
                                    "following", _("This and _Following Dates"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "following",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "following");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_series_change_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

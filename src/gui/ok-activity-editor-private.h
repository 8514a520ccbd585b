/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the editor's files share: ok-activity-editor.c (the form) and
 * ok-activity-editor-series.c (the weekly series). */

#include "ok-activity-editor.h"
#include "ok-holidays.h"
#include "ok-recurrence.h"
#include "ok-store.h"

G_BEGIN_DECLS

struct _OkActivityEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkButton *save_button;
  AdwEntryRow *title_row;
  AdwComboRow *kind_row;
  AdwComboRow *theme_row;
  GtkMenuButton *date_button;
  GtkCalendar *calendar;
  AdwEntryRow *start_row;
  AdwEntryRow *end_row;
  AdwComboRow *partnership_row;
  AdwComboRow *dimension_row;
  AdwComboRow *target_row;
  AdwEntryRow *groups_row;
  AdwEntryRow *location_row;
  AdwActionRow *interpreters_row;
  GtkListBox *languages_list;
  AdwEntryRow *partner_row;
  GtkSpinButton *capacity_spin;
  AdwEntryRow *notes_row;
  AdwExpanderRow *repeat_row;
  GtkBox *days_box;
  GtkMenuButton *until_button;
  GtkCalendar *until_calendar;
  GtkSwitch *until_summer_switch;
  GtkSwitch *skip_switch;
  AdwActionRow *skip_row;
  AdwPreferencesGroup *preview_group;

  /* Owned references */
  OkStore *store;
  OkActivity *original;
  GPtrArray *themes;
  GPtrArray *language_checks;   /* GtkCheckButton *, named by their code */
  GPtrArray *day_buttons;      /* GtkToggleButton *, Monday first */
  GPtrArray *preview_rows;
  OkHolidays *holidays;
  char *region;
  GDate date;
  GDate until;
  OkActivityEditorMode mode;
  OkSeriesChange series_change;  /* of the save the conflict dialog answers */
};

/* "19:30", "19.30", "9:05" and "1930" all mean what they say. */
gboolean      _ok_activity_editor_parse_time             (const char       *text,
                                                          int              *hour,
                                                          int              *minute);
/* Planning a new series, and changing a date of a stored one. */
gboolean      _ok_activity_editor_repeating              (OkActivityEditor *self);
gboolean      _ok_activity_editor_editing_series         (OkActivityEditor *self);
OkRecurrence *_ok_activity_editor_build_recurrence       (OkActivityEditor *self);
void          _ok_activity_editor_update_preview         (OkActivityEditor *self);
void          _ok_activity_editor_select_weekday_of_date (OkActivityEditor *self);
void          _ok_activity_editor_ask_series_change      (OkActivityEditor *self);
void          _ok_activity_editor_report_following       (OkActivityEditor *self,
                                                          guint             changed,
                                                          guint             kept);
void          _ok_activity_editor_save_and_close         (OkActivityEditor *self,
                                                          OkSeriesChange    change);

G_END_DECLS

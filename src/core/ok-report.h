/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ok-store.h"

G_BEGIN_DECLS

/* Periods */

typedef enum {
  OK_REPORT_PERIOD_QUARTER,      /* calendar quarter, "2026-Q1" */
  OK_REPORT_PERIOD_SCHOOL_YEAR,  /* 1 August – 31 July, "2026-2027" */
} OkReportPeriodKind;

typedef struct {
  OkReportPeriodKind kind;
  int year;      /* the quarter's year; the first year of a school year */
  int quarter;   /* 1–4; 0 for a school year */
} OkReportPeriod;

gboolean  ok_report_period_parse       (const char           *text,
                                        OkReportPeriod       *period,
                                        GError              **error);
void      ok_report_period_containing  (OkReportPeriodKind    kind,
                                        const GDate          *date,
                                        OkReportPeriod       *period);
void      ok_report_period_previous    (const OkReportPeriod *period,
                                        OkReportPeriod       *previous);
void      ok_report_period_next        (const OkReportPeriod *period,
                                        OkReportPeriod       *next);
gboolean  ok_report_period_equal       (const OkReportPeriod *a,
                                        const OkReportPeriod *b);
char     *ok_report_period_to_string   (const OkReportPeriod *period);
char     *ok_report_period_first_day   (const OkReportPeriod *period);
char     *ok_report_period_last_day    (const OkReportPeriod *period);
char     *ok_report_period_describe    (const OkReportPeriod *period);

/* Figures */

/* The headline figures of one period, as the issue defines them. */
typedef struct {
  gint64 activities;
  gint64 attendances;
  gint64 unnamed_guests;
  gint64 parents_reached;
  gint64 families_reached;
  gint64 active_families;
} OkReportFigures;

/* Reach as tenths of a percent, rounded half up; 0 without active families. */
int       ok_report_figures_reach_tenths (const OkReportFigures *figures);

typedef struct {
  char *key;     /* activity kind, partnership ("none" for none) or month "YYYY-MM" */
  gint64 count;
} OkReportCount;

typedef struct {
  char *key;     /* group name ("" for children without a group) or language code */
  gint64 active_families;
  gint64 families_reached;
} OkReportReach;

typedef struct {
  gint64 id;
  char *name;      /* NULL unless the report was made with names */
  char *language;  /* primary home language, "und" when unknown */
} OkReportFamily;

/* Families invited to an activity of the period, and how many of them
 * came to it: per channel or language of the messages, or in all. A
 * family counts once per activity, however many messages it got. */
typedef struct {
  char *key;       /* channel nick or language code ("und" when unknown); NULL for all */
  gint64 invited;
  gint64 came;     /* a parent of the family was present at the activity */
} OkReportInvited;

/* Of the invited, the share who came in tenths of a percent, rounded half
 * up; 0 when nobody was invited. */
int       ok_report_invited_share_tenths (const OkReportInvited *invited);
/* "WhatsApp", "Call list"… for a channel nick. */
char     *ok_report_channel_label        (const char            *channel);

typedef enum {
  OK_REPORT_FLAGS_NONE = 0,
  OK_REPORT_WITH_NAMES = 1 << 0,   /* fetch family names for the not-reached list */
  OK_REPORT_ALL_SCHOOLS = 1 << 1,  /* every school in the database: the board */
} OkReportFlags;

/* The breakdowns of a report, each drawn as one chart. */
typedef enum {
  OK_REPORT_BY_TYPE,
  OK_REPORT_BY_PARTNERSHIP,
  OK_REPORT_BY_GROUP,
  OK_REPORT_BY_LANGUAGE,
  OK_REPORT_BY_MONTH,
} OkReportBreakdown;

#define OK_REPORT_N_BREAKDOWNS 5

/* A key of a breakdown as people read it: "Theme meeting", "Group 3"… */
char     *ok_report_label              (OkReportBreakdown     breakdown,
                                        const char           *key);

/* A computed report; read-only once made. */
typedef struct {
  OkReportPeriod period;
  OkReportPeriod previous_period;
  OkReportFlags flags;
  gint64 school_id;        /* 0 for all schools */
  char *school_name;

  OkReportFigures figures;
  OkReportFigures previous;

  GArray *by_type;         /* OkReportCount, every activity kind */
  GArray *by_partnership;  /* OkReportCount, every partnership and "none" */
  GArray *by_month;        /* OkReportCount, attendances, every month of the period */
  GArray *by_group;        /* OkReportReach, natural order of the group names */
  GArray *by_language;     /* OkReportReach, most families first, "und" last */
  GArray *not_reached;     /* OkReportFamily, by id */

  OkReportInvited invited;      /* every invitation of the period */
  GArray *invited_by_channel;   /* OkReportInvited: the channels sending uses, in a fixed order */
  GArray *invited_by_language;  /* OkReportInvited, most invited first, "und" last */
} OkQuarterReport;

#define OK_TYPE_QUARTER_REPORT (ok_quarter_report_get_type ())

GType            ok_quarter_report_get_type       (void) G_GNUC_CONST;
OkQuarterReport *ok_quarter_report_new            (const OkReportPeriod *period,
                                                   gint64                school_id,
                                                   OkReportFlags         flags);
OkQuarterReport *ok_quarter_report_ref            (OkQuarterReport      *report);
void             ok_quarter_report_unref          (OkQuarterReport      *report);

/* school_id 0 is the store's current school; ignored with
 * OK_REPORT_ALL_SCHOOLS. Fails with G_IO_ERROR_CANCELLED when cancelled. */
OkQuarterReport *ok_quarter_report_compute        (OkStore              *store,
                                                   const OkReportPeriod *period,
                                                   gint64                school_id,
                                                   OkReportFlags         flags,
                                                   GCancellable         *cancellable,
                                                   GError              **error);
/* Computes on a second connection to the store's database, in a thread. */
void             ok_quarter_report_compute_async  (OkStore              *store,
                                                   const OkReportPeriod *period,
                                                   gint64                school_id,
                                                   OkReportFlags         flags,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
OkQuarterReport *ok_quarter_report_compute_finish (GAsyncResult         *result,
                                                   GError              **error);


/* Names appear only when asked for here and the report was made with
 * OK_REPORT_WITH_NAMES: the app keeps names on screen and leaves them out
 * of an export unless the user asks. */
JsonNode        *ok_quarter_report_to_json        (OkQuarterReport      *report,
                                                   gboolean              with_names);
char            *ok_quarter_report_to_json_text   (OkQuarterReport      *report,
                                                   gboolean              with_names);
char            *ok_quarter_report_to_csv         (OkQuarterReport      *report,
                                                   gboolean              with_names);
gboolean         ok_quarter_report_has_names      (OkQuarterReport      *report,
                                                   gboolean              with_names);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OkQuarterReport, ok_quarter_report_unref)

G_END_DECLS

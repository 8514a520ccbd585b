/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-store.h"

G_BEGIN_DECLS

/* A small school built through the store's own API, with something in
 * every corner the privacy code cares about: home languages, a walk-in
 * parent, a leaver, a series, attendance in two quarters. */
typedef struct {
  gint64 family_ozturk;     /* tr, nl; two parents; children in groups 5 and 8 */
  gint64 family_hassan;     /* ar; one parent; child in group 3 */
  gint64 family_left;       /* the last child left on 2019-07-12 */
  gint64 parent_ayse;
  gint64 parent_mehmet;
  gint64 parent_hassan;
  gint64 parent_left;
  gint64 walk_in;           /* a parent without a family */
  gint64 theme_meeting;     /* 2024-02-13, Q1 2024 */
  gint64 coffee_1;          /* 2024-04-09, Q2 2024, in a series */
  gint64 coffee_2;          /* 2024-04-16, Q2 2024, in a series */
} OkTestSchool;

void ok_test_school_fill (OkStore      *store,
                          OkTestSchool *school);

/* The school's export as text; the test fails if it cannot be made. */
char *ok_test_school_export (OkStore *store);

G_END_DECLS

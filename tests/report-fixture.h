/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ok-store.h"

G_BEGIN_DECLS

/* A small board, built by hand so that every figure of the quarterly
 * overview can be worked out on paper; report-fixture.c shows the sums.
 * family[i] and parent[i] are 1-based, as in those comments. */
typedef struct {
  gint64 school_a;
  gint64 school_b;
  gint64 family[10];
  gint64 parent[12];
  gint64 activity[8];   /* A1–A7 */
  gint64 activity_b1;
} ReportFixture;

void report_fixture_build (OkStore       *store,
                           ReportFixture *fixture);

/* Every personal name in the fixture, NULL-terminated: none may appear in
 * a report made without names. */
extern const char * const report_fixture_names[];

G_END_DECLS

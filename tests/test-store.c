/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ok-test-util.h"

static void
test_open_migrates (OkStore *store)
{
  g_assert_cmpint (ok_store_get_schema_version (store), ==, ok_store_latest_version ());
  g_assert_cmpint (ok_store_get_school_id (store), >, 0);
}

static void
test_reopen_keeps_school (OkStore *store)
{
  g_autoptr(OkStore) second = ok_test_open_second (store);

  g_assert_cmpint (ok_store_get_school_id (second), ==, ok_store_get_school_id (store));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  ok_test_add_store_func ("/store/open-migrates", test_open_migrates);
  ok_test_add_store_func ("/store/reopen-keeps-school", test_reopen_keeps_school);
  return g_test_run ();
}

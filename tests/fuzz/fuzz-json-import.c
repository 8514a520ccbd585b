/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target for the JSON import: any file, however broken or
 * hostile, must end in a complete import or a clean GError that left the
 * school as it was, never a crash, a critical or a leak.
 *
 * Every input is imported into an empty school and then merged into the
 * result, inside a transaction that is rolled back, so that the database
 * is empty again for the next input. */
#include "config.h"

#include <glib/gstdio.h>

#include "ok-store-transfer.h"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

static OkStore *store;

/* Opening the store once, before the first input, keeps libgda's own
 * one-time allocations out of the leak checks of the inputs. */
int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ok-fuzz-XXXXXX", &error);
  g_autofree char *location = NULL;

  g_assert_no_error (error);
  /* A critical or a warning is a bug to find, as much as a crash. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  location = g_build_filename (dir, "fuzz.db", NULL);
  store = ok_store_open (location, &error);
  g_assert_no_error (error);
  return 0;
}

static void
import (OkStore       *target,
        const guint8  *data,
        size_t         size,
        OkTransferFlags  flags)
{
  g_autoptr(GError) error = NULL;

  if (!ok_store_import_json_data (target, (const char *) data, size, flags, &error))
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == OK_STORE_ERROR);
    }
  else
    g_assert_no_error (error);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  OkStore *target = store;
  gboolean empty = FALSE;

  g_assert_true (ok_store_begin (target, NULL));
  import (target, data, size, OK_TRANSFER_DEFAULT);
  import (target, data, size, OK_TRANSFER_MERGE);
  ok_store_rollback (target);

  g_assert_true (ok_store_school_is_empty (target, &empty, NULL));
  g_assert_true (empty);
  return 0;
}

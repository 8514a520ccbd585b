/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Running real widgets in a test: a window on a fresh SQLite database,
 * shown under Xvfb, and a way to wait for what happens asynchronously. */
#define G_LOG_DOMAIN "ok-gui-test"

#include "config.h"

#include <locale.h>

#include "ok-gui-test-util.h"

void
ok_gui_test_init (int    *argc,
                  char ***argv)
{
  g_autofree char *home = g_dir_make_tmp ("ok-gui-home-XXXXXX", NULL);
  static const char * const dirs[] = { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  /* Nothing of the user's own (libgda's config, the school's holiday
   * file) may leak into a test, and nothing may be written there. */
  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (home, dirs[i], NULL);
      g_setenv (dirs[i], dir, TRUE);
    }

  /* The tests read the English source strings. */
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("GSK_RENDERER", "cairo", TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  ok_store_init_library ();
}

OkStore *
ok_gui_test_open_store (void)
{
  g_autoptr(GError) error = NULL;
  static int counter;
  g_autofree char *name = g_strdup_printf ("test-%d.db", ++counter);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), name, NULL);
  OkStore *store;

  store = ok_store_open (path, &error);
  g_assert_no_error (error);
  return store;
}

OkWindow *
ok_gui_test_new_window (OkStore *store)
{
  return ok_window_new (NULL, store);
}

static void
after_paint_cb (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

/* gtk_window_present() maps at once, so waiting for "map" says nothing:
 * wait for the first frame painted instead. */
void
ok_gui_test_present (GtkWindow *window)
{
  gboolean painted = FALSE;
  GdkFrameClock *clock;
  gulong handler;

  gtk_window_present (window);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  g_assert_true (ok_gui_test_wait_until (is_true, &painted, 10000));
  g_signal_handler_disconnect (clock, handler);
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

gboolean
ok_gui_test_wait_until (OkGuiCondition condition,
                        gpointer       data,
                        guint          timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  guint wake = g_timeout_add (20, wake_cb, NULL);
  gboolean met;

  while (!(met = condition (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  return met;
}

static gboolean
never (gpointer data)
{
  return FALSE;
}

void
ok_gui_test_spin (guint ms)
{
  ok_gui_test_wait_until (never, NULL, ms);
}

/* A template child, widget or not, found by its id. */
gpointer
ok_gui_test_child (gpointer    widget,
                   GType       type,
                   const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (child);
  return child;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Starts a GUI program and prints "FIRST_FRAME_MS PEAK_RSS_KB": the time
 * from just before exec to the first frame the program reports (a line
 * "first-frame MONOTONIC_USEC" on its stdout, printed when it is run with
 * OUDERKAMER_BENCH_FIRST_FRAME=1), and its peak resident memory from the
 * kernel's accounting, which also covers a child that had to be stopped.
 *   bench-launch [--hold MS] [--timeout S] -- PROGRAM ARGS…
 * With --hold the program runs MS milliseconds from exec and is then
 * stopped with SIGTERM, for memory after the window has settled; the
 * first-frame column is then "-". */
#include <errno.h>
#include <glib.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static gint64
monotonic_usec (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

int
main (int   argc,
      char *argv[])
{
  int hold_ms = 0, timeout_s = 60;
  g_autoptr(GOptionContext) context = g_option_context_new ("-- PROGRAM [ARGS…]");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  GOptionEntry entries[] = {
    { "hold", 0, 0, G_OPTION_ARG_INT, &hold_ms, "Stop the program this long after exec", "MS" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout_s, "Give up after this long", "S" },
    { NULL }
  };
  gint64 start, deadline, first_frame = -1;
  gboolean stopped = FALSE;
  struct rusage usage;
  int fds[2], status;
  pid_t pid;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  /* GOption leaves the "--" that ends the options in argv. */
  if (argc > 1 && strcmp (argv[1], "--") == 0)
    {
      argv++;
      argc--;
    }
  if (argc < 2)
    {
      g_printerr ("No program given\n");
      return 2;
    }
  if (pipe (fds) != 0)
    g_error ("pipe: %s", g_strerror (errno));

  start = monotonic_usec ();
  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      dup2 (fds[1], STDOUT_FILENO);
      close (fds[0]);
      close (fds[1]);
      execvp (argv[1], argv + 1);
      fprintf (stderr, "%s: %s\n", argv[1], strerror (errno));
      _exit (127);
    }
  close (fds[1]);

  deadline = start + (hold_ms > 0 ? hold_ms * (gint64) 1000 : timeout_s * G_USEC_PER_SEC);
  for (;;)
    {
      struct pollfd pfd = { fds[0], POLLIN, 0 };
      gint64 left = deadline - monotonic_usec ();
      char buffer[256];
      ssize_t n;

      if (left <= 0)
        {
          kill (pid, hold_ms > 0 ? SIGTERM : SIGKILL);
          stopped = TRUE;
          break;
        }
      if (poll (&pfd, 1, (int) ((left + 999) / 1000)) <= 0)
        continue;
      n = read (fds[0], buffer, sizeof buffer);
      if (n <= 0)
        break;
      /* The first frame is read at once, but the program is left to end
       * by itself, so that its peak memory is the same as a user's. */
      g_string_append_len (line, buffer, n);
      if (first_frame < 0)
        {
          const char *found = strstr (line->str, "first-frame ");

          if (found != NULL && strchr (found, '\n') != NULL)
            first_frame = g_ascii_strtoll (found + strlen ("first-frame "), NULL, 10);
        }
    }
  close (fds[0]);

  if (wait4 (pid, &status, 0, &usage) < 0)
    g_error ("wait4: %s", g_strerror (errno));
  if (!stopped && !(WIFEXITED (status) && WEXITSTATUS (status) == 0))
    {
      g_printerr ("%s ended with status %d\n", argv[1], status);
      return 1;
    }
  if (hold_ms == 0 && first_frame < 0)
    {
      g_printerr ("%s %s\n", argv[1],
                  stopped ? "showed no first frame in time" : "ended without reporting a first frame");
      return 1;
    }

  if (hold_ms > 0)
    printf ("- %ld\n", usage.ru_maxrss);
  else
    printf ("%.1f %ld\n", (first_frame - start) / 1000.0, usage.ru_maxrss);
  return 0;
}

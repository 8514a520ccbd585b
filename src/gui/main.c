/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ok-application.h"

/* Ouderkamer is for Dutch schools: without a language chosen for messages
 * (the C locale of minimal installs and containers), it speaks Dutch.
 * gettext ignores LANGUAGE in the plain C locale, not in C.UTF-8. */
static void
prefer_dutch (void)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);

  if (g_getenv ("LANGUAGE") != NULL && *g_getenv ("LANGUAGE") != '\0')
    return;
  if (messages != NULL && !g_str_equal (messages, "C") && !g_str_equal (messages, "POSIX")
      && !g_str_has_prefix (messages, "C."))
    return;
  if (setlocale (LC_MESSAGES, "C.UTF-8") != NULL)
    g_setenv ("LANGUAGE", "nl", TRUE);
}

/* Run from the build tree, the catalogue is the one just built. */
static const char *
locale_dir (void)
{
  g_autofree char *installed = g_build_filename (LOCALEDIR, "nl", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  if (!g_file_test (installed, G_FILE_TEST_EXISTS) && g_file_test (OK_BUILD_LOCALEDIR, G_FILE_TEST_IS_DIR))
    return OK_BUILD_LOCALEDIR;
  return LOCALEDIR;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OkApplication) app = NULL;

  /* GTK would run setlocale () again and undo prefer_dutch (). */
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "");
  prefer_dutch ();
  bindtextdomain (GETTEXT_PACKAGE, locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ok_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}

/* main.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "journey-maps"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "jm-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JmApplication) application = NULL;
  /* `meson devenv` runs the program from the build tree, where the
   * translations are built but not installed (see po/meson.build) */
  const char *localedir = g_getenv ("JOURNEY_MAPS_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Journey Maps"));

  application = jm_application_new (G_APPLICATION_DEFAULT_FLAGS);

  return g_application_run (G_APPLICATION (application), argc, argv);
}

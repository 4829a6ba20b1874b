/* jm-ui-test.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-ui-test.h"

JmApplication *
jm_ui_test_init_application (void)
{
  g_autoptr(GError) error = NULL;
  JmApplication *app = jm_application_new (G_APPLICATION_NON_UNIQUE);

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

GFile *
jm_ui_test_source_file (const char *relative_path)
{
  const char *root = g_getenv ("JM_SOURCE_ROOT");
  g_autofree char *path = NULL;

  g_assert_nonnull (root);
  path = g_build_filename (root, relative_path, NULL);
  return g_file_new_for_path (path);
}

static gboolean
on_timeout_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

void
jm_ui_test_iterate (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
jm_ui_test_wait_loaded (JmWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (jm_window_get_loading (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  jm_ui_test_iterate (50);
}

/* jm-application.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "jm-application.h"
#include "jm-cli.h"
#include "jm-resources.h"

struct _JmApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (JmApplication, jm_application, ADW_TYPE_APPLICATION)

typedef struct
{
  const char *action;
  const char *accels[4];
} Accelerator;

static const Accelerator accelerators[] = {
  { "app.new-window", { "<Control><Shift>n", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.shortcuts", { "<Control>question", NULL } },
  { "win.new", { "<Control>n", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
  { "win.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
  { "win.zoom-fit", { "<Control>0", "<Control>KP_0", NULL } },
  { "win.zoom-reset", { "<Control>1", "<Control>KP_1", NULL } },
  { "win.zoom-selection", { "<Control>3", "<Control>KP_3", NULL } },
  { "win.show-inspector", { "F9", NULL } },
  { "win.show-priorities", { "F8", NULL } },
  { "win.rating-mode", { "<Control>r", NULL } },
  { "win.hide-results", { "<Control><Shift>r", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.fullscreen", { "F11", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.add-touchpoint", { "<Control>t", NULL } },
  { "win.add-persona", { "<Control><Shift>p", NULL } },
  { "win.add-phase", { "<Control><Shift>h", NULL } },
  { "win.rename", { "F2", NULL } },
  { "win.duplicate", { "<Control>d", NULL } },
  /* while a text field has the focus these act on its text */
  { "win.copy", { "<Control>c", NULL } },
  { "win.cut", { "<Control>x", NULL } },
  { "win.paste", { "<Control>v", NULL } },
};

static JmWindow *
find_window (JmApplication *self,
             gboolean     (*match) (JmWindow *window, gpointer data),
             gpointer       data)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (JM_IS_WINDOW (l->data) && match (l->data, data))
        return l->data;
    }

  return NULL;
}

static gboolean
window_shows_file (JmWindow *window,
                   gpointer  file)
{
  GFile *shown = jm_window_get_file (window);

  return shown != NULL && g_file_equal (shown, file);
}

static gboolean
window_is_empty (JmWindow *window,
                 gpointer  data)
{
  return jm_window_is_empty (window);
}

static void
new_window_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  JmWindow *window = jm_application_new_window (JM_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_autoptr(GList) windows = NULL;

  /* Close window by window, so each can ask about unsaved changes;
   * the application ends when the last one is gone. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Journey Maps authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (application),
                        "application-name", _("Journey Maps"),
                        "application-icon", APPLICATION_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Journey Maps authors"),
                        "developers", developers,
                        "copyright", "© 2026 The Journey Maps authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "website", "https://github.com/journeymaps/journey-maps",
                        "issue-url", "https://github.com/journeymaps/journey-maps/issues",
                        /* Translators: your names, one per line, e.g. "Jane Doe <jane@example.org>" */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
shortcuts_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkApplication *application = GTK_APPLICATION (user_data);
  GtkWindow *active = gtk_application_get_active_window (application);
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *window;

  builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/jm-shortcuts-window.ui");
  window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  /* Only as a window's help overlay does a GtkShortcutsWindow look up
   * the accelerators of the actions it lists. */
  if (GTK_IS_APPLICATION_WINDOW (active))
    {
      GtkApplicationWindow *app_window = GTK_APPLICATION_WINDOW (active);

      if (gtk_application_window_get_help_overlay (app_window) == NULL)
        gtk_application_window_set_help_overlay (app_window, GTK_SHORTCUTS_WINDOW (window));
      else
        gtk_window_destroy (window);

      gtk_widget_activate_action (GTK_WIDGET (active), "win.show-help-overlay", NULL);
      return;
    }

  gtk_window_set_transient_for (window, active);
  gtk_window_set_application (window, application);
  gtk_window_present (window);
}

static const GActionEntry app_entries[] = {
  { "new-window", new_window_action_cb },
  { "quit", quit_action_cb },
  { "about", about_action_cb },
  { "shortcuts", shortcuts_action_cb },
};

static int
jm_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  g_auto(GStrv) paths = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  status = jm_cli_handle_local_options (options);
  if (status >= 0)
    return status;

  /* Our own FILE arguments hide them from GApplication, so open them
   * here; a second instance hands them over to the first. */
  paths = jm_cli_dup_files (options);
  if (paths == NULL)
    return -1;

  if (!g_application_register (application, NULL, &error))
    {
      fprintf (stderr, "%s: %s\n", PACKAGE_NAME, error->message);
      return 1;
    }

  files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
  g_application_open (application, (GFile **) files->pdata, files->len, "");

  return g_application_get_is_remote (application) ? 0 : -1;
}

static void
jm_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (jm_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_entries,
                                   G_N_ELEMENTS (app_entries), application);
  for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application),
                                           accelerators[i].action,
                                           accelerators[i].accels);
}

static void
jm_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (jm_application_new_window (JM_APPLICATION (application)));

  gtk_window_present (window);
}

static void
jm_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    jm_application_open_file (JM_APPLICATION (application), files[i], NULL);
}

static void
jm_application_class_init (JmApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->handle_local_options = jm_application_handle_local_options;
  application_class->startup = jm_application_startup;
  application_class->activate = jm_application_activate;
  application_class->open = jm_application_open;

  jm_application_register_resources ();
}

static void
jm_application_init (JmApplication *self)
{
  jm_cli_add_main_options (G_APPLICATION (self));
}

JmApplication *
jm_application_new (GApplicationFlags extra_flags)
{
  return g_object_new (JM_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_PREFIX,
                       "flags", G_APPLICATION_HANDLES_OPEN | extra_flags,
                       NULL);
}

JmWindow *
jm_application_new_window (JmApplication *self)
{
  g_return_val_if_fail (JM_IS_APPLICATION (self), NULL);

  return jm_window_new (GTK_APPLICATION (self));
}

JmWindow *
jm_application_open_file (JmApplication *self,
                          GFile         *file,
                          JmWindow      *preferred)
{
  JmWindow *window;

  g_return_val_if_fail (JM_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (preferred == NULL || JM_IS_WINDOW (preferred), NULL);

  window = find_window (self, window_shows_file, file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return window;
    }

  if (preferred != NULL && !jm_window_get_dirty (preferred) && !jm_window_get_loading (preferred))
    window = preferred;
  else
    window = find_window (self, window_is_empty, NULL);
  if (window == NULL)
    window = jm_application_new_window (self);

  gtk_window_present (GTK_WINDOW (window));
  jm_window_open_file (window, file);

  return window;
}

void
jm_application_register_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      jm_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

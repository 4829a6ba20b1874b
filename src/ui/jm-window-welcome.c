/* jm-window-welcome.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The welcome page: what a window shows while it has no map. Besides
 * "New Map" and "Open…" it lists the maps opened or saved lately, from
 * GtkRecentManager, so the next workshop day starts with one click.
 */

#define G_LOG_DOMAIN "jm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-file.h"
#include "jm-window-private.h"

#define MAX_RECENT 8

static gboolean
is_journey_map (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);

  if (g_strcmp0 (gtk_recent_info_get_mime_type (info), JM_FILE_MIME_TYPE) != 0
      && !g_str_has_suffix (uri, JM_FILE_EXTENSION))
    return FALSE;

  /* Only local files can be checked cheaply; others may be gone. */
  return gtk_recent_info_is_local (info) && gtk_recent_info_exists (info);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *info_a = *(GtkRecentInfo **) a;
  GtkRecentInfo *info_b = *(GtkRecentInfo **) b;

  /* newest first */
  return g_date_time_compare (gtk_recent_info_get_modified (info_b),
                              gtk_recent_info_get_modified (info_a));
}

static char *
dup_folder_name (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return g_strdup ("");
  if (g_file_equal (parent, home))
    return g_strdup ("~");

  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    return g_build_filename ("~", relative, NULL);

  return g_file_get_parse_name (parent);
}

static GtkWidget *
create_recent_row (GFile *file)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = jm_window_dup_display_name (file);
  g_autofree char *folder = dup_folder_name (file);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), folder);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "jm-file", g_object_ref (file), g_object_unref);

  return row;
}

static void
populate_recent (JmWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  GList *items = gtk_recent_manager_get_items (manager);
  GtkWidget *child;
  guint n_shown = 0;

  for (GList *l = items; l != NULL; l = l->next)
    {
      if (is_journey_map (l->data))
        g_ptr_array_add (infos, l->data);
      else
        gtk_recent_info_unref (l->data);
    }
  g_list_free (items);
  g_ptr_array_sort (infos, compare_recent);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);

  for (guint i = 0; i < infos->len && n_shown < MAX_RECENT; i++, n_shown++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (gtk_recent_info_get_uri (g_ptr_array_index (infos, i)));

      gtk_list_box_append (self->recent_list, create_recent_row (file));
    }

  gtk_widget_set_visible (self->recent_box, n_shown > 0);
}

static void
on_recent_row_activated_cb (GtkListBox    *list,
                            GtkListBoxRow *row,
                            JmWindow      *self)
{
  GFile *file = g_object_get_data (G_OBJECT (row), "jm-file");

  g_assert (JM_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  jm_window_open_file (self, file);
}

void
jm_window_init_welcome (JmWindow *self)
{
  g_assert (JM_IS_WINDOW (self));

  g_signal_connect (self->recent_list, "row-activated",
                    G_CALLBACK (on_recent_row_activated_cb), self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (populate_recent), self, G_CONNECT_SWAPPED);
  populate_recent (self);
}

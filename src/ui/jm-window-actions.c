/* jm-window-actions.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every command of a window is a "win." action, so that the menu, the
 * buttons, the keyboard shortcuts and the tests use the same path.
 */

#define G_LOG_DOMAIN "jm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-application.h"
#include "jm-new-map-dialog.h"
#include "jm-window-private.h"

static void
on_template_chosen_cb (JmNewMapDialog *dialog,
                       guint           template,
                       JmWindow       *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  JmWindow *target = self;

  /* Never replace unsaved work: a new map then gets its own window. */
  if (self->dirty && JM_IS_APPLICATION (application))
    target = jm_application_new_window (JM_APPLICATION (application));

  jm_window_new_map_from_template (target, template);
  gtk_window_present (GTK_WINDOW (target));
}

static void
new_action_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GtkWidget *dialog = jm_new_map_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "create", G_CALLBACK (on_template_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  jm_window_choose_open (JM_WINDOW (user_data));
}

static void
save_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  jm_window_save (JM_WINDOW (user_data));
}

static void
save_as_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  jm_window_choose_save (JM_WINDOW (user_data));
}

static void
export_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  jm_window_choose_export (JM_WINDOW (user_data));
}

static void
close_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
}

static void
zoom_in_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  jm_canvas_zoom_in (JM_WINDOW (user_data)->canvas);
}

static void
zoom_out_action_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  jm_canvas_zoom_out (JM_WINDOW (user_data)->canvas);
}

static void
zoom_fit_action_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  jm_canvas_zoom_to_fit (JM_WINDOW (user_data)->canvas);
}

static void
zoom_reset_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  jm_canvas_set_zoom (JM_WINDOW (user_data)->canvas, 1.0);
}

static void
undo_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);

  /* a drag in progress is an open step: undoing it means calling it off */
  if (jm_canvas_is_dragging (self->canvas))
    jm_canvas_drag_cancel (self->canvas);
  else if (self->history != NULL)
    jm_history_undo (self->history);
}

static void
redo_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);

  if (self->history != NULL && !jm_canvas_is_dragging (self->canvas))
    jm_history_redo (self->history);
}

static const GActionEntry win_entries[] = {
  { "undo", undo_action_cb },
  { "redo", redo_action_cb },
  { "new", new_action_cb },
  { "open", open_action_cb },
  { "save", save_action_cb },
  { "save-as", save_as_action_cb },
  { "export", export_action_cb },
  { "close", close_action_cb },
  { "zoom-in", zoom_in_action_cb },
  { "zoom-out", zoom_out_action_cb },
  { "zoom-fit", zoom_fit_action_cb },
  { "zoom-reset", zoom_reset_action_cb },
};

void
jm_window_init_actions (JmWindow *self)
{
  g_assert (JM_IS_WINDOW (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_entries,
                                   G_N_ELEMENTS (win_entries), self);
}

void
jm_window_update_actions (JmWindow *self)
{
  gboolean has_map = self->document != NULL;
  double zoom = jm_canvas_get_zoom (self->canvas);

  g_assert (JM_IS_WINDOW (self));

  jm_window_set_action_enabled (self, "undo", self->history != NULL && jm_history_get_can_undo (self->history));
  jm_window_set_action_enabled (self, "redo", self->history != NULL && jm_history_get_can_redo (self->history));
  jm_window_set_action_enabled (self, "save", has_map);
  jm_window_set_action_enabled (self, "save-as", has_map);
  jm_window_set_action_enabled (self, "export", has_map);
  jm_window_set_action_enabled (self, "zoom-in", has_map && zoom < JM_CANVAS_ZOOM_MAX);
  jm_window_set_action_enabled (self, "zoom-out", has_map && zoom > JM_CANVAS_ZOOM_MIN);
  jm_window_set_action_enabled (self, "zoom-fit", has_map);
  jm_window_set_action_enabled (self, "zoom-reset", has_map);

  jm_window_update_edit_actions (self);
  jm_window_update_workshop_actions (self);
  jm_window_update_export_actions (self);
}

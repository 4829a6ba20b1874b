/* jm-window-workshop.c: rating rounds, results, priorities and presenting
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workshop day alternates between building the map, rating it on the
 * projector and walking the room through it. The window keeps the state
 * these share: whether results are hidden (a round is open), which
 * phase or persona is in focus while presenting.
 */

#define G_LOG_DOMAIN "jm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-canvas.h"
#include "jm-rating-window.h"
#include "jm-window-private.h"

static void
set_action_state (JmWindow   *self,
                  const char *name,
                  gboolean    state)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (state));
}

void
jm_window_set_results_hidden (JmWindow *self,
                              gboolean  hidden)
{
  g_return_if_fail (JM_IS_WINDOW (self));

  hidden = !!hidden;
  self->results_hidden = hidden;
  set_action_state (self, "hide-results", hidden);
  jm_canvas_set_results_hidden (self->canvas, hidden);
  if (self->rating_window != NULL)
    jm_rating_window_set_results_hidden (JM_RATING_WINDOW (self->rating_window), hidden);
}

static void
on_rating_results_hidden_cb (JmWindow       *self,
                             GParamSpec     *pspec,
                             JmRatingWindow *rating_window)
{
  if (self->results_hidden != jm_rating_window_get_results_hidden (rating_window))
    jm_window_set_results_hidden (self, jm_rating_window_get_results_hidden (rating_window));
}

static gboolean
on_rating_window_close_request_cb (JmWindow       *self,
                                   JmRatingWindow *rating_window)
{
  /* back on the map where the round stopped */
  if (jm_rating_window_get_touchpoint (rating_window) != NULL)
    jm_canvas_set_selection (self->canvas, G_OBJECT (jm_rating_window_get_touchpoint (rating_window)));
  return FALSE;
}

static void
on_rating_window_destroy_cb (JmWindow       *self,
                             JmRatingWindow *rating_window)
{
  self->rating_window = NULL;
}

GtkWindow *
jm_window_start_rating_round (JmWindow *self)
{
  JmRatingWindow *rating_window;
  GObject *selection;

  g_return_val_if_fail (JM_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->history != NULL, NULL);

  if (self->rating_window != NULL)
    {
      gtk_window_present (self->rating_window);
      return self->rating_window;
    }

  rating_window = jm_rating_window_new (GTK_WINDOW (self), self->history);
  self->rating_window = GTK_WINDOW (rating_window);

  /* start where the facilitator is on the map */
  selection = jm_canvas_get_selection (self->canvas);
  if (JM_IS_TOUCHPOINT (selection))
    jm_rating_window_set_touchpoint (rating_window, JM_TOUCHPOINT (selection));

  /* a new round: nobody sees the votes until it is revealed */
  jm_window_set_results_hidden (self, TRUE);

  g_signal_connect_object (rating_window, "notify::results-hidden",
                           G_CALLBACK (on_rating_results_hidden_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rating_window, "close-request",
                           G_CALLBACK (on_rating_window_close_request_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (rating_window, "destroy",
                           G_CALLBACK (on_rating_window_destroy_cb), self, G_CONNECT_SWAPPED);

  gtk_window_fullscreen (GTK_WINDOW (rating_window));
  gtk_window_present (GTK_WINDOW (rating_window));

  return GTK_WINDOW (rating_window);
}

static void
rating_mode_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  jm_window_start_rating_round (JM_WINDOW (user_data));
}

static void
hide_results_change_state_cb (GSimpleAction *action,
                              GVariant      *state,
                              gpointer       user_data)
{
  jm_window_set_results_hidden (JM_WINDOW (user_data), g_variant_get_boolean (state));
}

static void
show_priorities_change_state_cb (GSimpleAction *action,
                                 GVariant      *state,
                                 gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  gboolean show = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  gtk_widget_set_visible (GTK_WIDGET (self->priority_view), show);
  if (show && gtk_paned_get_position (self->list_paned) <= 0)
    gtk_paned_set_position (self->list_paned, MAX (gtk_widget_get_height (GTK_WIDGET (self->list_paned)) * 3 / 5, 160));
}

static void
show_expected_change_state_cb (GSimpleAction *action,
                               GVariant      *state,
                               gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);

  g_simple_action_set_state (action, state);
  jm_canvas_set_show_expected (self->canvas, g_variant_get_boolean (state));
}

static void
fullscreen_change_state_cb (GSimpleAction *action,
                            GVariant      *state,
                            gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);

  g_simple_action_set_state (action, state);
  if (g_variant_get_boolean (state))
    gtk_window_fullscreen (GTK_WINDOW (self));
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));
}

static void
on_fullscreened_cb (JmWindow *self)
{
  gboolean fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));

  set_action_state (self, "fullscreen", fullscreen);
  /* leaving fullscreen (Escape, the window manager) ends presenting */
  if (!fullscreen && self->presenting)
    jm_window_set_presenting (self, FALSE);
}

static void
set_focus (JmWindow *self,
           GObject  *focus)
{
  g_set_object (&self->presentation_focus, focus);
  jm_canvas_set_focus (self->canvas, focus);
  if (focus != NULL)
    {
      jm_canvas_set_selection (self->canvas, focus);
      jm_canvas_zoom_to_selection (self->canvas);
    }
  else
    {
      jm_canvas_zoom_to_fit (self->canvas);
    }
}

void
jm_window_step_focus (JmWindow *self,
                      int       delta,
                      gboolean  personas)
{
  guint n;
  int index = -1;
  GObject *next = NULL;

  g_return_if_fail (JM_IS_WINDOW (self));

  if (self->document == NULL)
    return;

  n = personas ? jm_document_get_n_personas (self->document) : jm_document_get_n_phases (self->document);
  if (personas && JM_IS_PERSONA (self->presentation_focus))
    index = jm_document_get_persona_index (self->document, JM_PERSONA (self->presentation_focus));
  else if (!personas && JM_IS_PHASE (self->presentation_focus))
    index = jm_document_get_phase_index (self->document, JM_PHASE (self->presentation_focus));

  /* from the whole map, forward starts at the first and back at the last */
  if (index < 0)
    index = delta > 0 ? -1 : (int) n;
  index += delta;

  if (index >= 0 && (guint) index < n)
    next = personas ? G_OBJECT (jm_document_get_persona (self->document, index))
                    : G_OBJECT (jm_document_get_phase (self->document, index));

  set_focus (self, next);
}

void
jm_window_set_presenting (JmWindow *self,
                          gboolean  presenting)
{
  g_return_if_fail (JM_IS_WINDOW (self));

  presenting = !!presenting && self->document != NULL;
  if (self->presenting == presenting)
    return;

  self->presenting = presenting;
  set_action_state (self, "present", presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->inspector), !presenting &&
                          g_variant_get_boolean (g_action_group_get_action_state (G_ACTION_GROUP (self),
                                                                                  "show-inspector")));
  if (presenting)
    {
      gtk_window_fullscreen (GTK_WINDOW (self));
      gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
      set_focus (self, NULL);
    }
  else
    {
      set_focus (self, NULL);
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
}

static void
present_change_state_cb (GSimpleAction *action,
                         GVariant      *state,
                         gpointer       user_data)
{
  jm_window_set_presenting (JM_WINDOW (user_data), g_variant_get_boolean (state));
}

/* While presenting, the arrow keys walk through the map instead of
 * moving the selection: Left/Right the phases, Up/Down the personas. */
static gboolean
on_presentation_key_cb (JmWindow              *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  if (!self->presenting || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right: case GDK_KEY_Page_Down: case GDK_KEY_space:
      jm_window_step_focus (self, +1, FALSE);
      return TRUE;
    case GDK_KEY_Left: case GDK_KEY_Page_Up: case GDK_KEY_BackSpace:
      jm_window_step_focus (self, -1, FALSE);
      return TRUE;
    case GDK_KEY_Down:
      jm_window_step_focus (self, +1, TRUE);
      return TRUE;
    case GDK_KEY_Up:
      jm_window_step_focus (self, -1, TRUE);
      return TRUE;
    case GDK_KEY_Home: case GDK_KEY_0:
      set_focus (self, NULL);
      return TRUE;
    case GDK_KEY_Escape:
      jm_window_set_presenting (self, FALSE);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_priority_activated_cb (JmWindow       *self,
                          JmTouchpoint   *touchpoint,
                          JmPriorityView *view)
{
  jm_canvas_set_selection (self->canvas, G_OBJECT (touchpoint));
  jm_canvas_scroll_to_selection (self->canvas);
}

static const GActionEntry workshop_entries[] = {
  { "rating-mode", rating_mode_action_cb },
  { "hide-results", NULL, NULL, "false", hide_results_change_state_cb },
  { "show-priorities", NULL, NULL, "false", show_priorities_change_state_cb },
  { "show-expected", NULL, NULL, "false", show_expected_change_state_cb },
  { "fullscreen", NULL, NULL, "false", fullscreen_change_state_cb },
  { "present", NULL, NULL, "false", present_change_state_cb },
};

void
jm_window_init_workshop (JmWindow *self)
{
  GtkEventController *keys;

  g_action_map_add_action_entries (G_ACTION_MAP (self), workshop_entries,
                                   G_N_ELEMENTS (workshop_entries), self);

  g_object_bind_property (self, "history", self->priority_view, "history", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->priority_view, "touchpoint-activated",
                           G_CALLBACK (on_priority_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "notify::fullscreened",
                           G_CALLBACK (on_fullscreened_cb), self, G_CONNECT_SWAPPED);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_presentation_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

void
jm_window_update_workshop_actions (JmWindow *self)
{
  gboolean has_map = self->document != NULL && self->history != NULL;
  const char *names[] = { "rating-mode", "hide-results", "show-priorities", "show-expected", "present" };

  if (g_action_map_lookup_action (G_ACTION_MAP (self), "rating-mode") == NULL)
    return; /* not set up yet */

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    jm_window_set_action_enabled (self, names[i], has_map);
}

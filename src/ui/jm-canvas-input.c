/* jm-canvas-input.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pointer, touch and key input of the canvas: press to select, drag to
 * edit (jm-canvas-drag.c), double-click to rename or add, middle-button
 * or Space+drag to pan, Ctrl+scroll and pinch to zoom about the
 * pointer, keys (jm-canvas-keys.c). Geometry questions go to the layout
 * (jm_layout_hit_test), never to the painter.
 */

#define G_LOG_DOMAIN "jm-canvas"

#include "config.h"

#include <math.h>

#include "jm-canvas-private.h"

/* Zoom factor of one wheel notch with Ctrl held */
#define SCROLL_ZOOM_FACTOR 1.1

/* Double-clicks are told apart by hand: one drag gesture does select,
 * drag and double-click, so their order can never interleave. */
static gboolean
is_double_click (JmCanvas *self,
                 guint32   time,
                 double    x,
                 double    y)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  int double_click_time = 400, double_click_distance = 5;
  gboolean is_double;

  g_object_get (settings,
                "gtk-double-click-time", &double_click_time,
                "gtk-double-click-distance", &double_click_distance,
                NULL);

  is_double = self->last_press_time != 0
              && time - self->last_press_time <= (guint32) double_click_time
              && fabs (x - self->last_press_x) <= double_click_distance
              && fabs (y - self->last_press_y) <= double_click_distance;

  self->last_press_time = is_double ? 0 : time;
  self->last_press_x = x;
  self->last_press_y = y;

  return is_double;
}

static void
on_drag_begin_cb (GtkGestureDrag *gesture,
                  double          x,
                  double          y,
                  JmCanvas       *self)
{
  guint32 time = gtk_event_controller_get_current_event_time (GTK_EVENT_CONTROLLER (gesture));
  double map_x, map_y;

  g_assert (JM_IS_CANVAS (self));

  jm_canvas_widget_to_map (self, x, y, &map_x, &map_y);
  self->ignore_press = FALSE;
  self->press_x = x;
  self->press_y = y;

  /* A press into the in-place editor is the editor's. */
  if (self->editor != NULL)
    {
      GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

      if (picked != NULL && (picked == self->editor || gtk_widget_is_ancestor (picked, self->editor)))
        {
          self->ignore_press = TRUE;
          gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
          return;
        }
    }

  if (!self->space_held && is_double_click (self, time, x, y))
    {
      jm_canvas_drag_cancel (self);
      self->ignore_press = TRUE;
      jm_canvas_activate_at (self, map_x, map_y);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self));
  jm_canvas_drag_begin (self, map_x, map_y, self->space_held);
}

/* Widget pixels from an edge where dragging scrolls the view, and the
 * fastest it scrolls, in pixels per frame */
#define AUTOSCROLL_EDGE  32.0
#define AUTOSCROLL_SPEED 18.0

static double
autoscroll_step (double pos,
                 double size)
{
  if (pos < AUTOSCROLL_EDGE)
    return -AUTOSCROLL_SPEED * MIN (1.0, (AUTOSCROLL_EDGE - pos) / AUTOSCROLL_EDGE);
  if (pos > size - AUTOSCROLL_EDGE)
    return AUTOSCROLL_SPEED * MIN (1.0, (pos - (size - AUTOSCROLL_EDGE)) / AUTOSCROLL_EDGE);
  return 0.0;
}

/* While a card, lane or phase is dragged near an edge, the view scrolls
 * and the drag follows, so every cell can be reached. */
static gboolean
autoscroll_cb (GtkWidget     *widget,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  JmCanvas *self = JM_CANVAS (widget);
  double dx = 0.0, dy = 0.0, map_x, map_y;

  if (self->drag_kind != JM_CANVAS_DRAG_CARD && self->drag_kind != JM_CANVAS_DRAG_LANE
      && self->drag_kind != JM_CANVAS_DRAG_PHASE)
    {
      self->autoscroll_tick = 0;
      return G_SOURCE_REMOVE;
    }

  if (self->drag_kind != JM_CANVAS_DRAG_LANE)
    dx = autoscroll_step (self->drag_widget_x, gtk_widget_get_width (widget));
  if (self->drag_kind != JM_CANVAS_DRAG_PHASE)
    dy = autoscroll_step (self->drag_widget_y, gtk_widget_get_height (widget));
  if (dx == 0.0 && dy == 0.0)
    return G_SOURCE_CONTINUE;

  if (dx != 0.0 && self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, gtk_adjustment_get_value (self->hadjustment) + dx);
  if (dy != 0.0 && self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment) + dy);

  jm_canvas_widget_to_map (self, self->drag_widget_x, self->drag_widget_y, &map_x, &map_y);
  jm_canvas_drag_update (self, map_x, map_y);

  return G_SOURCE_CONTINUE;
}

static void
on_drag_update_cb (GtkGestureDrag *gesture,
                   double          offset_x,
                   double          offset_y,
                   JmCanvas       *self)
{
  double start_x, start_y, map_x, map_y;

  if (self->ignore_press)
    return;

  if (self->drag_kind == JM_CANVAS_DRAG_PAN)
    {
      jm_canvas_pan_update (self, offset_x, offset_y);
      return;
    }

  start_x = self->press_x;
  start_y = self->press_y;
  self->drag_widget_x = start_x + offset_x;
  self->drag_widget_y = start_y + offset_y;
  jm_canvas_widget_to_map (self, self->drag_widget_x, self->drag_widget_y, &map_x, &map_y);
  jm_canvas_drag_update (self, map_x, map_y);
  if (jm_canvas_is_dragging (self))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      if (self->autoscroll_tick == 0)
        self->autoscroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), autoscroll_cb,
                                                             NULL, NULL);
    }
}

static void
on_drag_end_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                JmCanvas       *self)
{
  double start_x, start_y, map_x, map_y;

  if (self->ignore_press)
    {
      self->ignore_press = FALSE;
      return;
    }

  start_x = self->press_x;
  start_y = self->press_y;
  jm_canvas_widget_to_map (self, start_x + offset_x, start_y + offset_y, &map_x, &map_y);
  jm_canvas_drag_end (self, map_x, map_y);
  if (self->space_held)
    gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
  self->hover_cursor = NULL;
}

static void
on_drag_cancel_cb (GtkGesture       *gesture,
                   GdkEventSequence *sequence,
                   JmCanvas         *self)
{
  jm_canvas_drag_cancel (self);
}

static void
on_pan_begin_cb (GtkGestureDrag *gesture,
                 double          x,
                 double          y,
                 JmCanvas       *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  jm_canvas_drag_begin (self, 0.0, 0.0, TRUE);
}

static void
on_pan_update_cb (GtkGestureDrag *gesture,
                  double          offset_x,
                  double          offset_y,
                  JmCanvas       *self)
{
  jm_canvas_pan_update (self, offset_x, offset_y);
}

static void
on_pan_end_cb (GtkGestureDrag *gesture,
               double          offset_x,
               double          offset_y,
               JmCanvas       *self)
{
  if (self->drag_kind == JM_CANVAS_DRAG_PAN)
    jm_canvas_drag_end (self, 0.0, 0.0);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   JmCanvas              *self)
{
  if (self->editor != NULL)
    return FALSE;

  if (keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space)
    {
      if (!self->space_held && self->drag_kind == JM_CANVAS_DRAG_NONE)
        gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grab");
      self->hover_cursor = NULL;
      self->space_held = TRUE;
      return TRUE;
    }

  return jm_canvas_handle_key (self, keyval, state);
}

static void
on_key_released_cb (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    JmCanvas              *self)
{
  if (keyval != GDK_KEY_space && keyval != GDK_KEY_KP_Space)
    return;

  self->space_held = FALSE;
  if (self->drag_kind == JM_CANVAS_DRAG_NONE)
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  self->hover_cursor = NULL;
}

static void
on_focus_leave_cb (GtkEventControllerFocus *controller,
                   JmCanvas                *self)
{
  /* A key release may never come once the focus is elsewhere. */
  self->space_held = FALSE;
  if (self->drag_kind == JM_CANVAS_DRAG_NONE)
    gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  self->hover_cursor = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Shows what a press would grab: a card or header, or a curve point. */
static void
update_hover_cursor (JmCanvas *self,
                     double    x,
                     double    y)
{
  const char *cursor = NULL;
  double map_x, map_y;

  if (self->drag_kind != JM_CANVAS_DRAG_NONE || self->space_held)
    return;

  if (self->layout != NULL && jm_canvas_get_edit_history (self) != NULL)
    {
      JmHit hit;

      jm_canvas_widget_to_map (self, x, y, &map_x, &map_y);
      hit = jm_layout_hit_test (self->layout, map_x, map_y);
      if (hit.kind == JM_HIT_CURVE_POINT)
        cursor = "ns-resize";
      else if (hit.kind == JM_HIT_CARD || hit.kind == JM_HIT_LANE_HEADER
               || hit.kind == JM_HIT_PHASE_HEADER)
        cursor = "grab";
    }

  if (cursor != self->hover_cursor)
    {
      self->hover_cursor = cursor;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
    }
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              JmCanvas                 *self)
{
  self->pointer_x = x;
  self->pointer_y = y;
  self->has_pointer = TRUE;

  update_hover_cursor (self, x, y);
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             JmCanvas                 *self)
{
  self->has_pointer = FALSE;
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              JmCanvas                 *self)
{
  GdkModifierType state;
  double x, y;

  g_assert (JM_IS_CANVAS (self));

  state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0.0)
    return FALSE; /* plain scrolling belongs to the scrolled window */

  if (self->has_pointer)
    {
      x = self->pointer_x;
      y = self->pointer_y;
    }
  else
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }

  jm_canvas_zoom_at (self, pow (SCROLL_ZOOM_FACTOR, -dy), x, y);
  return TRUE;
}

static void
on_zoom_begin_cb (GtkGesture       *gesture,
                  GdkEventSequence *sequence,
                  JmCanvas         *self)
{
  self->pinch_start_zoom = self->zoom;
}

static void
on_zoom_scale_changed_cb (GtkGestureZoom *gesture,
                          double          scale,
                          JmCanvas       *self)
{
  double x, y;

  g_assert (JM_IS_CANVAS (self));

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  jm_canvas_zoom_at (self, self->pinch_start_zoom * scale / self->zoom, x, y);
}

void
jm_canvas_init_input (JmCanvas *self)
{
  GtkGesture *drag;
  GtkGesture *pan;
  GtkGesture *zoom;
  GtkEventController *scroll;
  GtkEventController *motion;
  GtkEventController *key;
  GtkEventController *focus;

  g_assert (JM_IS_CANVAS (self));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  g_signal_connect (drag, "cancel", G_CALLBACK (on_drag_cancel_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  pan = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (pan), GDK_BUTTON_MIDDLE);
  g_signal_connect (pan, "drag-begin", G_CALLBACK (on_pan_begin_cb), self);
  g_signal_connect (pan, "drag-update", G_CALLBACK (on_pan_update_cb), self);
  g_signal_connect (pan, "drag-end", G_CALLBACK (on_pan_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pan));

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  g_signal_connect (key, "key-released", G_CALLBACK (on_key_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect (zoom, "begin", G_CALLBACK (on_zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (on_zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
}

/* jm-canvas-input.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pointer and touch input of the canvas: click to select, Ctrl+scroll
 * and pinch to zoom about the pointer. Geometry questions go to the
 * layout (jm_layout_hit_test), never to the painter.
 */

#define G_LOG_DOMAIN "jm-canvas"

#include "config.h"

#include <math.h>

#include "jm-canvas-private.h"

/* Zoom factor of one wheel notch with Ctrl held */
#define SCROLL_ZOOM_FACTOR 1.1

static GObject *
get_selectable_at (JmCanvas *self,
                   double    x,
                   double    y)
{
  double map_x, map_y;
  JmHit hit;

  if (self->layout == NULL)
    return NULL;

  jm_canvas_widget_to_map (self, x, y, &map_x, &map_y);
  hit = jm_layout_hit_test (self->layout, map_x, map_y);

  switch (hit.kind)
    {
    case JM_HIT_CARD:
    case JM_HIT_CURVE_POINT:
    case JM_HIT_LANE_HEADER:
    case JM_HIT_PHASE_HEADER:
      return hit.object;

    case JM_HIT_NONE:
    case JM_HIT_CELL:
    case JM_HIT_TITLE:
    default:
      return NULL;
    }
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     JmCanvas        *self)
{
  g_assert (JM_IS_CANVAS (self));

  gtk_widget_grab_focus (GTK_WIDGET (self));
  jm_canvas_set_selection (self, get_selectable_at (self, x, y));
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
  GtkGesture *click;
  GtkGesture *zoom;
  GtkEventController *scroll;
  GtkEventController *motion;

  g_assert (JM_IS_CANVAS (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

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

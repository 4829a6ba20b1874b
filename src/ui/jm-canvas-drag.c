/* jm-canvas-drag.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Dragging on the canvas, in map coordinates so tests can drive it
 * without a pointer. A press selects what is under it; only past
 * JM_CANVAS_DRAG_THRESHOLD does it become a drag:
 *
 *   card         moves live into the cell and place under the pointer
 *                (the curve follows); all the moves are one history
 *                group, "Move Touchpoint"
 *   curve point  sets the emotion live, snapped to 0.5; one "Set
 *                Emotion" group; a derived point becomes hand-set
 *   lane header  reorders lanes on release (jm_edit_move_persona)
 *   phase header reorders phases on release (jm_edit_move_phase)
 *
 * Cancelling (Escape) ends an open group and undoes it.
 */

#define G_LOG_DOMAIN "jm-canvas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jm-canvas-private.h"
#include "jm-edit.h"
#include "jm-overlay.h"

/* What the drag state needs when it starts a group */
static void
open_group (JmCanvas   *self,
            const char *label)
{
  JmHistory *history = jm_canvas_get_edit_history (self);

  g_assert (!self->drag_group_open);

  self->drag_n_undo = jm_history_get_n_undo (history);
  jm_history_begin_live_group (history, label);
  self->drag_group_open = TRUE;
}

/* Ends the drag's group; TRUE if it recorded a step. */
static gboolean
close_group (JmCanvas *self)
{
  JmHistory *history = self->history;

  if (!self->drag_group_open)
    return FALSE;

  self->drag_group_open = FALSE;
  if (history == NULL)
    return FALSE;

  jm_history_end_group (history);
  return jm_history_get_n_undo (history) > self->drag_n_undo;
}

static void
reset_drag (JmCanvas *self)
{
  self->drag_kind = JM_CANVAS_DRAG_NONE;
  self->drag_pending_kind = JM_CANVAS_DRAG_NONE;
  g_clear_object (&self->drag_object);
  self->drag_has_target = FALSE;
  if (self->autoscroll_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->autoscroll_tick);
      self->autoscroll_tick = 0;
    }
  self->hover_cursor = NULL;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
jm_canvas_is_dragging (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), FALSE);

  return self->drag_kind != JM_CANVAS_DRAG_NONE && self->drag_kind != JM_CANVAS_DRAG_PENDING;
}

void
jm_canvas_drag_begin (JmCanvas *self,
                      double    map_x,
                      double    map_y,
                      gboolean  pan)
{
  JmHit hit;

  g_return_if_fail (JM_IS_CANVAS (self));

  jm_canvas_drag_cancel (self);
  if (self->editor != NULL)
    jm_canvas_commit_edit (self);

  self->drag_start_x = self->drag_x = map_x;
  self->drag_start_y = self->drag_y = map_y;

  if (pan)
    {
      self->drag_kind = JM_CANVAS_DRAG_PAN;
      self->pan_start_h = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0.0;
      self->pan_start_v = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0.0;
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
      return;
    }

  if (self->layout == NULL)
    return;

  hit = jm_layout_hit_test (self->layout, map_x, map_y);
  switch (hit.kind)
    {
    case JM_HIT_CARD:
    case JM_HIT_CURVE_POINT:
    case JM_HIT_LANE_HEADER:
    case JM_HIT_PHASE_HEADER:
      jm_canvas_set_selection (self, hit.object);
      break;

    case JM_HIT_CELL:
      jm_canvas_select_cell (self,
                             jm_layout_get_lane (self->layout, hit.lane)->persona,
                             jm_layout_get_column (self->layout, hit.column)->phase);
      return;

    case JM_HIT_TITLE:
    case JM_HIT_NONE:
    default:
      jm_canvas_set_selection (self, NULL);
      return;
    }

  if (jm_canvas_get_edit_history (self) == NULL)
    return;

  self->drag_kind = JM_CANVAS_DRAG_PENDING;
  self->drag_object = g_object_ref (hit.object);

  if (hit.kind == JM_HIT_CURVE_POINT)
    {
      const JmCurvePoint *point;

      self->drag_pending_kind = JM_CANVAS_DRAG_EMOTION;
      point = jm_layout_find_point (self->layout, JM_TOUCHPOINT (hit.object), NULL);
      self->drag_grab_dx = point != NULL ? map_x - point->x : 0.0;
      self->drag_grab_dy = point != NULL ? map_y - point->y : 0.0;
      self->drag_emotion = point != NULL ? point->emotion : 0.0;
    }
  else
    {
      JmRect rect = { 0 };

      self->drag_pending_kind = hit.kind == JM_HIT_CARD ? JM_CANVAS_DRAG_CARD
                                : hit.kind == JM_HIT_LANE_HEADER ? JM_CANVAS_DRAG_LANE
                                : JM_CANVAS_DRAG_PHASE;
      jm_canvas_get_object_rect (self, hit.object, &rect);
      self->drag_grab_dx = map_x - rect.x;
      self->drag_grab_dy = map_y - rect.y;
    }
}

static void
update_card (JmCanvas *self)
{
  JmTouchpoint *touchpoint = JM_TOUCHPOINT (self->drag_object);
  guint lane, column, index, old_lane, old_column, old_index;

  if (!jm_canvas_find_card_cell (self, touchpoint, &old_lane, &old_column, &old_index)
      || !jm_layout_get_drop_target (self->layout, self->drag_x, self->drag_y,
                                     &lane, &column, &index))
    return;

  /* The drop target counts the card itself where it is now. */
  if (lane == old_lane && column == old_column && index > old_index)
    index--;
  if (lane == old_lane && column == old_column && index == old_index)
    return;

  jm_edit_move_touchpoint (self->history, touchpoint,
                           jm_layout_get_lane (self->layout, lane)->persona,
                           jm_layout_get_column (self->layout, column)->phase,
                           index);
}

static void
update_emotion (JmCanvas *self)
{
  JmTouchpoint *touchpoint = JM_TOUCHPOINT (self->drag_object);
  const JmCurvePoint *point;
  guint lane;
  double emotion;

  point = jm_layout_find_point (self->layout, touchpoint, &lane);
  if (point == NULL)
    return;

  emotion = jm_layout_y_to_emotion (self->layout, lane, self->drag_y - self->drag_grab_dy);
  emotion = CLAMP (round (emotion * 2.0) / 2.0, -2.0, 2.0);
  self->drag_emotion = emotion;

  if (jm_touchpoint_get_has_emotion (touchpoint)
      && G_APPROX_VALUE (jm_touchpoint_get_emotion (touchpoint), emotion, 1e-9))
    return;

  jm_edit_set_emotion (self->history, touchpoint, emotion);
}

/* The gap a lane or phase would be dropped into: 0 … n. */
static guint
get_gap (JmCanvas *self,
         gboolean  lanes)
{
  guint n = lanes ? jm_layout_get_n_lanes (self->layout) : jm_layout_get_n_columns (self->layout);
  guint gap = 0;

  for (guint i = 0; i < n; i++)
    {
      const JmRect *rect = lanes ? &jm_layout_get_lane (self->layout, i)->lane
                                 : &jm_layout_get_column (self->layout, i)->column;
      double centre = lanes ? rect->y + rect->height / 2.0 : rect->x + rect->width / 2.0;

      if ((lanes ? self->drag_y : self->drag_x) > centre)
        gap = i + 1;
    }

  return gap;
}

void
jm_canvas_drag_update (JmCanvas *self,
                       double    map_x,
                       double    map_y)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  if (self->drag_kind == JM_CANVAS_DRAG_NONE || self->drag_kind == JM_CANVAS_DRAG_PAN)
    return;

  /* The document may have gone (or lost the item) under the drag. */
  if (self->layout == NULL || jm_canvas_get_edit_history (self) == NULL)
    {
      jm_canvas_drag_cancel (self);
      return;
    }

  self->drag_x = map_x;
  self->drag_y = map_y;

  if (self->drag_kind == JM_CANVAS_DRAG_PENDING)
    {
      double distance = hypot (map_x - self->drag_start_x, map_y - self->drag_start_y) * self->zoom;

      if (distance < JM_CANVAS_DRAG_THRESHOLD)
        return;

      self->drag_kind = self->drag_pending_kind;
      if (self->drag_kind == JM_CANVAS_DRAG_CARD)
        open_group (self, _("Move Touchpoint"));
      else if (self->drag_kind == JM_CANVAS_DRAG_EMOTION)
        open_group (self, _("Set Emotion"));
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                       self->drag_kind == JM_CANVAS_DRAG_EMOTION ? "ns-resize"
                                       : self->drag_kind == JM_CANVAS_DRAG_LANE ? "ns-resize"
                                       : self->drag_kind == JM_CANVAS_DRAG_PHASE ? "ew-resize"
                                       : "grabbing");
    }

  switch (self->drag_kind)
    {
    case JM_CANVAS_DRAG_CARD:
      update_card (self);
      break;

    case JM_CANVAS_DRAG_EMOTION:
      update_emotion (self);
      break;

    case JM_CANVAS_DRAG_LANE:
      self->drag_target = get_gap (self, TRUE);
      self->drag_has_target = TRUE;
      break;

    case JM_CANVAS_DRAG_PHASE:
      self->drag_target = get_gap (self, FALSE);
      self->drag_has_target = TRUE;
      break;

    case JM_CANVAS_DRAG_NONE:
    case JM_CANVAS_DRAG_PENDING:
    case JM_CANVAS_DRAG_PAN:
    default:
      break;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Position after the move of the item at @old when dropped into @gap. */
static guint
gap_to_position (guint gap,
                 int   old)
{
  return (int) gap > old ? gap - 1 : gap;
}

void
jm_canvas_drag_end (JmCanvas *self,
                    double    map_x,
                    double    map_y)
{
  JmHistory *history;
  int old;

  g_return_if_fail (JM_IS_CANVAS (self));

  if (self->drag_kind == JM_CANVAS_DRAG_NONE)
    return;

  jm_canvas_drag_update (self, map_x, map_y);
  history = jm_canvas_get_edit_history (self);

  switch (self->drag_kind)
    {
    case JM_CANVAS_DRAG_CARD:
    case JM_CANVAS_DRAG_EMOTION:
      close_group (self);
      break;

    case JM_CANVAS_DRAG_LANE:
      old = jm_layout_find_lane (self->layout, JM_PERSONA (self->drag_object));
      if (history != NULL && old >= 0 && self->drag_has_target
          && gap_to_position (self->drag_target, old) != (guint) old)
        jm_edit_move_persona (history, JM_PERSONA (self->drag_object),
                              gap_to_position (self->drag_target, old));
      break;

    case JM_CANVAS_DRAG_PHASE:
      old = jm_layout_find_column (self->layout, JM_PHASE (self->drag_object));
      if (history != NULL && old >= 0 && self->drag_has_target
          && gap_to_position (self->drag_target, old) != (guint) old)
        jm_edit_move_phase (history, JM_PHASE (self->drag_object),
                            gap_to_position (self->drag_target, old));
      break;

    case JM_CANVAS_DRAG_NONE:
    case JM_CANVAS_DRAG_PENDING:
    case JM_CANVAS_DRAG_PAN:
    default:
      break;
    }

  reset_drag (self);
}

void
jm_canvas_drag_cancel (JmCanvas *self)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  if (self->drag_kind == JM_CANVAS_DRAG_NONE)
    return;

  if (self->drag_kind == JM_CANVAS_DRAG_PAN)
    {
      if (self->hadjustment != NULL)
        gtk_adjustment_set_value (self->hadjustment, self->pan_start_h);
      if (self->vadjustment != NULL)
        gtk_adjustment_set_value (self->vadjustment, self->pan_start_v);
    }

  /* The live edits go: end the group, then undo it. */
  if (close_group (self))
    jm_history_undo (self->history);

  reset_drag (self);
}

void
jm_canvas_pan_update (JmCanvas *self,
                      double    offset_x,
                      double    offset_y)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  if (self->drag_kind != JM_CANVAS_DRAG_PAN)
    return;

  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, self->pan_start_h - offset_x);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, self->pan_start_v - offset_y);
}

void
jm_canvas_fill_overlay (JmCanvas          *self,
                        struct _JmOverlay *overlay)
{
  guint lane, column;

  overlay->cell_lane = -1;
  overlay->cell_column = -1;
  overlay->drag = JM_OVERLAY_DRAG_NONE;

  /* An empty cell selected: highlight it (a card has its focus ring). */
  if (self->selection == NULL && jm_canvas_get_current_cell_index (self, &lane, &column))
    {
      overlay->cell_lane = lane;
      overlay->cell_column = column;
    }

  switch (self->drag_kind)
    {
    case JM_CANVAS_DRAG_CARD:
      overlay->drag = JM_OVERLAY_DRAG_CARD;
      break;
    case JM_CANVAS_DRAG_EMOTION:
      overlay->drag = JM_OVERLAY_DRAG_EMOTION;
      break;
    case JM_CANVAS_DRAG_LANE:
      overlay->drag = self->drag_has_target ? JM_OVERLAY_DRAG_LANE : JM_OVERLAY_DRAG_NONE;
      break;
    case JM_CANVAS_DRAG_PHASE:
      overlay->drag = self->drag_has_target ? JM_OVERLAY_DRAG_PHASE : JM_OVERLAY_DRAG_NONE;
      break;
    case JM_CANVAS_DRAG_NONE:
    case JM_CANVAS_DRAG_PENDING:
    case JM_CANVAS_DRAG_PAN:
    default:
      return;
    }

  overlay->object = self->drag_object;
  overlay->x = self->drag_x;
  overlay->y = self->drag_y;
  overlay->grab_dx = self->drag_grab_dx;
  overlay->grab_dy = self->drag_grab_dy;
  overlay->target = self->drag_target;
  overlay->emotion = self->drag_emotion;

  /* Dropping a lane or phase where it is changes nothing: no bar. */
  if (self->drag_kind == JM_CANVAS_DRAG_LANE || self->drag_kind == JM_CANVAS_DRAG_PHASE)
    {
      int old = self->drag_kind == JM_CANVAS_DRAG_LANE
                ? jm_layout_find_lane (self->layout, JM_PERSONA (self->drag_object))
                : jm_layout_find_column (self->layout, JM_PHASE (self->drag_object));

      if (old < 0 || gap_to_position (self->drag_target, old) == (guint) old)
        overlay->target = G_MAXUINT;
    }
}

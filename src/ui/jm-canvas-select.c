/* jm-canvas-select.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The selection and the current cell, where things are on the canvas
 * (the rectangles of selectable items), and scrolling or zooming them
 * into view.
 */

#define G_LOG_DOMAIN "jm-canvas"

#include "config.h"

#include "jm-canvas-private.h"

/* Room kept around an item scrolled into view, in widget pixels */
#define VIEW_PADDING 24.0
/* jm_canvas_zoom_to_selection() never zooms in further than this */
#define SELECTION_ZOOM_MAX 2.0

JmHistory *
jm_canvas_get_edit_history (JmCanvas *self)
{
  if (self->history == NULL || self->document == NULL
      || jm_history_get_document (self->history) != self->document)
    return NULL;

  return self->history;
}

gboolean
jm_canvas_find_card_cell (JmCanvas     *self,
                          JmTouchpoint *touchpoint,
                          guint        *lane,
                          guint        *column,
                          guint        *index_in_cell)
{
  const JmLayoutCard *card;

  if (self->layout == NULL || touchpoint == NULL)
    return FALSE;

  card = jm_layout_find_card (self->layout, touchpoint);
  if (card == NULL)
    return FALSE;

  if (lane != NULL)
    *lane = card->lane;
  if (column != NULL)
    *column = card->column;
  if (index_in_cell != NULL)
    *index_in_cell = card->index_in_cell;

  return TRUE;
}

gboolean
jm_canvas_get_current_cell_index (JmCanvas *self,
                                  guint    *lane,
                                  guint    *column)
{
  int l, c;

  if (self->document == NULL || self->cell_persona == NULL || self->cell_phase == NULL)
    return FALSE;

  l = jm_document_get_persona_index (self->document, self->cell_persona);
  c = jm_document_get_phase_index (self->document, self->cell_phase);
  if (l < 0 || c < 0)
    return FALSE;

  if (lane != NULL)
    *lane = l;
  if (column != NULL)
    *column = c;

  return TRUE;
}

gboolean
jm_canvas_get_object_rect (JmCanvas *self,
                           GObject  *object,
                           JmRect   *rect)
{
  int index;

  if (self->layout == NULL || object == NULL)
    return FALSE;

  if (JM_IS_TOUCHPOINT (object))
    {
      const JmLayoutCard *card = jm_layout_find_card (self->layout, JM_TOUCHPOINT (object));

      if (card == NULL)
        return FALSE;
      *rect = card->rect;
      return TRUE;
    }

  if (JM_IS_PERSONA (object) &&
      (index = jm_layout_find_lane (self->layout, JM_PERSONA (object))) >= 0)
    {
      *rect = jm_layout_get_lane (self->layout, index)->header;
      return TRUE;
    }

  if (JM_IS_PHASE (object) &&
      (index = jm_layout_find_column (self->layout, JM_PHASE (object))) >= 0)
    {
      *rect = jm_layout_get_column (self->layout, index)->header;
      return TRUE;
    }

  return FALSE;
}

/* The area jm_canvas_zoom_to_selection() shows: a card, a whole lane,
 * a whole column, or the current cell. */
static gboolean
get_selection_area (JmCanvas *self,
                    JmRect   *rect)
{
  GObject *selection = self->selection;
  guint lane, column;
  guint n;

  if (self->layout == NULL)
    return FALSE;

  if (JM_IS_PERSONA (selection))
    {
      n = jm_layout_get_n_lanes (self->layout);
      for (guint i = 0; i < n; i++)
        if (G_OBJECT (jm_layout_get_lane (self->layout, i)->persona) == selection)
          {
            *rect = jm_layout_get_lane (self->layout, i)->lane;
            return TRUE;
          }
      return FALSE;
    }

  if (JM_IS_PHASE (selection))
    {
      n = jm_layout_get_n_columns (self->layout);
      for (guint i = 0; i < n; i++)
        if (G_OBJECT (jm_layout_get_column (self->layout, i)->phase) == selection)
          {
            *rect = jm_layout_get_column (self->layout, i)->column;
            return TRUE;
          }
      return FALSE;
    }

  if (selection != NULL)
    return jm_canvas_get_object_rect (self, selection, rect);

  return jm_canvas_get_current_cell_index (self, &lane, &column)
         && jm_layout_get_cell_rect (self->layout, lane, column, rect);
}

static void
scroll_axis (GtkAdjustment *adjustment,
             double         start,
             double         end,
             double         view)
{
  double value;

  if (adjustment == NULL)
    return;

  value = gtk_adjustment_get_value (adjustment);
  /* start and end are widget coordinates at the current value */
  if (end - start > view - 2 * VIEW_PADDING || start < VIEW_PADDING)
    value += start - VIEW_PADDING;
  else if (end > view - VIEW_PADDING)
    value += end - (view - VIEW_PADDING);
  else
    return;

  gtk_adjustment_set_value (adjustment, value);
}

void
jm_canvas_scroll_to_rect (JmCanvas     *self,
                          const JmRect *rect)
{
  double x0, y0, x1, y1;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (width <= 0 || height <= 0)
    return;

  jm_canvas_map_to_widget (self, rect->x, rect->y, &x0, &y0);
  jm_canvas_map_to_widget (self, rect->x + rect->width, rect->y + rect->height, &x1, &y1);
  scroll_axis (self->hadjustment, x0, x1, width);
  scroll_axis (self->vadjustment, y0, y1, height);
}

static void
centre_axis (GtkAdjustment *adjustment,
             double         start,
             double         end,
             double         view)
{
  if (adjustment == NULL)
    return;

  gtk_adjustment_set_value (adjustment,
                            gtk_adjustment_get_value (adjustment)
                            + (start + end) / 2.0 - view / 2.0);
}

void
jm_canvas_zoom_to_selection (JmCanvas *self)
{
  JmRect rect;
  double width, height, zoom, x0, y0, x1, y1;

  g_return_if_fail (JM_IS_CANVAS (self));

  if (!get_selection_area (self, &rect))
    {
      jm_canvas_zoom_to_fit (self);
      return;
    }

  width = gtk_widget_get_width (GTK_WIDGET (self)) - 2 * VIEW_PADDING;
  height = gtk_widget_get_height (GTK_WIDGET (self)) - 2 * VIEW_PADDING;
  if (width <= 0 || height <= 0 || rect.width <= 0 || rect.height <= 0)
    return;

  zoom = MIN (width / rect.width, height / rect.height);
  zoom = CLAMP (zoom, JM_CANVAS_ZOOM_MIN, SELECTION_ZOOM_MAX);
  jm_canvas_set_zoom (self, zoom);

  jm_canvas_map_to_widget (self, rect.x, rect.y, &x0, &y0);
  jm_canvas_map_to_widget (self, rect.x + rect.width, rect.y + rect.height, &x1, &y1);
  /* A lane or column too long for the view starts at its beginning. */
  if (x1 - x0 > width)
    x1 = x0 + width;
  if (y1 - y0 > height)
    y1 = y0 + height;
  centre_axis (self->hadjustment, x0, x1, gtk_widget_get_width (GTK_WIDGET (self)));
  centre_axis (self->vadjustment, y0, y1, gtk_widget_get_height (GTK_WIDGET (self)));
}

gboolean
jm_canvas_cell_is_in_document (JmCanvas *self)
{
  return self->document != NULL
         && self->cell_persona != NULL
         && self->cell_phase != NULL
         && jm_document_get_persona_index (self->document, self->cell_persona) >= 0
         && jm_document_get_phase_index (self->document, self->cell_phase) >= 0;
}

/* Makes the cell of touchpoint @selection current (or none). */
gboolean
jm_canvas_update_cell_from_selection (JmCanvas *self)
{
  JmPersona *persona = NULL;
  JmPhase *phase = NULL;
  gboolean changed;

  if (JM_IS_TOUCHPOINT (self->selection) && self->document != NULL)
    {
      JmTouchpoint *touchpoint = JM_TOUCHPOINT (self->selection);

      persona = jm_document_find_persona (self->document, jm_touchpoint_get_persona (touchpoint));
      phase = jm_document_find_phase (self->document, jm_touchpoint_get_phase (touchpoint));
      if (persona == NULL || phase == NULL)
        persona = NULL, phase = NULL;
    }

  changed = g_set_object (&self->cell_persona, persona);
  changed |= g_set_object (&self->cell_phase, phase);

  return changed;
}

GObject *
jm_canvas_get_selection (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), NULL);

  return self->selection;
}

void
jm_canvas_set_selection (JmCanvas *self,
                         GObject  *selection)
{
  gboolean changed;

  g_return_if_fail (JM_IS_CANVAS (self));
  g_return_if_fail (selection == NULL || G_IS_OBJECT (selection));

  changed = g_set_object (&self->selection, selection);
  changed |= jm_canvas_update_cell_from_selection (self);
  if (changed)
    jm_canvas_notify_selection (self);
}

void
jm_canvas_select_cell (JmCanvas  *self,
                       JmPersona *persona,
                       JmPhase   *phase)
{
  gboolean changed;

  g_return_if_fail (JM_IS_CANVAS (self));
  g_return_if_fail (persona == NULL || JM_IS_PERSONA (persona));
  g_return_if_fail (phase == NULL || JM_IS_PHASE (phase));

  if (persona == NULL || phase == NULL)
    persona = NULL, phase = NULL;

  changed = g_set_object (&self->selection, NULL);
  changed |= g_set_object (&self->cell_persona, persona);
  changed |= g_set_object (&self->cell_phase, phase);
  if (!changed)
    return;

  if (persona != NULL)
    {
      JmRect rect;
      guint lane, column;

      if (jm_canvas_get_current_cell_index (self, &lane, &column)
          && jm_layout_get_cell_rect (self->layout, lane, column, &rect))
        jm_canvas_scroll_to_rect (self, &rect);
    }

  jm_canvas_notify_selection (self);
}

gboolean
jm_canvas_get_current_cell (JmCanvas   *self,
                            JmPersona **persona,
                            JmPhase   **phase)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), FALSE);

  if (persona != NULL)
    *persona = self->cell_persona;
  if (phase != NULL)
    *phase = self->cell_phase;

  return self->cell_persona != NULL && self->cell_phase != NULL;
}

void
jm_canvas_scroll_to_selection (JmCanvas *self)
{
  JmRect rect;

  g_return_if_fail (JM_IS_CANVAS (self));

  if (get_selection_area (self, &rect))
    jm_canvas_scroll_to_rect (self, &rect);
}

gboolean
jm_canvas_get_results_hidden (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), FALSE);

  return self->results_hidden;
}

void
jm_canvas_set_results_hidden (JmCanvas *self,
                              gboolean  hidden)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  if (self->results_hidden == !!hidden)
    return;

  self->results_hidden = !!hidden;
  /* a curve point at the vote mean would give the result away */
  if (self->layout != NULL)
    jm_layout_set_hide_derived (self->layout, self->results_hidden);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
jm_canvas_get_show_expected (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), FALSE);

  return self->show_expected;
}

void
jm_canvas_set_show_expected (JmCanvas *self,
                             gboolean  show)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  if (self->show_expected == !!show)
    return;

  self->show_expected = !!show;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

GObject *
jm_canvas_get_focus (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), NULL);

  return self->present_focus;
}

void
jm_canvas_set_focus (JmCanvas *self,
                     GObject  *focus)
{
  g_return_if_fail (JM_IS_CANVAS (self));
  g_return_if_fail (focus == NULL || JM_IS_PERSONA (focus) || JM_IS_PHASE (focus));

  if (g_set_object (&self->present_focus, focus))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

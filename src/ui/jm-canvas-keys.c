/* jm-canvas-keys.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas by keyboard:
 *
 *   Left / Right     the card at the same place in the next cell across,
 *                    or that cell if it is empty
 *   Up / Down        the card above or below in the cell, then on into
 *                    the lane above or below
 *   Tab, Shift+Tab   the next or previous card in reading order (lane by
 *                    lane, left to right, top to bottom); past the last
 *                    the focus leaves the canvas
 *   Enter            rename the selected item, or add a card to the cell
 *   Insert           add a card after the selected one, or to the cell
 *   Alt+arrows       move the selected card across cells (up and down
 *                    within its cell first), a lane up or down, a phase
 *                    left or right; one undo step each
 *   Delete           win.delete (the window asks before deleting)
 *   Escape           cancel a drag, else clear the selection
 *
 * Ctrl shortcuts belong to the window; the canvas leaves them alone.
 */

#define G_LOG_DOMAIN "jm-canvas"

#include "config.h"

#include "jm-canvas-private.h"
#include "jm-edit.h"

/* The card of cell (@lane, @column) at @index, counting from the end if
 * @index is negative; NULL if there is none. *n_cards gets the count. */
static JmTouchpoint *
get_cell_card (JmCanvas *self,
               guint     lane,
               guint     column,
               int       index,
               guint    *n_cards)
{
  guint n = jm_layout_get_n_cards (self->layout);
  guint count = 0;
  JmTouchpoint *found = NULL;

  for (guint i = 0; i < n; i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (self->layout, i);

      if (card->lane == lane && card->column == column)
        count++;
    }

  if (index < 0)
    index += count;

  for (guint i = 0; i < n; i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (self->layout, i);

      if (card->lane == lane && card->column == column && (int) card->index_in_cell == index)
        found = card->touchpoint;
    }

  if (n_cards != NULL)
    *n_cards = count;

  return found;
}

/* Selects card @index of the cell (clamped), or the cell if empty. */
static void
select_in_cell (JmCanvas *self,
                guint     lane,
                guint     column,
                int       index)
{
  guint n_cards;
  JmTouchpoint *touchpoint;

  get_cell_card (self, lane, column, 0, &n_cards);
  if (n_cards == 0)
    {
      jm_canvas_select_cell (self,
                             jm_layout_get_lane (self->layout, lane)->persona,
                             jm_layout_get_column (self->layout, column)->phase);
      return;
    }

  index = index < 0 ? (int) n_cards + index : index;
  touchpoint = get_cell_card (self, lane, column, CLAMP (index, 0, (int) n_cards - 1), NULL);
  jm_canvas_set_selection (self, G_OBJECT (touchpoint));
}

static int
index_of_lane (JmCanvas *self,
               GObject  *persona)
{
  for (guint i = 0; i < jm_layout_get_n_lanes (self->layout); i++)
    if (G_OBJECT (jm_layout_get_lane (self->layout, i)->persona) == persona)
      return i;
  return -1;
}

static int
index_of_column (JmCanvas *self,
                 GObject  *phase)
{
  for (guint i = 0; i < jm_layout_get_n_columns (self->layout); i++)
    if (G_OBJECT (jm_layout_get_column (self->layout, i)->phase) == phase)
      return i;
  return -1;
}

static gboolean
move_from_header (JmCanvas *self,
                  int       dx,
                  int       dy)
{
  guint n_lanes = jm_layout_get_n_lanes (self->layout);
  guint n_columns = jm_layout_get_n_columns (self->layout);
  int i;

  if (JM_IS_PERSONA (self->selection))
    {
      i = index_of_lane (self, self->selection);
      if (dy != 0 && i + dy >= 0 && i + dy < (int) n_lanes)
        jm_canvas_set_selection (self, G_OBJECT (jm_layout_get_lane (self->layout, i + dy)->persona));
      else if (dx > 0 && n_columns > 0)
        select_in_cell (self, i, 0, 0);
      return TRUE;
    }

  i = index_of_column (self, self->selection);
  if (dx != 0 && i + dx >= 0 && i + dx < (int) n_columns)
    jm_canvas_set_selection (self, G_OBJECT (jm_layout_get_column (self->layout, i + dx)->phase));
  else if (dy > 0 && n_lanes > 0)
    select_in_cell (self, 0, i, 0);
  return TRUE;
}

static gboolean
move_selection (JmCanvas *self,
                int       dx,
                int       dy)
{
  guint n_lanes = jm_layout_get_n_lanes (self->layout);
  guint n_columns = jm_layout_get_n_columns (self->layout);
  guint lane, column, index = 0, n_cards;
  gboolean on_card = FALSE;

  if (n_lanes == 0 || n_columns == 0)
    return FALSE;

  if (JM_IS_PERSONA (self->selection) || JM_IS_PHASE (self->selection))
    return move_from_header (self, dx, dy);

  if (JM_IS_TOUCHPOINT (self->selection))
    on_card = jm_canvas_find_card_cell (self, JM_TOUCHPOINT (self->selection),
                                        &lane, &column, &index);
  if (!on_card && !jm_canvas_get_current_cell_index (self, &lane, &column))
    {
      /* Nothing yet: start at the top left. */
      select_in_cell (self, 0, 0, 0);
      return TRUE;
    }

  if (dx != 0)
    {
      int target = (int) column + dx;

      if (target >= 0 && target < (int) n_columns)
        select_in_cell (self, lane, target, on_card ? (int) index : 0);
      return TRUE;
    }

  get_cell_card (self, lane, column, 0, &n_cards);
  if (on_card && (int) index + dy >= 0 && (int) index + dy < (int) n_cards)
    {
      select_in_cell (self, lane, column, index + dy);
      return TRUE;
    }

  if ((int) lane + dy >= 0 && (int) lane + dy < (int) n_lanes)
    select_in_cell (self, lane + dy, column, dy > 0 ? 0 : -1);

  return TRUE;
}

/* Cards in reading order: lane by lane, column by column, top down. */
static int
compare_cards (gconstpointer a,
               gconstpointer b)
{
  const JmLayoutCard *x = *(const JmLayoutCard **) a;
  const JmLayoutCard *y = *(const JmLayoutCard **) b;

  if (x->lane != y->lane)
    return x->lane < y->lane ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return x->index_in_cell < y->index_in_cell ? -1 : x->index_in_cell > y->index_in_cell;
}

static gboolean
tab_to_card (JmCanvas *self,
             gboolean  backwards)
{
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  guint n = jm_layout_get_n_cards (self->layout);
  const JmLayoutCard *current = NULL;
  guint lane, column;
  int target = -1;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (cards, (gpointer) jm_layout_get_card (self->layout, i));
  if (cards->len == 0)
    return FALSE;
  g_ptr_array_sort (cards, compare_cards);

  if (JM_IS_TOUCHPOINT (self->selection))
    current = jm_layout_find_card (self->layout, JM_TOUCHPOINT (self->selection));

  if (current != NULL)
    {
      for (guint i = 0; i < cards->len; i++)
        if (g_ptr_array_index (cards, i) == current)
          target = backwards ? (int) i - 1 : (int) i + 1;
    }
  else if (jm_canvas_get_current_cell_index (self, &lane, &column))
    {
      /* From an empty cell: the first card after it, or the last before it. */
      JmLayoutCard probe = { .lane = lane, .column = column, .index_in_cell = 0 };
      const JmLayoutCard *probe_ptr = &probe;

      target = backwards ? -1 : (int) cards->len;
      for (guint i = 0; i < cards->len; i++)
        {
          int cmp = compare_cards (&g_ptr_array_index (cards, i), &probe_ptr);

          if (backwards && cmp < 0)
            target = i;
          if (!backwards && cmp >= 0 && target == (int) cards->len)
            target = i;
        }
    }
  else
    target = backwards ? (int) cards->len - 1 : 0;

  /* Past either end the focus moves on to the rest of the window. */
  if (target < 0 || target >= (int) cards->len)
    return FALSE;

  jm_canvas_set_selection (self,
                           G_OBJECT (((const JmLayoutCard *) g_ptr_array_index (cards, target))->touchpoint));
  return TRUE;
}

static void
scroll_to_current (JmCanvas *self)
{
  JmRect rect;
  guint lane, column;

  if (self->selection != NULL && jm_canvas_get_object_rect (self, self->selection, &rect))
    jm_canvas_scroll_to_rect (self, &rect);
  else if (jm_canvas_get_current_cell_index (self, &lane, &column)
           && jm_layout_get_cell_rect (self->layout, lane, column, &rect))
    jm_canvas_scroll_to_rect (self, &rect);
}

/* Alt+arrows: the keyboard's drag and drop. */
static gboolean
move_selected (JmCanvas *self,
               int       dx,
               int       dy)
{
  JmHistory *history = jm_canvas_get_edit_history (self);
  guint n_lanes = jm_layout_get_n_lanes (self->layout);
  guint n_columns = jm_layout_get_n_columns (self->layout);
  guint lane, column, index, n_cards;
  int target;

  if (history == NULL)
    return FALSE;

  if (JM_IS_PERSONA (self->selection))
    {
      target = index_of_lane (self, self->selection) + dy;
      if (dy != 0 && target >= 0 && target < (int) n_lanes)
        jm_edit_move_persona (history, JM_PERSONA (self->selection), target);
      return TRUE;
    }

  if (JM_IS_PHASE (self->selection))
    {
      target = index_of_column (self, self->selection) + dx;
      if (dx != 0 && target >= 0 && target < (int) n_columns)
        jm_edit_move_phase (history, JM_PHASE (self->selection), target);
      return TRUE;
    }

  if (!JM_IS_TOUCHPOINT (self->selection)
      || !jm_canvas_find_card_cell (self, JM_TOUCHPOINT (self->selection), &lane, &column, &index))
    return FALSE;

  get_cell_card (self, lane, column, 0, &n_cards);
  if (dx != 0)
    {
      target = (int) column + dx;
      if (target < 0 || target >= (int) n_columns)
        return TRUE;
      column = target;
    }
  else if ((int) index + dy >= 0 && (int) index + dy < (int) n_cards)
    index += dy;
  else
    {
      target = (int) lane + dy;
      if (target < 0 || target >= (int) n_lanes)
        return TRUE;
      lane = target;
      /* from below it lands last, from above first */
      index = dy < 0 ? G_MAXUINT : 0;
    }

  jm_edit_move_touchpoint (history, JM_TOUCHPOINT (self->selection),
                           jm_layout_get_lane (self->layout, lane)->persona,
                           jm_layout_get_column (self->layout, column)->phase,
                           index);
  return TRUE;
}

static gboolean
handle_alt_arrow (JmCanvas *self,
                  guint     keyval)
{
  gboolean handled;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      handled = move_selected (self, -1, 0);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      handled = move_selected (self, 1, 0);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      handled = move_selected (self, 0, -1);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      handled = move_selected (self, 0, 1);
      break;
    default:
      return FALSE;
    }

  if (handled)
    scroll_to_current (self);

  return handled;
}

gboolean
jm_canvas_handle_key (JmCanvas        *self,
                      guint            keyval,
                      GdkModifierType  state)
{
  GdkModifierType mods = state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK);
  gboolean handled = FALSE;

  g_return_val_if_fail (JM_IS_CANVAS (self), FALSE);

  if (self->layout == NULL || self->editor != NULL)
    return FALSE;

  if (mods == GDK_ALT_MASK && (state & GDK_SHIFT_MASK) == 0 && self->drag_kind == JM_CANVAS_DRAG_NONE)
    return handle_alt_arrow (self, keyval);
  if (mods != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Escape:
      if (self->drag_kind != JM_CANVAS_DRAG_NONE)
        {
          jm_canvas_drag_cancel (self);
          return TRUE;
        }
      if (self->selection == NULL && self->cell_persona == NULL)
        return FALSE;
      jm_canvas_select_cell (self, NULL, NULL);
      return TRUE;

    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      if (self->selection == NULL || self->drag_kind != JM_CANVAS_DRAG_NONE)
        return FALSE;
      return gtk_widget_activate_action (GTK_WIDGET (self), "win.delete", NULL);

    default:
      break;
    }

  /* Everything below changes the selection: not in the middle of a drag. */
  if (self->drag_kind != JM_CANVAS_DRAG_NONE)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      handled = move_selection (self, -1, 0);
      break;

    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      handled = move_selection (self, 1, 0);
      break;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      handled = move_selection (self, 0, -1);
      break;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      handled = move_selection (self, 0, 1);
      break;

    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
      handled = tab_to_card (self, (state & GDK_SHIFT_MASK) != 0);
      break;

    case GDK_KEY_ISO_Left_Tab:
      handled = tab_to_card (self, TRUE);
      break;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (self->selection != NULL)
        return jm_canvas_start_rename (self, self->selection);
      return jm_canvas_add_in_current_cell (self);

    case GDK_KEY_Insert:
    case GDK_KEY_KP_Insert:
      return jm_canvas_add_in_current_cell (self);

    default:
      return FALSE;
    }

  if (handled)
    scroll_to_current (self);

  return handled;
}

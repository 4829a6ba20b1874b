/* jm-layout-update.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Incremental updates: after one change of the document, measure again
 * only what it touched. A card's content is measured again (its text
 * shaped again only where the text changed: see the text cache in
 * jm-layout-text.c), its lane flows again (cells keep their cards, so
 * that is arithmetic), and if the lane's height changed the lanes below
 * move down or up. A card moved to another cell or place keeps what was
 * measured; the cells are chained again and the lanes flow again. So
 * does a card added (only it is measured) or removed. A renamed phase
 * or an edit of the title block is measured again where it is, if it
 * keeps its height. Changes that reorder personas or phases, add or
 * remove one of them, or change the height of the title block or of
 * the phase headers fall back to jm_layout_update().
 */

#define G_LOG_DOMAIN "jm-layout-update"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jm-layout-impl.h"

/* How many changes of a batch are applied one by one. A full update
 * costs what 26 (100 touchpoints) to 90 (2,000) cards added one by one
 * do: 14 ms against 0.16 ms at 2,000, 45 against 0.9 ms at 10,000. */
#define BATCH_INCREMENTAL_MAX 32

/* Flows lane @index again in place and moves what lies below it;
 * returns how far its bottom moved. */
static double
reflow_from_lane (JmLayout *self,
                  guint     index)
{
  JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, index);
  double old_bottom = lane->lane.y + lane->lane.height;
  double bottom = jm_layout_flow_lane (self, index, lane->lane.y);
  double dy = bottom - old_bottom;

  if (dy == 0.0)
    return 0.0;

  for (guint i = index + 1; i < self->lanes->len; i++)
    jm_layout_shift_lane (self, i, dy);

  for (guint c = 0; c < self->columns->len; c++)
    g_array_index (self->columns, JmLayoutColumn, c).column.height += dy;
  self->height += dy;
  return dy;
}

static void
update_card (JmLayout     *self,
             JmTouchpoint *touchpoint)
{
  guint index = jm_layout_card_number (self, touchpoint);
  JmLayoutCard *card;
  const JmLayoutLane *lane;
  JmRect old;
  JmLaneBefore before;
  g_auto(JmCurveBefore) curve = { 0 };
  double lane_dy;

  /* Not on the map (no such persona or phase): nothing shows it. */
  if (index == 0)
    return;

  card = &g_array_index (self->cards, JmLayoutCard, index - 1);
  old = card->rect;
  before = jm_layout_lane_before (self, card->lane);
  jm_curve_before_init (&curve, &g_array_index (self->lanes, JmLayoutLane, card->lane));
  jm_card_content_measure (jm_layout_card_content_at (self, index - 1),
                           self->context, touchpoint, JM_LAYOUT_CARD_WIDTH, &card->rect.height);
  /* freshly measured content sits at the origin */
  card->rect.x = card->rect.y = 0.0;
  lane_dy = reflow_from_lane (self, card->lane);
  lane = &g_array_index (self->lanes, JmLayoutLane, card->lane);

  if (lane_dy != 0.0)
    {
      /* the curve's change is part of that damage */
      jm_layout_add_lane_resize (self, &before, &curve, &card->column, 1, old.y, lane_dy);
      return;
    }

  /* The card itself, the cards below it in its cell if it changed
   * height, and the stretch of the curve that changed. */
  if (card->rect.height != old.height)
    old.height = lane->band.y - old.y;
  jm_layout_add_damage (self, &old);
  jm_layout_add_curve_change (self, card->lane, &curve);
}

static gboolean
update_lane_header (JmLayout  *self,
                    JmPersona *persona)
{
  int i = jm_layout_find_lane (self, persona);
  JmLaneBefore before;
  JmRect old;
  double dy;

  if (i < 0)
    return FALSE;

  before = jm_layout_lane_before (self, i);
  old = g_array_index (self->lanes, JmLayoutLane, i).lane;
  g_array_index (self->lane_text_h, double, i) =
    jm_lane_content_measure (&g_array_index (self->lane_content, JmLaneContent, i),
                             self->context, persona);
  dy = reflow_from_lane (self, i);
  if (dy != 0.0)
    jm_layout_add_lane_resize (self, &before, NULL, NULL, 0, old.y, dy);
  else
    jm_layout_add_damage (self, &old);
  return TRUE;
}

/* A card moved to another cell or place in the reading order: the same
 * cards, measured as they were, in a new order. Chains the cells again
 * and flows lanes @first and @second, the only ones whose cards can have
 * changed (arithmetic, no text is shaped). FALSE if the cards on the
 * map are not the same ones: then everything is measured afresh. */
static gboolean
rechain_cards (JmLayout *self,
               guint     first,
               guint     second)
{
  guint n = self->cards->len;
  guint n_touchpoints = jm_document_get_n_touchpoints (self->document);
  guint n_columns = self->columns->len;
  guint n_cells = MAX (1, self->lanes->len * n_columns);
  g_autofree guint *order = g_new (guint, MAX (1, n));
  g_autofree guint *lanes = g_new (guint, MAX (1, n));
  g_autofree guint *columns = g_new (guint, MAX (1, n));
  g_autofree int *cell_last = g_new (int, n_cells);
  g_autofree guint *cell_count = g_new0 (guint, n_cells);
  g_autofree JmLayoutCard *cards = NULL;
  g_autofree JmCardSlot **slots = NULL;
  guint placed = 0;

  for (guint i = 0; i < n_touchpoints; i++)
    {
      JmTouchpoint *touchpoint = jm_document_get_touchpoint (self->document, i);
      guint old;

      if (!jm_layout_find_cell (self, touchpoint, &lanes[MIN (placed, n - 1)],
                                &columns[MIN (placed, n - 1)]))
        continue;

      old = jm_layout_card_number (self, touchpoint);
      if (old == 0 || placed == n)
        return FALSE;
      order[placed++] = old - 1;
    }

  if (placed != n)
    return FALSE;

  /* The content moves with its card: its text sits where the card's
   * rect is, and flowing the lane moves both together. */
  cards = g_memdup2 (self->cards->data, n * sizeof (JmLayoutCard));
  slots = g_memdup2 (self->card_slots->pdata, n * sizeof (JmCardSlot *));
  for (guint c = 0; c < n_cells; c++)
    self->cell_first[c] = -1;

  for (guint k = 0; k < n; k++)
    {
      JmLayoutCard card = cards[order[k]];
      guint cell = lanes[k] * n_columns + columns[k];

      card.lane = lanes[k];
      card.column = columns[k];
      card.index_in_cell = cell_count[cell]++;
      g_array_index (self->cards, JmLayoutCard, k) = card;
      g_ptr_array_index (self->card_slots, k) = slots[order[k]];
      slots[order[k]]->index = k;

      self->next[k] = -1;
      if (card.index_in_cell == 0)
        self->cell_first[cell] = k;
      else
        self->next[cell_last[cell]] = k;
      cell_last[cell] = k;
    }

  /* top down: flowing a lane moves the ones below it */
  reflow_from_lane (self, MIN (first, second));
  if (first != second)
    reflow_from_lane (self, MAX (first, second));

  return TRUE;
}

static const JmLayoutCard *
card_of (JmLayout     *self,
         JmTouchpoint *touchpoint)
{
  guint index = jm_layout_card_number (self, touchpoint);

  return index > 0 ? &g_array_index (self->cards, JmLayoutCard, index - 1) : NULL;
}

/* Numbers the cards of @cell down its chain. */
static void
renumber_cell (JmLayout *self,
               guint     cell)
{
  guint i = 0;

  for (int k = self->cell_first[cell]; k >= 0; k = self->next[k])
    g_array_index (self->cards, JmLayoutCard, k).index_in_cell = i++;
}

/* Card @k leaves the chain of @cell. */
static void
unlink_from_cell (JmLayout *self,
                  guint     k,
                  guint     cell)
{
  int *link;

  for (link = &self->cell_first[cell]; *link != (int) k; link = &self->next[*link])
    ;
  *link = self->next[k];
}

/* Card @k joins the chain of @cell where its index puts it: the chain
 * is in card order. */
static void
link_into_cell (JmLayout *self,
                guint     k,
                guint     cell)
{
  int *link;

  for (link = &self->cell_first[cell]; *link >= 0 && *link < (int) k; link = &self->next[*link])
    ;
  self->next[k] = *link;
  *link = k;
}

/* Card @k went to cell (@lane, @column) and the reading order did not
 * change (its persona or phase did): it leaves its old cell's chain
 * and joins the new one's where its index puts it. Both chains are a
 * handful of cards, where rechain_cards() goes through every
 * touchpoint of the map. */
static void
relink_card (JmLayout *self,
             guint     k,
             guint     lane,
             guint     column)
{
  JmLayoutCard *card = &g_array_index (self->cards, JmLayoutCard, k);
  guint n_columns = self->columns->len;
  guint old_cell = card->lane * n_columns + card->column;
  guint new_cell = lane * n_columns + column;

  unlink_from_cell (self, k, old_cell);
  link_into_cell (self, k, new_cell);

  card->lane = lane;
  card->column = column;
  renumber_cell (self, old_cell);
  renumber_cell (self, new_cell);
}

static const JmRect *
lane_rect (JmLayout *self,
           guint     lane)
{
  return &g_array_index (self->lanes, JmLayoutLane, lane).lane;
}

static gboolean
same_rect (const JmRect *a,
           const JmRect *b)
{
  return a->x == b->x && a->y == b->y && a->width == b->width && a->height == b->height;
}

/* @touchpoint went to another cell or place. If both lanes kept their
 * size, its old and new cells and the two curve bands changed; else
 * everything from the higher of the two lanes down may have moved. */
static gboolean
move_card (JmLayout     *self,
           JmTouchpoint *touchpoint,
           gboolean      reordered)
{
  const JmLayoutCard *card = card_of (self, touchpoint);
  double old_height = self->height;
  guint old_lane, old_column, new_lane, new_column;
  JmRect old_rect, new_rect;
  JmLaneBefore before;
  g_auto(JmCurveBefore) old_curve = { 0 };
  g_auto(JmCurveBefore) new_curve = { 0 };

  if (card == NULL || !jm_layout_find_cell (self, touchpoint, &new_lane, &new_column))
    return FALSE;

  old_lane = card->lane;
  old_column = card->column;
  old_rect = *lane_rect (self, old_lane);
  new_rect = *lane_rect (self, new_lane);
  before = jm_layout_lane_before (self, old_lane);
  jm_curve_before_init (&old_curve, &g_array_index (self->lanes, JmLayoutLane, old_lane));
  jm_curve_before_init (&new_curve, &g_array_index (self->lanes, JmLayoutLane, new_lane));
  if (reordered)
    {
      if (!rechain_cards (self, old_lane, new_lane))
        return FALSE;
    }
  else
    {
      relink_card (self, card - (const JmLayoutCard *) self->cards->data, new_lane, new_column);
      /* top down: flowing a lane moves the ones below it */
      reflow_from_lane (self, MIN (old_lane, new_lane));
      if (old_lane != new_lane)
        reflow_from_lane (self, MAX (old_lane, new_lane));
    }

  /* only these two lanes can have changed size; if neither did, nothing
   * else moved */
  if (same_rect (lane_rect (self, old_lane), &old_rect) &&
      same_rect (lane_rect (self, new_lane), &new_rect))
    {
      jm_layout_add_cell_damage (self, old_lane, old_column, &old_curve);
      jm_layout_add_cell_damage (self, new_lane, new_column, &new_curve);
    }
  else if (old_lane == new_lane)
    {
      /* a drag along a lane: two of its cells changed, below it
       * everything only moved */
      guint columns[] = { old_column, new_column };

      jm_layout_add_lane_resize (self, &before, &old_curve, columns, G_N_ELEMENTS (columns),
                                 old_rect.y, lane_rect (self, old_lane)->height - old_rect.height);
    }
  else
    {
      jm_layout_add_damage_below (self, MIN (old_rect.y, new_rect.y), old_height);
    }

  return TRUE;
}

/* A card came into cell (@lane, @column) or left it: the cell and the
 * stretch of the curves that changed if the lane kept its height, else
 * the lane's resize, the cell changed from the lane's top down. */
static void
add_card_change_damage (JmLayout           *self,
                        guint               lane,
                        guint               column,
                        const JmLaneBefore *before,
                        const JmRect       *old_rect,
                        JmCurveBefore      *curve)
{
  const JmRect *rect = lane_rect (self, lane);

  if (same_rect (rect, old_rect))
    jm_layout_add_cell_damage (self, lane, column, curve);
  else
    jm_layout_add_lane_resize (self, before, curve, &column, 1, old_rect->y,
                               rect->height - old_rect->height);
}

/* The cards that were at index @from and after moved by @delta (+1 or
 * -1) in the arrays: so do the links to them in the chains of the
 * cells, and the indices their slots keep. */
static void
renumber_from (JmLayout *self,
               guint     from,
               int       delta)
{
  guint n_cells = MAX (1, self->lanes->len * self->columns->len);

  for (guint c = 0; c < n_cells; c++)
    if (self->cell_first[c] >= (int) from)
      self->cell_first[c] += delta;
  for (guint i = 0; i < self->cards->len; i++)
    if (self->next[i] >= (int) from)
      self->next[i] += delta;
  for (guint i = from + delta; i < self->cards->len; i++)
    ((JmCardSlot *) g_ptr_array_index (self->card_slots, i))->index = i;
}

/* Where the card of the touchpoint at @index of the document goes in
 * the reading order: after the card of the nearest touchpoint before it
 * that has one. */
static guint
find_new_card_index (JmLayout *self,
                     guint     index)
{
  for (guint i = index; i > 0; i--)
    {
      guint number = jm_layout_card_number (self, jm_document_get_touchpoint (self->document, i - 1));

      if (number != 0)
        return number;
    }

  return 0;
}

/* @touchpoint was added to the document at @index: its card alone is
 * measured, and goes into the arrays and its cell's chain in its
 * place. A workshop adds cards all day; on a big map measuring every
 * card again took tens of milliseconds each time. */
static gboolean
insert_card (JmLayout     *self,
             JmTouchpoint *touchpoint,
             guint         index)
{
  JmLayoutCard card = { .touchpoint = touchpoint, .rect.width = JM_LAYOUT_CARD_WIDTH };
  JmCardSlot *slot;
  guint n = self->cards->len;
  JmLaneBefore before;
  JmRect old_rect;
  g_auto(JmCurveBefore) curve = { 0 };
  guint k, cell;

  if (index >= jm_document_get_n_touchpoints (self->document) ||
      jm_document_get_touchpoint (self->document, index) != touchpoint ||
      g_hash_table_contains (self->card_index, touchpoint))
    return FALSE;
  /* no cell to sit in (its persona or phase is not on the map): not shown */
  if (!jm_layout_find_cell (self, touchpoint, &card.lane, &card.column))
    return TRUE;

  before = jm_layout_lane_before (self, card.lane);
  old_rect = *lane_rect (self, card.lane);
  jm_curve_before_init (&curve, &g_array_index (self->lanes, JmLayoutLane, card.lane));

  /* the layout holds a reference to what its arrays point at */
  g_ptr_array_add (self->entities, g_object_ref (touchpoint));
  slot = g_new0 (JmCardSlot, 1);
  jm_card_content_measure (&slot->content, self->context, touchpoint, JM_LAYOUT_CARD_WIDTH,
                           &card.rect.height);

  k = find_new_card_index (self, index);
  g_array_insert_val (self->cards, k, card);
  g_ptr_array_insert (self->card_slots, k, slot);
  self->next = g_renew (int, self->next, n + 1);
  memmove (&self->next[k + 1], &self->next[k], (n - k) * sizeof (int));
  self->next[k] = -1;
  renumber_from (self, k, 1);
  slot->index = k;
  g_hash_table_insert (self->card_index, touchpoint, slot);

  cell = card.lane * self->columns->len + card.column;
  link_into_cell (self, k, cell);
  renumber_cell (self, cell);

  reflow_from_lane (self, card.lane);
  add_card_change_damage (self, card.lane, card.column, &before, &old_rect, &curve);
  return TRUE;
}

/* @touchpoint was removed from the document: its card leaves, the
 * others keep what was measured. */
static gboolean
remove_card (JmLayout     *self,
             JmTouchpoint *touchpoint)
{
  guint index = jm_layout_card_number (self, touchpoint);
  const JmLayoutCard *card;
  guint k, lane, column, cell;
  JmLaneBefore before;
  JmRect old_rect;
  g_auto(JmCurveBefore) curve = { 0 };

  /* it had no card */
  if (index == 0)
    return TRUE;

  k = index - 1;
  card = &g_array_index (self->cards, JmLayoutCard, k);
  lane = card->lane;
  column = card->column;
  before = jm_layout_lane_before (self, lane);
  old_rect = *lane_rect (self, lane);
  jm_curve_before_init (&curve, &g_array_index (self->lanes, JmLayoutLane, lane));

  cell = lane * self->columns->len + column;
  unlink_from_cell (self, k, cell);

  g_hash_table_remove (self->card_index, touchpoint);
  /* frees what was measured of it (the array's clear function) */
  g_ptr_array_remove_index (self->card_slots, k);
  g_array_remove_index (self->cards, k);
  memmove (&self->next[k], &self->next[k + 1], (self->cards->len - k) * sizeof (int));
  renumber_from (self, k + 1, -1);
  renumber_cell (self, cell);

  reflow_from_lane (self, lane);
  add_card_change_damage (self, lane, column, &before, &old_rect, &curve);
  return TRUE;
}

/* Nothing of a KPI, an internal step or a participant is on the map: a
 * card counts the votes it holds, whoever cast them. */
static gboolean
is_off_map (JmCollection collection)
{
  return collection == JM_COLLECTION_KPIS || collection == JM_COLLECTION_INTERNAL_STEPS ||
         collection == JM_COLLECTION_PARTICIPANTS;
}

/* A phase renamed: its header, if the headers keep their height (a
 * name that takes another line moves the whole grid). Its description
 * is not on the map. */
static gboolean
update_phase_header (JmLayout   *self,
                     JmPhase    *phase,
                     const char *property)
{
  int i;

  if (g_str_equal (property, "description"))
    return TRUE;
  if (!g_str_equal (property, "name"))
    return FALSE;

  i = jm_layout_find_column (self, phase);
  if (i < 0 || !jm_layout_remeasure_phase_name (self, i))
    return FALSE;

  jm_layout_add_damage (self, &g_array_index (self->columns, JmLayoutColumn, i).header);
  return TRUE;
}

/* TRUE if the change was taken care of, FALSE to update everything. */
static gboolean
apply_value (JmLayout       *self,
             const JmChange *change)
{
  const char *property = change->property;

  if (JM_IS_TOUCHPOINT (change->object))
    {
      /* which cell a card is in */
      if (g_str_equal (property, "persona") || g_str_equal (property, "phase"))
        return move_card (self, JM_TOUCHPOINT (change->object), FALSE);
      update_card (self, JM_TOUCHPOINT (change->object));
      return TRUE;
    }

  if (JM_IS_PERSONA (change->object))
    {
      if (g_str_equal (property, "id"))
        return FALSE;
      /* the painter reads the colour from the persona */
      if (g_str_equal (property, "color"))
        {
          int lane = jm_layout_find_lane (self, JM_PERSONA (change->object));

          if (lane >= 0)
            jm_layout_add_damage (self, &g_array_index (self->lanes, JmLayoutLane, lane).lane);
          return TRUE;
        }
      return update_lane_header (self, JM_PERSONA (change->object));
    }

  if (JM_IS_PHASE (change->object))
    return update_phase_header (self, JM_PHASE (change->object), property);

  /* the title, description, owner and dates are in the title block */
  if (JM_IS_DOCUMENT (change->object))
    {
      JmRect old = self->title_rect;

      if (!jm_layout_remeasure_title (self))
        return FALSE;
      jm_layout_add_damage (self, &old);
      return TRUE;
    }

  if (JM_IS_KPI (change->object) || JM_IS_INTERNAL_STEP (change->object) ||
      JM_IS_PARTICIPANT (change->object))
    return TRUE;

  return FALSE;
}

void
jm_layout_apply_change (JmLayout       *self,
                        const JmChange *change)
{
  gboolean done = FALSE;

  g_return_if_fail (JM_IS_LAYOUT (self));
  g_return_if_fail (change != NULL);

  /* a layout never updated has nothing to build on */
  if (self->cell_first == NULL)
    {
      jm_layout_update (self);
      return;
    }

  /* a batch too big to follow is laid out once at its end */
  if (self->in_batch && ++self->batch_changes > BATCH_INCREMENTAL_MAX)
    self->batch_behind = TRUE;
  if (self->batch_behind)
    return;

  switch (change->kind)
    {
    case JM_CHANGE_VALUE:
      done = apply_value (self, change);
      break;

    case JM_CHANGE_RATING:
      if (JM_IS_TOUCHPOINT (change->object))
        {
          update_card (self, JM_TOUCHPOINT (change->object));
          done = TRUE;
        }
      break;

    case JM_CHANGE_MOVE:
      if (change->collection == JM_COLLECTION_TOUCHPOINTS)
        done = move_card (self, JM_TOUCHPOINT (change->object), TRUE);
      else
        done = is_off_map (change->collection);
      break;

    case JM_CHANGE_INSERT:
      if (change->collection == JM_COLLECTION_TOUCHPOINTS)
        done = insert_card (self, JM_TOUCHPOINT (change->object), change->index);
      else
        done = is_off_map (change->collection);
      break;

    case JM_CHANGE_REMOVE:
      if (change->collection == JM_COLLECTION_TOUCHPOINTS)
        done = remove_card (self, JM_TOUCHPOINT (change->object));
      else
        done = is_off_map (change->collection);
      break;

    default:
      break;
    }

  if (!done)
    jm_layout_update (self);
  else
    self->serial++;
}

void
jm_layout_begin_batch (JmLayout *self)
{
  g_return_if_fail (JM_IS_LAYOUT (self));

  self->in_batch = TRUE;
  self->batch_changes = 0;
}

gboolean
jm_layout_end_batch (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), FALSE);

  self->in_batch = FALSE;
  if (!self->batch_behind)
    return FALSE;

  jm_layout_update (self);
  return TRUE;
}

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
 * measured; the cells are chained again and the lanes flow again.
 * Changes that reorder personas or phases, add or remove anything, or
 * touch the title block or the phase headers fall back to
 * jm_layout_update().
 */

#define G_LOG_DOMAIN "jm-layout-update"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jm-layout-impl.h"

/* How far painting reaches beyond a card, a lane or the curve band:
 * shadows, focus rings and the points' rings. */
#define DAMAGE_REACH 8.0

static void
add_damage (JmLayout     *self,
            const JmRect *rect)
{
  JmRect grown = { rect->x - DAMAGE_REACH, rect->y - DAMAGE_REACH,
                   rect->width + 2 * DAMAGE_REACH, rect->height + 2 * DAMAGE_REACH };
  JmRect *last;
  double x1, y1;

  /* Kept apart: a card and the curve far below it, or two cells side
   * by side, have little in between that needs painting. Only when
   * there is no room left is the last one widened to cover both. */
  if (self->n_damage < JM_LAYOUT_MAX_DAMAGE)
    {
      self->damage[self->n_damage++] = grown;
      return;
    }

  last = &self->damage[JM_LAYOUT_MAX_DAMAGE - 1];
  x1 = MAX (last->x + last->width, grown.x + grown.width);
  y1 = MAX (last->y + last->height, grown.y + grown.height);
  last->x = MIN (last->x, grown.x);
  last->y = MIN (last->y, grown.y);
  last->width = x1 - last->x;
  last->height = y1 - last->y;
}

/* Everything from @y down, across the map: what moves when a lane
 * grows or shrinks. */
static void
add_damage_below (JmLayout *self,
                  double    y,
                  double    old_height)
{
  JmRect below = { 0.0, y, self->width, MAX (old_height, self->height) - y };

  add_damage (self, &below);
}

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

/* A lane's curves as they were before a change, to find what of them
 * changed: a vote moves a derived point and its spread, and through the
 * limiting of the tangents (see jm-curve.c) the curve's shape can
 * change several segments away, so where is worked out, not assumed. */
typedef struct
{
  JmCurvePoint   *points[2];      /* the emotional curve, the expected one */
  guint           n_points[2];
  JmCurveSegment *segments[2];
  guint           n_segments[2];
} CurveBefore;

static void
curve_before_init (CurveBefore        *self,
                   const JmLayoutLane *lane)
{
  self->points[0] = g_memdup2 (lane->points, lane->n_points * sizeof (JmCurvePoint));
  self->n_points[0] = lane->n_points;
  self->segments[0] = g_memdup2 (lane->segments, lane->n_segments * sizeof (JmCurveSegment));
  self->n_segments[0] = lane->n_segments;
  self->points[1] = g_memdup2 (lane->expected_points,
                               lane->n_expected_points * sizeof (JmCurvePoint));
  self->n_points[1] = lane->n_expected_points;
  self->segments[1] = g_memdup2 (lane->expected_segments,
                                 lane->n_expected_segments * sizeof (JmCurveSegment));
  self->n_segments[1] = lane->n_expected_segments;
}

static void
curve_before_clear (CurveBefore *self)
{
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&self->points[i], g_free);
      g_clear_pointer (&self->segments[i], g_free);
    }
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CurveBefore, curve_before_clear)

/* The curves as they were, moved down by @dy with their lane's band. */
static void
curve_before_shift (CurveBefore *self,
                    double       dy)
{
  for (guint i = 0; i < 2; i++)
    jm_layout_shift_curve (self->points[i], self->n_points[i], self->segments[i],
                           self->n_segments[i], dy);
}

/* A curve moved with its lane is worked out afresh, not shifted: its
 * coordinates may differ from the moved ones in the last bits, which no
 * pixel can show. */
#define CURVE_EPSILON 1e-6

static gboolean
same_coordinate (double a,
                 double b)
{
  return fabs (a - b) <= CURVE_EPSILON;
}

static gboolean
same_point (gconstpointer data_a,
            gconstpointer data_b)
{
  const JmCurvePoint *a = data_a, *b = data_b;

  return same_coordinate (a->x, b->x) && same_coordinate (a->y, b->y) &&
         a->emotion == b->emotion && !a->derived == !b->derived && a->touchpoint == b->touchpoint &&
         a->n_votes == b->n_votes && a->spread == b->spread;
}

static gboolean
same_segment (gconstpointer data_a,
              gconstpointer data_b)
{
  const JmCurveSegment *a = data_a, *b = data_b;

  return same_coordinate (a->x0, b->x0) && same_coordinate (a->y0, b->y0) &&
         same_coordinate (a->x1, b->x1) && same_coordinate (a->y1, b->y1) &&
         same_coordinate (a->x2, b->x2) && same_coordinate (a->y2, b->y2) &&
         same_coordinate (a->x3, b->x3) && same_coordinate (a->y3, b->y3);
}

/* Where arrays @a (@n_a items of @size bytes) and @b differ: @head
 * items alike at the start, @tail at the end. FALSE if they are the
 * same. */
static gboolean
find_difference (gconstpointer a,
                 guint         n_a,
                 gconstpointer b,
                 guint         n_b,
                 gsize         size,
                 GEqualFunc    same,
                 guint        *head,
                 guint        *tail)
{
  const guchar *bytes_a = a, *bytes_b = b;

  *head = *tail = 0;
  while (*head < n_a && *head < n_b && same (bytes_a + *head * size, bytes_b + *head * size))
    (*head)++;
  if (*head == n_a && *head == n_b)
    return FALSE;
  while (*tail < n_a - *head && *tail < n_b - *head &&
         same (bytes_a + (n_a - 1 - *tail) * size, bytes_b + (n_b - 1 - *tail) * size))
    (*tail)++;

  return TRUE;
}

/* Widens [@x0, @x1] to where points @a (@n_a of them) and @b differ,
 * out to the unchanged neighbours on both sides: a point's spread
 * shapes the band to them, and whether they show a capsule. */
static void
widen_to_points (const JmCurvePoint *a,
                 guint               n_a,
                 const JmCurvePoint *b,
                 guint               n_b,
                 const JmRect       *band,
                 double             *x0,
                 double             *x1)
{
  guint head, tail;

  if (!find_difference (a, n_a, b, n_b, sizeof *a, same_point, &head, &tail))
    return;

  *x0 = MIN (*x0, head > 0 ? a[head - 1].x : band->x);
  *x1 = MAX (*x1, tail > 0 ? a[n_a - tail].x : band->x + band->width);
}

/* Widens [@x0, @x1] to the segments where @a and @b differ. */
static void
widen_to_segments (const JmCurveSegment *a,
                   guint                 n_a,
                   const JmCurveSegment *b,
                   guint                 n_b,
                   double               *x0,
                   double               *x1)
{
  guint head, tail;

  if (!find_difference (a, n_a, b, n_b, sizeof *a, same_segment, &head, &tail))
    return;

  if (head < n_a - tail)
    {
      *x0 = MIN (*x0, a[head].x0);
      *x1 = MAX (*x1, a[n_a - 1 - tail].x3);
    }
  if (head < n_b - tail)
    {
      *x0 = MIN (*x0, b[head].x0);
      *x1 = MAX (*x1, b[n_b - 1 - tail].x3);
    }
}

/* The stretch of the band of lane @lane_index where its curves differ
 * from @before. */
static void
add_curve_change (JmLayout          *self,
                  guint              lane_index,
                  const CurveBefore *before)
{
  const JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, lane_index);
  const JmCurvePoint *points[2] = { lane->points, lane->expected_points };
  const guint n_points[2] = { lane->n_points, lane->n_expected_points };
  const JmCurveSegment *segments[2] = { lane->segments, lane->expected_segments };
  const guint n_segments[2] = { lane->n_segments, lane->n_expected_segments };
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE;

  for (guint i = 0; i < 2; i++)
    {
      widen_to_points (before->points[i], before->n_points[i], points[i], n_points[i],
                       &lane->band, &x0, &x1);
      widen_to_segments (before->segments[i], before->n_segments[i], segments[i],
                         n_segments[i], &x0, &x1);
    }

  if (x0 <= x1)
    add_damage (self, &(JmRect) { x0, lane->band.y, x1 - x0, lane->band.height });
}

/* What a lane was before it grew or shrank. */
typedef struct
{
  guint  index;
  double band_y;
  double map_height;
} LaneBefore;

static LaneBefore
lane_before (JmLayout *self,
             guint     index)
{
  const JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, index);

  return (LaneBefore) { index, lane->band.y, self->height };
}

/* Lane @before.index grew or shrank by @dy: in it, the @n_columns cells
 * of @columns changed from @cells_top down (cards are stacked from the
 * top of a cell, so the others did not), its header, where its curves
 * changed from @curve (NULL: they did not), and if it grew, the strip
 * it opened above its curve band. The band and everything below it
 * moved by @dy: the band's points stay inside it, so that move is
 * recorded (a cache of painted pixels can copy it) where it is the
 * first thing that happened since the damage was last taken.
 * Damage taken before may reach below the band's top by DAMAGE_REACH,
 * the margin every area has; anything more, or a second move, and it
 * is damage to everything from the top of the lane down. */
static void
add_lane_resize (JmLayout          *self,
                 const LaneBefore  *before,
                 CurveBefore       *curve,
                 const guint       *columns,
                 guint              n_columns,
                 double             cells_top,
                 double             dy)
{
  const JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, before->index);
  double band_top = MIN (before->band_y, lane->band.y);
  /* add_damage() grows it by DAMAGE_REACH: above, not into the band */
  JmRect opened = { 0.0, before->band_y, self->width, MAX (0.0, dy - DAMAGE_REACH) };
  JmRect header = lane->header;
  gboolean first = !self->damage_all && !self->has_shift;

  for (guint i = 0; i < self->n_damage && first; i++)
    first = self->damage[i].y + self->damage[i].height <= before->band_y + DAMAGE_REACH;

  if (!first)
    {
      add_damage_below (self, lane->lane.y, before->map_height);
      return;
    }

  self->has_shift = TRUE;
  self->shift_y = before->band_y;
  self->shift_dy = dy;

  for (guint i = 0; i < n_columns; i++)
    {
      const JmLayoutColumn *column = &g_array_index (self->columns, JmLayoutColumn, columns[i]);
      JmRect cell = { column->column.x, cells_top, column->column.width, band_top - cells_top };

      add_damage (self, &cell);
    }
  header.height = lane->lane.y + lane->lane.height - header.y;
  add_damage (self, &header);
  if (dy > 0.0)
    add_damage (self, &opened);
  if (curve != NULL)
    {
      /* compared where the band is now, it changed only where it did */
      curve_before_shift (curve, lane->band.y - before->band_y);
      add_curve_change (self, before->index, curve);
    }
}

static void
update_card (JmLayout     *self,
             JmTouchpoint *touchpoint)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->card_index, touchpoint));
  JmLayoutCard *card;
  const JmLayoutLane *lane;
  JmRect old;
  LaneBefore before;
  g_auto(CurveBefore) curve = { 0 };
  double lane_dy;

  /* Not on the map (no such persona or phase): nothing shows it. */
  if (index == 0)
    return;

  card = &g_array_index (self->cards, JmLayoutCard, index - 1);
  old = card->rect;
  before = lane_before (self, card->lane);
  curve_before_init (&curve, &g_array_index (self->lanes, JmLayoutLane, card->lane));
  jm_card_content_measure (&g_array_index (self->card_content, JmCardContent, index - 1),
                           self->context, touchpoint, JM_LAYOUT_CARD_WIDTH, &card->rect.height);
  /* freshly measured content sits at the origin */
  card->rect.x = card->rect.y = 0.0;
  lane_dy = reflow_from_lane (self, card->lane);
  lane = &g_array_index (self->lanes, JmLayoutLane, card->lane);

  if (lane_dy != 0.0)
    {
      /* the curve's change is part of that damage */
      add_lane_resize (self, &before, &curve, &card->column, 1, old.y, lane_dy);
      return;
    }

  /* The card itself, the cards below it in its cell if it changed
   * height, and the stretch of the curve that changed. */
  if (card->rect.height != old.height)
    old.height = lane->band.y - old.y;
  add_damage (self, &old);
  add_curve_change (self, card->lane, &curve);
}

static gboolean
update_lane_header (JmLayout  *self,
                    JmPersona *persona)
{
  int i = jm_layout_find_lane (self, persona);
  LaneBefore before;
  JmRect old;
  double dy;

  if (i < 0)
    return FALSE;

  before = lane_before (self, i);
  old = g_array_index (self->lanes, JmLayoutLane, i).lane;
  g_array_index (self->lane_text_h, double, i) =
    jm_lane_content_measure (&g_array_index (self->lane_content, JmLaneContent, i),
                             self->context, persona);
  dy = reflow_from_lane (self, i);
  if (dy != 0.0)
    add_lane_resize (self, &before, NULL, NULL, 0, old.y, dy);
  else
    add_damage (self, &old);
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
  g_autofree JmCardContent *contents = NULL;
  guint placed = 0;

  for (guint i = 0; i < n_touchpoints; i++)
    {
      JmTouchpoint *touchpoint = jm_document_get_touchpoint (self->document, i);
      guint old;

      if (!jm_layout_find_cell (self, touchpoint, &lanes[MIN (placed, n - 1)],
                                &columns[MIN (placed, n - 1)]))
        continue;

      old = GPOINTER_TO_UINT (g_hash_table_lookup (self->card_index, touchpoint));
      if (old == 0 || placed == n)
        return FALSE;
      order[placed++] = old - 1;
    }

  if (placed != n)
    return FALSE;

  /* The content moves with its card: its text sits where the card's
   * rect is, and flowing the lane moves both together. */
  cards = g_memdup2 (self->cards->data, n * sizeof (JmLayoutCard));
  contents = g_memdup2 (self->card_content->data, n * sizeof (JmCardContent));
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
      g_array_index (self->card_content, JmCardContent, k) = contents[order[k]];
      g_hash_table_insert (self->card_index, card.touchpoint, GUINT_TO_POINTER (k + 1));

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
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->card_index, touchpoint));

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
  int *link;

  for (link = &self->cell_first[old_cell]; *link != (int) k; link = &self->next[*link])
    ;
  *link = self->next[k];

  for (link = &self->cell_first[new_cell]; *link >= 0 && *link < (int) k;
       link = &self->next[*link])
    ;
  self->next[k] = *link;
  *link = k;

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

/* The cards of a cell, from its top to the curve band, and where the
 * curves of its lane changed from @curve: what a card coming or going
 * changes while the lane keeps its height. */
static void
add_cell_damage (JmLayout          *self,
                 guint              lane,
                 guint              column,
                 const CurveBefore *curve)
{
  JmRect cell;

  if (jm_layout_get_cell_rect (self, lane, column, &cell))
    add_damage (self, &cell);
  add_curve_change (self, lane, curve);
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
  LaneBefore before;
  g_auto(CurveBefore) old_curve = { 0 };
  g_auto(CurveBefore) new_curve = { 0 };

  if (card == NULL || !jm_layout_find_cell (self, touchpoint, &new_lane, &new_column))
    return FALSE;

  old_lane = card->lane;
  old_column = card->column;
  old_rect = *lane_rect (self, old_lane);
  new_rect = *lane_rect (self, new_lane);
  before = lane_before (self, old_lane);
  curve_before_init (&old_curve, &g_array_index (self->lanes, JmLayoutLane, old_lane));
  curve_before_init (&new_curve, &g_array_index (self->lanes, JmLayoutLane, new_lane));
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
      add_cell_damage (self, old_lane, old_column, &old_curve);
      add_cell_damage (self, new_lane, new_column, &new_curve);
    }
  else if (old_lane == new_lane)
    {
      /* a drag along a lane: two of its cells changed, below it
       * everything only moved */
      guint columns[] = { old_column, new_column };

      add_lane_resize (self, &before, &old_curve, columns, G_N_ELEMENTS (columns), old_rect.y,
                       lane_rect (self, old_lane)->height - old_rect.height);
    }
  else
    {
      add_damage_below (self, MIN (old_rect.y, new_rect.y), old_height);
    }

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
            add_damage (self, &g_array_index (self->lanes, JmLayoutLane, lane).lane);
          return TRUE;
        }
      return update_lane_header (self, JM_PERSONA (change->object));
    }

  /* Nothing of a KPI or an internal step is on the map. */
  if (JM_IS_KPI (change->object) || JM_IS_INTERNAL_STEP (change->object))
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
        {
          done = move_card (self, JM_TOUCHPOINT (change->object), TRUE);
          break;
        }
      G_GNUC_FALLTHROUGH;

    case JM_CHANGE_INSERT:
    case JM_CHANGE_REMOVE:
      if (change->collection == JM_COLLECTION_KPIS ||
          change->collection == JM_COLLECTION_INTERNAL_STEPS)
        done = TRUE;
      break;

    default:
      break;
    }

  if (!done)
    jm_layout_update (self);
  else
    self->serial++;
}

gboolean
jm_layout_take_damage (JmLayout *self,
                       JmRect    areas[JM_LAYOUT_MAX_DAMAGE],
                       guint    *n_areas)
{
  gboolean partial;

  g_return_val_if_fail (JM_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (areas != NULL && n_areas != NULL, FALSE);

  partial = !self->damage_all;
  memcpy (areas, self->damage, self->n_damage * sizeof (JmRect));
  *n_areas = self->n_damage;
  self->damage_all = FALSE;
  self->n_damage = 0;
  self->has_shift = FALSE;
  return partial;
}

gboolean
jm_layout_get_shift (JmLayout *self,
                     double   *y,
                     double   *dy)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (y != NULL && dy != NULL, FALSE);

  if (!self->has_shift || self->damage_all)
    return FALSE;

  *y = self->shift_y;
  *dy = self->shift_dy;
  return TRUE;
}

guint
jm_layout_get_serial (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), 0);

  return self->serial;
}

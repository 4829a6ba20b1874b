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
 * move down or up. Changes that move cards between cells, reorder or
 * add or remove anything, or touch the title block or the phase headers
 * fall back to jm_layout_update().
 */

#define G_LOG_DOMAIN "jm-layout-update"

#include "config.h"

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
  double x1, y1;

  if (self->damage.width <= 0.0)
    {
      self->damage = grown;
      return;
    }

  x1 = MAX (self->damage.x + self->damage.width, grown.x + grown.width);
  y1 = MAX (self->damage.y + self->damage.height, grown.y + grown.height);
  self->damage.x = MIN (self->damage.x, grown.x);
  self->damage.y = MIN (self->damage.y, grown.y);
  self->damage.width = x1 - self->damage.x;
  self->damage.height = y1 - self->damage.y;
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

/* Adds the stretch of @points around @touchpoint's point that moving it
 * redraws: a monotone curve's tangents reach two points either side. */
static void
add_point_damage (JmLayout           *self,
                  const JmLayoutLane *lane,
                  const JmCurvePoint *points,
                  guint               n_points,
                  JmTouchpoint       *touchpoint)
{
  for (guint p = 0; p < n_points; p++)
    if (points[p].touchpoint == touchpoint)
      {
        guint first = p >= 2 ? p - 2 : 0;
        guint last = MIN (p + 2, n_points - 1);
        JmRect stretch = { points[first].x, lane->band.y,
                           points[last].x - points[first].x, lane->band.height };

        add_damage (self, &stretch);
        return;
      }
}

static void
add_curve_damage (JmLayout     *self,
                  guint         lane_index,
                  JmTouchpoint *touchpoint)
{
  const JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, lane_index);

  add_point_damage (self, lane, lane->points, lane->n_points, touchpoint);
  add_point_damage (self, lane, lane->expected_points, lane->n_expected_points, touchpoint);
}

static void
update_card (JmLayout     *self,
             JmTouchpoint *touchpoint)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->card_index, touchpoint));
  JmLayoutCard *card;
  const JmLayoutLane *lane;
  JmRect old;
  double old_height, lane_dy;

  /* Not on the map (no such persona or phase): nothing shows it. */
  if (index == 0)
    return;

  card = &g_array_index (self->cards, JmLayoutCard, index - 1);
  old = card->rect;
  old_height = self->height;
  /* where its point was, and below where it is now: a point may come
   * or go (the first vote, or the last one taken back) */
  add_curve_damage (self, card->lane, touchpoint);
  jm_card_content_measure (&g_array_index (self->card_content, JmCardContent, index - 1),
                           self->context, touchpoint, JM_LAYOUT_CARD_WIDTH, &card->rect.height);
  /* freshly measured content sits at the origin */
  card->rect.x = card->rect.y = 0.0;
  lane_dy = reflow_from_lane (self, card->lane);
  lane = &g_array_index (self->lanes, JmLayoutLane, card->lane);

  if (lane_dy != 0.0)
    {
      add_damage_below (self, old.y, old_height);
      return;
    }

  /* The card itself, the cards below it in its cell if it changed
   * height, and the curve around its point. */
  if (card->rect.height != old.height)
    old.height = lane->band.y - old.y;
  add_damage (self, &old);
  add_curve_damage (self, card->lane, touchpoint);
}

static gboolean
update_lane_header (JmLayout  *self,
                    JmPersona *persona)
{
  for (guint i = 0; i < self->lanes->len; i++)
    if (g_array_index (self->lanes, JmLayoutLane, i).persona == persona)
      {
        const JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, i);
        JmRect old = lane->lane;
        double old_height = self->height;

        g_array_index (self->lane_text_h, double, i) =
          jm_lane_content_measure (&g_array_index (self->lane_content, JmLaneContent, i),
                                   self->context, persona);
        if (reflow_from_lane (self, i) != 0.0)
          add_damage_below (self, old.y, old_height);
        else
          add_damage (self, &old);
        return TRUE;
      }

  return FALSE;
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
        return FALSE;
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
          for (guint i = 0; i < self->lanes->len; i++)
            if (g_array_index (self->lanes, JmLayoutLane, i).persona == JM_PERSONA (change->object))
              add_damage (self, &g_array_index (self->lanes, JmLayoutLane, i).lane);
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

    case JM_CHANGE_INSERT:
    case JM_CHANGE_REMOVE:
    case JM_CHANGE_MOVE:
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

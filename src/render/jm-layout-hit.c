/* jm-layout-hit.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Questions asked of a finished layout: what lies under a point, where
 * a dragged card would land, and samples of a lane's curve. Written on
 * the public getters only.
 */

#define G_LOG_DOMAIN "jm-layout-hit"

#include "config.h"

#include "jm-layout-impl.h"

static int
find_column (JmLayout *self,
             double    x)
{
  guint n = jm_layout_get_n_columns (self);

  for (guint i = 0; i < n; i++)
    {
      const JmRect *column = &jm_layout_get_column (self, i)->column;

      if (x >= column->x && x < column->x + column->width)
        return i;
    }

  return -1;
}

static gboolean
hit_curve_point (JmLayout *self,
                 double    x,
                 double    y,
                 JmHit    *hit)
{
  guint n_lanes = jm_layout_get_n_lanes (self);

  for (guint i = n_lanes; i-- > 0;)
    {
      const JmLayoutLane *lane = jm_layout_get_lane (self, i);

      /* Later points are painted over earlier ones: test them first. */
      for (guint p = lane->n_points; p-- > 0;)
        {
          const JmCurvePoint *point = &lane->points[p];
          double dx = x - point->x, dy = y - point->y;

          if (dx * dx + dy * dy <= JM_LAYOUT_POINT_HIT * JM_LAYOUT_POINT_HIT)
            {
              const JmLayoutCard *card = jm_layout_find_card (self, point->touchpoint);

              *hit = (JmHit) { JM_HIT_CURVE_POINT, G_OBJECT (point->touchpoint), i,
                               card ? (int) card->column : find_column (self, x) };
              return TRUE;
            }
        }
    }

  return FALSE;
}

static gboolean
hit_card (JmLayout *self,
          double    x,
          double    y,
          JmHit    *hit)
{
  guint n = jm_layout_get_n_cards (self);

  for (guint i = n; i-- > 0;)
    {
      const JmLayoutCard *card = jm_layout_get_card (self, i);

      if (jm_rect_contains (&card->rect, x, y))
        {
          *hit = (JmHit) { JM_HIT_CARD, G_OBJECT (card->touchpoint), card->lane, card->column };
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
hit_lane (JmLayout *self,
          double    x,
          double    y,
          JmHit    *hit)
{
  guint n = jm_layout_get_n_lanes (self);

  for (guint i = 0; i < n; i++)
    {
      const JmLayoutLane *lane = jm_layout_get_lane (self, i);
      int column;

      if (!jm_rect_contains (&lane->lane, x, y))
        continue;

      if (jm_rect_contains (&lane->header, x, y))
        {
          *hit = (JmHit) { JM_HIT_LANE_HEADER, G_OBJECT (lane->persona), i, -1 };
          return TRUE;
        }

      column = find_column (self, x);
      if (column < 0)
        return FALSE;

      *hit = (JmHit) { JM_HIT_CELL, NULL, i, column };
      return TRUE;
    }

  return FALSE;
}

static gboolean
hit_phase_header (JmLayout *self,
                  double    x,
                  double    y,
                  JmHit    *hit)
{
  guint n = jm_layout_get_n_columns (self);

  for (guint i = 0; i < n; i++)
    {
      const JmLayoutColumn *column = jm_layout_get_column (self, i);

      if (jm_rect_contains (&column->header, x, y))
        {
          *hit = (JmHit) { JM_HIT_PHASE_HEADER, G_OBJECT (column->phase), -1, i };
          return TRUE;
        }
    }

  return FALSE;
}

JmHit
jm_layout_hit_test (JmLayout *self,
                    double    x,
                    double    y)
{
  JmHit hit = { JM_HIT_NONE, NULL, -1, -1 };

  g_return_val_if_fail (JM_IS_LAYOUT (self), hit);

  if (hit_curve_point (self, x, y, &hit) ||
      hit_card (self, x, y, &hit) ||
      hit_lane (self, x, y, &hit) ||
      hit_phase_header (self, x, y, &hit))
    return hit;

  if (jm_rect_contains (jm_layout_get_title_rect (self), x, y))
    hit.kind = JM_HIT_TITLE;

  return hit;
}

static guint
nearest_lane (JmLayout *self,
              double    y)
{
  guint n = jm_layout_get_n_lanes (self);

  for (guint i = 0; i < n; i++)
    {
      const JmRect *lane = &jm_layout_get_lane (self, i)->lane;

      /* The gap below a lane belongs to it. */
      if (y < lane->y + lane->height + JM_LAYOUT_LANE_GAP)
        return i;
    }

  return n - 1;
}

static guint
nearest_column (JmLayout *self,
                double    x)
{
  guint n = jm_layout_get_n_columns (self);

  for (guint i = 0; i < n; i++)
    {
      const JmRect *column = &jm_layout_get_column (self, i)->column;

      if (x < column->x + column->width)
        return i;
    }

  return n - 1;
}

gboolean
jm_layout_get_drop_target (JmLayout *self,
                           double    x,
                           double    y,
                           guint    *lane,
                           guint    *column,
                           guint    *index_in_cell)
{
  guint l, c, index = 0;
  guint n_cards;

  g_return_val_if_fail (JM_IS_LAYOUT (self), FALSE);

  if (jm_layout_get_n_lanes (self) == 0 || jm_layout_get_n_columns (self) == 0)
    return FALSE;

  l = nearest_lane (self, y);
  c = nearest_column (self, x);
  n_cards = jm_layout_get_n_cards (self);
  for (guint i = 0; i < n_cards; i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (self, i);

      if (card->lane == l && card->column == c && card->rect.y + card->rect.height / 2.0 < y)
        index++;
    }

  if (lane != NULL)
    *lane = l;
  if (column != NULL)
    *column = c;
  if (index_in_cell != NULL)
    *index_in_cell = index;

  return TRUE;
}

double *
jm_layout_sample_lane_curve (JmLayout *self,
                             guint     lane,
                             guint     per_segment,
                             guint    *n_samples)
{
  const JmLayoutLane *l;
  double *samples;
  guint n = 0;

  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (lane < jm_layout_get_n_lanes (self), NULL);
  g_return_val_if_fail (per_segment > 0, NULL);
  g_return_val_if_fail (n_samples != NULL, NULL);

  l = jm_layout_get_lane (self, lane);
  *n_samples = 0;
  if (l->n_segments == 0)
    return NULL;

  samples = g_new (double, 2 * (l->n_segments * per_segment + 1));
  for (guint s = 0; s < l->n_segments; s++)
    for (guint i = 0; i < per_segment; i++, n++)
      jm_curve_segment_eval (&l->segments[s], (double) i / per_segment,
                             &samples[2 * n], &samples[2 * n + 1]);
  jm_curve_segment_eval (&l->segments[l->n_segments - 1], 1.0,
                         &samples[2 * n], &samples[2 * n + 1]);

  *n_samples = n + 1;
  return samples;
}

int
jm_layout_find_card_index (JmLayout     *self,
                           JmTouchpoint *touchpoint)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), -1);

  return (int) jm_layout_card_number (self, touchpoint) - 1;
}

const JmLayoutCard *
jm_layout_find_card (JmLayout     *self,
                     JmTouchpoint *touchpoint)
{
  int index;

  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (JM_IS_TOUCHPOINT (touchpoint), NULL);

  index = jm_layout_find_card_index (self, touchpoint);
  return index >= 0 ? &g_array_index (self->cards, JmLayoutCard, index) : NULL;
}

int
jm_layout_find_lane (JmLayout  *self,
                     JmPersona *persona)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), -1);

  for (guint i = 0; i < self->lanes->len; i++)
    if (g_array_index (self->lanes, JmLayoutLane, i).persona == persona)
      return i;

  return -1;
}

int
jm_layout_find_column (JmLayout *self,
                       JmPhase  *phase)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), -1);

  for (guint i = 0; i < self->columns->len; i++)
    if (g_array_index (self->columns, JmLayoutColumn, i).phase == phase)
      return i;

  return -1;
}

const JmCurvePoint *
jm_layout_find_point (JmLayout     *self,
                      JmTouchpoint *touchpoint,
                      guint        *lane)
{
  const JmLayoutCard *card;
  const JmLayoutLane *card_lane;

  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);

  /* a point is on the curve of its card's lane */
  card = jm_layout_find_card (self, touchpoint);
  if (card == NULL)
    return NULL;

  card_lane = &g_array_index (self->lanes, JmLayoutLane, card->lane);
  for (guint i = 0; i < card_lane->n_points; i++)
    if (card_lane->points[i].touchpoint == touchpoint)
      {
        if (lane != NULL)
          *lane = card->lane;
        return &card_lane->points[i];
      }

  return NULL;
}

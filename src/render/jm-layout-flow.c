/* jm-layout-flow.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lane flowed from its measured cards: the cards stacked in their
 * cells, the lane as tall as its tallest cell, and below them the curve
 * band with the emotional curve and the expected one through the cards'
 * points. The full pass (jm-layout.c) and the incremental updates
 * (jm-layout-update.c) both flow lanes here, and move them when a lane
 * above grew or shrank.
 */

#define G_LOG_DOMAIN "jm-layout-flow"

#include "config.h"

#include "jm-layout-impl.h"

void
jm_layout_lane_clear (gpointer data)
{
  JmLayoutLane *lane = data;

  g_clear_pointer (&lane->points, g_free);
  g_clear_pointer (&lane->segments, g_free);
  g_clear_pointer (&lane->expected_points, g_free);
  g_clear_pointer (&lane->expected_segments, g_free);
}

static double
emotion_to_y (const JmLayoutLane *lane,
              double              emotion)
{
  double amplitude = lane->band.height / 2.0 - JM_LAYOUT_POINT_MARGIN;

  emotion = CLAMP (emotion, JM_EMOTION_MIN, JM_EMOTION_MAX);
  return lane->neutral_y - emotion / JM_EMOTION_MAX * amplitude;
}

/* Spreads the points a cell added (from @first on) evenly across the
 * card width, so x grows strictly along the lane. */
static void
spread_cell_points (GArray *points,
                    guint   first,
                    double  x)
{
  guint k = points->len - first;

  for (guint p = first; p < points->len; p++)
    g_array_index (points, JmCurvePoint, p).x =
      x + JM_LAYOUT_CARD_WIDTH * (p - first + 0.5) / k;
}

/* Places the cards of one lane and collects its curve points. */
static void
place_lane_cards (JmLayout     *self,
                  JmLayoutLane *lane,
                  guint         lane_index)
{
  guint n_columns = self->columns->len;
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (JmCurvePoint));
  g_autoptr(GArray) expected = g_array_new (FALSE, TRUE, sizeof (JmCurvePoint));

  for (guint c = 0; c < n_columns; c++)
    {
      double x = lane->band.x + c * JM_LAYOUT_COLUMN_WIDTH + JM_LAYOUT_CELL_PADDING;
      double y = lane->lane.y + JM_LAYOUT_CELL_PADDING;
      guint first_point = points->len;
      guint first_expected = expected->len;

      for (int i = self->cell_first[lane_index * n_columns + c]; i >= 0; i = self->next[i])
        {
          JmLayoutCard *card = &g_array_index (self->cards, JmLayoutCard, i);
          JmCardContent *content = jm_layout_card_content_at (self, i);
          JmCurvePoint point = { .touchpoint = card->touchpoint,
                                 .n_votes = content->summary.total,
                                 .spread = content->summary.spread };
          int expectation = jm_touchpoint_get_expectation (card->touchpoint);

          jm_card_content_place (content, x - card->rect.x, y - card->rect.y);
          card->rect.x = x;
          card->rect.y = y;
          y += card->rect.height + JM_LAYOUT_CARD_GAP;

          /* from the summary measured with the card: a lane flows again
           * for every card added, and counting all its votes each time
           * was 40 % of that at 10,000 touchpoints */
          if (jm_rating_summary_get_effective_emotion (&content->summary, card->touchpoint,
                                                       &point.emotion, &point.derived) &&
              !(point.derived && self->hide_derived))
            {
              point.emotion = CLAMP (point.emotion, JM_EMOTION_MIN, JM_EMOTION_MAX);
              point.y = emotion_to_y (lane, point.emotion);
              g_array_append_val (points, point);
            }

          if (expectation >= 1 && expectation <= 5)
            {
              JmCurvePoint soll = { .touchpoint = card->touchpoint,
                                    .emotion = expectation - 3.0 };

              soll.y = emotion_to_y (lane, soll.emotion);
              g_array_append_val (expected, soll);
            }
        }

      spread_cell_points (points, first_point, x);
      spread_cell_points (expected, first_expected, x);
    }

  lane->n_points = points->len;
  lane->points = (JmCurvePoint *) (void *) g_array_free (g_steal_pointer (&points), FALSE);
  lane->n_expected_points = expected->len;
  lane->expected_points =
    (JmCurvePoint *) (void *) g_array_free (g_steal_pointer (&expected), FALSE);
}

static void
compute_curve (const JmCurvePoint  *points,
               guint                n_points,
               JmCurveSegment     **segments,
               guint               *n_segments)
{
  g_autofree double *xs = NULL;
  g_autofree double *ys = NULL;

  if (n_points < 2)
    return;

  xs = g_new (double, n_points);
  ys = g_new (double, n_points);
  for (guint i = 0; i < n_points; i++)
    {
      xs[i] = points[i].x;
      ys[i] = points[i].y;
    }

  *segments = g_new (JmCurveSegment, n_points - 1);
  *n_segments = jm_curve_compute_segments (xs, ys, n_points, *segments);
}

double
jm_layout_flow_lane (JmLayout *self,
                     guint     index,
                     double    y)
{
  JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, index);
  guint n_columns = self->columns->len;
  double x = JM_LAYOUT_MARGIN;
  double grid_w = JM_LAYOUT_LANE_HEADER + n_columns * JM_LAYOUT_COLUMN_WIDTH;
  double cells_h = MAX (JM_LAYOUT_MIN_CELL, g_array_index (self->lane_text_h, double, index));

  for (guint c = 0; c < n_columns; c++)
    {
      double cell_h = 0.0;

      for (int i = self->cell_first[index * n_columns + c]; i >= 0; i = self->next[i])
        cell_h += g_array_index (self->cards, JmLayoutCard, i).rect.height +
                  (i != self->cell_first[index * n_columns + c] ? JM_LAYOUT_CARD_GAP : 0.0);
      cells_h = MAX (cells_h, cell_h + 2 * JM_LAYOUT_CELL_PADDING);
    }

  lane->lane = (JmRect) { x, y, grid_w, cells_h + JM_LAYOUT_BAND_HEIGHT };
  lane->header = (JmRect) { x, y, JM_LAYOUT_LANE_HEADER, lane->lane.height };
  lane->band = (JmRect) { x + JM_LAYOUT_LANE_HEADER, y + cells_h,
                          n_columns * JM_LAYOUT_COLUMN_WIDTH, JM_LAYOUT_BAND_HEIGHT };
  lane->neutral_y = lane->band.y + lane->band.height / 2.0;

  jm_lane_content_place (&g_array_index (self->lane_content, JmLaneContent, index), lane);
  jm_layout_lane_clear (lane);
  lane->n_points = lane->n_segments = 0;
  lane->n_expected_points = lane->n_expected_segments = 0;
  place_lane_cards (self, lane, index);
  compute_curve (lane->points, lane->n_points, &lane->segments, &lane->n_segments);
  compute_curve (lane->expected_points, lane->n_expected_points,
                 &lane->expected_segments, &lane->n_expected_segments);

  return y + lane->lane.height;
}

void
jm_layout_shift_curve (JmCurvePoint   *points,
                       guint           n_points,
                       JmCurveSegment *segments,
                       guint           n_segments,
                       double          dy)
{
  for (guint p = 0; p < n_points; p++)
    points[p].y += dy;
  for (guint s = 0; s < n_segments; s++)
    {
      segments[s].y0 += dy;
      segments[s].y1 += dy;
      segments[s].y2 += dy;
      segments[s].y3 += dy;
    }
}

void
jm_layout_shift_lane (JmLayout *self,
                      guint     index,
                      double    dy)
{
  JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, index);
  guint n_columns = self->columns->len;

  lane->lane.y += dy;
  lane->header.y += dy;
  lane->band.y += dy;
  lane->neutral_y += dy;
  jm_lane_content_place (&g_array_index (self->lane_content, JmLaneContent, index), lane);
  jm_layout_shift_curve (lane->points, lane->n_points, lane->segments, lane->n_segments, dy);
  jm_layout_shift_curve (lane->expected_points, lane->n_expected_points,
                         lane->expected_segments, lane->n_expected_segments, dy);

  for (guint c = 0; c < n_columns; c++)
    for (int i = self->cell_first[index * n_columns + c]; i >= 0; i = self->next[i])
      {
        g_array_index (self->cards, JmLayoutCard, i).rect.y += dy;
        jm_card_content_place (jm_layout_card_content_at (self, i), 0.0, dy);
      }
}

double
jm_layout_emotion_to_y (JmLayout *self,
                        guint     lane,
                        double    emotion)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), 0.0);
  g_return_val_if_fail (lane < self->lanes->len, 0.0);

  return emotion_to_y (&g_array_index (self->lanes, JmLayoutLane, lane), emotion);
}

double
jm_layout_y_to_emotion (JmLayout *self,
                        guint     lane,
                        double    y)
{
  const JmLayoutLane *l;
  double amplitude;

  g_return_val_if_fail (JM_IS_LAYOUT (self), 0.0);
  g_return_val_if_fail (lane < self->lanes->len, 0.0);

  l = &g_array_index (self->lanes, JmLayoutLane, lane);
  amplitude = l->band.height / 2.0 - JM_LAYOUT_POINT_MARGIN;

  return CLAMP ((l->neutral_y - y) / amplitude * JM_EMOTION_MAX, JM_EMOTION_MIN, JM_EMOTION_MAX);
}

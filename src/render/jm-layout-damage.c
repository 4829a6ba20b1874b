/* jm-layout-damage.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an incremental update (jm-layout-update.c) damaged: the areas a
 * cache of painted pixels must paint again, and the move of everything
 * below a lane that grew or shrank, which it can copy instead. Curves
 * are compared with their state before the change, so that only the
 * stretch that changed is damage.
 */

#define G_LOG_DOMAIN "jm-layout-damage"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jm-layout-impl.h"

/* How far painting reaches beyond a card, a lane or the curve band:
 * shadows, focus rings and the points' rings. */
#define DAMAGE_REACH 8.0

void
jm_layout_add_damage (JmLayout     *self,
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
void
jm_layout_add_damage_below (JmLayout *self,
                            double    y,
                            double    old_height)
{
  JmRect below = { 0.0, y, self->width, MAX (old_height, self->height) - y };

  jm_layout_add_damage (self, &below);
}

void
jm_curve_before_init (JmCurveBefore      *self,
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

void
jm_curve_before_clear (JmCurveBefore *self)
{
  for (guint i = 0; i < 2; i++)
    {
      g_clear_pointer (&self->points[i], g_free);
      g_clear_pointer (&self->segments[i], g_free);
    }
}

/* The curves as they were, moved down by @dy with their lane's band. */
void
jm_curve_before_shift (JmCurveBefore *self,
                       double         dy)
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
find_difference (gconstpointer  a,
                 guint          n_a,
                 gconstpointer  b,
                 guint          n_b,
                 gsize          size,
                 GEqualFunc     same,
                 guint         *head,
                 guint         *tail)
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
void
jm_layout_add_curve_change (JmLayout            *self,
                            guint                lane_index,
                            const JmCurveBefore *before)
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
    jm_layout_add_damage (self, &(JmRect) { x0, lane->band.y, x1 - x0, lane->band.height });
}

JmLaneBefore
jm_layout_lane_before (JmLayout *self,
                       guint     index)
{
  const JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, index);

  return (JmLaneBefore) { index, lane->band.y, self->height };
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
void
jm_layout_add_lane_resize (JmLayout           *self,
                           const JmLaneBefore *before,
                           JmCurveBefore      *curve,
                           const guint        *columns,
                           guint               n_columns,
                           double              cells_top,
                           double              dy)
{
  const JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, before->index);
  double band_top = MIN (before->band_y, lane->band.y);
  /* jm_layout_add_damage() grows it by DAMAGE_REACH: above, not into the band */
  JmRect opened = { 0.0, before->band_y, self->width, MAX (0.0, dy - DAMAGE_REACH) };
  JmRect header = lane->header;
  gboolean first = !self->damage_all && !self->has_shift;

  for (guint i = 0; i < self->n_damage && first; i++)
    first = self->damage[i].y + self->damage[i].height <= before->band_y + DAMAGE_REACH;

  if (!first)
    {
      jm_layout_add_damage_below (self, lane->lane.y, before->map_height);
      return;
    }

  self->has_shift = TRUE;
  self->shift_y = before->band_y;
  self->shift_dy = dy;

  for (guint i = 0; i < n_columns; i++)
    {
      const JmLayoutColumn *column = &g_array_index (self->columns, JmLayoutColumn, columns[i]);
      JmRect cell = { column->column.x, cells_top, column->column.width, band_top - cells_top };

      jm_layout_add_damage (self, &cell);
    }
  header.height = lane->lane.y + lane->lane.height - header.y;
  jm_layout_add_damage (self, &header);
  if (dy > 0.0)
    jm_layout_add_damage (self, &opened);
  if (curve != NULL)
    {
      /* compared where the band is now, it changed only where it did */
      jm_curve_before_shift (curve, lane->band.y - before->band_y);
      jm_layout_add_curve_change (self, before->index, curve);
    }
}

/* The cards of a cell, from its top to the curve band, and where the
 * curves of its lane changed from @curve: what a card coming or going
 * changes while the lane keeps its height. */
void
jm_layout_add_cell_damage (JmLayout            *self,
                           guint                lane,
                           guint                column,
                           const JmCurveBefore *curve)
{
  JmRect cell;

  if (jm_layout_get_cell_rect (self, lane, column, &cell))
    jm_layout_add_damage (self, &cell);
  jm_layout_add_curve_change (self, lane, curve);
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

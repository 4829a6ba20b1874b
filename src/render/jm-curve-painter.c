/* jm-curve-painter.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each lane's emotional curve: the expected curve under it, the band
 * of the votes' spread, the curve itself and its points. Only the
 * points near the view are looked at (a binary search on x), so a
 * long curve costs what is visible of it. jm-curve-layer.c paints
 * them on a second core. The points are shared with the legend.
 */

#define G_LOG_DOMAIN "jm-curve-painter"

#include "config.h"

#include <math.h>

#include "jm-painter-private.h"
#include "jm-stamp.h"

#define SPREAD_CAPSULE 14.0
#define EXPECTED_MARK 4.5
/* segments in one stroke of a curve on a raster (see stroke_segments()) */
#define STROKE_RUN 2

/* Half the height of the spread band at @point, in map units: one
 * standard deviation of the votes either side of the curve. */
static double
spread_half_height (const JmPaintContext *ctx,
                    guint                 lane_index,
                    const JmCurvePoint   *point)
{
  return fabs (jm_layout_emotion_to_y (ctx->layout, lane_index, point->spread) -
               jm_layout_emotion_to_y (ctx->layout, lane_index, 0.0));
}

/* The points of @points (sorted by x) that matter for x0 … x1: from
 * the last one left of it to the first one right of it, so the
 * segments between them cover the range. FALSE if none. */
static gboolean
visible_points (const JmCurvePoint *points,
                guint               n_points,
                double              x0,
                double              x1,
                guint              *first,
                guint              *last)
{
  guint lo = 0, hi = n_points;

  if (n_points == 0)
    return FALSE;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (points[mid].x < x0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *first = lo > 0 ? lo - 1 : 0;

  hi = n_points;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (points[mid].x <= x1)
        lo = mid + 1;
      else
        hi = mid;
    }
  *last = MIN (lo, n_points - 1);

  return TRUE;
}

/* A translucent band around the curve where there are votes: around
 * each voted point a short upright capsule, and between two voted
 * neighbours a ribbon that follows the curve, its height going from
 * one point's spread to the other's. All of it is one path filled once
 * (the shapes all turn the same way, so the non-zero rule unites
 * them): overlaps do not darken and there are no seams; it stays
 * within the curve's range, +2 to −2. Only points @first … @last are
 * looked at. */
static void
paint_lane_spread (const JmPaintContext *ctx,
                   guint                 lane_index,
                   const JmLayoutLane   *lane,
                   const JmColor        *color,
                   guint                 first,
                   guint                 last)
{
  cairo_t *cr = ctx->cr;
  double top = jm_layout_emotion_to_y (ctx->layout, lane_index, JM_EMOTION_MAX);
  double bottom = jm_layout_emotion_to_y (ctx->layout, lane_index, JM_EMOTION_MIN);
  gboolean any = FALSE;

  for (guint p = first; p <= last && !any; p++)
    any = lane->points[p].n_votes > 1 && lane->points[p].spread > 0.0;
  if (!any)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, lane->band.x, top, lane->band.width, bottom - top);
  cairo_clip (cr);
  cairo_new_path (cr);

  /* the capsules */
  for (guint p = first; p <= last; p++)
    {
      const JmCurvePoint *point = &lane->points[p];
      double h = spread_half_height (ctx, lane_index, point);
      JmRect capsule = { point->x - SPREAD_CAPSULE / 2.0, point->y - h, SPREAD_CAPSULE, 2 * h };

      /* Where points crowd (a very full map, zoomed out) the ribbons on
       * both sides already cover a point's capsule: leave it out. */
      if (point->n_votes == 0 || h <= 0.0 ||
          (p > 0 && p < last && p < lane->n_segments &&
           lane->points[p - 1].n_votes > 0 && lane->points[p + 1].n_votes > 0 &&
           point->x - lane->points[p - 1].x < SPREAD_CAPSULE &&
           lane->points[p + 1].x - point->x < SPREAD_CAPSULE))
        continue;

      jm_painter_path_rounded_rect (cr, &capsule, SPREAD_CAPSULE / 2.0);
    }

  /* The ribbon through each run of voted neighbours is one outline:
   * along the top left to right, back along the bottom. The edges of
   * a segment are the segment moved up and down by a height going
   * linearly from one point's spread to the next's; a linear function
   * of t is a cubic with control values at thirds, so each edge is one
   * exact Bézier segment (a straight line where the segment is too
   * short to show a bend). */
  for (guint start = first; start < last && start < lane->n_segments;)
    {
      guint end = start;

      while (end < last && end < lane->n_segments &&
             lane->points[end].n_votes > 0 && lane->points[end + 1].n_votes > 0)
        end++;

      if (end == start)
        {
          start++;
          continue;
        }

      for (guint s = start; s < end; s++)
        {
          const JmCurveSegment *seg = &lane->segments[s];
          double h = spread_half_height (ctx, lane_index, &lane->points[s]);
          double h_next = spread_half_height (ctx, lane_index, &lane->points[s + 1]);

          if (s == start)
            cairo_move_to (cr, seg->x0, seg->y0 - h);
          if (seg->x3 - seg->x0 < SPREAD_CAPSULE)
            cairo_line_to (cr, seg->x3, seg->y3 - h_next);
          else
            cairo_curve_to (cr, seg->x1, seg->y1 - (h + (h_next - h) / 3.0),
                            seg->x2, seg->y2 - (h + 2.0 * (h_next - h) / 3.0),
                            seg->x3, seg->y3 - h_next);
        }
      for (guint s = end; s-- > start;)
        {
          const JmCurveSegment *seg = &lane->segments[s];
          double h = spread_half_height (ctx, lane_index, &lane->points[s]);
          double h_next = spread_half_height (ctx, lane_index, &lane->points[s + 1]);

          if (s == end - 1)
            cairo_line_to (cr, seg->x3, seg->y3 + h_next);
          if (seg->x3 - seg->x0 < SPREAD_CAPSULE)
            cairo_line_to (cr, seg->x0, seg->y0 + h);
          else
            cairo_curve_to (cr, seg->x2, seg->y2 + (h + 2.0 * (h_next - h) / 3.0),
                            seg->x1, seg->y1 + (h + (h_next - h) / 3.0),
                            seg->x0, seg->y0 + h);
        }
      cairo_close_path (cr);
      start = end;
    }

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  jm_color_set_source_alpha (cr, color, ctx->palette->spread_tint);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
path_segments (cairo_t              *cr,
               const JmCurveSegment *segments,
               guint                 first,
               guint                 end)
{
  cairo_move_to (cr, segments[first].x0, segments[first].y0);
  for (guint s = first; s < end; s++)
    cairo_curve_to (cr, segments[s].x1, segments[s].y1, segments[s].x2, segments[s].y2,
                    segments[s].x3, segments[s].y3);
}

/* Segments @first … @end − 1 of a curve, stroked. On a raster in runs
 * of STROKE_RUN segments: cairo works out the coverage of a stroke row
 * by row across all of it, and a dense curve's zigzag is hundreds of
 * edges on every row; short runs are a few each, and take half the
 * time. The runs start at fixed segments, so what a pixel gets does
 * not depend on where the view begins. Round caps where two runs meet
 * cover the same as the round join would (the line is opaque). PDF and
 * SVG get one path. */
static void
stroke_segments (cairo_t              *cr,
                 const JmCurveSegment *segments,
                 guint                 first,
                 guint                 end)
{
  if (jm_painter_is_vector (cr))
    {
      path_segments (cr, segments, first, end);
      cairo_stroke (cr);
      return;
    }

  for (guint run = first - first % STROKE_RUN; run < end; run += STROKE_RUN)
    {
      path_segments (cr, segments, MAX (run, first), MIN (run + STROKE_RUN, end));
      cairo_stroke (cr);
    }
}

/* Soll: a dashed curve through the expectations, with small hollow
 * diamonds, under the emotional curve. */
static void
paint_lane_expected (const JmPaintContext *ctx,
                     const JmLayoutLane   *lane,
                     const JmColor        *color,
                     double                x0,
                     double                x1)
{
  cairo_t *cr = ctx->cr;
  static const double dash[] = { 6.0, 4.0 };
  guint first, last;

  if (!visible_points (lane->expected_points, lane->n_expected_points, x0, x1, &first, &last))
    return;

  if (lane->n_expected_segments > 0 && last > first)
    {
      /* one sub-path per segment: the dashes start afresh at each point,
       * so they do not depend on where drawing starts */
      for (guint s = first; s < MIN (last, lane->n_expected_segments); s++)
        path_segments (cr, lane->expected_segments, s, s + 1);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 2.0);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      jm_color_set_source_alpha (cr, color, 0.85);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  for (guint p = first; p <= last; p++)
    {
      const JmCurvePoint *point = &lane->expected_points[p];

      cairo_move_to (cr, point->x, point->y - EXPECTED_MARK);
      cairo_line_to (cr, point->x + EXPECTED_MARK, point->y);
      cairo_line_to (cr, point->x, point->y + EXPECTED_MARK);
      cairo_line_to (cr, point->x - EXPECTED_MARK, point->y);
      cairo_close_path (cr);
      jm_color_set_source (cr, &ctx->palette->card);
      cairo_fill_preserve (cr);
      cairo_set_line_width (cr, 1.5);
      /* set here, not left from whatever was drawn before */
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      jm_color_set_source (cr, color);
      cairo_stroke (cr);
    }
}

void
jm_painter_paint_lane_curve (const JmPaintContext *ctx,
                             guint                 lane_index,
                             const JmLayoutLane   *lane,
                             const JmColor        *color)
{
  cairo_t *cr = ctx->cr;
  /* a point's ring and the spread capsule reach this far from its x */
  const double reach = JM_LAYOUT_POINT_RADIUS + 6.0 + SPREAD_CAPSULE;
  double x0 = ctx->visible.x - reach, x1 = ctx->visible.x + ctx->visible.width + reach;
  guint first, last;

  if (!jm_paint_context_is_visible (ctx, &lane->band))
    return;

  if (ctx->show_expected)
    paint_lane_expected (ctx, lane, color, x0, x1);

  if (!visible_points (lane->points, lane->n_points, x0, x1, &first, &last))
    return;

  if (!ctx->hide_ratings)
    paint_lane_spread (ctx, lane_index, lane, color, first, last);

  if (lane->n_segments > 0 && last > first)
    {
      cairo_set_line_width (cr, 2.5);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      jm_color_set_source (cr, color);
      stroke_segments (cr, lane->segments, first, MIN (last, lane->n_segments));
    }

  for (guint p = first; p <= last; p++)
    {
      const JmCurvePoint *point = &lane->points[p];

      jm_painter_draw_curve_point (cr, ctx->palette, color, point->x, point->y,
                                   JM_LAYOUT_POINT_RADIUS, point->derived);
      if (ctx->selected == G_OBJECT (point->touchpoint))
        {
          cairo_new_path (cr);
          cairo_arc (cr, point->x, point->y, JM_LAYOUT_POINT_RADIUS + 4.0, 0, 2 * G_PI);
          cairo_set_line_width (cr, 2.5);
          jm_color_set_source (cr, &ctx->palette->accent);
          cairo_stroke (cr);
        }
    }
}

/* How many of @lane's curve points lie between @x0 and @x1. */
guint
jm_painter_count_lane_points (const JmLayoutLane *lane,
                              double              x0,
                              double              x1)
{
  guint first, last;

  g_return_val_if_fail (lane != NULL, 0);

  if (!visible_points (lane->points, lane->n_points, x0, x1, &first, &last))
    return 0;

  return last - first + 1;
}

/* The same point as one circle, filled and then stroked 2 units wide
 * (in PDF one path, one operator): a ring in the background colour
 * around the dot; or, derived, the disc in the background colour
 * inside a dashed ring, the dashes where the raster version puts its
 * pieces (3.5 long, from half a unit before every 4.5 units). The
 * circle is closed, so the ring has no seam where it starts. */
static void
draw_vector_curve_point (cairo_t         *cr,
                         const JmPalette *palette,
                         const JmColor   *color,
                         double           x,
                         double           y,
                         double           radius,
                         gboolean         derived)
{
  static const double dash[] = { 3.5, 1.0 };
  cairo_line_cap_t cap = cairo_get_line_cap (cr);

  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  /* closed, and no stray moveto after it in PDF (see jm-card-painter.c) */
  cairo_close_path (cr);
  cairo_new_sub_path (cr);
  jm_color_set_source (cr, derived ? &palette->background : color);
  cairo_fill_preserve (cr);
  jm_color_set_source (cr, derived ? color : &palette->background);
  cairo_set_line_width (cr, 2.0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  if (derived)
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0.5);
  cairo_stroke (cr);
  if (derived)
    cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, cap);
}

static void
draw_raster_curve_point (cairo_t         *cr,
                         const JmPalette *palette,
                         const JmColor   *color,
                         double           x,
                         double           y,
                         double           radius,
                         gboolean         derived)
{
  if (!derived)
    {
      /* the ring in the background colour, then the dot: two fills,
       * cheaper than a fill and a stroke */
      cairo_arc (cr, x, y, radius + 1.0, 0, 2 * G_PI);
      jm_color_set_source (cr, &palette->background);
      cairo_fill (cr);
      cairo_arc (cr, x, y, radius - 1.0, 0, 2 * G_PI);
      jm_color_set_source (cr, color);
      cairo_fill (cr);
      return;
    }

  /* Derived: hollow, with a dashed ring (a dash every 4.5 units along
   * the circle, 3.5 long). The dashes are filled pieces of the ring,
   * cheaper than a dashed stroke. */
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  jm_color_set_source (cr, &palette->background);
  cairo_fill (cr);

  for (double s = 0.0; s < 2 * G_PI * radius; s += 4.5)
    {
      double a0 = (s - 0.5) / radius;
      double a1 = MIN (s + 3.0, 2 * G_PI * radius) / radius;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, radius + 1.0, a0, a1);
      cairo_arc_negative (cr, x, y, radius - 1.0, a1, a0);
      cairo_close_path (cr);
    }
  jm_color_set_source (cr, color);
  cairo_fill (cr);
}

/* On a raster, points are stamped: hundreds crowd a dense curve. */
static void
draw_point_stamp (cairo_t          *cr,
                  const JmStampKey *key)
{
  JmPalette palette = { .background = key->colors[1] };

  /* the centre on a pixel corner */
  cairo_translate (cr, key->width / 2, key->height / 2);
  cairo_scale (cr, key->scale, key->scale);
  draw_raster_curve_point (cr, &palette, &key->colors[0], 0.0, 0.0, key->size[0], key->flags);
}

/* FALSE where a stamp would not do (see jm_stamp_get_device_point()). */
static gboolean
stamp_curve_point (cairo_t         *cr,
                   const JmPalette *palette,
                   const JmColor   *color,
                   double           x,
                   double           y,
                   double           radius,
                   gboolean         derived)
{
  JmStampKey key = { 0 };
  double scale;

  if (!jm_stamp_get_device_point (cr, x, y, &x, &y, &scale))
    return FALSE;

  key.kind = JM_STAMP_CURVE_POINT;
  key.flags = derived;
  key.scale = scale;
  key.size[0] = radius;
  key.colors[0] = *color;
  key.colors[1] = palette->background;
  key.width = key.height = 2 * (int) ceil ((radius + 2.0) * scale);
  /* on whole device pixels: at most half a pixel from the curve, and
   * never resampled. Halves go down, as floor() has it: round() takes
   * them away from zero, and a point half way between two pixels would
   * land on another one in a tile (where it may lie at −3.5) than in
   * the view around it. */
  jm_stamp_composite (cr, &key, draw_point_stamp, 0, key.height,
                      (int) floor (x + 0.5) - key.width / 2,
                      (int) floor (y + 0.5) - key.height / 2);

  return TRUE;
}

void
jm_painter_draw_curve_point (cairo_t         *cr,
                             const JmPalette *palette,
                             const JmColor   *color,
                             double           x,
                             double           y,
                             double           radius,
                             gboolean         derived)
{
  g_return_if_fail (cr != NULL && palette != NULL && color != NULL);

  cairo_new_path (cr);
  if (jm_painter_is_vector (cr))
    draw_vector_curve_point (cr, palette, color, x, y, radius, derived);
  else if (!stamp_curve_point (cr, palette, color, x, y, radius, derived))
    draw_raster_curve_point (cr, palette, color, x, y, radius, derived);
}

/* jm-curve.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One cubic Bézier segment of the emotional curve, in map units. */
typedef struct
{
  double x0, y0;  /* start: a curve point */
  double x1, y1;  /* control points */
  double x2, y2;
  double x3, y3;  /* end: the next curve point */
} JmCurveSegment;

/* A monotone cubic (Fritsch–Carlson) Hermite spline through @n points
 * with strictly increasing @x, as @n − 1 Bézier segments written to
 * @segments. Each segment is monotone in y, so the curve never leaves
 * the range of its two end points: no overshoot past −2 or +2. Returns
 * the number of segments. */
guint jm_curve_compute_segments (const double   *x,
                                 const double   *y,
                                 guint           n,
                                 JmCurveSegment *segments);

/* The point at @t (0 … 1) of @segment. */
void  jm_curve_segment_eval     (const JmCurveSegment *segment,
                                 double                t,
                                 double               *x,
                                 double               *y);

G_END_DECLS

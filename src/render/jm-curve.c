/* jm-curve.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The emotional curve must look smooth but never claim a feeling the
 * workshop did not record: an ordinary cubic spline through +2, +2, −2
 * swings above +2 between the first two points. A monotone Hermite
 * spline (Fritsch and Carlson, 1980) keeps every segment between the
 * values of its end points. Tangents are the weighted harmonic mean of
 * the neighbouring secants (zero at a local extremum), then limited to
 * the circle of radius 3 in (alpha, beta). With |m| ≤ 3·|secant| the
 * Bézier control points lie between the end values too, so even the
 * control polygon stays in range.
 */

#define G_LOG_DOMAIN "jm-curve"

#include "config.h"

#include <math.h>

#include "jm-curve.h"

static double
interior_tangent (double h0,
                  double h1,
                  double d0,
                  double d1)
{
  if (d0 * d1 <= 0.0)
    return 0.0;

  return 3.0 * (h0 + h1) / ((2.0 * h1 + h0) / d0 + (h1 + 2.0 * h0) / d1);
}

static void
limit_tangents (double  secant,
                double *m0,
                double *m1)
{
  double alpha, beta, s;

  if (secant == 0.0)
    {
      *m0 = 0.0;
      *m1 = 0.0;
      return;
    }

  alpha = *m0 / secant;
  beta = *m1 / secant;
  if (alpha < 0.0)
    *m0 = alpha = 0.0;
  if (beta < 0.0)
    *m1 = beta = 0.0;

  s = alpha * alpha + beta * beta;
  if (s > 9.0)
    {
      double tau = 3.0 / sqrt (s);

      *m0 = tau * alpha * secant;
      *m1 = tau * beta * secant;
    }
}

guint
jm_curve_compute_segments (const double   *x,
                           const double   *y,
                           guint           n,
                           JmCurveSegment *segments)
{
  g_autofree double *h = NULL;
  g_autofree double *d = NULL;
  g_autofree double *m = NULL;

  g_return_val_if_fail (n == 0 || (x != NULL && y != NULL), 0);
  g_return_val_if_fail (n < 2 || segments != NULL, 0);

  if (n < 2)
    return 0;

  h = g_new (double, n - 1);
  d = g_new (double, n - 1);
  m = g_new (double, n);

  for (guint k = 0; k + 1 < n; k++)
    {
      h[k] = x[k + 1] - x[k];
      /* A repeated x would divide by zero: draw a flat joint instead. */
      d[k] = h[k] > 0.0 ? (y[k + 1] - y[k]) / h[k] : 0.0;
    }

  m[0] = d[0];
  m[n - 1] = d[n - 2];
  for (guint k = 1; k + 1 < n; k++)
    m[k] = h[k - 1] > 0.0 && h[k] > 0.0 ? interior_tangent (h[k - 1], h[k], d[k - 1], d[k]) : 0.0;

  for (guint k = 0; k + 1 < n; k++)
    limit_tangents (d[k], &m[k], &m[k + 1]);

  for (guint k = 0; k + 1 < n; k++)
    {
      JmCurveSegment *s = &segments[k];
      double third = MAX (h[k], 0.0) / 3.0;

      s->x0 = x[k];
      s->y0 = y[k];
      s->x1 = x[k] + third;
      s->y1 = y[k] + m[k] * third;
      s->x2 = x[k + 1] - third;
      s->y2 = y[k + 1] - m[k + 1] * third;
      s->x3 = x[k + 1];
      s->y3 = y[k + 1];
    }

  return n - 1;
}

void
jm_curve_segment_eval (const JmCurveSegment *segment,
                       double                t,
                       double               *x,
                       double               *y)
{
  double u = 1.0 - t;
  double b0 = u * u * u;
  double b1 = 3.0 * u * u * t;
  double b2 = 3.0 * u * t * t;
  double b3 = t * t * t;

  g_return_if_fail (segment != NULL);

  if (x != NULL)
    *x = b0 * segment->x0 + b1 * segment->x1 + b2 * segment->x2 + b3 * segment->x3;
  if (y != NULL)
    *y = b0 * segment->y0 + b1 * segment->y1 + b2 * segment->y2 + b3 * segment->y3;
}

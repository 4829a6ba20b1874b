/* jm-bench-stats.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "jm-bench.h"

int
jm_bench_compare_doubles (gconstpointer a,
                          gconstpointer b)
{
  double da = *(const double *)a, db = *(const double *)b;

  return da < db ? -1 : da > db;
}

/* The median of @n times; sorts them. */
double
jm_bench_median_of (double *times,
                    guint   n)
{
  qsort (times, n, sizeof (double), jm_bench_compare_doubles);
  return times[n / 2];
}

/* Median wall time of @runs calls of @func, in milliseconds, each after
 * an untimed call of @before (nullable). */
double
jm_bench_median_ms_after (guint       runs,
                          JmBenchFunc before,
                          JmBenchFunc func,
                          gpointer    data)
{
  g_autofree double *times = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      gint64 start;

      if (before != NULL)
        before (data);
      start = g_get_monotonic_time ();
      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  return jm_bench_median_of (times, runs);
}

/* Median wall time of @runs calls, in milliseconds. */
double
jm_bench_median_ms (guint       runs,
                    JmBenchFunc func,
                    gpointer    data)
{
  return jm_bench_median_ms_after (runs, NULL, func, data);
}

/* Medians in milliseconds of @runs rounds, each round calling every one
 * of @funcs once, in turn: a figure and its floor measured this way see
 * the same moments of a shared machine, where in blocks of runs one
 * could fall in a slow spell the other missed. */
void
jm_bench_medians_ms (guint              runs,
                     guint              n_funcs,
                     const JmBenchFunc *funcs,
                     gpointer           data,
                     double            *medians)
{
  g_autofree double *times = g_new (double, (gsize)runs * n_funcs);

  for (guint i = 0; i < runs; i++)
    for (guint f = 0; f < n_funcs; f++)
      {
        gint64 start = g_get_monotonic_time ();

        funcs[f] (data);
        times[f * runs + i] = (g_get_monotonic_time () - start) / 1000.0;
      }

  for (guint f = 0; f < n_funcs; f++)
    medians[f] = jm_bench_median_of (times + f * runs, runs);
}

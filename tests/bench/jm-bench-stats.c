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

  qsort (times, runs, sizeof (double), jm_bench_compare_doubles);
  return times[runs / 2];
}

/* Median wall time of @runs calls, in milliseconds. */
double
jm_bench_median_ms (guint       runs,
                    JmBenchFunc func,
                    gpointer    data)
{
  return jm_bench_median_ms_after (runs, NULL, func, data);
}

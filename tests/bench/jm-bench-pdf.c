/* jm-bench-pdf.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Where a PDF export's time goes, part by part, beside the same parts
 * of the PDF floor: laying the map out; drawing it, which cairo's PDF
 * surface only records; and cairo writing the page, which replays the
 * recording twice (once to see what each operation needs, once to
 * write it) in cairo_surface_finish(). */

#include "config.h"

#include <cairo-pdf.h>

#include "jm-bench.h"
#include "jm-export.h"
#include "jm-painter.h"
#include "jm-report.h"

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* The milliseconds since *@start, which moves on to now. */
static double
lap_ms (gint64 *start)
{
  gint64 now = g_get_monotonic_time ();
  double ms = (now - *start) / 1000.0;

  *start = now;
  return ms;
}

/* A page the size of @layout, written nowhere: the parts are timed
 * without the disk, the floor's as ours. */
static cairo_t *
begin_page (JmLayout *layout)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard, NULL,
                                                                  jm_layout_get_width (layout),
                                                                  jm_layout_get_height (layout));
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

static void
finish_page (cairo_t *cr,
             gint64  *start,
             double  *parts)
{
  cairo_surface_t *surface = cairo_surface_reference (cairo_get_target (cr));

  g_assert (cairo_status (cr) == CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  parts[JM_BENCH_PDF_DRAWING] = lap_ms (start);
  cairo_surface_finish (surface);
  parts[JM_BENCH_PDF_WRITING] = lap_ms (start);
  g_assert (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* As jm_export_to_file() makes a PDF of the map: a layout of its own,
 * then a white page and the painter. (The floor paints its page
 * itself.) */
static void
time_export (JmBench *b,
             double  *parts)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(JmLayout) layout = jm_layout_new (b->document);
  JmPaintOptions options = { .dark = FALSE };
  cairo_t *cr;

  parts[JM_BENCH_PDF_LAYOUT] = lap_ms (&start);
  cr = begin_page (layout);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);
  jm_painter_paint (layout, cr, &options);
  finish_page (cr, &start, parts);
}

/* The floor lays nothing out: its text comes shaped (see
 * jm_bench_draw_floor()). */
static void
time_floor (JmBench *b,
            double  *parts)
{
  gint64 start = g_get_monotonic_time ();
  cairo_t *cr = begin_page (b->layout);

  parts[JM_BENCH_PDF_LAYOUT] = 0.0;
  jm_bench_draw_floor (b, cr);
  finish_page (cr, &start, parts);
}

/* Medians of @runs rounds, each an export and then the floor: @ours
 * and @floor get JM_BENCH_PDF_N_PARTS times each. */
void
jm_bench_pdf_parts (JmBench *b,
                    guint    runs,
                    double  *ours,
                    double  *floor)
{
  g_autofree double *times = g_new (double, (gsize) runs * 2 * JM_BENCH_PDF_N_PARTS);
  double *our_times = times;
  double *floor_times = times + (gsize) runs * JM_BENCH_PDF_N_PARTS;

  for (guint i = 0; i < runs; i++)
    {
      double parts[JM_BENCH_PDF_N_PARTS];

      time_export (b, parts);
      for (guint p = 0; p < JM_BENCH_PDF_N_PARTS; p++)
        our_times[p * runs + i] = parts[p];
      time_floor (b, parts);
      for (guint p = 0; p < JM_BENCH_PDF_N_PARTS; p++)
        floor_times[p * runs + i] = parts[p];
    }

  for (guint p = 0; p < JM_BENCH_PDF_N_PARTS; p++)
    {
      ours[p] = jm_bench_median_of (our_times + p * runs, runs);
      floor[p] = jm_bench_median_of (floor_times + p * runs, runs);
    }
}

static void
export_report (gpointer data)
{
  JmBench *b = data;
  g_autofree char *path = g_build_filename (b->tmpdir, "report.pdf", NULL);
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  g_autoptr(GError) error = NULL;

  jm_export_to_file_with_options (b->document, path, options, &error);
  g_assert_no_error (error);
}

/* The PDF a user gets by default: the report on A4, the map tiled, a
 * page per persona and the summary. Its median time in milliseconds,
 * and its number of pages in @n_pages. */
double
jm_bench_report_ms (JmBench *b,
                    guint    runs,
                    guint   *n_pages)
{
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  g_autoptr(JmReport) report = jm_report_new (b->document, options, 0.0, 0.0);

  *n_pages = jm_report_get_n_pages (report);
  return jm_bench_median_ms (runs, export_report, b);
}

/* jm-bench.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the parts of journey-maps-bench share: the map under measure and
 * the timing of runs. */

#pragma once

#include <cairo.h>

#include "jm-document.h"
#include "jm-history.h"
#include "jm-layout.h"
#include "jm-tile-cache.h"

G_BEGIN_DECLS

#define VIEW_WIDTH 1920
#define VIEW_HEIGHT 1080

typedef void (*JmBenchFunc) (gpointer data);

typedef struct
{
  JmDocument *document;
  JmLayout *layout;
  char *json;
  gsize json_length;
  char *tmpdir;
  cairo_surface_t *full_surface;
  double full_scale;
  cairo_surface_t *view_surface;
  JmTileCache *tiles;
  double scroll_y;
  JmTouchpoint *moving;   /* the card the drag steps move, and its phase */
  char *home;
  JmTouchpoint *added;    /* the card the add and remove runs add and remove */
  JmHistory *history;     /* of the persona runs' undo steps */
} JmBench;

/* For qsort() of doubles. */
int      jm_bench_compare_doubles    (gconstpointer a,
                                      gconstpointer b);
double   jm_bench_median_of          (double      *times,
                                      guint        n);
double   jm_bench_median_ms_after    (guint        runs,
                                      JmBenchFunc  before,
                                      JmBenchFunc  func,
                                      gpointer     data);
double   jm_bench_median_ms          (guint        runs,
                                      JmBenchFunc  func,
                                      gpointer     data);
void     jm_bench_medians_ms         (guint              runs,
                                      guint              n_funcs,
                                      const JmBenchFunc *funcs,
                                      gpointer           data,
                                      double            *medians);

/* The floors (jm-bench-floor.c); each takes a JmBench. */
void     jm_bench_load_floor         (gpointer     data);
void     jm_bench_render_floor       (gpointer     data);
void     jm_bench_pdf_floor          (gpointer     data);
void     jm_bench_draw_floor         (JmBench     *b,
                                      cairo_t     *cr);

/* The parts of a PDF export and of its floor (jm-bench-pdf.c). */
enum
{
  JM_BENCH_PDF_LAYOUT,
  JM_BENCH_PDF_DRAWING,
  JM_BENCH_PDF_WRITING,
  JM_BENCH_PDF_N_PARTS
};

void     jm_bench_pdf_parts          (JmBench     *b,
                                      guint        runs,
                                      double      *ours,
                                      double      *floor);
double   jm_bench_report_ms          (JmBench     *b,
                                      guint        runs,
                                      guint       *n_pages);

/* The 1920x1080 region in the middle of the map at 100 %. */
void     jm_bench_render_view        (gpointer     data);

/* Edits as a workshop makes them (jm-bench-edit.c); the timed ones
 * take a JmBench. jm_bench_follow_document() makes the layout follow
 * the document as the canvas does. */
void     jm_bench_follow_document    (JmBench     *b);
void     jm_bench_unfollow_document  (JmBench     *b);
void     jm_bench_edit_relayout      (gpointer     data);
void     jm_bench_edit_apply         (gpointer     data);
void     jm_bench_take_added_away    (JmBench     *b);
void     jm_bench_make_card_to_add   (gpointer     data);
void     jm_bench_add                (gpointer     data);
void     jm_bench_add_card_to_remove (gpointer     data);
void     jm_bench_remove             (gpointer     data);
void     jm_bench_restore_persona    (gpointer     data);
void     jm_bench_delete_persona     (gpointer     data);
void     jm_bench_delete_persona_untimed (gpointer data);
void     jm_bench_undo               (gpointer     data);

/* Peak RSS, measured in a child process (jm-bench-memory.c). */
int      jm_bench_measure_memory     (const char  *path);
gboolean jm_bench_spawn_memory_child (const char  *self_path,
                                      const char  *map_path,
                                      double      *peak_mb,
                                      double      *bytes_per_touchpoint);

G_END_DECLS

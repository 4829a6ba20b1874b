/* jm-bench.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* journey-maps-bench: medians of load, save, layout, rendering and
 * export for generated maps of 100 to 10,000 touchpoints, each beside
 * its floor measured in the same run (json-glib parsing with no model;
 * cairo drawing the same boxes and text with no layout logic), run in
 * turn with it, so the ratios mean something on any machine. Peak RSS
 * is measured in a child process per size, so one size's memory does
 * not hide in another's.
 */

#define G_LOG_DOMAIN "jm-bench"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jm-bench.h"
#include "jm-bench-map.h"
#include "jm-export.h"
#include "jm-file.h"
#include "jm-layout-private.h"
#include "jm-overlay.h"
#include "jm-painter.h"
#include "jm-tile-cache.h"

#define SEED 20261122
#define FULL_RENDER_MAX 4096.0

/* Load, save and their floor are quick beside the rest and, on a shared
 * machine, the noisiest: at least this many runs for their medians. */
#define FILE_RUNS 9

typedef struct
{
  guint n_touchpoints;
  guint n_personas;
  guint n_phases;
  guint runs;
} Size;

static const Size sizes[] = {
  { 100, 3, 6, 9 },
  { 1000, 6, 10, 7 },
  { 2000, 8, 12, 5 },
  { 10000, 12, 20, 3 },
};



static void
bench_load (gpointer data)
{
  JmBench *b = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JmDocument) doc = jm_file_load_from_data (b->json, b->json_length, &error);

  g_assert_no_error (error);
}

static void
bench_save (gpointer data)
{
  JmBench *b = data;
  gsize length;
  g_autofree char *text = jm_file_save_to_data (b->document, &length);

  g_assert (length > 0);
}

static void
bench_layout (gpointer data)
{
  JmBench *b = data;
  g_autoptr(JmLayout) layout = jm_layout_new (b->document);

  g_assert (jm_layout_get_n_cards (layout) == jm_document_get_n_touchpoints (b->document));
}

static void
clear_surface (cairo_t *cr)
{
  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
bench_render_full (gpointer data)
{
  JmBench *b = data;
  cairo_t *cr = cairo_create (b->full_surface);

  clear_surface (cr);
  cairo_scale (cr, b->full_scale, b->full_scale);
  jm_painter_paint (b->layout, cr, &(JmPaintOptions) { 0 });
  cairo_destroy (cr);
  cairo_surface_flush (b->full_surface);
}


/* The 1920x1080 view at @zoom whose top left is (@x, @y) on the map. */
static void
paint_view_zoomed (JmBench *b,
                   double   x,
                   double   y,
                   double   zoom)
{
  cairo_t *cr = cairo_create (b->view_surface);
  JmRect clip = { x, y, VIEW_WIDTH / zoom, VIEW_HEIGHT / zoom };

  clear_surface (cr);
  cairo_scale (cr, zoom, zoom);
  cairo_translate (cr, -clip.x, -clip.y);
  jm_painter_paint (b->layout, cr, &(JmPaintOptions) { .clip = &clip });
  cairo_destroy (cr);
  cairo_surface_flush (b->view_surface);
}

static void
paint_view_at (JmBench *b,
               double   x,
               double   y)
{
  paint_view_zoomed (b, x, y, 1.0);
}

/* The middle of the map zoomed out, painted whole as after zooming:
 * four and more times the cards of a view at 100 %. At 10 %, the least
 * zoom, the canvas fits a map of 2,000 touchpoints. */
static void
paint_middle_zoomed (JmBench *b,
                     double   zoom)
{
  double width = VIEW_WIDTH / zoom, height = VIEW_HEIGHT / zoom;

  paint_view_zoomed (b, MAX (0, (jm_layout_get_width (b->layout) - width) / 2),
                     MAX (0, (jm_layout_get_height (b->layout) - height) / 2), zoom);
}

static void
bench_view_50 (gpointer data)
{
  paint_middle_zoomed (data, 0.5);
}

static void
bench_view_25 (gpointer data)
{
  paint_middle_zoomed (data, 0.25);
}

static void
bench_view_10 (gpointer data)
{
  paint_middle_zoomed (data, 0.1);
}

/* The region in the middle of the map. */
void
jm_bench_render_view (gpointer data)
{
  JmBench *b = data;

  paint_view_at (b, MAX (0, (jm_layout_get_width (b->layout) - VIEW_WIDTH) / 2),
                 MAX (0, (jm_layout_get_height (b->layout) - VIEW_HEIGHT) / 2));
}

/* The view at (@x, @y) as the canvas draws it: painted whole when most
 * of its tiles are missing, else tiles from the cache, painting the
 * missing ones, laid side by side. GTK composites them on the GPU;
 * cairo compositing here is the dearer bound. */
static void
paint_tiles_at (JmBench *b,
                double   x,
                double   y)
{
  JmPaintOptions options = { 0 };
  JmRect visible = { floor (x), floor (y), VIEW_WIDTH, VIEW_HEIGHT };
  cairo_t *cr = cairo_create (b->view_surface);
  const JmTile *view;

  clear_surface (cr);
  view = jm_tile_cache_paint_view (b->tiles, &visible, 1.0, &options);
  if (view != NULL)
    {
      cairo_set_source_surface (cr, view->surface, view->x - visible.x, view->y - visible.y);
      cairo_paint (cr);
    }
  else
    {
      jm_tile_cache_draw (b->tiles, cr, visible.x, visible.y, VIEW_WIDTH, VIEW_HEIGHT, 1.0,
                          &options);
    }
  cairo_destroy (cr);
  cairo_surface_flush (b->view_surface);
}

/* What the canvas does when idle between frames: the tiles in and
 * around the view. */
static void
fill_tiles (gpointer data)
{
  JmBench *b = data;

  while (jm_tile_cache_fill (b->tiles))
    ;
}

static double
middle_x (JmBench *b)
{
  return MAX (0, (jm_layout_get_width (b->layout) - VIEW_WIDTH) / 2);
}

static double
middle_y (JmBench *b)
{
  return MAX (0, (jm_layout_get_height (b->layout) - VIEW_HEIGHT) / 2);
}

/* A frame with no tile of the view cached, as after opening, zooming
 * or a change of style: the view is painted whole. */
static void
bench_tiles_cold (gpointer data)
{
  JmBench *b = data;

  jm_tile_cache_invalidate (b->tiles, NULL);
  paint_tiles_at (b, middle_x (b), middle_y (b));
}

/* Frames of @func two ways: @busy back to back, as when every frame
 * follows the last at once; @idle with the work the canvas does when
 * idle between frames (painting the tiles around the view) done,
 * untimed, before each. Medians of @runs each. */
static void
median_frames_ms (guint        runs,
                  JmBenchFunc  func,
                  JmBench     *b,
                  double      *busy,
                  double      *idle)
{
  *busy = jm_bench_median_ms (runs, func, b);
  *idle = jm_bench_median_ms_after (runs, fill_tiles, func, b);
}

/* A cold frame and the idle work after it: the tiles filled in. */
static void
bench_tiles_fill (gpointer data)
{
  JmBench *b = data;

  jm_tile_cache_invalidate (b->tiles, NULL);
  paint_tiles_at (b, middle_x (b), middle_y (b));
  fill_tiles (b);
}

/* One frame of scrolling down by a wheel step (GTK scrolls
 * page_size^(2/3), about 105 px on a 1080 px view). */
static void
bench_scroll (gpointer data)
{
  JmBench *b = data;

  b->scroll_y += 105;
  if (middle_y (b) + b->scroll_y + VIEW_HEIGHT > jm_layout_get_height (b->layout))
    b->scroll_y = 0;
  paint_tiles_at (b, middle_x (b), middle_y (b) + b->scroll_y);
}

/* The touchpoint of the first card in the middle region, the one the
 * drag benchmarks pick up; NULL if the region has none. */
static JmTouchpoint *
first_card_in_view (JmBench *b)
{
  JmRect visible = { middle_x (b), middle_y (b), VIEW_WIDTH, VIEW_HEIGHT };
  g_autoptr(GArray) cards = g_array_new (FALSE, FALSE, sizeof (guint));

  jm_layout_collect_cards_in_rect (b->layout, &visible, cards);
  if (cards->len == 0)
    return NULL;

  return jm_layout_get_card (b->layout, g_array_index (cards, guint, 0))->touchpoint;
}

/* One frame of a card drag between drop targets: the tiles as they are
 * and the floating card with its drop slot painted over them. */
static void
bench_drag (gpointer data)
{
  JmBench *b = data;
  double x = middle_x (b), y = middle_y (b);
  JmOverlay overlay = { .cell_lane = -1, .cell_column = -1, .drag = JM_OVERLAY_DRAG_CARD };
  JmTouchpoint *touchpoint;
  cairo_t *cr;

  paint_tiles_at (b, x, y);
  touchpoint = first_card_in_view (b);
  if (touchpoint == NULL)
    return;

  overlay.object = G_OBJECT (touchpoint);
  overlay.x = x + VIEW_WIDTH / 2.0;
  overlay.y = y + VIEW_HEIGHT / 2.0;
  overlay.grab_dx = 20;
  overlay.grab_dy = 20;
  cr = cairo_create (b->view_surface);
  cairo_translate (cr, -x, -y);
  jm_overlay_paint (b->layout, cr, &overlay);
  cairo_destroy (cr);
  cairo_surface_flush (b->view_surface);
}

typedef struct
{
  guint  n_regions;
  double median;
  double p90;
  double max;
  double max_x, max_y;   /* where the slowest region is */
} Spread;

/* Every 1920×1080 region of the map, on a grid of half a view, each
 * painted three times (the median counts): where the cards are dense
 * a region costs more than the one in the middle. */
static Spread
sweep_views (JmBench *b,
             void  (*paint) (JmBench *b, double x, double y))
{
  double width = jm_layout_get_width (b->layout);
  double height = jm_layout_get_height (b->layout);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  Spread spread = { 0 };

  for (double y = 0; y < MAX (1.0, height - VIEW_HEIGHT / 2.0); y += VIEW_HEIGHT / 2.0)
    for (double x = 0; x < MAX (1.0, width - VIEW_WIDTH / 2.0); x += VIEW_WIDTH / 2.0)
      {
        double runs[3];
        double median;

        for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
          {
            gint64 start = g_get_monotonic_time ();

            if (paint == paint_tiles_at)
              jm_tile_cache_invalidate (b->tiles, NULL);
            paint (b, x, y);
            runs[i] = (g_get_monotonic_time () - start) / 1000.0;
          }
        median = jm_bench_median_of (runs, G_N_ELEMENTS (runs));
        g_array_append_val (times, median);
        if (median > spread.max)
          {
            spread.max = median;
            spread.max_x = x;
            spread.max_y = y;
          }
      }

  g_array_sort (times, jm_bench_compare_doubles);
  spread.median = g_array_index (times, double, times->len / 2);
  spread.p90 = g_array_index (times, double, (times->len * 9) / 10);
  spread.n_regions = times->len;
  return spread;
}

/* A frame after a vote in a workshop: one rating of a card in view
 * changes, the layout applies it, the tiles it damaged are painted
 * again and the view is composited. */
static void
bench_vote_frame (gpointer data)
{
  JmBench *b = data;
  double x = middle_x (b), y = middle_y (b);
  JmRect visible = { x, y, VIEW_WIDTH, VIEW_HEIGHT };
  g_autoptr(GArray) cards = g_array_new (FALSE, FALSE, sizeof (guint));
  JmParticipant *participant = jm_document_get_participant (b->document, 0);
  const char *id = jm_participant_get_id (participant);
  JmTouchpoint *touchpoint;
  JmRating rating;

  jm_layout_collect_cards_in_rect (b->layout, &visible, cards);
  if (cards->len == 0)
    return;

  touchpoint = jm_layout_get_card (b->layout, g_array_index (cards, guint, cards->len / 2))->touchpoint;
  rating = jm_touchpoint_get_rating (touchpoint, id);
  jm_document_set_rating (b->document, touchpoint, id,
                          rating == JM_RATING_DELIGHT ? JM_RATING_OK : JM_RATING_DELIGHT);
  paint_tiles_at (b, x, y);
}

/* A frame of a card drag when the drop target changes: the card moves
 * to the next phase (or back), the layout takes the move without
 * measuring anything again, and the damaged tiles are painted. */
static void
bench_drag_step (gpointer data)
{
  JmBench *b = data;
  double x = middle_x (b), y = middle_y (b);
  const JmLayoutCard *card;
  const char *phase;

  if (b->moving == NULL)
    {
      b->moving = first_card_in_view (b);
      if (b->moving == NULL)
        return;
      b->home = g_strdup (jm_touchpoint_get_phase (b->moving));
    }

  card = jm_layout_find_card (b->layout, b->moving);
  if (g_strcmp0 (jm_touchpoint_get_phase (b->moving), b->home) != 0)
    phase = b->home;
  else
    phase = jm_phase_get_id (jm_layout_get_column (b->layout, (card->column + 1) %
                                                   jm_layout_get_n_columns (b->layout))->phase);
  jm_document_set_string (b->document, b->moving, "phase", phase);
  paint_tiles_at (b, x, y);
}

static void
export_to (JmBench        *b,
           const char     *name,
           JmExportFormat  format)
{
  g_autofree char *path = g_build_filename (b->tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  jm_export_to_file (b->document, path, format, 1.0, &error);
  g_assert_no_error (error);
}

static void
bench_pdf (gpointer data)
{
  export_to (data, "map.pdf", JM_EXPORT_FORMAT_PDF);
}

static void
bench_svg (gpointer data)
{
  export_to (data, "map.svg", JM_EXPORT_FORMAT_SVG);
}

/* rsvg-convert refuses very large SVGs; that is remembered, not timed
 * as if it had worked. */
static gboolean rsvg_failed;

static void
bench_rsvg (gpointer data)
{
  JmBench *b = data;
  g_autofree char *svg = g_build_filename (b->tmpdir, "map.svg", NULL);
  g_autofree char *pdf = g_build_filename (b->tmpdir, "rsvg.pdf", NULL);
  const char *argv[] = { "rsvg-convert", "-f", "pdf", "-o", pdf, svg, NULL };
  int status = 0;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                     &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    rsvg_failed = TRUE;
}


/* The cards of the persona the persona runs delete. */
static guint
count_persona_cards (JmBench *b)
{
  const char *id = jm_persona_get_id (jm_document_get_persona (b->document, 0));
  guint n = 0;

  for (guint i = 0; i < jm_document_get_n_touchpoints (b->document); i++)
    n += g_strcmp0 (jm_touchpoint_get_persona (jm_document_get_touchpoint (b->document, i)), id) == 0;

  return n;
}

static void
run_size (const Size *size,
          const char *self_path,
          gboolean    have_rsvg)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *map_path = NULL;
  JmBench b = { 0 };
  double load, floor_load, save, layout, full, floor_render, view, edit, apply, pdf, floor_pdf, svg;
  double add, removal;
  double rsvg = 0, report;
  guint n_report_pages;
  Spread views, tile_views;
  double view_50, view_25, view_10;
  double tiles_cold, tiles_fill, scroll, drag, vote, drag_step;
  double scroll_busy, drag_busy, vote_busy, drag_step_busy;
  double delete_persona, undo_persona;
  guint n_persona_cards;
  double peak_mb = 0, per_tp = 0;
  double width, height;
  const JmBenchFunc file_funcs[] = { bench_load, jm_bench_load_floor, bench_save };
  const JmBenchFunc render_funcs[] = { bench_render_full, jm_bench_render_floor };
  const JmBenchFunc pdf_funcs[] = { bench_pdf, jm_bench_pdf_floor };
  double file_medians[G_N_ELEMENTS (file_funcs)];
  double render_medians[G_N_ELEMENTS (render_funcs)];
  double pdf_medians[G_N_ELEMENTS (pdf_funcs)];
  double pdf_parts[JM_BENCH_PDF_N_PARTS], floor_pdf_parts[JM_BENCH_PDF_N_PARTS];

  b.document = jm_bench_map_generate (size->n_personas, size->n_phases,
                                      size->n_touchpoints, SEED);
  b.json = jm_file_save_to_data (b.document, &b.json_length);
  b.tmpdir = g_dir_make_tmp ("jm-bench-XXXXXX", &error);
  g_assert_no_error (error);
  map_path = g_build_filename (b.tmpdir, "map.journey", NULL);
  g_file_set_contents (map_path, b.json, b.json_length, &error);
  g_assert_no_error (error);

  b.layout = jm_layout_new (b.document);
  width = jm_layout_get_width (b.layout);
  height = jm_layout_get_height (b.layout);
  b.full_scale = MIN (1.0, FULL_RENDER_MAX / MAX (width, height));
  b.full_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                               ceil (width * b.full_scale),
                                               ceil (height * b.full_scale));
  b.view_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VIEW_WIDTH, VIEW_HEIGHT);
  b.tiles = jm_tile_cache_new (b.layout);

  /* each figure that has a floor is measured in turn with it */
  jm_bench_medians_ms (MAX (size->runs, FILE_RUNS), G_N_ELEMENTS (file_funcs), file_funcs, &b,
                       file_medians);
  load = file_medians[0];
  floor_load = file_medians[1];
  save = file_medians[2];
  layout = jm_bench_median_ms (size->runs, bench_layout, &b);
  jm_bench_medians_ms (size->runs, G_N_ELEMENTS (render_funcs), render_funcs, &b, render_medians);
  full = render_medians[0];
  floor_render = render_medians[1];
  view = jm_bench_median_ms (size->runs * 3, jm_bench_render_view, &b);
  view_50 = jm_bench_median_ms (size->runs * 3, bench_view_50, &b);
  view_25 = jm_bench_median_ms (size->runs * 3, bench_view_25, &b);
  view_10 = jm_bench_median_ms (size->runs * 3, bench_view_10, &b);
  views = sweep_views (&b, paint_view_at);
  tiles_cold = jm_bench_median_ms (size->runs * 3, bench_tiles_cold, &b);
  tile_views = sweep_views (&b, paint_tiles_at);
  tiles_fill = jm_bench_median_ms (size->runs * 3, bench_tiles_fill, &b);
  median_frames_ms (MAX (size->runs * 5, 31), bench_scroll, &b, &scroll_busy, &scroll);
  median_frames_ms (MAX (size->runs * 5, 31), bench_drag, &b, &drag_busy, &drag);
  edit = jm_bench_median_ms (size->runs * 3, jm_bench_edit_relayout, &b);
  jm_bench_follow_document (&b);
  apply = jm_bench_median_ms (MAX (size->runs * 3, 21), jm_bench_edit_apply, &b);
  add = jm_bench_median_ms_after (MAX (size->runs * 3, 21), jm_bench_make_card_to_add, jm_bench_add, &b);
  removal = jm_bench_median_ms_after (MAX (size->runs * 3, 21), jm_bench_add_card_to_remove, jm_bench_remove, &b);
  jm_bench_take_added_away (&b);
  paint_tiles_at (&b, middle_x (&b), middle_y (&b));
  fill_tiles (&b);
  median_frames_ms (MAX (size->runs * 5, 31), bench_vote_frame, &b, &vote_busy, &vote);
  median_frames_ms (MAX (size->runs * 5, 31), bench_drag_step, &b, &drag_step_busy, &drag_step);
  /* a history of its own: undoing must undo these steps only */
  b.history = jm_history_new (b.document);
  delete_persona = jm_bench_median_ms_after (size->runs, jm_bench_restore_persona,
                                            jm_bench_delete_persona, &b);
  undo_persona = jm_bench_median_ms_after (size->runs, jm_bench_delete_persona_untimed,
                                          jm_bench_undo, &b);
  n_persona_cards = count_persona_cards (&b);
  jm_bench_unfollow_document (&b);
  jm_bench_medians_ms (size->runs, G_N_ELEMENTS (pdf_funcs), pdf_funcs, &b, pdf_medians);
  pdf = pdf_medians[0];
  floor_pdf = pdf_medians[1];
  jm_bench_pdf_parts (&b, size->runs, pdf_parts, floor_pdf_parts);
  report = jm_bench_report_ms (&b, MIN (size->runs, 3), &n_report_pages);
  svg = jm_bench_median_ms (size->runs, bench_svg, &b);
  rsvg_failed = FALSE;
  if (have_rsvg)
    rsvg = jm_bench_median_ms (MIN (size->runs, 3), bench_rsvg, &b);
  jm_bench_spawn_memory_child (self_path, map_path, &peak_mb, &per_tp);

  g_print ("T = %u: %u personas x %u phases, map %.0f x %.0f, medians of %u runs\n",
           size->n_touchpoints, size->n_personas, size->n_phases, width, height, size->runs);
  g_print ("  load          %8.1f ms   json floor %8.1f ms   %5.2fx\n",
           load, floor_load, load / floor_load);
  g_print ("  save          %8.1f ms                         %5.2fx json floor\n",
           save, save / floor_load);
  g_print ("  layout        %8.1f ms\n", layout);
  g_print ("  render all    %8.1f ms   render floor %6.1f ms   %5.2fx  (one image, <= %.0f px)\n",
           full, floor_render, full / floor_render, FULL_RENDER_MAX);
  g_print ("  view middle   %8.2f ms   (1920x1080 at 100 %%)\n", view);
  g_print ("  view sweep    %8.2f ms median, p90 %.2f, max %.2f at (%.0f, %.0f); %u regions\n",
           views.median, views.p90, views.max, views.max_x, views.max_y, views.n_regions);
  g_print ("  view zoomed   %8.2f ms at 50 %%, %.2f at 25 %%, %.2f at 10 %%   (middle region, painted whole)\n",
           view_50, view_25, view_10);
  g_print ("  tiles, cold   %8.2f ms   (middle region, no tile cached: painted whole, as after zooming)\n",
           tiles_cold);
  g_print ("  tiles, fill   %8.2f ms   (that frame, then its tiles painted as when idle)\n",
           tiles_fill);
  g_print ("  tiles sweep   %8.2f ms median, p90 %.2f, max %.2f at (%.0f, %.0f)\n",
           tile_views.median, tile_views.p90, tile_views.max, tile_views.max_x, tile_views.max_y);
  g_print ("  frames below: with the canvas's idle work done between them; back to back\n");
  g_print ("  scroll frame  %8.2f ms %6.2f ms   (105 px down, new tiles painted, all composited)\n",
           scroll, scroll_busy);
  g_print ("  drag frame    %8.2f ms %6.2f ms   (tiles composited, floating card and drop slot on top)\n",
           drag, drag_busy);
  g_print ("  vote frame    %8.2f ms %6.2f ms   (one rating changed, damaged tiles painted)\n",
           vote, vote_busy);
  g_print ("  drag step     %8.2f ms %6.2f ms   (the dragged card moves to the next phase: layout, damaged tiles)\n",
           drag_step, drag_step_busy);
  g_print ("  edit + relayout %6.2f ms   (one title, full jm_layout_update)\n", edit);
  g_print ("  edit + apply  %8.3f ms   (one title, jm_layout_apply_change)\n", apply);
  g_print ("  add + apply   %8.3f ms   remove + apply %.3f ms   (a card into a cell, and out)\n",
           add, removal);
  g_print ("  persona delete %7.1f ms   undo %.1f ms   (%u cards as one undo step, the layout following)\n",
           delete_persona, undo_persona, n_persona_cards);
  g_print ("  pdf           %8.1f ms   pdf floor %9.1f ms   %5.2fx  (%.1fx render floor)\n",
           pdf, floor_pdf, pdf / floor_pdf, pdf / floor_render);
  g_print ("  pdf in parts  layout %.1f + drawing %.1f + cairo writing %.1f ms   "
           "floor: drawing %.1f + writing %.1f ms\n",
           pdf_parts[JM_BENCH_PDF_LAYOUT], pdf_parts[JM_BENCH_PDF_DRAWING],
           pdf_parts[JM_BENCH_PDF_WRITING], floor_pdf_parts[JM_BENCH_PDF_DRAWING],
           floor_pdf_parts[JM_BENCH_PDF_WRITING]);
  g_print ("  pdf report    %8.1f ms   (the default export: A4, %u pages, the map tiled)\n",
           report, n_report_pages);
  g_print ("  svg           %8.1f ms\n", svg);
  if (!have_rsvg)
    g_print ("  rsvg-convert  not installed\n");
  else if (rsvg_failed)
    g_print ("  rsvg-convert  %8.1f ms   refused the file (see its message above)\n", rsvg);
  else
    g_print ("  rsvg-convert  %8.1f ms   (our SVG to PDF; pdf is %.1fx faster)\n", rsvg, rsvg / pdf);
  g_print ("  peak RSS      %8.1f MB   (load + layout + view), %.0f B per touchpoint\n\n",
           peak_mb, per_tp);

  cairo_surface_destroy (b.full_surface);
  cairo_surface_destroy (b.view_surface);
  g_clear_object (&b.tiles);
  g_free (b.home);
  g_clear_object (&b.history);
  g_clear_object (&b.layout);
  g_clear_object (&b.document);
  g_free (b.json);
  {
    const char *names[] = { "map.journey", "map.pdf", "map.svg", "rsvg.pdf", "floor.pdf",
                            "report.pdf" };
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = g_build_filename (b.tmpdir, names[i], NULL);
        g_unlink (path);
      }
    g_rmdir (b.tmpdir);
  }
  g_free (b.tmpdir);
}

/* --write-map T PATH: saves the generated map of size T, so a profiler
 * can be pointed at one operation (journey-maps --export, say). */
static int
write_map (guint       n_touchpoints,
           const char *path)
{
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (sizes[i].n_touchpoints == n_touchpoints)
      {
        g_autoptr(JmDocument) doc = jm_bench_map_generate (sizes[i].n_personas,
                                                           sizes[i].n_phases,
                                                           n_touchpoints, SEED);
        gsize length;
        g_autofree char *json = jm_file_save_to_data (doc, &length);

        if (!g_file_set_contents (path, json, length, &error))
          {
            g_printerr ("%s\n", error->message);
            return 1;
          }
        return 0;
      }

  g_printerr ("No benchmark size has %u touchpoints\n", n_touchpoints);
  return 1;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *rsvg = NULL;
  guint max_touchpoints = G_MAXUINT;

  if (argc == 3 && g_str_equal (argv[1], "--memory"))
    return jm_bench_measure_memory (argv[2]);
  if (argc == 3 && g_str_equal (argv[1], "--max"))
    max_touchpoints = atoi (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "--write-map"))
    return write_map (atoi (argv[2]), argv[3]);

  rsvg = g_find_program_in_path ("rsvg-convert");

  g_print ("Journey Maps benchmark: medians in ms, each beside its floor measured in this run,\n"
           "one run of the figure, then one of its floor, in turn\n"
           "  json floor   = json-glib parsing the same file, no model\n"
           "  render floor = every card's box and its texts (already shaped) drawn with plain\n"
           "                 cairo + pango at the layout's places: no layout logic, no marks,\n"
           "                 bars, curves or headers\n"
           "  pdf floor    = the render floor drawn through cairo's PDF writer at full size\n"
           "  pdf in parts = an export's own layout, its drawing (which cairo only records)\n"
           "                 and cairo writing the page (cairo_surface_finish), beside the\n"
           "                 floor's drawing and writing, measured in turn with them\n\n");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (sizes[i].n_touchpoints <= max_touchpoints)
      run_size (&sizes[i], argv[0], rsvg != NULL);

  return 0;
}

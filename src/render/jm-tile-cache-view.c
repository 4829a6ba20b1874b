/* jm-tile-cache-view.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view painted whole when most of its tiles are missing: after the
 * map opens, zooms or changes style, or the view jumps. One pass over
 * the view costs up to a third less than over the tiles around it, and
 * leaves nothing to copy out of a block. The tiles follow when idle,
 * or the next frame copies them out of the view if it comes first.
 */

#define G_LOG_DOMAIN "jm-tile-cache"

#include "config.h"

#include <math.h>

#include "jm-tile-cache-private.h"

/* A view's entry: its surface stays with the cache for the next view. */
void
jm_tile_cache_view_free (Entry *entry)
{
  if (entry->destroy_data != NULL)
    entry->destroy_data (entry->data);
  cairo_surface_destroy (entry->tile.surface);
  g_free (entry);
}

/* Once the tiles are filled in, what the view was painted on is memory
 * (8 MB for 1920 × 1080) no frame needs until the next view; a surface
 * a texture still shows lives on with it. */
void
jm_tile_cache_release_view (JmTileCache *self)
{
  g_clear_pointer (&self->view, jm_tile_cache_view_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->view_surfaces); i++)
    g_clear_pointer (&self->view_surfaces[i], cairo_surface_destroy);
}

/* A cleared surface for a view of @width × @height: one of the last
 * two when no texture shows it any more (on screen the last view is
 * shown until the next one replaces it), else a new one. */
static cairo_surface_t *
get_view_surface (JmTileCache *self,
                  int          width,
                  int          height)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->view_surfaces); i++)
    {
      cairo_surface_t *surface = self->view_surfaces[i];
      cairo_t *cr;

      if (surface == NULL || cairo_surface_get_reference_count (surface) > 1 ||
          cairo_image_surface_get_width (surface) != width ||
          cairo_image_surface_get_height (surface) != height)
        continue;

      cr = cairo_create (surface);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_destroy (cr);
      return cairo_surface_reference (surface);
    }

  /* replaces the older one, which lives on while its texture does */
  g_clear_pointer (&self->view_surfaces[1], cairo_surface_destroy);
  self->view_surfaces[1] = self->view_surfaces[0];
  self->view_surfaces[0] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  return cairo_surface_reference (self->view_surfaces[0]);
}

/* @visible painted in one pass onto a surface of its own device pixels,
 * as the tiles paint it: the painter's output does not depend on where
 * its clip falls, but for some levels of antialiasing on a few edges,
 * which test-tile-cache bounds. */
static Entry *
paint_whole_view (JmTileCache  *self,
                  const JmRect *visible)
{
  Entry *entry = g_new0 (Entry, 1);
  double scale = self->scale;
  /* the canvas keeps the map on the device pixel grid; the epsilon
   * keeps a rounding error from adding a column */
  int x0 = (int) floor (visible->x * scale + 1e-6);
  int y0 = (int) floor (visible->y * scale + 1e-6);
  int x1 = (int) ceil ((visible->x + visible->width) * scale - 1e-6);
  int y1 = (int) ceil ((visible->y + visible->height) * scale - 1e-6);
  JmPaintOptions options = self->options;
  JmRect reach;
  cairo_t *cr;

  entry->cache = self;
  entry->tile.column = -1;
  entry->tile.row = -1;
  entry->tile.x = x0;
  entry->tile.y = y0;
  entry->tile.width = MAX (1, x1 - x0);
  entry->tile.height = MAX (1, y1 - y0);
  entry->tile.rect = (JmRect) { x0 / scale, y0 / scale, entry->tile.width / scale,
                                entry->tile.height / scale };
  entry->tile.surface = get_view_surface (self, entry->tile.width, entry->tile.height);

  /* a unit wider, as for a block of tiles */
  reach = (JmRect) { entry->tile.rect.x - 1.0, entry->tile.rect.y - 1.0,
                     entry->tile.rect.width + 2.0, entry->tile.rect.height + 2.0 };
  options.clip = &reach;
  cr = cairo_create (entry->tile.surface);
  cairo_translate (cr, -x0, -y0);
  cairo_scale (cr, scale, scale);
  jm_painter_paint (self->layout, cr, &options);
  cairo_destroy (cr);
  cairo_surface_flush (entry->tile.surface);
  return entry;
}

/* Copies the missing tiles of @range that lie wholly inside the last
 * view painted whole out of it: frames back to back, with no idle time
 * between them to fill tiles in, then paint the view's edges, not all
 * of it again; and the idle work paints only the tiles across its
 * edges. The view is there only while it still shows the map: an
 * invalidated area or a move that meets it drops it. TRUE if any tile
 * was copied. */
gboolean
jm_tile_cache_copy_from_view (JmTileCache     *self,
                              const TileRange *range)
{
  const JmTile *view = &self->view->tile;
  gboolean copied = FALSE;

  for (int row = range->first_row; row <= range->last_row; row++)
    for (int column = range->first_column; column <= range->last_column; column++)
      {
        int x = column * JM_TILE_SIZE - view->x, y = row * JM_TILE_SIZE - view->y;

        if (x < 0 || y < 0 || x + JM_TILE_SIZE > view->width || y + JM_TILE_SIZE > view->height ||
            jm_tile_cache_has_tile (self, column, row))
          continue;

        jm_tile_cache_add_tile_from (self, column, row, view->surface, x, y);
        copied = TRUE;
      }

  return copied;
}

/**
 * jm_tile_cache_paint_view:
 *
 * When most tiles of @visible are missing (the map was just opened,
 * zoomed or restyled, or the view jumped), paints @visible whole: up to
 * a third less area than its tiles, and nothing to copy out of a block.
 * The tiles are left to jm_tile_cache_fill(), between frames, or copied
 * out of the view by the next frame if it comes first.
 *
 * Returns: (nullable): the view as one tile, valid until the next call
 *   into the cache; %NULL when painting the few missing tiles is cheaper, and then
 *   jm_tile_cache_foreach() draws the view
 */
const JmTile *
jm_tile_cache_paint_view (JmTileCache          *self,
                          const JmRect         *visible,
                          double                scale,
                          const JmPaintOptions *options)
{
  TileRange range;
  guint n_tiles;

  g_return_val_if_fail (JM_IS_TILE_CACHE (self), NULL);
  g_return_val_if_fail (visible != NULL, NULL);
  g_return_val_if_fail (scale > 0.0, NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (!jm_tile_cache_prepare_view (self, visible, scale, options, &range))
    return NULL;

  /* a view painted whole in the frame before, with nothing changed */
  if (self->view != NULL)
    jm_tile_cache_copy_from_view (self, &range);

  n_tiles = (range.last_column - range.first_column + 1) * (range.last_row - range.first_row + 1);
  if (jm_tile_cache_count_missing (self, &range) * 2 <= n_tiles)
    return NULL;

  g_clear_pointer (&self->view, jm_tile_cache_view_free);
  self->view = paint_whole_view (self, visible);
  return &self->view->tile;
}

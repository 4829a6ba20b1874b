/* jm-tile-cache.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "jm-layout.h"
#include "jm-painter.h"

G_BEGIN_DECLS

/* Side of a tile, in device pixels. */
#define JM_TILE_SIZE 128

/* One square of the painted map. Tile (column, row) holds device pixels
 * [column × JM_TILE_SIZE, (column + 1) × JM_TILE_SIZE) of the map drawn
 * at the cache's scale, map point (0, 0) at device pixel (0, 0). */
typedef struct
{
  int              column;
  int              row;
  int              x, y;     /* device pixels from the map's corner */
  int              width;    /* device pixels: JM_TILE_SIZE, but for a view */
  int              height;
  JmRect           rect;     /* the same area in map units */
  cairo_surface_t *surface;  /* width × height ARGB32; transparent outside the map */
} JmTile;

typedef void (*JmTileFunc) (const JmTile *tile,
                            gpointer      user_data);

/* What a consumer made of a tile (the canvas: a texture), kept with the
 * tile and destroyed with it. */
gpointer     jm_tile_get_data             (const JmTile         *tile);
void         jm_tile_set_data             (const JmTile         *tile,
                                           gpointer              data,
                                           GDestroyNotify        destroy);

#define JM_TYPE_TILE_CACHE (jm_tile_cache_get_type())

G_DECLARE_FINAL_TYPE (JmTileCache, jm_tile_cache, JM, TILE_CACHE, GObject)

JmTileCache  *jm_tile_cache_new            (JmLayout             *layout);
/* Paints the tiles of @visible (map units) that are missing or stale at
 * @scale device pixels per map unit with @options (its clip is
 * ignored), then calls @func for each tile of @visible in row order.
 * Tiles far from @visible are dropped, so memory follows the view. */
void          jm_tile_cache_foreach        (JmTileCache          *self,
                                            const JmRect         *visible,
                                            double                scale,
                                            const JmPaintOptions *options,
                                            JmTileFunc            func,
                                            gpointer              user_data);
/* When most tiles of @visible are missing, paints it whole and returns
 * it as one tile (valid until the next call into the cache), leaving
 * its tiles to jm_tile_cache_fill() or the next frame; else NULL, and
 * jm_tile_cache_foreach() draws the view from tiles. */
const JmTile *jm_tile_cache_paint_view     (JmTileCache          *self,
                                            const JmRect         *visible,
                                            double                scale,
                                            const JmPaintOptions *options);
/* Paints a row of the tiles missing in and around the last view, or
 * copies those inside the last whole view out of it; call when idle
 * until it returns FALSE. */
gboolean      jm_tile_cache_fill           (JmTileCache          *self);
/* Draws the view whose top left is device pixel (@x, @y) onto @cr (at
 * its origin, in device pixels) from the tiles, painting the missing
 * ones: what the canvas shows, for consumers that draw with cairo. */
void          jm_tile_cache_draw           (JmTileCache          *self,
                                            cairo_t              *cr,
                                            int                   x,
                                            int                   y,
                                            int                   width,
                                            int                   height,
                                            double                scale,
                                            const JmPaintOptions *options);
/* Drops the tiles that intersect @area (map units); NULL drops all. */
void          jm_tile_cache_invalidate     (JmTileCache          *self,
                                            const JmRect         *area);
/* Tiles painted since the cache was made: what tests and the benchmark
 * count to see what a frame cost. */
guint         jm_tile_cache_get_n_painted  (JmTileCache          *self);
guint         jm_tile_cache_get_n_cached   (JmTileCache          *self);

G_END_DECLS

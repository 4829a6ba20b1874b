/* jm-tile-cache-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-tile-cache.h"

G_BEGIN_DECLS

/* The inside of JmTileCache, shared by jm-tile-cache.c (tiles) and
 * jm-tile-cache-view.c (views painted whole) only. */

/* Tiles columns first_column … last_column × rows first_row … last_row */
typedef struct
{
  int first_column, last_column;
  int first_row, last_row;
} TileRange;

typedef struct
{
  JmTile         tile;       /* first: a JmTile * is its Entry * */
  JmTileCache   *cache;      /* borrowed: it owns the entry */
  gint64         key;
  gpointer       data;
  GDestroyNotify destroy_data;
} Entry;

struct _JmTileCache
{
  GObject         parent_instance;

  JmLayout       *layout;
  GHashTable     *entries;      /* &Entry.key → Entry, owned */
  double          scale;
  guint           serial;       /* the layout's, when the tiles were painted */
  JmPaintOptions  options;      /* what the tiles show; clip unused */
  guint           n_painted;
  GPtrArray      *spare;        /* tile surfaces nobody else holds */
  cairo_surface_t *block;       /* where missing tiles are painted, reused */

  /* the last view painted whole; the last view, whose tiles and those
   * around it are left to fill when idle */
  Entry          *view;
  cairo_surface_t *view_surfaces[2];  /* reused once no texture shows them */
  TileRange       fill;
  gboolean        has_fill;
};

/* jm-tile-cache.c */
void     jm_tile_cache_add_tile_from (JmTileCache          *self,
                                      int                   column,
                                      int                   row,
                                      cairo_surface_t      *source,
                                      double                x,
                                      double                y);
void     jm_tile_cache_sync          (JmTileCache          *self,
                                      double                scale,
                                      const JmPaintOptions *options);
gboolean jm_tile_cache_prepare_view  (JmTileCache          *self,
                                      const JmRect         *visible,
                                      double                scale,
                                      const JmPaintOptions *options,
                                      TileRange            *range);
gboolean jm_tile_cache_has_tile      (JmTileCache          *self,
                                      int                   column,
                                      int                   row);
guint    jm_tile_cache_count_missing (JmTileCache          *self,
                                      const TileRange      *range);
void     jm_tile_cache_paint_missing (JmTileCache          *self,
                                      int                   first_column,
                                      int                   last_column,
                                      int                   first_row,
                                      int                   last_row);

/* jm-tile-cache-view.c */
void     jm_tile_cache_view_free     (Entry                *entry);
void     jm_tile_cache_release_view  (JmTileCache          *self);
gboolean jm_tile_cache_copy_from_view (JmTileCache          *self,
                                       const TileRange      *range);

G_END_DECLS

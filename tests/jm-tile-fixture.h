/* jm-tile-fixture.h: a map, its layout and tile cache, and the views
 * the tile tests compare
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-layout-private.h"
#include "jm-tile-cache.h"

G_BEGIN_DECLS

#define VIEW_WIDTH 900
#define VIEW_HEIGHT 700

typedef struct
{
  JmDocument  *document;
  JmLayout    *layout;
  JmTileCache *tiles;
  gulong       changed_id;
  int          view_width;    /* 0: VIEW_WIDTH × VIEW_HEIGHT */
  int          view_height;
} JmTileFixture;

int              jm_test_view_width    (const JmTileFixture  *fixture);
int              jm_test_view_height   (const JmTileFixture  *fixture);
/* the document's "changed" handler: the layout follows each change */
void             jm_test_apply_change  (JmDocument           *document,
                                                const JmChange       *change,
                                                JmLayout             *layout);
/* the sample map, its layout following it, and a tile cache */
void             jm_tile_fixture_set_up        (JmTileFixture        *fixture,
                                                gconstpointer         data);
void             jm_tile_fixture_tear_down     (JmTileFixture        *fixture,
                                                gconstpointer         data);
/* The view at device pixel (@x, @y) as the canvas shows it: the cached
 * tiles laid side by side. */
cairo_surface_t *jm_test_draw_tiles    (JmTileFixture        *fixture,
                                                int                   x,
                                                int                   y,
                                                double                scale,
                                                const JmPaintOptions *options);
/* The same view painted straight, as before there was a cache. */
cairo_surface_t *jm_test_draw_directly (JmTileFixture        *fixture,
                                                int                   x,
                                                int                   y,
                                                double                scale,
                                                const JmPaintOptions *options);
/* Both of those alike, to what a user could see. */
void             jm_test_assert_view   (JmTileFixture        *fixture,
                                                int                   x,
                                                int                   y,
                                                double                scale,
                                                const JmPaintOptions *options);
guint            jm_test_count_visible_differences (cairo_surface_t *a,
                                                    cairo_surface_t *b,
                                                    guint            tolerance);
/* How many tiles a run of @pixels from device pixel @start touches. */
guint            jm_test_tiles_across          (int                   pixels,
                                                int                   start);

G_END_DECLS

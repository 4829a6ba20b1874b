/* jm-tile-fixture.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "jm-test-util.h"
#include "jm-tile-fixture.h"

int
jm_test_view_width (const JmTileFixture *fixture)
{
  return fixture->view_width > 0 ? fixture->view_width : VIEW_WIDTH;
}

int
jm_test_view_height (const JmTileFixture *fixture)
{
  return fixture->view_height > 0 ? fixture->view_height : VIEW_HEIGHT;
}

void
jm_test_apply_change (JmDocument     *document,
                      const JmChange *change,
                      JmLayout       *layout)
{
  jm_layout_apply_change (layout, change);
}

void
jm_tile_fixture_set_up (JmTileFixture *fixture,
                        gconstpointer  data)
{
  fixture->document = jm_test_load_data ("data/samples/online-shop.journey", NULL);
  fixture->layout = jm_layout_new (fixture->document);
  fixture->tiles = jm_tile_cache_new (fixture->layout);
  fixture->changed_id = g_signal_connect (fixture->document, "changed",
                                          G_CALLBACK (jm_test_apply_change), fixture->layout);
}

void
jm_tile_fixture_tear_down (JmTileFixture *fixture,
                           gconstpointer  data)
{
  g_clear_object (&fixture->tiles);
  g_clear_object (&fixture->layout);
  g_clear_object (&fixture->document);
}

static cairo_surface_t *
create_view_surface (JmTileFixture *fixture)
{
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, jm_test_view_width (fixture),
                                     jm_test_view_height (fixture));
}

/* The view at device pixel (@x, @y) as the canvas shows it: the cached
 * tiles laid side by side. */
cairo_surface_t *
jm_test_draw_tiles (JmTileFixture        *fixture,
                    int                   x,
                    int                   y,
                    double                scale,
                    const JmPaintOptions *options)
{
  cairo_surface_t *surface = create_view_surface (fixture);
  cairo_t *cr = cairo_create (surface);

  jm_tile_cache_draw (fixture->tiles, cr, x, y, jm_test_view_width (fixture),
                      jm_test_view_height (fixture), scale, options);
  cairo_destroy (cr);
  return surface;
}

/* The same view painted straight, as before there was a cache. */
cairo_surface_t *
jm_test_draw_directly (JmTileFixture        *fixture,
                       int                   x,
                       int                   y,
                       double                scale,
                       const JmPaintOptions *options)
{
  cairo_surface_t *surface = create_view_surface (fixture);
  cairo_t *cr = cairo_create (surface);
  JmRect visible = { x / scale, y / scale, jm_test_view_width (fixture) / scale,
                     jm_test_view_height (fixture) / scale };
  JmPaintOptions clipped = *options;

  clipped.clip = &visible;
  cairo_translate (cr, -x, -y);
  cairo_scale (cr, scale, scale);
  jm_painter_paint (fixture->layout, cr, &clipped);
  cairo_destroy (cr);
  return surface;
}

/* Pixels where a colour channel differs by more than @tolerance. cairo
 * strokes the curve from the first point in view, so a view painted in
 * one piece and one painted in tiles may antialias its edge a few levels
 * apart; nothing a user could see, while a missing or shifted item
 * differs by far more. */
guint
jm_test_count_visible_differences (cairo_surface_t *a,
                                   cairo_surface_t *b,
                                   guint            tolerance)
{
  int width = cairo_image_surface_get_width (a);
  int stride = cairo_image_surface_get_stride (a);
  const guchar *rows_a, *rows_b;
  guint n = 0;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  rows_a = cairo_image_surface_get_data (a);
  rows_b = cairo_image_surface_get_data (b);
  g_assert_cmpint (cairo_image_surface_get_stride (b), ==, stride);

  for (int y = 0; y < cairo_image_surface_get_height (a); y++)
    {
      const guint32 *row_a = (const guint32 *) (const void *) (rows_a + y * stride);
      const guint32 *row_b = (const guint32 *) (const void *) (rows_b + y * stride);

      /* most rows are the same: only look into those that are not */
      if (memcmp (row_a, row_b, width * 4) == 0)
        continue;

      for (int x = 0; x < width; x++)
        {
          guint max = 0;

          for (int shift = 0; shift < 32; shift += 8)
            max = MAX (max, (guint) ABS ((int) ((row_a[x] >> shift) & 0xff) -
                                         (int) ((row_b[x] >> shift) & 0xff)));
          n += max > tolerance;
        }
    }

  return n;
}

void
jm_test_assert_view (JmTileFixture        *fixture,
                     int                   x,
                     int                   y,
                     double                scale,
                     const JmPaintOptions *options)
{
  cairo_surface_t *tiled = jm_test_draw_tiles (fixture, x, y, scale, options);
  cairo_surface_t *direct = jm_test_draw_directly (fixture, x, y, scale, options);

  g_assert_cmpuint (jm_test_count_visible_differences (tiled, direct, 32), ==, 0);
  cairo_surface_destroy (tiled);
  cairo_surface_destroy (direct);
}

guint
jm_test_tiles_across (int pixels,
                      int start)
{
  return (start + pixels - 1) / JM_TILE_SIZE - start / JM_TILE_SIZE + 1;
}


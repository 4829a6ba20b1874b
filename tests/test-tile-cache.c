/* test-tile-cache.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas draws the map from cached tiles. What the user sees must
 * be exactly what a direct paint shows, after scrolling, selecting and
 * editing; and the cache must repaint only what those touch.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "jm-layout-private.h"
#include "jm-random-edit.h"
#include "jm-test-util.h"
#include "jm-tile-cache.h"
#include "jm-tile-fixture.h"

typedef void (*ViewCheck) (JmTileFixture        *fixture,
                           int                   x,
                           int                   y,
                           double                scale,
                           const JmPaintOptions *options);

/* @check at the corner of the map, off the tile grid, zoomed out, and
 * at 200 % in the dark style with the expected curve. */
static void
check_views (JmTileFixture *fixture,
             ViewCheck      check)
{
  JmPaintOptions options = { 0 };
  JmPaintOptions dark = { .dark = TRUE, .show_expected = TRUE };

  check (fixture, 0, 0, 1.0, &options);
  check (fixture, 301, 517, 1.0, &options);
  check (fixture, 123, 77, 0.6, &options);
  check (fixture, 700, 900, 2.0, &dark);
}

static void
test_tiles_match_direct_paint (JmTileFixture *fixture,
                               gconstpointer  data)
{
  check_views (fixture, jm_test_assert_view);
}

static void
test_scrolling_paints_only_new_tiles (JmTileFixture *fixture,
                                      gconstpointer  data)
{
  JmPaintOptions options = { 0 };
  cairo_surface_t *surface;
  guint before;

  surface = jm_test_draw_tiles (fixture, 0, 0, 1.0, &options);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles), ==,
                    jm_test_tiles_across (VIEW_WIDTH, 0) * jm_test_tiles_across (VIEW_HEIGHT, 0));

  /* drawing the same view again paints nothing */
  before = jm_tile_cache_get_n_painted (fixture->tiles);
  surface = jm_test_draw_tiles (fixture, 0, 0, 1.0, &options);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles), ==, before);

  /* 100 pixels down brings one new row of tiles into view */
  surface = jm_test_draw_tiles (fixture, 0, 100, 1.0, &options);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles) - before, ==,
                    jm_test_tiles_across (VIEW_WIDTH, 0));
  jm_test_assert_view (fixture, 0, 100, 1.0, &options);
}

/* Where a view with @touchpoint's card near its top left begins; draws
 * it once, so its tiles are cached, and returns how many it holds. */
static guint
cache_view_around (JmTileFixture *fixture,
                   JmTouchpoint  *touchpoint,
                   int           *x,
                   int           *y)
{
  const JmLayoutCard *card = jm_layout_find_card (fixture->layout, touchpoint);
  cairo_surface_t *surface;

  *x = MAX (0, (int) card->rect.x - 100);
  *y = MAX (0, (int) card->rect.y - 100);
  surface = jm_test_draw_tiles (fixture, *x, *y, 1.0, &(JmPaintOptions) { 0 });
  cairo_surface_destroy (surface);

  return jm_test_tiles_across (VIEW_WIDTH, *x) * jm_test_tiles_across (VIEW_HEIGHT, *y);
}

static void
test_selection_repaints_its_rings (JmTileFixture *fixture,
                                   gconstpointer  data)
{
  JmTouchpoint *first = jm_document_get_touchpoint (fixture->document, 0);
  JmTouchpoint *second = jm_document_get_touchpoint (fixture->document, 1);
  JmPaintOptions options = { 0 };
  int x, y;
  guint in_view = cache_view_around (fixture, first, &x, &y);
  guint before;

  before = jm_tile_cache_get_n_painted (fixture->tiles);
  options.selected = G_OBJECT (first);
  jm_test_assert_view (fixture, x, y, 1.0, &options);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles) - before, >, 0);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles) - before, <, in_view);

  /* to the next card: its ring appears and the old one goes */
  before = jm_tile_cache_get_n_painted (fixture->tiles);
  options.selected = G_OBJECT (second);
  jm_test_assert_view (fixture, x, y, 1.0, &options);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles) - before, <, in_view);
}

/* The first touchpoint, and the device pixel (@x, @y) at 100 % of a
 * view with its card near the top left corner. */
static JmTouchpoint *
first_card_in_view (JmTileFixture *fixture,
                    int           *x,
                    int           *y)
{
  JmTouchpoint *touchpoint = jm_document_get_touchpoint (fixture->document, 0);
  const JmLayoutCard *card = jm_layout_find_card (fixture->layout, touchpoint);

  *x = MAX (0, (int) card->rect.x - 100);
  *y = MAX (0, (int) card->rect.y - 100);
  return touchpoint;
}

static void
test_edit_repaints (JmTileFixture *fixture,
                    gconstpointer  data)
{
  int x, y;
  JmTouchpoint *touchpoint = first_card_in_view (fixture, &x, &y);
  JmPaintOptions options = { 0 };
  cairo_surface_t *before, *after;

  before = jm_test_draw_tiles (fixture, x, y, 1.0, &options);
  jm_document_set_string (fixture->document, touchpoint, "title", "A much longer title that "
                          "wraps onto a second line and pushes the cards below down");

  after = jm_test_draw_tiles (fixture, x, y, 1.0, &options);
  g_assert_cmpuint (jm_test_count_differences (before, after, NULL), >, 0);
  jm_test_assert_view (fixture, x, y, 1.0, &options);
  cairo_surface_destroy (before);
  cairo_surface_destroy (after);

  /* changing how the whole map looks repaints it too */
  options.show_expected = TRUE;
  jm_test_assert_view (fixture, x, y, 1.0, &options);
  options.hide_ratings = TRUE;
  jm_test_assert_view (fixture, x, y, 1.0, &options);
}

/* A vote changes one card and the curve: only the tiles of that card
 * and of its lane's curve band are painted again. */
static void
test_vote_repaints_card_and_band (JmTileFixture *fixture,
                                  gconstpointer  data)
{
  JmTouchpoint *touchpoint = jm_document_get_touchpoint (fixture->document, 0);
  JmParticipant *participant = jm_document_get_participant (fixture->document, 0);
  JmPaintOptions options = { 0 };
  int x, y;
  guint in_view = cache_view_around (fixture, touchpoint, &x, &y);
  const char *id = jm_participant_get_id (participant);
  JmRating rating = jm_touchpoint_get_rating (touchpoint, id);
  guint before;

  before = jm_tile_cache_get_n_painted (fixture->tiles);
  jm_document_set_rating (fixture->document, touchpoint, id,
                          rating == JM_RATING_DELIGHT ? JM_RATING_DISAPPOINTMENT
                                                      : JM_RATING_DELIGHT);
  jm_test_assert_view (fixture, x, y, 1.0, &options);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles) - before, >, 0);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles) - before, <, in_view / 2);

  /* more votes between two frames than the layout keeps areas for */
  for (guint i = 0; i < 3 * JM_LAYOUT_MAX_DAMAGE; i++)
    jm_document_set_rating (fixture->document,
                            jm_document_get_touchpoint (fixture->document,
                                                        i % jm_document_get_n_touchpoints (fixture->document)),
                            id, (JmRating) (i % 4));
  jm_test_assert_view (fixture, x, y, 1.0, &options);
}

/* Random edits of every kind, each followed by a frame: the tiles kept
 * and repainted from the layout's damage always show what a fresh
 * paint shows. */
/* After each of 300 random edits and moves, the tiled view equals a
 * direct paint: a view at the top, now and then one elsewhere, and the
 * whole map, whose tiles are all cached, so that what moves below a
 * lane that grew or shrank is checked everywhere. */
static void
test_random_edits (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  JmTileFixture fixture = { document, jm_layout_new (document), NULL, 0, 0, 0 };
  /* a layout of its own: a layout's damage has one taker */
  JmTileFixture whole = { document, jm_layout_new (document), NULL, 0, 0, 0 };
  JmPaintOptions options = { 0 };

  fixture.tiles = jm_tile_cache_new (fixture.layout);
  whole.tiles = jm_tile_cache_new (whole.layout);
  g_signal_connect (document, "changed", G_CALLBACK (jm_test_apply_change), fixture.layout);
  g_signal_connect (document, "changed", G_CALLBACK (jm_test_apply_change), whole.layout);

  for (guint serial = 0; serial < 300; serial++)
    {
      int x = (serial * 97) % MAX (1, (int) jm_layout_get_width (fixture.layout));
      int y = (serial * 131) % MAX (1, (int) jm_layout_get_height (fixture.layout));
      cairo_surface_t *surface;

      /* a frame where the next edit will land, so its tiles are cached */
      surface = jm_test_draw_tiles (&fixture, 0, 0, 1.0, &options);
      cairo_surface_destroy (surface);
      whole.view_width = (int) ceil (jm_layout_get_width (fixture.layout)) + JM_TILE_SIZE;
      whole.view_height = (int) ceil (jm_layout_get_height (fixture.layout)) + JM_TILE_SIZE;
      surface = jm_test_draw_tiles (&whole, 0, 0, 1.0, &options);
      cairo_surface_destroy (surface);

      if (serial % 2 == 0)
        jm_test_random_edit (document, serial);
      else
        jm_test_random_move (document);
      jm_test_assert_view (&fixture, 0, 0, 1.0, &options);
      if (serial % 10 == 0)
        jm_test_assert_view (&fixture, x, y, 1.0, &options);
      jm_test_assert_view (&whole, 0, 0, 1.0, &options);
    }

  g_signal_handlers_disconnect_by_data (document, whole.layout);
  g_signal_handlers_disconnect_by_data (document, fixture.layout);
  g_clear_object (&whole.tiles);
  g_clear_object (&whole.layout);
  g_clear_object (&fixture.tiles);
  g_clear_object (&fixture.layout);
}

static void
test_memory_follows_the_view (JmTileFixture *fixture,
                              gconstpointer  data)
{
  JmPaintOptions options = { 0 };
  double height = jm_layout_get_height (fixture->layout) * 2.0;
  guint in_view = jm_test_tiles_across (VIEW_WIDTH, 0) *
                  (jm_test_tiles_across (VIEW_HEIGHT, 0) + 1);

  /* scroll the whole map through at 200 %; only tiles near the view stay */
  for (int y = 0; y < height; y += 97)
    {
      cairo_surface_t *surface = jm_test_draw_tiles (fixture, 0, y, 2.0, &options);

      cairo_surface_destroy (surface);
      g_assert_cmpuint (jm_tile_cache_get_n_cached (fixture->tiles), <=, in_view * 4);
    }
}

/* The card at the bottom of the first lane's tallest cell: growing it
 * grows the lane. */
static JmTouchpoint *
find_lane_setting_card (JmLayout *layout)
{
  const JmLayoutCard *lowest = NULL;

  for (guint i = 0; i < jm_layout_get_n_cards (layout); i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (layout, i);

      if (card->lane == 0 &&
          (lowest == NULL || card->rect.y + card->rect.height > lowest->rect.y + lowest->rect.height))
        lowest = card;
    }
  g_assert_nonnull (lowest);
  return lowest->touchpoint;
}

/* A card in the first lane grows by two lines, and then goes to the
 * next phase: the lane grows and shrinks, and everything below it
 * moves. The tiles below are put together from the ones they were in,
 * not painted again, and the whole map still matches a direct paint,
 * at 100 % and at 200 % (where a move of a unit is two pixels). */
static void
test_lane_resize_moves_tiles (JmTileFixture *fixture,
                              gconstpointer  data)
{
  JmTouchpoint *touchpoint = find_lane_setting_card (fixture->layout);
  JmPaintOptions options = { 0 };
  guint all, before;
  double height = jm_layout_get_height (fixture->layout);

  for (guint step = 0; step < 4; step++)
    {
      double scale = step < 2 ? 1.0 : 2.0;
      cairo_surface_t *surface;

      fixture->view_width = (int) ceil (jm_layout_get_width (fixture->layout) * scale);
      fixture->view_height = (int) ceil ((height + 200.0) * scale);
      all = jm_test_tiles_across (fixture->view_width, 0) *
            jm_test_tiles_across (fixture->view_height, 0);
      surface = jm_test_draw_tiles (fixture, 0, 0, scale, &options);
      cairo_surface_destroy (surface);

      before = jm_tile_cache_get_n_painted (fixture->tiles);
      if (step % 2 == 0)
        jm_document_set_string (fixture->document, touchpoint, "title",
                                "A much longer title that wraps onto a second and a third "
                                "line and pushes the lane and all below it down");
      else
        jm_document_set_string (fixture->document, touchpoint, "title", "Short again");
      g_assert_cmpfloat (jm_layout_get_height (fixture->layout), !=, height);
      height = jm_layout_get_height (fixture->layout);

      jm_test_assert_view (fixture, 0, 0, scale, &options);
      g_test_message ("step %u: %u of %u tiles painted", step,
                      jm_tile_cache_get_n_painted (fixture->tiles) - before, all);
      g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles) - before, <, all / 2);
    }
}

/* The view painted whole laid onto a surface of the fixture's view
 * size, where the canvas would show it. */
static cairo_surface_t *
draw_view_tile (JmTileFixture *fixture,
                const JmTile  *view,
                int            x,
                int            y)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         jm_test_view_width (fixture),
                                                         jm_test_view_height (fixture));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_surface (cr, view->surface, view->x - x, view->y - y);
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

static JmRect
visible_at (JmTileFixture *fixture,
            int            x,
            int            y,
            double         scale)
{
  return (JmRect) { x / scale, y / scale, jm_test_view_width (fixture) / scale,
                    jm_test_view_height (fixture) / scale };
}

/* Tiles wholly inside @pixels device pixels from @start. */
static guint
tiles_inside (int pixels,
              int start)
{
  int first = (start + JM_TILE_SIZE - 1) / JM_TILE_SIZE;
  int last = (start + pixels) / JM_TILE_SIZE - 1;

  return last >= first ? last - first + 1 : 0;
}

/* A view with no tiles yet (the map just opened, zoomed or restyled)
 * is painted whole, with no tile painted. Painted again at once, with
 * no idle time between, the same view copies the tiles wholly inside
 * out of the last one and paints only its edge tiles, not all of it
 * again, and shows the same:
 * cairo antialiases a few edges (a rating mark's, the curve band's)
 * some levels apart in a block of tiles and in a whole view, up to 16
 * of 255 in this map. */
static void
assert_cold_view_painted_whole (JmTileFixture        *fixture,
                                int                   x,
                                int                   y,
                                double                scale,
                                const JmPaintOptions *options)
{
  JmRect visible = visible_at (fixture, x, y, scale);
  guint before = jm_tile_cache_get_n_painted (fixture->tiles);
  guint n_inside = tiles_inside (jm_test_view_width (fixture), x) *
                   tiles_inside (jm_test_view_height (fixture), y);
  cairo_surface_t *whole, *tiled, *kept;
  const JmTile *view;

  jm_tile_cache_invalidate (fixture->tiles, NULL);
  view = jm_tile_cache_paint_view (fixture->tiles, &visible, scale, options);
  g_assert_nonnull (view);
  g_assert_cmpint (view->x, ==, x);
  g_assert_cmpint (view->y, ==, y);
  g_assert_cmpint (view->width, ==, jm_test_view_width (fixture));
  g_assert_cmpint (view->height, ==, jm_test_view_height (fixture));
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles), ==, before);
  g_assert_cmpuint (jm_tile_cache_get_n_cached (fixture->tiles), ==, 0);
  whole = draw_view_tile (fixture, view, x, y);
  kept = cairo_surface_reference (view->surface);

  /* no idle time: the next frame copies the tiles inside the view out
   * of it, and paints the edges only */
  g_assert_null (jm_tile_cache_paint_view (fixture->tiles, &visible, scale, options));
  g_assert_cmpuint (jm_tile_cache_get_n_cached (fixture->tiles), ==, n_inside);
  tiled = jm_test_draw_tiles (fixture, x, y, scale, options);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles) - before, ==,
                    jm_test_tiles_across (jm_test_view_width (fixture), x) *
                    jm_test_tiles_across (jm_test_view_height (fixture), y) - n_inside);
  g_assert_cmpuint (jm_test_count_visible_differences (whole, tiled, 16), ==, 0);

  /* all filled in, the cache lets go of the view's memory */
  while (jm_tile_cache_fill (fixture->tiles))
    ;
  g_assert_cmpuint (cairo_surface_get_reference_count (kept), ==, 1);
  cairo_surface_destroy (kept);
  cairo_surface_destroy (whole);
  cairo_surface_destroy (tiled);
}

static void
test_cold_view_painted_whole (JmTileFixture *fixture,
                              gconstpointer  data)
{
  check_views (fixture, assert_cold_view_painted_whole);
}

/* The idle work after a view painted whole copies the tiles wholly
 * inside it out of it first: no painting for them. */
static void
test_fill_copies_from_view (JmTileFixture *fixture,
                            gconstpointer  data)
{
  const int x = 301, y = 517;
  JmRect visible = visible_at (fixture, x, y, 1.0);
  JmPaintOptions options = { 0 };
  guint before = jm_tile_cache_get_n_painted (fixture->tiles);

  g_assert_nonnull (jm_tile_cache_paint_view (fixture->tiles, &visible, 1.0, &options));
  g_assert_true (jm_tile_cache_fill (fixture->tiles));
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles), ==, before);
  g_assert_cmpuint (jm_tile_cache_get_n_cached (fixture->tiles), ==,
                    tiles_inside (VIEW_WIDTH, x) * tiles_inside (VIEW_HEIGHT, y));

  while (jm_tile_cache_fill (fixture->tiles))
    ;
  jm_test_assert_view (fixture, x, y, 1.0, &options);
}

/* Once idle, the tiles around the view are painted too: a scroll by a
 * tile in any direction then paints nothing. */
static void
test_fill_paints_around_view (JmTileFixture *fixture,
                              gconstpointer  data)
{
  JmPaintOptions options = { 0 };
  const int x = 3 * JM_TILE_SIZE + 17, y = 4 * JM_TILE_SIZE + 5;
  const int steps[][2] = { { 0, 1 }, { 0, -1 }, { 1, 0 }, { -1, 0 }, { 2, 2 }, { -2, -2 } };
  cairo_surface_t *surface;
  guint before;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      surface = jm_test_draw_tiles (fixture, x, y, 1.0, &options);
      cairo_surface_destroy (surface);
      while (jm_tile_cache_fill (fixture->tiles))
        ;

      before = jm_tile_cache_get_n_painted (fixture->tiles);
      surface = jm_test_draw_tiles (fixture, x + steps[i][0] * JM_TILE_SIZE,
                                 y + steps[i][1] * JM_TILE_SIZE, 1.0, &options);
      cairo_surface_destroy (surface);
      g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles), ==, before);
    }

  /* nothing more to do until the view moves on */
  g_assert_true (jm_tile_cache_fill (fixture->tiles));
  while (jm_tile_cache_fill (fixture->tiles))
    ;
  g_assert_false (jm_tile_cache_fill (fixture->tiles));
}

static void
count_tile (const JmTile *tile,
            gpointer      user_data)
{
  (*(guint *) user_data)++;
}

/* The tiles filled after a view show the map as it is when they are
 * painted, after an edit in the view or a lane that grew above it;
 * and a view at another scale leaves nothing to fill at the old one. */
static void
test_fill_follows_changes (JmTileFixture *fixture,
                           gconstpointer  data)
{
  int x, y;
  JmTouchpoint *touchpoint = first_card_in_view (fixture, &x, &y);
  JmRect visible = visible_at (fixture, x, y, 1.0);
  JmRect off_map = { jm_layout_get_width (fixture->layout) + JM_TILE_SIZE, 0.0, 100.0, 100.0 };
  JmPaintOptions options = { 0 };
  const JmLayoutCard *card;
  const JmLayoutLane *lane;
  double height;
  guint n_tiles = 0;
  guint before;

  g_assert_nonnull (jm_tile_cache_paint_view (fixture->tiles, &visible, 1.0, &options));
  jm_document_set_string (fixture->document, touchpoint, "title", "A much longer title that "
                          "wraps onto a second line and pushes the cards below down");
  while (jm_tile_cache_fill (fixture->tiles))
    ;
  before = jm_tile_cache_get_n_painted (fixture->tiles);
  jm_test_assert_view (fixture, x, y, 1.0, &options);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles), ==, before);

  /* a lane above the view grows and moves all of the view: no tile is
   * copied out of the view as it was */
  touchpoint = find_lane_setting_card (fixture->layout);
  card = jm_layout_find_card (fixture->layout, touchpoint);
  lane = jm_layout_get_lane (fixture->layout, card->lane);
  x = 0;
  y = (int) ceil (lane->lane.y + lane->lane.height) + 200;
  visible = visible_at (fixture, x, y, 1.0);
  height = jm_layout_get_height (fixture->layout);
  jm_tile_cache_invalidate (fixture->tiles, NULL);
  g_assert_nonnull (jm_tile_cache_paint_view (fixture->tiles, &visible, 1.0, &options));
  jm_document_set_string (fixture->document, touchpoint, "title", "A much longer title that "
                          "wraps onto a second and a third line and pushes the lane down");
  g_assert_cmpfloat (jm_layout_get_height (fixture->layout), >, height);
  while (jm_tile_cache_fill (fixture->tiles))
    ;
  jm_test_assert_view (fixture, x, y, 1.0, &options);

  jm_tile_cache_invalidate (fixture->tiles, NULL);
  g_assert_nonnull (jm_tile_cache_paint_view (fixture->tiles, &visible, 1.0, &options));
  /* a frame at 200 % that shows none of the map */
  jm_tile_cache_foreach (fixture->tiles, &off_map, 2.0, &options, count_tile, &n_tiles);
  g_assert_cmpuint (n_tiles, ==, 0);
  before = jm_tile_cache_get_n_painted (fixture->tiles);
  g_assert_false (jm_tile_cache_fill (fixture->tiles));
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles), ==, before);
}

/* Tiles painted to draw the rows of @rect (map units) at @scale. */
static guint
count_painted_in_rows (JmTileFixture *fixture,
                       const JmRect  *rect,
                       double         scale)
{
  JmRect rows = { 0.0, rect->y, jm_layout_get_width (fixture->layout), rect->height };
  JmPaintOptions options = { 0 };
  guint before = jm_tile_cache_get_n_painted (fixture->tiles);
  guint n_tiles = 0;

  jm_tile_cache_foreach (fixture->tiles, &rows, scale, &options, count_tile, &n_tiles);
  return jm_tile_cache_get_n_painted (fixture->tiles) - before;
}

/* A card dragged along a wide lane to the next phase and back: the lane
 * grows and shrinks, and its curve changes only around the two phases.
 * The rest of the band moves with the lane, and the map matches a
 * direct paint. When the lane shrinks, its band comes up into tiles
 * that showed cards: fewer than half of the tiles in its rows are
 * painted. (When it grows, its band goes down into rows new to the map,
 * which are painted.) */
static void
test_drag_along_lane_moves_band (void)
{
  JmTileFixture fixture = { 0 };
  JmTouchpoint *touchpoint;
  JmPaintOptions options = { 0 };

  fixture.document = jm_test_build_lane_map (16, 48);
  fixture.layout = jm_layout_new (fixture.document);
  fixture.tiles = jm_tile_cache_new (fixture.layout);
  fixture.changed_id = g_signal_connect (fixture.document, "changed",
                                         G_CALLBACK (jm_test_apply_change), fixture.layout);
  /* the third card of the fourth phase */
  touchpoint = jm_document_get_touchpoint (fixture.document, 11);
  g_assert_cmpstr (jm_touchpoint_get_phase (touchpoint), ==, "ph4");

  for (guint step = 0; step < 4; step++)
    {
      double scale = step < 2 ? 1.0 : 2.0;
      const JmLayoutLane *lane = jm_layout_get_lane (fixture.layout, 0);
      double height = lane->lane.height;
      guint n_band, n_rows, n_across;
      cairo_surface_t *surface;

      fixture.view_width = (int) ceil (jm_layout_get_width (fixture.layout) * scale);
      fixture.view_height = (int) ceil ((jm_layout_get_height (fixture.layout) + 200.0) * scale);
      surface = jm_test_draw_tiles (&fixture, 0, 0, scale, &options);
      cairo_surface_destroy (surface);

      jm_document_set_string (fixture.document, touchpoint, "phase", step % 2 == 0 ? "ph5" : "ph4");
      lane = jm_layout_get_lane (fixture.layout, 0);
      g_assert_cmpfloat (lane->lane.height, !=, height);

      n_band = count_painted_in_rows (&fixture, &lane->band, scale);
      n_rows = jm_test_tiles_across ((int) ceil (lane->band.height * scale),
                                     (int) floor (lane->band.y * scale));
      n_across = jm_test_tiles_across (fixture.view_width, 0);
      g_test_message ("step %u: %u of the %u x %u tiles in the band's rows painted",
                      step, n_band, n_rows, n_across);
      if (step % 2 == 1)
        g_assert_cmpuint (n_band, <, n_rows * n_across / 2);
      jm_test_assert_view (&fixture, 0, 0, scale, &options);
    }

  g_signal_handler_disconnect (fixture.document, fixture.changed_id);
  jm_tile_fixture_tear_down (&fixture, NULL);
}

/* A card whose cell is not its lane's tallest: taking it away leaves the
 * lane's height as it is. */
static JmTouchpoint *
card_in_short_cell (JmLayout *layout)
{
  for (guint i = 0; i < jm_layout_get_n_cards (layout); i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (layout, i);
      const JmLayoutLane *lane = jm_layout_get_lane (layout, card->lane);
      double bottom = 0.0;

      /* the bottom of the card's own cell */
      for (guint k = 0; k < jm_layout_get_n_cards (layout); k++)
        {
          const JmLayoutCard *other = jm_layout_get_card (layout, k);

          if (other->lane == card->lane && other->column == card->column)
            bottom = MAX (bottom, other->rect.y + other->rect.height);
        }
      if (bottom + JM_LAYOUT_CARD_WIDTH < lane->band.y)
        return card->touchpoint;
    }

  g_assert_not_reached ();
}

/* Cards added and removed: the whole map drawn from tiles equals a
 * direct paint each time, and where the lane keeps its height only the
 * tiles of the card's cell and of the curve band are painted again. */
static void
test_add_remove_repaints (JmTileFixture *fixture,
                          gconstpointer  data)
{
  JmPaintOptions options = { 0 };
  JmTouchpoint *lowest = find_lane_setting_card (fixture->layout);
  g_autoptr(JmTouchpoint) added = jm_touchpoint_new ("t-added", jm_touchpoint_get_persona (lowest),
                                                     jm_touchpoint_get_phase (lowest),
                                                     "A card added in the workshop");
  double lane_height = jm_layout_get_lane (fixture->layout, 0)->lane.height;
  int index;
  JmTouchpoint *short_cell;
  guint before, all;
  cairo_surface_t *surface;

  fixture->view_width = (int) ceil (jm_layout_get_width (fixture->layout));
  fixture->view_height = (int) ceil (jm_layout_get_height (fixture->layout)) + 400;
  all = jm_test_tiles_across (fixture->view_width, 0) *
        jm_test_tiles_across (fixture->view_height, 0);
  surface = jm_test_draw_tiles (fixture, 0, 0, 1.0, &options);
  cairo_surface_destroy (surface);

  /* into the first lane's tallest cell, below its last card: the lane
   * grows */
  index = jm_document_get_touchpoint_index (fixture->document, lowest);
  g_assert_cmpint (index, >=, 0);
  jm_touchpoint_set_rating (added, "u1", JM_RATING_DELIGHT);
  jm_document_insert (fixture->document, JM_COLLECTION_TOUCHPOINTS, NULL, added, index + 1);
  g_assert_cmpfloat (jm_layout_get_lane (fixture->layout, 0)->lane.height, >, lane_height);
  jm_test_assert_view (fixture, 0, 0, 1.0, &options);

  /* and out again */
  jm_document_remove (fixture->document, JM_COLLECTION_TOUCHPOINTS, NULL, added);
  g_assert_cmpfloat (jm_layout_get_lane (fixture->layout, 0)->lane.height, ==, lane_height);
  jm_test_assert_view (fixture, 0, 0, 1.0, &options);

  /* out of a cell with room to spare, and back: the lane keeps its
   * height, and little of the map is painted */
  short_cell = g_object_ref (card_in_short_cell (fixture->layout));
  for (guint step = 0; step < 2; step++)
    {
      before = jm_tile_cache_get_n_painted (fixture->tiles);
      if (step == 0)
        jm_document_remove (fixture->document, JM_COLLECTION_TOUCHPOINTS, NULL, short_cell);
      else
        jm_document_insert (fixture->document, JM_COLLECTION_TOUCHPOINTS, NULL, short_cell, 0);
      jm_test_assert_view (fixture, 0, 0, 1.0, &options);
      g_test_message ("step %u: %u of %u tiles painted", step,
                      jm_tile_cache_get_n_painted (fixture->tiles) - before, all);
      g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles) - before, <, all / 4);
    }
  g_object_unref (short_cell);
}

/* A phase renamed and the map's title edited: the header and the title
 * block are painted again, and only they. */
static void
test_header_edit_repaints (JmTileFixture *fixture,
                           gconstpointer  data)
{
  JmPaintOptions options = { 0 };
  guint before, in_view;
  cairo_surface_t *surface;

  surface = jm_test_draw_tiles (fixture, 0, 0, 1.0, &options);
  cairo_surface_destroy (surface);
  in_view = jm_test_tiles_across (VIEW_WIDTH, 0) * jm_test_tiles_across (VIEW_HEIGHT, 0);

  before = jm_tile_cache_get_n_painted (fixture->tiles);
  jm_document_set_string (fixture->document, jm_document_get_phase (fixture->document, 0),
                          "name", "Discovery");
  jm_test_assert_view (fixture, 0, 0, 1.0, &options);
  jm_document_set_string (fixture->document, G_OBJECT (fixture->document), "title",
                          "TrailPeak, renamed in the workshop");
  jm_test_assert_view (fixture, 0, 0, 1.0, &options);
  g_assert_cmpuint (jm_tile_cache_get_n_painted (fixture->tiles) - before, <, in_view / 2);
}

/* Zoomed so far out that text is drawn as bars, written straight into
 * each tile's pixels: the tiles still show what a direct paint does,
 * at the corner and off the tile grid. */
static void
test_glance_matches_direct_paint (JmTileFixture *fixture,
                                  gconstpointer  data)
{
  JmPaintOptions options = { 0 };
  JmPaintOptions dark = { .dark = TRUE, .hide_ratings = TRUE };

  jm_test_assert_view (fixture, 0, 0, 0.15, &options);
  jm_test_assert_view (fixture, 37, 91, 0.12, &options);
  jm_test_assert_view (fixture, 37, 91, 0.2, &dark);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, JmTileFixture, NULL, jm_tile_fixture_set_up, func, jm_tile_fixture_tear_down)
  ADD ("/tile-cache/matches-direct-paint", test_tiles_match_direct_paint);
  ADD ("/tile-cache/glance-matches-direct-paint", test_glance_matches_direct_paint);
  ADD ("/tile-cache/scrolling-paints-only-new-tiles", test_scrolling_paints_only_new_tiles);
  ADD ("/tile-cache/selection-repaints-its-rings", test_selection_repaints_its_rings);
  ADD ("/tile-cache/edit-repaints", test_edit_repaints);
  ADD ("/tile-cache/add-remove-repaints", test_add_remove_repaints);
  ADD ("/tile-cache/header-edit-repaints", test_header_edit_repaints);
  ADD ("/tile-cache/vote-repaints-card-and-band", test_vote_repaints_card_and_band);
  ADD ("/tile-cache/memory-follows-the-view", test_memory_follows_the_view);
  ADD ("/tile-cache/lane-resize-moves-tiles", test_lane_resize_moves_tiles);
  ADD ("/tile-cache/cold-view-painted-whole", test_cold_view_painted_whole);
  ADD ("/tile-cache/fill-follows-changes", test_fill_follows_changes);
  ADD ("/tile-cache/fill-copies-from-view", test_fill_copies_from_view);
  ADD ("/tile-cache/fill-paints-around-view", test_fill_paints_around_view);
#undef ADD
  g_test_add_func ("/tile-cache/random-edits", test_random_edits);
  g_test_add_func ("/tile-cache/drag-along-lane-moves-band", test_drag_along_lane_moves_band);

  return g_test_run ();
}

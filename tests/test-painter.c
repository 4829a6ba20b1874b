/* test-painter.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "jm-document.h"
#include "jm-layout-private.h"
#include "jm-painter-private.h"
#include "jm-painter.h"
#include "jm-random-edit.h"
#include "jm-stamp.h"
#include "jm-test-util.h"

#define SENTINEL 0xffff00ffu /* opaque magenta, never painted by the map */

static JmDocument *
build_map (void)
{
  JmDocument *doc = jm_document_new ();
  const char *phases[] = { "Awareness", "Purchase", "Service" };

  jm_document_set_title (doc, "Online shop");
  jm_document_set_owner (doc, "Mia");
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autoptr(JmPersona) persona = jm_persona_new (id, i == 0 ? "Anna" : "Ben");

      jm_persona_set_color (persona, i == 0 ? "#3584e4" : "#e66100");
      jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *id = g_strdup_printf ("ph%u", i + 1);
      g_autoptr(JmPhase) phase = jm_phase_new (id, phases[i]);

      jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
    }
  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i + 1);
      g_autofree char *phase = g_strdup_printf ("ph%u", i % 3 + 1);
      g_autoptr(JmTouchpoint) tp = jm_touchpoint_new (id, i < 3 ? "p1" : "p2", phase, "Sees an ad");

      jm_touchpoint_set_emotion (tp, ((double) i - 2.5) * 0.8);
      jm_touchpoint_set_super (tp, i == 1);
      jm_touchpoint_set_owned (tp, i % 2 == 0);
      jm_touchpoint_set_rating (tp, "u1", JM_RATING_DELIGHT);
      jm_touchpoint_set_rating (tp, "u2", JM_RATING_DISAPPOINTMENT);
      jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
    }

  return doc;
}

static cairo_surface_t *
create_surface (JmLayout *layout,
                guint32   fill)
{
  int width = (int) ceil (jm_layout_get_width (layout));
  int height = (int) ceil (jm_layout_get_height (layout));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  guint32 *data = (guint32 *) (void *) cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface) / 4;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      data[y * stride + x] = fill;
  cairo_surface_mark_dirty (surface);

  return surface;
}

static double
luminance (guint32 pixel)
{
  double red = (pixel >> 16) & 0xff, green = (pixel >> 8) & 0xff, blue = pixel & 0xff;

  return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255.0;
}

static gboolean
has_light_pixel (cairo_surface_t *surface,
                 int              x0,
                 int              y0,
                 int              width,
                 int              height)
{
  for (int y = y0; y < y0 + height; y++)
    for (int x = x0; x < x0 + width; x++)
      if (luminance (jm_test_pixel_at (surface, x, y)) > 0.8)
        return TRUE;

  return FALSE;
}

static void
paint (JmLayout             *layout,
       cairo_surface_t      *surface,
       const JmPaintOptions *options)
{
  cairo_t *cr = cairo_create (surface);

  jm_painter_paint (layout, cr, options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
}

/* Counts pixels that differ between two surfaces of the same size,
 * inside and outside @rect. */
static void
count_changes (cairo_surface_t *a,
               cairo_surface_t *b,
               const JmRect    *rect,
               guint           *inside,
               guint           *outside)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);

  *inside = *outside = 0;
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (jm_test_pixel_at (a, x, y) != jm_test_pixel_at (b, x, y))
        {
          gboolean in = rect != NULL && x >= rect->x && x < rect->x + rect->width &&
                        y >= rect->y && y < rect->y + rect->height;

          if (in)
            (*inside)++;
          else
            (*outside)++;
        }
}

static void
test_paints_the_map (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  cairo_surface_t *surface = create_surface (layout, 0xffffffff);
  cairo_surface_t *blank = create_surface (layout, 0xffffffff);
  g_autoptr(GHashTable) colors = g_hash_table_new (NULL, NULL);
  const JmLayoutCard *card = jm_layout_get_card (layout, 0);
  const JmLayoutLane *lane = jm_layout_get_lane (layout, 0);
  guint changed, unused;

  paint (layout, surface, NULL);
  count_changes (surface, blank, NULL, &unused, &changed);
  g_assert_cmpuint (changed, >, 5000);

  for (int y = 0; y < cairo_image_surface_get_height (surface); y += 3)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x += 3)
      g_hash_table_add (colors, GUINT_TO_POINTER (jm_test_pixel_at (surface, x, y)));
  g_assert_cmpuint (g_hash_table_size (colors), >, 20);

  /* The persona's stripe at the left edge of its card, its curve points. */
  g_assert_cmphex (jm_test_pixel_at (surface, card->rect.x + 2, card->rect.y + card->rect.height / 2), ==,
                   0xff3584e4);
  g_assert_cmphex (jm_test_pixel_at (surface, lane->points[0].x, lane->points[0].y), ==, 0xff3584e4);
  /* Light paper. */
  g_assert_cmpfloat (luminance (jm_test_pixel_at (surface, 2, 2)), >, 0.95);

  cairo_surface_destroy (surface);
  cairo_surface_destroy (blank);
}

static void
test_clip (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmLayoutCard *card = jm_layout_get_card (layout, 4);
  JmRect clip = { card->rect.x - 30.5, card->rect.y + 10.25, 120, 140 };
  JmRect pixels = { floor (clip.x), floor (clip.y), 122, 141 };
  JmPaintOptions options = { .clip = &clip };
  cairo_surface_t *surface = create_surface (layout, SENTINEL);
  cairo_surface_t *untouched = create_surface (layout, SENTINEL);
  guint inside, outside;

  paint (layout, surface, &options);
  count_changes (surface, untouched, &pixels, &inside, &outside);
  g_assert_cmpuint (outside, ==, 0);
  g_assert_cmpuint (inside, >, 120 * 130);

  cairo_surface_destroy (surface);
  cairo_surface_destroy (untouched);
}

static void
test_dark (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  JmPaintOptions options = { .dark = TRUE };
  cairo_surface_t *light = create_surface (layout, SENTINEL);
  cairo_surface_t *dark = create_surface (layout, SENTINEL);
  const JmRect *title = jm_layout_get_title_rect (layout);
  double light_sum = 0, dark_sum = 0;
  guint n = 0;

  paint (layout, light, NULL);
  paint (layout, dark, &options);

  g_assert_cmpfloat (luminance (jm_test_pixel_at (dark, 2, 2)), <, 0.2);
  g_assert_cmpfloat (luminance (jm_test_pixel_at (light, 2, 2)), >, 0.95);
  g_assert_cmphex (jm_test_pixel_at (dark, 2, 2) >> 24, ==, 0xff);

  for (int y = 0; y < cairo_image_surface_get_height (dark); y += 4)
    for (int x = 0; x < cairo_image_surface_get_width (dark); x += 4, n++)
      {
        light_sum += luminance (jm_test_pixel_at (light, x, y));
        dark_sum += luminance (jm_test_pixel_at (dark, x, y));
      }
  g_assert_cmpfloat (dark_sum / n, <, 0.35);
  g_assert_cmpfloat (light_sum / n, >, 0.8);

  /* The title is still readable: light text on the dark background. */
  g_assert_true (has_light_pixel (dark, title->x, title->y, 200, 30));

  cairo_surface_destroy (light);
  cairo_surface_destroy (dark);
}

static void
test_selection_ring (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmLayoutCard *card = jm_layout_get_card (layout, 2);
  JmPaintOptions options = { .selected = G_OBJECT (card->touchpoint) };
  JmRect around = { card->rect.x - 10, card->rect.y - 10,
                    card->rect.width + 20, card->rect.height + 20 };
  const JmCurvePoint *point = jm_layout_find_point (layout, card->touchpoint, NULL);
  cairo_surface_t *plain = create_surface (layout, SENTINEL);
  cairo_surface_t *selected = create_surface (layout, SENTINEL);
  guint inside, outside;

  g_assert_nonnull (point);

  paint (layout, plain, NULL);
  paint (layout, selected, &options);
  count_changes (plain, selected, &around, &inside, &outside);
  /* A ring around the card; its curve point is marked as well, nothing else. */
  g_assert_cmpuint (inside, >, 2 * (card->rect.width + card->rect.height));
  g_assert_cmpuint (outside, >, 0);
  g_assert_cmpuint (outside, <, 400);
  /* The ring is the accent blue, just outside the card. */
  g_assert_cmphex (jm_test_pixel_at (selected, card->rect.x - 4.5, card->rect.y + card->rect.height / 2),
                   ==, 0xff3584e4);

  cairo_surface_destroy (plain);
  cairo_surface_destroy (selected);
}

static void
test_scaled_and_translated (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  int width = (int) ceil (jm_layout_get_width (layout) / 2) + 10;
  int height = (int) ceil (jm_layout_get_height (layout) / 2) + 10;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, 10, 10);
  cairo_scale (cr, 0.5, 0.5);
  jm_painter_paint (layout, cr, NULL);
  cairo_destroy (cr);

  /* The background stops where the map does: the offset stays clear. */
  g_assert_cmphex (jm_test_pixel_at (surface, 5, 5), ==, 0);
  g_assert_cmphex (jm_test_pixel_at (surface, 12, 12), ==, 0xffffffff);
  cairo_surface_destroy (surface);
}


/* Results hidden: a point derived from the votes would sit at the vote
 * mean, so with hide-derived it is left off; hand-set ones stay. */
static void
test_hide_derived (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  JmTouchpoint *derived = jm_document_get_touchpoint (doc, 1);
  g_autoptr(JmLayout) layout = NULL;
  const JmLayoutLane *lane;
  const JmCurvePoint *point;
  guint point_lane = G_MAXUINT;

  /* t2: no hand-set emotion, one delight and one disappointment vote */
  jm_document_set_boolean (doc, derived, "has-emotion", FALSE);
  layout = jm_layout_new (doc);
  lane = jm_layout_get_lane (layout, 0);
  g_assert_cmpuint (lane->n_points, ==, 3);
  point = jm_layout_find_point (layout, derived, &point_lane);
  g_assert_nonnull (point);
  g_assert_cmpuint (point_lane, ==, 0);
  g_assert_true (point->derived);
  g_assert_cmpfloat_with_epsilon (point->emotion, 0.0, 1e-9);

  jm_layout_set_hide_derived (layout, TRUE);
  g_assert_true (jm_layout_get_hide_derived (layout));
  lane = jm_layout_get_lane (layout, 0);
  g_assert_cmpuint (lane->n_points, ==, 2);
  g_assert_cmpuint (lane->n_segments, ==, 1);
  for (guint i = 0; i < lane->n_points; i++)
    {
      g_assert_false (lane->points[i].derived);
      g_assert_true (lane->points[i].touchpoint != derived);
    }
  /* the card itself stays */
  g_assert_nonnull (jm_layout_find_card (layout, derived));

  /* it holds through updates, full and incremental */
  jm_document_set_rating (doc, derived, "u3", JM_RATING_DELIGHT);
  jm_layout_update (layout);
  g_assert_cmpuint (jm_layout_get_lane (layout, 0)->n_points, ==, 2);
  jm_document_set_rating (doc, derived, "u4", JM_RATING_DELIGHT);
  {
    g_autoptr(JmChange) change = jm_change_new_rating (G_OBJECT (derived), "u5",
                                                       JM_RATING_NONE, JM_RATING_OK);

    jm_document_apply (doc, change);
    jm_layout_apply_change (layout, change);
  }
  g_assert_cmpuint (jm_layout_get_lane (layout, 0)->n_points, ==, 2);

  /* a hand-set emotion is the facilitator's, not the room's: it shows */
  jm_document_set_double (doc, derived, "emotion", 1.5);
  jm_document_set_boolean (doc, derived, "has-emotion", TRUE);
  jm_layout_update (layout);
  g_assert_cmpuint (jm_layout_get_lane (layout, 0)->n_points, ==, 3);

  jm_layout_set_hide_derived (layout, FALSE);
  g_assert_cmpuint (jm_layout_get_lane (layout, 0)->n_points, ==, 3);
}

static gboolean
has_reddish_pixel (cairo_surface_t *surface,
                   const JmRect    *rect)
{
  for (int y = rect->y; y < rect->y + rect->height; y++)
    for (int x = rect->x; x < rect->x + rect->width; x++)
      {
        guint32 p = jm_test_pixel_at (surface, x, y);
        int red = (p >> 16) & 0xff, green = (p >> 8) & 0xff, blue = p & 0xff;

        if (red > 150 && red - green > 80 && red - blue > 80)
          return TRUE;
      }

  return FALSE;
}

/* Soll-Ist: the gap on the card, red when performance falls short, and
 * the dashed expected curve with its legend row as a paint option. */
static void
test_expected_actual (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  JmTouchpoint *shortfall = jm_document_get_touchpoint (doc, 0);
  JmTouchpoint *better = jm_document_get_touchpoint (doc, 2);
  JmTouchpoint *half = jm_document_get_touchpoint (doc, 3);
  g_autoptr(JmLayout) layout = NULL;
  const JmCardContent *content;
  const JmLayoutLane *lane;
  const JmRect *legend;
  const char *text;
  JmRect rect;
  JmPaintOptions options = { .show_expected = TRUE };
  cairo_surface_t *plain, *expected;
  guint inside, outside;

  jm_document_set_int (doc, shortfall, "expectation", 4);
  jm_document_set_int (doc, shortfall, "performance", 2);
  jm_document_set_int (doc, better, "expectation", 2);
  jm_document_set_int (doc, better, "performance", 5);
  jm_document_set_int (doc, half, "expectation", 5);
  layout = jm_layout_new (doc);

  content = jm_layout_get_card_content (layout, 0);
  g_assert_nonnull (content->expected.layout);
  text = pango_layout_get_text (content->expected.layout);
  g_assert_nonnull (strstr (text, "Expected 4 · Actual 2"));
  g_assert_nonnull (strstr (text, "−2"));
  g_assert_cmpint (content->gap, ==, -2);
  content = jm_layout_get_card_content (layout, 2);
  g_assert_nonnull (strstr (pango_layout_get_text (content->expected.layout), "+3"));
  /* only one of the two set: nothing to compare */
  g_assert_null (jm_layout_get_card_content (layout, 3)->expected.layout);
  g_assert_null (jm_layout_get_card_content (layout, 1)->expected.layout);

  /* the expected curve: expectation 1 … 5 at −2 … +2 */
  lane = jm_layout_get_lane (layout, 0);
  g_assert_cmpuint (lane->n_expected_points, ==, 2);
  g_assert_cmpuint (lane->n_expected_segments, ==, 1);
  g_assert_true (lane->expected_points[0].touchpoint == shortfall);
  g_assert_cmpfloat_with_epsilon (lane->expected_points[0].y,
                                  jm_layout_emotion_to_y (layout, 0, 1.0), 1e-9);
  g_assert_cmpfloat_with_epsilon (lane->expected_points[1].y,
                                  jm_layout_emotion_to_y (layout, 0, -1.0), 1e-9);
  g_assert_cmpuint (jm_layout_get_lane (layout, 1)->n_expected_points, ==, 1);

  plain = create_surface (layout, SENTINEL);
  expected = create_surface (layout, SENTINEL);
  paint (layout, plain, NULL);
  paint (layout, expected, &options);

  /* red for the shortfall, not for the card that beats expectations */
  content = jm_layout_get_card_content (layout, 0);
  rect = (JmRect) { content->expected.x, content->expected.y,
                    content->expected.width, content->expected.height };
  g_assert_true (has_reddish_pixel (plain, &rect));
  content = jm_layout_get_card_content (layout, 2);
  rect = (JmRect) { content->expected.x, content->expected.y,
                    content->expected.width, content->expected.height };
  g_assert_false (has_reddish_pixel (plain, &rect));

  /* the curve is drawn in the band, the legend gains its row */
  count_changes (plain, expected, &lane->band, &inside, &outside);
  g_assert_cmpuint (inside, >, 100);
  legend = jm_layout_get_legend_rect (layout);
  count_changes (plain, expected, legend, &inside, &outside);
  g_assert_cmpuint (inside, >, 50);

  cairo_surface_destroy (plain);
  cairo_surface_destroy (expected);
}

/* Mean luminance distance between two paintings inside @rect. */
static double
mean_difference (cairo_surface_t *a,
                 cairo_surface_t *b,
                 const JmRect    *rect)
{
  double sum = 0.0;
  guint n = 0;

  for (int y = rect->y; y < rect->y + rect->height; y++)
    for (int x = rect->x; x < rect->x + rect->width; x++, n++)
      sum += fabs (luminance (jm_test_pixel_at (a, x, y)) - luminance (jm_test_pixel_at (b, x, y)));

  return sum / MAX (n, 1);
}

/* Presenting one persona or one phase dims the rest, legibly. */
static void
test_focus (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmLayoutLane *lane0 = jm_layout_get_lane (layout, 0);
  const JmLayoutLane *lane1 = jm_layout_get_lane (layout, 1);
  const JmLayoutColumn *column1 = jm_layout_get_column (layout, 1);
  const JmLayoutCard *card0 = jm_layout_get_card (layout, 0);   /* lane 0, column 0 */
  const JmLayoutCard *card4 = jm_layout_get_card (layout, 4);   /* lane 1, column 1 */
  JmPaintOptions options = { .focus = G_OBJECT (lane1->persona) };
  cairo_surface_t *plain = create_surface (layout, SENTINEL);
  cairo_surface_t *focused = create_surface (layout, SENTINEL);
  JmRect inner;

  paint (layout, plain, NULL);
  paint (layout, focused, &options);

  /* the focused lane is untouched, the other lane's card is faded
   * towards the background but still drawn */
  inner = (JmRect) { lane1->lane.x, lane1->lane.y, lane1->lane.width, lane1->lane.height };
  g_assert_cmpfloat (mean_difference (plain, focused, &inner), <, 0.001);
  g_assert_cmpfloat (mean_difference (plain, focused, &card0->rect), >, 0.02);
  g_assert_true (has_light_pixel (focused, card0->rect.x, card0->rect.y,
                                  card0->rect.width, card0->rect.height));
  {
    /* text is still darker than the card it is on: legible */
    const JmRect *title_rect = &card0->rect;
    double darkest = 1.0;

    for (int y = title_rect->y; y < title_rect->y + 30; y++)
      for (int x = title_rect->x + 16; x < title_rect->x + 120; x++)
        darkest = MIN (darkest, luminance (jm_test_pixel_at (focused, x, y)));
    g_assert_cmpfloat (darkest, <, 0.6);
  }

  /* a phase: its column stays, a card in another column fades */
  paint (layout, focused, &(JmPaintOptions) { .focus = G_OBJECT (column1->phase) });
  g_assert_cmpfloat (mean_difference (plain, focused, &card4->rect), <, 0.001);
  g_assert_cmpfloat (mean_difference (plain, focused, &card0->rect), >, 0.02);
  /* the lane headers name the rows of the focused column: they stay */
  g_assert_cmpfloat (mean_difference (plain, focused, &lane0->header), <, 0.001);

  cairo_surface_destroy (plain);
  cairo_surface_destroy (focused);
}

/* Pixels inside @rect that differ by more than a shade of
 * anti-aliasing in any channel (something missing or extra differs
 * by far more). */
static guint
count_clear_changes (cairo_surface_t *a,
                     cairo_surface_t *b,
                     const JmRect    *rect)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint n = 0;

  for (int y = MAX (rect->y, 0); y < MIN (rect->y + rect->height, height); y++)
    for (int x = MAX (rect->x, 0); x < MIN (rect->x + rect->width, width); x++)
      {
        guint32 pa = jm_test_pixel_at (a, x, y), pb = jm_test_pixel_at (b, x, y);

        for (guint shift = 0; shift < 32; shift += 8)
          if (ABS ((int) ((pa >> shift) & 0xff) - (int) ((pb >> shift) & 0xff)) > 48)
            {
              n++;
              break;
            }
      }

  return n;
}

/* What is skipped outside the clip never shows inside it: painting
 * with a clip (which skips what lies outside) equals painting all of
 * the map through the same cairo clip, wherever the clip cuts cards,
 * lanes and curve segments. */
static void
test_clip_matches_full_paint (void)
{
  g_autoptr(JmDocument) doc = jm_test_build_lane_map (8, 24);
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmLayoutLane *lane = jm_layout_get_lane (layout, 0);
  double width = jm_layout_get_width (layout);

  g_assert_cmpuint (lane->n_points, >, 15);

  for (guint k = 0; k < 24; k++)
    {
      JmRect clip = { floor (k * (width - 300) / 23), floor (lane->band.y - 60 + (k % 3) * 30),
                      137 + 20 * (k % 4), 150 };
      cairo_surface_t *full = create_surface (layout, SENTINEL);
      cairo_surface_t *part = create_surface (layout, SENTINEL);
      cairo_t *cr = cairo_create (full);
      guint inside, outside;

      cairo_rectangle (cr, clip.x, clip.y, clip.width, clip.height);
      cairo_clip (cr);
      jm_painter_paint (layout, cr, &(JmPaintOptions) { .show_expected = TRUE });
      cairo_destroy (cr);

      paint (layout, part, &(JmPaintOptions) { .clip = &clip, .show_expected = TRUE });
      /* nothing outside; inside at most a shade of anti-aliasing
       * (cairo rasterises a path that starts elsewhere a little
       * differently), nothing missing */
      count_changes (full, part, &clip, &inside, &outside);
      g_assert_cmpuint (outside, ==, 0);
      g_assert_cmpuint (count_clear_changes (full, part, &clip), ==, 0);
      cairo_surface_destroy (full);
      cairo_surface_destroy (part);
    }
}

static cairo_surface_t *
paint_scaled (JmLayout *layout,
              double    scale,
              gboolean  dark,
              gboolean  stamps)
{
  int width = (int) ceil (jm_layout_get_width (layout) * scale);
  int height = (int) ceil (jm_layout_get_height (layout) * scale);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  jm_stamp_set_enabled (stamps);
  cairo_scale (cr, scale, scale);
  jm_painter_paint (layout, cr, &(JmPaintOptions) { .dark = dark });
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  jm_stamp_set_enabled (TRUE);

  return surface;
}

/* Whether device pixel (@x, @y) is near a curve point of @layout
 * painted at @scale, or in the legend, which shows points too: stamped
 * points sit on whole pixels, up to half a pixel from where a path puts
 * them. */
static gboolean
near_curve_point (JmLayout *layout,
                  double    scale,
                  int       x,
                  int       y)
{
  double reach = (JM_LAYOUT_POINT_RADIUS + 3.0) * scale;
  const JmRect *legend = jm_layout_get_legend_rect (layout);

  if (x >= legend->x * scale - reach && x <= (legend->x + legend->width) * scale + reach &&
      y >= legend->y * scale - reach && y <= (legend->y + legend->height) * scale + reach)
    return TRUE;

  for (guint i = 0; i < jm_layout_get_n_lanes (layout); i++)
    {
      const JmLayoutLane *lane = jm_layout_get_lane (layout, i);

      for (guint p = 0; p < lane->n_points; p++)
        if (fabs (lane->points[p].x * scale - x) <= reach &&
            fabs (lane->points[p].y * scale - y) <= reach)
          return TRUE;
    }

  return FALSE;
}

/* Card frames on a raster lie on whole pixels, at any zoom, and are
 * copied from stamps; they look as the paths they stand for, at 100 %,
 * 200 % and at zooms where a unit is no whole number of pixels, light
 * and dark, plain and super-touchpoint cards: at most a shade of
 * anti-aliasing apart, nowhere a colour out of place. The curve points
 * (also stamps) may be half a pixel off, and are left out of the
 * comparison. */
static void
test_stamps_match_paths (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);

  /* whole scales, and zooms where a unit is no whole number of pixels */
  const double scales[] = { 1.0, 2.0, 0.8, 0.5, 1.5 };

  for (guint k = 0; k < 2 * G_N_ELEMENTS (scales); k++)
    {
      double scale = scales[k / 2];
      gboolean dark = k % 2 == 1;
      cairo_surface_t *stamped = paint_scaled (layout, scale, dark, TRUE);
      cairo_surface_t *pathed = paint_scaled (layout, scale, dark, FALSE);
      int width = cairo_image_surface_get_width (stamped);
      int height = cairo_image_surface_get_height (stamped);
      guint changed = 0, clear = 0;

      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            guint32 a = jm_test_pixel_at (stamped, x, y), b = jm_test_pixel_at (pathed, x, y);

            if (a == b || near_curve_point (layout, scale, x, y))
              continue;
            changed++;
            for (guint shift = 0; shift < 32; shift += 8)
              if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 24)
                {
                  clear++;
                  break;
                }
          }

      g_test_message ("scale %g%s: %u pixels differ, %u clearly", scale, dark ? " dark" : "",
                      changed, clear);
      g_assert_cmpuint (clear, ==, 0);
      cairo_surface_destroy (stamped);
      cairo_surface_destroy (pathed);
    }
}

static cairo_surface_t *
paint_view (JmLayout             *layout,
            const JmRect         *view,
            double                scale,
            const JmPaintOptions *options,
            gboolean              aside)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) (view->width * scale),
                                                         (int) (view->height * scale));
  cairo_t *cr = cairo_create (surface);
  JmPaintOptions clipped = *options;
  JmRect clip = *view;

  clipped.clip = &clip;
  jm_curve_layer_set_enabled (aside);
  cairo_scale (cr, scale, scale);
  cairo_translate (cr, -view->x, -view->y);
  jm_painter_paint (layout, cr, &clipped);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  jm_curve_layer_set_enabled (TRUE);

  return surface;
}

/* On a raster the curves of a view full of points are painted on
 * another thread and laid over the cards: the view looks as it does
 * painted in one piece, with the selected point's ring, the expected
 * curve and the hidden ratings too, at 100 % and 200 %. */
static void
test_curves_aside_match_in_place (void)
{
  g_autoptr(JmDocument) doc = jm_test_build_lane_map (4, 80);
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmLayoutLane *lane = jm_layout_get_lane (layout, 0);
  JmRect view = { 100.0, lane->band.y - 200.0, 700.0, 320.0 };
  JmPaintOptions looks[] = {
    { 0 },
    { .show_expected = TRUE, .selected = G_OBJECT (jm_document_get_touchpoint (doc, 41)) },
    { .hide_ratings = TRUE, .dark = TRUE },
  };

  g_assert_cmpuint (lane->n_points, >, 60);

  for (guint k = 0; k < 2 * G_N_ELEMENTS (looks); k++)
    {
      const JmPaintOptions *options = &looks[k / 2];
      double scale = k % 2 == 0 ? 1.0 : 2.0;
      guint started = jm_curve_layer_get_n_started ();
      cairo_surface_t *aside = paint_view (layout, &view, scale, options, TRUE);
      cairo_surface_t *in_place;
      JmRect all = { 0, 0, view.width * scale, view.height * scale };
      guint inside, outside;

      g_assert_cmpuint (jm_curve_layer_get_n_started (), ==, started + 1);
      in_place = paint_view (layout, &view, scale, options, FALSE);
      g_assert_cmpuint (jm_curve_layer_get_n_started (), ==, started + 1);

      count_changes (aside, in_place, &all, &inside, &outside);
      g_test_message ("look %u at %g: %u pixels a shade apart", k / 2, scale, inside);
      g_assert_cmpuint (count_clear_changes (aside, in_place, &all), ==, 0);
      cairo_surface_destroy (aside);
      cairo_surface_destroy (in_place);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/painter/paints-the-map", test_paints_the_map);
  g_test_add_func ("/painter/clip", test_clip);
  g_test_add_func ("/painter/dark", test_dark);
  g_test_add_func ("/painter/selection-ring", test_selection_ring);
  g_test_add_func ("/painter/scaled-and-translated", test_scaled_and_translated);
  g_test_add_func ("/painter/hide-derived", test_hide_derived);
  g_test_add_func ("/painter/expected-actual", test_expected_actual);
  g_test_add_func ("/painter/focus", test_focus);
  g_test_add_func ("/painter/clip-matches-full-paint", test_clip_matches_full_paint);
  g_test_add_func ("/painter/stamps-match-paths", test_stamps_match_paths);
  g_test_add_func ("/painter/curves-aside-match-in-place", test_curves_aside_match_in_place);

  return g_test_run ();
}

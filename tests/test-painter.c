/* test-painter.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "jm-document.h"
#include "jm-layout.h"
#include "jm-painter.h"

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

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  guint32 *data = (guint32 *) (void *) cairo_image_surface_get_data (surface);

  cairo_surface_flush (surface);
  return data[y * (cairo_image_surface_get_stride (surface) / 4) + x];
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
      if (luminance (pixel_at (surface, x, y)) > 0.8)
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
      if (pixel_at (a, x, y) != pixel_at (b, x, y))
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
      g_hash_table_add (colors, GUINT_TO_POINTER (pixel_at (surface, x, y)));
  g_assert_cmpuint (g_hash_table_size (colors), >, 20);

  /* The persona's stripe at the left edge of its card, its curve points. */
  g_assert_cmphex (pixel_at (surface, card->rect.x + 2, card->rect.y + card->rect.height / 2), ==,
                   0xff3584e4);
  g_assert_cmphex (pixel_at (surface, lane->points[0].x, lane->points[0].y), ==, 0xff3584e4);
  /* Light paper. */
  g_assert_cmpfloat (luminance (pixel_at (surface, 2, 2)), >, 0.95);

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

  g_assert_cmpfloat (luminance (pixel_at (dark, 2, 2)), <, 0.2);
  g_assert_cmpfloat (luminance (pixel_at (light, 2, 2)), >, 0.95);
  g_assert_cmphex (pixel_at (dark, 2, 2) >> 24, ==, 0xff);

  for (int y = 0; y < cairo_image_surface_get_height (dark); y += 4)
    for (int x = 0; x < cairo_image_surface_get_width (dark); x += 4, n++)
      {
        light_sum += luminance (pixel_at (light, x, y));
        dark_sum += luminance (pixel_at (dark, x, y));
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
  const JmLayoutLane *lane = jm_layout_get_lane (layout, card->lane);
  const JmCurvePoint *point = NULL;
  cairo_surface_t *plain = create_surface (layout, SENTINEL);
  cairo_surface_t *selected = create_surface (layout, SENTINEL);
  guint inside, outside;

  for (guint i = 0; i < lane->n_points; i++)
    if (lane->points[i].touchpoint == card->touchpoint)
      point = &lane->points[i];
  g_assert_nonnull (point);

  paint (layout, plain, NULL);
  paint (layout, selected, &options);
  count_changes (plain, selected, &around, &inside, &outside);
  /* A ring around the card; its curve point is marked as well, nothing else. */
  g_assert_cmpuint (inside, >, 2 * (card->rect.width + card->rect.height));
  g_assert_cmpuint (outside, >, 0);
  g_assert_cmpuint (outside, <, 400);
  /* The ring is the accent blue, just outside the card. */
  g_assert_cmphex (pixel_at (selected, card->rect.x - 4.5, card->rect.y + card->rect.height / 2),
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
  g_assert_cmphex (pixel_at (surface, 5, 5), ==, 0);
  g_assert_cmphex (pixel_at (surface, 12, 12), ==, 0xffffffff);
  cairo_surface_destroy (surface);
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

  return g_test_run ();
}

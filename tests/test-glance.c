/* test-glance.c: cards too small to read, zoomed far out
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "jm-document.h"
#include "jm-layout-private.h"
#include "jm-painter-private.h"
#include "jm-painter.h"
#include "jm-test-util.h"

#define TITLE "Compares prices in the shop app"

static JmDocument *
build_map (void)
{
  JmDocument *doc = jm_document_new ();
  g_autoptr(JmPersona) persona = jm_persona_new ("p1", "Anna");
  g_autoptr(JmPhase) phase = jm_phase_new ("ph1", "Awareness");
  g_autoptr(JmTouchpoint) touchpoint = jm_touchpoint_new ("t1", "p1", "ph1", TITLE);

  jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
  jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
  jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, touchpoint, -1);

  return doc;
}

/* The map painted at @scale on a white image. */
static cairo_surface_t *
paint_at (JmLayout *layout,
          double    scale)
{
  cairo_surface_t *surface =
    cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                (int) ceil (jm_layout_get_width (layout) * scale),
                                (int) ceil (jm_layout_get_height (layout) * scale));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  jm_painter_paint (layout, cr, &(JmPaintOptions) { 0 });
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* The first line of @text, in map units. */
static void
get_first_line (const JmText *text,
                JmRect       *line)
{
  PangoLayoutIter *iter = pango_layout_get_iter (text->layout);
  PangoRectangle logical;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);

  line->x = text->x + (double) logical.x / PANGO_SCALE;
  line->y = text->y + (double) logical.y / PANGO_SCALE;
  line->width = (double) logical.width / PANGO_SCALE;
  line->height = (double) logical.height / PANGO_SCALE;
}

/* Whether the pixels across the middle of the title's first line, at
 * @scale, are all of one colour and darker than the card after it: a
 * bar, where glyphs would give pixels of many shades. */
static gboolean
title_is_a_bar (JmLayout *layout,
                double    scale)
{
  cairo_surface_t *surface = paint_at (layout, scale);
  const JmCardContent *content = jm_layout_get_card_content (layout, 0);
  const JmRect *card = &jm_layout_get_card (layout, 0)->rect;
  JmRect line;
  int y, x0, x1;
  guint32 bar;
  gboolean solid = TRUE;

  get_first_line (&content->title, &line);
  y = (int) floor ((line.y + line.height / 2.0) * scale);
  x0 = (int) ceil (line.x * scale) + 1;
  x1 = (int) floor ((line.x + line.width) * scale) - 1;
  g_assert_cmpint (x1 - x0, >, 3);
  /* the card goes on after the line: that is where its fill shows */
  g_assert_cmpfloat ((card->x + card->width) * scale, >, x1 + 4);

  bar = jm_test_pixel_at (surface, x0, y);
  for (int x = x0; x <= x1; x++)
    solid = solid && jm_test_pixel_at (surface, x, y) == bar;
  solid = solid && jm_test_pixel_at (surface, x1 + 3, y) != bar;

  cairo_surface_destroy (surface);
  return solid;
}

static void
test_text_as_bars (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);

  /* 14-unit text at 20 %: under 3 pixels, a bar */
  g_assert_true (title_is_a_bar (layout, 0.2));
  g_assert_true (title_is_a_bar (layout, 0.15));
  /* at 100 % the line is text, of many shades */
  g_assert_false (title_is_a_bar (layout, 1.0));
}

static gboolean
is_legible_on (cairo_surface_t *surface,
               const JmText    *text,
               double           scale)
{
  cairo_t *cr = cairo_create (surface);
  gboolean legible;

  cairo_scale (cr, scale, scale);
  legible = jm_painter_text_is_legible (cr, text);
  cairo_destroy (cr);

  return legible;
}

/* A PDF or SVG keeps its text at any scale: a reader zooms into it,
 * searches and copies it. */
static void
test_vector_keeps_text (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmText *title = &jm_layout_get_card_content (layout, 0)->title;
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_surface_t *pdf = cairo_pdf_surface_create (NULL, 100, 100);
  cairo_surface_t *svg = cairo_svg_surface_create (NULL, 100, 100);

  g_assert_false (is_legible_on (image, title, 0.1));
  g_assert_true (is_legible_on (image, title, 1.0));
  g_assert_true (is_legible_on (pdf, title, 0.1));
  g_assert_true (is_legible_on (svg, title, 0.1));

  cairo_surface_destroy (image);
  cairo_surface_destroy (pdf);
  cairo_surface_destroy (svg);
}

/* A surface of @format, @size pixels square, with its device offset at
 * (@dx, @dy), covered in a pattern of many colours and alphas. */
static cairo_surface_t *
make_background (cairo_format_t format,
                 int            size,
                 int            dx,
                 int            dy)
{
  cairo_surface_t *surface = cairo_image_surface_create (format, size, size);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, size, size);

  cairo_pattern_add_color_stop_rgba (gradient, 0.0, 0.9, 0.2, 0.1, 1.0);
  cairo_pattern_add_color_stop_rgba (gradient, 0.5, 0.1, 0.7, 0.3, 0.4);
  cairo_pattern_add_color_stop_rgba (gradient, 1.0, 0.2, 0.3, 0.95, 0.0);
  cairo_set_source (cr, gradient);
  cairo_paint (cr);
  cairo_pattern_destroy (gradient);
  cairo_destroy (cr);
  cairo_surface_set_device_offset (surface, dx, dy);

  return surface;
}

/* A context on @surface, clipped to @clip if not NULL. */
static cairo_t *
create_clipped (cairo_surface_t         *surface,
                const cairo_rectangle_t *clip)
{
  cairo_t *cr = cairo_create (surface);

  if (clip != NULL)
    {
      cairo_rectangle (cr, clip->x, clip->y, clip->width, clip->height);
      cairo_clip (cr);
    }
  return cr;
}

/* One setting the pixel writers are compared with cairo in: a format,
 * and (@setting 0, 1, 2) no clip, a clip, a clip and a device offset
 * as a tile has. The same background three times: as it was, as cairo
 * draws over it, as the pixels are written. */
typedef struct
{
  const cairo_rectangle_t *clip;
  cairo_surface_t         *before;
  cairo_surface_t         *by_cairo;
  cairo_surface_t         *by_pixels;
} Trial;

static const cairo_rectangle_t trial_clip = { 8, 0, 50, 40 };

static void
trial_init (Trial          *trial,
            cairo_format_t  format,
            guint           setting)
{
  int dx = setting == 2 ? -8 : 0, dy = setting == 2 ? -12 : 0;

  trial->clip = setting >= 1 ? &trial_clip : NULL;
  trial->before = make_background (format, 64, dx, dy);
  trial->by_cairo = make_background (format, 64, dx, dy);
  trial->by_pixels = make_background (format, 64, dx, dy);
}

/* The pixels written as cairo draws them, to the bit, and more than
 * @min_changed of them changed: each setting draws something. */
static void
trial_check (Trial *trial,
             guint  min_changed)
{
  g_assert_cmpuint (jm_test_count_differences (trial->by_cairo, trial->by_pixels, NULL), ==, 0);
  g_assert_cmpuint (jm_test_count_differences (trial->before, trial->by_pixels, NULL), >,
                    min_changed);
  cairo_surface_destroy (trial->before);
  cairo_surface_destroy (trial->by_cairo);
  cairo_surface_destroy (trial->by_pixels);
}

/* Fills @boxes on @surface (clipped to @clip if not NULL) with cairo,
 * or by writing the pixels; returns whether the pixels were written. */
static gboolean
fill_boxes (cairo_surface_t         *surface,
            const cairo_rectangle_t *clip,
            const cairo_rectangle_t *boxes,
            guint                    n_boxes,
            const JmColor           *color,
            double                   alpha,
            gboolean                 direct)
{
  cairo_t *cr = create_clipped (surface, clip);
  gboolean written = FALSE;

  if (direct)
    {
      written = jm_pixel_boxes_fill (cr, boxes, n_boxes, color, alpha);
    }
  else
    {
      for (guint i = 0; i < n_boxes; i++)
        cairo_rectangle (cr, boxes[i].x, boxes[i].y, boxes[i].width, boxes[i].height);
      cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return written;
}

/* Boxes written straight into the pixels come out as cairo fills them,
 * to the bit: over a background of every alpha, with and without a
 * clip, with a device offset (a tile), on both image formats, opaque
 * and translucent, and reaching off the surface. */
static void
test_pixel_boxes_match_cairo (void)
{
  const cairo_rectangle_t boxes[] = {
    { 3, 4, 20, 1 }, { 10, 10, 35, 3 }, { -5, 30, 12, 2 }, { 50, 50, 30, 30 }, { 60, 2, 1, 1 },
    { 12, 20, 30, 15 },
  };
  const JmColor colors[] = { { 0.2, 0.4, 0.6, 1.0 }, { 0.97, 0.5, 0.01, 0.8 } };
  const double alphas[] = { 1.0, 0.45, 0.1 };
  const cairo_format_t formats[] = { CAIRO_FORMAT_ARGB32, CAIRO_FORMAT_RGB24 };

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    for (guint c = 0; c < G_N_ELEMENTS (colors); c++)
      for (guint a = 0; a < G_N_ELEMENTS (alphas); a++)
        for (guint setting = 0; setting < 3; setting++)
          {
            Trial trial;

            trial_init (&trial, formats[f], setting);
            fill_boxes (trial.by_cairo, trial.clip, boxes, G_N_ELEMENTS (boxes), &colors[c],
                        alphas[a], FALSE);
            g_assert_true (fill_boxes (trial.by_pixels, trial.clip, boxes, G_N_ELEMENTS (boxes),
                                       &colors[c], alphas[a], TRUE));
            trial_check (&trial, 300);
          }
}

/* A small image of every alpha, as a stamp is: a frame's end with its
 * antialiased corner and shadow. */
static cairo_surface_t *
make_stamp (void)
{
  cairo_surface_t *stamp = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 24, 12);
  cairo_t *cr = cairo_create (stamp);

  cairo_arc (cr, 12, 6, 5.3, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 0.1, 0.2, 0.3, 0.35);
  cairo_fill (cr);
  cairo_rectangle (cr, 1.5, 2.25, 9.5, 7.7);
  cairo_set_source_rgba (cr, 0.9, 0.6, 0.2, 1.0);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_flush (stamp);

  return stamp;
}

/* Rows 2 … 11 of @stamp at (@left, @top), with cairo or through the
 * pixel target; returns whether the pixels were written. */
static gboolean
composite_stamp (cairo_surface_t         *surface,
                 const cairo_rectangle_t *clip,
                 cairo_surface_t         *stamp,
                 int                      left,
                 int                      top,
                 gboolean                 direct)
{
  cairo_t *cr = create_clipped (surface, clip);
  gboolean written = FALSE;

  /* the view's scale, as while cards are painted: the target is found
   * in device space all the same */
  cairo_scale (cr, 0.1, 0.1);
  if (direct)
    {
      JmPixelTarget *target;

      jm_pixel_target_attach (cr);
      target = jm_pixel_target_get (cr);
      written = target != NULL &&
                jm_pixel_target_composite (target, stamp, 2, 24, 10, left, top);
      jm_pixel_target_detach (cr);
    }
  else
    {
      cairo_identity_matrix (cr);
      cairo_set_source_surface (cr, stamp, left, top - 2);
      cairo_rectangle (cr, left, top, 24, 10);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return written;
}

/* Small stamps written through a paint's pixel target come out as
 * cairo composites them, to the bit, on both formats, with and without
 * a clip and a device offset, and reaching off the surface. */
static void
test_pixel_composite_matches_cairo (void)
{
  const cairo_format_t formats[] = { CAIRO_FORMAT_ARGB32, CAIRO_FORMAT_RGB24 };
  const int places[][2] = { { 5, 7 }, { 30, 20 }, { 50, 58 }, { -6, 3 } };
  cairo_surface_t *stamp = make_stamp ();

  for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
    for (guint setting = 0; setting < 3; setting++)
      {
        Trial trial;

        trial_init (&trial, formats[f], setting);
        for (guint p = 0; p < G_N_ELEMENTS (places); p++)
          {
            composite_stamp (trial.by_cairo, trial.clip, stamp, places[p][0], places[p][1],
                             FALSE);
            g_assert_true (composite_stamp (trial.by_pixels, trial.clip, stamp, places[p][0],
                                            places[p][1], TRUE));
          }
        trial_check (&trial, 100);
      }

  cairo_surface_destroy (stamp);
}

/* Where the pixels cannot be written as cairo would, nothing is, and
 * the caller fills with cairo: a PDF, a rounded clip, another operator,
 * a scaled context. */
static void
test_pixel_boxes_refuse (void)
{
  const cairo_rectangle_t box = { 2, 2, 10, 10 };
  const JmColor color = { 0.2, 0.4, 0.6, 1.0 };
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 32, 32);
  cairo_surface_t *pdf = cairo_pdf_surface_create (NULL, 32, 32);
  cairo_t *cr;

  cr = cairo_create (pdf);
  g_assert_false (jm_pixel_boxes_fill (cr, &box, 1, &color, 1.0));
  cairo_destroy (cr);

  cr = cairo_create (image);
  cairo_arc (cr, 16, 16, 10, 0, 2 * G_PI);
  cairo_clip (cr);
  g_assert_false (jm_pixel_boxes_fill (cr, &box, 1, &color, 1.0));
  cairo_destroy (cr);

  cr = cairo_create (image);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  g_assert_false (jm_pixel_boxes_fill (cr, &box, 1, &color, 1.0));
  cairo_destroy (cr);

  cr = cairo_create (image);
  cairo_scale (cr, 2.0, 2.0);
  g_assert_false (jm_pixel_boxes_fill (cr, &box, 1, &color, 1.0));
  cairo_destroy (cr);

  /* nothing was written */
  cairo_surface_flush (image);
  for (int y = 0; y < 32; y++)
    for (int x = 0; x < 32; x++)
      g_assert_cmphex (jm_test_pixel_at (image, x, y), ==, 0);

  cairo_surface_destroy (image);
  cairo_surface_destroy (pdf);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/glance/text-as-bars", test_text_as_bars);
  g_test_add_func ("/glance/vector-keeps-text", test_vector_keeps_text);
  g_test_add_func ("/glance/pixel-boxes-match-cairo", test_pixel_boxes_match_cairo);
  g_test_add_func ("/glance/pixel-boxes-refuse", test_pixel_boxes_refuse);
  g_test_add_func ("/glance/pixel-composite-matches-cairo", test_pixel_composite_matches_cairo);

  return g_test_run ();
}

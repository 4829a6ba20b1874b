/* jm-text-painter.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text, read or glimpsed. Zoomed far out (to fit a big map on the
 * screen, say) a line of text is a few pixels high: nobody can read
 * it, yet drawing its glyphs took over half the time of such a view.
 * There each line is drawn as a bar of its own length, as a thumbnail
 * shows text, which keeps the look of the map at a fraction of the
 * cost. Only on a raster: PDF, SVG and print keep real text, which a
 * reader can zoom into, search and copy.
 */

#define G_LOG_DOMAIN "jm-text-painter"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "jm-painter-private.h"

/* A line this high on the device, in pixels, holds text of about 4.5
 * pixels: below that no one reads it. */
#define LEGIBLE_LINE_HEIGHT 6.0

/* The bar covers the middle of the line, where the x-height is, and is
 * paler than the text, as many thin strokes seen from afar are. */
#define BAR_TOP 0.3
#define BAR_HEIGHT 0.4
#define BAR_ALPHA 0.45

/* The height on the device of one line of @text. */
static double
device_line_height (cairo_t      *cr,
                    const JmText *text)
{
  double dx = 0.0, dy = text->height / MAX (1, pango_layout_get_line_count (text->layout));

  cairo_user_to_device_distance (cr, &dx, &dy);
  return hypot (dx, dy);
}

gboolean
jm_painter_text_is_legible (cairo_t      *cr,
                            const JmText *text)
{
  g_return_val_if_fail (cr != NULL && text != NULL, TRUE);

  /* PDF, SVG, print and cairo's recordings keep the text */
  return text->layout == NULL
         || cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE
         || device_line_height (cr, text) >= LEGIBLE_LINE_HEIGHT;
}

/* On whole device pixels, at least one each way: cairo fills such
 * boxes without its general rasteriser, several times faster, and at
 * the sizes it serves a part-covered pixel shows no detail. */
void
jm_device_boxes_append (GArray               *boxes,
                        const cairo_matrix_t *ctm,
                        double                x,
                        double                y,
                        double                width,
                        double                height)
{
  double x0 = x, y0 = y, x1 = x + width, y1 = y + height;
  cairo_rectangle_t box;

  g_return_if_fail (boxes != NULL && ctm != NULL);

  cairo_matrix_transform_point (ctm, &x0, &y0);
  cairo_matrix_transform_point (ctm, &x1, &y1);
  /* the height rounded by itself, so lines of one size get bars of one
   * height wherever they fall on the pixel grid */
  box.x = round (x0);
  box.y = round (y0);
  box.width = MAX (1.0, round (x1) - box.x);
  box.height = MAX (1.0, round (y1 - y0));
  g_array_append_val (boxes, box);
}

/* The logical extents of a layout's lines, kept with the layout. */
typedef struct
{
  guint          n_lines;
  PangoRectangle lines[];
} LineExtents;

/* The layouts of a map's texts do not change once shaped (jm-layout-
 * text.c shares them between texts), and a view of the whole map asks
 * for the lines of every one: going over them with a PangoLayoutIter
 * each time was a quarter of painting such a view. */
static const LineExtents *
get_line_extents (PangoLayout *layout)
{
  static GQuark quark;
  LineExtents *extents;
  PangoLayoutIter *iter;
  guint i = 0;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("jm-line-extents");

  extents = g_object_get_qdata (G_OBJECT (layout), quark);
  if (extents != NULL)
    return extents;

  extents = g_malloc (sizeof (LineExtents) +
                      pango_layout_get_line_count (layout) * sizeof (PangoRectangle));
  iter = pango_layout_get_iter (layout);
  do
    pango_layout_iter_get_line_extents (iter, NULL, &extents->lines[i++]);
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  extents->n_lines = i;

  g_object_set_qdata_full (G_OBJECT (layout), quark, extents, g_free);
  return extents;
}

void
jm_device_boxes_append_text_bars (GArray               *boxes,
                                  const cairo_matrix_t *ctm,
                                  const JmText         *text)
{
  const LineExtents *extents;

  g_return_if_fail (boxes != NULL && ctm != NULL && text != NULL);

  if (text->layout == NULL)
    return;

  /* one bar per line, as long as the line; an empty line gets none */
  extents = get_line_extents (text->layout);
  for (guint i = 0; i < extents->n_lines; i++)
    {
      const PangoRectangle *logical = &extents->lines[i];

      if (logical->width > 0)
        jm_device_boxes_append (boxes, ctm,
                                text->x + (double) logical->x / PANGO_SCALE,
                                text->y + (logical->y + BAR_TOP * logical->height) / PANGO_SCALE,
                                (double) logical->width / PANGO_SCALE,
                                BAR_HEIGHT * logical->height / PANGO_SCALE);
    }
}

/* All of @boxes in one fill, however many cards they come from; then
 * @boxes is emptied. */
void
jm_device_boxes_fill (cairo_t       *cr,
                      GArray        *boxes,
                      const JmColor *color,
                      double         alpha)
{
  cairo_matrix_t ctm;

  g_return_if_fail (cr != NULL && boxes != NULL && color != NULL);

  if (boxes->len == 0)
    return;

  cairo_get_matrix (cr, &ctm);
  cairo_identity_matrix (cr);
  if (!jm_pixel_boxes_fill (cr, (const cairo_rectangle_t *) (void *) boxes->data, boxes->len,
                            color, alpha))
    {
      cairo_new_path (cr);
      for (guint i = 0; i < boxes->len; i++)
        {
          const cairo_rectangle_t *box = &g_array_index (boxes, cairo_rectangle_t, i);

          cairo_rectangle (cr, box->x, box->y, box->width, box->height);
        }
      jm_color_set_source_alpha (cr, color, alpha);
      cairo_fill (cr);
    }
  cairo_set_matrix (cr, &ctm);
  g_array_set_size (boxes, 0);
}

void
jm_device_boxes_fill_text_bars (cairo_t       *cr,
                                GArray        *boxes,
                                const JmColor *color)
{
  jm_device_boxes_fill (cr, boxes, color, BAR_ALPHA);
}

void
jm_painter_draw_text (cairo_t       *cr,
                      const JmText  *text,
                      const JmColor *color)
{
  g_return_if_fail (cr != NULL && text != NULL && color != NULL);

  if (text->layout == NULL)
    return;

  if (!jm_painter_text_is_legible (cr, text))
    {
      g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
      cairo_matrix_t ctm;

      cairo_get_matrix (cr, &ctm);
      jm_device_boxes_append_text_bars (boxes, &ctm, text);
      jm_device_boxes_fill_text_bars (cr, boxes, color);
      return;
    }

  jm_color_set_source (cr, color);
  cairo_move_to (cr, text->x, text->y);
  pango_cairo_show_layout (cr, text->layout);
}

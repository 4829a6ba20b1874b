/* jm-pixel-boxes.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Boxes of one colour written straight into the pixels of an image
 * surface. Zoomed far out, a view is thousands of small bars (text too
 * small to read, ratings bars); cairo spends some 3,000 instructions on
 * each box however few pixels it covers, a third of such a view. Here a
 * box costs its pixels. The arithmetic is pixman's, which cairo uses:
 * the same colour, rounded the same way, to the bit.
 */

#define G_LOG_DOMAIN "jm-pixel-boxes"

#include "config.h"

#include <math.h>

#include "jm-painter-private.h"

/* cairo turns a colour channel into 16 bits by truncation
 * (_cairo_color_double_to_short()), pixman keeps the high 8 */
static guint32
channel_to_8 (double value)
{
  return ((guint32) (value * (65536.0 - 1e-5))) >> 8;
}

/* x · a / 255, rounded, as pixman's MUL_UN8 */
static guint32
multiply_8 (guint32 x,
            guint32 a)
{
  guint32 t = x * a + 0x80;

  return ((t >> 8) + t) >> 8;
}

/* Where the pixels go: the image, and the clip in its pixels. */
typedef struct
{
  guchar        *data;
  int            stride;
  int            width;
  int            height;
  int            offset_x;   /* device offset: user space (identity) to pixels */
  int            offset_y;
  cairo_format_t format;
} Pixels;

static gboolean
is_whole (double value)
{
  return value == floor (value) && fabs (value) < G_MAXINT16;
}

static gboolean
get_pixels (cairo_t *cr,
            Pixels  *pixels)
{
  cairo_surface_t *target = cairo_get_group_target (cr);
  double offset_x, offset_y, scale_x, scale_y;

  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE ||
      cairo_get_operator (cr) != CAIRO_OPERATOR_OVER)
    return FALSE;

  pixels->format = cairo_image_surface_get_format (target);
  if (pixels->format != CAIRO_FORMAT_ARGB32 && pixels->format != CAIRO_FORMAT_RGB24)
    return FALSE;

  cairo_surface_get_device_scale (target, &scale_x, &scale_y);
  cairo_surface_get_device_offset (target, &offset_x, &offset_y);
  if (scale_x != 1.0 || scale_y != 1.0 || !is_whole (offset_x) || !is_whole (offset_y))
    return FALSE;

  cairo_surface_flush (target);
  pixels->data = cairo_image_surface_get_data (target);
  pixels->stride = cairo_image_surface_get_stride (target);
  pixels->width = cairo_image_surface_get_width (target);
  pixels->height = cairo_image_surface_get_height (target);
  pixels->offset_x = (int) offset_x;
  pixels->offset_y = (int) offset_y;

  return pixels->data != NULL;
}

/* The clip as whole rectangles in user space (the identity), in @clip;
 * FALSE if it is not that. No clip at all is the surface. */
static gboolean
get_clip (cairo_t      *cr,
          const Pixels *pixels,
          GArray       *clip)
{
  cairo_rectangle_list_t *list = cairo_copy_clip_rectangle_list (cr);
  gboolean ok = TRUE;

  if (list->status == CAIRO_STATUS_CLIP_NOT_REPRESENTABLE)
    {
      /* cairo says so of no clip too: then the clip is the surface */
      double x0, y0, x1, y1;
      cairo_rectangle_t whole = { -pixels->offset_x, -pixels->offset_y,
                                  pixels->width, pixels->height };

      cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
      ok = x0 <= whole.x && y0 <= whole.y &&
           x1 >= whole.x + whole.width && y1 >= whole.y + whole.height;
      if (ok)
        g_array_append_val (clip, whole);
    }
  else if (list->status != CAIRO_STATUS_SUCCESS)
    {
      ok = FALSE;
    }
  else
    {
      for (int i = 0; i < list->num_rectangles && ok; i++)
        {
          const cairo_rectangle_t *r = &list->rectangles[i];

          ok = is_whole (r->x) && is_whole (r->y) && is_whole (r->width) && is_whole (r->height);
          g_array_append_val (clip, *r);
        }
    }

  cairo_rectangle_list_destroy (list);
  return ok;
}

static void
fill_span (const Pixels *pixels,
           int           x0,
           int           y0,
           int           x1,
           int           y1,
           guint32       source,
           guint32       inverse_alpha)
{
  for (int y = y0; y < y1; y++)
    {
      guint32 *row = (guint32 *) (void *) (pixels->data + (gsize) y * pixels->stride);

      for (int x = x0; x < x1; x++)
        {
          guint32 d = row[x];
          guint32 out = 0;

          /* each channel: source + destination · (1 − source alpha) */
          for (int shift = 0; shift < 32; shift += 8)
            {
              guint32 s = (source >> shift) & 0xff;
              guint32 t = s + multiply_8 ((d >> shift) & 0xff, inverse_alpha);

              out |= MIN (t, 0xffu) << shift;
            }
          row[x] = out;
        }
    }
}

gboolean
jm_pixel_boxes_fill (cairo_t                 *cr,
                     const cairo_rectangle_t *boxes,
                     guint                    n_boxes,
                     const JmColor           *color,
                     double                   alpha)
{
  g_autoptr(GArray) clip = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  cairo_matrix_t ctm;
  Pixels pixels;
  double a;
  guint32 source;

  g_return_val_if_fail (cr != NULL && color != NULL, FALSE);

  cairo_get_matrix (cr, &ctm);
  if (ctm.xx != 1.0 || ctm.yy != 1.0 || ctm.xy != 0.0 || ctm.yx != 0.0 ||
      ctm.x0 != 0.0 || ctm.y0 != 0.0 ||
      !get_pixels (cr, &pixels) || !get_clip (cr, &pixels, clip))
    return FALSE;

  a = color->alpha * alpha;
  source = channel_to_8 (a) << 24 | channel_to_8 (color->red * a) << 16 |
           channel_to_8 (color->green * a) << 8 | channel_to_8 (color->blue * a);
  /* RGB24's unused byte gets what ARGB32's alpha would, as pixman
   * writes it */

  for (guint i = 0; i < n_boxes; i++)
    for (guint c = 0; c < clip->len; c++)
      {
        const cairo_rectangle_t *box = &boxes[i];
        const cairo_rectangle_t *r = &g_array_index (clip, cairo_rectangle_t, c);
        int x0 = (int) MAX (box->x, r->x) + pixels.offset_x;
        int y0 = (int) MAX (box->y, r->y) + pixels.offset_y;
        int x1 = (int) MIN (box->x + box->width, r->x + r->width) + pixels.offset_x;
        int y1 = (int) MIN (box->y + box->height, r->y + r->height) + pixels.offset_y;

        x0 = MAX (x0, 0);
        y0 = MAX (y0, 0);
        x1 = MIN (x1, pixels.width);
        y1 = MIN (y1, pixels.height);
        if (x0 < x1 && y0 < y1)
          fill_span (&pixels, x0, y0, x1, y1, source, 255 - channel_to_8 (a));
      }

  cairo_surface_mark_dirty (cairo_get_group_target (cr));
  return TRUE;
}

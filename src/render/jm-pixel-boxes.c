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

/* Two channels at once, 8 bits apart (red and blue, or alpha and
 * green): @x · @a / 255 + @y, rounded and saturated, as pixman's
 * UN8_rb_MUL_UN8 and UN8_rb_ADD_UN8_rb. */
static guint32
multiply_add_pair (guint32 x,
                   guint32 a,
                   guint32 y)
{
  guint32 t = (x & 0xff00ff) * a + 0x800080;

  t = ((t + ((t >> 8) & 0xff00ff)) >> 8) & 0xff00ff;
  t += y & 0xff00ff;
  t |= 0x10000100 - ((t >> 8) & 0xff00ff);

  return t & 0xff00ff;
}

/* @source over @destination, premultiplied: each channel is source +
 * destination · (1 − source alpha), as pixman's OVER
 * (UN8x4_MUL_UN8_ADD_UN8x4), two channels at a time. */
static guint32
over (guint32 source,
      guint32 destination)
{
  guint32 inverse_alpha = 255 - (source >> 24);

  if (inverse_alpha == 0)
    return source;
  if (inverse_alpha == 255)
    return destination;

  return multiply_add_pair (destination, inverse_alpha, source) |
         multiply_add_pair (destination >> 8, inverse_alpha, source >> 8) << 8;
}

static void
fill_span (const Pixels *pixels,
           int           x0,
           int           y0,
           int           x1,
           int           y1,
           guint32       source)
{
  for (int y = y0; y < y1; y++)
    {
      guint32 *row = (guint32 *) (void *) (pixels->data + (gsize) y * pixels->stride);

      for (int x = x0; x < x1; x++)
        row[x] = over (source, row[x]);
    }
}

/* The pixels of @box (user space, the identity) inside @clip and the
 * surface; FALSE if none. */
static gboolean
clip_box (const Pixels            *pixels,
          const cairo_rectangle_t *box,
          const cairo_rectangle_t *clip,
          int                     *x0,
          int                     *y0,
          int                     *x1,
          int                     *y1)
{
  *x0 = MAX (0, (int) MAX (box->x, clip->x) + pixels->offset_x);
  *y0 = MAX (0, (int) MAX (box->y, clip->y) + pixels->offset_y);
  *x1 = MIN (pixels->width,
             (int) MIN (box->x + box->width, clip->x + clip->width) + pixels->offset_x);
  *y1 = MIN (pixels->height,
             (int) MIN (box->y + box->height, clip->y + clip->height) + pixels->offset_y);

  return *x0 < *x1 && *y0 < *y1;
}

/* Where the pixels of the target can be written as cairo would: an
 * image surface, the identity, OVER, a clip of whole rectangles. */
static gboolean
get_writable (cairo_t *cr,
              Pixels  *pixels,
              GArray  *clip)
{
  cairo_matrix_t ctm;

  cairo_get_matrix (cr, &ctm);
  return ctm.xx == 1.0 && ctm.yy == 1.0 && ctm.xy == 0.0 && ctm.yx == 0.0 &&
         ctm.x0 == 0.0 && ctm.y0 == 0.0 &&
         get_pixels (cr, pixels) && get_clip (cr, pixels, clip);
}

gboolean
jm_pixel_boxes_fill (cairo_t                 *cr,
                     const cairo_rectangle_t *boxes,
                     guint                    n_boxes,
                     const JmColor           *color,
                     double                   alpha)
{
  g_autoptr(GArray) clip = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  Pixels pixels;
  double a;
  guint32 source;

  g_return_val_if_fail (cr != NULL && color != NULL, FALSE);

  if (!get_writable (cr, &pixels, clip))
    return FALSE;

  a = color->alpha * alpha;
  source = channel_to_8 (a) << 24 | channel_to_8 (color->red * a) << 16 |
           channel_to_8 (color->green * a) << 8 | channel_to_8 (color->blue * a);
  /* RGB24's unused byte gets what ARGB32's alpha would, as pixman
   * writes it */

  for (guint i = 0; i < n_boxes; i++)
    for (guint c = 0; c < clip->len; c++)
      {
        int x0, y0, x1, y1;

        if (clip_box (&pixels, &boxes[i], &g_array_index (clip, cairo_rectangle_t, c),
                      &x0, &y0, &x1, &y1))
          fill_span (&pixels, x0, y0, x1, y1, source);
      }

  cairo_surface_mark_dirty (cairo_get_group_target (cr));
  return TRUE;
}

/* The target of a paint, found once for many small stamps (see
 * jm_pixel_target_attach()): finding it is most of the cost of one. */
struct _JmPixelTarget
{
  cairo_surface_t *surface;
  Pixels           pixels;
  GArray          *clip;
};

static const cairo_user_data_key_t target_key;

static void
pixel_target_free (gpointer data)
{
  JmPixelTarget *self = data;

  cairo_surface_mark_dirty (self->surface);
  g_array_unref (self->clip);
  g_free (self);
}

void
jm_pixel_target_attach (cairo_t *cr)
{
  JmPixelTarget *self = g_new0 (JmPixelTarget, 1);
  gboolean ok;

  g_return_if_fail (cr != NULL);

  self->clip = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  cairo_save (cr);
  cairo_identity_matrix (cr);
  ok = get_writable (cr, &self->pixels, self->clip);
  cairo_restore (cr);

  if (!ok)
    {
      g_array_unref (self->clip);
      g_free (self);
      return;
    }

  self->surface = cairo_get_group_target (cr);
  cairo_set_user_data (cr, &target_key, self, pixel_target_free);
}

void
jm_pixel_target_detach (cairo_t *cr)
{
  g_return_if_fail (cr != NULL);

  cairo_set_user_data (cr, &target_key, NULL, NULL);
}

JmPixelTarget *
jm_pixel_target_get (cairo_t *cr)
{
  JmPixelTarget *self = cairo_get_user_data (cr, &target_key);

  /* only while the paint is in the group it began in, and composites
   * over what is there */
  if (self == NULL || cairo_get_group_target (cr) != self->surface ||
      cairo_get_operator (cr) != CAIRO_OPERATOR_OVER)
    return NULL;

  return self;
}

gboolean
jm_pixel_target_composite (JmPixelTarget   *self,
                           cairo_surface_t *source,
                           int              src_y,
                           int              width,
                           int              height,
                           int              left,
                           int              top)
{
  const Pixels *pixels;
  cairo_rectangle_t area = { left, top, width, height };
  const guchar *source_data;
  int source_stride;

  g_return_val_if_fail (self != NULL && source != NULL, FALSE);

  if (cairo_surface_get_type (source) != CAIRO_SURFACE_TYPE_IMAGE ||
      cairo_image_surface_get_format (source) != CAIRO_FORMAT_ARGB32 ||
      src_y < 0 || src_y + height > cairo_image_surface_get_height (source) ||
      width > cairo_image_surface_get_width (source))
    return FALSE;

  pixels = &self->pixels;
  source_data = cairo_image_surface_get_data (source);
  source_stride = cairo_image_surface_get_stride (source);

  for (guint c = 0; c < self->clip->len; c++)
    {
      int x0, y0, x1, y1;

      if (!clip_box (pixels, &area, &g_array_index (self->clip, cairo_rectangle_t, c),
                     &x0, &y0, &x1, &y1))
        continue;

      for (int y = y0; y < y1; y++)
        {
          guint32 *row = (guint32 *) (void *) (pixels->data + (gsize) y * pixels->stride);
          /* the source's row for this one, and its column for x0 */
          const guint32 *from = (const guint32 *) (const void *)
            (source_data + (gsize) (src_y + y - pixels->offset_y - top) * source_stride);
          int sx = x0 - pixels->offset_x - left;

          for (int x = x0; x < x1; x++, sx++)
            row[x] = over (from[sx], row[x]);
        }
    }

  return TRUE;
}

/* jm-stamp.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Stamps: small images of what a map repeats hundreds of times (curve
 * points, the ends of card frames), drawn once per look and scale and
 * then copied onto whole device pixels. Copying a few pixels costs a
 * fraction of turning the same curves into coverage again, which is
 * most of a raster paint's time in a dense map. Only for rasters: PDF
 * and SVG keep their vectors.
 */

#define G_LOG_DOMAIN "jm-stamp"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jm-painter-private.h"
#include "jm-stamp.h"

/* A few looks per lane colour and scale; beyond this the oldest go. */
#define MAX_STAMPS 256

/* Up to this many pixels a stamp is written into a paint's pixels by
 * hand where it can be (jm-pixel-boxes.c); past it pixman's vector code
 * wins over the setup it costs. */
#define SMALL_STAMP_PIXELS 320

G_LOCK_DEFINE_STATIC (stamps);
static GHashTable *stamps;
static gboolean disabled;

/* Stamps are on unless a test turns them off, to compare them with
 * the paths they stand for. */
void
jm_stamp_set_enabled (gboolean enabled)
{
  disabled = !enabled;
}

static guint
key_hash (gconstpointer data)
{
  const guchar *bytes = data;
  guint hash = 2166136261u;

  for (gsize i = 0; i < sizeof (JmStampKey); i++)
    hash = (hash ^ bytes[i]) * 16777619u;

  return hash;
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  return memcmp (a, b, sizeof (JmStampKey)) == 0;
}

/* The device position of user point (@x, @y), and the device pixels
 * per unit, if @cr's transformation is a plain scale (no rotation, the
 * same both ways, at most 8) and a move; FALSE otherwise, where a
 * stamp would not do, and when stamps are off. */
gboolean
jm_stamp_get_device_point (cairo_t *cr,
                           double   x,
                           double   y,
                           double  *device_x,
                           double  *device_y,
                           double  *scale)
{
  cairo_matrix_t matrix;

  g_return_val_if_fail (cr != NULL, FALSE);

  cairo_get_matrix (cr, &matrix);
  if (disabled || matrix.xy != 0.0 || matrix.yx != 0.0 || matrix.xx != matrix.yy ||
      matrix.xx <= 0.0 || matrix.xx > 8.0)
    return FALSE;

  cairo_user_to_device (cr, &x, &y);
  *device_x = x;
  *device_y = y;
  *scale = matrix.xx;

  return TRUE;
}

/* Whether @value (in device pixels) is a whole number of them, but
 * for rounding in the arithmetic that led to it. */
gboolean
jm_stamp_is_whole (double value)
{
  return fabs (value - round (value)) < 1e-6;
}

static cairo_surface_t *
make_stamp (const JmStampKey *key,
            JmStampDrawFunc   draw)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, key->width, key->height);
  cr = cairo_create (surface);
  draw (cr, key);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* The stamp for @key, made with @draw on first use. Call locked. */
static cairo_surface_t *
lookup_stamp (const JmStampKey *key,
              JmStampDrawFunc   draw)
{
  cairo_surface_t *surface;

  if (stamps == NULL)
    stamps = g_hash_table_new_full (key_hash, key_equal, g_free,
                                    (GDestroyNotify) cairo_surface_destroy);

  surface = g_hash_table_lookup (stamps, key);
  if (surface != NULL)
    return surface;

  /* a new palette or zoom level makes a new set: start over rather
   * than keep what the old one needed */
  if (g_hash_table_size (stamps) >= MAX_STAMPS)
    g_hash_table_remove_all (stamps);

  surface = make_stamp (key, draw);
  g_hash_table_insert (stamps, g_memdup2 (key, sizeof *key), surface);

  return surface;
}

/* Composites rows @src_y … @src_y + @height of the stamp for @key onto
 * @cr, the first of them at device pixel (@left, @top). */
void
jm_stamp_composite (cairo_t          *cr,
                    const JmStampKey *key,
                    JmStampDrawFunc   draw,
                    int               src_y,
                    int               height,
                    int               left,
                    int               top)
{
  cairo_surface_t *surface;
  JmPixelTarget *target;

  g_return_if_fail (cr != NULL && key != NULL && draw != NULL);
  g_return_if_fail (key->width > 0 && key->height > 0);
  g_return_if_fail (src_y >= 0 && height > 0 && src_y + height <= key->height);

  G_LOCK (stamps);
  surface = lookup_stamp (key, draw);

  /* a small stamp costs cairo far more than its pixels: zoomed out,
   * where a view holds thousands, they are written straight in */
  target = jm_pixel_target_get (cr);
  if (target != NULL && key->width * height <= SMALL_STAMP_PIXELS &&
      jm_pixel_target_composite (target, surface, src_y, key->width, height, left, top))
    {
      G_UNLOCK (stamps);
      return;
    }

  cairo_save (cr);
  cairo_identity_matrix (cr);
  cairo_new_path (cr);
  cairo_set_source_surface (cr, surface, left, top - src_y);
  cairo_rectangle (cr, left, top, key->width, height);
  cairo_fill (cr);
  cairo_restore (cr);
  G_UNLOCK (stamps);
}

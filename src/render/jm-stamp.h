/* jm-stamp.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "jm-palette.h"

G_BEGIN_DECLS

/* What a stamp is of (JmStampKey.kind). */
enum
{
  JM_STAMP_CURVE_POINT = 1,
  JM_STAMP_CARD_FRAME,
};

/* What a stamp shows, all of it: two stamps with equal keys are the
 * same image. It is compared byte by byte, so it has no padding, and
 * what a caller does not use is left zero. */
typedef struct
{
  double  scale;      /* device pixels per unit */
  double  size[4];    /* whatever measures the drawing, in units */
  JmColor colors[4];
  guint   kind;       /* the caller's name for the drawing */
  guint   flags;      /* and its variant */
  int     width;      /* of the image, in device pixels */
  int     height;
} JmStampKey;

G_STATIC_ASSERT (sizeof (JmStampKey) == 5 * sizeof (double) + sizeof (JmColor[4]) + 4 * sizeof (guint));

/* Paints @key's drawing into a fresh, transparent @cr of key->width ×
 * key->height device pixels, with no transformation set. */
typedef void (*JmStampDrawFunc) (cairo_t          *cr,
                                 const JmStampKey *key);

void     jm_stamp_set_enabled      (gboolean          enabled);
gboolean jm_stamp_get_device_point (cairo_t          *cr,
                                    double            x,
                                    double            y,
                                    double           *device_x,
                                    double           *device_y,
                                    double           *scale);
gboolean jm_stamp_is_whole        (double            value);
void     jm_stamp_composite       (cairo_t          *cr,
                                   const JmStampKey *key,
                                   JmStampDrawFunc   draw,
                                   int               src_y,
                                   int               height,
                                   int               left,
                                   int               top);

G_END_DECLS

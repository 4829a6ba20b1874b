/* jm-palette.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-palette"

#include "config.h"

#include "jm-palette.h"
#include "jm-types.h"

#define RGBA(hex, a) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, \
                       ((hex) & 0xff) / 255.0, (a) }
#define RGB(hex) RGBA (hex, 1.0)

/* GNOME HIG palette */
static const JmPalette light_palette = {
  .background     = RGB (0xffffff),
  .surface        = RGB (0xf6f5f4),
  .band           = RGBA (0xffffff, 0.7),
  .card           = RGB (0xffffff),
  .card_border    = RGB (0xc0bfbc),
  .shadow         = RGBA (0x000000, 0.10),
  .text           = RGB (0x241f31),
  .text_secondary = RGB (0x5e5c64),
  .grid           = RGB (0xdeddda),
  .neutral_line   = RGB (0x9a9996),
  .accent         = RGB (0x3584e4),
  .disappointment = RGB (0xe01b24),
  .ok             = RGB (0xe5a50a),
  .delight        = RGB (0x2ec27e),
  .super_border   = RGB (0xb57b00),
  .super_card     = RGB (0xfff8e0),
  .star           = RGB (0xf6d32d),
  .star_outline   = RGB (0xc64600),
  .lane_tint      = 0.07,
  .spread_tint    = 0.18,
};

static const JmPalette dark_palette = {
  .background     = RGB (0x242424),
  .surface        = RGB (0x303030),
  .band           = RGBA (0x1e1e1e, 0.6),
  .card           = RGB (0x3a3a3a),
  .card_border    = RGB (0x5e5c64),
  .shadow         = RGBA (0x000000, 0.35),
  .text           = RGB (0xffffff),
  .text_secondary = RGB (0xc0bfbc),
  .grid           = RGB (0x3d3846),
  .neutral_line   = RGB (0x77767b),
  .accent         = RGB (0x78aeed),
  .disappointment = RGB (0xff7b63),
  .ok             = RGB (0xf8e45c),
  .delight        = RGB (0x57e389),
  .super_border   = RGB (0xf6d32d),
  .super_card     = RGB (0x45402e),
  .star           = RGB (0xf6d32d),
  .star_outline   = RGB (0xffa348),
  .lane_tint      = 0.12,
  .spread_tint    = 0.26,
};

const JmPalette *
jm_palette_get (gboolean dark)
{
  return dark ? &dark_palette : &light_palette;
}

gboolean
jm_color_parse (const char *spec,
                JmColor    *color)
{
  guint64 value;

  g_return_val_if_fail (color != NULL, FALSE);

  if (!jm_color_is_valid (spec))
    {
      *color = (JmColor) RGB (0x3584e4);
      return FALSE;
    }

  value = g_ascii_strtoull (spec + 1, NULL, 16);
  *color = (JmColor) RGB (value);
  return TRUE;
}

JmColor
jm_color_mix (const JmColor *a,
              const JmColor *b,
              double         amount_of_b)
{
  JmColor mixed;
  double t = CLAMP (amount_of_b, 0.0, 1.0);

  g_return_val_if_fail (a != NULL && b != NULL, (JmColor) RGB (0));

  mixed.red = a->red + (b->red - a->red) * t;
  mixed.green = a->green + (b->green - a->green) * t;
  mixed.blue = a->blue + (b->blue - a->blue) * t;
  mixed.alpha = a->alpha + (b->alpha - a->alpha) * t;
  return mixed;
}

void
jm_color_set_source (cairo_t       *cr,
                     const JmColor *color)
{
  g_return_if_fail (cr != NULL && color != NULL);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

void
jm_color_set_source_alpha (cairo_t       *cr,
                           const JmColor *color,
                           double         alpha)
{
  g_return_if_fail (cr != NULL && color != NULL);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

const JmColor *
jm_palette_get_rating_color (const JmPalette *palette,
                             guint            index)
{
  g_return_val_if_fail (palette != NULL, NULL);
  g_return_val_if_fail (index < JM_N_RATINGS, NULL);

  switch (index)
    {
    case 0:
      return &palette->disappointment;
    case 1:
      return &palette->ok;
    default:
      return &palette->delight;
    }
}

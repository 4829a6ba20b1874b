/* jm-palette.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} JmColor;

/* The colours of one style. Rating colours are paired with distinct
 * shapes everywhere, so the map still reads in greyscale print. */
typedef struct
{
  JmColor background;
  JmColor surface;          /* phase and lane headers */
  JmColor band;             /* emotional-curve band */
  JmColor card;
  JmColor card_border;
  JmColor shadow;
  JmColor text;
  JmColor text_secondary;
  JmColor grid;
  JmColor neutral_line;
  JmColor accent;           /* selection and focus */
  JmColor disappointment;
  JmColor ok;
  JmColor delight;
  JmColor super_border;     /* heavy frame of a super-touchpoint */
  JmColor super_card;       /* and its warm fill */
  JmColor star;
  JmColor star_outline;
  double  lane_tint;        /* alpha of the persona colour over a lane */
  double  spread_tint;      /* alpha of the vote-spread band around the curve */
} JmPalette;

const JmPalette *jm_palette_get          (gboolean       dark);

/* "#rrggbb"; on anything else @color is set to the default persona blue
 * and FALSE is returned. */
gboolean         jm_color_parse          (const char    *spec,
                                          JmColor       *color);
JmColor          jm_color_mix            (const JmColor *a,
                                          const JmColor *b,
                                          double         amount_of_b);
void             jm_color_set_source     (cairo_t       *cr,
                                          const JmColor *color);
void             jm_color_set_source_alpha (cairo_t     *cr,
                                          const JmColor *color,
                                          double         alpha);
/* The colour of rating @index (0 disappointment, 1 OK, 2 delight). */
const JmColor   *jm_palette_get_rating_color (const JmPalette *palette,
                                              guint            index);

G_END_DECLS

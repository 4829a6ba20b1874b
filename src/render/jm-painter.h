/* jm-painter.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "jm-layout.h"

G_BEGIN_DECLS

/* The one renderer: the canvas, printing and every export paint a
 * JmLayout with this on their own cairo_t, in map units (the caller
 * sets up scale and translation). */

typedef struct
{
  gboolean  dark;          /* dark style colours (canvas only; exports are light) */
  JmRect   *clip;          /* nullable: only paint what intersects this (map units) */
  GObject  *selected;      /* nullable: entity to draw as selected */
  /* Workshop rounds: cards show how many voted but not how (no counts,
   * bar, class or split mark) and the curve has no spread band, until
   * the results are revealed. The layout is the same either way. */
  gboolean  hide_ratings;
  /* Soll-Ist: a dashed "expected" curve per persona (expectation 1 … 5
   * drawn at −2 … +2) beside the emotional curve, and its legend row. */
  gboolean  show_expected;
  /* nullable: a JmPersona or JmPhase to present; everything in the grid
   * outside its lane or column is dimmed (still legible). */
  GObject  *focus;
} JmPaintOptions;

void jm_painter_paint (JmLayout             *layout,
                       cairo_t              *cr,
                       const JmPaintOptions *options);

#define JM_PAINTER_MAX_SELECTION_EXTENTS 2

/* Fills @extents with where painting @object selected differs from
 * painting it unselected (its ring, and a touchpoint's ring on the
 * curve), in map units; returns how many. What a cache of painted
 * pixels repaints when the selection moves. */
guint jm_painter_get_selection_extents (JmLayout *layout,
                                        GObject  *object,
                                        JmRect    extents[JM_PAINTER_MAX_SELECTION_EXTENTS]);

G_END_DECLS

/* jm-overlay.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "jm-layout.h"

G_BEGIN_DECLS

/* Interactive feedback painted over a JmPainter map, in the same map
 * units: the current cell, where a dragged card, lane or phase will
 * land, the dragged item following the pointer, and the value of a
 * curve point being dragged. Only the canvas uses it; prints and
 * exports never show it. */

typedef enum
{
  JM_OVERLAY_DRAG_NONE,
  JM_OVERLAY_DRAG_CARD,     /* object: the JmTouchpoint, already laid out at its target */
  JM_OVERLAY_DRAG_LANE,     /* object: the JmPersona; target: the gap 0 … n_lanes
                             * (larger: no indicator, it would not move) */
  JM_OVERLAY_DRAG_PHASE,    /* object: the JmPhase; target: the gap 0 … n_columns */
  JM_OVERLAY_DRAG_EMOTION,  /* object: the JmTouchpoint; emotion: the value shown */
} JmOverlayDrag;

typedef struct _JmOverlay
{
  gboolean       dark;
  int            cell_lane;    /* the current cell to highlight; −1: none */
  int            cell_column;
  JmOverlayDrag  drag;
  GObject       *object;       /* borrowed */
  double         x, y;         /* the pointer, map units */
  double         grab_dx;      /* pointer minus the dragged item's top left */
  double         grab_dy;
  guint          target;
  double         emotion;
} JmOverlay;

/* TRUE if painting @overlay would paint nothing. */
gboolean  jm_overlay_is_empty          (const JmOverlay *overlay);
void      jm_overlay_paint             (JmLayout        *layout,
                                        cairo_t         *cr,
                                        const JmOverlay *overlay);
/* "+1.5", "0", "−2": how an emotion value is shown. Free with g_free(). */
char     *jm_overlay_format_emotion    (double           emotion);

G_END_DECLS

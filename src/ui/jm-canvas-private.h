/* jm-canvas-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-canvas.h"

G_BEGIN_DECLS

/* Space around the map, in widget pixels (not scaled by the zoom). */
#define JM_CANVAS_MARGIN 32.0

struct _JmCanvas
{
  GtkWidget      parent_instance;

  JmDocument    *document;
  JmLayout      *layout;
  GObject       *selection;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;

  double         zoom;
  /* zoom-to-fit asked for before the canvas had a size */
  gboolean       fit_pending;

  /* input state (jm-canvas-input.c) */
  double         pointer_x;
  double         pointer_y;
  double         pinch_start_zoom;
  gboolean       has_pointer;
};

void jm_canvas_init_input (JmCanvas *self);

G_END_DECLS

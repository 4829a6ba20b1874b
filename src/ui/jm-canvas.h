/* jm-canvas.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jm-document.h"
#include "jm-layout.h"

G_BEGIN_DECLS

#define JM_CANVAS_ZOOM_MIN 0.1
#define JM_CANVAS_ZOOM_MAX 4.0
/* One step of win.zoom-in / win.zoom-out */
#define JM_CANVAS_ZOOM_STEP 1.25

#define JM_TYPE_CANVAS (jm_canvas_get_type())

G_DECLARE_FINAL_TYPE (JmCanvas, jm_canvas, JM, CANVAS, GtkWidget)

/* The map view: draws a JmLayout of the document with JmPainter, zooms
 * (Ctrl+scroll, pinch, the zoom actions) and selects by clicking. It is
 * a GtkScrollable; put it into a GtkScrolledWindow.
 *
 * Properties: "document" (JmDocument, nullable), "zoom" (double,
 * JM_CANVAS_ZOOM_MIN … JM_CANVAS_ZOOM_MAX), "selection" (GObject,
 * nullable: a JmTouchpoint, JmPersona or JmPhase of the document).
 *
 * Coordinates called "widget" are relative to the canvas widget; "map"
 * coordinates are the layout's map units.
 */

GtkWidget  *jm_canvas_new            (void);

JmDocument *jm_canvas_get_document   (JmCanvas   *self);
void        jm_canvas_set_document   (JmCanvas   *self,
                                      JmDocument *document);
/* NULL while there is no document */
JmLayout   *jm_canvas_get_layout     (JmCanvas   *self);

double      jm_canvas_get_zoom       (JmCanvas   *self);
/* Keeps the map point at the centre of the view in place. */
void        jm_canvas_set_zoom       (JmCanvas   *self,
                                      double      zoom);
/* Multiplies the zoom by @factor (clamped) so that the map point under
 * widget point (@x, @y) stays under it. */
void        jm_canvas_zoom_at        (JmCanvas   *self,
                                      double      factor,
                                      double      x,
                                      double      y);
void        jm_canvas_zoom_in        (JmCanvas   *self);
void        jm_canvas_zoom_out       (JmCanvas   *self);
/* The largest zoom at which the whole map is visible (clamped). */
void        jm_canvas_zoom_to_fit    (JmCanvas   *self);

GObject    *jm_canvas_get_selection  (JmCanvas   *self);
void        jm_canvas_set_selection  (JmCanvas   *self,
                                      GObject    *selection);

void        jm_canvas_widget_to_map  (JmCanvas   *self,
                                      double      x,
                                      double      y,
                                      double     *map_x,
                                      double     *map_y);
void        jm_canvas_map_to_widget  (JmCanvas   *self,
                                      double      map_x,
                                      double      map_y,
                                      double     *x,
                                      double     *y);

G_END_DECLS

/* jm-canvas.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jm-document.h"
#include "jm-history.h"
#include "jm-layout.h"

G_BEGIN_DECLS

#define JM_CANVAS_ZOOM_MIN 0.1
#define JM_CANVAS_ZOOM_MAX 4.0
/* One step of win.zoom-in / win.zoom-out */
#define JM_CANVAS_ZOOM_STEP 1.25

#define JM_TYPE_CANVAS (jm_canvas_get_type())

G_DECLARE_FINAL_TYPE (JmCanvas, jm_canvas, JM, CANVAS, GtkWidget)

/* The map view and editor: draws a JmLayout of the document with
 * JmPainter (and JmOverlay for focus, drop indicators and drag
 * feedback), zooms (Ctrl+scroll, pinch, the zoom actions), pans
 * (middle-button or Space+drag), selects by clicking or with the
 * keyboard, and edits by dragging cards, lanes, phases and curve points
 * and by renaming in place. It is a GtkScrollable; put it into a
 * GtkScrolledWindow.
 *
 * Properties: "document" (JmDocument, nullable), "history" (JmHistory,
 * nullable: without one the canvas only views, it does not edit),
 * "zoom" (double, JM_CANVAS_ZOOM_MIN … JM_CANVAS_ZOOM_MAX), "selection"
 * (GObject, nullable: a JmTouchpoint, JmPersona or JmPhase of the
 * document).
 *
 * The current cell: besides "selection" the canvas has a current cell
 * (a persona × phase pair), where keyboard navigation is and where
 * Insert/Enter adds a touchpoint. Selecting a card makes its cell
 * current. An empty cell (or any cell, without a card) can be made
 * current with jm_canvas_select_cell(): then "selection" is NULL (the
 * inspector shows nothing / the map) and the cell is drawn highlighted.
 * Selecting a lane or phase header, or clearing the selection, leaves
 * no current cell. "selection" is notified whenever the current cell
 * changes too, so listeners need only that one signal.
 *
 * Coordinates called "widget" are relative to the canvas widget; "map"
 * coordinates are the layout's map units.
 */

GtkWidget  *jm_canvas_new            (void);

JmDocument *jm_canvas_get_document   (JmCanvas   *self);
void        jm_canvas_set_document   (JmCanvas   *self,
                                      JmDocument *document);
/* With @layout of @document made already, e.g. by a loader thread
 * (see jm_layout_new_detached()); NULL to lay it out here */
void        jm_canvas_set_laid_out_document (JmCanvas   *self,
                                             JmDocument *document,
                                             JmLayout   *layout);
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

JmHistory  *jm_canvas_get_history    (JmCanvas   *self);
/* The history every edit on the canvas goes through; must belong to the
 * canvas's document. Set it next to "document". */
void        jm_canvas_set_history    (JmCanvas   *self,
                                      JmHistory  *history);

GObject    *jm_canvas_get_selection  (JmCanvas   *self);
void        jm_canvas_set_selection  (JmCanvas   *self,
                                      GObject    *selection);

/* Makes the cell (@persona, @phase) current with no card selected:
 * "selection" becomes NULL, the cell is drawn highlighted and scrolled
 * into view. Both NULL: no current cell. */
void        jm_canvas_select_cell    (JmCanvas   *self,
                                      JmPersona  *persona,
                                      JmPhase    *phase);
/* The cell of the selected card, or the selected (empty) cell. FALSE,
 * with *persona and *phase NULL, if there is none. Borrowed. */
gboolean    jm_canvas_get_current_cell (JmCanvas  *self,
                                        JmPersona **persona,
                                        JmPhase   **phase);

/* Scrolls (without zooming) so that the selected item or the current
 * cell is in view. */
void        jm_canvas_scroll_to_selection (JmCanvas *self);

/* Workshop views, passed on to the painter (see JmPaintOptions):
 * results hidden while a rating round is open, the dashed "expected"
 * curve, and a persona or phase presented with the rest dimmed (NULL:
 * none). */
gboolean    jm_canvas_get_results_hidden (JmCanvas *self);
void        jm_canvas_set_results_hidden (JmCanvas *self,
                                          gboolean  hidden);
gboolean    jm_canvas_get_show_expected  (JmCanvas *self);
void        jm_canvas_set_show_expected  (JmCanvas *self,
                                          gboolean  show);
GObject    *jm_canvas_get_focus          (JmCanvas *self);
void        jm_canvas_set_focus          (JmCanvas *self,
                                          GObject  *focus);

/* Zooms (clamped, never above 200 %) and scrolls so that the selected
 * card, lane, phase or the current cell fills the view with some room
 * around it. Without a selection, the same as jm_canvas_zoom_to_fit(). */
void        jm_canvas_zoom_to_selection (JmCanvas *self);

/* Starts editing the title of touchpoint @object, or the name of
 * persona or phase @object, in place over the map (selecting it first).
 * Enter or focus-out commits with jm_edit_rename() (one undo step),
 * Escape cancels. FALSE if @object is not one of those of the document,
 * or there is no history. */
gboolean    jm_canvas_start_rename   (JmCanvas   *self,
                                      GObject    *object);

/* A drag (card, header, curve point) is under way: its edits form one
 * open undo step until it ends. Cancelling puts everything back. */
gboolean    jm_canvas_is_dragging    (JmCanvas   *self);
void        jm_canvas_drag_cancel    (JmCanvas   *self);

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

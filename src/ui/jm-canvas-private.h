/* jm-canvas-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-canvas.h"
#include "jm-tile-cache.h"

G_BEGIN_DECLS

/* Space around the map, in widget pixels (not scaled by the zoom). */
#define JM_CANVAS_MARGIN 32.0
/* Widget pixels the pointer must travel before a press becomes a drag. */
#define JM_CANVAS_DRAG_THRESHOLD 6.0

typedef enum
{
  JM_CANVAS_DRAG_NONE,
  JM_CANVAS_DRAG_PENDING,   /* pressed, not yet past the threshold */
  JM_CANVAS_DRAG_CARD,
  JM_CANVAS_DRAG_LANE,
  JM_CANVAS_DRAG_PHASE,
  JM_CANVAS_DRAG_EMOTION,
  JM_CANVAS_DRAG_PAN,
} JmCanvasDragKind;

struct _JmCanvas
{
  GtkWidget      parent_instance;

  JmDocument    *document;
  JmHistory     *history;
  JmLayout      *layout;
  /* the static map painted at the current zoom, kept between frames */
  JmTileCache   *tiles;
  guint          fill_id;     /* painting tiles in and around the view */
  GObject       *selection;
  /* the current cell (see jm-canvas.h); both set or both NULL */
  JmPersona     *cell_persona;
  JmPhase       *cell_phase;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;

  double         zoom;
  /* workshop views (jm-canvas-select.c) */
  gboolean       results_hidden;
  gboolean       show_expected;
  GObject       *present_focus;     /* a JmPersona or JmPhase, or NULL */
  /* zoom-to-fit asked for before the canvas had a size */
  gboolean       fit_pending;

  /* input state (jm-canvas-input.c) */
  double         pointer_x;
  double         pointer_y;
  double         pinch_start_zoom;
  gboolean       has_pointer;
  gboolean       space_held;
  gboolean       ignore_press;      /* a double-click, or into the editor */
  guint32        last_press_time;
  double         last_press_x;
  double         last_press_y;

  /* drag state (jm-canvas-drag.c); positions in map units */
  JmCanvasDragKind drag_kind;
  JmCanvasDragKind drag_pending_kind; /* what PENDING becomes */
  GObject       *drag_object;
  double         drag_start_x;
  double         drag_start_y;
  double         drag_x;
  double         drag_y;
  double         drag_grab_dx;      /* pointer minus the item's origin */
  double         drag_grab_dy;
  guint          drag_n_undo;       /* history length before the drag */
  gboolean       drag_group_open;
  gboolean       drag_has_target;
  guint          drag_target;       /* lane/phase: new position */
  double         drag_emotion;      /* snapped value being set */
  double         pan_start_h;       /* adjustment values at pan start */
  double         pan_start_v;
  double         press_x;           /* where the primary button went down, widget pixels */
  double         press_y;
  double         drag_widget_x;     /* the pointer while dragging, widget pixels */
  double         drag_widget_y;
  guint          autoscroll_tick;
  const char    *hover_cursor;      /* static string: the cursor set on hover */

  /* in-place editing (jm-canvas-edit.c) */
  GtkWidget     *editor;
  GtkWidget     *edit_root;         /* weak: whose focus-widget we watch */
  GObject       *edit_object;
};

void     jm_canvas_init_input        (JmCanvas *self);

/* jm-canvas.c: where map coordinate 0 lies, on the device pixel grid */
double   jm_canvas_get_origin        (JmCanvas       *self,
                                      GtkOrientation  orientation);

/* jm-canvas-snapshot.c: GtkWidget.snapshot */
void     jm_canvas_snapshot          (GtkWidget   *widget,
                                      GtkSnapshot *snapshot);

/* jm-canvas.c: queues a draw and notifies "selection" */
void     jm_canvas_notify_selection  (JmCanvas     *self);

/* jm-canvas-select.c */
gboolean jm_canvas_cell_is_in_document (JmCanvas   *self);
/* Makes the cell of the selected touchpoint current (or none); TRUE if
 * the current cell changed. */
gboolean jm_canvas_update_cell_from_selection (JmCanvas *self);
void     jm_canvas_scroll_to_rect    (JmCanvas     *self,
                                      const JmRect *rect);
gboolean jm_canvas_get_object_rect   (JmCanvas     *self,
                                      GObject      *object,
                                      JmRect       *rect);
/* Lane and column index of the current cell; FALSE if none. */
gboolean jm_canvas_get_current_cell_index (JmCanvas *self,
                                           guint    *lane,
                                           guint    *column);
/* The history to edit with: NULL unless it belongs to the document. */
JmHistory *jm_canvas_get_edit_history (JmCanvas    *self);
/* Lane and column index of @touchpoint's card; FALSE if not laid out. */
gboolean jm_canvas_find_card_cell    (JmCanvas     *self,
                                      JmTouchpoint *touchpoint,
                                      guint        *lane,
                                      guint        *column,
                                      guint        *index_in_cell);

/* jm-canvas-drag.c: what the overlay shows now. */
struct _JmOverlay;
void     jm_canvas_fill_overlay      (JmCanvas          *self,
                                      struct _JmOverlay *overlay);

/* jm-canvas-drag.c: gestures at map coordinates, testable without a
 * pointer. begin presses at (x, y); update moves there (a drag starts
 * past the threshold); end releases and commits; cancel undoes. @pan
 * makes the press a pan whatever is under it. */
void     jm_canvas_drag_begin        (JmCanvas *self,
                                      double    map_x,
                                      double    map_y,
                                      gboolean  pan);
void     jm_canvas_drag_update       (JmCanvas *self,
                                      double    map_x,
                                      double    map_y);
void     jm_canvas_drag_end          (JmCanvas *self,
                                      double    map_x,
                                      double    map_y);
/* Pans by the pointer's offset (widget pixels) since the pan began. */
void     jm_canvas_pan_update        (JmCanvas *self,
                                      double    offset_x,
                                      double    offset_y);

/* jm-canvas-keys.c: the canvas's keys; TRUE if handled. */
gboolean jm_canvas_handle_key        (JmCanvas        *self,
                                      guint            keyval,
                                      GdkModifierType  state);

/* jm-canvas-edit.c */
/* Double-click at map (x, y): rename what is there or add a card to an
 * empty spot of a cell. TRUE if something happened. */
gboolean jm_canvas_activate_at       (JmCanvas *self,
                                      double    map_x,
                                      double    map_y);
/* Adds a touchpoint to the current cell, right after the selected card
 * or at the end, and starts editing its title. */
gboolean jm_canvas_add_in_current_cell (JmCanvas *self);
gboolean jm_canvas_is_editing        (JmCanvas *self);
GtkWidget *jm_canvas_get_editor      (JmCanvas *self);
void     jm_canvas_commit_edit       (JmCanvas *self);
void     jm_canvas_cancel_edit       (JmCanvas *self);
/* Places the editor over its item after zoom, scroll or relayout
 * (queues an allocation); allocate does it, from size_allocate. */
void     jm_canvas_place_editor      (JmCanvas *self);
void     jm_canvas_allocate_editor   (JmCanvas *self);

G_END_DECLS

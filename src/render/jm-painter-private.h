/* jm-painter-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-layout-private.h"
#include "jm-painter.h"
#include "jm-palette.h"

G_BEGIN_DECLS

/* What one paint draws, and where. */
typedef struct
{
  cairo_t         *cr;
  JmLayout        *layout;
  const JmPalette *palette;
  JmRect           visible;
  GObject         *selected;
  gboolean         hide_ratings;
  gboolean         show_expected;
  GObject         *focus;
} JmPaintContext;

static inline gboolean
jm_paint_context_is_visible (const JmPaintContext *ctx,
                             const JmRect         *rect)
{
  return jm_rect_intersects (&ctx->visible, rect);
}

/* jm-curve-painter.c: a lane's curve, its band and points */
void jm_painter_paint_lane_curve (const JmPaintContext *ctx,
                                  guint                 lane_index,
                                  const JmLayoutLane   *lane,
                                  const JmColor        *color);
guint jm_painter_count_lane_points (const JmLayoutLane *lane,
                                    double              x0,
                                    double              x1);

/* jm-curve-layer.c: the curves in view painted on a second core */
typedef struct _JmCurveLayer JmCurveLayer;

JmCurveLayer *jm_curve_layer_start       (const JmPaintContext *ctx,
                                          const JmColor        *colors,
                                          guint                 n_cards);
void          jm_curve_layer_finish      (JmCurveLayer         *self,
                                          cairo_t              *cr);
void          jm_curve_layer_set_enabled (gboolean              on);
guint         jm_curve_layer_get_n_started (void);

/* jm-card-glance.c: cards too small to read, their text as bars. The
 * boxes of a view's cards are gathered by colour while the cards are
 * painted and filled after them, a fill per colour rather than five
 * per card: cards do not overlap, so the order does not show. */
enum
{
  JM_GLANCE_TITLE,
  JM_GLANCE_TEXT,
  JM_GLANCE_RATING,   /* and the next two: one per rating */
  JM_GLANCE_N_FILLS = JM_GLANCE_RATING + JM_N_RATINGS,
};

typedef struct
{
  cairo_matrix_t  ctm;   /* the cards' user space, the same for all */
  GArray         *boxes[JM_GLANCE_N_FILLS];
} JmGlanceBatch;

void jm_glance_batch_init        (JmGlanceBatch       *batch,
                                  cairo_t             *cr);
/* fills what was gathered, then frees it */
void jm_glance_batch_finish      (JmGlanceBatch       *batch,
                                  cairo_t             *cr,
                                  const JmPalette     *palette);
/* @batch: NULL to fill the card's boxes at once */
void jm_painter_draw_card_glance (cairo_t             *cr,
                                  JmGlanceBatch       *batch,
                                  const JmCardContent *content,
                                  const JmPalette     *palette,
                                  gboolean             hide_ratings);

/* jm-pixel-boxes.c: @boxes (whole pixels, in user space, which must be
 * the identity) filled with @color at @alpha by writing the pixels of
 * an image surface, as cairo would; FALSE, with nothing drawn, where
 * that cannot be done (another surface, a clip that is not whole
 * rectangles, another operator): then fill them with cairo. */
gboolean jm_pixel_boxes_fill (cairo_t                 *cr,
                              const cairo_rectangle_t *boxes,
                              guint                    n_boxes,
                              const JmColor           *color,
                              double                   alpha);

/* jm-pixel-boxes.c: the pixels of @cr's target, found once and kept
 * with @cr until detached, for the many small stamps of a view zoomed
 * out (jm_stamp_composite() uses it). Nothing is kept where the target
 * cannot be written as cairo would. Between attach and detach nothing
 * may change the clip; drawing with cairo in between is fine. */
typedef struct _JmPixelTarget JmPixelTarget;

void           jm_pixel_target_attach    (cairo_t         *cr);
void           jm_pixel_target_detach    (cairo_t         *cr);
JmPixelTarget *jm_pixel_target_get       (cairo_t         *cr);
/* rows @src_y … @src_y + @height of @source, @width wide, over the
 * target with their top left at device pixel (@left, @top) */
gboolean       jm_pixel_target_composite (JmPixelTarget   *self,
                                          cairo_surface_t *source,
                                          int              src_y,
                                          int              width,
                                          int              height,
                                          int              left,
                                          int              top);

/* jm-text-painter.c: text, drawn as bars where it is too small to read */
gboolean jm_painter_text_is_legible (cairo_t       *cr,
                                     const JmText  *text);
void     jm_painter_draw_text       (cairo_t       *cr,
                                     const JmText  *text,
                                     const JmColor *color);
/* Boxes in device space as cairo_rectangle_t, each on whole pixels:
 * the place in user space under @ctm, rounded. */
void     jm_device_boxes_append     (GArray               *boxes,
                                     const cairo_matrix_t *ctm,
                                     double                x,
                                     double                y,
                                     double                width,
                                     double                height);
/* a bar per line of @text, as long as the line */
void     jm_device_boxes_append_text_bars (GArray               *boxes,
                                           const cairo_matrix_t *ctm,
                                           const JmText         *text);
void     jm_device_boxes_fill       (cairo_t       *cr,
                                     GArray        *boxes,
                                     const JmColor *color,
                                     double         alpha);
/* paler than the text they stand for */
void     jm_device_boxes_fill_text_bars (cairo_t       *cr,
                                         GArray        *boxes,
                                         const JmColor *color);

/* jm-card-painter.c: cards and the marks shared with the legend */
/* PDF, PostScript or SVG: where what is drawn costs, not the pixels */
gboolean jm_painter_is_vector     (cairo_t         *cr);
void jm_painter_path_rounded_rect (cairo_t         *cr,
                                   const JmRect    *rect,
                                   double           radius);
void jm_painter_path_rounded_slice (cairo_t        *cr,
                                    const JmRect   *rect,
                                    double          radius,
                                    double          a,
                                    double          b);
/* @index: 0 disappointment (down triangle), 1 OK (circle), 2 delight (up triangle) */
void jm_painter_draw_rating_mark  (cairo_t         *cr,
                                   const JmPalette *palette,
                                   guint            index,
                                   double           cx,
                                   double           cy,
                                   double           size);
void jm_painter_draw_star         (cairo_t         *cr,
                                   const JmPalette *palette,
                                   const JmRect    *rect);
void jm_painter_draw_house        (cairo_t         *cr,
                                   const JmColor   *color,
                                   const JmRect    *rect,
                                   gboolean         filled);
void jm_painter_draw_curve_point  (cairo_t         *cr,
                                   const JmPalette *palette,
                                   const JmColor   *color,
                                   double           x,
                                   double           y,
                                   double           radius,
                                   gboolean         derived);
void jm_painter_draw_focus_ring   (cairo_t         *cr,
                                   const JmPalette *palette,
                                   const JmRect    *rect,
                                   double           radius);
/* The mark of a rating class beside its label; nothing if unclassified. */
void jm_painter_draw_class_mark   (cairo_t         *cr,
                                   const JmPalette *palette,
                                   JmRatingClass    classification,
                                   const JmRect    *rect);
/* ◀|▶, the room is split */
void jm_painter_draw_split_mark   (cairo_t         *cr,
                                   const JmColor   *color,
                                   const JmRect    *rect);
/* A card with its results shown. */
void jm_painter_draw_card         (cairo_t         *cr,
                                   JmLayout        *layout,
                                   guint            index,
                                   const JmPalette *palette,
                                   const JmColor   *lane_color,
                                   gboolean         selected);
/* @hide_ratings: the number of votes instead of counts, bar, class and
 * split mark (JmPaintOptions.hide_ratings). @glance: where a card too
 * small to read leaves its boxes, or NULL to fill them at once. */
void jm_painter_draw_card_full    (cairo_t         *cr,
                                   JmLayout        *layout,
                                   guint            index,
                                   const JmPalette *palette,
                                   const JmColor   *lane_color,
                                   gboolean         selected,
                                   gboolean         hide_ratings,
                                   JmGlanceBatch   *glance);

G_END_DECLS

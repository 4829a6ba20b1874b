/* jm-curve-layer.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On a raster, with a second core, the curves in view are painted
 * there, each onto a strip of its own, while the caller paints the
 * lanes and cards; then the strips are laid over them. A dense curve
 * and its band are half of what a full view costs (cairo works out the
 * coverage of hundreds of edges on every row), and a curve has no
 * text, so pango, which is not safe to share between threads, never
 * runs there. Everything else the thread reads (the layout, the
 * palette, the colours) stays unchanged until the caller has waited
 * for it.
 */

#define G_LOG_DOMAIN "jm-curve-layer"

#include "config.h"

#include <math.h>

#include "jm-painter-private.h"

/* what of a curve may lie outside its band: round caps, rings */
#define STRIP_MARGIN 4.0
/* below this many points in view, a thread costs more than it saves */
#define MIN_POINTS_ASIDE 24
/* see split_view() */
#define CARD_POINTS 2.5
/* nor for a whole map at once (an image export): the strips would take
 * more memory than the time is worth */
#define MAX_PIXELS_ASIDE (8 * 1024 * 1024)

typedef struct
{
  guint            lane;
  int              x;         /* device pixels */
  int              y;
  cairo_surface_t *surface;
} CurveStrip;

struct _JmCurveLayer
{
  JmPaintContext  ctx;        /* ctx.cr is the caller's: not used aside;
                               * ctx.visible is the part painted aside */
  JmRect          here;       /* the part the caller paints in place */
  cairo_matrix_t  matrix;
  const JmColor  *colors;
  GArray         *strips;
  GThread        *thread;
};

static gboolean enabled = TRUE;
static guint n_started;

/* On unless a test turns it off, to compare with painting in place. */
void
jm_curve_layer_set_enabled (gboolean on)
{
  enabled = on;
}

/* How many layers were started, for the same tests. */
guint
jm_curve_layer_get_n_started (void)
{
  return g_atomic_int_get (&n_started);
}

static guint
count_points_in_view (const JmPaintContext *ctx,
                      const JmLayoutLane   *lane)
{
  return jm_painter_count_lane_points (lane, ctx->visible.x, ctx->visible.x + ctx->visible.width);
}

/* The device pixels of @rect (map units) under @matrix, rounded out. */
static void
device_box (const cairo_matrix_t *matrix,
            const JmRect         *rect,
            int                  *x,
            int                  *y,
            int                  *width,
            int                  *height)
{
  double x0 = rect->x, y0 = rect->y;
  double x1 = rect->x + rect->width, y1 = rect->y + rect->height;

  cairo_matrix_transform_point (matrix, &x0, &y0);
  cairo_matrix_transform_point (matrix, &x1, &y1);
  *x = (int) floor (x0);
  *y = (int) floor (y0);
  *width = (int) ceil (x1) - *x;
  *height = (int) ceil (y1) - *y;
}

static void
add_strips (JmCurveLayer *self)
{
  const JmPaintContext *ctx = &self->ctx;

  for (guint i = 0; i < jm_layout_get_n_lanes (ctx->layout); i++)
    {
      const JmLayoutLane *lane = jm_layout_get_lane (ctx->layout, i);
      double top = MAX (lane->band.y - STRIP_MARGIN, ctx->visible.y);
      double bottom = MIN (lane->band.y + lane->band.height + STRIP_MARGIN,
                           ctx->visible.y + ctx->visible.height);
      JmRect area = { ctx->visible.x, top, ctx->visible.width, bottom - top };
      CurveStrip strip = { .lane = i };
      int width, height;

      if (!jm_paint_context_is_visible (ctx, &lane->band) || bottom <= top)
        continue;

      device_box (&self->matrix, &area, &strip.x, &strip.y, &width, &height);
      if (width <= 0 || height <= 0)
        continue;
      strip.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      g_array_append_val (self->strips, strip);
    }
}

static void
paint_strip (JmCurveLayer     *self,
             const CurveStrip *strip)
{
  JmPaintContext ctx = self->ctx;
  cairo_matrix_t matrix = self->matrix;

  /* the caller's transformation moved by whole pixels: the curve falls
   * on the same pixels as it would in place */
  matrix.x0 -= strip->x;
  matrix.y0 -= strip->y;
  ctx.cr = cairo_create (strip->surface);
  cairo_set_matrix (ctx.cr, &matrix);
  cairo_rectangle (ctx.cr, ctx.visible.x, ctx.visible.y, ctx.visible.width, ctx.visible.height);
  cairo_clip (ctx.cr);
  jm_painter_paint_lane_curve (&ctx, strip->lane, jm_layout_get_lane (ctx.layout, strip->lane),
                               &self->colors[strip->lane]);
  cairo_destroy (ctx.cr);
  cairo_surface_flush (strip->surface);
}

static gpointer
paint_strips (gpointer data)
{
  JmCurveLayer *self = data;

  for (guint i = 0; i < self->strips->len; i++)
    paint_strip (self, &g_array_index (self->strips, CurveStrip, i));

  return NULL;
}

static guint
count_curve_points (const JmPaintContext *ctx)
{
  guint points = 0;

  for (guint i = 0; i < jm_layout_get_n_lanes (ctx->layout); i++)
    if (jm_paint_context_is_visible (ctx, &jm_layout_get_lane (ctx->layout, i)->band))
      points += count_points_in_view (ctx, jm_layout_get_lane (ctx->layout, i));

  return points;
}

static gboolean
worth_a_thread (const JmPaintContext *ctx,
                const cairo_matrix_t *matrix,
                guint                 points)
{
  double pixels = ctx->visible.width * ctx->visible.height * matrix->xx * matrix->yy;

  return enabled && g_get_num_processors () >= 2 &&
         cairo_surface_get_type (cairo_get_target (ctx->cr)) == CAIRO_SURFACE_TYPE_IMAGE &&
         matrix->xy == 0.0 && matrix->yx == 0.0 && matrix->xx > 0.0 && matrix->yy > 0.0 &&
         pixels <= MAX_PIXELS_ASIDE && points >= MIN_POINTS_ASIDE;
}

/* Splits the view between the thread and the caller, so both finish
 * together: where the @points of the curves are more work than the
 * @n_cards cards (a view of little but a dense band, as after a drag
 * step that moved it), the caller paints the right part of them in
 * place after its cards. A card costs about as much as CARD_POINTS
 * points of a dense curve. */
static void
split_view (JmCurveLayer *self,
            guint         points,
            guint         n_cards)
{
  JmRect *aside = &self->ctx.visible;
  double curves = points, cards = n_cards * CARD_POINTS, here, split;

  here = curves > cards ? (curves - cards) / (2 * curves) : 0.0;
  /* on a device pixel, so the two parts meet without a seam */
  split = round ((aside->x + aside->width * (1.0 - here)) * self->matrix.xx + self->matrix.x0);
  split = (split - self->matrix.x0) / self->matrix.xx;
  if (split >= aside->x + aside->width)
    return;

  self->here = (JmRect) { split, aside->y, aside->x + aside->width - split, aside->height };
  aside->width = split - aside->x;
}

/* Starts painting the curves of the lanes in view on another thread,
 * in @colors (one per lane, kept unchanged until
 * jm_curve_layer_finish()), while the caller paints its @n_cards
 * cards; NULL where that is not worth it, and the caller paints the
 * curves in place. */
JmCurveLayer *
jm_curve_layer_start (const JmPaintContext *ctx,
                      const JmColor        *colors,
                      guint                 n_cards)
{
  JmCurveLayer *self;
  cairo_matrix_t matrix;
  guint points;

  g_return_val_if_fail (ctx != NULL && colors != NULL, NULL);

  cairo_get_matrix (ctx->cr, &matrix);
  points = count_curve_points (ctx);
  if (!worth_a_thread (ctx, &matrix, points))
    return NULL;

  g_atomic_int_inc (&n_started);
  self = g_new0 (JmCurveLayer, 1);
  self->ctx = *ctx;
  self->matrix = matrix;
  self->colors = colors;
  self->strips = g_array_new (FALSE, FALSE, sizeof (CurveStrip));
  split_view (self, points, n_cards);
  add_strips (self);
  /* without a thread, the strips are painted when they are needed */
  self->thread = g_thread_try_new ("jm-curves", paint_strips, self, NULL);

  return self;
}

/* The caller's part of the curves, in place on @cr. */
static void
paint_here (JmCurveLayer *self,
            cairo_t      *cr)
{
  JmPaintContext ctx = self->ctx;

  if (self->here.width <= 0.0)
    return;

  ctx.cr = cr;
  ctx.visible = self->here;
  cairo_save (cr);
  cairo_rectangle (cr, ctx.visible.x, ctx.visible.y, ctx.visible.width, ctx.visible.height);
  cairo_clip (cr);
  for (guint i = 0; i < jm_layout_get_n_lanes (ctx.layout); i++)
    jm_painter_paint_lane_curve (&ctx, i, jm_layout_get_lane (ctx.layout, i), &self->colors[i]);
  cairo_restore (cr);
}

/* Paints the caller's part of the curves, waits for the rest and lays
 * them over what @cr has so far; frees @self. */
void
jm_curve_layer_finish (JmCurveLayer *self,
                       cairo_t      *cr)
{
  g_return_if_fail (self != NULL && cr != NULL);

  paint_here (self, cr);
  if (self->thread != NULL)
    g_thread_join (self->thread);
  else
    paint_strips (self);

  for (guint i = 0; i < self->strips->len; i++)
    {
      CurveStrip *strip = &g_array_index (self->strips, CurveStrip, i);

      cairo_save (cr);
      cairo_identity_matrix (cr);
      cairo_set_source_surface (cr, strip->surface, strip->x, strip->y);
      cairo_rectangle (cr, strip->x, strip->y, cairo_image_surface_get_width (strip->surface),
                       cairo_image_surface_get_height (strip->surface));
      cairo_fill (cr);
      cairo_restore (cr);
      cairo_surface_destroy (strip->surface);
    }

  g_array_unref (self->strips);
  g_free (self);
}

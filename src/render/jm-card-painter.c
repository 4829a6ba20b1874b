/* jm-card-painter.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cards and the small marks they share with the legend. Every mark
 * has its own shape as well as its own colour (disappointment a
 * downward triangle, OK a circle, delight an upward triangle, a tie a
 * hollow diamond, a split room ◀|▶; own a filled house, third party a
 * hollow one; a super-touchpoint a star badge and a heavy frame), so
 * the map reads in greyscale print too.
 */

#define G_LOG_DOMAIN "jm-card-painter"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "jm-painter-private.h"
#include "jm-stamp.h"

#define FOCUS_GAP 3.0
#define FOCUS_WIDTH 3.0
#define SUPER_BORDER 3.0

/* PDF, PostScript and SVG: where the size of what is drawn, not the
 * number of pixels it covers, is what costs. */
gboolean
jm_painter_is_vector (cairo_t *cr)
{
  cairo_surface_type_t type = cairo_surface_get_type (cairo_get_target (cr));

  return type == CAIRO_SURFACE_TYPE_PDF || type == CAIRO_SURFACE_TYPE_PS ||
         type == CAIRO_SURFACE_TYPE_SVG;
}

/* Closes the path for a stroke. After a close cairo begins a new
 * sub-path at the same point, which PDF gets as a stray moveto with
 * every path: begin none. */
static void
close_path (cairo_t *cr)
{
  cairo_close_path (cr);
  cairo_new_sub_path (cr);
}

/* The rounded @rect moved down by @drop, from where its bottom corners
 * begin: all of a card's shadow that the card (opaque, rounded alike)
 * leaves to be seen, in half the path.
 *
 * This and the other paths that are only ever filled are left open: a
 * fill closes them anyway (see close_path()). */
static void
path_shadow (cairo_t      *cr,
             const JmRect *rect,
             double        radius,
             double        drop)
{
  double r = MIN (radius, MIN (rect->width, rect->height) / 2.0);
  double top = rect->y + rect->height - r;

  cairo_new_sub_path (cr);
  cairo_move_to (cr, rect->x, top);
  cairo_line_to (cr, rect->x + rect->width, top);
  cairo_arc (cr, rect->x + rect->width - r, top + drop, r, 0, G_PI / 2);
  cairo_arc (cr, rect->x + r, top + drop, r, G_PI / 2, G_PI);
}

void
jm_painter_path_rounded_rect (cairo_t      *cr,
                              const JmRect *rect,
                              double        radius)
{
  double r;

  g_return_if_fail (cr != NULL && rect != NULL);

  r = MIN (radius, MIN (rect->width, rect->height) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, rect->x + rect->width - r, rect->y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, rect->x + rect->width - r, rect->y + rect->height - r, r, 0, G_PI / 2);
  cairo_arc (cr, rect->x + r, rect->y + rect->height - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, rect->x + r, rect->y + r, r, G_PI, 3 * G_PI / 2);
  close_path (cr);
}

/* The part of @rect rounded by @radius that lies between x = @a and
 * x = @b: the card's colour stripe, a part of the stacked bar. A path
 * instead of a clip, which costs a great deal in PDF and SVG; it is
 * for filling, so it is left open (see path_shadow()). */
void
jm_painter_path_rounded_slice (cairo_t      *cr,
                               const JmRect *rect,
                               double        radius,
                               double        a,
                               double        b)
{
  double r, l, rr, top, bottom, y1;

  g_return_if_fail (cr != NULL && rect != NULL);

  r = MIN (radius, MIN (rect->width, rect->height) / 2.0);
  l = rect->x + r;                         /* centres of the arcs */
  rr = rect->x + rect->width - r;
  top = rect->y + r;
  bottom = rect->y + rect->height - r;
  y1 = rect->y + rect->height;
  a = MAX (a, rect->x);
  b = MIN (b, rect->x + rect->width);
  if (b <= a)
    return;

  /* between the rounded ends: a rectangle, which is shorter in PDF */
  if (a >= l && b <= rr)
    {
      cairo_rectangle (cr, a, rect->y, b - a, rect->height);
      return;
    }

  cairo_new_sub_path (cr);
  /* the top edge, left to right */
  if (a < l)
    cairo_arc (cr, l, top, r, 2 * G_PI - acos ((a - l) / r), 2 * G_PI - acos ((MIN (b, l) - l) / r));
  else if (a < rr)
    cairo_move_to (cr, a, rect->y);
  if (b > l && a < rr)
    cairo_line_to (cr, MIN (b, rr), rect->y);
  if (b > rr)
    cairo_arc (cr, rr, top, r, 2 * G_PI - acos ((MAX (a, rr) - rr) / r),
               2 * G_PI - acos ((b - rr) / r));
  /* down the right side */
  if (b > rr)
    cairo_arc (cr, rr, bottom, r, acos ((b - rr) / r), acos ((MAX (a, rr) - rr) / r));
  else if (b >= l)
    cairo_line_to (cr, b, y1);
  /* the bottom edge, right to left */
  if (a < rr && b > l)
    cairo_line_to (cr, MAX (a, l), y1);
  if (a < l)
    cairo_arc (cr, l, bottom, r, acos ((MIN (b, l) - l) / r), acos ((a - l) / r));
}

/* Filled only, so left open (see path_shadow()). */
static void
path_rating_mark (cairo_t *cr,
                  guint    index,
                  double   cx,
                  double   cy,
                  double   size)
{
  double h = size / 2.0;

  cairo_new_sub_path (cr);
  switch (index)
    {
    case 0:
      cairo_move_to (cr, cx - h, cy - h * 0.8);
      cairo_line_to (cr, cx + h, cy - h * 0.8);
      cairo_line_to (cr, cx, cy + h);
      break;

    case 1:
      cairo_arc (cr, cx, cy, h * 0.85, 0, 2 * G_PI);
      break;

    default:
      cairo_move_to (cr, cx - h, cy + h * 0.8);
      cairo_line_to (cr, cx + h, cy + h * 0.8);
      cairo_line_to (cr, cx, cy - h);
      break;
    }
}

void
jm_painter_draw_rating_mark (cairo_t         *cr,
                             const JmPalette *palette,
                             guint            index,
                             double           cx,
                             double           cy,
                             double           size)
{
  g_return_if_fail (cr != NULL && palette != NULL);
  g_return_if_fail (index < JM_N_RATINGS);

  cairo_new_path (cr);
  path_rating_mark (cr, index, cx, cy, size);
  jm_color_set_source (cr, jm_palette_get_rating_color (palette, index));
  cairo_fill (cr);
}

void
jm_painter_draw_star (cairo_t         *cr,
                      const JmPalette *palette,
                      const JmRect    *rect)
{
  double cx, cy, outer, inner;

  g_return_if_fail (cr != NULL && palette != NULL && rect != NULL);

  cx = rect->x + rect->width / 2.0;
  cy = rect->y + rect->height / 2.0 + rect->height * 0.04;
  outer = MIN (rect->width, rect->height) / 2.0;
  inner = outer * 0.45;

  cairo_new_path (cr);
  for (guint i = 0; i < 10; i++)
    {
      double angle = -G_PI / 2 + i * G_PI / 5;
      double r = i % 2 == 0 ? outer : inner;

      cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
    }
  close_path (cr);

  jm_color_set_source (cr, &palette->star);
  cairo_fill_preserve (cr);
  jm_color_set_source (cr, &palette->star_outline);
  cairo_set_line_width (cr, 1.2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
}

void
jm_painter_draw_house (cairo_t       *cr,
                       const JmColor *color,
                       const JmRect  *rect,
                       gboolean       filled)
{
  double lw = 1.3;
  double l, r, t, b, eaves;

  g_return_if_fail (cr != NULL && color != NULL && rect != NULL);

  l = rect->x + lw / 2;
  r = rect->x + rect->width - lw / 2;
  t = rect->y + lw / 2;
  b = rect->y + rect->height - lw / 2;
  eaves = rect->y + rect->height * 0.45;

  cairo_new_path (cr);
  cairo_move_to (cr, (l + r) / 2, t);
  cairo_line_to (cr, r, eaves);
  cairo_line_to (cr, r - rect->width * 0.12, eaves);
  cairo_line_to (cr, r - rect->width * 0.12, b);
  cairo_line_to (cr, l + rect->width * 0.12, b);
  cairo_line_to (cr, l + rect->width * 0.12, eaves);
  cairo_line_to (cr, l, eaves);
  close_path (cr);

  jm_color_set_source (cr, color);
  cairo_set_line_width (cr, lw);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (filled)
    cairo_fill_preserve (cr);
  cairo_stroke (cr);
}

void
jm_painter_draw_focus_ring (cairo_t         *cr,
                            const JmPalette *palette,
                            const JmRect    *rect,
                            double           radius)
{
  JmRect ring;

  g_return_if_fail (cr != NULL && palette != NULL && rect != NULL);

  ring = (JmRect) { rect->x - FOCUS_GAP - FOCUS_WIDTH / 2, rect->y - FOCUS_GAP - FOCUS_WIDTH / 2,
                    rect->width + 2 * FOCUS_GAP + FOCUS_WIDTH,
                    rect->height + 2 * FOCUS_GAP + FOCUS_WIDTH };
  jm_painter_path_rounded_rect (cr, &ring, radius + FOCUS_GAP + FOCUS_WIDTH / 2);
  jm_color_set_source (cr, &palette->accent);
  cairo_set_line_width (cr, FOCUS_WIDTH);
  cairo_stroke (cr);
}

void
jm_painter_draw_class_mark (cairo_t         *cr,
                            const JmPalette *palette,
                            JmRatingClass    classification,
                            const JmRect    *rect)
{
  double cx, cy, h;

  g_return_if_fail (cr != NULL && palette != NULL && rect != NULL);

  cx = rect->x + rect->width / 2.0;
  cy = rect->y + rect->height / 2.0;
  h = MIN (rect->width, rect->height) / 2.0;

  switch (classification)
    {
    case JM_RATING_CLASS_DISAPPOINTMENT:
    case JM_RATING_CLASS_OK:
    case JM_RATING_CLASS_DELIGHT:
      jm_painter_draw_rating_mark (cr, palette, classification - 1, cx, cy, 2 * h);
      break;

    case JM_RATING_CLASS_MIXED:
      /* a hollow diamond: no single shape wins */
      cairo_new_path (cr);
      cairo_move_to (cr, cx, cy - h);
      cairo_line_to (cr, cx + h, cy);
      cairo_line_to (cr, cx, cy + h);
      cairo_line_to (cr, cx - h, cy);
      close_path (cr);
      cairo_set_line_width (cr, 1.5);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
      jm_color_set_source (cr, &palette->text_secondary);
      cairo_stroke (cr);
      break;

    case JM_RATING_CLASS_UNCLASSIFIED:
    default:
      break;
    }
}

void
jm_painter_draw_split_mark (cairo_t       *cr,
                            const JmColor *color,
                            const JmRect  *rect)
{
  double cy, h, w;

  g_return_if_fail (cr != NULL && color != NULL && rect != NULL);

  /* ◀|▶: two arrowheads pointing away from a dividing line */
  cy = rect->y + rect->height / 2.0;
  h = rect->height / 2.0;
  w = (rect->width - 4.0) / 2.0;

  /* filled only: left open (see path_shadow()) */
  cairo_new_path (cr);
  cairo_move_to (cr, rect->x, cy);
  cairo_line_to (cr, rect->x + w, cy - h);
  cairo_line_to (cr, rect->x + w, cy + h);
  cairo_move_to (cr, rect->x + rect->width, cy);
  cairo_line_to (cr, rect->x + rect->width - w, cy - h);
  cairo_line_to (cr, rect->x + rect->width - w, cy + h);
  jm_color_set_source (cr, color);
  cairo_fill (cr);

  cairo_rectangle (cr, rect->x + rect->width / 2.0 - 0.75, rect->y - 1.0, 1.5, rect->height + 2.0);
  cairo_fill (cr);
}

/* The marks and the bar of the results; their text comes with the
 * card's other text (see jm_painter_draw_card_full()). What has one
 * rating's colour (the mark before its count, its part of the bar and
 * the class mark if the class is this rating) is one path and one
 * fill: none of them touch, and in PDF that is one colour and one
 * operator instead of three. */
static void
draw_results (cairo_t             *cr,
              const JmCardContent *content,
              const JmPalette     *palette)
{
  const JmRatingSummary *summary = &content->summary;
  const JmRect *row = &content->ratings;
  const JmRect *verdict = &content->verdict_mark;
  double cy = row->y + row->height / 2.0;
  double x = content->bar.x;
  guint class_index = JM_N_RATINGS;

  if (summary->classification == JM_RATING_CLASS_DISAPPOINTMENT ||
      summary->classification == JM_RATING_CLASS_OK ||
      summary->classification == JM_RATING_CLASS_DELIGHT)
    class_index = summary->classification - JM_RATING_CLASS_DISAPPOINTMENT;

  for (guint i = 0; i < JM_N_RATINGS; i++)
    {
      double w = content->bar.width * summary->counts[i] / summary->total;
      double radius = content->bar.height / 2.0;
      gboolean middle = x >= content->bar.x + radius &&
                        x + w <= content->bar.x + content->bar.width - radius;

      cairo_new_path (cr);
      path_rating_mark (cr, i, content->counts[i].x - 3.0 - JM_LAYOUT_MARK_SIZE / 2.0, cy,
                        JM_LAYOUT_MARK_SIZE);
      if (w > 0.0 && !middle)
        jm_painter_path_rounded_slice (cr, &content->bar, radius, x, x + w);
      if (i == class_index)
        path_rating_mark (cr, i, verdict->x + verdict->width / 2.0,
                          verdict->y + verdict->height / 2.0,
                          MIN (verdict->width, verdict->height));
      jm_color_set_source (cr, jm_palette_get_rating_color (palette, i));
      cairo_fill (cr);
      /* a plain rectangle stays a fill of its own: PDF viewers align
       * those to the pixels */
      if (w > 0.0 && middle)
        {
          jm_painter_path_rounded_slice (cr, &content->bar, radius, x, x + w);
          cairo_fill (cr);
        }
      x += w;
    }

  /* white gaps between the parts, so they stay apart in greyscale */
  x = content->bar.x;
  for (guint i = 0; i + 1 < JM_N_RATINGS && content->bar.width > 0.0; i++)
    {
      x += content->bar.width * summary->counts[i] / summary->total;
      if (summary->counts[i] > 0 && x < content->bar.x + content->bar.width - 0.5)
        {
          cairo_rectangle (cr, x - 0.6, content->bar.y, 1.2, content->bar.height);
          jm_color_set_source (cr, &palette->card);
          cairo_fill (cr);
        }
    }

  if (class_index == JM_N_RATINGS)
    jm_painter_draw_class_mark (cr, palette, summary->classification, verdict);
  if (summary->split)
    jm_painter_draw_split_mark (cr, &palette->text, &content->split_mark);
}

static void
draw_results_text (cairo_t             *cr,
                   const JmCardContent *content,
                   const JmPalette     *palette)
{
  for (guint i = 0; i < JM_N_RATINGS; i++)
    jm_painter_draw_text (cr, &content->counts[i], &palette->text);
  jm_painter_draw_text (cr, &content->verdict, &palette->text);
  if (content->summary.split)
    jm_painter_draw_text (cr, &content->split_label, &palette->text);
}

/* A sealed envelope: a dashed frame around the number of votes. */
static void
draw_hidden_results (cairo_t             *cr,
                     const JmCardContent *content,
                     const JmPalette     *palette)
{
  static const double dash[] = { 3.0, 2.0 };
  JmRect frame = { content->results.x + 0.5, content->results.y - 1.5,
                   content->results.width - 1.0, content->results.height + 3.0 };

  jm_painter_path_rounded_rect (cr, &frame, 4.0);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_set_line_width (cr, 1.0);
  jm_color_set_source (cr, &palette->card_border);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* How a card's frame looks. */
typedef struct
{
  JmColor fill;
  JmColor frame;
  JmColor shadow;
  JmColor lane;     /* the stripe down its left edge */
  double  border;   /* the width of the frame */
} FrameLook;

/* A card's shadow, its background and frame, and the lane's colour
 * down its left edge. */
static void
path_frame (cairo_t         *cr,
            const JmRect    *rect,
            const FrameLook *look)
{
  double border = look->border;
  JmRect edge;

  path_shadow (cr, rect, JM_LAYOUT_CARD_RADIUS, 1.5);
  jm_color_set_source (cr, &look->shadow);
  cairo_fill (cr);

  /* Filled and framed with one path (inset by half the line, so a
   * super-touchpoint's heavier border grows inwards and the card keeps
   * its size): one path instead of two in PDF and SVG. */
  edge = (JmRect) { rect->x + border / 2, rect->y + border / 2,
                    rect->width - border, rect->height - border };
  jm_painter_path_rounded_rect (cr, &edge, JM_LAYOUT_CARD_RADIUS - border / 2);
  jm_color_set_source (cr, &look->fill);
  cairo_fill_preserve (cr);
  jm_color_set_source (cr, &look->frame);
  cairo_set_line_width (cr, border);
  cairo_stroke (cr);

  /* the lane's colour down the left edge, over the frame */
  jm_painter_path_rounded_slice (cr, rect, JM_LAYOUT_CARD_RADIUS,
                                 rect->x, rect->x + JM_LAYOUT_CARD_STRIPE);
  jm_color_set_source (cr, &look->lane);
  cairo_fill (cr);
}

/* A frame stamp is a card just taller than its two rounded ends, in
 * device pixels: the top end in the first rows, a row of straight
 * sides, the bottom end and its shadow. Each end takes the rows the
 * corner's radius reaches into, however the scale divides them. */
static int
end_rows (double scale)
{
  return (int) ceil (scale * JM_LAYOUT_CARD_RADIUS - 1e-6);
}

enum
{
  FRAME_ENDS,      /* the stamp of both ends */
  FRAME_STRAIGHT,  /* STRAIGHT_ROWS rows of straight sides */
};

/* Straight rows in a stamp of them, copied as often as a card needs */
#define STRAIGHT_ROWS 64

static void
draw_frame_stamp (cairo_t          *cr,
                  const JmStampKey *key)
{
  double s = key->scale;
  int ends = end_rows (s);
  int straight = key->flags == FRAME_STRAIGHT ? STRAIGHT_ROWS : 1;
  JmRect rect = { 0.0, 0.0, key->size[0], (2 * ends + straight) / s };
  FrameLook look = { key->colors[0], key->colors[1], key->colors[2], key->colors[3],
                     key->size[1] };

  if (key->flags == FRAME_STRAIGHT)
    cairo_translate (cr, 0.0, -ends);
  cairo_scale (cr, s, s);
  path_frame (cr, &rect, &look);
}

static void
fill_device_rect (cairo_t       *cr,
                  double         x,
                  double         y,
                  double         width,
                  double         height,
                  const JmColor *color)
{
  cairo_rectangle (cr, x, y, width, height);
  jm_color_set_source (cr, color);
  cairo_fill (cr);
}

/* The straight stretch of a frame, @rows high at device pixel (@x, @y):
 * where the lane's stripe and the border are whole pixels, three plain
 * rectangles (lane colour, card, right border), which is all a frame is
 * there once the opaque colours have covered each other, and cheapest;
 * else copies of a stamp of straight rows, as a path draws them. */
static void
draw_straight (cairo_t         *cr,
               JmStampKey      *key,
               const FrameLook *look,
               int              x,
               int              y,
               int              rows)
{
  double s = key->scale;

  if (jm_stamp_is_whole (s * JM_LAYOUT_CARD_STRIPE) && jm_stamp_is_whole (s * look->border))
    {
      double stripe = round (s * JM_LAYOUT_CARD_STRIPE), right = round (s * look->border);

      cairo_save (cr);
      cairo_identity_matrix (cr);
      fill_device_rect (cr, x, y, stripe, rows, &look->lane);
      fill_device_rect (cr, x + stripe, y, key->width - stripe - right, rows, &look->fill);
      fill_device_rect (cr, x + key->width - right, y, right, rows, &look->frame);
      cairo_restore (cr);
      return;
    }

  key->flags = FRAME_STRAIGHT;
  key->height = STRAIGHT_ROWS;
  for (int row = 0; row < rows; row += STRAIGHT_ROWS)
    jm_stamp_composite (cr, key, draw_frame_stamp, 0, MIN (STRAIGHT_ROWS, rows - row), x, y + row);
}

/* The frame on a raster, its card on whole device pixels (see
 * snap_to_device()): its ends stamped, the straight stretch between
 * them drawn by draw_straight(). FALSE where that does not hold. */
static gboolean
stamp_frame (cairo_t         *cr,
             const JmRect    *rect,
             const FrameLook *look)
{
  JmStampKey key = { 0 };
  double x, y, s;
  int ends, rows, width;

  if (look->fill.alpha < 1.0 || look->frame.alpha < 1.0 || look->lane.alpha < 1.0 ||
      !jm_stamp_get_device_point (cr, rect->x, rect->y, &x, &y, &s) ||
      !jm_stamp_is_whole (x) || !jm_stamp_is_whole (y) ||
      !jm_stamp_is_whole (s * rect->width) || !jm_stamp_is_whole (s * rect->height))
    return FALSE;

  ends = end_rows (s);
  rows = (int) round (s * rect->height);
  width = (int) round (s * rect->width);
  if (rows < 2 * ends + 1)
    return FALSE;

  key.kind = JM_STAMP_CARD_FRAME;
  key.scale = s;
  key.size[0] = rect->width;
  key.size[1] = look->border;
  key.colors[0] = look->fill;
  key.colors[1] = look->frame;
  key.colors[2] = look->shadow;
  key.colors[3] = look->lane;
  key.width = width;
  key.height = 2 * ends + 1 + (int) ceil (s * 2.0);

  x = round (x);
  y = round (y);
  jm_stamp_composite (cr, &key, draw_frame_stamp, 0, ends, x, y);
  jm_stamp_composite (cr, &key, draw_frame_stamp, ends + 1, key.height - ends - 1,
                      x, y + rows - ends);

  draw_straight (cr, &key, look, x, y + ends, rows - 2 * ends);

  return TRUE;
}

/* On a raster, @rect moved out to whole device pixels: a frame drawn
 * there is as sharp at 80 % as at 100 %, and can be stamped. The card's
 * content stays where it is, a fraction of a pixel away at most. */
static JmRect
snap_to_device (cairo_t      *cr,
                const JmRect *rect)
{
  double x0 = rect->x, y0 = rect->y;
  double x1 = rect->x + rect->width, y1 = rect->y + rect->height;
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xy != 0.0 || matrix.yx != 0.0)
    return *rect;

  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  x0 = round (x0);
  y0 = round (y0);
  x1 = round (x1);
  y1 = round (y1);
  cairo_device_to_user (cr, &x0, &y0);
  cairo_device_to_user (cr, &x1, &y1);

  return (JmRect) { x0, y0, x1 - x0, y1 - y0 };
}

static void
draw_frame (cairo_t         *cr,
            const JmRect    *rect,
            gboolean         is_super,
            const JmPalette *palette,
            const JmColor   *lane_color)
{
  FrameLook look = {
    .fill = is_super ? palette->super_card : palette->card,
    .frame = is_super ? palette->super_border : palette->card_border,
    .shadow = palette->shadow,
    .lane = *lane_color,
    .border = is_super ? SUPER_BORDER : 1.0,
  };
  JmRect snapped;

  if (jm_painter_is_vector (cr))
    {
      path_frame (cr, rect, &look);
      return;
    }

  snapped = snap_to_device (cr, rect);
  if (!stamp_frame (cr, &snapped, &look))
    path_frame (cr, &snapped, &look);
}

void
jm_painter_draw_card (cairo_t         *cr,
                      JmLayout        *layout,
                      guint            index,
                      const JmPalette *palette,
                      const JmColor   *lane_color,
                      gboolean         selected)
{
  jm_painter_draw_card_full (cr, layout, index, palette, lane_color, selected, FALSE, NULL);
}

void
jm_painter_draw_card_full (cairo_t         *cr,
                           JmLayout        *layout,
                           guint            index,
                           const JmPalette *palette,
                           const JmColor   *lane_color,
                           gboolean         selected,
                           gboolean         hide_ratings,
                           JmGlanceBatch   *glance)
{
  const JmLayoutCard *card;
  const JmCardContent *content;

  g_return_if_fail (cr != NULL && JM_IS_LAYOUT (layout));

  card = jm_layout_get_card (layout, index);
  content = jm_layout_get_card_content (layout, index);

  draw_frame (cr, &card->rect, content->is_super, palette, lane_color);

  if (!jm_painter_text_is_legible (cr, &content->title))
    {
      jm_painter_draw_card_glance (cr, glance, content, palette, hide_ratings);
      if (selected)
        jm_painter_draw_focus_ring (cr, palette, &card->rect, JM_LAYOUT_CARD_RADIUS);
      return;
    }

  /* All the marks first, then all the text in reading order: nothing
   * of the one overlaps the other, and text drawn in a row goes to PDF
   * as one text object, not one per line with a mark between. */
  if (content->is_super)
    jm_painter_draw_star (cr, palette, &content->star);
  jm_painter_draw_house (cr, &palette->text_secondary, &content->owned_mark, content->owned);
  if (content->summary.total > 0)
    {
      if (hide_ratings)
        draw_hidden_results (cr, content, palette);
      else
        draw_results (cr, content, palette);
    }

  jm_painter_draw_text (cr, &content->title, &palette->text);
  jm_painter_draw_text (cr, &content->channel, &palette->text_secondary);
  jm_painter_draw_text (cr, &content->detail, &palette->text_secondary);
  jm_painter_draw_text (cr, &content->owner, &palette->text_secondary);
  /* performance below expectation is what needs work: in red */
  jm_painter_draw_text (cr, &content->expected,
                        content->gap < 0 ? &palette->disappointment : &palette->text_secondary);
  if (content->summary.total > 0)
    {
      if (hide_ratings)
        jm_painter_draw_text (cr, &content->hidden, &palette->text_secondary);
      else
        draw_results_text (cr, content, palette);
    }

  if (selected)
    jm_painter_draw_focus_ring (cr, palette, &card->rect, JM_LAYOUT_CARD_RADIUS);
}

/* jm-card-painter.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cards and the small marks they share with the legend. Every mark
 * has its own shape as well as its own colour (disappointment a
 * downward triangle, OK a circle, delight an upward triangle; own a
 * filled house, third party a hollow one), so the map reads in
 * greyscale print too.
 */

#define G_LOG_DOMAIN "jm-card-painter"

#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "jm-painter-private.h"

#define FOCUS_GAP 3.0
#define FOCUS_WIDTH 3.0
#define BAR_HEIGHT 6.0

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
  cairo_close_path (cr);
}

void
jm_painter_draw_text (cairo_t       *cr,
                      const JmText  *text,
                      const JmColor *color)
{
  g_return_if_fail (cr != NULL && text != NULL && color != NULL);

  if (text->layout == NULL)
    return;

  jm_color_set_source (cr, color);
  cairo_move_to (cr, text->x, text->y);
  pango_cairo_show_layout (cr, text->layout);
}

void
jm_painter_draw_rating_mark (cairo_t         *cr,
                             const JmPalette *palette,
                             guint            index,
                             double           cx,
                             double           cy,
                             double           size)
{
  double h = size / 2.0;

  g_return_if_fail (cr != NULL && palette != NULL);
  g_return_if_fail (index < JM_N_RATINGS);

  cairo_new_path (cr);
  switch (index)
    {
    case 0:
      cairo_move_to (cr, cx - h, cy - h * 0.8);
      cairo_line_to (cr, cx + h, cy - h * 0.8);
      cairo_line_to (cr, cx, cy + h);
      cairo_close_path (cr);
      break;

    case 1:
      cairo_arc (cr, cx, cy, h * 0.85, 0, 2 * G_PI);
      break;

    default:
      cairo_move_to (cr, cx - h, cy + h * 0.8);
      cairo_line_to (cr, cx + h, cy + h * 0.8);
      cairo_line_to (cr, cx, cy - h);
      cairo_close_path (cr);
      break;
    }

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
  cairo_close_path (cr);

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
  cairo_close_path (cr);

  jm_color_set_source (cr, color);
  cairo_set_line_width (cr, lw);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (filled)
    cairo_fill_preserve (cr);
  cairo_stroke (cr);
}

void
jm_painter_draw_curve_point (cairo_t         *cr,
                             const JmPalette *palette,
                             const JmColor   *color,
                             double           x,
                             double           y,
                             double           radius,
                             gboolean         derived)
{
  static const double dash[] = { 2.5, 2.0 };

  g_return_if_fail (cr != NULL && palette != NULL && color != NULL);

  cairo_new_path (cr);
  cairo_arc (cr, x, y, radius, 0, 2 * G_PI);
  cairo_set_line_width (cr, 2.0);

  if (derived)
    {
      jm_color_set_source (cr, &palette->background);
      cairo_fill_preserve (cr);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      jm_color_set_source (cr, color);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      return;
    }

  jm_color_set_source (cr, color);
  cairo_fill_preserve (cr);
  jm_color_set_source (cr, &palette->background);
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

static void
draw_ratings (cairo_t             *cr,
              const JmCardContent *content,
              const JmPalette     *palette)
{
  const JmRect *row = &content->ratings;
  double cy = row->y + row->height / 2.0;
  const JmText *last = &content->counts[JM_N_RATINGS - 1];
  double bar_x = last->x + last->width + 4.0;
  double bar_w = row->x + row->width - bar_x;
  JmRect bar = { bar_x, cy - BAR_HEIGHT / 2.0, bar_w, BAR_HEIGHT };

  for (guint i = 0; i < JM_N_RATINGS; i++)
    {
      const JmText *count = &content->counts[i];

      jm_painter_draw_rating_mark (cr, palette, i, count->x - 3.0 - JM_LAYOUT_MARK_SIZE / 2.0, cy,
                                   JM_LAYOUT_MARK_SIZE);
      jm_painter_draw_text (cr, count, &palette->text);
    }

  if (bar_w < 12.0 || content->total_votes == 0)
    return;

  cairo_save (cr);
  jm_painter_path_rounded_rect (cr, &bar, BAR_HEIGHT / 2.0);
  cairo_clip (cr);
  for (guint i = 0; i < JM_N_RATINGS; i++)
    {
      double w = bar_w * content->votes[i] / content->total_votes;

      cairo_rectangle (cr, bar_x, bar.y, w, BAR_HEIGHT);
      jm_color_set_source (cr, jm_palette_get_rating_color (palette, i));
      cairo_fill (cr);
      bar_x += w;
    }
  cairo_restore (cr);
}

void
jm_painter_draw_card (cairo_t         *cr,
                      JmLayout        *layout,
                      guint            index,
                      const JmPalette *palette,
                      const JmColor   *lane_color,
                      gboolean         selected)
{
  const JmLayoutCard *card;
  const JmCardContent *content;
  JmRect shadow, stripe, edge;
  double border;

  g_return_if_fail (cr != NULL && JM_IS_LAYOUT (layout));

  card = jm_layout_get_card (layout, index);
  content = jm_layout_get_card_content (layout, index);
  shadow = card->rect;
  shadow.y += 1.5;
  border = content->is_super ? 2.5 : 1.0;

  jm_painter_path_rounded_rect (cr, &shadow, JM_LAYOUT_CARD_RADIUS);
  jm_color_set_source (cr, &palette->shadow);
  cairo_fill (cr);

  jm_painter_path_rounded_rect (cr, &card->rect, JM_LAYOUT_CARD_RADIUS);
  jm_color_set_source (cr, &palette->card);
  cairo_fill_preserve (cr);

  cairo_save (cr);
  cairo_clip (cr);
  stripe = (JmRect) { card->rect.x, card->rect.y, JM_LAYOUT_CARD_STRIPE, card->rect.height };
  cairo_rectangle (cr, stripe.x, stripe.y, stripe.width, stripe.height);
  jm_color_set_source (cr, lane_color);
  cairo_fill (cr);
  cairo_restore (cr);

  /* Inset by half the line, so a super-touchpoint's heavier border
   * grows inwards and the card keeps its size. */
  edge = (JmRect) { card->rect.x + border / 2, card->rect.y + border / 2,
                    card->rect.width - border, card->rect.height - border };
  jm_painter_path_rounded_rect (cr, &edge, JM_LAYOUT_CARD_RADIUS - border / 2);
  jm_color_set_source (cr, content->is_super ? &palette->super_border : &palette->card_border);
  cairo_set_line_width (cr, border);
  cairo_stroke (cr);

  jm_painter_draw_text (cr, &content->title, &palette->text);
  if (content->is_super)
    jm_painter_draw_star (cr, palette, &content->star);

  jm_painter_draw_house (cr, &palette->text_secondary, &content->owned_mark, content->owned);
  jm_painter_draw_text (cr, &content->channel, &palette->text_secondary);
  jm_painter_draw_text (cr, &content->owner, &palette->text_secondary);

  if (content->total_votes > 0)
    draw_ratings (cr, content, palette);

  if (selected)
    jm_painter_draw_focus_ring (cr, palette, &card->rect, JM_LAYOUT_CARD_RADIUS);
}

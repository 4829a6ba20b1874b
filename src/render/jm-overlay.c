/* jm-overlay.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paints the canvas's interactive feedback over the static map, with
 * the map's own palette so it reads in the light and the dark style:
 *
 *   current cell   accent tint and a dashed accent outline
 *   card drag      the card's (live) slot as an empty dashed outline, and
 *                  the card itself lifted, with a shadow, under the pointer
 *   lane / phase   a thick accent bar in the gap where it will land, and
 *                  its header following the pointer along the axis
 *   curve point    an accent ring around the point and a value label
 */

#define G_LOG_DOMAIN "jm-overlay"

#include "config.h"

#include <math.h>

#include "jm-overlay.h"
#include "jm-painter-private.h"

#define INDICATOR_WIDTH 4.0
#define GHOST_ALPHA     0.92
#define LIFT_OFFSET     6.0

gboolean
jm_overlay_is_empty (const JmOverlay *overlay)
{
  g_return_val_if_fail (overlay != NULL, TRUE);

  return overlay->drag == JM_OVERLAY_DRAG_NONE
         && (overlay->cell_lane < 0 || overlay->cell_column < 0);
}

char *
jm_overlay_format_emotion (double emotion)
{
  double snapped = round (emotion * 2.0) / 2.0;

  if (snapped == 0.0)
    return g_strdup ("0");

  /* U+2212 MINUS SIGN, like the band's axis labels */
  return g_strdup_printf ("%s%g", snapped > 0 ? "+" : "\u2212", fabs (snapped));
}

static void
dashed_outline (cairo_t         *cr,
                const JmPalette *palette,
                const JmRect    *rect,
                double           radius,
                double           fill_alpha)
{
  static const double dash[] = { 6.0, 4.0 };

  jm_painter_path_rounded_rect (cr, rect, radius);
  jm_color_set_source_alpha (cr, &palette->accent, fill_alpha);
  cairo_fill_preserve (cr);
  cairo_save (cr);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0.0);
  cairo_set_line_width (cr, 2.0);
  jm_color_set_source (cr, &palette->accent);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
paint_cell (JmLayout        *layout,
            cairo_t         *cr,
            const JmPalette *palette,
            const JmOverlay *overlay)
{
  JmRect cell;

  if (overlay->cell_lane < 0 || overlay->cell_column < 0
      || !jm_layout_get_cell_rect (layout, overlay->cell_lane, overlay->cell_column, &cell))
    return;

  cell.x += 3.0;
  cell.y += 3.0;
  cell.width -= 6.0;
  cell.height -= 6.0;
  dashed_outline (cr, palette, &cell, 6.0, 0.10);
}

static void
paint_lift_shadow (cairo_t         *cr,
                   const JmPalette *palette,
                   const JmRect    *rect,
                   double           radius)
{
  /* a soft shadow from a few widening translucent outlines */
  for (int i = 4; i >= 1; i--)
    {
      JmRect r = { rect->x - i, rect->y + LIFT_OFFSET - i + 2.0,
                   rect->width + 2 * i, rect->height + 2 * i };

      jm_painter_path_rounded_rect (cr, &r, radius + i);
      cairo_set_source_rgba (cr, 0, 0, 0, palette == jm_palette_get (TRUE) ? 0.16 : 0.06);
      cairo_fill (cr);
    }
}

static void
paint_card_drag (JmLayout        *layout,
                 cairo_t         *cr,
                 const JmPalette *palette,
                 const JmOverlay *overlay)
{
  int index = jm_layout_find_card_index (layout, JM_TOUCHPOINT (overlay->object));
  const JmLayoutCard *card;
  const JmLayoutLane *lane;
  JmColor lane_color;
  JmRect slot;
  double dx, dy;

  if (index < 0)
    return;

  card = jm_layout_get_card (layout, index);
  lane = jm_layout_get_lane (layout, card->lane);
  jm_color_parse (jm_persona_get_color (lane->persona), &lane_color);

  /* Where it lands: an empty slot in place of the card. */
  slot = card->rect;
  jm_painter_path_rounded_rect (cr, &slot, JM_LAYOUT_CARD_RADIUS);
  jm_color_set_source (cr, &palette->background);
  cairo_fill (cr);
  dashed_outline (cr, palette, &slot, JM_LAYOUT_CARD_RADIUS, 0.16);

  /* The card itself, lifted, under the pointer. */
  dx = overlay->x - overlay->grab_dx - card->rect.x;
  dy = overlay->y - overlay->grab_dy - card->rect.y;
  cairo_save (cr);
  cairo_translate (cr, dx, dy);
  paint_lift_shadow (cr, palette, &card->rect, JM_LAYOUT_CARD_RADIUS);
  cairo_push_group (cr);
  jm_painter_draw_card (cr, layout, index, palette, &lane_color, TRUE);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, GHOST_ALPHA);
  cairo_restore (cr);
}

static void
paint_bar (cairo_t         *cr,
           const JmPalette *palette,
           double           x,
           double           y,
           double           width,
           double           height)
{
  JmRect bar = { x, y, width, height };

  jm_painter_path_rounded_rect (cr, &bar, MIN (width, height) / 2.0);
  jm_color_set_source (cr, &palette->accent);
  cairo_fill (cr);
}

static void
paint_header_ghost (cairo_t         *cr,
                    const JmPalette *palette,
                    const JmRect    *header,
                    const JmText    *text,
                    double           dx,
                    double           dy)
{
  cairo_save (cr);
  cairo_translate (cr, dx, dy);
  paint_lift_shadow (cr, palette, header, 8.0);
  cairo_push_group (cr);
  jm_painter_path_rounded_rect (cr, header, 8.0);
  jm_color_set_source (cr, &palette->surface);
  cairo_fill_preserve (cr);
  jm_color_set_source_alpha (cr, &palette->accent, 0.18);
  cairo_fill_preserve (cr);
  jm_color_set_source (cr, &palette->accent);
  cairo_set_line_width (cr, 2.0);
  cairo_stroke (cr);
  if (text != NULL)
    jm_painter_draw_text (cr, text, &palette->text);
  cairo_pop_group_to_source (cr);
  cairo_paint_with_alpha (cr, GHOST_ALPHA);
  cairo_restore (cr);
}

static void
paint_lane_drag (JmLayout        *layout,
                 cairo_t         *cr,
                 const JmPalette *palette,
                 const JmOverlay *overlay)
{
  guint n = jm_layout_get_n_lanes (layout);
  int index = jm_layout_find_lane (layout, JM_PERSONA (overlay->object));
  const JmLayoutLane *dragged = NULL;
  const JmLaneContent *content = NULL;
  double y, x0, x1;

  if (n == 0)
    return;

  if (index >= 0)
    {
      dragged = jm_layout_get_lane (layout, index);
      content = jm_layout_get_lane_content (layout, index);
      /* the lane that moves away: dimmed in place */
      dashed_outline (cr, palette, &dragged->header, 8.0, 0.10);
    }

  x0 = jm_layout_get_lane (layout, 0)->lane.x;
  x1 = x0 + jm_layout_get_lane (layout, 0)->lane.width;
  if (overlay->target > n)
    y = -1.0;
  else if (overlay->target < n)
    y = jm_layout_get_lane (layout, overlay->target)->lane.y - JM_LAYOUT_LANE_GAP / 2.0;
  else
    {
      const JmRect *last = &jm_layout_get_lane (layout, n - 1)->lane;

      y = last->y + last->height + JM_LAYOUT_LANE_GAP / 2.0;
    }
  if (overlay->target <= n)
    paint_bar (cr, palette, x0, y - INDICATOR_WIDTH / 2.0, x1 - x0, INDICATOR_WIDTH);

  if (dragged != NULL)
    paint_header_ghost (cr, palette, &dragged->header, &content->name, 0.0,
                        overlay->y - overlay->grab_dy - dragged->header.y);
}

static void
paint_phase_drag (JmLayout        *layout,
                  cairo_t         *cr,
                  const JmPalette *palette,
                  const JmOverlay *overlay)
{
  guint n = jm_layout_get_n_columns (layout);
  int index = jm_layout_find_column (layout, JM_PHASE (overlay->object));
  const JmLayoutColumn *dragged = NULL;
  const JmText *text = NULL;
  const JmRect *first;
  double x, y0, y1;

  if (n == 0)
    return;

  if (index >= 0)
    {
      dragged = jm_layout_get_column (layout, index);
      text = jm_layout_get_column_text (layout, index);
      dashed_outline (cr, palette, &dragged->header, 8.0, 0.10);
    }

  first = &jm_layout_get_column (layout, 0)->column;
  y0 = first->y;
  y1 = first->y + first->height;
  if (overlay->target > n)
    x = -1.0;
  else if (overlay->target < n)
    x = jm_layout_get_column (layout, overlay->target)->column.x;
  else
    {
      const JmRect *last = &jm_layout_get_column (layout, n - 1)->column;

      x = last->x + last->width;
    }
  if (overlay->target <= n)
    paint_bar (cr, palette, x - INDICATOR_WIDTH / 2.0, y0, INDICATOR_WIDTH, y1 - y0);

  if (dragged != NULL)
    paint_header_ghost (cr, palette, &dragged->header, text,
                        overlay->x - overlay->grab_dx - dragged->header.x, 0.0);
}

static void
paint_emotion_drag (JmLayout        *layout,
                    cairo_t         *cr,
                    const JmPalette *palette,
                    const JmOverlay *overlay)
{
  guint lane = 0;
  const JmCurvePoint *point = jm_layout_find_point (layout, JM_TOUCHPOINT (overlay->object),
                                                    &lane);
  g_autofree char *label = NULL;
  g_auto (JmText) text = { 0 };
  double px, py;
  JmRect pill;

  if (point == NULL)
    return;

  px = point->x;
  py = jm_layout_emotion_to_y (layout, lane, overlay->emotion);

  cairo_new_path (cr);
  cairo_arc (cr, px, py, JM_LAYOUT_POINT_RADIUS + 4.0, 0, 2 * G_PI);
  jm_color_set_source (cr, &palette->accent);
  cairo_set_line_width (cr, 2.5);
  cairo_stroke (cr);

  label = jm_overlay_format_emotion (overlay->emotion);
  jm_text_set (&text, jm_layout_get_pango_context (layout), JM_TEXT_CARD_TITLE, label, -1, 1);
  pill = (JmRect) { px + JM_LAYOUT_POINT_RADIUS + 10.0, py - text.height / 2.0 - 4.0,
                    text.width + 16.0, text.height + 8.0 };
  text.x = pill.x + 8.0;
  text.y = pill.y + 4.0;
  jm_painter_path_rounded_rect (cr, &pill, pill.height / 2.0);
  jm_color_set_source (cr, &palette->accent);
  cairo_fill (cr);
  jm_painter_draw_text (cr, &text, &palette->card);
}

void
jm_overlay_paint (JmLayout        *layout,
                  cairo_t         *cr,
                  const JmOverlay *overlay)
{
  const JmPalette *palette;

  g_return_if_fail (JM_IS_LAYOUT (layout));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (overlay != NULL);

  palette = jm_palette_get (overlay->dark);
  cairo_save (cr);

  if (overlay->drag == JM_OVERLAY_DRAG_NONE)
    paint_cell (layout, cr, palette, overlay);

  switch (overlay->drag)
    {
    case JM_OVERLAY_DRAG_CARD:
      if (JM_IS_TOUCHPOINT (overlay->object))
        paint_card_drag (layout, cr, palette, overlay);
      break;

    case JM_OVERLAY_DRAG_LANE:
      paint_lane_drag (layout, cr, palette, overlay);
      break;

    case JM_OVERLAY_DRAG_PHASE:
      paint_phase_drag (layout, cr, palette, overlay);
      break;

    case JM_OVERLAY_DRAG_EMOTION:
      paint_emotion_drag (layout, cr, palette, overlay);
      break;

    case JM_OVERLAY_DRAG_NONE:
    default:
      break;
    }

  cairo_restore (cr);
}

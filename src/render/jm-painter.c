/* jm-painter.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Paints a JmLayout back to front: background, title and legend, phase
 * headers, lanes (tint, header, cell rules, curve band), cards, then
 * each lane's curve and points, and the selection ring last so nothing
 * covers it. With a clip rectangle, cairo clips to it and anything
 * outside it is skipped, which keeps the canvas cheap when scrolled.
 */

#define G_LOG_DOMAIN "jm-painter"

#include "config.h"

#include "jm-painter-private.h"

#define HEADER_RADIUS 8.0
#define LANE_RADIUS 10.0
#define LEGEND_RADIUS 8.0

typedef struct
{
  cairo_t         *cr;
  JmLayout        *layout;
  const JmPalette *palette;
  JmRect           visible;
  GObject         *selected;
} PaintContext;

static gboolean
is_visible (const PaintContext *ctx,
            const JmRect       *rect)
{
  return jm_rect_intersects (&ctx->visible, rect);
}

static void
paint_background (const PaintContext *ctx)
{
  cairo_rectangle (ctx->cr, 0, 0,
                   jm_layout_get_width (ctx->layout), jm_layout_get_height (ctx->layout));
  jm_color_set_source (ctx->cr, &ctx->palette->background);
  cairo_fill (ctx->cr);
}

static void
paint_title (const PaintContext *ctx)
{
  const JmTitleContent *title = jm_layout_get_title_content (ctx->layout);

  if (!is_visible (ctx, jm_layout_get_title_rect (ctx->layout)))
    return;

  jm_painter_draw_text (ctx->cr, &title->title, &ctx->palette->text);
  jm_painter_draw_text (ctx->cr, &title->meta, &ctx->palette->text_secondary);
  jm_painter_draw_text (ctx->cr, &title->description, &ctx->palette->text_secondary);
}

static void
paint_legend_icon (const PaintContext  *ctx,
                   const JmLegendEntry *entry)
{
  cairo_t *cr = ctx->cr;
  const JmRect *icon = &entry->icon;
  double cx = icon->x + icon->width / 2.0, cy = icon->y + icon->height / 2.0;
  static const double dash[] = { 3.0, 2.0 };

  switch (entry->kind)
    {
    case JM_LEGEND_DISAPPOINTMENT:
    case JM_LEGEND_OK:
    case JM_LEGEND_DELIGHT:
      jm_painter_draw_rating_mark (cr, ctx->palette, entry->kind - JM_LEGEND_DISAPPOINTMENT,
                                   cx, cy, JM_LAYOUT_MARK_SIZE + 2.0);
      break;

    case JM_LEGEND_OWN:
    case JM_LEGEND_THIRD_PARTY:
      {
        JmRect house = { cx - 6.0, cy - 6.0, 12.0, 12.0 };

        jm_painter_draw_house (cr, &ctx->palette->text_secondary, &house,
                               entry->kind == JM_LEGEND_OWN);
      }
      break;

    case JM_LEGEND_SUPER:
      jm_painter_draw_star (cr, ctx->palette, icon);
      break;

    case JM_LEGEND_HAND_SET:
    case JM_LEGEND_DERIVED:
      jm_painter_draw_curve_point (cr, ctx->palette, &ctx->palette->text_secondary, cx, cy,
                                   JM_LAYOUT_POINT_RADIUS - 1.0, entry->kind == JM_LEGEND_DERIVED);
      break;

    case JM_LEGEND_CURVE:
      cairo_move_to (cr, icon->x, cy);
      cairo_line_to (cr, icon->x + icon->width, cy);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 1.0);
      jm_color_set_source (cr, &ctx->palette->neutral_line);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_move_to (cr, icon->x, icon->y + icon->height);
      cairo_curve_to (cr, cx, icon->y + icon->height, cx, icon->y, icon->x + icon->width, icon->y);
      cairo_set_line_width (cr, 2.0);
      jm_color_set_source (cr, &ctx->palette->text_secondary);
      cairo_stroke (cr);
      break;

    case JM_N_LEGEND_ENTRIES:
    default:
      g_assert_not_reached ();
    }
}

static void
paint_legend (const PaintContext *ctx)
{
  const JmRect *rect = jm_layout_get_legend_rect (ctx->layout);
  const JmLegendEntry *entries;
  guint n_entries;
  JmRect frame = { rect->x + 0.5, rect->y + 0.5, rect->width - 1.0, rect->height - 1.0 };

  if (!is_visible (ctx, rect))
    return;

  jm_painter_path_rounded_rect (ctx->cr, &frame, LEGEND_RADIUS);
  jm_color_set_source (ctx->cr, &ctx->palette->surface);
  cairo_fill_preserve (ctx->cr);
  jm_color_set_source (ctx->cr, &ctx->palette->grid);
  cairo_set_line_width (ctx->cr, 1.0);
  cairo_stroke (ctx->cr);

  entries = jm_layout_get_legend_entries (ctx->layout, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      paint_legend_icon (ctx, &entries[i]);
      jm_painter_draw_text (ctx->cr, &entries[i].label, &ctx->palette->text);
    }
}

static void
paint_phase_headers (const PaintContext *ctx)
{
  guint n = jm_layout_get_n_columns (ctx->layout);

  for (guint i = 0; i < n; i++)
    {
      const JmLayoutColumn *column = jm_layout_get_column (ctx->layout, i);
      JmRect box = { column->header.x + 3.0, column->header.y, column->header.width - 6.0,
                     column->header.height };

      if (!is_visible (ctx, &column->header))
        continue;

      jm_painter_path_rounded_rect (ctx->cr, &box, HEADER_RADIUS);
      jm_color_set_source (ctx->cr, &ctx->palette->surface);
      cairo_fill_preserve (ctx->cr);
      jm_color_set_source (ctx->cr, &ctx->palette->grid);
      cairo_set_line_width (ctx->cr, 1.0);
      cairo_stroke (ctx->cr);
      jm_painter_draw_text (ctx->cr, jm_layout_get_column_text (ctx->layout, i),
                            &ctx->palette->text);

      if (ctx->selected == G_OBJECT (column->phase))
        jm_painter_draw_focus_ring (ctx->cr, ctx->palette, &box, HEADER_RADIUS);
    }
}

static void
paint_lane_header (const PaintContext  *ctx,
                   const JmLayoutLane  *lane,
                   const JmLaneContent *content,
                   const JmColor       *color)
{
  cairo_t *cr = ctx->cr;
  JmRect box = { lane->header.x, lane->header.y, lane->header.width - JM_LAYOUT_HEADER_INSET,
                 lane->header.height };
  JmColor fill = jm_color_mix (&ctx->palette->surface, color, ctx->palette->lane_tint * 1.5);

  jm_painter_path_rounded_rect (cr, &box, LANE_RADIUS);
  jm_color_set_source (cr, &fill);
  cairo_fill_preserve (cr);
  cairo_save (cr);
  cairo_clip (cr);
  cairo_rectangle (cr, box.x, box.y, 8.0, box.height);
  jm_color_set_source (cr, color);
  cairo_fill (cr);
  cairo_restore (cr);

  jm_painter_draw_text (cr, &content->name, &ctx->palette->text);
  jm_painter_draw_text (cr, &content->detail, &ctx->palette->text_secondary);
  jm_painter_draw_text (cr, &content->band_label, &ctx->palette->text_secondary);
  for (guint i = 0; i < G_N_ELEMENTS (content->axis); i++)
    jm_painter_draw_text (cr, &content->axis[i], &ctx->palette->text_secondary);
}

static void
paint_lane_body (const PaintContext *ctx,
                 const JmLayoutLane *lane,
                 const JmColor      *color)
{
  cairo_t *cr = ctx->cr;
  guint n_columns = jm_layout_get_n_columns (ctx->layout);
  JmRect body = { lane->band.x, lane->lane.y, lane->band.width, lane->lane.height };
  static const double dash[] = { 4.0, 3.0 };

  if (body.width <= 0.0)
    return;

  jm_painter_path_rounded_rect (cr, &body, LANE_RADIUS);
  jm_color_set_source_alpha (cr, color, ctx->palette->lane_tint);
  cairo_fill (cr);

  cairo_rectangle (cr, lane->band.x, lane->band.y, lane->band.width, lane->band.height);
  jm_color_set_source (cr, &ctx->palette->band);
  cairo_fill (cr);

  cairo_set_line_width (cr, 1.0);
  jm_color_set_source (cr, &ctx->palette->grid);
  for (guint c = 1; c < n_columns; c++)
    {
      double x = lane->band.x + c * JM_LAYOUT_COLUMN_WIDTH + 0.5;

      cairo_move_to (cr, x, lane->lane.y + 6.0);
      cairo_line_to (cr, x, lane->band.y);
    }
  cairo_move_to (cr, lane->band.x, lane->band.y + 0.5);
  cairo_line_to (cr, lane->band.x + lane->band.width, lane->band.y + 0.5);
  cairo_stroke (cr);

  cairo_move_to (cr, lane->band.x + 8.0, lane->neutral_y);
  cairo_line_to (cr, lane->band.x + lane->band.width - 8.0, lane->neutral_y);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  jm_color_set_source (cr, &ctx->palette->neutral_line);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
paint_lane_curve (const PaintContext *ctx,
                  const JmLayoutLane *lane,
                  const JmColor      *color)
{
  cairo_t *cr = ctx->cr;

  if (!is_visible (ctx, &lane->band))
    return;

  if (lane->n_segments > 0)
    {
      cairo_move_to (cr, lane->segments[0].x0, lane->segments[0].y0);
      for (guint s = 0; s < lane->n_segments; s++)
        {
          const JmCurveSegment *seg = &lane->segments[s];

          cairo_curve_to (cr, seg->x1, seg->y1, seg->x2, seg->y2, seg->x3, seg->y3);
        }
      cairo_set_line_width (cr, 2.5);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      jm_color_set_source (cr, color);
      cairo_stroke (cr);
    }

  for (guint p = 0; p < lane->n_points; p++)
    {
      const JmCurvePoint *point = &lane->points[p];

      jm_painter_draw_curve_point (cr, ctx->palette, color, point->x, point->y,
                                   JM_LAYOUT_POINT_RADIUS, point->derived);
      if (ctx->selected == G_OBJECT (point->touchpoint))
        {
          cairo_new_path (cr);
          cairo_arc (cr, point->x, point->y, JM_LAYOUT_POINT_RADIUS + 4.0, 0, 2 * G_PI);
          cairo_set_line_width (cr, 2.5);
          jm_color_set_source (cr, &ctx->palette->accent);
          cairo_stroke (cr);
        }
    }
}

static void
paint_lanes (const PaintContext *ctx)
{
  guint n_lanes = jm_layout_get_n_lanes (ctx->layout);
  guint n_cards = jm_layout_get_n_cards (ctx->layout);
  g_autofree JmColor *colors = g_new (JmColor, MAX (1, n_lanes));

  for (guint i = 0; i < n_lanes; i++)
    {
      const JmLayoutLane *lane = jm_layout_get_lane (ctx->layout, i);

      jm_color_parse (jm_persona_get_color (lane->persona), &colors[i]);
      if (!is_visible (ctx, &lane->lane))
        continue;

      paint_lane_body (ctx, lane, &colors[i]);
      if (is_visible (ctx, &lane->header))
        paint_lane_header (ctx, lane, jm_layout_get_lane_content (ctx->layout, i), &colors[i]);
    }

  for (guint i = 0; i < n_cards; i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (ctx->layout, i);
      JmRect reach = { card->rect.x - 8.0, card->rect.y - 8.0, card->rect.width + 16.0,
                       card->rect.height + 16.0 };

      if (is_visible (ctx, &reach))
        jm_painter_draw_card (ctx->cr, ctx->layout, i, ctx->palette, &colors[card->lane],
                              ctx->selected == G_OBJECT (card->touchpoint));
    }

  for (guint i = 0; i < n_lanes; i++)
    {
      const JmLayoutLane *lane = jm_layout_get_lane (ctx->layout, i);

      paint_lane_curve (ctx, lane, &colors[i]);
      if (ctx->selected == G_OBJECT (lane->persona) && is_visible (ctx, &lane->lane))
        jm_painter_draw_focus_ring (ctx->cr, ctx->palette, &lane->lane, LANE_RADIUS);
    }
}

void
jm_painter_paint (JmLayout             *layout,
                  cairo_t              *cr,
                  const JmPaintOptions *options)
{
  PaintContext ctx;

  g_return_if_fail (JM_IS_LAYOUT (layout));
  g_return_if_fail (cr != NULL);

  ctx.cr = cr;
  ctx.layout = layout;
  ctx.palette = jm_palette_get (options != NULL && options->dark);
  ctx.selected = options != NULL ? options->selected : NULL;
  ctx.visible = (JmRect) { 0, 0, jm_layout_get_width (layout), jm_layout_get_height (layout) };

  cairo_save (cr);
  if (options != NULL && options->clip != NULL)
    {
      ctx.visible = *options->clip;
      cairo_rectangle (cr, ctx.visible.x, ctx.visible.y, ctx.visible.width, ctx.visible.height);
      cairo_clip (cr);
    }

  paint_background (&ctx);
  paint_title (&ctx);
  paint_legend (&ctx);
  paint_phase_headers (&ctx);
  paint_lanes (&ctx);

  cairo_restore (cr);
}

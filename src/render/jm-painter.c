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
 * outside it is skipped without being looked at: the cards come from
 * the layout's index of cells, the curve segments from a binary search
 * on x, so the cost of a redraw follows what is visible, not the size
 * of the map.
 */

#define G_LOG_DOMAIN "jm-painter"

#include "config.h"

#include <math.h>

#include "jm-painter-private.h"

#define HEADER_RADIUS 8.0
#define LANE_RADIUS 10.0
#define LEGEND_RADIUS 8.0
/* alpha of the background laid over what is outside the focus */
#define FOCUS_DIM 0.5


static void
paint_background (const JmPaintContext *ctx)
{
  cairo_rectangle (ctx->cr, 0, 0,
                   jm_layout_get_width (ctx->layout), jm_layout_get_height (ctx->layout));
  jm_color_set_source (ctx->cr, &ctx->palette->background);
  cairo_fill (ctx->cr);
}

static void
paint_title (const JmPaintContext *ctx)
{
  const JmTitleContent *title = jm_layout_get_title_content (ctx->layout);

  if (!jm_paint_context_is_visible (ctx, jm_layout_get_title_rect (ctx->layout)))
    return;

  jm_painter_draw_text (ctx->cr, &title->title, &ctx->palette->text);
  jm_painter_draw_text (ctx->cr, &title->meta, &ctx->palette->text_secondary);
  jm_painter_draw_text (ctx->cr, &title->description, &ctx->palette->text_secondary);
}

static void
paint_legend_icon (const JmPaintContext *ctx,
                   const JmLegendEntry  *entry)
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

    case JM_LEGEND_MIXED:
      {
        JmRect mark = { cx - 5.5, cy - 5.5, 11.0, 11.0 };

        jm_painter_draw_class_mark (cr, ctx->palette, JM_RATING_CLASS_MIXED, &mark);
      }
      break;

    case JM_LEGEND_SPLIT:
      {
        JmRect mark = { icon->x, cy - 5.0, icon->width, 10.0 };

        jm_painter_draw_split_mark (cr, &ctx->palette->text, &mark);
      }
      break;

    case JM_LEGEND_SPREAD:
      {
        JmRect band = { icon->x, icon->y + 1.0, icon->width, icon->height - 2.0 };

        jm_painter_path_rounded_rect (cr, &band, 3.0);
        jm_color_set_source_alpha (cr, &ctx->palette->text_secondary, ctx->palette->spread_tint * 1.5);
        cairo_fill (cr);
        cairo_move_to (cr, icon->x, cy);
        cairo_line_to (cr, icon->x + icon->width, cy);
        cairo_set_line_width (cr, 2.0);
        jm_color_set_source (cr, &ctx->palette->text_secondary);
        cairo_stroke (cr);
      }
      break;

    case JM_LEGEND_EXPECTED:
      {
        static const double expected_dash[] = { 4.0, 3.0 };

        cairo_move_to (cr, icon->x, icon->y + icon->height - 2.0);
        cairo_curve_to (cr, cx, icon->y + icon->height - 2.0, cx, icon->y + 2.0,
                        icon->x + icon->width, icon->y + 2.0);
        cairo_set_dash (cr, expected_dash, G_N_ELEMENTS (expected_dash), 0);
        cairo_set_line_width (cr, 2.0);
        jm_color_set_source (cr, &ctx->palette->text_secondary);
        cairo_stroke (cr);
        cairo_set_dash (cr, NULL, 0, 0);
      }
      break;

    case JM_N_LEGEND_ENTRIES:
    default:
      g_assert_not_reached ();
    }
}

static void
paint_legend (const JmPaintContext *ctx)
{
  const JmRect *rect = jm_layout_get_legend_rect (ctx->layout);
  const JmLegendEntry *entries;
  guint n_entries;
  JmRect frame = { rect->x + 0.5, rect->y + 0.5, rect->width - 1.0, rect->height - 1.0 };

  if (!jm_paint_context_is_visible (ctx, rect))
    return;

  /* the expected curve's row is the last one: without the curve, the
   * frame ends above it */
  if (!ctx->show_expected)
    frame.height -= JM_LEGEND_ROW;

  jm_painter_path_rounded_rect (ctx->cr, &frame, LEGEND_RADIUS);
  jm_color_set_source (ctx->cr, &ctx->palette->surface);
  cairo_fill_preserve (ctx->cr);
  jm_color_set_source (ctx->cr, &ctx->palette->grid);
  cairo_set_line_width (ctx->cr, 1.0);
  cairo_stroke (ctx->cr);

  entries = jm_layout_get_legend_entries (ctx->layout, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      if (entries[i].kind == JM_LEGEND_EXPECTED && !ctx->show_expected)
        continue;
      paint_legend_icon (ctx, &entries[i]);
      jm_painter_draw_text (ctx->cr, &entries[i].label, &ctx->palette->text);
    }
}

static void
paint_phase_headers (const JmPaintContext *ctx)
{
  guint n = jm_layout_get_n_columns (ctx->layout);

  for (guint i = 0; i < n; i++)
    {
      const JmLayoutColumn *column = jm_layout_get_column (ctx->layout, i);
      JmRect box = { column->header.x + 3.0, column->header.y, column->header.width - 6.0,
                     column->header.height };

      if (!jm_paint_context_is_visible (ctx, &column->header))
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
paint_lane_header (const JmPaintContext *ctx,
                   const JmLayoutLane   *lane,
                   const JmLaneContent  *content,
                   const JmColor        *color)
{
  cairo_t *cr = ctx->cr;
  JmRect box = { lane->header.x, lane->header.y, lane->header.width - JM_LAYOUT_HEADER_INSET,
                 lane->header.height };
  JmColor fill = jm_color_mix (&ctx->palette->surface, color, ctx->palette->lane_tint * 1.5);

  jm_painter_path_rounded_rect (cr, &box, LANE_RADIUS);
  jm_color_set_source (cr, &fill);
  cairo_fill (cr);
  jm_painter_path_rounded_slice (cr, &box, LANE_RADIUS, box.x, box.x + 8.0);
  jm_color_set_source (cr, color);
  cairo_fill (cr);

  jm_painter_draw_text (cr, &content->name, &ctx->palette->text);
  jm_painter_draw_text (cr, &content->detail, &ctx->palette->text_secondary);
  jm_painter_draw_text (cr, &content->band_label, &ctx->palette->text_secondary);
  for (guint i = 0; i < G_N_ELEMENTS (content->axis); i++)
    jm_painter_draw_text (cr, &content->axis[i], &ctx->palette->text_secondary);
}

/* @rect rounded by @radius, as a path. Where none of its corners is
 * in view, only the part of it in view (and a unit around, so its
 * edges stay out of sight) as a plain rectangle: a lane reaches across
 * the whole view, and cairo fills a rectangle many times faster than
 * it works out the coverage of a curved outline that large. */
static void
path_rounded_rect_in_view (const JmPaintContext *ctx,
                           const JmRect         *rect,
                           double                radius)
{
  double r = MIN (radius, MIN (rect->width, rect->height) / 2.0);
  double right = rect->x + rect->width - r, bottom = rect->y + rect->height - r;
  const JmRect corners[] = {
    { rect->x, rect->y, r, r }, { right, rect->y, r, r },
    { rect->x, bottom, r, r }, { right, bottom, r, r },
  };
  double x0, y0, x1, y1;

  for (guint i = 0; i < G_N_ELEMENTS (corners); i++)
    if (jm_paint_context_is_visible (ctx, &corners[i]))
      {
        jm_painter_path_rounded_rect (ctx->cr, rect, radius);
        return;
      }

  x0 = MAX (rect->x, ctx->visible.x - 1.0);
  y0 = MAX (rect->y, ctx->visible.y - 1.0);
  x1 = MIN (rect->x + rect->width, ctx->visible.x + ctx->visible.width + 1.0);
  y1 = MIN (rect->y + rect->height, ctx->visible.y + ctx->visible.height + 1.0);
  if (x1 > x0 && y1 > y0)
    cairo_rectangle (ctx->cr, x0, y0, x1 - x0, y1 - y0);
}

static void
paint_lane_body (const JmPaintContext *ctx,
                 const JmLayoutLane   *lane,
                 const JmColor        *color)
{
  cairo_t *cr = ctx->cr;
  guint n_columns = jm_layout_get_n_columns (ctx->layout);
  JmRect body = { lane->band.x, lane->lane.y, lane->band.width, lane->lane.height };
  static const double dash[] = { 4.0, 3.0 };
  JmColor tint;

  if (body.width <= 0.0)
    return;

  /* The lane's tint over the page, as one opaque colour: the same
   * pixels, but cairo sets them instead of blending each one, which
   * over a whole view is most of what the lane costs. */
  path_rounded_rect_in_view (ctx, &body, LANE_RADIUS);
  tint = jm_color_mix (&ctx->palette->background, color, ctx->palette->lane_tint);
  jm_color_set_source (cr, &tint);
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
paint_lanes (const JmPaintContext *ctx)
{
  guint n_lanes = jm_layout_get_n_lanes (ctx->layout);
  g_autofree JmColor *colors = g_new (JmColor, MAX (1, n_lanes));
  g_autoptr(GArray) cards = g_array_new (FALSE, FALSE, sizeof (guint));
  /* a card's shadow and focus ring reach this far beyond it */
  JmRect reach = { ctx->visible.x - 8.0, ctx->visible.y - 8.0, ctx->visible.width + 16.0,
                   ctx->visible.height + 16.0 };
  JmCurveLayer *curves;
  JmGlanceBatch glance;

  for (guint i = 0; i < n_lanes; i++)
    jm_color_parse (jm_persona_get_color (jm_layout_get_lane (ctx->layout, i)->persona),
                    &colors[i]);

  /* the curves, on another core where that pays, while the lanes and
   * cards are painted here; they go over both */
  jm_layout_collect_cards_in_rect (ctx->layout, &reach, cards);
  curves = jm_curve_layer_start (ctx, colors, cards->len);

  for (guint i = 0; i < n_lanes; i++)
    {
      const JmLayoutLane *lane = jm_layout_get_lane (ctx->layout, i);

      if (!jm_paint_context_is_visible (ctx, &lane->lane))
        continue;

      paint_lane_body (ctx, lane, &colors[i]);
      if (jm_paint_context_is_visible (ctx, &lane->header))
        paint_lane_header (ctx, lane, jm_layout_get_lane_content (ctx->layout, i), &colors[i]);
    }

  jm_glance_batch_init (&glance, ctx->cr);
  for (guint k = 0; k < cards->len; k++)
    {
      guint i = g_array_index (cards, guint, k);
      const JmLayoutCard *card = jm_layout_get_card (ctx->layout, i);

      jm_painter_draw_card_full (ctx->cr, ctx->layout, i, ctx->palette, &colors[card->lane],
                                 ctx->selected == G_OBJECT (card->touchpoint),
                                 ctx->hide_ratings, &glance);
    }
  jm_glance_batch_finish (&glance, ctx->cr, ctx->palette);

  if (curves != NULL)
    jm_curve_layer_finish (curves, ctx->cr);

  for (guint i = 0; i < n_lanes; i++)
    {
      const JmLayoutLane *lane = jm_layout_get_lane (ctx->layout, i);

      if (curves == NULL)
        jm_painter_paint_lane_curve (ctx, i, lane, &colors[i]);
      if (ctx->selected == G_OBJECT (lane->persona) && jm_paint_context_is_visible (ctx, &lane->lane))
        jm_painter_draw_focus_ring (ctx->cr, ctx->palette, &lane->lane, LANE_RADIUS);
    }
}

/* Presenting one persona or phase: a veil of the background colour
 * over the grid outside its lane or column. The headers that name the
 * focused lane's columns (or the focused column's lanes) stay clear. */
static void
paint_focus (const JmPaintContext *ctx)
{
  cairo_t *cr = ctx->cr;
  const JmRect *title = jm_layout_get_title_rect (ctx->layout);
  double top = title->y + title->height;
  double width = jm_layout_get_width (ctx->layout);
  double height = jm_layout_get_height (ctx->layout);
  guint n_lanes = jm_layout_get_n_lanes (ctx->layout);
  guint n_columns = jm_layout_get_n_columns (ctx->layout);
  gboolean found = FALSE;

  cairo_new_path (cr);
  cairo_rectangle (cr, 0, top, width, height - top);

  if (JM_IS_PERSONA (ctx->focus))
    {
      for (guint i = 0; i < n_lanes && !found; i++)
        {
          const JmLayoutLane *lane = jm_layout_get_lane (ctx->layout, i);

          if (G_OBJECT (lane->persona) != ctx->focus)
            continue;
          found = TRUE;
          cairo_rectangle (cr, lane->lane.x - 4.0, lane->lane.y - 4.0,
                           lane->lane.width + 8.0, lane->lane.height + 8.0);
          if (n_columns > 0)
            {
              const JmLayoutColumn *c0 = jm_layout_get_column (ctx->layout, 0);

              cairo_rectangle (cr, c0->header.x, c0->header.y,
                               n_columns * c0->header.width, c0->header.height);
            }
        }
    }
  else if (JM_IS_PHASE (ctx->focus))
    {
      for (guint i = 0; i < n_columns && !found; i++)
        {
          const JmLayoutColumn *column = jm_layout_get_column (ctx->layout, i);

          if (G_OBJECT (column->phase) != ctx->focus)
            continue;
          found = TRUE;
          cairo_rectangle (cr, column->column.x, column->column.y,
                           column->column.width, column->column.height);
          for (guint l = 0; l < n_lanes; l++)
            {
              const JmRect *header = &jm_layout_get_lane (ctx->layout, l)->header;

              cairo_rectangle (cr, header->x, header->y, header->width, header->height);
            }
        }
    }

  if (!found)
    {
      cairo_new_path (cr);
      return;
    }

  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  jm_color_set_source_alpha (cr, &ctx->palette->background, FOCUS_DIM);
  cairo_fill (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
}

void
jm_painter_paint (JmLayout             *layout,
                  cairo_t              *cr,
                  const JmPaintOptions *options)
{
  JmPaintContext ctx;

  g_return_if_fail (JM_IS_LAYOUT (layout));
  g_return_if_fail (cr != NULL);

  ctx.cr = cr;
  ctx.layout = layout;
  ctx.palette = jm_palette_get (options != NULL && options->dark);
  ctx.selected = options != NULL ? options->selected : NULL;
  ctx.hide_ratings = options != NULL && options->hide_ratings;
  ctx.show_expected = options != NULL && options->show_expected;
  ctx.focus = options != NULL ? options->focus : NULL;
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
  if (ctx.focus != NULL)
    paint_focus (&ctx);

  cairo_restore (cr);
}

/* How far a focus ring reaches beyond what it rings. */
#define SELECTION_REACH 8.0

static JmRect
grow_rect (const JmRect *rect,
           double        by)
{
  return (JmRect) { rect->x - by, rect->y - by, rect->width + 2 * by, rect->height + 2 * by };
}

guint
jm_painter_get_selection_extents (JmLayout *layout,
                                  GObject  *object,
                                  JmRect    extents[JM_PAINTER_MAX_SELECTION_EXTENTS])
{
  guint n = 0;
  int index;

  g_return_val_if_fail (JM_IS_LAYOUT (layout), 0);

  if (JM_IS_TOUCHPOINT (object))
    {
      const JmLayoutCard *card = jm_layout_find_card (layout, JM_TOUCHPOINT (object));
      const JmCurvePoint *point = jm_layout_find_point (layout, JM_TOUCHPOINT (object), NULL);

      if (card == NULL)
        return 0;
      extents[n++] = grow_rect (&card->rect, SELECTION_REACH);

      /* the ring around its point on the curve */
      if (point != NULL)
        {
          JmRect at = { point->x, point->y, 0, 0 };

          extents[n++] = grow_rect (&at, JM_LAYOUT_POINT_RADIUS + SELECTION_REACH);
        }
    }
  else if (JM_IS_PERSONA (object) && (index = jm_layout_find_lane (layout, JM_PERSONA (object))) >= 0)
    {
      extents[n++] = grow_rect (&jm_layout_get_lane (layout, index)->lane, SELECTION_REACH);
    }
  else if (JM_IS_PHASE (object) && (index = jm_layout_find_column (layout, JM_PHASE (object))) >= 0)
    {
      extents[n++] = grow_rect (&jm_layout_get_column (layout, index)->header, SELECTION_REACH);
    }

  return n;
}

/* jm-card-glance.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card seen from afar: zoomed out so far that its text cannot be
 * read, the card keeps its frame (jm-card-painter.c) and shows the
 * rest as a thumbnail would, at a fraction of the cost.
 */

#define G_LOG_DOMAIN "jm-card-painter"

#include "config.h"

#include "jm-painter-private.h"

/* The ratings bar alone, its parts on whole pixels: the marks beside
 * it would be specks. */
static void
draw_results_glance (cairo_t             *cr,
                     const JmCardContent *content,
                     const JmPalette     *palette)
{
  const JmRatingSummary *summary = &content->summary;
  double x = content->bar.x;

  for (guint i = 0; i < JM_N_RATINGS; i++)
    {
      double w = content->bar.width * summary->counts[i] / summary->total;

      if (w > 0.0)
        {
          cairo_new_path (cr);
          jm_painter_path_device_box (cr, x, content->bar.y, w, content->bar.height);
          jm_color_set_source (cr, jm_palette_get_rating_color (palette, i));
          cairo_fill (cr);
        }
      x += w;
    }
}

/* A card too small to read, zoomed far out: its text as bars in two
 * fills, the title's darker, and the ratings as their bar, whose
 * colours are what a map seen whole is read by. The house, the marks
 * and the counts would be specks of a pixel or two. */
void
jm_painter_draw_card_glance (cairo_t             *cr,
                             const JmCardContent *content,
                             const JmPalette     *palette,
                             gboolean             hide_ratings)
{
  const JmText *texts[] = {
    &content->channel, &content->detail, &content->owner, &content->expected,
  };
  gboolean has_votes = content->summary.total > 0;

  if (content->is_super)
    jm_painter_draw_star (cr, palette, &content->star);
  if (has_votes && !hide_ratings)
    draw_results_glance (cr, content, palette);

  cairo_new_path (cr);
  jm_painter_path_text_bars (cr, &content->title);
  jm_painter_fill_text_bars (cr, &palette->text);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    jm_painter_path_text_bars (cr, texts[i]);
  if (has_votes && hide_ratings)
    jm_painter_path_text_bars (cr, &content->hidden);
  jm_painter_fill_text_bars (cr, &palette->text_secondary);
}

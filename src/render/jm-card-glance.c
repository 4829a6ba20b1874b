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

void
jm_glance_batch_init (JmGlanceBatch *batch,
                      cairo_t       *cr)
{
  g_return_if_fail (batch != NULL && cr != NULL);

  cairo_get_matrix (cr, &batch->ctm);
  for (guint i = 0; i < JM_GLANCE_N_FILLS; i++)
    batch->boxes[i] = g_array_new (FALSE, FALSE, sizeof (cairo_rectangle_t));
  /* for the frames' stamps, while the cards are painted */
  jm_pixel_target_attach (cr);
}

void
jm_glance_batch_finish (JmGlanceBatch   *batch,
                        cairo_t         *cr,
                        const JmPalette *palette)
{
  g_return_if_fail (batch != NULL && cr != NULL && palette != NULL);

  jm_pixel_target_detach (cr);
  for (guint i = 0; i < JM_N_RATINGS; i++)
    jm_device_boxes_fill (cr, batch->boxes[JM_GLANCE_RATING + i],
                          jm_palette_get_rating_color (palette, i), 1.0);
  jm_device_boxes_fill_text_bars (cr, batch->boxes[JM_GLANCE_TITLE], &palette->text);
  jm_device_boxes_fill_text_bars (cr, batch->boxes[JM_GLANCE_TEXT], &palette->text_secondary);

  for (guint i = 0; i < JM_GLANCE_N_FILLS; i++)
    g_clear_pointer (&batch->boxes[i], g_array_unref);
}

/* The ratings bar alone: the marks beside it would be specks. */
static void
add_results_glance (JmGlanceBatch       *batch,
                    const JmCardContent *content)
{
  const JmRatingSummary *summary = &content->summary;
  double x = content->bar.x;

  for (guint i = 0; i < JM_N_RATINGS; i++)
    {
      double w = content->bar.width * summary->counts[i] / summary->total;

      if (w > 0.0)
        jm_device_boxes_append (batch->boxes[JM_GLANCE_RATING + i], &batch->ctm,
                                x, content->bar.y, w, content->bar.height);
      x += w;
    }
}

static void
add_card_glance (JmGlanceBatch       *batch,
                 const JmCardContent *content,
                 gboolean             hide_ratings)
{
  const JmText *texts[] = {
    &content->channel, &content->detail, &content->owner, &content->expected,
  };
  gboolean has_votes = content->summary.total > 0;

  if (has_votes && !hide_ratings)
    add_results_glance (batch, content);

  jm_device_boxes_append_text_bars (batch->boxes[JM_GLANCE_TITLE], &batch->ctm, &content->title);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    jm_device_boxes_append_text_bars (batch->boxes[JM_GLANCE_TEXT], &batch->ctm, texts[i]);
  if (has_votes && hide_ratings)
    jm_device_boxes_append_text_bars (batch->boxes[JM_GLANCE_TEXT], &batch->ctm, &content->hidden);
}

/* A card too small to read, zoomed far out: its text as bars, the
 * title's darker, and the ratings as their bar, whose colours are what
 * a map seen whole is read by. The house, the marks and the counts
 * would be specks of a pixel or two. */
void
jm_painter_draw_card_glance (cairo_t             *cr,
                             JmGlanceBatch       *batch,
                             const JmCardContent *content,
                             const JmPalette     *palette,
                             gboolean             hide_ratings)
{
  JmGlanceBatch own;

  g_return_if_fail (cr != NULL && content != NULL && palette != NULL);

  if (content->is_super)
    jm_painter_draw_star (cr, palette, &content->star);

  if (batch != NULL)
    {
      add_card_glance (batch, content, hide_ratings);
      return;
    }

  jm_glance_batch_init (&own, cr);
  add_card_glance (&own, content, hide_ratings);
  jm_glance_batch_finish (&own, cr, palette);
}

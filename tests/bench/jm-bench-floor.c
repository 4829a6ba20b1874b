/* jm-bench-floor.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The floors each figure is measured against: the least the same work
 * can cost with the same libraries and none of our logic. */

#include "config.h"

#include <json-glib/json-glib.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "jm-bench.h"
#include "jm-layout-private.h"

/* The load floor: json-glib parsing the file, with no model built. */
void
jm_bench_load_floor (gpointer data)
{
  JmBench *b = data;
  /* the parser the loader uses: an immutable one seals the tree, which
   * is one more pass and a floor some 3 % higher than it need be */
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, b->json, b->json_length, &error);
  g_assert_no_error (error);
}

/* One text block of the floor, drawn from the glyphs the layout shaped:
 * shaping is a cost of laying out, which the floor leaves out. */
static void
draw_floor_text (cairo_t      *cr,
                 const JmText *text)
{
  if (text->layout == NULL)
    return;

  cairo_move_to (cr, text->x, text->y);
  pango_cairo_show_layout (cr, text->layout);
}

/* The floor: each card's box and every text it shows, drawn straight
 * with cairo and pango at the places the layout found, with no layout
 * logic (not even shaping), no styling and none of the marks, bars,
 * curves or headers. */
void
jm_bench_draw_floor (JmBench *b,
                     cairo_t *cr)
{
  guint n = jm_layout_get_n_cards (b->layout);

  /* the page first, as any map has: cairo's PDF writer tracks what each
   * operation covers, and without one big region to fall inside that
   * grows quadratically with the number of boxes */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  for (guint i = 0; i < n; i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (b->layout, i);
      const JmCardContent *content = jm_layout_get_card_content (b->layout, i);
      const JmText *texts[] = {
        &content->title, &content->channel, &content->detail, &content->owner,
        &content->counts[0], &content->counts[1], &content->counts[2],
        &content->verdict, &content->expected,
      };

      cairo_set_source_rgb (cr, 0.9, 0.93, 0.98);
      cairo_rectangle (cr, card->rect.x, card->rect.y, card->rect.width, card->rect.height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        draw_floor_text (cr, texts[t]);
    }
}

void
jm_bench_render_floor (gpointer data)
{
  JmBench *b = data;
  cairo_t *cr = cairo_create (b->full_surface);

  cairo_scale (cr, b->full_scale, b->full_scale);
  jm_bench_draw_floor (b, cr);
  cairo_destroy (cr);
  cairo_surface_flush (b->full_surface);
}

/* The floor of PDF production: the same boxes and titles at full size
 * through cairo's PDF writer, which is where a PDF export's time goes. */
void
jm_bench_pdf_floor (gpointer data)
{
  JmBench *b = data;
  g_autofree char *path = g_build_filename (b->tmpdir, "floor.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, jm_layout_get_width (b->layout),
                                                       jm_layout_get_height (b->layout));
  cairo_t *cr = cairo_create (surface);

  jm_bench_draw_floor (b, cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert (cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

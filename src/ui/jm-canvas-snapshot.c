/* jm-canvas-snapshot.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the canvas draws a frame: the static map from the tile cache as
 * textures, drag feedback painted on top, and the inline editor.
 */

#define G_LOG_DOMAIN "jm-canvas"

#include "config.h"

#include <adwaita.h>

#include "jm-canvas-private.h"
#include "jm-overlay.h"
#include "jm-palette.h"

static void
paint_page_shadow (JmCanvas    *self,
                   GtkSnapshot *snapshot,
                   double       x,
                   double       y,
                   gboolean     dark)
{
  GskRoundedRect outline;
  GdkRGBA shadow = { 0.0, 0.0, 0.0, dark ? 0.5 : 0.18 };

  gsk_rounded_rect_init_from_rect (&outline,
                                   &GRAPHENE_RECT_INIT (x, y,
                                                        jm_layout_get_width (self->layout) * self->zoom,
                                                        jm_layout_get_height (self->layout) * self->zoom),
                                   0.0);
  gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0.0, 1.0, 1.0, 6.0);
}

/* The entry's own background is translucent: give it the card's colour
 * so the item's text does not show through. */
static void
snapshot_editor (JmCanvas    *self,
                 GtkSnapshot *snapshot,
                 gboolean     dark)
{
  const JmColor *card = &jm_palette_get (dark)->card;
  GdkRGBA color = { card->red, card->green, card->blue, 1.0 };
  graphene_rect_t bounds;
  GskRoundedRect outline;

  if (gtk_widget_get_child_visible (self->editor)
      && gtk_widget_compute_bounds (self->editor, GTK_WIDGET (self), &bounds))
    {
      gsk_rounded_rect_init_from_rect (&outline, &bounds, 6.0);
      gtk_snapshot_push_rounded_clip (snapshot, &outline);
      gtk_snapshot_append_color (snapshot, &color, &bounds);
      gtk_snapshot_pop (snapshot);
    }

  gtk_widget_snapshot_child (GTK_WIDGET (self), self->editor, snapshot);
}

typedef struct
{
  GtkSnapshot *snapshot;
  double       origin_x;   /* widget pixels, on the device pixel grid */
  double       origin_y;
  int          scale_factor;
} TileSnapshot;

/* A tile's pixels as a texture, made once per painted tile: GTK keeps
 * the texture on the GPU, so frames that only scroll or show drag
 * feedback upload nothing. */
static GdkTexture *
get_tile_texture (const JmTile *tile)
{
  GdkTexture *texture = jm_tile_get_data (tile);
  g_autoptr(GBytes) bytes = NULL;

  if (texture != NULL)
    return texture;

  /* no copy: the texture keeps the surface alive, and a tile's pixels
   * never change once painted (a stale tile is replaced, not redrawn) */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (tile->surface),
                                      (gsize) cairo_image_surface_get_stride (tile->surface)
                                      * tile->height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (tile->surface));
  /* CAIRO_FORMAT_ARGB32 is GDK_MEMORY_DEFAULT in memory order */
  texture = gdk_memory_texture_new (tile->width, tile->height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (tile->surface));
  jm_tile_set_data (tile, texture, g_object_unref);
  return texture;
}

static void
snapshot_tile (const JmTile *tile,
               gpointer      user_data)
{
  TileSnapshot *ts = user_data;

  gtk_snapshot_append_texture (ts->snapshot, get_tile_texture (tile),
                               &GRAPHENE_RECT_INIT (ts->origin_x + (double) tile->x / ts->scale_factor,
                                                    ts->origin_y + (double) tile->y / ts->scale_factor,
                                                    (double) tile->width / ts->scale_factor,
                                                    (double) tile->height / ts->scale_factor));
}

static gboolean
fill_tiles (gpointer user_data)
{
  JmCanvas *self = user_data;

  if (jm_tile_cache_fill (self->tiles))
    return G_SOURCE_CONTINUE;

  self->fill_id = 0;
  return G_SOURCE_REMOVE;
}

/* After opening, zooming or a jump most tiles are missing: the view is
 * then painted whole, which is quicker. Its tiles and those around the
 * view are painted when idle, after frames, so that scrolling on and
 * dragging only composite. */
static void
snapshot_map (JmCanvas             *self,
              const JmRect         *visible,
              double                scale,
              const JmPaintOptions *options,
              TileSnapshot         *ts)
{
  const JmTile *view = jm_tile_cache_paint_view (self->tiles, visible, scale, options);

  if (view != NULL)
    snapshot_tile (view, ts);
  else
    jm_tile_cache_foreach (self->tiles, visible, scale, options, snapshot_tile, ts);

  if (self->fill_id == 0)
    self->fill_id = g_idle_add (fill_tiles, self);
}

void
jm_canvas_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  JmCanvas *self = JM_CANVAS (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  int scale_factor = gtk_widget_get_scale_factor (widget);
  double origin_x, origin_y, x0, y0, x1, y1;
  JmRect visible;
  JmPaintOptions options = { 0 };
  JmOverlay overlay = { 0 };
  TileSnapshot ts;
  cairo_t *cr;

  if (self->layout == NULL || width <= 0 || height <= 0)
    return;

  origin_x = jm_canvas_get_origin (self, GTK_ORIENTATION_HORIZONTAL);
  origin_y = jm_canvas_get_origin (self, GTK_ORIENTATION_VERTICAL);
  paint_page_shadow (self, snapshot, origin_x, origin_y, dark);

  x0 = MAX (0.0, origin_x);
  y0 = MAX (0.0, origin_y);
  x1 = MIN (width, origin_x + jm_layout_get_width (self->layout) * self->zoom);
  y1 = MIN (height, origin_y + jm_layout_get_height (self->layout) * self->zoom);
  if (x1 <= x0 || y1 <= y0)
    return;

  visible.x = (x0 - origin_x) / self->zoom;
  visible.y = (y0 - origin_y) / self->zoom;
  visible.width = (x1 - x0) / self->zoom;
  visible.height = (y1 - y0) / self->zoom;

  options.dark = dark;
  options.selected = self->selection;
  options.hide_ratings = self->results_hidden;
  options.show_expected = self->show_expected;
  options.focus = self->present_focus;

  ts.snapshot = snapshot;
  ts.origin_x = origin_x;
  ts.origin_y = origin_y;
  ts.scale_factor = scale_factor;
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (x0, y0, x1 - x0, y1 - y0));
  snapshot_map (self, &visible, self->zoom * scale_factor, &options, &ts);
  gtk_snapshot_pop (snapshot);

  /* Cell highlight and drag feedback on top of the static map; a dragged
   * card may leave the page, so this one covers the whole widget. */
  jm_canvas_fill_overlay (self, &overlay);
  overlay.dark = dark;
  if (jm_overlay_is_empty (&overlay))
    goto children;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_translate (cr, origin_x, origin_y);
  cairo_scale (cr, self->zoom, self->zoom);
  jm_overlay_paint (self->layout, cr, &overlay);
  cairo_destroy (cr);

children:
  if (self->editor != NULL)
    snapshot_editor (self, snapshot, dark);
}

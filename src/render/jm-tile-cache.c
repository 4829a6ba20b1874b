/* jm-tile-cache.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The static map, painted once into square tiles and kept until the
 * layout, the scale or the paint options change, as Sysprof keeps its
 * flame graph: scrolling paints only the tiles that come into view, and
 * drag feedback is drawn on top of tiles that stay as they are. A new
 * selection repaints only the tiles its focus rings touch, and an edit
 * only the tiles of the layout's damage (a card and its curve band).
 */

#define G_LOG_DOMAIN "jm-tile-cache"

#include "config.h"

#include <math.h>

#include "jm-layout-private.h"
#include "jm-tile-cache-private.h"

/* Tile surfaces kept for reuse: a new surface is memory the kernel has
 * to find and zero, which cost as much as painting a sparse frame. */
#define MAX_SPARE_SURFACES 256

G_DEFINE_FINAL_TYPE (JmTileCache, jm_tile_cache, G_TYPE_OBJECT)

static gint64
make_key (int column,
          int row)
{
  return ((gint64) column << 32) | (guint32) row;
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  if (entry->destroy_data != NULL)
    entry->destroy_data (entry->data);

  /* a surface a texture still shows is left to it */
  if (cairo_surface_get_reference_count (entry->tile.surface) == 1 &&
      entry->cache->spare->len < MAX_SPARE_SURFACES)
    g_ptr_array_add (entry->cache->spare, entry->tile.surface);
  else
    cairo_surface_destroy (entry->tile.surface);
  g_free (entry);
}

gpointer
jm_tile_get_data (const JmTile *tile)
{
  g_return_val_if_fail (tile != NULL, NULL);

  return ((const Entry *) tile)->data;
}

void
jm_tile_set_data (const JmTile   *tile,
                  gpointer        data,
                  GDestroyNotify  destroy)
{
  Entry *entry = (Entry *) tile;

  g_return_if_fail (tile != NULL);

  if (entry->destroy_data != NULL)
    entry->destroy_data (entry->data);
  entry->data = data;
  entry->destroy_data = destroy;
}

static void
jm_tile_cache_finalize (GObject *object)
{
  JmTileCache *self = JM_TILE_CACHE (object);

  /* the entries first: freeing them fills the spare list */
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->spare, g_ptr_array_unref);
  g_clear_pointer (&self->block, cairo_surface_destroy);
  jm_tile_cache_release_view (self);
  g_clear_object (&self->options.selected);
  g_clear_object (&self->options.focus);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (jm_tile_cache_parent_class)->finalize (object);
}

static void
jm_tile_cache_class_init (JmTileCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = jm_tile_cache_finalize;
}

static void
jm_tile_cache_init (JmTileCache *self)
{
  self->entries = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, entry_free);
  self->spare = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
}

JmTileCache *
jm_tile_cache_new (JmLayout *layout)
{
  JmTileCache *self;
  JmRect damage[JM_LAYOUT_MAX_DAMAGE];
  guint n_damage;

  g_return_val_if_fail (JM_IS_LAYOUT (layout), NULL);

  self = g_object_new (JM_TYPE_TILE_CACHE, NULL);
  self->layout = g_object_ref (layout);
  self->serial = jm_layout_get_serial (layout);
  /* nothing is painted yet: what changed before does not matter */
  jm_layout_take_damage (layout, damage, &n_damage);
  return self;
}

void
jm_tile_cache_invalidate (JmTileCache  *self,
                          const JmRect *area)
{
  GHashTableIter iter;
  Entry *entry;

  g_return_if_fail (JM_IS_TILE_CACHE (self));

  /* nor can tiles be copied out of the last view there any more */
  if (self->view != NULL && (area == NULL || jm_rect_intersects (&self->view->tile.rect, area)))
    g_clear_pointer (&self->view, jm_tile_cache_view_free);

  if (area == NULL)
    {
      g_hash_table_remove_all (self->entries);
      return;
    }

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    if (jm_rect_intersects (&entry->tile.rect, area))
      g_hash_table_iter_remove (&iter);
}

static void
invalidate_selection (JmTileCache *self,
                      GObject     *selected)
{
  JmRect extents[JM_PAINTER_MAX_SELECTION_EXTENTS];
  guint n;

  if (selected == NULL)
    return;

  n = jm_painter_get_selection_extents (self->layout, selected, extents);
  for (guint i = 0; i < n; i++)
    jm_tile_cache_invalidate (self, &extents[i]);
}

static Entry *
add_tile (JmTileCache *self,
          int          column,
          int          row)
{
  Entry *entry = g_new0 (Entry, 1);
  double size = JM_TILE_SIZE / self->scale;

  entry->cache = self;
  entry->key = make_key (column, row);
  entry->tile.column = column;
  entry->tile.row = row;
  entry->tile.x = column * JM_TILE_SIZE;
  entry->tile.y = row * JM_TILE_SIZE;
  entry->tile.width = JM_TILE_SIZE;
  entry->tile.height = JM_TILE_SIZE;
  entry->tile.rect = (JmRect) { column * size, row * size, size, size };
  /* every pixel is copied over, so a spare needs no clearing */
  if (self->spare->len > 0)
    entry->tile.surface = g_ptr_array_steal_index_fast (self->spare, self->spare->len - 1);
  else
    entry->tile.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                      JM_TILE_SIZE, JM_TILE_SIZE);
  g_hash_table_insert (self->entries, &entry->key, entry);
  return entry;
}

/* A new tile (@column, @row) copied out of @source, a larger picture of
 * the map whose device pixel (@x, @y) is the tile's top left corner. */
void
jm_tile_cache_add_tile_from (JmTileCache     *self,
                             int              column,
                             int              row,
                             cairo_surface_t *source,
                             double           x,
                             double           y)
{
  Entry *entry = add_tile (self, column, row);
  cairo_t *cr = cairo_create (entry->tile.surface);

  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, source, -x, -y);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_flush (entry->tile.surface);
}

/* Tile (@column, @row) in @old, the entries before a move. */
static Entry *
lookup_entry (GHashTable *old,
              int         column,
              int         row)
{
  gint64 key = make_key (column, row);

  return g_hash_table_lookup (old, &key);
}

/* Copies device rows @from … @to − 1 of tile column @column, as they
 * were @pixels rows higher up (lower if negative) in the @old tiles,
 * onto @cr, a tile whose top is device row @top; with @cr NULL, only
 * checks that they were all cached. */
static gboolean
copy_rows (cairo_t    *cr,
           GHashTable *old,
           int         column,
           int         top,
           int         from,
           int         to,
           int         pixels)
{
  for (int row = from; row < to;)
    {
      int source = row - pixels;
      int source_tile = (int) floor ((double) source / JM_TILE_SIZE);
      int offset = source - source_tile * JM_TILE_SIZE;
      int n = MIN (to - row, JM_TILE_SIZE - offset);
      Entry *entry = lookup_entry (old, column, source_tile);

      if (entry == NULL)
        return FALSE;

      if (cr != NULL)
        {
          cairo_set_source_surface (cr, entry->tile.surface, 0, row - top - offset);
          cairo_rectangle (cr, 0, row - top, JM_TILE_SIZE, n);
          cairo_fill (cr);
        }
      row += n;
    }

  return TRUE;
}

/* Tile (@column, @row) after the move, if its pixels were all cached:
 * its rows above device row @edge, where what moved begins now, as they
 * were, and its rows from @edge on as they were @pixels rows higher up. */
static void
add_moved_tile (JmTileCache *self,
                GHashTable  *old,
                int          column,
                int          row,
                int          edge,
                int          pixels)
{
  int top = row * JM_TILE_SIZE, bottom = top + JM_TILE_SIZE;
  int split = CLAMP (edge, top, bottom);
  Entry *entry;
  cairo_t *cr;

  if (!copy_rows (NULL, old, column, top, top, split, 0) ||
      !copy_rows (NULL, old, column, top, split, bottom, pixels))
    return;

  entry = add_tile (self, column, row);
  cr = cairo_create (entry->tile.surface);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  copy_rows (cr, old, column, top, top, split, 0);
  copy_rows (cr, old, column, top, split, bottom, pixels);
  cairo_destroy (cr);
  cairo_surface_flush (entry->tile.surface);
}

/* The layout moved everything from map y @y down by @dy (a lane grew
 * or shrank). Each cached tile in what moved is put together from the
 * one or two old tiles its pixels were in: a copy instead of a paint,
 * for all of the view below a card dragged along its lane. So is a tile
 * across the top of what moved when that moved up (a lane shrank and
 * its band came up into a row of tiles), from the old tile where it is
 * above that edge. Tiles whose old pixels are not all cached go, and
 * so does all of it where the move is not whole device pixels. */
static void
move_tiles (JmTileCache *self,
            double       y,
            double       dy)
{
  double shift = dy * self->scale;
  int pixels = (int) round (shift);
  /* the first device row of what moved, where it is now */
  double edge = (y + dy) * self->scale;
  int first_row = (int) ceil (edge - 1e-6);
  JmRect below = { -G_MAXFLOAT / 2, MIN (y, y + dy), G_MAXFLOAT, G_MAXFLOAT / 2 };
  g_autoptr(GHashTable) old = NULL;
  GHashTableIter iter;
  Entry *entry;

  if (fabs (shift - pixels) > 1e-6)
    {
      jm_tile_cache_invalidate (self, &below);
      return;
    }

  /* the last view painted whole has what moved where it was: no tile
   * can be copied out of it (every other change is invalidated) */
  if (self->view != NULL && jm_rect_intersects (&self->view->tile.rect, &below))
    g_clear_pointer (&self->view, jm_tile_cache_view_free);

  /* the tiles at or below the move, out of the cache while the new
   * ones are made from them */
  old = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, entry_free);
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    if (jm_rect_intersects (&entry->tile.rect, &below))
      {
        g_hash_table_iter_steal (&iter);
        g_hash_table_insert (old, &entry->key, entry);
      }

  g_hash_table_iter_init (&iter, old);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    {
      int top = entry->tile.row * JM_TILE_SIZE;
      /* across the edge: only when it is a whole row, and when moving
       * up (a lane that grew opened a strip there, which is damage) */
      gboolean across = top < first_row && top + JM_TILE_SIZE > first_row &&
                        dy < 0.0 && fabs (edge - first_row) <= 1e-6;

      if (top >= first_row || across)
        add_moved_tile (self, old, entry->tile.column, entry->tile.row, first_row, pixels);
    }
}

/* Drops what no longer matches: everything when the layout, the scale
 * or how the whole map looks changed; the old and new focus rings when
 * only the selection moved. */
void
jm_tile_cache_sync (JmTileCache          *self,
                    double                scale,
                    const JmPaintOptions *options)
{
  guint serial = jm_layout_get_serial (self->layout);
  JmRect damage[JM_LAYOUT_MAX_DAMAGE];
  guint n_damage;

  /* the layout's damage is taken even when the scale changed too, so
   * it never carries over into a later frame */
  if (serial != self->serial)
    {
      double y, dy;

      /* the move first: the damage is where things look different
       * after it */
      if (jm_layout_get_shift (self->layout, &y, &dy))
        move_tiles (self, y, dy);
      if (!jm_layout_take_damage (self->layout, damage, &n_damage))
        jm_tile_cache_invalidate (self, NULL);
      else
        for (guint i = 0; i < n_damage; i++)
          jm_tile_cache_invalidate (self, &damage[i]);
    }

  if (scale != self->scale ||
      !options->dark != !self->options.dark ||
      !options->hide_ratings != !self->options.hide_ratings ||
      !options->show_expected != !self->options.show_expected ||
      options->focus != self->options.focus)
    {
      jm_tile_cache_invalidate (self, NULL);
      /* tiles left to fill were at the old scale */
      if (scale != self->scale)
        self->has_fill = FALSE;
    }
  else if (options->selected != self->options.selected)
    {
      invalidate_selection (self, self->options.selected);
      invalidate_selection (self, options->selected);
    }

  self->serial = serial;
  self->scale = scale;
  self->options.dark = options->dark;
  self->options.hide_ratings = options->hide_ratings;
  self->options.show_expected = options->show_expected;
  g_set_object (&self->options.selected, options->selected);
  g_set_object (&self->options.focus, options->focus);
}

/* The block surface, at least @width × @height, cleared there. */
static cairo_surface_t *
get_block (JmTileCache *self,
           int          width,
           int          height)
{
  cairo_t *cr;

  if (self->block == NULL ||
      cairo_image_surface_get_width (self->block) < width ||
      cairo_image_surface_get_height (self->block) < height)
    {
      g_clear_pointer (&self->block, cairo_surface_destroy);
      self->block = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      return self->block;
    }

  cr = cairo_create (self->block);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_destroy (cr);
  return self->block;
}

/* Paints the block of tiles columns c0…c1 × rows r0…r1 in one pass of
 * the painter, then copies each tile's square out of it: the painter's
 * cost per call (lanes, curves, the index walk) is paid per block, not
 * per tile. */
static void
paint_block (JmTileCache *self,
             int          c0,
             int          c1,
             int          r0,
             int          r1)
{
  double unit = JM_TILE_SIZE / self->scale;
  JmPaintOptions options = self->options;
  cairo_surface_t *block;
  JmRect reach;
  cairo_t *cr;

  block = get_block (self, (c1 - c0 + 1) * JM_TILE_SIZE, (r1 - r0 + 1) * JM_TILE_SIZE);
  /* a unit wider than the block, so the painter's own clip never
   * falls inside it and leaves a soft edge */
  reach = (JmRect) { c0 * unit - 1.0, r0 * unit - 1.0, (c1 - c0 + 1) * unit + 2.0,
                     (r1 - r0 + 1) * unit + 2.0 };
  options.clip = &reach;

  cr = cairo_create (block);
  cairo_translate (cr, -(double) c0 * JM_TILE_SIZE, -(double) r0 * JM_TILE_SIZE);
  cairo_scale (cr, self->scale, self->scale);
  jm_painter_paint (self->layout, cr, &options);
  cairo_destroy (cr);

  for (int row = r0; row <= r1; row++)
    for (int column = c0; column <= c1; column++)
      {
        jm_tile_cache_add_tile_from (self, column, row, block, (double) (column - c0) * JM_TILE_SIZE,
                                     (double) (row - r0) * JM_TILE_SIZE);
        self->n_painted++;
      }
}

gboolean
jm_tile_cache_has_tile (JmTileCache *self,
                        int          column,
                        int          row)
{
  gint64 key = make_key (column, row);

  return g_hash_table_contains (self->entries, &key);
}

/* Paints the missing tiles of columns × rows in blocks that cover only
 * them: each row's runs of missing tiles, a run joined to the block
 * above when it spans the same columns. After an edit the damage is a
 * card, a cell or a curve band, not everything between them. */
void
jm_tile_cache_paint_missing (JmTileCache *self,
                             int          first_column,
                             int          last_column,
                             int          first_row,
                             int          last_row)
{
  /* runs of the previous rows still open: first column, last column,
   * first row, each awaiting a row that does not continue it */
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, 3 * sizeof (int));
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, 3 * sizeof (int));

  for (int row = first_row; row <= last_row + 1; row++)
    {
      int column = first_column;

      g_array_set_size (next, 0);
      while (row <= last_row && column <= last_column)
        {
          int run[3];

          if (jm_tile_cache_has_tile (self, column, row))
            {
              column++;
              continue;
            }

          run[0] = column;
          while (column <= last_column && !jm_tile_cache_has_tile (self, column, row))
            column++;
          run[1] = column - 1;
          run[2] = row;

          /* the same columns as a block above: grow that block */
          for (guint i = 0; i < open->len; i++)
            {
              int *block = &g_array_index (open, int, 3 * i);

              if (block[0] == run[0] && block[1] == run[1])
                {
                  run[2] = block[2];
                  block[0] = -1;   /* continued, not complete */
                  break;
                }
            }
          g_array_append_val (next, run);
        }

      /* blocks this row did not continue are complete */
      for (guint i = 0; i < open->len; i++)
        {
          int *block = &g_array_index (open, int, 3 * i);

          if (block[0] >= 0)
            paint_block (self, block[0], block[1], block[2], row - 1);
        }

      g_array_set_size (open, 0);
      g_array_append_vals (open, next->data, next->len);
    }
}

/* Keeps the tiles within half a view of the visible ones, so scrolling
 * back a little finds them, and memory does not grow with the map. */
static void
drop_far_tiles (JmTileCache *self,
                int          first_column,
                int          last_column,
                int          first_row,
                int          last_row)
{
  int keep_columns = (last_column - first_column) / 2 + 1;
  int keep_rows = (last_row - first_row) / 2 + 1;
  GHashTableIter iter;
  Entry *entry;

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&entry))
    if (entry->tile.column < first_column - keep_columns ||
        entry->tile.column > last_column + keep_columns ||
        entry->tile.row < first_row - keep_rows ||
        entry->tile.row > last_row + keep_rows)
      g_hash_table_iter_remove (&iter);
}

/* How many columns and rows of tiles the map takes at the current scale */
static void
get_map_tiles (JmTileCache *self,
               int         *columns,
               int         *rows)
{
  *columns = (int) ceil (jm_layout_get_width (self->layout) * self->scale / JM_TILE_SIZE);
  *rows = (int) ceil (jm_layout_get_height (self->layout) * self->scale / JM_TILE_SIZE);
}

/* The tiles that cover @visible at the current scale; FALSE if none
 * do (the view is off the map). */
static gboolean
get_range (JmTileCache  *self,
           const JmRect *visible,
           TileRange    *range)
{
  double scale = self->scale;
  int map_columns, map_rows;

  get_map_tiles (self, &map_columns, &map_rows);
  range->first_column = MAX (0.0, floor (visible->x * scale / JM_TILE_SIZE));
  range->first_row = MAX (0.0, floor (visible->y * scale / JM_TILE_SIZE));
  range->last_column = MIN (map_columns,
                            ceil ((visible->x + visible->width) * scale / JM_TILE_SIZE)) - 1;
  range->last_row = MIN (map_rows, ceil ((visible->y + visible->height) * scale / JM_TILE_SIZE)) - 1;

  return range->last_column >= range->first_column && range->last_row >= range->first_row;
}

/* Tiles this far around the last view are painted when idle: a scroll
 * step, or a lane that shrinks and pulls up what was below the view,
 * then finds what comes into view cached. */
#define FILL_MARGIN 2

guint
jm_tile_cache_count_missing (JmTileCache     *self,
                             const TileRange *range)
{
  guint n = 0;

  for (int row = range->first_row; row <= range->last_row; row++)
    for (int column = range->first_column; column <= range->last_column; column++)
      n += !jm_tile_cache_has_tile (self, column, row);

  return n;
}

/* @range grown by FILL_MARGIN tiles, within the map and within what
 * drop_far_tiles() keeps. */
static TileRange
grow_range (JmTileCache     *self,
            const TileRange *range)
{
  int columns = MIN (FILL_MARGIN, (range->last_column - range->first_column) / 2 + 1);
  int rows = MIN (FILL_MARGIN, (range->last_row - range->first_row) / 2 + 1);
  int map_columns, map_rows;

  get_map_tiles (self, &map_columns, &map_rows);

  return (TileRange) {
    MAX (0, range->first_column - columns), MIN (map_columns - 1, range->last_column + columns),
    MAX (0, range->first_row - rows), MIN (map_rows - 1, range->last_row + rows),
  };
}

/* Paints the missing tiles of row @row of @range; FALSE if none were. */
static gboolean
fill_row (JmTileCache     *self,
          const TileRange *range,
          int              row)
{
  TileRange line = *range;

  line.first_row = line.last_row = row;
  if (jm_tile_cache_count_missing (self, &line) == 0)
    return FALSE;

  jm_tile_cache_paint_missing (self, line.first_column, line.last_column, row, row);
  return TRUE;
}

/**
 * jm_tile_cache_fill:
 *
 * Paints a row of the tiles missing in and around the last view, as the
 * layout and options are now: the view's own rows first, then
 * FILL_MARGIN rows and columns around it. Tiles wholly inside a view
 * painted whole are copied out of it first, in one step. Frames after
 * it then only composite tiles. Meant to be called when idle until it
 * returns %FALSE.
 *
 * Returns: %TRUE if tiles may still be missing
 */
gboolean
jm_tile_cache_fill (JmTileCache *self)
{
  TileRange around;

  g_return_val_if_fail (JM_IS_TILE_CACHE (self), FALSE);

  if (!self->has_fill)
    return FALSE;

  /* an edit since the view was drawn damages tiles, as in a frame */
  jm_tile_cache_sync (self, self->scale, &self->options);
  around = grow_range (self, &self->fill);
  /* copied out of the view painted whole, if it still shows the map,
   * the tiles wholly inside it cost no painting */
  if (self->view != NULL && jm_tile_cache_copy_from_view (self, &around))
    return TRUE;
  /* the view's rows and those below it, then those above */
  for (int row = self->fill.first_row; row <= around.last_row; row++)
    if (fill_row (self, &around, row))
      return TRUE;
  for (int row = self->fill.first_row - 1; row >= around.first_row; row--)
    if (fill_row (self, &around, row))
      return TRUE;

  self->has_fill = FALSE;
  jm_tile_cache_release_view (self);
  return FALSE;
}

/* Syncs with the layout and the options, and finds the tiles of
 * @visible, dropping those far from it. What is around them is left to
 * jm_tile_cache_fill(). */
gboolean
jm_tile_cache_prepare_view (JmTileCache          *self,
                            const JmRect         *visible,
                            double                scale,
                            const JmPaintOptions *options,
                            TileRange            *range)
{
  jm_tile_cache_sync (self, scale, options);
  if (!get_range (self, visible, range))
    return FALSE;

  drop_far_tiles (self, range->first_column, range->last_column,
                  range->first_row, range->last_row);
  self->fill = *range;
  self->has_fill = TRUE;
  return TRUE;
}

void
jm_tile_cache_foreach (JmTileCache          *self,
                       const JmRect         *visible,
                       double                scale,
                       const JmPaintOptions *options,
                       JmTileFunc            func,
                       gpointer              user_data)
{
  TileRange range;

  g_return_if_fail (JM_IS_TILE_CACHE (self));
  g_return_if_fail (visible != NULL);
  g_return_if_fail (scale > 0.0);
  g_return_if_fail (options != NULL);
  g_return_if_fail (func != NULL);

  if (!jm_tile_cache_prepare_view (self, visible, scale, options, &range))
    return;

  jm_tile_cache_paint_missing (self, range.first_column, range.last_column, range.first_row, range.last_row);

  for (int row = range.first_row; row <= range.last_row; row++)
    for (int column = range.first_column; column <= range.last_column; column++)
      {
        gint64 key = make_key (column, row);

        func (&((Entry *) g_hash_table_lookup (self->entries, &key))->tile, user_data);
      }
}

typedef struct
{
  cairo_t *cr;
  int      x, y;
} Composite;

static void
composite_tile (const JmTile *tile,
                gpointer      user_data)
{
  Composite *composite = user_data;

  cairo_set_source_surface (composite->cr, tile->surface,
                            tile->x - composite->x, tile->y - composite->y);
  cairo_paint (composite->cr);
}

void
jm_tile_cache_draw (JmTileCache          *self,
                    cairo_t              *cr,
                    int                   x,
                    int                   y,
                    int                   width,
                    int                   height,
                    double                scale,
                    const JmPaintOptions *options)
{
  Composite composite = { cr, x, y };
  JmRect visible = { x / scale, y / scale, width / scale, height / scale };

  g_return_if_fail (JM_IS_TILE_CACHE (self));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  jm_tile_cache_foreach (self, &visible, scale, options, composite_tile, &composite);
  cairo_restore (cr);
}

guint
jm_tile_cache_get_n_painted (JmTileCache *self)
{
  g_return_val_if_fail (JM_IS_TILE_CACHE (self), 0);

  return self->n_painted;
}

guint
jm_tile_cache_get_n_cached (JmTileCache *self)
{
  g_return_val_if_fail (JM_IS_TILE_CACHE (self), 0);

  return g_hash_table_size (self->entries);
}

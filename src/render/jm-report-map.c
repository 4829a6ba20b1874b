/* jm-report-map.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map pages of a report: the whole map fitted to one page, unless
 * its smallest text would then fall below JM_REPORT_MIN_TEXT_SIZE; then
 * tiles at the largest scale that needs no more of them, each
 * repeating JM_REPORT_TILE_OVERLAP points of its neighbours.
 */

#define G_LOG_DOMAIN "jm-report"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "jm-report-private.h"

/* A map is never enlarged more than this to fill its page */
#define MAX_MAP_SCALE 2.0


static void
add_single_map_page (JmReport *self,
                     JmLayout *map)
{
  JmReportPage *page;
  JmRect source = { 0, 0, jm_layout_get_width (map), jm_layout_get_height (map) };
  double width, height, scale;

  jm_report_get_content_size (self, &width, &height);
  scale = MIN (MAX_MAP_SCALE, MIN (width / source.width, height / source.height));
  page = jm_report_add_page (self, _("Map"), NULL);
  jm_report_page_add_map (self, page, map, &source,
                          JM_REPORT_MARGIN + (width - source.width * scale) / 2.0,
                          JM_REPORT_MARGIN + JM_REPORT_HEADER, scale);
}

/* How many tiles of @size points, overlapping by JM_REPORT_TILE_OVERLAP, cover
 * @extent map units at @scale. */
static guint
count_tiles (double extent,
             double size,
             double scale)
{
  double step = size - JM_REPORT_TILE_OVERLAP;

  if (extent * scale <= size)
    return 1;

  return (guint) ceil ((extent * scale - size) / step) + 1;
}

static guint
add_tiled_map_pages (JmReport *self,
                     JmLayout *map,
                     double    min_scale)
{
  double map_width = jm_layout_get_width (map);
  double map_height = jm_layout_get_height (map);
  double width, height, scale;
  guint n_columns, n_rows;

  jm_report_get_content_size (self, &width, &height);
  /* room for the crop marks around each tile */
  width -= 2 * JM_REPORT_CROP_ZONE;
  height -= 2 * JM_REPORT_CROP_ZONE;
  n_columns = count_tiles (map_width, width, min_scale);
  n_rows = count_tiles (map_height, height, min_scale);

  /* As large as the same number of tiles allows. */
  scale = MIN (((n_columns - 1) * (width - JM_REPORT_TILE_OVERLAP) + width) / map_width,
               ((n_rows - 1) * (height - JM_REPORT_TILE_OVERLAP) + height) / map_height);
  scale = CLAMP (scale, min_scale, 1.0);

  for (guint row = 0; row < n_rows; row++)
    for (guint column = 0; column < n_columns; column++)
      {
        guint number = row * n_columns + column + 1;
        g_autofree char *title = NULL;
        JmReportPage *page;
        JmRect source;
        double x0 = JM_REPORT_MARGIN + JM_REPORT_CROP_ZONE;
        double y0 = JM_REPORT_MARGIN + JM_REPORT_HEADER + JM_REPORT_CROP_ZONE;
        double step_x = (width - JM_REPORT_TILE_OVERLAP) / scale, step_y = (height - JM_REPORT_TILE_OVERLAP) / scale;

        /* Translators: the outline entry and heading of one tile of a map
         * printed over several pages, e.g. "Map, part 2 of 6 — row 1, column 2" */
        title = g_strdup_printf (_("Map, part %u of %u — row %u, column %u"),
                                 number, n_rows * n_columns, row + 1, column + 1);
        page = jm_report_add_page (self, title, NULL);
        page->tile = TRUE;
        page->row = row;
        page->column = column;
        page->n_rows = n_rows;
        page->n_columns = n_columns;

        source.x = column * step_x;
        source.y = row * step_y;
        source.width = MIN (width / scale, map_width - source.x);
        source.height = MIN (height / scale, map_height - source.y);
        jm_report_page_add_map (self, page, map, &source, x0, y0, scale);
        page->image = (JmRect) { x0, y0, source.width * scale, source.height * scale };

        /* Where this tile's own part ends and the overlap begins: glue
         * the next tile's edge here. */
        page->cut.x = x0 + (column > 0 ? JM_REPORT_TILE_OVERLAP / 2.0 : 0.0);
        page->cut.y = y0 + (row > 0 ? JM_REPORT_TILE_OVERLAP / 2.0 : 0.0);
        page->cut.width = source.width * scale - (page->cut.x - x0)
                          - (column + 1 < n_columns ? JM_REPORT_TILE_OVERLAP / 2.0 : 0.0);
        page->cut.height = source.height * scale - (page->cut.y - y0)
                           - (row + 1 < n_rows ? JM_REPORT_TILE_OVERLAP / 2.0 : 0.0);
      }

  return n_rows * n_columns;
}

guint
jm_report_add_map_pages (JmReport *self,
                         JmLayout *map)
{
  double width, height, fit;
  double min_scale = JM_REPORT_MIN_TEXT_SIZE / JM_REPORT_MAP_SMALLEST_TEXT;

  jm_report_get_content_size (self, &width, &height);
  fit = MIN (width / jm_layout_get_width (map), height / jm_layout_get_height (map));

  if (fit >= min_scale)
    {
      add_single_map_page (self, map);
      return 1;
    }

  return add_tiled_map_pages (self, map, min_scale);
}

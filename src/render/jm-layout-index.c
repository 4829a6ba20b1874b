/* jm-layout-index.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding what lies in a region without walking the whole map: lanes
 * are sorted top to bottom (binary search), columns have one width
 * (arithmetic), and the cards of a cell are chained top to bottom. So a
 * redraw of the visible part of a 10,000-card map looks at the few
 * dozen cards there, not at all of them.
 */

#define G_LOG_DOMAIN "jm-layout-index"

#include "config.h"

#include <math.h>

#include "jm-layout-impl.h"

/* The first lane whose bottom is below @y. */
static guint
first_lane_below (JmLayout *self,
                  double    y)
{
  guint lo = 0, hi = self->lanes->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const JmRect *lane = &g_array_index (self->lanes, JmLayoutLane, mid).lane;

      if (lane->y + lane->height <= y)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

void
jm_layout_collect_cards_in_rect (JmLayout     *self,
                                 const JmRect *rect,
                                 GArray       *indices)
{
  guint n_columns;
  int c0, c1;
  double grid_x;

  g_return_if_fail (JM_IS_LAYOUT (self));
  g_return_if_fail (rect != NULL && indices != NULL);

  n_columns = self->columns->len;
  if (n_columns == 0 || self->lanes->len == 0 || self->cell_first == NULL)
    return;

  grid_x = g_array_index (self->columns, JmLayoutColumn, 0).column.x;
  c0 = (int) floor ((rect->x - grid_x) / JM_LAYOUT_COLUMN_WIDTH);
  c1 = (int) floor ((rect->x + rect->width - grid_x) / JM_LAYOUT_COLUMN_WIDTH);
  c0 = MAX (c0, 0);
  c1 = MIN (c1, (int) n_columns - 1);

  for (guint l = first_lane_below (self, rect->y); l < self->lanes->len; l++)
    {
      const JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, l);

      if (lane->lane.y >= rect->y + rect->height)
        break;

      for (int c = c0; c <= c1; c++)
        for (int i = self->cell_first[l * n_columns + c]; i >= 0; i = self->next[i])
          {
            const JmRect *card = &g_array_index (self->cards, JmLayoutCard, i).rect;

            if (card->y >= rect->y + rect->height)
              break;
            if (jm_rect_intersects (card, rect))
              {
                guint index = i;

                g_array_append_val (indices, index);
              }
          }
    }
}

/* jm-layout-update.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Incremental updates: after one change of the document, measure again
 * only what it touched. A card's content is measured again (its text
 * shaped again only where the text changed: see the text cache in
 * jm-layout-text.c), its lane flows again (cells keep their cards, so
 * that is arithmetic), and if the lane's height changed the lanes below
 * move down or up. Changes that move cards between cells, reorder or
 * add or remove anything, or touch the title block or the phase headers
 * fall back to jm_layout_update().
 */

#define G_LOG_DOMAIN "jm-layout-update"

#include "config.h"

#include "jm-layout-impl.h"

/* Flows lane @index again in place and moves what lies below it. */
static void
reflow_from_lane (JmLayout *self,
                  guint     index)
{
  JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, index);
  double old_bottom = lane->lane.y + lane->lane.height;
  double bottom = jm_layout_flow_lane (self, index, lane->lane.y);
  double dy = bottom - old_bottom;

  if (dy == 0.0)
    return;

  for (guint i = index + 1; i < self->lanes->len; i++)
    jm_layout_shift_lane (self, i, dy);

  for (guint c = 0; c < self->columns->len; c++)
    g_array_index (self->columns, JmLayoutColumn, c).column.height += dy;
  self->height += dy;
}

static void
update_card (JmLayout     *self,
             JmTouchpoint *touchpoint)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->card_index, touchpoint));
  JmLayoutCard *card;

  /* Not on the map (no such persona or phase): nothing shows it. */
  if (index == 0)
    return;

  card = &g_array_index (self->cards, JmLayoutCard, index - 1);
  jm_card_content_measure (&g_array_index (self->card_content, JmCardContent, index - 1),
                           self->context, touchpoint, JM_LAYOUT_CARD_WIDTH, &card->rect.height);
  /* freshly measured content sits at the origin */
  card->rect.x = card->rect.y = 0.0;
  reflow_from_lane (self, card->lane);
}

static gboolean
update_lane_header (JmLayout  *self,
                    JmPersona *persona)
{
  for (guint i = 0; i < self->lanes->len; i++)
    if (g_array_index (self->lanes, JmLayoutLane, i).persona == persona)
      {
        g_array_index (self->lane_text_h, double, i) =
          jm_lane_content_measure (&g_array_index (self->lane_content, JmLaneContent, i),
                                   self->context, persona);
        reflow_from_lane (self, i);
        return TRUE;
      }

  return FALSE;
}

/* TRUE if the change was taken care of, FALSE to update everything. */
static gboolean
apply_value (JmLayout       *self,
             const JmChange *change)
{
  const char *property = change->property;

  if (JM_IS_TOUCHPOINT (change->object))
    {
      /* which cell a card is in */
      if (g_str_equal (property, "persona") || g_str_equal (property, "phase"))
        return FALSE;
      update_card (self, JM_TOUCHPOINT (change->object));
      return TRUE;
    }

  if (JM_IS_PERSONA (change->object))
    {
      if (g_str_equal (property, "id"))
        return FALSE;
      /* the painter reads the colour from the persona */
      if (g_str_equal (property, "color"))
        return TRUE;
      return update_lane_header (self, JM_PERSONA (change->object));
    }

  /* Nothing of a KPI or an internal step is on the map. */
  if (JM_IS_KPI (change->object) || JM_IS_INTERNAL_STEP (change->object))
    return TRUE;

  return FALSE;
}

void
jm_layout_apply_change (JmLayout       *self,
                        const JmChange *change)
{
  gboolean done = FALSE;

  g_return_if_fail (JM_IS_LAYOUT (self));
  g_return_if_fail (change != NULL);

  /* a layout never updated has nothing to build on */
  if (self->cell_first == NULL)
    {
      jm_layout_update (self);
      return;
    }

  switch (change->kind)
    {
    case JM_CHANGE_VALUE:
      done = apply_value (self, change);
      break;

    case JM_CHANGE_RATING:
      if (JM_IS_TOUCHPOINT (change->object))
        {
          update_card (self, JM_TOUCHPOINT (change->object));
          done = TRUE;
        }
      break;

    case JM_CHANGE_INSERT:
    case JM_CHANGE_REMOVE:
    case JM_CHANGE_MOVE:
      if (change->collection == JM_COLLECTION_KPIS ||
          change->collection == JM_COLLECTION_INTERNAL_STEPS)
        done = TRUE;
      break;

    default:
      break;
    }

  if (!done)
    jm_layout_update (self);
  else
    self->serial++;
}

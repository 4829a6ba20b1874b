/* jm-layout.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout pass, top to bottom: the title block with the legend at
 * its right, a row of phase headers, then one swimlane per persona.
 * A lane is its header at the left, a row of cells (one per phase)
 * holding the persona's cards stacked in document order, and the
 * emotional-curve band below the cells. Every cell of a lane is as
 * tall as the fullest one, so cards line up and never overlap.
 *
 * Curve points sit at the x of their card's centre; when several cards
 * of one cell have an emotion, their points are spread evenly across
 * the card width so that x grows strictly along the lane, in phase
 * order then card order, as the monotone spline needs.
 *
 * Measuring (shaping text) and flowing (placing) are kept apart: cards
 * are measured at the origin and chained per cell, then each lane is
 * flowed from those measurements (jm_layout_flow_lane()), so that an
 * incremental update (jm-layout-update.c) can measure one card again
 * and flow one lane without touching the rest. Shaped text is shared
 * and kept across updates by the text cache (jm-layout-text.c).
 */

#define G_LOG_DOMAIN "jm-layout"

#include "config.h"

#include <pango/pangocairo.h>

#include "jm-layout-impl.h"

#define TITLE_MIN_WIDTH 320.0
#define TITLE_LEGEND_GAP 24.0
#define TITLE_GRID_GAP 24.0
#define HEADER_GRID_GAP 8.0
#define PHASE_PADDING 10.0

G_DEFINE_FINAL_TYPE (JmLayout, jm_layout, G_TYPE_OBJECT)

static void
clear_lane_content (gpointer data)
{
  jm_lane_content_clear (data);
}

static void
free_card_slot (gpointer data)
{
  JmCardSlot *slot = data;

  jm_card_content_clear (&slot->content);
  g_free (slot);
}

static void
clear_text (gpointer data)
{
  jm_text_clear (data);
}

static void
clear_legend (JmLegendEntry *legend)
{
  for (guint i = 0; i < JM_N_LEGEND_ENTRIES; i++)
    jm_text_clear (&legend[i].label);
}

static void
clear_all (JmLayout *self)
{
  g_array_set_size (self->columns, 0);
  g_array_set_size (self->column_text, 0);
  g_array_set_size (self->lanes, 0);
  g_array_set_size (self->lane_content, 0);
  g_array_set_size (self->lane_text_h, 0);
  g_array_set_size (self->cards, 0);
  g_ptr_array_set_size (self->card_slots, 0);
  g_hash_table_remove_all (self->card_index);
  g_hash_table_remove_all (self->lane_of);
  g_hash_table_remove_all (self->column_of);
  g_clear_pointer (&self->cell_first, g_free);
  g_clear_pointer (&self->next, g_free);
  jm_title_content_clear (&self->title);
  clear_legend (self->legend);
  g_ptr_array_set_size (self->entities, 0);
  self->width = self->height = 0.0;
  self->title_rect = self->legend_rect = (JmRect) { 0 };
}

static gpointer
keep (JmLayout *self,
      gpointer  entity)
{
  g_ptr_array_add (self->entities, g_object_ref (entity));
  return entity;
}

static void
measure_phase_name (JmLayout *self,
                    JmPhase  *phase,
                    JmText   *text)
{
  jm_text_set (text, self->context, JM_TEXT_PHASE, jm_phase_get_name (phase),
               JM_LAYOUT_COLUMN_WIDTH - 2 * PHASE_PADDING, 2);
}

/* @text in the middle of the phase header @header. */
static void
place_phase_name (JmText       *text,
                  const JmRect *header)
{
  text->x = header->x + PHASE_PADDING;
  text->y = header->y + (header->height - text->height) / 2.0;
}

/* The height of the phase headers: the tallest name's, padded. */
static double
phase_header_height (JmLayout *self)
{
  double text_h = jm_text_line_height (self->context, JM_TEXT_PHASE);

  for (guint i = 0; i < self->column_text->len; i++)
    text_h = MAX (text_h, g_array_index (self->column_text, JmText, i).height);

  return text_h + 2 * PHASE_PADDING;
}

static double
measure_phase_headers (JmLayout *self,
                       guint     n_columns)
{
  for (guint i = 0; i < n_columns; i++)
    {
      JmPhase *phase = keep (self, jm_document_get_phase (self->document, i));
      JmLayoutColumn column = { .phase = phase };
      JmText text = { 0 };

      if (jm_phase_get_id (phase) != NULL)
        g_hash_table_insert (self->column_of, g_strdup (jm_phase_get_id (phase)),
                             GUINT_TO_POINTER (i));
      measure_phase_name (self, phase, &text);
      g_array_append_val (self->columns, column);
      g_array_append_val (self->column_text, text);
    }

  return phase_header_height (self);
}

gboolean
jm_layout_remeasure_phase_name (JmLayout *self,
                                guint     index)
{
  const JmLayoutColumn *column = &g_array_index (self->columns, JmLayoutColumn, index);
  JmText *text = &g_array_index (self->column_text, JmText, index);

  measure_phase_name (self, column->phase, text);
  if (phase_header_height (self) != column->header.height)
    return FALSE;

  place_phase_name (text, &column->header);
  return TRUE;
}

static void
place_phase_headers (JmLayout *self,
                     double    x,
                     double    y,
                     double    header_h,
                     double    bottom)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      JmLayoutColumn *column = &g_array_index (self->columns, JmLayoutColumn, i);
      JmText *text = &g_array_index (self->column_text, JmText, i);
      double column_x = x + i * JM_LAYOUT_COLUMN_WIDTH;

      column->header = (JmRect) { column_x, y, JM_LAYOUT_COLUMN_WIDTH, header_h };
      column->column = (JmRect) { column_x, y, JM_LAYOUT_COLUMN_WIDTH, bottom - y };
      place_phase_name (text, &column->header);
    }
}

gboolean
jm_layout_find_cell (JmLayout     *self,
                     JmTouchpoint *touchpoint,
                     guint        *lane,
                     guint        *column)
{
  const char *persona_id = jm_touchpoint_get_persona (touchpoint);
  const char *phase_id = jm_touchpoint_get_phase (touchpoint);
  gpointer lane_p, column_p;

  /* A card whose persona or phase is gone has no cell to sit in. */
  if (persona_id == NULL || phase_id == NULL ||
      !g_hash_table_lookup_extended (self->lane_of, persona_id, NULL, &lane_p) ||
      !g_hash_table_lookup_extended (self->column_of, phase_id, NULL, &column_p))
    return FALSE;

  *lane = GPOINTER_TO_UINT (lane_p);
  *column = GPOINTER_TO_UINT (column_p);
  return TRUE;
}

/* Measures every card (at the origin) and chains the cards of each
 * cell in card order. */
static void
measure_cards (JmLayout *self)
{
  guint n_columns = self->columns->len;
  guint n_cells = MAX (1, self->lanes->len * n_columns);
  guint n = jm_document_get_n_touchpoints (self->document);
  g_autofree int *cell_last = g_new (int, n_cells);
  g_autofree guint *cell_count = g_new0 (guint, n_cells);

  self->cell_first = g_new (int, n_cells);
  self->next = g_new (int, MAX (1, n));
  for (guint i = 0; i < n_cells; i++)
    self->cell_first[i] = -1;

  for (guint i = 0; i < n; i++)
    {
      JmTouchpoint *tp = jm_document_get_touchpoint (self->document, i);
      JmLayoutCard card = { 0 };
      JmCardSlot *slot;
      guint cell;

      if (!jm_layout_find_cell (self, tp, &card.lane, &card.column))
        continue;

      card.touchpoint = keep (self, tp);
      cell = card.lane * n_columns + card.column;
      card.index_in_cell = cell_count[cell]++;
      slot = g_new0 (JmCardSlot, 1);
      jm_card_content_measure (&slot->content, self->context, tp, JM_LAYOUT_CARD_WIDTH,
                               &card.rect.height);
      card.rect.width = JM_LAYOUT_CARD_WIDTH;

      self->next[self->cards->len] = -1;
      if (card.index_in_cell == 0)
        self->cell_first[cell] = self->cards->len;
      else
        self->next[cell_last[cell]] = self->cards->len;
      cell_last[cell] = self->cards->len;

      slot->index = self->cards->len;
      g_hash_table_insert (self->card_index, tp, slot);
      g_array_append_val (self->cards, card);
      g_ptr_array_add (self->card_slots, slot);
    }
}

/* Returns the y below the last lane. */
static double
layout_lanes (JmLayout *self,
              double    y)
{
  guint n_lanes = jm_document_get_n_personas (self->document);

  for (guint i = 0; i < n_lanes; i++)
    {
      JmPersona *persona = keep (self, jm_document_get_persona (self->document, i));
      JmLayoutLane lane = { .persona = persona };
      JmLaneContent content = { 0 };
      double text_h;

      if (jm_persona_get_id (persona) != NULL)
        g_hash_table_insert (self->lane_of, g_strdup (jm_persona_get_id (persona)),
                             GUINT_TO_POINTER (i));
      text_h = jm_lane_content_measure (&content, self->context, persona);
      g_array_append_val (self->lanes, lane);
      g_array_append_val (self->lane_content, content);
      g_array_append_val (self->lane_text_h, text_h);
    }

  measure_cards (self);

  for (guint i = 0; i < n_lanes; i++)
    y = jm_layout_flow_lane (self, i, y) + (i + 1 < n_lanes ? JM_LAYOUT_LANE_GAP : 0.0);

  return y;
}

static void
jm_layout_dispose (GObject *object)
{
  JmLayout *self = (JmLayout *) object;

  if (self->columns != NULL)
    clear_all (self);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (jm_layout_parent_class)->dispose (object);
}

static void
jm_layout_finalize (GObject *object)
{
  JmLayout *self = (JmLayout *) object;

  g_clear_pointer (&self->columns, g_array_unref);
  g_clear_pointer (&self->column_text, g_array_unref);
  g_clear_pointer (&self->lanes, g_array_unref);
  g_clear_pointer (&self->lane_content, g_array_unref);
  g_clear_pointer (&self->cards, g_array_unref);
  g_clear_pointer (&self->card_slots, g_ptr_array_unref);
  g_clear_pointer (&self->card_index, g_hash_table_unref);
  g_clear_pointer (&self->lane_text_h, g_array_unref);
  g_clear_pointer (&self->lane_of, g_hash_table_unref);
  g_clear_pointer (&self->column_of, g_hash_table_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  if (self->context != NULL)
    jm_text_cache_disable (self->context);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (jm_layout_parent_class)->finalize (object);
}

static void
jm_layout_class_init (JmLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jm_layout_dispose;
  object_class->finalize = jm_layout_finalize;
}

static void
jm_layout_init (JmLayout *self)
{
  self->entities = g_ptr_array_new_with_free_func (g_object_unref);
  self->columns = g_array_new (FALSE, TRUE, sizeof (JmLayoutColumn));
  self->column_text = g_array_new (FALSE, TRUE, sizeof (JmText));
  g_array_set_clear_func (self->column_text, clear_text);
  self->lanes = g_array_new (FALSE, TRUE, sizeof (JmLayoutLane));
  g_array_set_clear_func (self->lanes, jm_layout_lane_clear);
  self->lane_content = g_array_new (FALSE, TRUE, sizeof (JmLaneContent));
  g_array_set_clear_func (self->lane_content, clear_lane_content);
  self->cards = g_array_new (FALSE, TRUE, sizeof (JmLayoutCard));
  self->card_slots = g_ptr_array_new_with_free_func (free_card_slot);
  self->card_index = g_hash_table_new (NULL, NULL);
  self->lane_text_h = g_array_new (FALSE, TRUE, sizeof (double));
  self->lane_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->column_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static JmLayout *
new_layout (JmDocument   *document,
            PangoFontMap *font_map,
            gboolean      hide_derived)
{
  JmLayout *self = g_object_new (JM_TYPE_LAYOUT, NULL);

  self->context = jm_layout_text_create_context (font_map);
  jm_text_cache_enable (self->context);
  self->document = g_object_ref (document);
  self->hide_derived = hide_derived;
  jm_layout_update (self);

  return self;
}

JmLayout *
jm_layout_new (JmDocument *document)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);

  return new_layout (document, pango_cairo_font_map_get_default (), FALSE);
}

/* Pango's font maps are not for sharing between threads, and the
 * default one is the calling thread's: a layout made in a worker thread
 * with it would go on using it in the main thread, while the worker
 * shapes other text with it. A font map of the layout's own is used by
 * one thread at a time, the worker's and then the main thread's. */
JmLayout *
jm_layout_new_detached (JmDocument *document,
                        gboolean    hide_derived)
{
  g_autoptr(PangoFontMap) font_map = NULL;

  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);

  font_map = pango_cairo_font_map_new ();

  return new_layout (document, font_map, hide_derived);
}

JmDocument *
jm_layout_get_document (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);

  return self->document;
}

/* The title block's height, beside the legend, its texts measured
 * afresh where the title rectangle is. */
static double
measure_title_block (JmLayout *self)
{
  const JmRect *rect = &self->title_rect;
  double title_h = jm_title_content_measure (&self->title, self->context, self->document,
                                             rect->x, rect->y, rect->width);

  return MAX (title_h, self->legend_rect.height);
}

gboolean
jm_layout_remeasure_title (JmLayout *self)
{
  return measure_title_block (self) == self->title_rect.height;
}

void
jm_layout_update (JmLayout *self)
{
  guint n_columns;
  double legend_w, legend_h, content_w, grid_w, header_h, grid_top, bottom;
  const double x = JM_LAYOUT_MARGIN;

  g_return_if_fail (JM_IS_LAYOUT (self));

  self->n_full_updates++;
  self->serial++;
  self->damage_all = TRUE;
  self->batch_behind = FALSE;
  clear_all (self);
  n_columns = jm_document_get_n_phases (self->document);
  grid_w = JM_LAYOUT_LANE_HEADER + n_columns * JM_LAYOUT_COLUMN_WIDTH;

  jm_legend_measure (self->legend, self->context, &legend_w, &legend_h);
  content_w = MAX (grid_w, TITLE_MIN_WIDTH + TITLE_LEGEND_GAP + legend_w);
  self->title_rect = (JmRect) { x, JM_LAYOUT_MARGIN, content_w - legend_w - TITLE_LEGEND_GAP, 0.0 };
  self->legend_rect = (JmRect) { x + content_w - legend_w, JM_LAYOUT_MARGIN, legend_w, legend_h };
  self->title_rect.height = measure_title_block (self);
  jm_legend_place (self->legend, self->legend_rect.x, self->legend_rect.y);

  grid_top = self->title_rect.y + self->title_rect.height + TITLE_GRID_GAP;
  header_h = measure_phase_headers (self, n_columns);
  bottom = layout_lanes (self, grid_top + header_h + HEADER_GRID_GAP);
  place_phase_headers (self, x + JM_LAYOUT_LANE_HEADER, grid_top, header_h, bottom);

  self->width = x + content_w + JM_LAYOUT_MARGIN;
  self->height = bottom + JM_LAYOUT_MARGIN;

  /* What the old layout shaped and this one did not use is gone. */
  jm_text_cache_sweep (self->context);
}

/* Flows every lane again where it is, from the cards as measured;
 * FALSE if a lane came out of another height (then nothing below it
 * is where it should be). */
static gboolean
reflow_lanes_in_place (JmLayout *self)
{
  for (guint i = 0; i < self->lanes->len; i++)
    {
      const JmLayoutLane *lane = &g_array_index (self->lanes, JmLayoutLane, i);
      double top = lane->lane.y;
      double bottom = top + lane->lane.height;

      if (jm_layout_flow_lane (self, i, top) != bottom)
        return FALSE;
    }

  return TRUE;
}

/* Hiding derived emotions takes their points off the curves, and that
 * is all: a card is as tall with its results hidden as with them shown
 * (the painter hides them), so the lanes flow again where they are and
 * nothing is measured. A rating round starts 50 ms sooner at 10,000
 * touchpoints than with a full update. */
void
jm_layout_set_hide_derived (JmLayout *self,
                            gboolean  hide_derived)
{
  g_return_if_fail (JM_IS_LAYOUT (self));

  hide_derived = !!hide_derived;
  if (self->hide_derived == hide_derived)
    return;

  self->hide_derived = hide_derived;
  /* a layout behind its document is laid out afresh anyway */
  if (self->cell_first == NULL || self->batch_behind || !reflow_lanes_in_place (self))
    {
      jm_layout_update (self);
      return;
    }

  self->serial++;
  self->damage_all = TRUE;
}

guint
jm_layout_get_n_full_updates (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), 0);

  return self->n_full_updates;
}

gboolean
jm_layout_get_hide_derived (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), FALSE);

  return self->hide_derived;
}

double
jm_layout_get_width (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), 0.0);

  return self->width;
}

double
jm_layout_get_height (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), 0.0);

  return self->height;
}

const JmRect *
jm_layout_get_title_rect (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);

  return &self->title_rect;
}

const JmRect *
jm_layout_get_legend_rect (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);

  return &self->legend_rect;
}

guint
jm_layout_get_n_columns (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), 0);

  return self->columns->len;
}

const JmLayoutColumn *
jm_layout_get_column (JmLayout *self,
                      guint     index)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->columns->len, NULL);

  return &g_array_index (self->columns, JmLayoutColumn, index);
}

guint
jm_layout_get_n_lanes (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), 0);

  return self->lanes->len;
}

const JmLayoutLane *
jm_layout_get_lane (JmLayout *self,
                    guint     index)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->lanes->len, NULL);

  return &g_array_index (self->lanes, JmLayoutLane, index);
}

guint
jm_layout_get_n_cards (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), 0);

  return self->cards->len;
}

const JmLayoutCard *
jm_layout_get_card (JmLayout *self,
                    guint     index)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->cards->len, NULL);

  return &g_array_index (self->cards, JmLayoutCard, index);
}

gboolean
jm_layout_get_cell_rect (JmLayout *self,
                         guint     lane,
                         guint     column,
                         JmRect   *rect)
{
  const JmLayoutLane *l;
  const JmLayoutColumn *c;

  g_return_val_if_fail (JM_IS_LAYOUT (self), FALSE);
  g_return_val_if_fail (rect != NULL, FALSE);

  if (lane >= self->lanes->len || column >= self->columns->len)
    return FALSE;

  l = &g_array_index (self->lanes, JmLayoutLane, lane);
  c = &g_array_index (self->columns, JmLayoutColumn, column);
  *rect = (JmRect) { c->column.x, l->lane.y, c->column.width, l->band.y - l->lane.y };

  return TRUE;
}

PangoContext *
jm_layout_get_pango_context (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);

  return self->context;
}

const JmTitleContent *
jm_layout_get_title_content (JmLayout *self)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);

  return &self->title;
}

const JmLegendEntry *
jm_layout_get_legend_entries (JmLayout *self,
                              guint    *n_entries)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);

  if (n_entries != NULL)
    *n_entries = JM_N_LEGEND_ENTRIES;

  return self->legend;
}

const JmText *
jm_layout_get_column_text (JmLayout *self,
                           guint     index)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->column_text->len, NULL);

  return &g_array_index (self->column_text, JmText, index);
}

const JmLaneContent *
jm_layout_get_lane_content (JmLayout *self,
                            guint     index)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->lane_content->len, NULL);

  return &g_array_index (self->lane_content, JmLaneContent, index);
}

const JmCardContent *
jm_layout_get_card_content (JmLayout *self,
                            guint     index)
{
  g_return_val_if_fail (JM_IS_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->card_slots->len, NULL);

  return jm_layout_card_content_at (self, index);
}

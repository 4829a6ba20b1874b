/* jm-layout-impl.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-layout-private.h"

G_BEGIN_DECLS

/* The inside of JmLayout, shared by jm-layout.c (the full pass and the
 * getters), jm-layout-flow.c (a lane's cards and curves),
 * jm-layout-update.c (incremental updates) and jm-layout-damage.c (what
 * they damaged) only. */
/* A card's measured content and the index of its card in the arrays.
 * Held out of line, so that a card added or removed moves pointers and
 * not 10,000 contents of 744 bytes, and the index by touchpoint points
 * here and is not looked up again for every card that moved. */
typedef struct
{
  JmCardContent content;
  guint         index;
} JmCardSlot;

struct _JmLayout
{
  GObject         parent_instance;

  JmDocument     *document;
  PangoContext   *context;
  /* References to every entity the arrays below borrow, so a layout
   * that is a step behind its document never points at freed memory. */
  GPtrArray      *entities;
  gboolean        hide_derived;
  guint           n_full_updates;
  guint           serial;         /* see jm_layout_get_serial() */
  /* in a batch: changes applied in it, and whether it stopped following */
  gboolean        in_batch;
  guint           batch_changes;
  gboolean        batch_behind;
  /* what changed since jm_layout_take_damage() was last called */
  gboolean        damage_all;
  JmRect          damage[JM_LAYOUT_MAX_DAMAGE];
  guint           n_damage;
  /* and what moved, before that damage (see jm_layout_get_shift()) */
  gboolean        has_shift;
  double          shift_y;
  double          shift_dy;

  double          width;
  double          height;
  JmRect          title_rect;
  JmRect          legend_rect;
  JmTitleContent  title;
  JmLegendEntry   legend[JM_N_LEGEND_ENTRIES];

  GArray         *columns;        /* JmLayoutColumn */
  GArray         *column_text;    /* JmText */
  GArray         *lanes;          /* JmLayoutLane */
  GArray         *lane_content;   /* JmLaneContent */
  GArray         *lane_text_h;    /* double: height the lane header's text needs */
  GArray         *cards;          /* JmLayoutCard */
  GPtrArray      *card_slots;     /* JmCardSlot *, placed where its card is */
  GHashTable     *card_index;     /* JmTouchpoint → its JmCardSlot */

  /* The cards of each cell (lane × column) chained in card order:
   * cell_first[cell] is the first card's index (−1 if none), next[i]
   * the one after card i. */
  GHashTable     *lane_of;        /* persona id (owned) → lane index */
  GHashTable     *column_of;      /* phase id (owned) → column index */
  int            *cell_first;
  int            *next;
};

/* jm-layout-flow.c */

/* Frees a lane's curves (a GArray clear function). */
void   jm_layout_lane_clear (gpointer  lane);
/* Lays out lane @index with its top at @y from the measured cards
 * (each card's content sits at its rect's current x, y; a card
 * measured afresh has x = y = 0) and returns the lane's bottom. */
double jm_layout_flow_lane  (JmLayout *self,
                             guint     index,
                             double    y);
/* The lane and column of @touchpoint's cell; FALSE if its persona or
 * phase is not on the map. */
gboolean jm_layout_find_cell (JmLayout     *self,
                              JmTouchpoint *touchpoint,
                              guint        *lane,
                              guint        *column);
/* The name of phase @index measured again and placed in its header;
 * FALSE if the headers' height changed, which moves everything below. */
gboolean jm_layout_remeasure_phase_name (JmLayout *self,
                                         guint     index);
/* The title block measured again; FALSE if its height changed. */
gboolean jm_layout_remeasure_title      (JmLayout *self);
/* Moves a curve's points and segments down by @dy. */
void   jm_layout_shift_curve (JmCurvePoint   *points,
                              guint           n_points,
                              JmCurveSegment *segments,
                              guint           n_segments,
                              double          dy);
/* Moves lane @index and everything in it down by @dy. */
void   jm_layout_shift_lane (JmLayout *self,
                             guint     index,
                             double    dy);


/* jm-layout-damage.c: what an incremental update damaged */

/* Adds @rect, grown by what painting reaches beyond it. */
void   jm_layout_add_damage       (JmLayout     *self,
                                   const JmRect *rect);
/* Everything from @y down, across the map: what moves when a lane
 * grows or shrinks. */
void   jm_layout_add_damage_below (JmLayout     *self,
                                   double        y,
                                   double        old_height);

/* A lane's curves as they were before a change, to find what of them
 * changed: a vote moves a derived point and its spread, and through the
 * limiting of the tangents (see jm-curve.c) the curve's shape can
 * change several segments away, so where is worked out, not assumed. */
typedef struct
{
  JmCurvePoint   *points[2];      /* the emotional curve, the expected one */
  guint           n_points[2];
  JmCurveSegment *segments[2];
  guint           n_segments[2];
} JmCurveBefore;

void   jm_curve_before_init       (JmCurveBefore      *self,
                                   const JmLayoutLane *lane);
void   jm_curve_before_clear      (JmCurveBefore      *self);
/* The curves as they were, moved down by @dy with their lane's band. */
void   jm_curve_before_shift      (JmCurveBefore      *self,
                                   double              dy);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JmCurveBefore, jm_curve_before_clear)

/* The stretch of the band of lane @lane_index where its curves differ
 * from @before. */
void   jm_layout_add_curve_change (JmLayout            *self,
                                   guint                lane_index,
                                   const JmCurveBefore *before);

/* What a lane was before it grew or shrank. */
typedef struct
{
  guint  index;
  double band_y;
  double map_height;
} JmLaneBefore;

JmLaneBefore jm_layout_lane_before (JmLayout *self,
                                    guint     index);
/* See jm-layout-damage.c. */
void   jm_layout_add_lane_resize  (JmLayout           *self,
                                   const JmLaneBefore *before,
                                   JmCurveBefore      *curve,
                                   const guint        *columns,
                                   guint               n_columns,
                                   double              cells_top,
                                   double              dy);
/* The cards of a cell, from its top to the curve band, and where the
 * curves of its lane changed from @curve: what a card coming or going
 * changes while the lane keeps its height. */
void   jm_layout_add_cell_damage  (JmLayout            *self,
                                   guint                lane,
                                   guint                column,
                                   const JmCurveBefore *curve);

static inline JmCardContent *
jm_layout_card_content_at (JmLayout *self,
                           guint     index)
{
  return &((JmCardSlot *) g_ptr_array_index (self->card_slots, index))->content;
}

/* The index + 1 of @touchpoint's card; 0 if it has none. */
static inline guint
jm_layout_card_number (JmLayout     *self,
                       JmTouchpoint *touchpoint)
{
  JmCardSlot *slot = g_hash_table_lookup (self->card_index, touchpoint);

  return slot != NULL ? slot->index + 1 : 0;
}

G_END_DECLS

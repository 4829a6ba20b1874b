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
 * getters) and jm-layout-update.c (incremental updates) only. */
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
  GArray         *card_content;   /* JmCardContent, placed where its card is */
  GHashTable     *card_index;     /* JmTouchpoint → index + 1 */

  /* The cards of each cell (lane × column) chained in card order:
   * cell_first[cell] is the first card's index (−1 if none), next[i]
   * the one after card i. */
  GHashTable     *lane_of;        /* persona id (owned) → lane index */
  GHashTable     *column_of;      /* phase id (owned) → column index */
  int            *cell_first;
  int            *next;
};

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

G_END_DECLS

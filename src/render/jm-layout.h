/* jm-layout.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <pango/pango.h>

#include "jm-curve.h"
#include "jm-document.h"

G_BEGIN_DECLS

/* The layout pass: pure geometry of a document, in map units (one unit
 * is one pixel at 100 % zoom, one point in PDF). No drawing happens
 * here; JmPainter walks a layout, and the canvas hit-tests with it.
 *
 * Text is measured with a PangoContext of fixed resolution and no
 * hinting, so the same document lays out the same on screen, in print
 * and in every export.
 */

typedef struct
{
  double x, y, width, height;
} JmRect;

typedef struct
{
  JmPhase *phase;         /* borrowed */
  JmRect   header;        /* the column's header box */
  JmRect   column;        /* the whole column, header to bottom of last lane */
} JmLayoutColumn;

typedef struct
{
  double        x, y;     /* centre of the point, in map units */
  double        emotion;  /* −2 … +2 */
  gboolean      derived;  /* from ratings, not hand-set */
  JmTouchpoint *touchpoint;
  guint         n_votes;  /* named votes and show of hands */
  double        spread;   /* standard deviation of the votes, 0 … 2 (emotion units) */
} JmCurvePoint;

typedef struct
{
  JmPersona    *persona;  /* borrowed */
  JmRect        header;   /* the lane's header box (name, colour) at the left */
  JmRect        lane;     /* the whole lane, header included */
  JmRect        band;     /* the emotional-curve band inside the lane */
  double        neutral_y;/* y of emotion 0 within the band */
  JmCurvePoint *points;   /* in phase order, then card order */
  guint         n_points;
  /* The smooth curve through the points: n_points − 1 monotone cubic
   * segments (see jm-curve.h); never leaves the band. */
  JmCurveSegment *segments;
  guint           n_segments;
  /* The expected curve (Soll): a point per card with an expectation
   * 1 … 5 at emotion (e − 3), and its segments, like the above. */
  JmCurvePoint   *expected_points;
  guint           n_expected_points;
  JmCurveSegment *expected_segments;
  guint           n_expected_segments;
} JmLayoutLane;

typedef struct
{
  JmTouchpoint *touchpoint; /* borrowed */
  JmRect        rect;
  guint         lane;       /* index into lanes */
  guint         column;     /* index into columns */
  guint         index_in_cell;
} JmLayoutCard;

typedef enum
{
  JM_HIT_NONE,
  JM_HIT_CARD,            /* object is the JmTouchpoint */
  JM_HIT_CURVE_POINT,     /* object is the JmTouchpoint */
  JM_HIT_LANE_HEADER,     /* object is the JmPersona */
  JM_HIT_PHASE_HEADER,    /* object is the JmPhase */
  JM_HIT_CELL,            /* empty part of a cell or the curve band below it:
                           * lane and column set */
  JM_HIT_TITLE,           /* the title block */
} JmHitKind;

typedef struct
{
  JmHitKind  kind;
  GObject   *object;      /* borrowed, may be NULL */
  int        lane;        /* −1 if none */
  int        column;      /* −1 if none */
} JmHit;

#define JM_TYPE_LAYOUT (jm_layout_get_type())

G_DECLARE_FINAL_TYPE (JmLayout, jm_layout, JM, LAYOUT, GObject)

JmLayout             *jm_layout_new             (JmDocument *document);
/* A layout built in one thread for another, e.g. by a loader thread for
 * the window: the document must not be in use elsewhere meanwhile, and
 * the layout is used by one thread at a time. */
JmLayout             *jm_layout_new_detached    (JmDocument *document,
                                                 gboolean    hide_derived);
JmDocument           *jm_layout_get_document    (JmLayout   *self);
/* Recompute after the document changed. Until then the layout keeps
 * showing (and holding references to) what it last saw, so a stale
 * layout is out of date but never dangling. */
void                  jm_layout_update          (JmLayout   *self);
/* Brings the layout up to date after @change was applied to the
 * document (call it from JmDocument::changed, once per change, instead
 * of jm_layout_update()). Only what the change touches is measured
 * again: a card's text edit re-measures that card, re-flows its lane
 * and moves the lanes below; structural changes fall back to a full
 * update. The result equals a fresh layout of the document. */
void                  jm_layout_apply_change    (JmLayout       *self,
                                                 const JmChange *change);
/* Between these (call them from JmDocument::batch-started and
 * ::batch-finished) the layout follows the first changes one by one,
 * and if more come, leaves the rest to one full update at the end:
 * hundreds of cards deleted, pasted or undone at once would otherwise
 * flow their lanes once per card. Until then it is a step behind, as
 * jm_layout_update() allows. jm_layout_end_batch() returns whether it
 * laid out again. */
void                  jm_layout_begin_batch     (JmLayout       *self);
gboolean              jm_layout_end_batch       (JmLayout       *self);

/* Workshop rounds with the results hidden: leave points whose emotion
 * is derived from the votes off the curve (only hand-set emotions make
 * it), so the curve does not give the vote mean away. Updates the
 * layout. */
void                  jm_layout_set_hide_derived (JmLayout  *self,
                                                  gboolean   hide_derived);
gboolean              jm_layout_get_hide_derived (JmLayout  *self);

double                jm_layout_get_width       (JmLayout   *self);
double                jm_layout_get_height      (JmLayout   *self);
const JmRect         *jm_layout_get_title_rect  (JmLayout   *self);
const JmRect         *jm_layout_get_legend_rect (JmLayout   *self);

guint                 jm_layout_get_n_columns   (JmLayout   *self);
const JmLayoutColumn *jm_layout_get_column      (JmLayout   *self,
                                                 guint       index);
guint                 jm_layout_get_n_lanes     (JmLayout   *self);
const JmLayoutLane   *jm_layout_get_lane        (JmLayout   *self,
                                                 guint       index);
guint                 jm_layout_get_n_cards     (JmLayout   *self);
const JmLayoutCard   *jm_layout_get_card        (JmLayout   *self,
                                                 guint       index);
const JmLayoutCard   *jm_layout_find_card       (JmLayout     *self,
                                                 JmTouchpoint *touchpoint);
/* Index of @persona's lane, @phase's column: −1 if not on the map. */
int                   jm_layout_find_lane       (JmLayout     *self,
                                                 JmPersona    *persona);
int                   jm_layout_find_column     (JmLayout     *self,
                                                 JmPhase      *phase);
/* @touchpoint's point on its lane's curve and that lane (@lane
 * nullable); NULL if it has none (no emotion, or results hidden). */
const JmCurvePoint   *jm_layout_find_point      (JmLayout     *self,
                                                 JmTouchpoint *touchpoint,
                                                 guint        *lane);
/* The cell's rectangle (below the column header, inside the lane, right of the lane header). */
gboolean              jm_layout_get_cell_rect   (JmLayout   *self,
                                                 guint       lane,
                                                 guint       column,
                                                 JmRect     *rect);

/* What lies at (x, y) in map units; topmost wins (curve point over card). */
JmHit                 jm_layout_hit_test        (JmLayout   *self,
                                                 double      x,
                                                 double      y);

/* The y of @emotion (−2 … +2, clamped) in lane @lane's band, and back:
 * for dragging a curve point. */
double                jm_layout_emotion_to_y    (JmLayout   *self,
                                                 guint       lane,
                                                 double      emotion);
double                jm_layout_y_to_emotion    (JmLayout   *self,
                                                 guint       lane,
                                                 double      y);

/* Points along lane @lane's curve, @per_segment samples per segment
 * plus the end point, as x, y pairs (2 × *n_samples doubles). Free with
 * g_free(). NULL with *n_samples = 0 if the lane has fewer than two
 * points. */
double               *jm_layout_sample_lane_curve (JmLayout *self,
                                                   guint     lane,
                                                   guint     per_segment,
                                                   guint    *n_samples);

/* Where a card dropped at (x, y) would go: the cell under the point
 * (the nearest lane and column if outside the grid) and the index in
 * that cell's card order. FALSE if the map has no lanes or no columns. */
gboolean              jm_layout_get_drop_target (JmLayout   *self,
                                                 double      x,
                                                 double      y,
                                                 guint      *lane,
                                                 guint      *column,
                                                 guint      *index_in_cell);

/* The PangoContext used for measuring; painters create layouts from it
 * (or from a cairo context with the same font options). */
PangoContext         *jm_layout_get_pango_context (JmLayout *self);

/* Changes whenever anything a painter draws from this layout may have
 * changed (an update, an applied change): what caches of painted
 * pixels compare against. */
guint                 jm_layout_get_serial        (JmLayout *self);
#define JM_LAYOUT_MAX_DAMAGE 8

/* Where painting may differ since the last call (the first call: since
 * the layout was made): FALSE if anywhere, else TRUE with the areas
 * that changed in @areas, how many in @n_areas (0 if nothing did).
 * Taking resets it, so a layout's damage has one taker: the canvas's
 * tile cache. */
gboolean              jm_layout_take_damage       (JmLayout *self,
                                                   JmRect    areas[JM_LAYOUT_MAX_DAMAGE],
                                                   guint    *n_areas);
/* What moved since the damage was last taken, when a lane grew or
 * shrank: everything that lay at @y and below is now @dy further down
 * (up if negative), unchanged. The damage is where things look
 * different after that move. FALSE if nothing moved that way (or
 * everything is damaged); taking the damage resets it too. */
gboolean              jm_layout_get_shift         (JmLayout *self,
                                                   double   *y,
                                                   double   *dy);

G_END_DECLS

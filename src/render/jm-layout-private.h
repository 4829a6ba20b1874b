/* jm-layout-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-layout.h"
#include "jm-rating-summary.h"

G_BEGIN_DECLS

/* Map geometry, in map units. */
#define JM_LAYOUT_MARGIN        24.0
#define JM_LAYOUT_LANE_HEADER   190.0
#define JM_LAYOUT_CARD_WIDTH    220.0
#define JM_LAYOUT_CELL_PADDING  12.0
#define JM_LAYOUT_COLUMN_WIDTH  (JM_LAYOUT_CARD_WIDTH + 2 * JM_LAYOUT_CELL_PADDING)
#define JM_LAYOUT_CARD_GAP      10.0
#define JM_LAYOUT_MIN_CELL      84.0
#define JM_LAYOUT_LANE_GAP      10.0
#define JM_LAYOUT_BAND_HEIGHT   110.0
#define JM_LAYOUT_POINT_RADIUS  6.0
#define JM_LAYOUT_POINT_HIT     8.0
/* Room between a point at ±2 and the edge of the band */
#define JM_LAYOUT_POINT_MARGIN  (JM_LAYOUT_POINT_RADIUS + 6.0)
/* The painted lane header box stops short of the cells by this much. */
#define JM_LAYOUT_HEADER_INSET  6.0
#define JM_LAYOUT_CARD_STRIPE   6.0
#define JM_LAYOUT_CARD_PADDING  10.0
#define JM_LAYOUT_CARD_RADIUS   8.0
#define JM_LAYOUT_MARK_SIZE     10.0
#define JM_LAYOUT_STAR_SIZE     16.0
/* Height of one row of the legend */
#define JM_LEGEND_ROW           20.0

typedef enum
{
  JM_TEXT_TITLE,
  JM_TEXT_META,
  JM_TEXT_LEGEND,
  JM_TEXT_PHASE,
  JM_TEXT_LANE_NAME,
  JM_TEXT_LANE_DETAIL,
  JM_TEXT_CARD_TITLE,
  JM_TEXT_CARD_DETAIL,
  JM_TEXT_SMALL,
} JmTextStyle;

/* A piece of text placed at (x, y), the top left of its logical extents. */
typedef struct
{
  PangoLayout *layout;   /* owned, NULL if there is no text */
  double       x, y;
  double       width, height;
} JmText;

/* What the painter draws inside a card; offsets are absolute map units.
 *
 * The rows of results (counts and bar, then the class and the split
 * mark) take the same room whatever the votes say, so hiding the
 * results for a workshop round changes nothing but paint: the height of
 * a card never gives away how the room voted.
 */
typedef struct
{
  JmText          title;
  JmText          channel;
  JmText          detail;       /* action · feeling, up to two lines */
  JmText          owner;
  JmText          counts[JM_N_RATINGS];
  JmText          verdict;      /* the class, e.g. "Delight factor" */
  JmText          split_label;  /* "Split room"; painted only if the room is split */
  JmText          hidden;       /* "5 votes · results hidden", painted instead of results */
  JmText          expected;     /* "Expected 4 · Actual 2  −2"; only with both set */
  int             gap;          /* performance − expectation, 0 without both */
  JmRatingSummary summary;      /* named votes and show of hands */
  JmRect          owned_mark;   /* own (filled) or third-party (hollow) glyph */
  JmRect          star;         /* super-touchpoint badge; zero size if not super */
  JmRect          ratings;      /* the row of rating marks and the stacked bar */
  JmRect          bar;          /* the stacked bar in that row; zero width if no room */
  JmRect          verdict_mark; /* the class's mark, left of the verdict */
  JmRect          split_mark;   /* the split-room mark at the right of the verdict row */
  JmRect          results;      /* both rows: what hiding the results blanks */
  gboolean        owned;
  gboolean        is_super;
} JmCardContent;

typedef struct
{
  JmText name;
  JmText detail;          /* the persona's goal */
  JmText axis[3];         /* "+2", "0", "−2" beside the band */
  JmText band_label;
} JmLaneContent;

typedef enum
{
  JM_LEGEND_DISAPPOINTMENT,
  JM_LEGEND_OK,
  JM_LEGEND_DELIGHT,
  JM_LEGEND_OWN,
  JM_LEGEND_THIRD_PARTY,
  JM_LEGEND_SUPER,
  JM_LEGEND_HAND_SET,
  JM_LEGEND_DERIVED,
  JM_LEGEND_CURVE,
  /* full-width rows below the three columns above */
  JM_LEGEND_MIXED,
  JM_LEGEND_SPLIT,
  JM_LEGEND_SPREAD,
  /* the last row: painted only with JmPaintOptions.show_expected */
  JM_LEGEND_EXPECTED,
  JM_N_LEGEND_ENTRIES
} JmLegendKind;

typedef struct
{
  JmLegendKind kind;
  JmRect       icon;
  JmText       label;
} JmLegendEntry;

typedef struct
{
  JmText title;
  JmText meta;            /* owner and date */
  JmText description;
} JmTitleContent;

const JmTitleContent *jm_layout_get_title_content  (JmLayout   *self);
const JmLegendEntry  *jm_layout_get_legend_entries (JmLayout   *self,
                                                    guint      *n_entries);
const JmText         *jm_layout_get_column_text    (JmLayout   *self,
                                                    guint       index);
const JmLaneContent  *jm_layout_get_lane_content   (JmLayout   *self,
                                                    guint       index);
const JmCardContent  *jm_layout_get_card_content   (JmLayout   *self,
                                                    guint       index);
/* The index of @touchpoint's card (for jm_layout_get_card() and the
 * content), −1 if it has none. */
int                   jm_layout_find_card_index    (JmLayout     *self,
                                                    JmTouchpoint *touchpoint);

/* jm-layout-text.c: measuring text, the legend */
PangoContext *jm_layout_text_create_context (PangoFontMap *font_map);
void          jm_text_set                   (JmText       *text,
                                             PangoContext *context,
                                             JmTextStyle   style,
                                             const char   *string,
                                             double        width,
                                             int           max_lines);
void          jm_text_clear                 (JmText       *text);
/* Keep shaped text per @context (see jm-layout-text.c): jm_text_set()
 * then shares one PangoLayout among equal texts and across relayouts. */
void          jm_text_cache_enable          (PangoContext *context);
/* Call before letting go of a context whose cache was enabled. */
void          jm_text_cache_disable         (PangoContext *context);
/* Drops shaped text that no JmText holds any more. */
void          jm_text_cache_sweep           (PangoContext *context);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JmText, jm_text_clear)
double        jm_text_line_height           (PangoContext *context,
                                             JmTextStyle   style);
void          jm_text_translate             (JmText       *text,
                                             double        dx,
                                             double        dy);
void          jm_rect_translate             (JmRect       *rect,
                                             double        dx,
                                             double        dy);

/* jm-layout-card.c: what a card shows */
void          jm_card_content_measure       (JmCardContent *content,
                                             PangoContext  *context,
                                             JmTouchpoint  *touchpoint,
                                             double         width,
                                             double        *height);
void          jm_card_content_place         (JmCardContent *content,
                                             double         x,
                                             double         y);
void          jm_card_content_clear         (JmCardContent *content);

/* jm-layout-headers.c: title block and lane headers. Each measure
 * returns the height the text needs. */
double        jm_title_content_measure      (JmTitleContent *content,
                                             PangoContext   *context,
                                             JmDocument     *document,
                                             double          x,
                                             double          y,
                                             double          width);
void          jm_title_content_clear        (JmTitleContent *content);
double        jm_lane_content_measure       (JmLaneContent  *content,
                                             PangoContext   *context,
                                             JmPersona      *persona);
void          jm_lane_content_place         (JmLaneContent      *content,
                                             const JmLayoutLane *lane);
void          jm_lane_content_clear         (JmLaneContent  *content);

/* Fills @entries (JM_N_LEGEND_ENTRIES) with the legend at the origin
 * and returns its size; jm_legend_place() moves it into place. */
void          jm_legend_measure             (JmLegendEntry *entries,
                                             PangoContext  *context,
                                             double        *width,
                                             double        *height);
void          jm_legend_place               (JmLegendEntry *entries,
                                             double         x,
                                             double         y);

/* How many full layout passes @self has made (for tests: an
 * incremental update must not make one). */
guint         jm_layout_get_n_full_updates  (JmLayout     *self);

/* jm-layout-index.c: appends to @indices (guint) the index of every
 * card that intersects @rect, lane by lane, column by column. */
void          jm_layout_collect_cards_in_rect (JmLayout     *self,
                                               const JmRect *rect,
                                               GArray       *indices);

gboolean      jm_rect_intersects            (const JmRect *a,
                                             const JmRect *b);
gboolean      jm_rect_contains              (const JmRect *rect,
                                             double        x,
                                             double        y);

G_END_DECLS

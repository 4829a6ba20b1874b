/* jm-rating-summary.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "jm-types.h"
#include "jm-touchpoint.h"

G_BEGIN_DECLS

/* What the room said about one touchpoint: every vote counts once,
 * whether a participant cast it by name or it was counted in a show of
 * hands. A vote's value is delight +2, OK 0, disappointment −2.
 */

typedef enum
{
  JM_RATING_CLASS_UNCLASSIFIED,   /* no votes yet */
  /* the rating with more votes than either other one; same values as JmRating */
  JM_RATING_CLASS_DISAPPOINTMENT, /* disappointment factor */
  JM_RATING_CLASS_OK,             /* OK factor */
  JM_RATING_CLASS_DELIGHT,        /* delight factor */
  JM_RATING_CLASS_MIXED,          /* two or three ratings tie for the most votes */
} JmRatingClass;

typedef struct
{
  guint         named[JM_N_RATINGS];  /* votes of participants; index = rating − 1 */
  guint         hands[JM_N_RATINGS];  /* show of hands */
  guint         counts[JM_N_RATINGS]; /* both together */
  guint         total;                /* sum of counts */
  double        mean;                 /* −2 … +2; 0 without votes */
  /* Standard deviation of the vote values around @mean, 0 … 2: 0 when
   * everybody agrees (or a single vote), 2 when half the room is
   * delighted and half disappointed. Of the room itself (divided by
   * the number of votes), not an estimate for a population. */
  double        spread;
  JmRatingClass classification;
  gboolean      split;                /* see jm_rating_summary_describe_split() */
} JmRatingSummary;

/* Fills @summary from counts per rating (index = rating − 1); @hands
 * may be NULL. */
void           jm_rating_summary_compute       (JmRatingSummary *summary,
                                                const guint      named[JM_N_RATINGS],
                                                const guint      hands[JM_N_RATINGS]);

/* The summary of @touchpoint's named votes and show of hands. */
void           jm_touchpoint_get_rating_summary (JmTouchpoint   *touchpoint,
                                                 JmRatingSummary *summary);

/* jm_touchpoint_get_effective_emotion() of @touchpoint, whose summary
 * @summary is: for who keeps summaries, so that asking again does not
 * count every vote again. */
gboolean       jm_rating_summary_get_effective_emotion (const JmRatingSummary *summary,
                                                        JmTouchpoint          *touchpoint,
                                                        double                *emotion,
                                                        gboolean              *is_derived);

/* TRUE if the votes split the room (the rule is in one place,
 * jm-rating-summary.c, and described by jm_rating_summary_describe_split()). */
gboolean       jm_rating_summary_is_split      (const guint      counts[JM_N_RATINGS]);

/* Translated, e.g. "Delight factor", "Mixed", "Not rated". */
const char    *jm_rating_class_get_label       (JmRatingClass    classification);

/* Translated one-line explanations for a legend. */
const char    *jm_rating_summary_describe_split (void);
const char    *jm_rating_summary_describe_spread (void);

G_END_DECLS

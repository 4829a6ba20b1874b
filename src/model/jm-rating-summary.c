/* jm-rating-summary.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The numbers a workshop reads off its votes: counts, mean (the derived
 * emotion), spread, the Kano-style class and whether the room is split.
 * Named votes and a show of hands are simply added: a show of hands is
 * the same vote, only without names.
 */

#define G_LOG_DOMAIN "jm-rating-summary"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "jm-rating-summary.h"

/* A room is split when at least this share of the votes is
 * disappointment AND at least this share is delight (as 1/N).
 *
 * Why this rule and not a threshold on the spread: it speaks of people
 * ("a quarter of you were disappointed, a quarter delighted"), which a
 * facilitator can say aloud and a legend can explain in one line. A
 * quarter is where the disagreement stops being one or two outliers:
 * 1 of 5 is not a split, 2 of 8 are. OK votes dilute it, as they
 * should: 1 disappointed, 1 delighted and 8 content is not a split
 * room. Two votes, one each way, are the smallest split room. */
#define SPLIT_ROOM_FRACTION 4

void
jm_rating_summary_compute (JmRatingSummary *summary,
                           const guint      named[JM_N_RATINGS],
                           const guint      hands[JM_N_RATINGS])
{
  guint top = 0, n_top = 0;
  double square_mean;

  g_return_if_fail (summary != NULL);
  g_return_if_fail (named != NULL);

  *summary = (JmRatingSummary) { 0 };
  for (guint i = 0; i < JM_N_RATINGS; i++)
    {
      summary->named[i] = named[i];
      summary->hands[i] = hands != NULL ? hands[i] : 0;
      summary->counts[i] = summary->named[i] + summary->hands[i];
      summary->total += summary->counts[i];
    }

  if (summary->total == 0)
    {
      summary->classification = JM_RATING_CLASS_UNCLASSIFIED;
      return;
    }

  for (guint i = 0; i < JM_N_RATINGS; i++)
    {
      double value = jm_rating_to_emotion (i + 1);

      summary->mean += value * summary->counts[i];
      if (summary->counts[i] > top)
        {
          top = summary->counts[i];
          n_top = 1;
          summary->classification = i + 1;
        }
      else if (summary->counts[i] == top)
        {
          n_top++;
        }
    }

  if (n_top > 1)
    summary->classification = JM_RATING_CLASS_MIXED;

  summary->mean /= summary->total;
  square_mean = (JM_EMOTION_MAX * JM_EMOTION_MAX) *
                (summary->counts[0] + summary->counts[2]) / summary->total;
  summary->spread = sqrt (MAX (0.0, square_mean - summary->mean * summary->mean));
  summary->split = jm_rating_summary_is_split (summary->counts);
}

gboolean
jm_rating_summary_is_split (const guint counts[JM_N_RATINGS])
{
  guint64 total;

  g_return_val_if_fail (counts != NULL, FALSE);

  total = (guint64) counts[0] + counts[1] + counts[2];

  return total > 0 &&
         (guint64) counts[JM_RATING_DISAPPOINTMENT - 1] * SPLIT_ROOM_FRACTION >= total &&
         (guint64) counts[JM_RATING_DELIGHT - 1] * SPLIT_ROOM_FRACTION >= total;
}

void
jm_touchpoint_get_rating_summary (JmTouchpoint    *touchpoint,
                                  JmRatingSummary *summary)
{
  guint named[JM_N_RATINGS], hands[JM_N_RATINGS];

  g_return_if_fail (JM_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (summary != NULL);

  jm_touchpoint_count_ratings (touchpoint, named);
  for (guint i = 0; i < JM_N_RATINGS; i++)
    hands[i] = jm_touchpoint_get_hands (touchpoint, i + 1);

  jm_rating_summary_compute (summary, named, hands);
}

const char *
jm_rating_class_get_label (JmRatingClass classification)
{
  switch (classification)
    {
    case JM_RATING_CLASS_DISAPPOINTMENT:
      return _("Disappointment factor");
    case JM_RATING_CLASS_OK:
      return _("OK factor");
    case JM_RATING_CLASS_DELIGHT:
      return _("Delight factor");
    case JM_RATING_CLASS_MIXED:
      /* Translators: a touchpoint whose votes tie, so it is no single factor */
      return _("Mixed");
    case JM_RATING_CLASS_UNCLASSIFIED:
      return _("Not rated");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
jm_rating_summary_describe_split (void)
{
  /* Translators: legend line; must match the rule, a quarter each */
  return _("Split room: at least a quarter each disappointed and delighted");
}

const char *
jm_rating_summary_describe_spread (void)
{
  /* Translators: legend line for the translucent band around the emotional curve */
  return _("Band: spread of the votes (one standard deviation)");
}

/* The two touchpoint functions below read only public API, so they
 * live here beside the rest of the arithmetic. */

void
jm_touchpoint_count_ratings (JmTouchpoint *self,
                             guint         counts[JM_N_RATINGS])
{
  guint n;

  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (counts != NULL);

  for (guint i = 0; i < JM_N_RATINGS; i++)
    counts[i] = 0;

  n = jm_touchpoint_get_n_ratings (self);
  for (guint i = 0; i < n; i++)
    {
      const char *participant = jm_touchpoint_get_rating_participant (self, i);

      counts[jm_touchpoint_get_rating (self, participant) - 1]++;
    }
}

gboolean
jm_rating_summary_get_effective_emotion (const JmRatingSummary *summary,
                                         JmTouchpoint          *touchpoint,
                                         double                *emotion,
                                         gboolean              *is_derived)
{
  g_return_val_if_fail (summary != NULL, FALSE);
  g_return_val_if_fail (JM_IS_TOUCHPOINT (touchpoint), FALSE);

  if (jm_touchpoint_get_has_emotion (touchpoint))
    {
      if (emotion)
        *emotion = jm_touchpoint_get_emotion (touchpoint);
      if (is_derived)
        *is_derived = FALSE;
      return TRUE;
    }

  if (summary->total == 0)
    return FALSE;

  if (emotion)
    *emotion = summary->mean;
  if (is_derived)
    *is_derived = TRUE;

  return TRUE;
}

gboolean
jm_touchpoint_get_effective_emotion (JmTouchpoint *self,
                                     double       *emotion,
                                     gboolean     *is_derived)
{
  JmRatingSummary summary = { 0 };

  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), FALSE);

  /* a hand-set emotion needs no count of the votes */
  if (!jm_touchpoint_get_has_emotion (self))
    jm_touchpoint_get_rating_summary (self, &summary);

  return jm_rating_summary_get_effective_emotion (&summary, self, emotion, is_derived);
}

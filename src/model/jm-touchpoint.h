/* jm-touchpoint.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "jm-types.h"
#include "jm-kpi.h"
#include "jm-internal-step.h"

G_BEGIN_DECLS

/* Most hands one rating of a show of hands may count: far more than
 * any room, small enough that a typo like 50000 is caught. */
#define JM_HANDS_MAX 9999

#define JM_TYPE_TOUCHPOINT (jm_touchpoint_get_type())

G_DECLARE_FINAL_TYPE (JmTouchpoint, jm_touchpoint, JM, TOUCHPOINT, GObject)

/* A card in one persona lane and one phase.
 *
 * Properties:
 *   "id", "persona" (persona id), "phase" (phase id), "title", "action",
 *   "channel", "owner", "feeling", "quick-win"        strings
 *   "owned"                                           boolean (own, not third-party)
 *   "emotion"                                         double, -2 … +2
 *   "has-emotion"                                     boolean: FALSE means derived
 *                                                     from the ratings. The two
 *                                                     properties are independent;
 *                                                     jm_touchpoint_set_emotion()
 *                                                     sets both
 *   "expectation", "performance"                      int 1–5, 0 = unset
 *   "super"                                           boolean (moment of truth)
 *   "status"                                          JmStatus as int
 *   "hands-disappointment", "hands-ok", "hands-delight"
 *                                                     int 0 … JM_HANDS_MAX: a show
 *                                                     of hands, votes without names
 *
 * Ratings (participant id → JmRating), KPIs and internal steps are
 * ordered collections changed through JmDocument.
 *
 * Setters are for building detached objects; once in a document, change
 * a touchpoint through JmDocument.
 */
JmTouchpoint   *jm_touchpoint_new                  (const char     *id,
                                                    const char     *persona_id,
                                                    const char     *phase_id,
                                                    const char     *title);

/* A deep copy: every field, the votes, KPIs and internal steps. */
JmTouchpoint   *jm_touchpoint_copy                 (JmTouchpoint   *self);

const char     *jm_touchpoint_get_id               (JmTouchpoint   *self);
const char     *jm_touchpoint_get_persona          (JmTouchpoint   *self);
const char     *jm_touchpoint_get_phase            (JmTouchpoint   *self);
const char     *jm_touchpoint_get_title            (JmTouchpoint   *self);
const char     *jm_touchpoint_get_action           (JmTouchpoint   *self);
const char     *jm_touchpoint_get_channel          (JmTouchpoint   *self);
gboolean        jm_touchpoint_get_owned            (JmTouchpoint   *self);
const char     *jm_touchpoint_get_owner            (JmTouchpoint   *self);
const char     *jm_touchpoint_get_feeling          (JmTouchpoint   *self);
gboolean        jm_touchpoint_get_has_emotion      (JmTouchpoint   *self);
double          jm_touchpoint_get_emotion          (JmTouchpoint   *self);
int             jm_touchpoint_get_expectation      (JmTouchpoint   *self);
int             jm_touchpoint_get_performance      (JmTouchpoint   *self);
gboolean        jm_touchpoint_get_super            (JmTouchpoint   *self);
JmStatus        jm_touchpoint_get_status           (JmTouchpoint   *self);
const char     *jm_touchpoint_get_quick_win        (JmTouchpoint   *self);

void            jm_touchpoint_set_id               (JmTouchpoint   *self,
                                                    const char     *id);
void            jm_touchpoint_set_persona          (JmTouchpoint   *self,
                                                    const char     *persona_id);
void            jm_touchpoint_set_phase            (JmTouchpoint   *self,
                                                    const char     *phase_id);
void            jm_touchpoint_set_title            (JmTouchpoint   *self,
                                                    const char     *title);
void            jm_touchpoint_set_action           (JmTouchpoint   *self,
                                                    const char     *action);
void            jm_touchpoint_set_channel          (JmTouchpoint   *self,
                                                    const char     *channel);
void            jm_touchpoint_set_owned            (JmTouchpoint   *self,
                                                    gboolean        owned);
void            jm_touchpoint_set_owner            (JmTouchpoint   *self,
                                                    const char     *owner);
void            jm_touchpoint_set_feeling          (JmTouchpoint   *self,
                                                    const char     *feeling);
void            jm_touchpoint_set_emotion          (JmTouchpoint   *self,
                                                    double          emotion);
void            jm_touchpoint_unset_emotion        (JmTouchpoint   *self);
void            jm_touchpoint_set_expectation      (JmTouchpoint   *self,
                                                    int             expectation);
void            jm_touchpoint_set_performance      (JmTouchpoint   *self,
                                                    int             performance);
void            jm_touchpoint_set_super            (JmTouchpoint   *self,
                                                    gboolean        is_super);
void            jm_touchpoint_set_status           (JmTouchpoint   *self,
                                                    JmStatus        status);
void            jm_touchpoint_set_quick_win        (JmTouchpoint   *self,
                                                    const char     *quick_win);

/* Ratings, in the order they were first given. The participant's id
 * is interned (g_intern_string()): compare it as a pointer. */
guint           jm_touchpoint_get_n_ratings        (JmTouchpoint   *self);
const char     *jm_touchpoint_get_rating_participant (JmTouchpoint *self,
                                                    guint           position);
JmRating        jm_touchpoint_get_rating           (JmTouchpoint   *self,
                                                    const char     *participant_id);
/* JM_RATING_NONE removes the vote */
void            jm_touchpoint_set_rating           (JmTouchpoint   *self,
                                                    const char     *participant_id,
                                                    JmRating        rating);
/* Named votes only: counts[0] disappointment, counts[1] ok,
 * counts[2] delight. For every vote, named and show of hands, see
 * jm_touchpoint_get_rating_summary() in jm-rating-summary.h. */
void            jm_touchpoint_count_ratings        (JmTouchpoint   *self,
                                                    guint           counts[JM_N_RATINGS]);

/* Show of hands: how many raised their hand for @rating (not NONE). */
guint           jm_touchpoint_get_hands            (JmTouchpoint   *self,
                                                    JmRating        rating);
void            jm_touchpoint_set_hands            (JmTouchpoint   *self,
                                                    JmRating        rating,
                                                    guint           count);
/* The property behind a rating's count, e.g. "hands-ok", for
 * jm_document_set_int() (undoable like every value change). */
const char     *jm_touchpoint_hands_property       (JmRating        rating);

/* The emotion drawn on the curve: the hand-set value if there is one,
 * else the mean of all votes, named and show of hands (delight +2,
 * OK 0, disappointment −2). Returns FALSE if there is neither.
 * @is_derived may be NULL.
 */
gboolean        jm_touchpoint_get_effective_emotion (JmTouchpoint  *self,
                                                    double         *emotion,
                                                    gboolean       *is_derived);

guint           jm_touchpoint_get_n_kpis           (JmTouchpoint   *self);
JmKpi          *jm_touchpoint_get_kpi              (JmTouchpoint   *self,
                                                    guint           position);
void            jm_touchpoint_insert_kpi           (JmTouchpoint   *self,
                                                    JmKpi          *kpi,
                                                    int             position);
void            jm_touchpoint_remove_kpi           (JmTouchpoint   *self,
                                                    guint           position);

guint           jm_touchpoint_get_n_internal_steps (JmTouchpoint   *self);
JmInternalStep *jm_touchpoint_get_internal_step    (JmTouchpoint   *self,
                                                    guint           position);
void            jm_touchpoint_insert_internal_step (JmTouchpoint   *self,
                                                    JmInternalStep *step,
                                                    int             position);
void            jm_touchpoint_remove_internal_step (JmTouchpoint   *self,
                                                    guint           position);

G_END_DECLS

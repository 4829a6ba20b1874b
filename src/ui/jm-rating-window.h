/* jm-rating-window.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-history.h"

G_BEGIN_DECLS

#define JM_TYPE_RATING_WINDOW (jm_rating_window_get_type())

G_DECLARE_FINAL_TYPE (JmRatingWindow, jm_rating_window, JM, RATING_WINDOW, AdwWindow)

/* Rating mode for the projector: one touchpoint at a time, large, with
 * one row per participant and the three ratings. Keyboard driven:
 * Up/Down picks the participant, 1/2/3 rates, 0 or BackSpace clears,
 * Right/Left or N/P steps through the touchpoints in reading order,
 * R reveals or hides the results, H switches to counting a show of
 * hands, Escape leaves.
 *
 * Properties: "history" (JmHistory, construct-only), "touchpoint" (the
 * current JmTouchpoint), "results-hidden" (boolean: the round is still
 * open, so nobody sees how others voted).
 *
 * Actions (group "rating"): previous, next, reveal, show-of-hands, clear.
 */
JmRatingWindow *jm_rating_window_new                (GtkWindow      *parent,
                                                     JmHistory      *history);

JmTouchpoint   *jm_rating_window_get_touchpoint     (JmRatingWindow *self);
void            jm_rating_window_set_touchpoint     (JmRatingWindow *self,
                                                     JmTouchpoint   *touchpoint);
gboolean        jm_rating_window_get_results_hidden (JmRatingWindow *self);
void            jm_rating_window_set_results_hidden (JmRatingWindow *self,
                                                     gboolean        hidden);
/* Counting raised hands: 1/2/3 add a hand to a rating instead of
 * rating the chosen participant (H toggles). */
gboolean        jm_rating_window_get_show_of_hands  (JmRatingWindow *self);
void            jm_rating_window_set_show_of_hands  (JmRatingWindow *self,
                                                     gboolean        show_of_hands);
/* The participant the next 1/2/3 is for (index into the document's list). */
guint           jm_rating_window_get_participant    (JmRatingWindow *self);
void            jm_rating_window_set_participant    (JmRatingWindow *self,
                                                     guint           index);
/* Handles one key press as the window does; TRUE if it was used. */
gboolean        jm_rating_window_handle_key         (JmRatingWindow *self,
                                                     guint           keyval,
                                                     GdkModifierType state);

/* "12 of 48 touchpoints rated by everyone"; free with g_free(). */
char           *jm_rating_window_dup_progress       (JmRatingWindow *self);

G_END_DECLS

/* jm-rating-window-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-rating-window.h"

G_BEGIN_DECLS

struct _JmRatingWindow
{
  AdwWindow       parent_instance;

  /* template children */
  AdwWindowTitle *window_title;
  GtkToggleButton *reveal_button;
  GtkWidget      *touchpoint_box;
  GtkLabel       *context_label;
  GtkLabel       *title_label;
  GtkLabel       *details_label;
  GtkLabel       *progress_label;
  GtkLabel       *results_label;
  GtkProgressBar *progress_bar;
  GtkListBox     *participant_list;
  GtkToggleButton *hands_button;
  GtkWidget      *hands_box;
  GtkWidget      *hands_row;

  JmHistory      *history;
  JmDocument     *document;
  JmTouchpoint   *touchpoint;
  guint           participant;
  gboolean        results_hidden;
  gboolean        show_of_hands;
  /* the three GtkSpinButtons of the show of hands, by rating − 1 */
  GtkSpinButton  *hands_spins[JM_N_RATINGS];
  gboolean        updating_hands;
  /* the touchpoints in reading order; NULL when a change may have
   * changed it. Votes leave it as it is. */
  GPtrArray      *order;
  /* with it, how far the room got with each (double), their sum and how
   * many are done; NULL when a change of participants dropped it */
  GArray         *progress;
  double          progress_sum;
  guint           progress_done;
  /* what changed in the batch under way, followed at its end */
  gboolean        batch_changed;
  gboolean        batch_changed_participants;
  /* one GtkButton per participant and rating: [participant * 3 + rating − 1] */
  GPtrArray      *rating_buttons;
  GPtrArray      *status_labels;
};

/* The three ratings as the rating mode shows them. */
typedef struct
{
  JmRating    rating;
  const char *icon;
  const char *css;
  const char *label;
  const char *key;
} JmRatingInfo;

extern const JmRatingInfo jm_rating_info[JM_N_RATINGS];

/* jm-rating-window-participants.c */
void jm_rating_window_rebuild_participants (JmRatingWindow *self);
void jm_rating_window_update_votes         (JmRatingWindow *self);
/* Gives @participant's vote on the current touchpoint (NONE clears it). */
void jm_rating_window_rate                 (JmRatingWindow *self,
                                            guint           participant,
                                            JmRating        rating);

/* jm-rating-window-hands.c */
void jm_rating_window_init_hands    (JmRatingWindow *self);
void jm_rating_window_update_hands  (JmRatingWindow *self);
void jm_rating_window_add_hand      (JmRatingWindow *self,
                                     JmRating        rating);

G_END_DECLS

/* jm-rating-window-hands.c: the show of hands in rating mode
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A large room rarely names every voter: the facilitator counts raised
 * hands per rating instead. The counts are properties of the
 * touchpoint, so they are saved, undone and redone like any field.
 */

#define G_LOG_DOMAIN "jm-rating-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-rating-window-private.h"

static void
set_hands (JmRatingWindow *self,
           JmRating        rating,
           guint           count)
{
  JmTouchpoint *tp = self->touchpoint;
  g_autofree char *merge_key = NULL;

  if (tp == NULL || jm_touchpoint_get_hands (tp, rating) == count)
    return;

  /* counting up hand by hand is one step per touchpoint and rating */
  merge_key = g_strdup_printf ("hands:%s:%d", jm_touchpoint_get_id (tp), rating);
  jm_history_begin_group (self->history, _("Count Show of Hands"), merge_key);
  jm_document_set_int (self->document, tp, jm_touchpoint_hands_property (rating),
                       MIN (count, JM_HANDS_MAX));
  jm_history_end_group (self->history);
}

void
jm_rating_window_add_hand (JmRatingWindow *self,
                           JmRating        rating)
{
  g_return_if_fail (JM_IS_RATING_WINDOW (self));

  if (self->touchpoint != NULL)
    set_hands (self, rating, jm_touchpoint_get_hands (self->touchpoint, rating) + 1);
}

static void
on_hands_value_changed_cb (JmRatingWindow *self,
                           GtkSpinButton  *spin)
{
  if (self->updating_hands)
    return;

  for (guint r = 0; r < JM_N_RATINGS; r++)
    if (self->hands_spins[r] == spin)
      set_hands (self, jm_rating_info[r].rating, gtk_spin_button_get_value_as_int (spin));
}

static GtkWidget *
create_hands_field (JmRatingWindow *self,
                    guint           r)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *image = gtk_image_new_from_icon_name (jm_rating_info[r].icon);
  GtkWidget *label = gtk_label_new (_(jm_rating_info[r].label));
  GtkWidget *spin = gtk_spin_button_new_with_range (0, JM_HANDS_MAX, 1);

  gtk_widget_add_css_class (box, "rating-hands-field");
  gtk_widget_add_css_class (box, jm_rating_info[r].css);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), spin);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(jm_rating_info[r].label), -1);

  self->hands_spins[r] = GTK_SPIN_BUTTON (spin);
  g_signal_connect_swapped (spin, "value-changed", G_CALLBACK (on_hands_value_changed_cb), self);

  return box;
}

void
jm_rating_window_init_hands (JmRatingWindow *self)
{
  for (guint r = 0; r < JM_N_RATINGS; r++)
    gtk_box_append (GTK_BOX (self->hands_row), create_hands_field (self, r));
}

void
jm_rating_window_update_hands (JmRatingWindow *self)
{
  self->updating_hands = TRUE;
  for (guint r = 0; r < JM_N_RATINGS; r++)
    {
      guint count = self->touchpoint ? jm_touchpoint_get_hands (self->touchpoint, jm_rating_info[r].rating) : 0;

      gtk_spin_button_set_value (self->hands_spins[r], count);
      gtk_widget_set_sensitive (GTK_WIDGET (self->hands_spins[r]), self->touchpoint != NULL);
    }
  self->updating_hands = FALSE;

  gtk_widget_set_visible (self->hands_box, self->show_of_hands);
  gtk_toggle_button_set_active (self->hands_button, self->show_of_hands);
}

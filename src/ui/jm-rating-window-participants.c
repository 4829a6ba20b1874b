/* jm-rating-window-participants.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rating window's rows, one per participant: a button per rating
 * and what the participant gave the current touchpoint. */

#include "config.h"

#include <glib/gi18n.h>

#include "jm-rating-window-private.h"

void
jm_rating_window_update_votes (JmRatingWindow *self)
{
  guint n = MIN (jm_document_get_n_participants (self->document), self->status_labels->len);

  for (guint p = 0; p < n; p++)
    {
      JmParticipant *participant = jm_document_get_participant (self->document, p);
      JmRating rating = JM_RATING_NONE;

      if (self->touchpoint != NULL)
        rating = jm_touchpoint_get_rating (self->touchpoint, jm_participant_get_id (participant));

      for (guint r = 0; r < JM_N_RATINGS; r++)
        {
          GtkWidget *button = g_ptr_array_index (self->rating_buttons, p * JM_N_RATINGS + r);
          gboolean chosen = !self->results_hidden && rating == jm_rating_info[r].rating;

          if (chosen)
            gtk_widget_add_css_class (button, "chosen");
          else
            gtk_widget_remove_css_class (button, "chosen");
          gtk_widget_set_sensitive (button, self->touchpoint != NULL);
        }

      /* once revealed, the highlighted button says it all */
      gtk_label_set_text (g_ptr_array_index (self->status_labels, p),
                          rating == JM_RATING_NONE ? _("Not yet rated")
                          : self->results_hidden ? _("Rated") : "");
    }
}

void
jm_rating_window_rate (JmRatingWindow *self,
                       guint           participant,
                       JmRating        rating)
{
  JmParticipant *p;

  if (self->touchpoint == NULL || participant >= jm_document_get_n_participants (self->document))
    return;

  p = jm_document_get_participant (self->document, participant);
  jm_document_set_rating (self->document, self->touchpoint, jm_participant_get_id (p), rating);
}

static void
on_rating_button_clicked_cb (JmRatingWindow *self,
                             GtkButton      *button)
{
  guint index;

  if (!g_ptr_array_find (self->rating_buttons, button, &index))
    return;

  jm_rating_window_set_participant (self, index / JM_N_RATINGS);
  jm_rating_window_rate (self, index / JM_N_RATINGS, jm_rating_info[index % JM_N_RATINGS].rating);
}

static GtkWidget *
create_rating_button (JmRatingWindow *self,
                      guint           r)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (_(jm_rating_info[r].label));
  GtkWidget *key = gtk_label_new (jm_rating_info[r].key);

  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (jm_rating_info[r].icon));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), key);
  gtk_widget_add_css_class (key, "rating-key");
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "rating-button");
  gtk_widget_add_css_class (button, jm_rating_info[r].css);
  gtk_widget_set_focus_on_click (button, FALSE);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_rating_button_clicked_cb), self);

  return button;
}

static GtkWidget *
create_participant_row (JmRatingWindow *self,
                        JmParticipant  *participant)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (jm_participant_get_name (participant));
  GtkWidget *role = gtk_label_new (jm_participant_get_role (participant));
  GtkWidget *status = gtk_label_new (NULL);

  gtk_widget_add_css_class (row, "rating-row");
  gtk_widget_add_css_class (name, "rating-name");
  gtk_widget_add_css_class (role, "dim-label");
  gtk_widget_add_css_class (status, "rating-status");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (role), 0);
  gtk_label_set_xalign (GTK_LABEL (status), 1);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_visible (role, jm_participant_get_role (participant) != NULL &&
                                *jm_participant_get_role (participant) != '\0');
  gtk_widget_set_hexpand (names, TRUE);
  gtk_widget_set_valign (names, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (names), name);
  gtk_box_append (GTK_BOX (names), role);
  gtk_box_append (GTK_BOX (row), names);
  gtk_box_append (GTK_BOX (row), status);
  g_ptr_array_add (self->status_labels, status);

  for (guint r = 0; r < JM_N_RATINGS; r++)
    {
      GtkWidget *button = create_rating_button (self, r);

      gtk_box_append (GTK_BOX (row), button);
      g_ptr_array_add (self->rating_buttons, button);
    }

  return row;
}

void
jm_rating_window_rebuild_participants (JmRatingWindow *self)
{
  GtkWidget *child;
  guint n = jm_document_get_n_participants (self->document);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->participant_list))) != NULL)
    gtk_list_box_remove (self->participant_list, child);
  g_ptr_array_set_size (self->rating_buttons, 0);
  g_ptr_array_set_size (self->status_labels, 0);

  for (guint p = 0; p < n; p++)
    gtk_list_box_append (self->participant_list,
                         create_participant_row (self, jm_document_get_participant (self->document, p)));

  jm_rating_window_set_participant (self, MIN (self->participant, n > 0 ? n - 1 : 0));
}

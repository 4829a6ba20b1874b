/* test-rating-window.c: a rating round driven from the keyboard
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-file.h"
#include "jm-rating-window-private.h"
#include "jm-ui-test.h"

typedef struct
{
  JmDocument     *document;
  JmHistory      *history;
  JmRatingWindow *window;
} Fixture;

/* One persona, two phases, three touchpoints; Lea, Tom and Ida. */
static JmDocument *
build_document (void)
{
  JmDocument *doc = jm_document_new ();
  g_autoptr(JmPersona) persona = jm_persona_new ("p1", "Anna");
  const char *names[] = { "Lea", "Tom", "Ida" };
  /* array order differs from reading order on purpose */
  const char *cards[][2] = { { "later", "ph2" }, { "first", "ph1" }, { "second", "ph1" } };

  jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("ph%u", i);
      g_autoptr(JmPhase) phase = jm_phase_new (id, i == 1 ? "Awareness" : "Purchase");

      jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i + 1);
      g_autoptr(JmTouchpoint) tp = jm_touchpoint_new (id, "p1", cards[i][1], cards[i][0]);

      jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = g_strdup_printf ("u%u", i + 1);
      g_autoptr(JmParticipant) participant = jm_participant_new (id, names[i]);

      jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, participant, -1);
    }

  return doc;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->document = build_document ();
  fixture->history = jm_history_new (fixture->document);
  fixture->window = jm_rating_window_new (NULL, fixture->history);
  gtk_window_present (GTK_WINDOW (fixture->window));
  jm_ui_test_iterate (50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->document);
}

static void
press (Fixture *fixture,
       guint    keyval)
{
  g_assert_true (jm_rating_window_handle_key (fixture->window, keyval, 0));
}

static const char *
current_title (Fixture *fixture)
{
  return jm_touchpoint_get_title (jm_rating_window_get_touchpoint (fixture->window));
}

static JmRating
rating_of (Fixture    *fixture,
           const char *touchpoint_title,
           const char *participant_id)
{
  for (guint i = 0; i < jm_document_get_n_touchpoints (fixture->document); i++)
    {
      JmTouchpoint *tp = jm_document_get_touchpoint (fixture->document, i);

      if (g_strcmp0 (jm_touchpoint_get_title (tp), touchpoint_title) == 0)
        return jm_touchpoint_get_rating (tp, participant_id);
    }
  g_assert_not_reached ();
}

static void
test_full_round (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *start = jm_rating_window_dup_progress (fixture->window);
  g_autofree char *end = NULL;

  g_assert_cmpstr (start, ==, "0 of 3 touchpoints rated by everyone");
  /* reading order: persona, phase, card order — not the array order */
  g_assert_cmpstr (current_title (fixture), ==, "first");

  /* 1/2/3 rate and go round the room */
  press (fixture, GDK_KEY_3);
  press (fixture, GDK_KEY_2);
  press (fixture, GDK_KEY_1);
  g_assert_cmpint (rating_of (fixture, "first", "u1"), ==, JM_RATING_DELIGHT);
  g_assert_cmpint (rating_of (fixture, "first", "u2"), ==, JM_RATING_OK);
  g_assert_cmpint (rating_of (fixture, "first", "u3"), ==, JM_RATING_DISAPPOINTMENT);

  press (fixture, GDK_KEY_Right);
  g_assert_cmpstr (current_title (fixture), ==, "second");
  g_assert_cmpuint (jm_rating_window_get_participant (fixture->window), ==, 0);
  press (fixture, GDK_KEY_KP_3);
  press (fixture, GDK_KEY_3);
  press (fixture, GDK_KEY_3);

  press (fixture, GDK_KEY_n);
  g_assert_cmpstr (current_title (fixture), ==, "later");
  press (fixture, GDK_KEY_1);
  press (fixture, GDK_KEY_1);
  press (fixture, GDK_KEY_2);
  /* past the last one stays on the last one */
  press (fixture, GDK_KEY_Right);
  g_assert_cmpstr (current_title (fixture), ==, "later");

  end = jm_rating_window_dup_progress (fixture->window);
  g_assert_cmpstr (end, ==, "3 of 3 touchpoints rated by everyone");

  /* every vote is one undo step */
  g_assert_cmpuint (jm_history_get_n_undo (fixture->history), ==, 9);
  g_assert_cmpstr (jm_history_get_undo_label (fixture->history), ==, "Rate Touchpoint");

  press (fixture, GDK_KEY_p);
  press (fixture, GDK_KEY_Left);
  g_assert_cmpstr (current_title (fixture), ==, "first");
}

static void
test_pick_and_clear (Fixture       *fixture,
                     gconstpointer  data)
{
  press (fixture, GDK_KEY_Down);
  press (fixture, GDK_KEY_Down);
  g_assert_cmpuint (jm_rating_window_get_participant (fixture->window), ==, 2);
  press (fixture, GDK_KEY_Down);  /* stays on the last */
  g_assert_cmpuint (jm_rating_window_get_participant (fixture->window), ==, 2);

  press (fixture, GDK_KEY_2);
  g_assert_cmpint (rating_of (fixture, "first", "u3"), ==, JM_RATING_OK);
  press (fixture, GDK_KEY_0);
  g_assert_cmpint (rating_of (fixture, "first", "u3"), ==, JM_RATING_NONE);

  press (fixture, GDK_KEY_Up);
  press (fixture, GDK_KEY_3);
  press (fixture, GDK_KEY_Up);
  press (fixture, GDK_KEY_BackSpace);
  g_assert_cmpint (rating_of (fixture, "first", "u2"), ==, JM_RATING_NONE);

  /* Ctrl+Z undoes the last vote right here */
  g_assert_true (jm_rating_window_handle_key (fixture->window, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_cmpint (rating_of (fixture, "first", "u2"), ==, JM_RATING_DELIGHT);
}

static void
test_results_hidden_until_revealed (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_assert_true (jm_rating_window_get_results_hidden (fixture->window));
  press (fixture, GDK_KEY_3);
  press (fixture, GDK_KEY_r);
  g_assert_false (jm_rating_window_get_results_hidden (fixture->window));
  press (fixture, GDK_KEY_R);
  g_assert_true (jm_rating_window_get_results_hidden (fixture->window));
}

static void
test_deleted_participant_and_touchpoint (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autofree char *progress = NULL;
  JmTouchpoint *first = jm_rating_window_get_touchpoint (fixture->window);

  jm_document_remove (fixture->document, JM_COLLECTION_PARTICIPANTS, NULL,
                      jm_document_get_participant (fixture->document, 2));
  press (fixture, GDK_KEY_Down);
  press (fixture, GDK_KEY_Down);
  g_assert_cmpuint (jm_rating_window_get_participant (fixture->window), ==, 1);

  jm_document_remove (fixture->document, JM_COLLECTION_TOUCHPOINTS, NULL, first);
  g_assert_cmpstr (current_title (fixture), ==, "second");

  progress = jm_rating_window_dup_progress (fixture->window);
  g_assert_cmpstr (progress, ==, "0 of 2 touchpoints rated by everyone");
}

/* An undo step of many changes is followed once, at its end: the
 * window puts the whole map in reading order for every refresh. */
static void
test_batch_followed_at_end (Fixture       *fixture,
                            gconstpointer  data)
{
  JmRatingWindow *window = fixture->window;
  JmTouchpoint *first = jm_rating_window_get_touchpoint (window);
  g_autoptr(JmParticipant) guest = jm_participant_new ("u9", "Guest");
  g_autofree char *progress = NULL;
  guint updates = 0;

  g_signal_connect (window->progress_label, "notify::label", G_CALLBACK (jm_ui_test_count_notify_cb), &updates);
  jm_history_begin_group (fixture->history, "Tidy Up", NULL);
  jm_document_remove (fixture->document, JM_COLLECTION_TOUCHPOINTS, NULL,
                      jm_document_find_touchpoint (fixture->document, "t1"));
  jm_document_remove (fixture->document, JM_COLLECTION_TOUCHPOINTS, NULL, first);
  jm_document_insert (fixture->document, JM_COLLECTION_PARTICIPANTS, NULL, guest, -1);
  g_assert_cmpuint (updates, ==, 0);
  jm_history_end_group (fixture->history);

  g_assert_cmpuint (updates, ==, 1);
  g_assert_cmpstr (current_title (fixture), ==, "second");
  progress = jm_rating_window_dup_progress (window);
  g_assert_cmpstr (progress, ==, "0 of 1 touchpoint rated by everyone");
  g_assert_cmpuint (window->rating_buttons->len, ==, 4 * JM_N_RATINGS);
  g_signal_handlers_disconnect_by_data (window->progress_label, &updates);
}

/* The window keeps each touchpoint's progress between votes; after any
 * change it shows what a window opened afresh shows. */
static void
test_progress_follows_changes (Fixture       *fixture,
                               gconstpointer  data)
{
  JmDocument *doc = fixture->document;

  for (guint step = 0; step < 60; step++)
    {
      guint n = jm_document_get_n_touchpoints (doc);
      JmTouchpoint *tp = jm_document_get_touchpoint (doc, g_test_rand_int_range (0, n));
      JmRatingWindow *fresh;
      g_autofree char *kept_text = NULL;
      g_autofree char *fresh_text = NULL;

      switch (step % 6)
        {
        case 0:
        case 1:
        case 2:
          {
            JmParticipant *participant =
              jm_document_get_participant (doc, g_test_rand_int_range (0, jm_document_get_n_participants (doc)));

            jm_document_set_rating (doc, tp, jm_participant_get_id (participant),
                                    g_test_rand_int_range (JM_RATING_NONE, JM_RATING_DELIGHT + 1));
          }
          break;
        case 3:
          jm_document_set_int (doc, G_OBJECT (tp), "hands-ok", g_test_rand_int_range (0, 2));
          break;
        case 4:
          if (step % 12 == 4)
            {
              g_autoptr(JmParticipant) guest = jm_participant_new (NULL, "Guest");
              g_autofree char *id = jm_document_make_id (doc, JM_COLLECTION_PARTICIPANTS, "u");

              g_object_set (guest, "id", id, NULL);
              jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, guest, -1);
            }
          else
            {
              jm_history_undo (fixture->history);
            }
          break;
        default:
          if (n > 1)
            jm_document_remove (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp);
          break;
        }

      fresh = jm_rating_window_new (NULL, fixture->history);
      kept_text = jm_rating_window_dup_progress (fixture->window);
      fresh_text = jm_rating_window_dup_progress (fresh);
      g_assert_cmpstr (kept_text, ==, fresh_text);
      g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (fixture->window->progress_bar),
                                      gtk_progress_bar_get_fraction (fresh->progress_bar), 1e-9);
      gtk_window_destroy (GTK_WINDOW (fresh));
    }
}

static void
test_show_of_hands (Fixture       *fixture,
                    gconstpointer  data)
{
  JmTouchpoint *first = jm_rating_window_get_touchpoint (fixture->window);
  g_autofree char *progress = NULL;

  press (fixture, GDK_KEY_h);
  g_assert_true (jm_rating_window_get_show_of_hands (fixture->window));

  /* 1/2/3 count hands now, and nobody is rated by name */
  press (fixture, GDK_KEY_3);
  press (fixture, GDK_KEY_3);
  press (fixture, GDK_KEY_1);
  g_assert_cmpuint (jm_touchpoint_get_hands (first, JM_RATING_DELIGHT), ==, 2);
  g_assert_cmpuint (jm_touchpoint_get_hands (first, JM_RATING_DISAPPOINTMENT), ==, 1);
  g_assert_cmpint (jm_touchpoint_get_rating (first, "u1"), ==, JM_RATING_NONE);

  /* counting up one rating is one step */
  g_assert_cmpuint (jm_history_get_n_undo (fixture->history), ==, 2);
  g_assert_cmpstr (jm_history_get_undo_label (fixture->history), ==, "Count Show of Hands");

  /* a show of hands answers for the whole room */
  progress = jm_rating_window_dup_progress (fixture->window);
  g_assert_cmpstr (progress, ==, "1 of 3 touchpoints rated by everyone");

  jm_history_undo (fixture->history);
  jm_history_undo (fixture->history);
  g_assert_cmpuint (jm_touchpoint_get_hands (first, JM_RATING_DELIGHT), ==, 0);

  press (fixture, GDK_KEY_H);
  g_assert_false (jm_rating_window_get_show_of_hands (fixture->window));
  press (fixture, GDK_KEY_1);
  g_assert_cmpint (jm_touchpoint_get_rating (first, "u1"), ==, JM_RATING_DISAPPOINTMENT);
}

static void
test_escape_leaves (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  JmRatingWindow *window = jm_rating_window_new (NULL, history);
  GtkWidget *weak = GTK_WIDGET (window);

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  gtk_window_present (GTK_WINDOW (window));
  jm_ui_test_iterate (20);
  g_assert_true (jm_rating_window_handle_key (window, GDK_KEY_Escape, 0));
  jm_ui_test_iterate (20);
  g_assert_null (weak);
}

int
main (int   argc,
      char *argv[])
{
  jm_ui_test_init (&argc, &argv);

  g_test_add ("/rating-window/full-round", Fixture, NULL,
              fixture_set_up, test_full_round, fixture_tear_down);
  g_test_add ("/rating-window/pick-and-clear", Fixture, NULL,
              fixture_set_up, test_pick_and_clear, fixture_tear_down);
  g_test_add ("/rating-window/results-hidden-until-revealed", Fixture, NULL,
              fixture_set_up, test_results_hidden_until_revealed, fixture_tear_down);
  g_test_add ("/rating-window/deleted-participant-and-touchpoint", Fixture, NULL,
              fixture_set_up, test_deleted_participant_and_touchpoint, fixture_tear_down);
  g_test_add ("/rating-window/batch-followed-at-end", Fixture, NULL,
              fixture_set_up, test_batch_followed_at_end, fixture_tear_down);
  g_test_add ("/rating-window/progress-follows-changes", Fixture, NULL,
              fixture_set_up, test_progress_follows_changes, fixture_tear_down);
  g_test_add ("/rating-window/show-of-hands", Fixture, NULL,
              fixture_set_up, test_show_of_hands, fixture_tear_down);
  g_test_add_func ("/rating-window/escape-leaves", test_escape_leaves);

  return jm_ui_test_run ();
}

/* test-window-workshop.c: rating rounds, priorities, presenting and CSV
 * from the window, through its actions
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-file.h"
#include "jm-layout-private.h"
#include "jm-rating-window.h"
#include "jm-ui-test.h"
#include "jm-window-private.h"

static gboolean
get_state (JmWindow   *window,
           const char *action)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), action);

  return g_variant_get_boolean (state);
}

/* With JM_TEST_SCREENSHOT_DIR, what the projector shows at 1920 × 1080
 * (there is no window manager here to make the round fullscreen). */
static void
save_projector_view (JmWindow     *window,
                     JmTouchpoint *tp,
                     gboolean      hidden,
                     const char   *name)
{
  JmRatingWindow *view;

  if (g_getenv ("JM_TEST_SCREENSHOT_DIR") == NULL)
    return;

  view = jm_rating_window_new (GTK_WINDOW (window), window->history);
  jm_rating_window_set_touchpoint (view, tp);
  jm_rating_window_set_results_hidden (view, hidden);
  jm_rating_window_set_participant (view, 2);
  gtk_window_set_default_size (GTK_WINDOW (view), 1920, 1080);
  gtk_window_present (GTK_WINDOW (view));
  jm_ui_test_save_png (GTK_WIDGET (view), name);
  gtk_window_destroy (GTK_WINDOW (view));
}

static void
test_rating_round (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);
  JmTouchpoint *tp = jm_document_get_touchpoint (doc, 5);
  JmParticipant *first = jm_document_get_participant (doc, 0);
  JmRatingWindow *rating;
  GtkWidget *weak;

  jm_canvas_set_selection (canvas, G_OBJECT (tp));
  jm_ui_test_activate (window, "rating-mode");
  jm_ui_test_iterate (50);

  rating = JM_RATING_WINDOW (window->rating_window);
  g_assert_nonnull (rating);
  /* the round starts at the selected card, with the results hidden everywhere */
  g_assert_true (jm_rating_window_get_touchpoint (rating) == tp);
  g_assert_true (jm_rating_window_get_results_hidden (rating));
  g_assert_true (jm_canvas_get_results_hidden (canvas));
  g_assert_true (get_state (window, "hide-results"));

  save_projector_view (window, tp, TRUE, "rating-hidden.png");

  /* a vote lands in the model and is undoable from the map's window */
  jm_document_set_rating (doc, tp, jm_participant_get_id (first), JM_RATING_NONE);
  g_assert_true (jm_rating_window_handle_key (rating, GDK_KEY_3, 0));
  g_assert_cmpint (jm_touchpoint_get_rating (tp, jm_participant_get_id (first)), ==, JM_RATING_DELIGHT);
  jm_ui_test_activate (window, "undo");
  g_assert_cmpint (jm_touchpoint_get_rating (tp, jm_participant_get_id (first)), ==, JM_RATING_NONE);

  /* revealing in the rating window reveals on the map too */
  g_assert_true (jm_rating_window_handle_key (rating, GDK_KEY_r, 0));
  save_projector_view (window, tp, FALSE, "rating-revealed.png");
  g_assert_false (jm_canvas_get_results_hidden (canvas));
  g_assert_false (get_state (window, "hide-results"));

  /* leaving puts the selection where the round stopped */
  g_assert_true (jm_rating_window_handle_key (rating, GDK_KEY_Right, 0));
  tp = jm_rating_window_get_touchpoint (rating);
  weak = GTK_WIDGET (rating);
  g_object_add_weak_pointer (G_OBJECT (rating), (gpointer *) &weak);
  g_assert_true (jm_rating_window_handle_key (rating, GDK_KEY_Escape, 0));
  jm_ui_test_iterate (50);
  g_assert_null (weak);
  g_assert_null (window->rating_window);
  g_assert_true (jm_canvas_get_selection (canvas) == G_OBJECT (tp));

  jm_ui_test_close_window (window);
}

static void
test_hide_results (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmCanvas *canvas = jm_window_get_canvas (window);
  g_autoptr(GFile) sample = jm_ui_test_source_file (JM_TEST_SAMPLE);

  g_assert_false (jm_canvas_get_results_hidden (canvas));
  jm_ui_test_activate (window, "hide-results");
  g_assert_true (jm_canvas_get_results_hidden (canvas));
  /* the curve must not give the votes away either */
  g_assert_true (jm_layout_get_hide_derived (jm_canvas_get_layout (canvas)));

  /* a map opened meanwhile comes with its results hidden, laid out
   * that way once, by the loader thread */
  jm_window_open_file (window, sample);
  jm_ui_test_wait_loaded (window);
  g_assert_true (jm_canvas_get_results_hidden (canvas));
  g_assert_true (jm_layout_get_hide_derived (jm_canvas_get_layout (canvas)));
  g_assert_cmpuint (jm_layout_get_n_full_updates (jm_canvas_get_layout (canvas)), ==, 1);

  jm_ui_test_activate (window, "hide-results");
  g_assert_false (jm_canvas_get_results_hidden (canvas));

  g_assert_false (jm_canvas_get_show_expected (canvas));
  jm_ui_test_activate (window, "show-expected");
  g_assert_true (jm_canvas_get_show_expected (canvas));

  jm_ui_test_close_window (window);
}

static void
test_priorities_select_card (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  GListModel *rows = jm_priority_view_get_rows (window->priority_view);
  g_autoptr(JmTouchpoint) worst = NULL;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->priority_view)));
  jm_ui_test_activate (window, "show-priorities");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->priority_view)));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==,
                    jm_document_get_n_touchpoints (jm_window_get_document (window)));

  jm_priority_view_sort_by (window->priority_view, JM_PRIORITY_COLUMN_DISAPPOINTMENT, GTK_SORT_DESCENDING);
  worst = g_list_model_get_item (rows, 0);
  jm_priority_view_activate_row (window->priority_view, 0);
  g_assert_true (jm_canvas_get_selection (jm_window_get_canvas (window)) == G_OBJECT (worst));

  jm_ui_test_close_window (window);
}

static void
test_present_steps_through_phases (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);

  jm_ui_test_activate (window, "present");
  g_assert_true (window->presenting);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->inspector)));
  g_assert_null (jm_canvas_get_focus (canvas));

  jm_window_step_focus (window, +1, FALSE);
  g_assert_true (jm_canvas_get_focus (canvas) == G_OBJECT (jm_document_get_phase (doc, 0)));
  jm_window_step_focus (window, +1, FALSE);
  g_assert_true (jm_canvas_get_focus (canvas) == G_OBJECT (jm_document_get_phase (doc, 1)));
  jm_window_step_focus (window, -1, TRUE);
  g_assert_true (jm_canvas_get_focus (canvas) ==
                 G_OBJECT (jm_document_get_persona (doc, jm_document_get_n_personas (doc) - 1)));

  /* off the end: the whole map again */
  for (guint i = 0; i < jm_document_get_n_personas (doc); i++)
    jm_window_step_focus (window, -1, TRUE);
  g_assert_null (jm_canvas_get_focus (canvas));

  jm_window_step_focus (window, +1, FALSE);
  jm_window_set_presenting (window, FALSE);
  g_assert_false (get_state (window, "present"));
  g_assert_null (jm_canvas_get_focus (canvas));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->inspector)));

  jm_ui_test_close_window (window);
}

static GFile *
write_temp (const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return g_file_new_for_path (path);
}

static void
test_csv_import (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmHistory *history = window->history;
  JmTouchpoint *tp = NULL;
  JmKpi *kpi;
  g_autofree char *before = jm_file_save_to_data (doc, NULL);
  g_autofree char *after_bad = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *good = NULL;
  g_autofree char *bad = NULL;
  g_autoptr(GFile) good_file = NULL;
  g_autoptr(GFile) bad_file = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < jm_document_get_n_touchpoints (doc) && tp == NULL; i++)
    if (jm_touchpoint_get_n_kpis (jm_document_get_touchpoint (doc, i)) > 0)
      tp = jm_document_get_touchpoint (doc, i);
  g_assert_nonnull (tp);
  kpi = jm_touchpoint_get_kpi (tp, 0);

  /* a bad number: refused with where, and nothing changes */
  bad = g_strdup_printf ("id,kpi1_name,kpi1_actual\r\n%s,%s,12x\r\n",
                         jm_touchpoint_get_id (tp), jm_kpi_get_name (kpi));
  bad_file = write_temp ("jm-test-bad.csv", bad);
  g_assert_false (jm_window_import_csv (window, bad_file, JM_CSV_IMPORT_NONE, &error));
  g_assert_error (error, JM_CSV_ERROR, JM_CSV_ERROR_VALUE);
  g_assert_nonnull (strstr (error->message, "2"));
  g_assert_nonnull (strstr (error->message, "kpi1_actual"));
  after_bad = jm_file_save_to_data (doc, NULL);
  g_assert_cmpstr (after_bad, ==, before);
  g_assert_false (jm_history_get_can_undo (history));
  g_clear_error (&error);

  /* a good one: one undo step */
  good = g_strdup_printf ("id,kpi1_name,kpi1_actual\r\n%s,%s,42.5\r\n",
                          jm_touchpoint_get_id (tp), jm_kpi_get_name (kpi));
  good_file = write_temp ("jm-test-good.csv", good);
  g_assert_true (jm_window_import_csv (window, good_file, JM_CSV_IMPORT_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (jm_kpi_get_actual (kpi), ==, 42.5);
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);

  jm_ui_test_activate (window, "undo");
  after_undo = jm_file_save_to_data (doc, NULL);
  g_assert_cmpstr (after_undo, ==, before);

  jm_ui_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  jm_ui_test_init (&argc, &argv);

  g_test_add_func ("/window-workshop/rating-round", test_rating_round);
  g_test_add_func ("/window-workshop/hide-results", test_hide_results);
  g_test_add_func ("/window-workshop/priorities-select-card", test_priorities_select_card);
  g_test_add_func ("/window-workshop/present-steps-through-phases", test_present_steps_through_phases);
  g_test_add_func ("/window-workshop/csv-import", test_csv_import);

  return jm_ui_test_run ();
}

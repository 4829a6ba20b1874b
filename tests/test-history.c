/* test-history.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-history.h"

static JmDocument *
build_document (void)
{
  JmDocument *doc = jm_document_new ();
  g_autoptr(JmPersona) persona = jm_persona_new ("p1", "Anna");
  g_autoptr(JmPhase) phase = jm_phase_new ("ph1", "Awareness");
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new ("t1", "p1", "ph1", "Ad");

  jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
  jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
  jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);

  return doc;
}

static void
test_undo_redo_single (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  JmTouchpoint *tp = jm_document_get_touchpoint (doc, 0);

  g_assert_false (jm_history_get_can_undo (history));
  g_assert_false (jm_history_get_modified (history));

  jm_document_move (doc, JM_COLLECTION_PERSONAS, NULL, jm_document_get_persona (doc, 0), 0);
  g_assert_false (jm_history_get_can_undo (history)); /* a no-op records nothing */

  jm_document_set_string (doc, tp, "title", "Sees an ad");
  g_assert_true (jm_history_get_can_undo (history));
  g_assert_true (jm_history_get_modified (history));

  jm_history_undo (history);
  g_assert_cmpstr (jm_touchpoint_get_title (tp), ==, "Ad");
  g_assert_false (jm_history_get_modified (history));
  g_assert_true (jm_history_get_can_redo (history));

  jm_history_redo (history);
  g_assert_cmpstr (jm_touchpoint_get_title (tp), ==, "Sees an ad");
  g_assert_false (jm_history_get_can_redo (history));
}

static void
test_group_is_one_step (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  g_autoptr(JmPhase) phase = jm_phase_new ("ph2", "Purchase");
  JmTouchpoint *tp = jm_document_get_touchpoint (doc, 0);

  jm_history_begin_group (history, "Move Touchpoint", NULL);
  jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
  jm_document_set_string (doc, tp, "phase", "ph2");
  jm_document_set_double (doc, tp, "emotion", 1.5);
  jm_history_end_group (history);

  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Move Touchpoint");

  jm_history_undo (history);
  g_assert_cmpuint (jm_document_get_n_phases (doc), ==, 1);
  g_assert_cmpstr (jm_touchpoint_get_phase (tp), ==, "ph1");
  g_assert_cmpfloat (jm_touchpoint_get_emotion (tp), ==, 0.0);
  g_assert_cmpstr (jm_history_get_redo_label (history), ==, "Move Touchpoint");
}

static void
log_change_cb (JmDocument     *doc,
               const JmChange *change,
               GString        *log)
{
  g_string_append_c (log, jm_document_is_in_batch (doc) ? 'c' : 'C');
}

static void
log_started_cb (JmDocument *doc,
                GString    *log)
{
  g_string_append_c (log, '[');
}

static void
log_finished_cb (JmDocument *doc,
                 GString    *log)
{
  g_string_append_c (log, ']');
}

static void
assert_log (GString    *log,
            const char *expected)
{
  g_assert_cmpstr (log->str, ==, expected);
  g_string_truncate (log, 0);
}

/* A step's changes come as one batch, when made and when undone or
 * redone, so views can leave costly work to its end; a change made
 * alone is no batch. */
static void
test_step_is_one_batch (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(JmPhase) phase = jm_phase_new ("ph2", "Purchase");
  JmTouchpoint *tp = jm_document_get_touchpoint (doc, 0);

  g_signal_connect (doc, "changed", G_CALLBACK (log_change_cb), log);
  g_signal_connect (doc, "batch-started", G_CALLBACK (log_started_cb), log);
  g_signal_connect (doc, "batch-finished", G_CALLBACK (log_finished_cb), log);

  jm_document_set_string (doc, tp, "title", "Sees an ad");
  assert_log (log, "C");

  jm_history_begin_group (history, "Move Touchpoint", NULL);
  jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
  jm_history_begin_group (history, "Inner", NULL);
  jm_document_set_string (doc, tp, "phase", "ph2");
  jm_history_end_group (history);
  g_assert_true (jm_document_is_in_batch (doc));
  jm_document_set_double (doc, tp, "emotion", 1.5);
  jm_history_end_group (history);
  assert_log (log, "[ccc]");
  g_assert_false (jm_document_is_in_batch (doc));

  jm_history_undo (history);
  assert_log (log, "[ccc]");
  jm_history_redo (history);
  assert_log (log, "[ccc]");

  /* a drag's group shows its changes as they come: no batch, nor are
   * the groups nested in it */
  jm_history_begin_live_group (history, "Set Emotion");
  jm_document_set_double (doc, tp, "emotion", 1.0);
  jm_history_begin_group (history, "Inner", NULL);
  jm_document_set_double (doc, tp, "emotion", 0.5);
  jm_history_end_group (history);
  jm_history_end_group (history);
  assert_log (log, "CC");
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Set Emotion");

  /* a group that changes nothing still ends its batch */
  jm_history_begin_group (history, "Nothing", NULL);
  jm_history_end_group (history);
  assert_log (log, "[]");
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 3);
}

static void
test_typing_merges (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  JmTouchpoint *tp = jm_document_get_touchpoint (doc, 0);
  const char *typed[] = { "A", "Ad", "Ad o", "Ad on", "Ad on TV" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      jm_history_begin_group (history, "Edit Title", "title:t1");
      jm_document_set_string (doc, tp, "title", typed[i]);
      jm_history_end_group (history);
    }
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);

  /* after sealing (focus left the field), typing starts a new step */
  jm_history_seal (history);
  jm_history_begin_group (history, "Edit Title", "title:t1");
  jm_document_set_string (doc, tp, "title", "Ad on TV!");
  jm_history_end_group (history);
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 2);

  jm_history_undo (history);
  g_assert_cmpstr (jm_touchpoint_get_title (tp), ==, "Ad on TV");
  jm_history_undo (history);
  g_assert_cmpstr (jm_touchpoint_get_title (tp), ==, "Ad");
}

static void
test_saved_point (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  JmTouchpoint *tp = jm_document_get_touchpoint (doc, 0);

  jm_document_set_string (doc, tp, "owner", "Marketing");
  jm_document_set_string (doc, tp, "channel", "web");
  jm_history_mark_saved (history);
  g_assert_false (jm_history_get_modified (history));

  /* undo past the save point, then redo back to it */
  jm_history_undo (history);
  g_assert_true (jm_history_get_modified (history));
  jm_history_redo (history);
  g_assert_false (jm_history_get_modified (history));

  /* typing right after a save does not merge into the saved step */
  jm_history_begin_group (history, "Edit", "channel:t1");
  jm_document_set_string (doc, tp, "channel", "app");
  jm_history_end_group (history);
  g_assert_true (jm_history_get_modified (history));
  jm_history_undo (history);
  g_assert_false (jm_history_get_modified (history));

  /* a new edit after undoing past the save drops the saved state for good */
  jm_history_undo (history);
  jm_document_set_string (doc, tp, "feeling", "curious");
  g_assert_true (jm_history_get_modified (history));
  jm_history_undo (history);
  g_assert_true (jm_history_get_modified (history));
}

static void
test_labels (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new ("t2", "p1", "ph1", "Shop");

  jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Add Touchpoint");
  jm_document_move (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, 0);
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Move Touchpoint");
  jm_document_set_rating (doc, tp, "u1", JM_RATING_OK);
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Rate Touchpoint");
  jm_document_remove (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp);
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Delete Touchpoint");
  jm_history_undo (history);
  g_assert_cmpint (jm_document_get_touchpoint_index (doc, tp), ==, 0);
  g_assert_cmpint (jm_touchpoint_get_rating (tp, "u1"), ==, JM_RATING_OK);
}

static void
test_finalize (void)
{
  JmDocument *doc = build_document ();
  JmHistory *history = jm_history_new (doc);

  jm_document_set_string (doc, doc, "title", "x");
  g_object_unref (doc);
  g_assert_finalize_object (history);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/undo-redo-single", test_undo_redo_single);
  g_test_add_func ("/history/group-is-one-step", test_group_is_one_step);
  g_test_add_func ("/history/step-is-one-batch", test_step_is_one_batch);
  g_test_add_func ("/history/typing-merges", test_typing_merges);
  g_test_add_func ("/history/saved-point", test_saved_point);
  g_test_add_func ("/history/labels", test_labels);
  g_test_add_func ("/history/finalize", test_finalize);

  return g_test_run ();
}

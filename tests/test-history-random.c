/* test-history-random.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The property behind undo/redo: after any session of edits, undoing
 * everything gives a document that saves byte for byte like the start,
 * and redoing everything one that saves like the end.
 */

#include "config.h"

#include "jm-file.h"
#include "jm-history.h"
#include "jm-random-edit.h"

#define N_EDITS 10000

static char *
save_to_string (JmDocument *doc)
{
  gsize length;

  return jm_file_save_to_data (doc, &length);
}

static void
test_undo_all_redo_all (void)
{
  g_autoptr(JmDocument) doc = jm_test_build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  g_autofree char *start = save_to_string (doc);
  g_autofree char *end = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  guint n_steps;

  for (guint i = 0; i < N_EDITS; )
    {
      /* a third of the steps are groups of several edits, like a drag */
      guint group = g_test_rand_int_range (0, 3) == 0 ? g_test_rand_int_range (2, 6) : 1;

      if (group > 1)
        jm_history_begin_group (history, "Group", NULL);
      for (guint j = 0; j < group && i < N_EDITS; j++, i++)
        jm_test_random_edit (doc, i);
      if (group > 1)
        jm_history_end_group (history);
    }

  end = save_to_string (doc);
  n_steps = jm_history_get_n_undo (history);
  g_assert_cmpuint (n_steps, >, N_EDITS / 4);
  g_assert_cmpstr (start, !=, end);
  g_assert_true (jm_history_get_modified (history));

  while (jm_history_get_can_undo (history))
    jm_history_undo (history);
  undone = save_to_string (doc);
  g_assert_cmpstr (undone, ==, start);
  g_assert_false (jm_history_get_modified (history));

  while (jm_history_get_can_redo (history))
    jm_history_redo (history);
  redone = save_to_string (doc);
  g_assert_cmpstr (redone, ==, end);
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, n_steps);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/random/undo-all-redo-all", test_undo_all_redo_all);

  return g_test_run ();
}

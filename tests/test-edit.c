/* test-edit.c: the editing commands every widget shares
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-edit.h"
#include "jm-file.h"

/* Two personas × two phases; cell (p1, ph1) holds a, b, c in that
 * order, (p2, ph2) holds d; Lea and Tom voted on a. */
static JmDocument *
build_document (void)
{
  JmDocument *doc = jm_document_new ();
  const char *cards[][3] = {
    { "a", "p1", "ph1" }, { "d", "p2", "ph2" }, { "b", "p1", "ph1" }, { "c", "p1", "ph1" },
  };

  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *pid = g_strdup_printf ("p%u", i);
      g_autofree char *phid = g_strdup_printf ("ph%u", i);
      g_autoptr(JmPersona) persona = jm_persona_new (pid, i == 1 ? "Anna" : "Ben");
      g_autoptr(JmPhase) phase = jm_phase_new (phid, i == 1 ? "Awareness" : "Purchase");

      jm_persona_set_color (persona, "#3584e4");
      jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
      jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autoptr(JmTouchpoint) tp = jm_touchpoint_new (cards[i][0], cards[i][1], cards[i][2], cards[i][0]);

      jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
    }

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(JmParticipant) participant = jm_participant_new (i == 0 ? "u1" : "u2", i == 0 ? "Lea" : "Tom");

      jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, participant, -1);
    }
  jm_touchpoint_set_rating (jm_document_find_touchpoint (doc, "a"), "u1", JM_RATING_DELIGHT);
  jm_touchpoint_set_rating (jm_document_find_touchpoint (doc, "a"), "u2", JM_RATING_DISAPPOINTMENT);

  return doc;
}

/* The titles of cell (@persona, @phase) joined by spaces, e.g. "a b c". */
static char *
dup_cell_titles (JmDocument *doc,
                 const char *persona,
                 const char *phase)
{
  g_autoptr(GPtrArray) cell = jm_document_dup_cell_touchpoints (doc, persona, phase);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < cell->len; i++)
    g_string_append_printf (titles, "%s%s", i > 0 ? " " : "",
                            jm_touchpoint_get_title (g_ptr_array_index (cell, i)));

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
assert_cell (JmDocument *doc,
             const char *persona,
             const char *phase,
             const char *expected)
{
  g_autofree char *titles = dup_cell_titles (doc, persona, phase);

  g_assert_cmpstr (titles, ==, expected);
}

static char *
save (JmDocument *doc)
{
  return jm_file_save_to_data (doc, NULL);
}

static void
test_move_within_cell (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  JmPersona *anna = jm_document_find_persona (doc, "p1");
  JmPhase *awareness = jm_document_find_phase (doc, "ph1");

  jm_edit_move_touchpoint (history, jm_document_find_touchpoint (doc, "a"), anna, awareness, 2);
  assert_cell (doc, "p1", "ph1", "b c a");
  jm_edit_move_touchpoint (history, jm_document_find_touchpoint (doc, "a"), anna, awareness, 0);
  assert_cell (doc, "p1", "ph1", "a b c");
  jm_edit_move_touchpoint (history, jm_document_find_touchpoint (doc, "c"), anna, awareness, 1);
  assert_cell (doc, "p1", "ph1", "a c b");
  /* past the end is the end */
  jm_edit_move_touchpoint (history, jm_document_find_touchpoint (doc, "a"), anna, awareness, 99);
  assert_cell (doc, "p1", "ph1", "c b a");

  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 4);
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Move Touchpoint");
  for (guint i = 0; i < 4; i++)
    jm_history_undo (history);
  assert_cell (doc, "p1", "ph1", "a b c");
}

static void
test_move_to_other_cell (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  g_autofree char *before = save (doc);
  g_autofree char *after_undo = NULL;
  JmTouchpoint *b = jm_document_find_touchpoint (doc, "b");

  jm_edit_move_touchpoint (history, b, jm_document_find_persona (doc, "p2"),
                           jm_document_find_phase (doc, "ph2"), 0);
  assert_cell (doc, "p1", "ph1", "a c");
  assert_cell (doc, "p2", "ph2", "b d");
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);

  /* into an empty cell */
  jm_edit_move_touchpoint (history, b, jm_document_find_persona (doc, "p2"),
                           jm_document_find_phase (doc, "ph1"), 3);
  assert_cell (doc, "p2", "ph1", "b");
  assert_cell (doc, "p2", "ph2", "d");

  jm_history_undo (history);
  jm_history_undo (history);
  after_undo = save (doc);
  g_assert_cmpstr (after_undo, ==, before);
}

static void
test_add_and_duplicate_touchpoint (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  JmTouchpoint *added, *copy;

  added = jm_edit_add_touchpoint (history, jm_document_find_persona (doc, "p1"),
                                  jm_document_find_phase (doc, "ph1"), 1, "new");
  assert_cell (doc, "p1", "ph1", "a new b c");
  g_assert_nonnull (jm_document_find_touchpoint (doc, jm_touchpoint_get_id (added)));
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Add Touchpoint");

  copy = jm_edit_duplicate_touchpoint (history, jm_document_find_touchpoint (doc, "a"));
  assert_cell (doc, "p1", "ph1", "a a new b c");
  g_assert_cmpstr (jm_touchpoint_get_id (copy), !=, "a");
  g_assert_cmpint (jm_touchpoint_get_rating (copy, "u1"), ==, JM_RATING_DELIGHT);

  jm_history_undo (history);
  jm_history_undo (history);
  assert_cell (doc, "p1", "ph1", "a b c");
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, 4);
}

static void
test_delete_persona_cascades (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  g_autofree char *before = save (doc);
  g_autofree char *after_undo = NULL;
  JmPersona *anna = jm_document_find_persona (doc, "p1");

  g_assert_cmpuint (jm_edit_count_touchpoints (doc, anna, NULL), ==, 3);
  jm_edit_delete_persona (history, anna);

  g_assert_null (jm_document_find_persona (doc, "p1"));
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, 1);
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Delete Persona");

  jm_history_undo (history);
  after_undo = save (doc);
  g_assert_cmpstr (after_undo, ==, before);
}

static void
test_delete_phase_cascades (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  g_autofree char *before = save (doc);
  g_autofree char *after_undo = NULL;

  g_assert_cmpuint (jm_edit_count_touchpoints (doc, NULL, jm_document_find_phase (doc, "ph2")), ==, 1);
  jm_edit_delete_phase (history, jm_document_find_phase (doc, "ph2"));
  g_assert_cmpuint (jm_document_get_n_phases (doc), ==, 1);
  g_assert_null (jm_document_find_touchpoint (doc, "d"));
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);

  jm_history_undo (history);
  after_undo = save (doc);
  g_assert_cmpstr (after_undo, ==, before);
}

static void
test_duplicate_persona_and_phase (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  JmPersona *copy;
  JmPhase *phase_copy;

  copy = jm_edit_duplicate_persona (history, jm_document_find_persona (doc, "p1"));
  g_assert_cmpint (jm_document_get_persona_index (doc, copy), ==, 1);
  g_assert_cmpstr (jm_persona_get_name (copy), ==, "Anna (Copy)");
  g_assert_cmpstr (jm_persona_get_color (copy), !=, "#3584e4");
  assert_cell (doc, jm_persona_get_id (copy), "ph1", "a b c");
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);

  phase_copy = jm_edit_duplicate_phase (history, jm_document_find_phase (doc, "ph2"));
  g_assert_cmpint (jm_document_get_phase_index (doc, phase_copy), ==, 2);
  assert_cell (doc, "p2", jm_phase_get_id (phase_copy), "d");

  jm_history_undo (history);
  jm_history_undo (history);
  g_assert_cmpuint (jm_document_get_n_personas (doc), ==, 2);
  g_assert_cmpuint (jm_document_get_n_phases (doc), ==, 2);
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, 4);
}

static void
test_reorder_personas_and_phases (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);

  jm_edit_move_persona (history, jm_document_find_persona (doc, "p1"), 1);
  g_assert_cmpstr (jm_persona_get_id (jm_document_get_persona (doc, 0)), ==, "p2");
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Move Persona");

  jm_edit_move_phase (history, jm_document_find_phase (doc, "ph2"), 0);
  g_assert_cmpstr (jm_phase_get_id (jm_document_get_phase (doc, 0)), ==, "ph2");

  jm_history_undo (history);
  jm_history_undo (history);
  g_assert_cmpstr (jm_persona_get_id (jm_document_get_persona (doc, 0)), ==, "p1");
  g_assert_cmpstr (jm_phase_get_id (jm_document_get_phase (doc, 0)), ==, "ph1");
}

static void
test_paste_keeps_known_votes (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  g_autoptr(GPtrArray) clipboard = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) pasted = NULL;
  JmTouchpoint *source = jm_touchpoint_copy (jm_document_find_touchpoint (doc, "a"));

  jm_touchpoint_set_rating (source, "stranger", JM_RATING_OK);
  g_ptr_array_add (clipboard, source);
  g_ptr_array_add (clipboard, jm_touchpoint_copy (jm_document_find_touchpoint (doc, "d")));

  pasted = jm_edit_paste_touchpoints (history, clipboard, jm_document_find_persona (doc, "p2"),
                                      jm_document_find_phase (doc, "ph2"), 0);
  g_assert_cmpuint (pasted->len, ==, 2);
  assert_cell (doc, "p2", "ph2", "a d d");
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, 6);
  g_assert_cmpint (jm_touchpoint_get_rating (g_ptr_array_index (pasted, 0), "u1"), ==, JM_RATING_DELIGHT);
  g_assert_cmpuint (jm_touchpoint_get_n_ratings (g_ptr_array_index (pasted, 0)), ==, 2);
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);

  jm_history_undo (history);
  assert_cell (doc, "p2", "ph2", "d");
}

static void
test_emotion (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  JmTouchpoint *b = jm_document_find_touchpoint (doc, "b");

  jm_edit_set_emotion (history, b, 5.0);
  g_assert_true (jm_touchpoint_get_has_emotion (b));
  g_assert_cmpfloat (jm_touchpoint_get_emotion (b), ==, 2.0);
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);

  jm_edit_derive_emotion (history, b);
  g_assert_false (jm_touchpoint_get_has_emotion (b));

  jm_history_undo (history);
  g_assert_true (jm_touchpoint_get_has_emotion (b));
  jm_history_undo (history);
  g_assert_false (jm_touchpoint_get_has_emotion (b));
}

static void
test_participants (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  JmTouchpoint *a = jm_document_find_touchpoint (doc, "a");
  JmParticipant *added, *copy;

  added = jm_edit_add_participant (history, NULL, "Sales");
  g_assert_cmpstr (jm_participant_get_name (added), ==, "Participant 3");
  g_assert_cmpstr (jm_participant_get_role (added), ==, "Sales");

  copy = jm_edit_duplicate_participant (history, added);
  g_assert_cmpstr (jm_participant_get_name (copy), ==, "Participant 3 (Copy)");
  g_assert_cmpuint (jm_document_get_n_participants (doc), ==, 4);

  jm_edit_delete_participant (history, jm_document_find_participant (doc, "u1"));
  g_assert_null (jm_document_find_participant (doc, "u1"));
  g_assert_cmpint (jm_touchpoint_get_rating (a, "u1"), ==, JM_RATING_NONE);
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Delete Participant");

  jm_history_undo (history);
  g_assert_nonnull (jm_document_find_participant (doc, "u1"));
  g_assert_cmpint (jm_touchpoint_get_rating (a, "u1"), ==, JM_RATING_DELIGHT);
}

static void
test_rename (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  GObject *objects[] = {
    G_OBJECT (jm_document_find_touchpoint (doc, "a")),
    G_OBJECT (jm_document_find_persona (doc, "p1")),
    G_OBJECT (jm_document_find_phase (doc, "ph1")),
    G_OBJECT (jm_document_find_participant (doc, "u1")),
    G_OBJECT (doc),
  };

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      jm_edit_rename (history, objects[i], "Renamed");
      g_assert_cmpstr (jm_edit_get_name (objects[i]), ==, "Renamed");
    }
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Rename Map");
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, G_N_ELEMENTS (objects));

  jm_history_undo (history);
  g_assert_cmpstr (jm_document_get_title (doc), !=, "Renamed");
}

static void
test_reading_order (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(GPtrArray) ordered = NULL;
  g_autoptr(GString) titles = g_string_new (NULL);
  g_autoptr(JmTouchpoint) orphan = jm_touchpoint_new ("x", "nobody", "ph1", "x");

  jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, orphan, 0);
  ordered = jm_document_dup_touchpoints_in_order (doc);
  for (guint i = 0; i < ordered->len; i++)
    g_string_append (titles, jm_touchpoint_get_title (g_ptr_array_index (ordered, i)));
  g_assert_cmpstr (titles->str, ==, "abcd");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/edit/move-within-cell", test_move_within_cell);
  g_test_add_func ("/edit/move-to-other-cell", test_move_to_other_cell);
  g_test_add_func ("/edit/add-and-duplicate-touchpoint", test_add_and_duplicate_touchpoint);
  g_test_add_func ("/edit/delete-persona-cascades", test_delete_persona_cascades);
  g_test_add_func ("/edit/delete-phase-cascades", test_delete_phase_cascades);
  g_test_add_func ("/edit/duplicate-persona-and-phase", test_duplicate_persona_and_phase);
  g_test_add_func ("/edit/reorder-personas-and-phases", test_reorder_personas_and_phases);
  g_test_add_func ("/edit/paste-keeps-known-votes", test_paste_keeps_known_votes);
  g_test_add_func ("/edit/emotion", test_emotion);
  g_test_add_func ("/edit/participants", test_participants);
  g_test_add_func ("/edit/rename", test_rename);
  g_test_add_func ("/edit/reading-order", test_reading_order);

  return g_test_run ();
}

/* test-change.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every change announced by ::changed must be invertible: applying the
 * inverses of a long random edit session, newest first, must give back
 * the document we started from. Undo/redo is built on this.
 */

#include "config.h"

#include "jm-document.h"
#include "jm-random-edit.h"

static void
record_change (JmDocument     *doc,
               const JmChange *change,
               GPtrArray      *log)
{
  g_ptr_array_add (log, jm_change_copy (change));
}

static void
test_invert_random_session (void)
{
  g_autoptr(JmDocument) doc = jm_test_build_document ();
  g_autoptr(JmDocument) start = jm_test_build_document ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func ((GDestroyNotify)jm_change_free);
  gulong handler;

  handler = g_signal_connect (doc, "changed", G_CALLBACK (record_change), log);
  for (guint i = 0; i < 3000; i++)
    jm_test_random_edit (doc, i);
  g_signal_handler_disconnect (doc, handler);

  g_assert_cmpuint (log->len, >, 1000);
  g_assert_false (jm_document_equal (doc, start));

  for (guint i = log->len; i > 0; i--)
    {
      g_autoptr(JmChange) inverse = jm_change_invert (g_ptr_array_index (log, i - 1));

      jm_document_apply (doc, inverse);
    }

  g_assert_true (jm_document_equal (doc, start));
}

static void
test_invert_twice (void)
{
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new ("t1", "p1", "ph1", "Card");
  g_autoptr(JmChange) change = jm_change_new_rating (G_OBJECT (tp), "u1",
                                                     JM_RATING_NONE, JM_RATING_OK);
  g_autoptr(JmChange) inverse = jm_change_invert (change);
  g_autoptr(JmChange) again = jm_change_invert (inverse);

  g_assert_cmpint (inverse->old_rating, ==, JM_RATING_OK);
  g_assert_cmpint (inverse->new_rating, ==, JM_RATING_NONE);
  g_assert_cmpint (again->new_rating, ==, JM_RATING_OK);
  g_assert_cmpstr (again->property, ==, "u1");
}

static void
test_move_and_back (void)
{
  g_autoptr(JmDocument) doc = jm_test_build_document ();
  g_autoptr(JmChange) change = NULL;
  g_autoptr(JmChange) inverse = NULL;
  JmPhase *first = jm_document_get_phase (doc, 0);

  change = jm_change_new_move (JM_COLLECTION_PHASES, NULL, G_OBJECT (first), 0, 2);
  jm_document_apply (doc, change);
  g_assert_true (jm_document_get_phase (doc, 2) == first);

  inverse = jm_change_invert (change);
  jm_document_apply (doc, inverse);
  g_assert_true (jm_document_get_phase (doc, 0) == first);
}

static JmChange *
new_string_change (GObject    *object,
                   const char *property)
{
  g_auto(GValue) before = G_VALUE_INIT;
  g_auto(GValue) after = G_VALUE_INIT;

  g_value_init (&before, G_TYPE_STRING);
  g_value_init (&after, G_TYPE_STRING);
  g_value_set_static_string (&after, "x");
  return jm_change_new_value (object, property, &before, &after);
}

/* Which changes can reorder the map's touchpoints: votes and values
 * other than a card's place or an id cannot. */
static void
test_may_reorder (void)
{
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new ("t1", "p1", "ph1", "Ad");
  g_autoptr(JmPersona) persona = jm_persona_new ("p1", "Anna");
  const char *moving[] = { "persona", "phase", "id" };
  const char *staying[] = { "title", "owner", "channel" };

  for (guint i = 0; i < G_N_ELEMENTS (moving); i++)
    {
      g_autoptr(JmChange) change = new_string_change (G_OBJECT (tp), moving[i]);

      g_assert_true (jm_change_may_reorder (change));
    }
  for (guint i = 0; i < G_N_ELEMENTS (staying); i++)
    {
      g_autoptr(JmChange) change = new_string_change (G_OBJECT (tp), staying[i]);

      g_assert_false (jm_change_may_reorder (change));
    }

  {
    g_autoptr(JmChange) vote = jm_change_new_rating (G_OBJECT (tp), "u1", JM_RATING_NONE,
                                                     JM_RATING_DELIGHT);
    g_autoptr(JmChange) persona_id = new_string_change (G_OBJECT (persona), "id");
    g_autoptr(JmChange) insert = jm_change_new_insert (JM_COLLECTION_TOUCHPOINTS, NULL,
                                                       G_OBJECT (tp), 0);
    g_autoptr(JmChange) move = jm_change_new_move (JM_COLLECTION_PERSONAS, NULL,
                                                   G_OBJECT (persona), 0, 1);

    g_assert_false (jm_change_may_reorder (vote));
    g_assert_true (jm_change_may_reorder (persona_id));
    g_assert_true (jm_change_may_reorder (insert));
    g_assert_true (jm_change_may_reorder (move));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/change/invert-random-session", test_invert_random_session);
  g_test_add_func ("/change/invert-twice", test_invert_twice);
  g_test_add_func ("/change/move-and-back", test_move_and_back);
  g_test_add_func ("/change/may-reorder", test_may_reorder);

  return g_test_run ();
}

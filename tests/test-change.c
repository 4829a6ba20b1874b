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

static JmDocument *
build_document (void)
{
  JmDocument *doc = jm_document_new ();

  jm_document_set_title (doc, "Start");
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *pid = g_strdup_printf ("p%u", i);
      g_autofree char *phid = g_strdup_printf ("ph%u", i);
      g_autofree char *uid = g_strdup_printf ("u%u", i);
      g_autoptr(JmPersona) persona = jm_persona_new (pid, "Persona");
      g_autoptr(JmPhase) phase = jm_phase_new (phid, "Phase");
      g_autoptr(JmParticipant) participant = jm_participant_new (uid, "Participant");

      jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
      jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
      jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, participant, -1);
    }

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i);
      g_autofree char *pid = g_strdup_printf ("p%u", i % 3);
      g_autofree char *phid = g_strdup_printf ("ph%u", (i / 3) % 3);
      g_autoptr(JmTouchpoint) tp = jm_touchpoint_new (id, pid, phid, "Card");
      g_autoptr(JmKpi) kpi = jm_kpi_new ("NPS");
      g_autoptr(JmInternalStep) step = jm_internal_step_new ("Step", "IT");

      jm_kpi_set_target (kpi, 40);
      jm_touchpoint_insert_kpi (tp, kpi, -1);
      jm_touchpoint_insert_internal_step (tp, step, -1);
      jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
    }

  return doc;
}

static JmTouchpoint *
random_touchpoint (JmDocument *doc)
{
  guint n = jm_document_get_n_touchpoints (doc);

  return n ? jm_document_get_touchpoint (doc, g_test_rand_int_range (0, n)) : NULL;
}

static void
random_edit (JmDocument *doc,
             guint       serial)
{
  JmTouchpoint *tp = random_touchpoint (doc);
  g_autofree char *text = g_strdup_printf ("text %u", serial);
  g_autofree char *participant = g_strdup_printf ("u%d", g_test_rand_int_range (0, 3));

  switch (g_test_rand_int_range (0, 11))
    {
    case 0:
      jm_document_set_string (doc, doc, "title", text);
      break;
    case 1:
      if (tp)
        jm_document_set_string (doc, tp, "title", text);
      break;
    case 2:
      if (tp)
        jm_document_set_double (doc, tp, "emotion", g_test_rand_int_range (-4, 5) / 2.0);
      break;
    case 3:
      if (tp)
        jm_document_set_boolean (doc, tp, "has-emotion", g_test_rand_bit ());
      break;
    case 4:
      if (tp)
        jm_document_set_rating (doc, tp, participant, g_test_rand_int_range (0, 4));
      break;
    case 5:
      {
        g_autofree char *id = jm_document_make_id (doc, JM_COLLECTION_TOUCHPOINTS, "t");
        g_autoptr(JmTouchpoint) added = jm_touchpoint_new (id, "p1", "ph2", text);
        int n = jm_document_get_n_touchpoints (doc);

        jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, added,
                            g_test_rand_int_range (0, n + 1));
      }
      break;
    case 6:
      if (tp)
        jm_document_remove (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp);
      break;
    case 7:
      if (tp)
        jm_document_move (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp,
                          g_test_rand_int_range (0, jm_document_get_n_touchpoints (doc)));
      break;
    case 8:
      jm_document_move (doc, JM_COLLECTION_PHASES, NULL, jm_document_get_phase (doc, 0),
                        g_test_rand_int_range (0, 3));
      break;
    case 9:
      if (tp && jm_touchpoint_get_n_kpis (tp) > 0)
        jm_document_set_double (doc, jm_touchpoint_get_kpi (tp, 0), "actual", serial);
      else if (tp)
        {
          g_autoptr(JmKpi) kpi = jm_kpi_new (text);
          jm_document_insert (doc, JM_COLLECTION_KPIS, tp, kpi, 0);
        }
      break;
    case 10:
      if (tp && jm_touchpoint_get_n_internal_steps (tp) > 0)
        jm_document_remove (doc, JM_COLLECTION_INTERNAL_STEPS, tp,
                            jm_touchpoint_get_internal_step (tp, 0));
      else if (tp)
        jm_document_set_int (doc, tp, "expectation", g_test_rand_int_range (0, 6));
      break;
    default:
      g_assert_not_reached ();
    }
}

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
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmDocument) start = build_document ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func ((GDestroyNotify)jm_change_free);
  gulong handler;

  handler = g_signal_connect (doc, "changed", G_CALLBACK (record_change), log);
  for (guint i = 0; i < 3000; i++)
    random_edit (doc, i);
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
  g_autoptr(JmDocument) doc = build_document ();
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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/change/invert-random-session", test_invert_random_session);
  g_test_add_func ("/change/invert-twice", test_invert_twice);
  g_test_add_func ("/change/move-and-back", test_move_and_back);

  return g_test_run ();
}

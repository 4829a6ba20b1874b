/* test-document.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-document.h"
#include "jm-template.h"

static JmDocument *
build_document (void)
{
  JmDocument *doc = jm_document_new ();
  const char *phases[] = { "Awareness", "Purchase", "Service" };

  jm_document_set_title (doc, "Online shop");
  jm_document_set_owner (doc, "Mia");

  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autoptr(JmPersona) persona = jm_persona_new (id, i == 0 ? "Anna" : "Ben");

      jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *id = g_strdup_printf ("ph%u", i + 1);
      g_autoptr(JmPhase) phase = jm_phase_new (id, phases[i]);

      jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
    }

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("u%u", i + 1);
      g_autoptr(JmParticipant) participant = jm_participant_new (id, "Someone");

      jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, participant, -1);
    }

  for (guint i = 0; i < 6; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i + 1);
      g_autoptr(JmTouchpoint) tp =
        jm_touchpoint_new (id, i % 2 ? "p2" : "p1", i < 3 ? "ph1" : "ph2", "Card");

      jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
    }

  return doc;
}

static void
on_changed (JmDocument     *doc,
            const JmChange *change,
            GPtrArray      *log)
{
  g_ptr_array_add (log, jm_change_copy (change));
}

static void
test_lookup (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  JmTouchpoint *t4;

  g_assert_cmpuint (jm_document_get_n_personas (doc), ==, 2);
  g_assert_cmpuint (jm_document_get_n_phases (doc), ==, 3);
  g_assert_cmpuint (jm_document_get_n_participants (doc), ==, 3);
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, 6);

  g_assert_cmpstr (jm_persona_get_name (jm_document_find_persona (doc, "p2")), ==, "Ben");
  g_assert_null (jm_document_find_persona (doc, "p9"));
  g_assert_cmpint (jm_document_get_phase_index (doc, jm_document_find_phase (doc, "ph3")), ==, 2);

  t4 = jm_document_find_touchpoint (doc, "t4");
  g_assert_nonnull (t4);
  g_assert_cmpint (jm_document_get_touchpoint_index (doc, t4), ==, 3);

  /* renaming an id through the document keeps lookups right */
  jm_document_set_string (doc, t4, "id", "t40");
  g_assert_null (jm_document_find_touchpoint (doc, "t4"));
  g_assert_true (jm_document_find_touchpoint (doc, "t40") == t4);
}

/* What jm_document_find_touchpoint() must find: the first touchpoint
 * in the document's order with @id. */
static JmTouchpoint *
scan_for_touchpoint (JmDocument *doc,
                     const char *id)
{
  for (guint i = 0; i < jm_document_get_n_touchpoints (doc); i++)
    if (g_strcmp0 (jm_touchpoint_get_id (jm_document_get_touchpoint (doc, i)), id) == 0)
      return jm_document_get_touchpoint (doc, i);

  return NULL;
}

/* The id table is kept up as touchpoints come and go, and is right
 * through duplicate ids, moves and renamed ids too. */
static void
test_lookup_follows_changes (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  guint n_ids = 12;

  for (guint step = 0; step < 500; step++)
    {
      guint n = jm_document_get_n_touchpoints (doc);
      int what = g_test_rand_int_range (0, n > 2 ? 5 : 1);
      g_autofree char *id = g_strdup_printf ("t%d", g_test_rand_int_range (0, n_ids));

      if (what <= 1)
        {
          /* a new id mostly, now and then one that is there already */
          g_autofree char *fresh = g_strdup_printf ("t%u", n_ids++);
          g_autoptr(JmTouchpoint) tp =
            jm_touchpoint_new (what == 0 ? fresh : id, "p1", "ph1", "Card");

          jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp,
                              g_test_rand_int_range (0, n + 1));
        }
      else
        {
          JmTouchpoint *tp = jm_document_get_touchpoint (doc, g_test_rand_int_range (0, n));

          if (what == 2)
            jm_document_remove (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp);
          else if (what == 3)
            jm_document_move (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, g_test_rand_int_range (0, n));
          else
            jm_document_set_string (doc, tp, "id", id);
        }

      for (guint i = 0; i < n_ids; i++)
        {
          g_autofree char *some = g_strdup_printf ("t%u", i);

          g_assert_true (jm_document_find_touchpoint (doc, some) == scan_for_touchpoint (doc, some));
        }
    }
}

static void
test_cell (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(GPtrArray) cell = jm_document_dup_cell_touchpoints (doc, "p1", "ph1");
  g_autoptr(GPtrArray) empty = jm_document_dup_cell_touchpoints (doc, "p2", "ph3");

  g_assert_cmpuint (cell->len, ==, 2);
  g_assert_cmpstr (jm_touchpoint_get_id (g_ptr_array_index (cell, 0)), ==, "t1");
  g_assert_cmpstr (jm_touchpoint_get_id (g_ptr_array_index (cell, 1)), ==, "t3");
  g_assert_cmpuint (empty->len, ==, 0);
}

static void
test_make_id (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autofree char *tid = jm_document_make_id (doc, JM_COLLECTION_TOUCHPOINTS, "t");
  g_autofree char *pid = jm_document_make_id (doc, JM_COLLECTION_PERSONAS, "p");

  g_assert_null (jm_document_find_touchpoint (doc, tid));
  g_assert_null (jm_document_find_persona (doc, pid));
  g_assert_cmpstr (pid, ==, "p3");
}

static void
test_changed_signal (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func ((GDestroyNotify)jm_change_free);
  JmTouchpoint *t1 = jm_document_find_touchpoint (doc, "t1");
  JmChange *change;

  g_signal_connect (doc, "changed", G_CALLBACK (on_changed), log);

  jm_document_set_string (doc, t1, "title", "Sees an ad");
  g_assert_cmpuint (log->len, ==, 1);
  change = g_ptr_array_index (log, 0);
  g_assert_cmpint (change->kind, ==, JM_CHANGE_VALUE);
  g_assert_true (change->object == G_OBJECT (t1));
  g_assert_cmpstr (change->property, ==, "title");
  g_assert_cmpstr (g_value_get_string (&change->old_value), ==, "Card");
  g_assert_cmpstr (g_value_get_string (&change->new_value), ==, "Sees an ad");
  g_assert_cmpstr (jm_touchpoint_get_title (t1), ==, "Sees an ad");

  /* setting the same value again is no change */
  jm_document_set_string (doc, t1, "title", "Sees an ad");
  g_assert_cmpuint (log->len, ==, 1);

  jm_document_set_rating (doc, t1, "u1", JM_RATING_DELIGHT);
  g_assert_cmpuint (log->len, ==, 2);
  change = g_ptr_array_index (log, 1);
  g_assert_cmpint (change->kind, ==, JM_CHANGE_RATING);
  g_assert_cmpint (change->old_rating, ==, JM_RATING_NONE);
  g_assert_cmpint (change->new_rating, ==, JM_RATING_DELIGHT);

  jm_document_move (doc, JM_COLLECTION_PERSONAS, NULL, jm_document_get_persona (doc, 0), 1);
  g_assert_cmpuint (log->len, ==, 3);
  g_assert_cmpstr (jm_persona_get_id (jm_document_get_persona (doc, 0)), ==, "p2");

  jm_document_set_string (doc, doc, "title", "Renamed");
  g_assert_cmpuint (log->len, ==, 4);
  g_assert_cmpstr (jm_document_get_title (doc), ==, "Renamed");
}

static void
test_effective_emotion (void)
{
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new ("t1", "p1", "ph1", "Checkout");
  double emotion = 99;
  gboolean derived = FALSE;

  g_assert_false (jm_touchpoint_get_effective_emotion (tp, &emotion, &derived));

  jm_touchpoint_set_rating (tp, "u1", JM_RATING_DELIGHT);
  jm_touchpoint_set_rating (tp, "u2", JM_RATING_OK);
  jm_touchpoint_set_rating (tp, "u3", JM_RATING_DISAPPOINTMENT);
  jm_touchpoint_set_rating (tp, "u4", JM_RATING_DELIGHT);
  g_assert_true (jm_touchpoint_get_effective_emotion (tp, &emotion, &derived));
  g_assert_true (derived);
  g_assert_cmpfloat_with_epsilon (emotion, 0.5, 1e-9);

  jm_touchpoint_set_emotion (tp, -1.5);
  g_assert_true (jm_touchpoint_get_effective_emotion (tp, &emotion, &derived));
  g_assert_false (derived);
  g_assert_cmpfloat (emotion, ==, -1.5);

  jm_touchpoint_unset_emotion (tp);
  jm_touchpoint_set_rating (tp, "u4", JM_RATING_NONE);
  g_assert_true (jm_touchpoint_get_effective_emotion (tp, &emotion, &derived));
  g_assert_true (derived);
  g_assert_cmpfloat_with_epsilon (emotion, 0.0, 1e-9);
  g_assert_cmpuint (jm_touchpoint_get_n_ratings (tp), ==, 3);
}

static void
test_count_ratings (void)
{
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new ("t1", "p1", "ph1", "Checkout");
  guint counts[JM_N_RATINGS];

  jm_touchpoint_set_rating (tp, "u1", JM_RATING_DELIGHT);
  jm_touchpoint_set_rating (tp, "u2", JM_RATING_DELIGHT);
  jm_touchpoint_set_rating (tp, "u3", JM_RATING_DISAPPOINTMENT);
  jm_touchpoint_set_rating (tp, "u1", JM_RATING_OK);
  jm_touchpoint_count_ratings (tp, counts);
  g_assert_cmpuint (counts[0], ==, 1);
  g_assert_cmpuint (counts[1], ==, 1);
  g_assert_cmpuint (counts[2], ==, 1);
}

static void
test_equal (void)
{
  g_autoptr(JmDocument) a = build_document ();
  g_autoptr(JmDocument) b = build_document ();
  g_autoptr(JmKpi) kpi_a = jm_kpi_new ("CTR");
  g_autoptr(JmKpi) kpi_b = jm_kpi_new ("CTR");
  JmTouchpoint *ta = jm_document_find_touchpoint (a, "t2");
  JmTouchpoint *tb = jm_document_find_touchpoint (b, "t2");

  g_assert_true (jm_document_equal (a, b));

  jm_document_set_double (a, ta, "emotion", 1.5);
  g_assert_false (jm_document_equal (a, b));
  jm_document_set_double (b, tb, "emotion", 1.5);
  g_assert_true (jm_document_equal (a, b));

  /* votes compare as a map, not in the order they were given */
  jm_document_set_rating (a, ta, "u1", JM_RATING_OK);
  jm_document_set_rating (a, ta, "u2", JM_RATING_DELIGHT);
  jm_document_set_rating (b, tb, "u2", JM_RATING_DELIGHT);
  g_assert_false (jm_document_equal (a, b));
  jm_document_set_rating (b, tb, "u1", JM_RATING_OK);
  g_assert_true (jm_document_equal (a, b));

  jm_document_insert (a, JM_COLLECTION_KPIS, ta, kpi_a, -1);
  jm_document_insert (b, JM_COLLECTION_KPIS, tb, kpi_b, -1);
  g_assert_true (jm_document_equal (a, b));
  jm_document_set_double (a, kpi_a, "actual", 1.9);
  g_assert_false (jm_document_equal (a, b));
  jm_document_set_double (b, kpi_b, "actual", 1.9);
  g_assert_true (jm_document_equal (a, b));

  jm_document_set_string (b, jm_document_get_phase (b, 2), "description", "After sales");
  g_assert_false (jm_document_equal (a, b));
}

static void
test_touchpoint_copy (void)
{
  g_autoptr(JmDocument) a = build_document ();
  g_autoptr(JmDocument) b = build_document ();
  g_autoptr(JmKpi) kpi = jm_kpi_new ("NPS");
  g_autoptr(JmInternalStep) step = jm_internal_step_new ("Pick", "Logistics");
  JmTouchpoint *original = jm_document_get_touchpoint (a, 1);
  g_autoptr(JmTouchpoint) copy = NULL;

  jm_kpi_set_target (kpi, 50);
  jm_touchpoint_insert_kpi (original, kpi, -1);
  jm_touchpoint_insert_internal_step (original, step, -1);
  jm_touchpoint_set_rating (original, "u2", JM_RATING_DISAPPOINTMENT);
  jm_touchpoint_set_emotion (original, -1.0);
  jm_touchpoint_set_super (original, TRUE);

  copy = jm_touchpoint_copy (original);
  jm_document_remove (b, JM_COLLECTION_TOUCHPOINTS, NULL, jm_document_get_touchpoint (b, 1));
  jm_document_insert (b, JM_COLLECTION_TOUCHPOINTS, NULL, copy, 1);
  g_assert_true (jm_document_equal (a, b));

  /* the copy shares nothing: changing its KPI leaves the original alone */
  jm_kpi_set_target (jm_touchpoint_get_kpi (copy, 0), 60);
  g_assert_cmpfloat (jm_kpi_get_target (kpi), ==, 50);
  g_assert_false (jm_document_equal (a, b));
}

static void
test_templates (void)
{
  for (JmTemplate t = 0; t < JM_N_TEMPLATES; t++)
    {
      g_autoptr(JmDocument) doc = jm_template_create (t);

      g_assert_nonnull (jm_template_get_name (t));
      g_assert_nonnull (jm_document_get_title (doc));
      g_assert_cmpuint (jm_document_get_n_personas (doc), ==, 1);
      g_assert_cmpuint (jm_document_get_n_phases (doc), >=, 6);
      g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, 0);
    }

  {
    g_autoptr(JmDocument) b2b = jm_template_create (JM_TEMPLATE_B2B_MACHINE_BUILDER);
    g_assert_cmpstr (jm_phase_get_name (jm_document_get_phase (b2b, 0)), ==, "Enquiry and Offer");
    g_assert_cmpstr (jm_phase_get_name (jm_document_get_phase (b2b, 5)), ==, "Spare Parts");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/lookup", test_lookup);
  g_test_add_func ("/document/lookup-follows-changes", test_lookup_follows_changes);
  g_test_add_func ("/document/cell", test_cell);
  g_test_add_func ("/document/make-id", test_make_id);
  g_test_add_func ("/document/changed-signal", test_changed_signal);
  g_test_add_func ("/document/effective-emotion", test_effective_emotion);
  g_test_add_func ("/document/count-ratings", test_count_ratings);
  g_test_add_func ("/document/equal", test_equal);
  g_test_add_func ("/document/touchpoint-copy", test_touchpoint_copy);
  g_test_add_func ("/document/templates", test_templates);

  return g_test_run ();
}

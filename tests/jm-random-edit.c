/* jm-random-edit.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "jm-random-edit.h"

static const JmCollection top_collections[] = {
  JM_COLLECTION_PERSONAS,
  JM_COLLECTION_PHASES,
  JM_COLLECTION_PARTICIPANTS,
  JM_COLLECTION_TOUCHPOINTS,
};

JmDocument *
jm_test_build_document (void)
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

/* One lane of @n_touchpoints voted cards over @n_phases phases, most
 * with an emotion set, many of them derived: a wide lane for culling
 * by x, or a dense curve with many points in any view. */
JmDocument *
jm_test_build_lane_map (guint n_phases,
                        guint n_touchpoints)
{
  JmDocument *doc = jm_document_new ();
  g_autoptr(JmPersona) persona = jm_persona_new ("p1", "Anna");

  jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
  for (guint i = 0; i < n_phases; i++)
    {
      g_autofree char *id = g_strdup_printf ("ph%u", i + 1);
      g_autoptr(JmPhase) phase = jm_phase_new (id, "Phase");

      jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
    }
  for (guint i = 0; i < n_touchpoints; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i + 1);
      g_autofree char *phase = g_strdup_printf ("ph%u", i * n_phases / n_touchpoints + 1);
      g_autoptr(JmTouchpoint) tp = jm_touchpoint_new (id, "p1", phase, "Card");

      if (i % 4 != 0)
        jm_touchpoint_set_emotion (tp, sin (i) * 2.0);
      jm_touchpoint_set_rating (tp, "u1", i % 3);
      jm_touchpoint_set_rating (tp, "u2", (i + 1) % 3);
      jm_touchpoint_set_rating (tp, "u3", (i / 3) % 3);
      jm_touchpoint_set_expectation (tp, i % 5 + 1);
      jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
    }

  return doc;
}

static GObject *
new_item (JmDocument   *doc,
          JmCollection  collection,
          const char   *text)
{
  g_autofree char *id = NULL;

  switch (collection)
    {
    case JM_COLLECTION_PERSONAS:
      id = jm_document_make_id (doc, collection, "p");
      return G_OBJECT (jm_persona_new (id, text));
    case JM_COLLECTION_PHASES:
      id = jm_document_make_id (doc, collection, "ph");
      return G_OBJECT (jm_phase_new (id, text));
    case JM_COLLECTION_PARTICIPANTS:
      id = jm_document_make_id (doc, collection, "u");
      return G_OBJECT (jm_participant_new (id, text));
    case JM_COLLECTION_TOUCHPOINTS:
      id = jm_document_make_id (doc, collection, "t");
      return G_OBJECT (jm_touchpoint_new (id, "p1", "ph1", text));
    case JM_COLLECTION_KPIS:
      return G_OBJECT (jm_kpi_new (text));
    case JM_COLLECTION_INTERNAL_STEPS:
      return G_OBJECT (jm_internal_step_new (text, "Service"));
    case JM_COLLECTION_NONE:
    default:
      g_assert_not_reached ();
    }
}

/* Sets a random writable property of @object to a random valid value. */
static void
edit_value (JmDocument *doc,
            GObject    *object,
            const char *text)
{
  g_autofree GParamSpec **pspecs = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  pspec = pspecs[g_test_rand_int_range (0, n_pspecs)];
  g_value_init (&value, pspec->value_type);

  if (pspec->value_type == G_TYPE_STRING)
    g_value_set_string (&value, g_test_rand_bit () ? text : NULL);
  else if (pspec->value_type == G_TYPE_BOOLEAN)
    g_value_set_boolean (&value, g_test_rand_bit ());
  else if (G_IS_PARAM_SPEC_INT (pspec))
    g_value_set_int (&value, g_test_rand_int_range (G_PARAM_SPEC_INT (pspec)->minimum,
                                                    G_PARAM_SPEC_INT (pspec)->maximum + 1));
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    g_value_set_double (&value, CLAMP (g_test_rand_int_range (-8, 9) / 4.0,
                                       G_PARAM_SPEC_DOUBLE (pspec)->minimum,
                                       G_PARAM_SPEC_DOUBLE (pspec)->maximum));
  else if (pspec->value_type == G_TYPE_DATE_TIME)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (2026, g_test_rand_int_range (1, 13),
                                                       1, 12, 0, 0);
      g_value_set_boxed (&value, date);
    }
  else
    return;

  if (g_str_equal (pspec->name, "color"))
    g_value_set_string (&value, g_test_rand_bit () ? "#e01b24" : "#33d17a");

  jm_document_set_value (doc, object, pspec->name, &value);
}

static void
edit_collection (JmDocument   *doc,
                 JmCollection  collection,
                 JmTouchpoint *parent,
                 const char   *text)
{
  guint n = jm_document_get_n_items (doc, collection, parent);

  switch (g_test_rand_int_range (0, 4))
    {
    case 0:
      {
        g_autoptr(GObject) item = new_item (doc, collection, text);
        jm_document_insert (doc, collection, parent, item, g_test_rand_int_range (0, n + 1));
      }
      break;
    case 1:
      if (n > 1)
        jm_document_remove (doc, collection, parent,
                            jm_document_get_item (doc, collection, parent,
                                             g_test_rand_int_range (0, n)));
      break;
    case 2:
      if (n > 0)
        jm_document_move (doc, collection, parent,
                          jm_document_get_item (doc, collection, parent,
                                           g_test_rand_int_range (0, n)),
                          g_test_rand_int_range (0, n));
      break;
    default:
      if (n > 0)
        edit_value (doc, jm_document_get_item (doc, collection, parent,
                                          g_test_rand_int_range (0, n)), text);
      break;
    }
}

void
jm_test_random_edit (JmDocument *doc,
                     guint       serial)
{
  g_autofree char *text = g_strdup_printf ("text %u", serial);
  guint n_touchpoints = jm_document_get_n_touchpoints (doc);
  JmTouchpoint *tp = NULL;

  if (n_touchpoints > 0)
    tp = jm_document_get_touchpoint (doc, g_test_rand_int_range (0, n_touchpoints));

  switch (g_test_rand_int_range (0, 6))
    {
    case 0:
      edit_value (doc, G_OBJECT (doc), text);
      break;
    case 1:
    case 2:
      edit_collection (doc, top_collections[g_test_rand_int_range (0, 4)], NULL, text);
      break;
    case 3:
      if (tp)
        edit_collection (doc, g_test_rand_bit () ? JM_COLLECTION_KPIS
                                                 : JM_COLLECTION_INTERNAL_STEPS, tp, text);
      break;
    default:
      if (tp)
        {
          g_autofree char *participant = g_strdup_printf ("u%d", g_test_rand_int_range (0, 4));
          jm_document_set_rating (doc, tp, participant, g_test_rand_int_range (0, 4));
        }
      break;
    }
}

void
jm_test_random_move (JmDocument *doc)
{
  guint n = jm_document_get_n_touchpoints (doc);
  guint n_personas = jm_document_get_n_personas (doc);
  guint n_phases = jm_document_get_n_phases (doc);
  JmTouchpoint *tp;

  if (n == 0 || n_personas == 0 || n_phases == 0)
    return;

  tp = jm_document_get_touchpoint (doc, g_test_rand_int_range (0, n));
  switch (g_test_rand_int_range (0, 3))
    {
    case 0:
      jm_document_set_string (doc, tp, "persona",
                              jm_persona_get_id (jm_document_get_persona (doc, g_test_rand_int_range (0, n_personas))));
      break;
    case 1:
      jm_document_set_string (doc, tp, "phase",
                              jm_phase_get_id (jm_document_get_phase (doc, g_test_rand_int_range (0, n_phases))));
      break;
    default:
      jm_document_move (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, g_test_rand_int_range (0, n));
      break;
    }
}

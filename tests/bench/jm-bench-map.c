/* jm-bench-map.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-bench-map"

#include "config.h"

#include "jm-bench-map.h"

#define N_PARTICIPANTS 12

static const char * const words[] = {
  "Sees", "ad", "compares", "prices", "opens", "app", "reads", "reviews", "asks",
  "friend", "calls", "hotline", "checkout", "delivery", "parcel", "returns", "invoice",
  "newsletter", "store", "visit", "chat", "support", "account", "login", "voucher",
};

static const char * const channels[] = {
  "web", "app", "e-mail", "phone", "store", "social media", "event", "partner", "chat",
};

static const char * const owners[] = {
  "Marketing", "Sales", "Service", "IT", "Logistics", "E-Commerce", "Finance",
};

static const char * const colors[] = {
  "#3584e4", "#e66100", "#9141ac", "#26a269", "#c01c28", "#986a44", "#1c71d8", "#f5c211",
};

static char *
make_sentence (GRand *rand,
               guint  n_words)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_words; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }

  return g_string_free (text, FALSE);
}

static void
add_people (JmDocument *doc,
            guint       n_personas,
            guint       n_phases)
{
  for (guint i = 0; i < n_personas; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Persona %u", i + 1);
      g_autoptr(JmPersona) persona = jm_persona_new (id, name);

      jm_persona_set_color (persona, colors[i % G_N_ELEMENTS (colors)]);
      jm_persona_set_goal (persona, "Get it done without hassle");
      jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
    }

  for (guint i = 0; i < n_phases; i++)
    {
      g_autofree char *id = g_strdup_printf ("ph%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Phase %u", i + 1);
      g_autoptr(JmPhase) phase = jm_phase_new (id, name);

      jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
    }

  for (guint i = 0; i < N_PARTICIPANTS; i++)
    {
      g_autofree char *id = g_strdup_printf ("u%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Participant %u", i + 1);
      g_autoptr(JmParticipant) participant = jm_participant_new (id, name);

      jm_participant_set_role (participant, owners[i % G_N_ELEMENTS (owners)]);
      jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, participant, -1);
    }
}

static JmTouchpoint *
make_touchpoint (GRand *rand,
                 guint  index,
                 guint  n_personas,
                 guint  n_phases)
{
  g_autofree char *id = g_strdup_printf ("t%u", index + 1);
  g_autofree char *persona = g_strdup_printf ("p%d", g_rand_int_range (rand, 1, n_personas + 1));
  g_autofree char *phase = g_strdup_printf ("ph%d", g_rand_int_range (rand, 1, n_phases + 1));
  g_autofree char *title = make_sentence (rand, g_rand_int_range (rand, 2, 6));
  g_autofree char *action = make_sentence (rand, g_rand_int_range (rand, 4, 10));
  JmTouchpoint *tp = jm_touchpoint_new (id, persona, phase, title);

  jm_touchpoint_set_action (tp, action);
  jm_touchpoint_set_channel (tp, channels[g_rand_int_range (rand, 0, G_N_ELEMENTS (channels))]);
  jm_touchpoint_set_owner (tp, owners[g_rand_int_range (rand, 0, G_N_ELEMENTS (owners))]);
  jm_touchpoint_set_owned (tp, g_rand_int_range (rand, 0, 4) != 0);
  jm_touchpoint_set_feeling (tp, "curious");
  jm_touchpoint_set_super (tp, g_rand_int_range (rand, 0, 12) == 0);
  jm_touchpoint_set_status (tp, g_rand_int_range (rand, 0, 3));

  if (g_rand_boolean (rand))
    jm_touchpoint_set_emotion (tp, g_rand_int_range (rand, -4, 5) / 2.0);
  if (g_rand_boolean (rand))
    {
      jm_touchpoint_set_expectation (tp, g_rand_int_range (rand, 1, 6));
      jm_touchpoint_set_performance (tp, g_rand_int_range (rand, 1, 6));
    }

  for (guint u = 0; u < N_PARTICIPANTS; u++)
    {
      g_autofree char *uid = g_strdup_printf ("u%u", u + 1);

      if (g_rand_int_range (rand, 0, 5) != 0)
        jm_touchpoint_set_rating (tp, uid, g_rand_int_range (rand, 1, 4));
    }

  if (g_rand_int_range (rand, 0, 4) == 0)
    {
      g_autoptr(JmKpi) kpi = jm_kpi_new ("Conversion");

      jm_kpi_set_unit (kpi, "%");
      jm_kpi_set_target (kpi, 3.0);
      jm_kpi_set_actual (kpi, g_rand_double_range (rand, 0.5, 5.0));
      jm_touchpoint_insert_kpi (tp, kpi, -1);
    }

  if (g_rand_int_range (rand, 0, 4) == 0)
    {
      g_autoptr(JmInternalStep) step = jm_internal_step_new ("Check stock", "Logistics");
      jm_touchpoint_insert_internal_step (tp, step, -1);
    }

  return tp;
}

JmDocument *
jm_bench_map_generate (guint   n_personas,
                       guint   n_phases,
                       guint   n_touchpoints,
                       guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(JmDocument) doc = jm_document_new ();
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 11, 22, 9, 0, 0);

  g_return_val_if_fail (n_personas > 0 && n_phases > 0, NULL);

  jm_document_set_title (doc, "Benchmark programme");
  jm_document_set_owner (doc, "Bench");
  jm_document_set_created (doc, created);
  jm_document_set_modified (doc, created);
  add_people (doc, n_personas, n_phases);

  for (guint i = 0; i < n_touchpoints; i++)
    {
      g_autoptr(JmTouchpoint) tp = make_touchpoint (rand, i, n_personas, n_phases);
      jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
    }

  return g_steal_pointer (&doc);
}

/* jm-document-lists.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading a document's collections: counts, items, lookups by id and
 * new ids. Changing them is jm-document.c's business (jm_document_apply).
 */

#define G_LOG_DOMAIN "jm-document"

#include "config.h"

#include "jm-document.h"
#include "jm-document-private.h"

/* Lookup by id. Personas, phases and participants are few: a scan is
 * fine. Touchpoints can be thousands, so they have an index. */
static gpointer
find_by_id (GPtrArray  *array,
            const char *id)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  for (guint i = 0; i < array->len; i++)
    {
      g_object_get_property (g_ptr_array_index (array, i), "id", &value);
      if (g_strcmp0 (g_value_get_string (&value), id) == 0)
        return g_ptr_array_index (array, i);
    }

  return NULL;
}

guint
jm_document_get_n_personas (JmDocument *self)
{
  return jm_document_get_n_items (self, JM_COLLECTION_PERSONAS, NULL);
}

JmPersona *
jm_document_get_persona (JmDocument *self,
                         guint       position)
{
  return jm_document_get_item (self, JM_COLLECTION_PERSONAS, NULL, position);
}

JmPersona *
jm_document_find_persona (JmDocument *self,
                          const char *id)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);
  return id ? find_by_id (jm_document_get_array (self, JM_COLLECTION_PERSONAS, NULL), id) : NULL;
}

int
jm_document_get_persona_index (JmDocument *self,
                               JmPersona  *persona)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), -1);
  return jm_document_find_index (jm_document_get_array (self, JM_COLLECTION_PERSONAS, NULL),
                                 persona);
}

guint
jm_document_get_n_phases (JmDocument *self)
{
  return jm_document_get_n_items (self, JM_COLLECTION_PHASES, NULL);
}

JmPhase *
jm_document_get_phase (JmDocument *self,
                       guint       position)
{
  return jm_document_get_item (self, JM_COLLECTION_PHASES, NULL, position);
}

JmPhase *
jm_document_find_phase (JmDocument *self,
                        const char *id)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);
  return id ? find_by_id (jm_document_get_array (self, JM_COLLECTION_PHASES, NULL), id) : NULL;
}

int
jm_document_get_phase_index (JmDocument *self,
                             JmPhase    *phase)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), -1);
  return jm_document_find_index (jm_document_get_array (self, JM_COLLECTION_PHASES, NULL),
                                 phase);
}

guint
jm_document_get_n_participants (JmDocument *self)
{
  return jm_document_get_n_items (self, JM_COLLECTION_PARTICIPANTS, NULL);
}

JmParticipant *
jm_document_get_participant (JmDocument *self,
                             guint       position)
{
  return jm_document_get_item (self, JM_COLLECTION_PARTICIPANTS, NULL, position);
}

JmParticipant *
jm_document_find_participant (JmDocument *self,
                              const char *id)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);
  if (id == NULL)
    return NULL;

  return find_by_id (jm_document_get_array (self, JM_COLLECTION_PARTICIPANTS, NULL), id);
}

int
jm_document_get_participant_index (JmDocument    *self,
                                   JmParticipant *participant)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), -1);
  return jm_document_find_index (jm_document_get_array (self, JM_COLLECTION_PARTICIPANTS, NULL),
                                 participant);
}

guint
jm_document_get_n_touchpoints (JmDocument *self)
{
  return jm_document_get_n_items (self, JM_COLLECTION_TOUCHPOINTS, NULL);
}

JmTouchpoint *
jm_document_get_touchpoint (JmDocument *self,
                            guint       position)
{
  return jm_document_get_item (self, JM_COLLECTION_TOUCHPOINTS, NULL, position);
}

int
jm_document_get_touchpoint_index (JmDocument   *self,
                                  JmTouchpoint *touchpoint)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), -1);
  return jm_document_find_index (jm_document_get_array (self, JM_COLLECTION_TOUCHPOINTS, NULL),
                                 touchpoint);
}

GPtrArray *
jm_document_dup_cell_touchpoints (JmDocument *self,
                                  const char *persona_id,
                                  const char *phase_id)
{
  GPtrArray *touchpoints;
  GPtrArray *cell;

  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);

  touchpoints = jm_document_get_array (self, JM_COLLECTION_TOUCHPOINTS, NULL);
  cell = g_ptr_array_new ();
  for (guint i = 0; i < touchpoints->len; i++)
    {
      JmTouchpoint *tp = g_ptr_array_index (touchpoints, i);

      if (g_strcmp0 (jm_touchpoint_get_persona (tp), persona_id) == 0 &&
          g_strcmp0 (jm_touchpoint_get_phase (tp), phase_id) == 0)
        g_ptr_array_add (cell, tp);
    }

  return cell;
}

typedef struct
{
  JmTouchpoint *touchpoint;
  guint         cell;      /* persona index × number of phases + phase index */
  guint         position;  /* in the document's touchpoint array: card order */
} OrderedCard;

static int
compare_ordered_cards (gconstpointer a,
                       gconstpointer b)
{
  const OrderedCard *ca = a, *cb = b;

  if (ca->cell != cb->cell)
    return ca->cell < cb->cell ? -1 : 1;
  return ca->position < cb->position ? -1 : ca->position > cb->position;
}

/* The index of every id of @collection, so each touchpoint finds its
 * lane and column once rather than once per cell. */
static GHashTable *
index_ids (JmDocument   *self,
           JmCollection  collection)
{
  GHashTable *indices = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = jm_document_get_n_items (self, collection, NULL);

  for (guint i = 0; i < n; i++)
    {
      GObject *item = jm_document_get_item (self, collection, NULL, i);
      const char *id = JM_IS_PERSONA (item) ? jm_persona_get_id (JM_PERSONA (item))
                                            : jm_phase_get_id (JM_PHASE (item));

      if (id != NULL)
        g_hash_table_insert (indices, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }

  return indices;
}

GPtrArray *
jm_document_dup_touchpoints_in_order (JmDocument *self)
{
  g_autoptr(GHashTable) personas = NULL;
  g_autoptr(GHashTable) phases = NULL;
  g_autoptr(GArray) cards = NULL;
  GPtrArray *touchpoints;
  GPtrArray *ordered;
  guint n_phases;

  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);

  personas = index_ids (self, JM_COLLECTION_PERSONAS);
  phases = index_ids (self, JM_COLLECTION_PHASES);
  n_phases = jm_document_get_n_phases (self);
  touchpoints = jm_document_get_array (self, JM_COLLECTION_TOUCHPOINTS, NULL);
  cards = g_array_sized_new (FALSE, FALSE, sizeof (OrderedCard), touchpoints->len);

  for (guint i = 0; i < touchpoints->len; i++)
    {
      JmTouchpoint *tp = g_ptr_array_index (touchpoints, i);
      const char *persona_id = jm_touchpoint_get_persona (tp);
      const char *phase_id = jm_touchpoint_get_phase (tp);
      /* stored as index + 1, so 0 means unknown */
      guint p = persona_id ? GPOINTER_TO_UINT (g_hash_table_lookup (personas, persona_id)) : 0;
      guint f = phase_id ? GPOINTER_TO_UINT (g_hash_table_lookup (phases, phase_id)) : 0;
      OrderedCard card = { tp, (p - 1) * n_phases + (f - 1), i };

      if (p > 0 && f > 0)
        g_array_append_val (cards, card);
    }

  g_array_sort (cards, compare_ordered_cards);
  ordered = g_ptr_array_sized_new (cards->len);
  for (guint i = 0; i < cards->len; i++)
    g_ptr_array_add (ordered, g_array_index (cards, OrderedCard, i).touchpoint);

  return ordered;
}

static gboolean
id_is_used (JmDocument   *self,
            JmCollection  collection,
            const char   *id)
{
  switch (collection)
    {
    case JM_COLLECTION_PERSONAS:
      return jm_document_find_persona (self, id) != NULL;
    case JM_COLLECTION_PHASES:
      return jm_document_find_phase (self, id) != NULL;
    case JM_COLLECTION_PARTICIPANTS:
      return jm_document_find_participant (self, id) != NULL;
    case JM_COLLECTION_TOUCHPOINTS:
      return jm_document_find_touchpoint (self, id) != NULL;
    case JM_COLLECTION_KPIS:
    case JM_COLLECTION_INTERNAL_STEPS:
    case JM_COLLECTION_NONE:
    default:
      g_return_val_if_reached (FALSE);
    }
}

char *
jm_document_make_id (JmDocument   *self,
                     JmCollection  collection,
                     const char   *prefix)
{
  GPtrArray *array;

  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);

  array = jm_document_get_array (self, collection, NULL);
  g_return_val_if_fail (array != NULL, NULL);

  for (guint n = array->len + 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s%u", prefix, n);

      if (!id_is_used (self, collection, id))
        return g_steal_pointer (&id);
    }
}

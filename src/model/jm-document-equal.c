/* jm-document-equal.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Deep comparison of two documents, property by property. It walks the
 * GObject properties rather than naming fields, so a field added to an
 * entity is compared without touching this file.
 */

#define G_LOG_DOMAIN "jm-document"

#include "config.h"

#include "jm-document.h"

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (pspec->value_type == G_TYPE_DATE_TIME)
    {
      GDateTime *da = g_value_get_boxed (a);
      GDateTime *db = g_value_get_boxed (b);

      if (da == NULL || db == NULL)
        return da == db;
      return g_date_time_equal (da, db);
    }

  return g_param_values_cmp (pspec, a, b) == 0;
}

static gboolean
objects_equal (GObject *a,
               GObject *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);

      if (!values_equal (pspecs[i], &va, &vb))
        return FALSE;
    }

  return TRUE;
}

/* Votes are a map: their order is not part of the document. */
static gboolean
ratings_equal (JmTouchpoint *a,
               JmTouchpoint *b)
{
  guint n = jm_touchpoint_get_n_ratings (a);

  if (n != jm_touchpoint_get_n_ratings (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      const char *participant = jm_touchpoint_get_rating_participant (a, i);

      if (jm_touchpoint_get_rating (a, participant) != jm_touchpoint_get_rating (b, participant))
        return FALSE;
    }

  return TRUE;
}

static gboolean
touchpoints_equal (JmTouchpoint *a,
                   JmTouchpoint *b)
{
  guint n_kpis = jm_touchpoint_get_n_kpis (a);
  guint n_steps = jm_touchpoint_get_n_internal_steps (a);

  if (!objects_equal (G_OBJECT (a), G_OBJECT (b)) ||
      !ratings_equal (a, b) ||
      n_kpis != jm_touchpoint_get_n_kpis (b) ||
      n_steps != jm_touchpoint_get_n_internal_steps (b))
    return FALSE;

  for (guint i = 0; i < n_kpis; i++)
    if (!objects_equal (G_OBJECT (jm_touchpoint_get_kpi (a, i)),
                        G_OBJECT (jm_touchpoint_get_kpi (b, i))))
      return FALSE;

  for (guint i = 0; i < n_steps; i++)
    if (!objects_equal (G_OBJECT (jm_touchpoint_get_internal_step (a, i)),
                        G_OBJECT (jm_touchpoint_get_internal_step (b, i))))
      return FALSE;

  return TRUE;
}

typedef guint    (*GetCount) (JmDocument *self);
typedef gpointer (*GetItem)  (JmDocument *self,
                              guint       position);

static gboolean
lists_equal (JmDocument *a,
             JmDocument *b,
             GetCount    get_count,
             GetItem     get_item)
{
  guint n = get_count (a);

  if (n != get_count (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    if (!objects_equal (get_item (a, i), get_item (b, i)))
      return FALSE;

  return TRUE;
}

gboolean
jm_document_equal (JmDocument *a,
                   JmDocument *b)
{
  guint n_touchpoints;

  g_return_val_if_fail (JM_IS_DOCUMENT (a), FALSE);
  g_return_val_if_fail (JM_IS_DOCUMENT (b), FALSE);

  if (a == b)
    return TRUE;

  if (!objects_equal (G_OBJECT (a), G_OBJECT (b)) ||
      !lists_equal (a, b, jm_document_get_n_personas, (GetItem)jm_document_get_persona) ||
      !lists_equal (a, b, jm_document_get_n_phases, (GetItem)jm_document_get_phase) ||
      !lists_equal (a, b, jm_document_get_n_participants, (GetItem)jm_document_get_participant))
    return FALSE;

  n_touchpoints = jm_document_get_n_touchpoints (a);
  if (n_touchpoints != jm_document_get_n_touchpoints (b))
    return FALSE;

  for (guint i = 0; i < n_touchpoints; i++)
    if (!touchpoints_equal (jm_document_get_touchpoint (a, i), jm_document_get_touchpoint (b, i)))
      return FALSE;

  return TRUE;
}

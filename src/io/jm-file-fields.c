/* jm-file-fields.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-file"

#include "config.h"

#include <string.h>

#include "jm-file-private.h"

const JmField jm_file_document_fields[] = {
  { "format", NULL, JM_FIELD_HEADER },
  { "version", NULL, JM_FIELD_HEADER },
  { "title", "title", JM_FIELD_STRING },
  { "description", "description", JM_FIELD_STRING },
  { "owner", "owner", JM_FIELD_STRING },
  { "created", "created", JM_FIELD_DATE },
  { "modified", "modified", JM_FIELD_DATE },
  { "personas", NULL, JM_FIELD_PERSONAS },
  { "phases", NULL, JM_FIELD_PHASES },
  { "participants", NULL, JM_FIELD_PARTICIPANTS },
  { "touchpoints", NULL, JM_FIELD_TOUCHPOINTS },
  { NULL, NULL, JM_FIELD_HEADER }
};

const JmField jm_file_persona_fields[] = {
  { "id", "id", JM_FIELD_ID },
  { "name", "name", JM_FIELD_NAME },
  { "profile", "profile", JM_FIELD_STRING },
  { "goal", "goal", JM_FIELD_STRING },
  { "preferences", "preferences", JM_FIELD_STRING },
  { "experiences", "experiences", JM_FIELD_STRING },
  { "color", "color", JM_FIELD_COLOR },
  { NULL, NULL, JM_FIELD_HEADER }
};

const JmField jm_file_phase_fields[] = {
  { "id", "id", JM_FIELD_ID },
  { "name", "name", JM_FIELD_NAME },
  { "description", "description", JM_FIELD_STRING },
  { NULL, NULL, JM_FIELD_HEADER }
};

const JmField jm_file_participant_fields[] = {
  { "id", "id", JM_FIELD_ID },
  { "name", "name", JM_FIELD_STRING },
  { "role", "role", JM_FIELD_STRING },
  { NULL, NULL, JM_FIELD_HEADER }
};

const JmField jm_file_touchpoint_fields[] = {
  { "id", "id", JM_FIELD_ID },
  { "persona", "persona", JM_FIELD_PERSONA_REF },
  { "phase", "phase", JM_FIELD_PHASE_REF },
  { "title", "title", JM_FIELD_NAME },
  { "action", "action", JM_FIELD_STRING },
  { "channel", "channel", JM_FIELD_STRING },
  { "owned", "owned", JM_FIELD_BOOLEAN },
  { "owner", "owner", JM_FIELD_STRING },
  { "feeling", "feeling", JM_FIELD_STRING },
  { "emotion", "emotion", JM_FIELD_EMOTION },
  { "ratings", NULL, JM_FIELD_RATINGS },
  { "hands", NULL, JM_FIELD_HANDS },
  { "expectation", "expectation", JM_FIELD_SCORE },
  { "performance", "performance", JM_FIELD_SCORE },
  { "super", "super", JM_FIELD_BOOLEAN },
  { "status", "status", JM_FIELD_STATUS },
  { "kpis", NULL, JM_FIELD_KPIS },
  { "quick_win", "quick-win", JM_FIELD_STRING },
  { "internal", NULL, JM_FIELD_INTERNAL_STEPS },
  { NULL, NULL, JM_FIELD_HEADER }
};

const JmField jm_file_kpi_fields[] = {
  { "name", "name", JM_FIELD_STRING },
  { "target", "target", JM_FIELD_NUMBER },
  { "actual", "actual", JM_FIELD_NUMBER },
  { "unit", "unit", JM_FIELD_STRING },
  { NULL, NULL, JM_FIELD_HEADER }
};

const JmField jm_file_internal_step_fields[] = {
  { "title", "title", JM_FIELD_STRING },
  { "owner", "owner", JM_FIELD_STRING },
  { NULL, NULL, JM_FIELD_HEADER }
};

static const JmFileCollection collections[] = {
  { JM_FIELD_PERSONAS, JM_COLLECTION_PERSONAS, jm_persona_get_type, jm_file_persona_fields },
  { JM_FIELD_PHASES, JM_COLLECTION_PHASES, jm_phase_get_type, jm_file_phase_fields },
  { JM_FIELD_PARTICIPANTS, JM_COLLECTION_PARTICIPANTS, jm_participant_get_type,
    jm_file_participant_fields },
  { JM_FIELD_TOUCHPOINTS, JM_COLLECTION_TOUCHPOINTS, jm_touchpoint_get_type,
    jm_file_touchpoint_fields },
  { JM_FIELD_KPIS, JM_COLLECTION_KPIS, jm_kpi_get_type, jm_file_kpi_fields },
  { JM_FIELD_INTERNAL_STEPS, JM_COLLECTION_INTERNAL_STEPS, jm_internal_step_get_type,
    jm_file_internal_step_fields },
};

const JmFileCollection *
jm_file_collection_lookup (JmFieldKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    if (collections[i].kind == kind)
      return &collections[i];

  g_assert_not_reached ();
}

gboolean
jm_file_field_is_known (const JmField *fields,
                        const char    *member)
{
  g_assert (fields != NULL);
  g_assert (member != NULL);

  for (const JmField *field = fields; field->member != NULL; field++)
    if (strcmp (field->member, member) == 0)
      return TRUE;

  return FALSE;
}

static JmFieldSpecs *
find_field_specs (const JmField *fields,
                  GObject       *target)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (target);
  guint n = 0;
  JmFieldSpecs *specs;

  while (fields[n].member != NULL)
    n++;

  specs = g_new0 (JmFieldSpecs, n);
  for (guint i = 0; i < n; i++)
    {
      if (fields[i].property == NULL)
        continue;

      specs[i].property = g_object_class_find_property (klass, fields[i].property);
      g_assert (specs[i].property != NULL);

      if (fields[i].kind == JM_FIELD_EMOTION || fields[i].kind == JM_FIELD_NUMBER)
        {
          g_autofree char *has = g_strconcat ("has-", fields[i].property, NULL);

          specs[i].has = g_object_class_find_property (klass, has);
          g_assert (specs[i].has != NULL);
        }
    }

  return specs;
}

GHashTable *
jm_file_field_specs_new (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

/* Each table of fields belongs to one class, so the table is the key. */
const JmFieldSpecs *
jm_file_field_specs_lookup (GHashTable    *cache,
                            const JmField *fields,
                            GObject       *target)
{
  JmFieldSpecs *specs = g_hash_table_lookup (cache, fields);

  if (specs == NULL)
    {
      specs = find_field_specs (fields, target);
      g_hash_table_insert (cache, (gpointer)fields, specs);
    }

  return specs;
}

void
jm_file_set_property (GObject    *target,
                      GParamSpec *pspec,
                      GValue     *value)
{
  GObjectClass *owner = g_type_class_peek (pspec->owner_type);

  g_assert (G_VALUE_TYPE (value) == pspec->value_type);

  owner->set_property (target, pspec->param_id, value, pspec);
  g_value_unset (value);
}

void
jm_file_get_property (GObject    *source,
                      GParamSpec *pspec,
                      GValue     *value)
{
  GObjectClass *owner = g_type_class_peek (pspec->owner_type);

  g_value_init (value, pspec->value_type);
  owner->get_property (source, pspec->param_id, value, pspec);
}

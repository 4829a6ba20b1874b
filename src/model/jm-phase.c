/* jm-phase.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-phase"

#include "config.h"

#include "jm-phase.h"
#include "jm-types-private.h"

struct _JmPhase
{
  GObject parent_instance;

  char *id;
  char *name;
  char *description;
};

G_DEFINE_FINAL_TYPE (JmPhase, jm_phase, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
get_field (JmPhase *self,
           guint    prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_NAME: return &self->name;
    case PROP_DESCRIPTION: return &self->description;
    default: g_assert_not_reached ();
    }
}

static void
jm_phase_finalize (GObject *object)
{
  JmPhase *self = (JmPhase *)object;

  for (guint i = PROP_0 + 1; i < N_PROPS; i++)
    g_clear_pointer (get_field (self, i), g_free);

  G_OBJECT_CLASS (jm_phase_parent_class)->finalize (object);
}

static void
jm_phase_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  JmPhase *self = JM_PHASE (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_set_string (value, *get_field (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
jm_phase_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  JmPhase *self = JM_PHASE (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    jm_set_string (get_field (self, prop_id), g_value_get_string (value), object, pspec);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
jm_phase_class_init (JmPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jm_phase_finalize;
  object_class->get_property = jm_phase_get_property;
  object_class->set_property = jm_phase_set_property;

  properties[PROP_ID] = JM_STRING_PSPEC ("id", "Id");
  properties[PROP_NAME] = JM_STRING_PSPEC ("name", "Name");
  properties[PROP_DESCRIPTION] = JM_STRING_PSPEC ("description", "Description");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jm_phase_init (JmPhase *self)
{
}

JmPhase *
jm_phase_new (const char *id,
              const char *name)
{
  return g_object_new (JM_TYPE_PHASE, "id", id, "name", name, NULL);
}

const char *
jm_phase_get_id (JmPhase *self)
{
  g_return_val_if_fail (JM_IS_PHASE (self), NULL);
  return self->id;
}

void
jm_phase_set_id (JmPhase *self,
                 const char *id)
{
  g_return_if_fail (JM_IS_PHASE (self));
  jm_set_string (&self->id, id, G_OBJECT (self), properties[PROP_ID]);
}

const char *
jm_phase_get_name (JmPhase *self)
{
  g_return_val_if_fail (JM_IS_PHASE (self), NULL);
  return self->name;
}

void
jm_phase_set_name (JmPhase *self,
                   const char *name)
{
  g_return_if_fail (JM_IS_PHASE (self));
  jm_set_string (&self->name, name, G_OBJECT (self), properties[PROP_NAME]);
}

const char *
jm_phase_get_description (JmPhase *self)
{
  g_return_val_if_fail (JM_IS_PHASE (self), NULL);
  return self->description;
}

void
jm_phase_set_description (JmPhase *self,
                          const char *description)
{
  g_return_if_fail (JM_IS_PHASE (self));
  jm_set_string (&self->description, description, G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

/* jm-participant.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-participant"

#include "config.h"

#include "jm-participant.h"
#include "jm-types-private.h"

struct _JmParticipant
{
  GObject parent_instance;

  char *id;
  char *name;
  char *role;
};

G_DEFINE_FINAL_TYPE (JmParticipant, jm_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ROLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
get_field (JmParticipant *self,
           guint          prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_NAME: return &self->name;
    case PROP_ROLE: return &self->role;
    default: g_assert_not_reached ();
    }
}

static void
jm_participant_finalize (GObject *object)
{
  JmParticipant *self = (JmParticipant *)object;

  for (guint i = PROP_0 + 1; i < N_PROPS; i++)
    g_clear_pointer (get_field (self, i), g_free);

  G_OBJECT_CLASS (jm_participant_parent_class)->finalize (object);
}

static void
jm_participant_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  JmParticipant *self = JM_PARTICIPANT (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_set_string (value, *get_field (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
jm_participant_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  JmParticipant *self = JM_PARTICIPANT (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    jm_set_string (get_field (self, prop_id), g_value_get_string (value), object, pspec);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
jm_participant_class_init (JmParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jm_participant_finalize;
  object_class->get_property = jm_participant_get_property;
  object_class->set_property = jm_participant_set_property;

  properties[PROP_ID] = JM_STRING_PSPEC ("id", "Id");
  properties[PROP_NAME] = JM_STRING_PSPEC ("name", "Name");
  properties[PROP_ROLE] = JM_STRING_PSPEC ("role", "Role");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jm_participant_init (JmParticipant *self)
{
}

JmParticipant *
jm_participant_new (const char *id,
                    const char *name)
{
  return g_object_new (JM_TYPE_PARTICIPANT, "id", id, "name", name, NULL);
}

const char *
jm_participant_get_id (JmParticipant *self)
{
  g_return_val_if_fail (JM_IS_PARTICIPANT (self), NULL);
  return self->id;
}

void
jm_participant_set_id (JmParticipant *self,
                       const char    *id)
{
  g_return_if_fail (JM_IS_PARTICIPANT (self));
  jm_set_string (&self->id, id, G_OBJECT (self), properties[PROP_ID]);
}

const char *
jm_participant_get_name (JmParticipant *self)
{
  g_return_val_if_fail (JM_IS_PARTICIPANT (self), NULL);
  return self->name;
}

void
jm_participant_set_name (JmParticipant *self,
                         const char    *name)
{
  g_return_if_fail (JM_IS_PARTICIPANT (self));
  jm_set_string (&self->name, name, G_OBJECT (self), properties[PROP_NAME]);
}

const char *
jm_participant_get_role (JmParticipant *self)
{
  g_return_val_if_fail (JM_IS_PARTICIPANT (self), NULL);
  return self->role;
}

void
jm_participant_set_role (JmParticipant *self,
                         const char    *role)
{
  g_return_if_fail (JM_IS_PARTICIPANT (self));
  jm_set_string (&self->role, role, G_OBJECT (self), properties[PROP_ROLE]);
}

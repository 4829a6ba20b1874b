/* jm-persona.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-persona"

#include "config.h"

#include "jm-persona.h"
#include "jm-types.h"
#include "jm-types-private.h"

#define DEFAULT_COLOR "#3584e4"

struct _JmPersona
{
  GObject parent_instance;

  char *id;
  char *name;
  char *profile;
  char *goal;
  char *preferences;
  char *experiences;
  char *color;
};

G_DEFINE_FINAL_TYPE (JmPersona, jm_persona, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_PROFILE,
  PROP_GOAL,
  PROP_PREFERENCES,
  PROP_EXPERIENCES,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
get_field (JmPersona *self,
           guint      prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_NAME: return &self->name;
    case PROP_PROFILE: return &self->profile;
    case PROP_GOAL: return &self->goal;
    case PROP_PREFERENCES: return &self->preferences;
    case PROP_EXPERIENCES: return &self->experiences;
    case PROP_COLOR: return &self->color;
    default: g_assert_not_reached ();
    }
}

static void
set_field (JmPersona  *self,
           guint       prop_id,
           const char *value)
{
  jm_set_string (get_field (self, prop_id), value, G_OBJECT (self), properties[prop_id]);
}

static void
jm_persona_finalize (GObject *object)
{
  JmPersona *self = (JmPersona *)object;

  for (guint i = PROP_ID; i < N_PROPS; i++)
    g_clear_pointer (get_field (self, i), g_free);

  G_OBJECT_CLASS (jm_persona_parent_class)->finalize (object);
}

static void
jm_persona_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  JmPersona *self = JM_PERSONA (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_set_string (value, *get_field (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
jm_persona_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  JmPersona *self = JM_PERSONA (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    set_field (self, prop_id, g_value_get_string (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
jm_persona_class_init (JmPersonaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jm_persona_finalize;
  object_class->get_property = jm_persona_get_property;
  object_class->set_property = jm_persona_set_property;

  properties[PROP_ID] = JM_STRING_PSPEC ("id", "Id");
  properties[PROP_NAME] = JM_STRING_PSPEC ("name", "Name");
  properties[PROP_PROFILE] = JM_STRING_PSPEC ("profile", "Profile");
  properties[PROP_GOAL] = JM_STRING_PSPEC ("goal", "Goal");
  properties[PROP_PREFERENCES] = JM_STRING_PSPEC ("preferences", "Preferences");
  properties[PROP_EXPERIENCES] = JM_STRING_PSPEC ("experiences", "Experiences");
  properties[PROP_COLOR] = JM_STRING_PSPEC ("color", "Color");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jm_persona_init (JmPersona *self)
{
  self->color = g_strdup (DEFAULT_COLOR);
}

JmPersona *
jm_persona_new (const char *id,
                const char *name)
{
  return g_object_new (JM_TYPE_PERSONA, "id", id, "name", name, NULL);
}

const char *
jm_persona_get_id (JmPersona *self)
{
  g_return_val_if_fail (JM_IS_PERSONA (self), NULL);
  return self->id;
}

const char *
jm_persona_get_name (JmPersona *self)
{
  g_return_val_if_fail (JM_IS_PERSONA (self), NULL);
  return self->name;
}

const char *
jm_persona_get_profile (JmPersona *self)
{
  g_return_val_if_fail (JM_IS_PERSONA (self), NULL);
  return self->profile;
}

const char *
jm_persona_get_goal (JmPersona *self)
{
  g_return_val_if_fail (JM_IS_PERSONA (self), NULL);
  return self->goal;
}

const char *
jm_persona_get_preferences (JmPersona *self)
{
  g_return_val_if_fail (JM_IS_PERSONA (self), NULL);
  return self->preferences;
}

const char *
jm_persona_get_experiences (JmPersona *self)
{
  g_return_val_if_fail (JM_IS_PERSONA (self), NULL);
  return self->experiences;
}

const char *
jm_persona_get_color (JmPersona *self)
{
  g_return_val_if_fail (JM_IS_PERSONA (self), NULL);
  return self->color;
}

void
jm_persona_set_id (JmPersona  *self,
                   const char *id)
{
  g_return_if_fail (JM_IS_PERSONA (self));
  set_field (self, PROP_ID, id);
}

void
jm_persona_set_name (JmPersona  *self,
                     const char *name)
{
  g_return_if_fail (JM_IS_PERSONA (self));
  set_field (self, PROP_NAME, name);
}

void
jm_persona_set_profile (JmPersona  *self,
                        const char *profile)
{
  g_return_if_fail (JM_IS_PERSONA (self));
  set_field (self, PROP_PROFILE, profile);
}

void
jm_persona_set_goal (JmPersona  *self,
                     const char *goal)
{
  g_return_if_fail (JM_IS_PERSONA (self));
  set_field (self, PROP_GOAL, goal);
}

void
jm_persona_set_preferences (JmPersona  *self,
                            const char *preferences)
{
  g_return_if_fail (JM_IS_PERSONA (self));
  set_field (self, PROP_PREFERENCES, preferences);
}

void
jm_persona_set_experiences (JmPersona  *self,
                            const char *experiences)
{
  g_return_if_fail (JM_IS_PERSONA (self));
  set_field (self, PROP_EXPERIENCES, experiences);
}

void
jm_persona_set_color (JmPersona  *self,
                      const char *color)
{
  g_return_if_fail (JM_IS_PERSONA (self));
  g_return_if_fail (color == NULL || jm_color_is_valid (color));
  set_field (self, PROP_COLOR, color ? color : DEFAULT_COLOR);
}

/* jm-internal-step.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-internal-step"

#include "config.h"

#include "jm-internal-step.h"
#include "jm-types-private.h"

struct _JmInternalStep
{
  GObject parent_instance;

  char *title;
  char *owner;
};

G_DEFINE_FINAL_TYPE (JmInternalStep, jm_internal_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_OWNER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
get_field (JmInternalStep *self,
           guint           prop_id)
{
  switch (prop_id)
    {
    case PROP_TITLE: return &self->title;
    case PROP_OWNER: return &self->owner;
    default: g_assert_not_reached ();
    }
}

static void
jm_internal_step_finalize (GObject *object)
{
  JmInternalStep *self = (JmInternalStep *)object;

  for (guint i = PROP_0 + 1; i < N_PROPS; i++)
    g_clear_pointer (get_field (self, i), g_free);

  G_OBJECT_CLASS (jm_internal_step_parent_class)->finalize (object);
}

static void
jm_internal_step_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  JmInternalStep *self = JM_INTERNAL_STEP (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    g_value_set_string (value, *get_field (self, prop_id));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
jm_internal_step_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  JmInternalStep *self = JM_INTERNAL_STEP (object);

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    jm_set_string (get_field (self, prop_id), g_value_get_string (value), object, pspec);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
jm_internal_step_class_init (JmInternalStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jm_internal_step_finalize;
  object_class->get_property = jm_internal_step_get_property;
  object_class->set_property = jm_internal_step_set_property;

  properties[PROP_TITLE] = JM_STRING_PSPEC ("title", "Title");
  properties[PROP_OWNER] = JM_STRING_PSPEC ("owner", "Owner");

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jm_internal_step_init (JmInternalStep *self)
{
}

JmInternalStep *
jm_internal_step_new (const char *title,
                      const char *owner)
{
  return g_object_new (JM_TYPE_INTERNAL_STEP, "title", title, "owner", owner, NULL);
}

const char *
jm_internal_step_get_title (JmInternalStep *self)
{
  g_return_val_if_fail (JM_IS_INTERNAL_STEP (self), NULL);
  return self->title;
}

void
jm_internal_step_set_title (JmInternalStep *self,
                            const char     *title)
{
  g_return_if_fail (JM_IS_INTERNAL_STEP (self));
  jm_set_string (&self->title, title, G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
jm_internal_step_get_owner (JmInternalStep *self)
{
  g_return_val_if_fail (JM_IS_INTERNAL_STEP (self), NULL);
  return self->owner;
}

void
jm_internal_step_set_owner (JmInternalStep *self,
                            const char     *owner)
{
  g_return_if_fail (JM_IS_INTERNAL_STEP (self));
  jm_set_string (&self->owner, owner, G_OBJECT (self), properties[PROP_OWNER]);
}

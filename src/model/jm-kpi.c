/* jm-kpi.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-kpi"

#include "config.h"

#include "jm-kpi.h"
#include "jm-types-private.h"

struct _JmKpi
{
  GObject parent_instance;

  char *name;
  char *unit;
  double target;
  double actual;
  guint has_target : 1;
  guint has_actual : 1;
};

G_DEFINE_FINAL_TYPE (JmKpi, jm_kpi, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_UNIT,
  PROP_TARGET,
  PROP_ACTUAL,
  PROP_HAS_TARGET,
  PROP_HAS_ACTUAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Sets a number and its presence flag. The properties change one at a
 * time (so each has a simple inverse for undo); an unset number reads 0. */
static void
set_number (JmKpi   *self,
            double  *field,
            gboolean is_set,
            double   value,
            guint    flag_prop,
            guint    value_prop)
{
  gboolean was_set = flag_prop == PROP_HAS_TARGET ? self->has_target : self->has_actual;

  if (was_set == is_set && *field == value)
    return;

  *field = value;
  if (flag_prop == PROP_HAS_TARGET)
    self->has_target = is_set;
  else
    self->has_actual = is_set;

  g_object_notify_by_pspec (G_OBJECT (self), properties[value_prop]);
  if (was_set != is_set)
    g_object_notify_by_pspec (G_OBJECT (self), properties[flag_prop]);
}

static void
jm_kpi_finalize (GObject *object)
{
  JmKpi *self = (JmKpi *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->unit, g_free);

  G_OBJECT_CLASS (jm_kpi_parent_class)->finalize (object);
}

static void
jm_kpi_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  JmKpi *self = JM_KPI (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_TARGET:
      g_value_set_double (value, self->target);
      break;
    case PROP_ACTUAL:
      g_value_set_double (value, self->actual);
      break;
    case PROP_HAS_TARGET:
      g_value_set_boolean (value, self->has_target);
      break;
    case PROP_HAS_ACTUAL:
      g_value_set_boolean (value, self->has_actual);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_kpi_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  JmKpi *self = JM_KPI (object);

  switch (prop_id)
    {
    case PROP_NAME:
      jm_kpi_set_name (self, g_value_get_string (value));
      break;
    case PROP_UNIT:
      jm_kpi_set_unit (self, g_value_get_string (value));
      break;
    case PROP_TARGET:
      set_number (self, &self->target, self->has_target, g_value_get_double (value),
                  PROP_HAS_TARGET, PROP_TARGET);
      break;
    case PROP_ACTUAL:
      set_number (self, &self->actual, self->has_actual, g_value_get_double (value),
                  PROP_HAS_ACTUAL, PROP_ACTUAL);
      break;
    case PROP_HAS_TARGET:
      set_number (self, &self->target, g_value_get_boolean (value), self->target,
                  PROP_HAS_TARGET, PROP_TARGET);
      break;
    case PROP_HAS_ACTUAL:
      set_number (self, &self->actual, g_value_get_boolean (value), self->actual,
                  PROP_HAS_ACTUAL, PROP_ACTUAL);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_kpi_class_init (JmKpiClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = jm_kpi_finalize;
  object_class->get_property = jm_kpi_get_property;
  object_class->set_property = jm_kpi_set_property;

  properties[PROP_NAME] = JM_STRING_PSPEC ("name", "Name");
  properties[PROP_UNIT] = JM_STRING_PSPEC ("unit", "Unit");
  properties[PROP_TARGET] =
    g_param_spec_double ("target", "Target", NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
  properties[PROP_ACTUAL] =
    g_param_spec_double ("actual", "Actual", NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0.0, flags);
  properties[PROP_HAS_TARGET] =
    g_param_spec_boolean ("has-target", "Has target", NULL, FALSE, flags);
  properties[PROP_HAS_ACTUAL] =
    g_param_spec_boolean ("has-actual", "Has actual", NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jm_kpi_init (JmKpi *self)
{
}

JmKpi *
jm_kpi_new (const char *name)
{
  return g_object_new (JM_TYPE_KPI, "name", name, NULL);
}

const char *
jm_kpi_get_name (JmKpi *self)
{
  g_return_val_if_fail (JM_IS_KPI (self), NULL);
  return self->name;
}

const char *
jm_kpi_get_unit (JmKpi *self)
{
  g_return_val_if_fail (JM_IS_KPI (self), NULL);
  return self->unit;
}

gboolean
jm_kpi_get_has_target (JmKpi *self)
{
  g_return_val_if_fail (JM_IS_KPI (self), FALSE);
  return self->has_target;
}

double
jm_kpi_get_target (JmKpi *self)
{
  g_return_val_if_fail (JM_IS_KPI (self), 0.0);
  return self->target;
}

gboolean
jm_kpi_get_has_actual (JmKpi *self)
{
  g_return_val_if_fail (JM_IS_KPI (self), FALSE);
  return self->has_actual;
}

double
jm_kpi_get_actual (JmKpi *self)
{
  g_return_val_if_fail (JM_IS_KPI (self), 0.0);
  return self->actual;
}

void
jm_kpi_set_name (JmKpi      *self,
                 const char *name)
{
  g_return_if_fail (JM_IS_KPI (self));
  jm_set_string (&self->name, name, G_OBJECT (self), properties[PROP_NAME]);
}

void
jm_kpi_set_unit (JmKpi      *self,
                 const char *unit)
{
  g_return_if_fail (JM_IS_KPI (self));
  jm_set_string (&self->unit, unit, G_OBJECT (self), properties[PROP_UNIT]);
}

void
jm_kpi_set_target (JmKpi  *self,
                   double  target)
{
  g_return_if_fail (JM_IS_KPI (self));
  set_number (self, &self->target, TRUE, target, PROP_HAS_TARGET, PROP_TARGET);
}

void
jm_kpi_unset_target (JmKpi *self)
{
  g_return_if_fail (JM_IS_KPI (self));
  set_number (self, &self->target, FALSE, 0.0, PROP_HAS_TARGET, PROP_TARGET);
}

void
jm_kpi_set_actual (JmKpi  *self,
                   double  actual)
{
  g_return_if_fail (JM_IS_KPI (self));
  set_number (self, &self->actual, TRUE, actual, PROP_HAS_ACTUAL, PROP_ACTUAL);
}

void
jm_kpi_unset_actual (JmKpi *self)
{
  g_return_if_fail (JM_IS_KPI (self));
  set_number (self, &self->actual, FALSE, 0.0, PROP_HAS_ACTUAL, PROP_ACTUAL);
}

/* jm-types.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-types"

#include "config.h"

#include <string.h>

#include "jm-types.h"
#include "jm-types-private.h"

static const char * const rating_names[] = {
  [JM_RATING_NONE] = NULL,
  [JM_RATING_DISAPPOINTMENT] = "disappointment",
  [JM_RATING_OK] = "ok",
  [JM_RATING_DELIGHT] = "delight",
};

static const char * const status_names[] = {
  [JM_STATUS_DRAFT] = "draft",
  [JM_STATUS_VALIDATED_INTERNAL] = "validated-internal",
  [JM_STATUS_VALIDATED_CUSTOMER] = "validated-customer",
};

const char *
jm_rating_to_string (JmRating rating)
{
  g_return_val_if_fail (rating <= JM_RATING_DELIGHT, NULL);

  return rating_names[rating];
}

gboolean
jm_rating_from_string (const char *str,
                       JmRating   *rating)
{
  g_return_val_if_fail (rating != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = JM_RATING_DISAPPOINTMENT; i < G_N_ELEMENTS (rating_names); i++)
    {
      if (strcmp (str, rating_names[i]) == 0)
        {
          *rating = i;
          return TRUE;
        }
    }

  return FALSE;
}

double
jm_rating_to_emotion (JmRating rating)
{
  switch (rating)
    {
    case JM_RATING_DISAPPOINTMENT:
      return JM_EMOTION_MIN;
    case JM_RATING_DELIGHT:
      return JM_EMOTION_MAX;
    case JM_RATING_OK:
    case JM_RATING_NONE:
    default:
      return 0.0;
    }
}

const char *
jm_status_to_string (JmStatus status)
{
  g_return_val_if_fail (status <= JM_STATUS_VALIDATED_CUSTOMER, NULL);

  return status_names[status];
}

gboolean
jm_status_from_string (const char *str,
                       JmStatus   *status)
{
  g_return_val_if_fail (status != NULL, FALSE);

  if (str == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (strcmp (str, status_names[i]) == 0)
        {
          *status = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
jm_color_is_valid (const char *color)
{
  if (color == NULL || strlen (color) != 7 || color[0] != '#')
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;

  return TRUE;
}

gboolean
jm_set_string (char       **field,
               const char  *value,
               GObject     *object,
               GParamSpec  *pspec)
{
  g_assert (field != NULL);

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

void
jm_object_copy_properties (GObject *src,
                           GObject *dest)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert (G_OBJECT_TYPE (src) == G_OBJECT_TYPE (dest));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (src), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (src, pspecs[i]->name, &value);
      g_object_set_property (dest, pspecs[i]->name, &value);
    }
}

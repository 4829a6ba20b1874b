/* jm-change.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-change"

#include "config.h"

#include "jm-change.h"

G_DEFINE_BOXED_TYPE (JmChange, jm_change, jm_change_copy, jm_change_free)

static JmChange *
change_new (JmChangeKind  kind,
            JmCollection  collection,
            GObject      *parent,
            GObject      *object)
{
  JmChange *self = g_new0 (JmChange, 1);

  self->kind = kind;
  self->collection = collection;
  self->object = object ? g_object_ref (object) : NULL;
  self->parent = parent ? g_object_ref (parent) : NULL;

  return self;
}

JmChange *
jm_change_new_value (GObject      *object,
                     const char   *property,
                     const GValue *old_value,
                     const GValue *new_value)
{
  JmChange *self;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (property != NULL, NULL);
  g_return_val_if_fail (G_IS_VALUE (old_value) && G_IS_VALUE (new_value), NULL);

  self = change_new (JM_CHANGE_VALUE, JM_COLLECTION_NONE, NULL, object);
  self->property = g_strdup (property);
  g_value_init (&self->old_value, G_VALUE_TYPE (old_value));
  g_value_copy (old_value, &self->old_value);
  g_value_init (&self->new_value, G_VALUE_TYPE (new_value));
  g_value_copy (new_value, &self->new_value);

  return self;
}

JmChange *
jm_change_new_insert (JmCollection  collection,
                      GObject      *parent,
                      GObject      *object,
                      guint         index)
{
  JmChange *self;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  self = change_new (JM_CHANGE_INSERT, collection, parent, object);
  self->index = index;

  return self;
}

JmChange *
jm_change_new_remove (JmCollection  collection,
                      GObject      *parent,
                      GObject      *object,
                      guint         index)
{
  JmChange *self;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  self = change_new (JM_CHANGE_REMOVE, collection, parent, object);
  self->index = index;

  return self;
}

JmChange *
jm_change_new_move (JmCollection  collection,
                    GObject      *parent,
                    GObject      *object,
                    guint         index,
                    guint         new_index)
{
  JmChange *self;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  self = change_new (JM_CHANGE_MOVE, collection, parent, object);
  self->index = index;
  self->new_index = new_index;

  return self;
}

JmChange *
jm_change_new_rating (GObject    *touchpoint,
                      const char *participant_id,
                      JmRating    old_rating,
                      JmRating    new_rating)
{
  JmChange *self;

  g_return_val_if_fail (G_IS_OBJECT (touchpoint), NULL);
  g_return_val_if_fail (participant_id != NULL, NULL);

  self = change_new (JM_CHANGE_RATING, JM_COLLECTION_NONE, NULL, touchpoint);
  self->property = g_strdup (participant_id);
  self->old_rating = old_rating;
  self->new_rating = new_rating;

  return self;
}

JmChange *
jm_change_copy (const JmChange *self)
{
  JmChange *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = change_new (self->kind, self->collection, self->parent, self->object);
  copy->property = g_strdup (self->property);
  copy->index = self->index;
  copy->new_index = self->new_index;
  copy->old_rating = self->old_rating;
  copy->new_rating = self->new_rating;

  if (G_IS_VALUE (&self->old_value))
    {
      g_value_init (&copy->old_value, G_VALUE_TYPE (&self->old_value));
      g_value_copy (&self->old_value, &copy->old_value);
    }
  if (G_IS_VALUE (&self->new_value))
    {
      g_value_init (&copy->new_value, G_VALUE_TYPE (&self->new_value));
      g_value_copy (&self->new_value, &copy->new_value);
    }

  return copy;
}

JmChange *
jm_change_invert (const JmChange *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case JM_CHANGE_VALUE:
      return jm_change_new_value (self->object, self->property,
                                  &self->new_value, &self->old_value);
    case JM_CHANGE_INSERT:
      return jm_change_new_remove (self->collection, self->parent, self->object, self->index);
    case JM_CHANGE_REMOVE:
      return jm_change_new_insert (self->collection, self->parent, self->object, self->index);
    case JM_CHANGE_MOVE:
      return jm_change_new_move (self->collection, self->parent, self->object,
                                 self->new_index, self->index);
    case JM_CHANGE_RATING:
      return jm_change_new_rating (self->object, self->property,
                                   self->new_rating, self->old_rating);
    default:
      g_return_val_if_reached (NULL);
    }
}

void
jm_change_free (JmChange *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->object);
  g_clear_object (&self->parent);
  g_clear_pointer (&self->property, g_free);
  if (G_IS_VALUE (&self->old_value))
    g_value_unset (&self->old_value);
  if (G_IS_VALUE (&self->new_value))
    g_value_unset (&self->new_value);
  g_free (self);
}

gboolean
jm_change_may_reorder (const JmChange *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  if (self->kind == JM_CHANGE_RATING)
    return FALSE;

  return self->kind != JM_CHANGE_VALUE ||
         g_strcmp0 (self->property, "persona") == 0 ||
         g_strcmp0 (self->property, "phase") == 0 ||
         g_strcmp0 (self->property, "id") == 0;
}

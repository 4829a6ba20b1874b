/* jm-document.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every change to a document the user sees runs through
 * jm_document_apply(): one JmChange, applied, then ::changed. The helpers
 * (set_value, insert, remove, move, set_rating) only build the change,
 * after reading the old state so the change can be inverted later. That
 * keeps undo/redo a matter of storing inverted changes, and lets views
 * update from one signal.
 */

#define G_LOG_DOMAIN "jm-document"

#include "config.h"

#include "jm-document.h"
#include "jm-document-private.h"
#include "jm-touchpoint-private.h"
#include "jm-types-private.h"

struct _JmDocument
{
  GObject parent_instance;

  char *title;
  char *description;
  char *owner;
  GDateTime *created;
  GDateTime *modified;

  GPtrArray *personas;
  GPtrArray *phases;
  GPtrArray *participants;
  GPtrArray *touchpoints;

  /* id → touchpoint, rebuilt on demand; NULL when stale */
  GHashTable *touchpoint_ids;
  guint n_duplicate_ids;  /* touchpoints whose id an earlier one has */

  guint batch_depth;
};

G_DEFINE_FINAL_TYPE (JmDocument, jm_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_OWNER,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  BATCH_STARTED,
  BATCH_FINISHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

GPtrArray *
jm_document_get_array (JmDocument   *self,
                       JmCollection  collection,
                       gpointer      parent)
{
  switch (collection)
    {
    case JM_COLLECTION_PERSONAS:
      return self->personas;
    case JM_COLLECTION_PHASES:
      return self->phases;
    case JM_COLLECTION_PARTICIPANTS:
      return self->participants;
    case JM_COLLECTION_TOUCHPOINTS:
      return self->touchpoints;
    case JM_COLLECTION_KPIS:
      g_return_val_if_fail (JM_IS_TOUCHPOINT (parent), NULL);
      return jm_touchpoint_get_kpi_array (JM_TOUCHPOINT (parent));
    case JM_COLLECTION_INTERNAL_STEPS:
      g_return_val_if_fail (JM_IS_TOUCHPOINT (parent), NULL);
      return jm_touchpoint_get_internal_step_array (JM_TOUCHPOINT (parent));
    case JM_COLLECTION_NONE:
    default:
      g_return_val_if_reached (NULL);
    }
}

int
jm_document_find_index (GPtrArray *array,
                        gpointer   object)
{
  guint index;

  if (array != NULL && g_ptr_array_find (array, object, &index))
    return index;

  return -1;
}

static void
set_date (JmDocument  *self,
          GDateTime  **field,
          GDateTime   *value,
          guint        prop_id)
{
  if (*field == value || (*field && value && g_date_time_equal (*field, value)))
    return;

  g_clear_pointer (field, g_date_time_unref);
  *field = value ? g_date_time_ref (value) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
jm_document_finalize (GObject *object)
{
  JmDocument *self = (JmDocument *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  g_clear_pointer (&self->personas, g_ptr_array_unref);
  g_clear_pointer (&self->phases, g_ptr_array_unref);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_pointer (&self->touchpoints, g_ptr_array_unref);
  g_clear_pointer (&self->touchpoint_ids, g_hash_table_unref);

  G_OBJECT_CLASS (jm_document_parent_class)->finalize (object);
}

static void
jm_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  JmDocument *self = JM_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;
    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_document_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  JmDocument *self = JM_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      jm_set_string (&self->title, g_value_get_string (value), object, pspec);
      break;
    case PROP_DESCRIPTION:
      jm_set_string (&self->description, g_value_get_string (value), object, pspec);
      break;
    case PROP_OWNER:
      jm_set_string (&self->owner, g_value_get_string (value), object, pspec);
      break;
    case PROP_CREATED:
      set_date (self, &self->created, g_value_get_boxed (value), prop_id);
      break;
    case PROP_MODIFIED:
      set_date (self, &self->modified, g_value_get_boxed (value), prop_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_document_class_init (JmDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = jm_document_finalize;
  object_class->get_property = jm_document_get_property;
  object_class->set_property = jm_document_set_property;

  properties[PROP_TITLE] = JM_STRING_PSPEC ("title", "Title");
  properties[PROP_DESCRIPTION] = JM_STRING_PSPEC ("description", "Description");
  properties[PROP_OWNER] = JM_STRING_PSPEC ("owner", "Owner");
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", "Created", NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_MODIFIED] =
    g_param_spec_boxed ("modified", "Modified", NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JmDocument::changed:
   * @change: the applied #JmChange
   *
   * Emitted after every change applied with jm_document_apply().
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  JM_TYPE_CHANGE | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * JmDocument::batch-started:
   *
   * Emitted by the outermost jm_document_begin_batch(), before the
   * batch's changes.
   */
  signals[BATCH_STARTED] =
    g_signal_new ("batch-started",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * JmDocument::batch-finished:
   *
   * Emitted by the outermost jm_document_end_batch(), after the batch's
   * changes, whether there were any or not.
   */
  signals[BATCH_FINISHED] =
    g_signal_new ("batch-finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
jm_document_init (JmDocument *self)
{
  self->personas = g_ptr_array_new_with_free_func (g_object_unref);
  self->phases = g_ptr_array_new_with_free_func (g_object_unref);
  self->participants = g_ptr_array_new_with_free_func (g_object_unref);
  self->touchpoints = g_ptr_array_new_with_free_func (g_object_unref);
}

JmDocument *
jm_document_new (void)
{
  return g_object_new (JM_TYPE_DOCUMENT, NULL);
}

const char *
jm_document_get_title (JmDocument *self)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);
  return self->title;
}

const char *
jm_document_get_description (JmDocument *self)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);
  return self->description;
}

const char *
jm_document_get_owner (JmDocument *self)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);
  return self->owner;
}

GDateTime *
jm_document_get_created (JmDocument *self)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);
  return self->created;
}

GDateTime *
jm_document_get_modified (JmDocument *self)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);
  return self->modified;
}

void
jm_document_set_title (JmDocument *self,
                       const char *title)
{
  g_return_if_fail (JM_IS_DOCUMENT (self));
  jm_set_string (&self->title, title, G_OBJECT (self), properties[PROP_TITLE]);
}

void
jm_document_set_description (JmDocument *self,
                             const char *description)
{
  g_return_if_fail (JM_IS_DOCUMENT (self));
  jm_set_string (&self->description, description, G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

void
jm_document_set_owner (JmDocument *self,
                       const char *owner)
{
  g_return_if_fail (JM_IS_DOCUMENT (self));
  jm_set_string (&self->owner, owner, G_OBJECT (self), properties[PROP_OWNER]);
}

void
jm_document_set_created (JmDocument *self,
                         GDateTime  *created)
{
  g_return_if_fail (JM_IS_DOCUMENT (self));
  set_date (self, &self->created, created, PROP_CREATED);
}

void
jm_document_set_modified (JmDocument *self,
                          GDateTime  *modified)
{
  g_return_if_fail (JM_IS_DOCUMENT (self));
  set_date (self, &self->modified, modified, PROP_MODIFIED);
}

JmTouchpoint *
jm_document_find_touchpoint (JmDocument *self,
                             const char *id)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);

  if (id == NULL)
    return NULL;

  if (self->touchpoint_ids == NULL)
    {
      self->touchpoint_ids = g_hash_table_new (g_str_hash, g_str_equal);
      self->n_duplicate_ids = 0;
      /* backwards, so the first of duplicate ids wins as in a scan */
      for (guint i = self->touchpoints->len; i > 0; i--)
        {
          JmTouchpoint *tp = g_ptr_array_index (self->touchpoints, i - 1);
          const char *tp_id = jm_touchpoint_get_id (tp);

          if (tp_id == NULL)
            continue;
          if (!g_hash_table_insert (self->touchpoint_ids, (gpointer)tp_id, tp))
            self->n_duplicate_ids++;
        }
    }

  return g_hash_table_lookup (self->touchpoint_ids, id);
}

guint
jm_document_get_n_items (JmDocument   *self,
                         JmCollection  collection,
                         gpointer      parent)
{
  GPtrArray *array;

  g_return_val_if_fail (JM_IS_DOCUMENT (self), 0);

  array = jm_document_get_array (self, collection, parent);
  return array ? array->len : 0;
}

gpointer
jm_document_get_item (JmDocument   *self,
                      JmCollection  collection,
                      gpointer      parent,
                      guint         position)
{
  GPtrArray *array;

  g_return_val_if_fail (JM_IS_DOCUMENT (self), NULL);

  array = jm_document_get_array (self, collection, parent);
  g_return_val_if_fail (array != NULL && position < array->len, NULL);
  return g_ptr_array_index (array, position);
}

/* Keeps the id table in step with @change. While ids are unique, a
 * touchpoint added or removed is one entry: a step that adds hundreds
 * and looks each new id up, as pasting and duplicating do, would
 * otherwise rebuild the table for every one. Anything else that can
 * change which touchpoint an id finds drops the table. */
static void
update_ids (JmDocument     *self,
            const JmChange *change)
{
  const char *id;

  if (self->touchpoint_ids == NULL)
    return;

  if (change->kind == JM_CHANGE_VALUE)
    {
      if (JM_IS_TOUCHPOINT (change->object) && g_strcmp0 (change->property, "id") == 0)
        g_clear_pointer (&self->touchpoint_ids, g_hash_table_unref);
      return;
    }

  if (change->collection != JM_COLLECTION_TOUCHPOINTS)
    return;

  /* which of two touchpoints with one id is found depends on the order */
  if (self->n_duplicate_ids > 0)
    {
      g_clear_pointer (&self->touchpoint_ids, g_hash_table_unref);
      return;
    }

  id = jm_touchpoint_get_id (JM_TOUCHPOINT (change->object));
  if (id == NULL)
    return;

  if (change->kind == JM_CHANGE_INSERT && !g_hash_table_contains (self->touchpoint_ids, id))
    g_hash_table_insert (self->touchpoint_ids, (gpointer)id, change->object);
  else if (change->kind == JM_CHANGE_INSERT)
    g_clear_pointer (&self->touchpoint_ids, g_hash_table_unref);
  else if (change->kind == JM_CHANGE_REMOVE)
    g_hash_table_remove (self->touchpoint_ids, id);
}

void
jm_document_apply (JmDocument     *self,
                   const JmChange *change)
{
  GPtrArray *array = NULL;
  gpointer object;

  g_return_if_fail (JM_IS_DOCUMENT (self));
  g_return_if_fail (change != NULL);

  if (change->kind == JM_CHANGE_INSERT ||
      change->kind == JM_CHANGE_REMOVE ||
      change->kind == JM_CHANGE_MOVE)
    {
      array = jm_document_get_array (self, change->collection, change->parent);
      g_return_if_fail (array != NULL);
    }

  switch (change->kind)
    {
    case JM_CHANGE_VALUE:
      g_object_set_property (change->object, change->property, &change->new_value);
      break;

    case JM_CHANGE_INSERT:
      g_return_if_fail (change->index <= array->len);
      g_ptr_array_insert (array, change->index, g_object_ref (change->object));
      break;

    case JM_CHANGE_REMOVE:
      g_return_if_fail (change->index < array->len);
      g_return_if_fail (g_ptr_array_index (array, change->index) == change->object);
      g_ptr_array_remove_index (array, change->index);
      break;

    case JM_CHANGE_MOVE:
      g_return_if_fail (change->index < array->len && change->new_index < array->len);
      g_return_if_fail (g_ptr_array_index (array, change->index) == change->object);
      object = g_ptr_array_steal_index (array, change->index);
      g_ptr_array_insert (array, change->new_index, object);
      break;

    case JM_CHANGE_RATING:
      g_return_if_fail (JM_IS_TOUCHPOINT (change->object));
      jm_touchpoint_set_rating (JM_TOUCHPOINT (change->object), change->property,
                                change->new_rating);
      break;

    default:
      g_return_if_reached ();
    }

  update_ids (self, change);
  g_signal_emit (self, signals[CHANGED], 0, change);
}

void
jm_document_begin_batch (JmDocument *self)
{
  g_return_if_fail (JM_IS_DOCUMENT (self));

  if (self->batch_depth++ == 0)
    g_signal_emit (self, signals[BATCH_STARTED], 0);
}

void
jm_document_end_batch (JmDocument *self)
{
  g_return_if_fail (JM_IS_DOCUMENT (self));
  g_return_if_fail (self->batch_depth > 0);

  if (--self->batch_depth == 0)
    g_signal_emit (self, signals[BATCH_FINISHED], 0);
}

gboolean
jm_document_is_in_batch (JmDocument *self)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (self), FALSE);

  return self->batch_depth > 0;
}

void
jm_document_set_value (JmDocument   *self,
                       gpointer      object,
                       const char   *property,
                       const GValue *value)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_autoptr(JmChange) change = NULL;
  GParamSpec *pspec;

  g_return_if_fail (JM_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (value));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);
  g_return_if_fail (G_VALUE_TYPE (value) == pspec->value_type);

  g_value_init (&old_value, pspec->value_type);
  g_object_get_property (object, property, &old_value);

  if (g_param_values_cmp (pspec, &old_value, value) == 0 &&
      (pspec->value_type != G_TYPE_DATE_TIME ||
       g_value_get_boxed (&old_value) == g_value_get_boxed (value)))
    return;

  change = jm_change_new_value (object, property, &old_value, value);
  jm_document_apply (self, change);
}

void
jm_document_set_string (JmDocument *self,
                        gpointer    object,
                        const char *property,
                        const char *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);
  jm_document_set_value (self, object, property, &gvalue);
}

void
jm_document_set_boolean (JmDocument *self,
                         gpointer    object,
                         const char *property,
                         gboolean    value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_BOOLEAN);
  g_value_set_boolean (&gvalue, value);
  jm_document_set_value (self, object, property, &gvalue);
}

void
jm_document_set_int (JmDocument *self,
                     gpointer    object,
                     const char *property,
                     int         value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);
  jm_document_set_value (self, object, property, &gvalue);
}

void
jm_document_set_double (JmDocument *self,
                        gpointer    object,
                        const char *property,
                        double      value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_DOUBLE);
  g_value_set_double (&gvalue, value);
  jm_document_set_value (self, object, property, &gvalue);
}

void
jm_document_insert (JmDocument   *self,
                    JmCollection  collection,
                    gpointer      parent,
                    gpointer      object,
                    int           position)
{
  g_autoptr(JmChange) change = NULL;
  GPtrArray *array;

  g_return_if_fail (JM_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));

  array = jm_document_get_array (self, collection, parent);
  g_return_if_fail (array != NULL);
  g_return_if_fail (jm_document_find_index (array, object) < 0);

  if (position < 0 || (guint)position > array->len)
    position = array->len;

  change = jm_change_new_insert (collection, parent, object, position);
  jm_document_apply (self, change);
}

void
jm_document_append_new (JmDocument   *self,
                        JmCollection  collection,
                        gpointer      parent,
                        gpointer      object)
{
  GPtrArray *array;

  g_return_if_fail (JM_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));

  array = jm_document_get_array (self, collection, parent);
  g_return_if_fail (array != NULL);

  g_ptr_array_add (array, g_object_ref (object));
  if (collection == JM_COLLECTION_TOUCHPOINTS)
    g_clear_pointer (&self->touchpoint_ids, g_hash_table_unref);
}

void
jm_document_remove (JmDocument   *self,
                    JmCollection  collection,
                    gpointer      parent,
                    gpointer      object)
{
  g_autoptr(JmChange) change = NULL;
  GPtrArray *array;
  int index;

  g_return_if_fail (JM_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));

  array = jm_document_get_array (self, collection, parent);
  g_return_if_fail (array != NULL);
  index = jm_document_find_index (array, object);
  g_return_if_fail (index >= 0);

  change = jm_change_new_remove (collection, parent, object, index);
  jm_document_apply (self, change);
}

void
jm_document_move (JmDocument   *self,
                  JmCollection  collection,
                  gpointer      parent,
                  gpointer      object,
                  guint         new_position)
{
  g_autoptr(JmChange) change = NULL;
  GPtrArray *array;
  int index;

  g_return_if_fail (JM_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));

  array = jm_document_get_array (self, collection, parent);
  g_return_if_fail (array != NULL);
  index = jm_document_find_index (array, object);
  g_return_if_fail (index >= 0);
  g_return_if_fail (new_position < array->len);

  if ((guint)index == new_position)
    return;

  change = jm_change_new_move (collection, parent, object, index, new_position);
  jm_document_apply (self, change);
}

void
jm_document_set_rating (JmDocument   *self,
                        JmTouchpoint *touchpoint,
                        const char   *participant_id,
                        JmRating      rating)
{
  g_autoptr(JmChange) change = NULL;
  JmRating old_rating;

  g_return_if_fail (JM_IS_DOCUMENT (self));
  g_return_if_fail (JM_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (participant_id != NULL);

  old_rating = jm_touchpoint_get_rating (touchpoint, participant_id);
  if (old_rating == rating)
    return;

  change = jm_change_new_rating (G_OBJECT (touchpoint), participant_id, old_rating, rating);
  jm_document_apply (self, change);
}

/* jm-file-read.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Builds a JmDocument from a parsed file, member by member, following
 * the field tables of jm-file-fields.c. Every member is type-checked
 * before it is read (json-glib's typed getters emit criticals on a
 * mismatch), and every fault is reported with the member's path, e.g.
 * "touchpoints[3].persona: no persona with id “zzz”".
 *
 * The document is detached while it is built and nothing listens yet,
 * so entities are appended with jm_document_append_new() and set up
 * through their classes' property setters, without changes or signals.
 * Paths are spelled out only for an error message, and id sets borrow
 * the parsed strings: loading a big map is mostly this walk.
 */

#define G_LOG_DOMAIN "jm-file"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "jm-document-private.h"
#include "jm-file-private.h"
#include "jm-file-read-private.h"
#include "jm-touchpoint-private.h"

typedef struct
{
  JmDocument *document;
  /* the ids seen so far; the keys are the parser's strings */
  GHashTable *persona_ids;
  GHashTable *phase_ids;
  /* … and each participant's id, interned, as the value: votes keep it
   * interned, and a map has a few participants but thousands of votes */
  GHashTable *participant_ids;
  GHashTable *touchpoint_ids;
  GHashTable *field_specs;     /* see jm_file_field_specs_new() */
} Reader;

static gboolean read_fields (Reader           *reader,
                             const JmField    *fields,
                             JsonObject       *object,
                             const JmFilePath *path,
                             GObject          *target,
                             GHashTable       *ids,
                             GError          **error);

static gboolean
read_id (JsonNode          *node,
         const JmFilePath  *path,
         GHashTable        *ids,
         const char       **id,
         GError           **error)
{
  if (!jm_file_read_string (node, path, TRUE, id, error))
    return FALSE;

  if (**id == '\0')
    return jm_file_fail (error, path, "%s", _("must not be empty"));

  if (ids != NULL && !g_hash_table_add (ids, (gpointer)*id))
    return jm_file_fail (error, path, _("“%s” is used twice"), *id);

  return TRUE;
}

static gboolean
read_reference (Reader            *reader,
                JmFieldKind        kind,
                JsonNode          *node,
                const JmFilePath  *path,
                const char       **id,
                GError           **error)
{
  if (!jm_file_read_string (node, path, TRUE, id, error))
    return FALSE;

  if (kind == JM_FIELD_PERSONA_REF && !g_hash_table_contains (reader->persona_ids, *id))
    return jm_file_fail (error, path, _("no persona with id “%s”"), *id);

  if (kind == JM_FIELD_PHASE_REF && !g_hash_table_contains (reader->phase_ids, *id))
    return jm_file_fail (error, path, _("no phase with id “%s”"), *id);

  return TRUE;
}

static gboolean
read_ratings (Reader            *reader,
              JsonNode          *node,
              const JmFilePath  *path,
              JmTouchpoint      *touchpoint,
              GError           **error)
{
  JsonObjectIter iter;
  const char *participant;
  JsonNode *vote;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return jm_file_fail (error, path, _("must be an object, not %s"), jm_json_node_describe (node));

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &participant, &vote))
    {
      JmFilePath vote_path = { path, participant, 0 };
      JmRating rating = JM_RATING_NONE;
      const char *interned;
      const char *name;

      /* null is "no vote" */
      if (JSON_NODE_HOLDS_NULL (vote))
        continue;

      interned = g_hash_table_lookup (reader->participant_ids, participant);
      if (interned == NULL)
        return jm_file_fail (error, &vote_path, _("no participant with id “%s”"), participant);
      if (!jm_file_read_string (vote, &vote_path, TRUE, &name, error))
        return FALSE;
      if (!jm_rating_from_string (name, &rating))
        return jm_file_fail (error, &vote_path,
                             _("unknown rating “%s” (use disappointment, ok or delight)"), name);

      jm_touchpoint_add_new_rating (touchpoint, interned, rating);
    }

  return TRUE;
}

/* The ids seen so far in a document list; KPIs and steps have none. */
static GHashTable *
get_id_table (Reader       *reader,
              JmCollection  collection)
{
  switch (collection)
    {
    case JM_COLLECTION_PERSONAS: return reader->persona_ids;
    case JM_COLLECTION_PHASES: return reader->phase_ids;
    case JM_COLLECTION_PARTICIPANTS: return reader->participant_ids;
    case JM_COLLECTION_TOUCHPOINTS: return reader->touchpoint_ids;
    case JM_COLLECTION_KPIS:
    case JM_COLLECTION_INTERNAL_STEPS:
    case JM_COLLECTION_NONE:
    default: return NULL;
    }
}

/* An element of one of the arrays: a new entity, read and added to its
 * document or touchpoint. */
static gboolean
read_element (Reader            *reader,
              JmFieldKind        kind,
              JsonObject        *object,
              const JmFilePath  *path,
              GObject           *parent,
              GError           **error)
{
  const JmFileCollection *info = jm_file_collection_lookup (kind);
  g_autoptr(GObject) entity = g_object_new (info->get_type (), NULL);
  GHashTable *ids = get_id_table (reader, info->collection);

  if (!read_fields (reader, info->fields, object, path, entity, ids, error))
    return FALSE;

  if (info->collection == JM_COLLECTION_PARTICIPANTS)
    {
      const char *id = jm_participant_get_id (JM_PARTICIPANT (entity));

      g_hash_table_insert (ids, (gpointer)id, (gpointer)g_intern_string (id));
    }

  jm_document_append_new (reader->document, info->collection, parent, entity);

  return TRUE;
}

static gboolean
read_array (Reader            *reader,
            JmFieldKind        kind,
            JsonNode          *node,
            const JmFilePath  *path,
            GObject           *parent,
            GError           **error)
{
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return jm_file_fail (error, path, _("must be a list, not %s"), jm_json_node_describe (node));

  array = json_node_get_array (node);
  length = json_array_get_length (array);

  for (guint i = 0; i < length; i++)
    {
      JmFilePath element_path = { path, NULL, i };
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return jm_file_fail (error, &element_path,
                             _("must be an object, not %s"), jm_json_node_describe (element));

      if (!read_element (reader, kind, json_node_get_object (element), &element_path, parent, error))
        return FALSE;
    }

  return TRUE;
}

/* "emotion" and "has-emotion", "target" and "has-target", ... */
static void
set_optional_number (GObject            *target,
                     const JmFieldSpecs *specs,
                     double              number)
{
  GValue value = G_VALUE_INIT;

  g_value_set_double (g_value_init (&value, G_TYPE_DOUBLE), number);
  jm_file_set_property (target, specs->property, &value);

  g_value_set_boolean (g_value_init (&value, G_TYPE_BOOLEAN), TRUE);
  jm_file_set_property (target, specs->has, &value);
}

/* Reads one member that holds a value (not a collection) into @target. */
static gboolean
read_value (Reader              *reader,
            const JmField       *field,
            const JmFieldSpecs  *specs,
            JsonNode            *node,
            const JmFilePath    *path,
            GObject             *target,
            GHashTable          *ids,
            GError             **error)
{
  GValue value = G_VALUE_INIT;
  const char *text = NULL;
  double number = 0.0;
  int score = 0;
  JmStatus status;

  switch (field->kind)
    {
    case JM_FIELD_STRING:
    case JM_FIELD_NAME:
      if (!jm_file_read_string (node, path, field->kind == JM_FIELD_NAME, &text, error))
        return FALSE;
      break;

    case JM_FIELD_ID:
      if (!read_id (node, path, ids, &text, error))
        return FALSE;
      break;

    case JM_FIELD_PERSONA_REF:
    case JM_FIELD_PHASE_REF:
      if (!read_reference (reader, field->kind, node, path, &text, error))
        return FALSE;
      break;

    case JM_FIELD_COLOR:
      if (!jm_file_read_string (node, path, FALSE, &text, error))
        return FALSE;
      if (text != NULL && !jm_color_is_valid (text))
        return jm_file_fail (error, path, _("“%s” is not a colour like “#3584e4”"), text);
      break;

    case JM_FIELD_BOOLEAN:
      if (node == NULL)
        return TRUE;
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return jm_file_fail (error, path,
                             _("must be true or false, not %s"), jm_json_node_describe (node));
      g_value_set_boolean (g_value_init (&value, G_TYPE_BOOLEAN), json_node_get_boolean (node));
      jm_file_set_property (target, specs->property, &value);
      return TRUE;

    case JM_FIELD_EMOTION:
    case JM_FIELD_NUMBER:
      if (node == NULL)
        return TRUE;
      if (field->kind == JM_FIELD_EMOTION ? !jm_file_read_emotion (node, path, &number, error)
                                          : !jm_file_read_number (node, path, &number, error))
        return FALSE;
      set_optional_number (target, specs, number);
      return TRUE;

    case JM_FIELD_SCORE:
      if (node == NULL)
        return TRUE;
      if (!jm_file_read_score (node, path, &score, error))
        return FALSE;
      g_value_set_int (g_value_init (&value, G_TYPE_INT), score);
      jm_file_set_property (target, specs->property, &value);
      return TRUE;

    case JM_FIELD_STATUS:
      if (!jm_file_read_string (node, path, FALSE, &text, error))
        return FALSE;
      if (text == NULL)
        return TRUE;
      if (!jm_status_from_string (text, &status))
        return jm_file_fail (error, path,
                             _("unknown status “%s” (use draft, validated-internal or validated-customer)"),
                             text);
      g_value_set_int (g_value_init (&value, G_TYPE_INT), status);
      jm_file_set_property (target, specs->property, &value);
      return TRUE;

    case JM_FIELD_DATE:
      {
        g_autoptr(GDateTime) date = NULL;

        if (node == NULL)
          return TRUE;
        if (!jm_file_read_date (node, path, &date, error))
          return FALSE;
        g_value_set_boxed (g_value_init (&value, G_TYPE_DATE_TIME), date);
        jm_file_set_property (target, specs->property, &value);
        return TRUE;
      }

    case JM_FIELD_HEADER:
    case JM_FIELD_PERSONAS:
    case JM_FIELD_PHASES:
    case JM_FIELD_PARTICIPANTS:
    case JM_FIELD_TOUCHPOINTS:
    case JM_FIELD_RATINGS:
    case JM_FIELD_HANDS:
    case JM_FIELD_KPIS:
    case JM_FIELD_INTERNAL_STEPS:
    default:
      g_assert_not_reached ();
    }

  /* the setter copies it */
  if (text != NULL)
    {
      g_value_set_static_string (g_value_init (&value, G_TYPE_STRING), text);
      jm_file_set_property (target, specs->property, &value);
    }

  return TRUE;
}

static gboolean
keep_unknown_members (const JmField     *fields,
                      JsonObject        *object,
                      const JmFilePath  *path,
                      GObject           *target,
                      GError           **error)
{
  g_autoptr(JsonObject) unknown = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      JmFilePath child_path = { path, name, 0 };

      if (jm_file_field_is_known (fields, name))
        continue;

      if (!jm_file_check_unknown_value (node, &child_path, error))
        return FALSE;

      if (unknown == NULL)
        unknown = json_object_new ();
      json_object_set_member (unknown, name, json_node_copy (node));
    }

  if (unknown != NULL)
    g_object_set_data_full (target, JM_FILE_UNKNOWN_MEMBERS_KEY,
                            g_steal_pointer (&unknown), (GDestroyNotify)json_object_unref);

  return TRUE;
}

/* The most fields an object of the format has (a touchpoint's). */
#define MAX_FIELDS 24

/* The members of @object that are @fields, in the order of @fields.
 * One pass over the object's table in its own order, where a lookup per
 * field would probe it at random: on a big map most of the time to read
 * an object goes to memory that is not in the cache. Few fields share a
 * first letter, so comparing that first spares most calls to strcmp(),
 * which were a twentieth of a big map's load. Returns how many members
 * are fields. */
static guint
find_field_members (const JmField  *fields,
                    JsonObject     *object,
                    JsonNode      **nodes)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;
  guint n_known = 0;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    for (guint i = 0; fields[i].member != NULL; i++)
      if (fields[i].member[0] == name[0] && strcmp (fields[i].member, name) == 0)
        {
          g_assert (i < MAX_FIELDS);
          nodes[i] = node;
          n_known++;
          break;
        }

  return n_known;
}

static gboolean
read_fields (Reader            *reader,
             const JmField     *fields,
             JsonObject        *object,
             const JmFilePath  *path,
             GObject           *target,
             GHashTable        *ids,
             GError           **error)
{
  JsonNode *nodes[MAX_FIELDS] = { NULL, };
  guint n_known = find_field_members (fields, object, nodes);
  const JmFieldSpecs *specs = jm_file_field_specs_lookup (reader->field_specs, fields, target);

  for (guint i = 0; fields[i].member != NULL; i++)
    {
      const JmField *field = &fields[i];
      JmFilePath child_path = { path, field->member, 0 };
      JsonNode *node;
      gboolean ok;

      g_assert (i < MAX_FIELDS);
      node = nodes[i];

      /* null means "not set" */
      if (node != NULL && JSON_NODE_HOLDS_NULL (node))
        node = NULL;

      switch (field->kind)
        {
        case JM_FIELD_HEADER:
          ok = TRUE;
          break;

        case JM_FIELD_PERSONAS:
        case JM_FIELD_PHASES:
        case JM_FIELD_PARTICIPANTS:
        case JM_FIELD_TOUCHPOINTS:
        case JM_FIELD_KPIS:
        case JM_FIELD_INTERNAL_STEPS:
          ok = node == NULL || read_array (reader, field->kind, node, &child_path, target, error);
          break;

        case JM_FIELD_RATINGS:
          ok = node == NULL || read_ratings (reader, node, &child_path, JM_TOUCHPOINT (target), error);
          break;

        case JM_FIELD_HANDS:
          ok = node == NULL ||
               jm_file_read_hands (node, &child_path, JM_TOUCHPOINT (target), error);
          break;

        case JM_FIELD_STRING:
        case JM_FIELD_NAME:
        case JM_FIELD_ID:
        case JM_FIELD_PERSONA_REF:
        case JM_FIELD_PHASE_REF:
        case JM_FIELD_COLOR:
        case JM_FIELD_BOOLEAN:
        case JM_FIELD_EMOTION:
        case JM_FIELD_NUMBER:
        case JM_FIELD_SCORE:
        case JM_FIELD_STATUS:
        case JM_FIELD_DATE:
        default:
          ok = read_value (reader, field, &specs[i], node, &child_path, target, ids, error);
          break;
        }

      if (!ok)
        return FALSE;
    }

  /* Member names are unique, so if every member was a known one there
   * is nothing else to keep, and most objects need no second look. */
  if (n_known == json_object_get_size (object))
    return TRUE;

  return keep_unknown_members (fields, object, path, target, error);
}

/* The keys are the parsed strings, which outlive the reader. */
static GHashTable *
new_id_set (void)
{
  return g_hash_table_new (g_str_hash, g_str_equal);
}

JmDocument *
jm_file_read_document (JsonObject  *root,
                       GError     **error)
{
  g_autoptr(JmDocument) document = jm_document_new ();
  g_autoptr(GHashTable) persona_ids = new_id_set ();
  g_autoptr(GHashTable) phase_ids = new_id_set ();
  g_autoptr(GHashTable) participant_ids = new_id_set ();
  g_autoptr(GHashTable) touchpoint_ids = new_id_set ();
  g_autoptr(GHashTable) field_specs = jm_file_field_specs_new ();
  Reader reader = {
    .document = document,
    .persona_ids = persona_ids,
    .phase_ids = phase_ids,
    .participant_ids = participant_ids,
    .touchpoint_ids = touchpoint_ids,
    .field_specs = field_specs,
  };

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_fields (&reader, jm_file_document_fields, root, NULL, G_OBJECT (document), NULL, error))
    return NULL;

  return g_steal_pointer (&document);
}

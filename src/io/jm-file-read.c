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
 * The document is detached while it is built, so entities are inserted
 * with jm_document_insert() and set up with their own setters; nothing
 * listens yet.
 */

#define G_LOG_DOMAIN "jm-file"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "jm-file-private.h"

typedef struct
{
  JmDocument *document;
  GHashTable *persona_ids;
  GHashTable *phase_ids;
  GHashTable *participant_ids;
  GHashTable *touchpoint_ids;
} Reader;

static gboolean read_fields (Reader        *reader,
                             const JmField *fields,
                             JsonObject    *object,
                             const char    *path,
                             GObject       *target,
                             GHashTable    *ids,
                             GError       **error);

static gboolean fail (GError     **error,
                      const char  *path,
                      const char  *format,
                      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError     **error,
      const char  *path,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* TRANSLATORS: a place in a file, then what is wrong there, e.g.
   * "touchpoints[3].emotion: must be between −2 and 2 (is 7)" */
  g_set_error (error, JM_FILE_ERROR, JM_FILE_ERROR_INVALID, _("%s: %s"), path, message);

  return FALSE;
}

static char *
member_path (const char *path,
             const char *member)
{
  if (path == NULL || *path == '\0')
    return g_strdup (member);

  return g_strconcat (path, ".", member, NULL);
}

static const char *
describe_node (JsonNode *node)
{
  GType type;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return _("a string");
  if (type == G_TYPE_BOOLEAN)
    return _("true or false");

  return _("a number");
}

static gboolean
node_get_number (JsonNode *node,
                 double   *value)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *value = json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *value = json_node_get_double (node);
  else
    return FALSE;

  return TRUE;
}

static char *
format_number (JsonNode *node)
{
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  return jm_json_format_double (json_node_get_double (node));
}

static gboolean
node_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* The member, or NULL if it is absent or null: both mean "not set". */
static JsonNode *
get_member (JsonObject *object,
            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  return node;
}

static gboolean
read_string (JsonNode    *node,
             const char  *path,
             gboolean     required,
             const char **value,
             GError     **error)
{
  *value = NULL;

  if (node == NULL)
    return !required || fail (error, path, "%s", _("is missing"));

  if (!node_is_string (node))
    return fail (error, path, _("must be a string, not %s"), describe_node (node));

  /* json-glib 1.6 turns a lone surrogate ("\udc00") into bytes that are
   * not UTF-8; text like that would upset every widget showing it. */
  if (!g_utf8_validate (json_node_get_string (node), -1, NULL))
    return fail (error, path, "%s", _("contains a broken \\u escape"));

  *value = json_node_get_string (node);

  return TRUE;
}

static gboolean
read_number (JsonNode    *node,
             const char  *path,
             double      *value,
             GError     **error)
{
  if (!node_get_number (node, value))
    return fail (error, path, _("must be a number, not %s"), describe_node (node));

  if (!isfinite (*value))
    return fail (error, path, "%s", _("the number is too large"));

  return TRUE;
}

static gboolean
read_id (JsonNode    *node,
         const char  *path,
         GHashTable  *ids,
         const char **id,
         GError     **error)
{
  if (!read_string (node, path, TRUE, id, error))
    return FALSE;

  if (**id == '\0')
    return fail (error, path, "%s", _("must not be empty"));

  if (ids != NULL && !g_hash_table_add (ids, g_strdup (*id)))
    return fail (error, path, _("“%s” is used twice"), *id);

  return TRUE;
}

static gboolean
read_reference (Reader       *reader,
                JmFieldKind   kind,
                JsonNode     *node,
                const char   *path,
                const char  **id,
                GError      **error)
{
  if (!read_string (node, path, TRUE, id, error))
    return FALSE;

  if (kind == JM_FIELD_PERSONA_REF && !g_hash_table_contains (reader->persona_ids, *id))
    return fail (error, path, _("no persona with id “%s”"), *id);

  if (kind == JM_FIELD_PHASE_REF && !g_hash_table_contains (reader->phase_ids, *id))
    return fail (error, path, _("no phase with id “%s”"), *id);

  return TRUE;
}

static gboolean
read_score (JsonNode    *node,
            const char  *path,
            int         *score,
            GError     **error)
{
  g_autofree char *text = NULL;
  double value;

  if (!node_get_number (node, &value))
    return fail (error, path, _("must be a number, not %s"), describe_node (node));

  if (value >= JM_SCORE_MIN && value <= JM_SCORE_MAX && value == floor (value))
    {
      *score = (int)value;
      return TRUE;
    }

  text = format_number (node);
  return fail (error, path, _("must be a whole number from 1 to 5 (is %s)"), text);
}

static gboolean
read_emotion (JsonNode    *node,
              const char  *path,
              double      *emotion,
              GError     **error)
{
  g_autofree char *text = NULL;

  if (!node_get_number (node, emotion))
    return fail (error, path, _("must be a number, not %s"), describe_node (node));

  if (*emotion >= JM_EMOTION_MIN && *emotion <= JM_EMOTION_MAX)
    return TRUE;

  text = format_number (node);
  return fail (error, path, _("must be between −2 and 2 (is %s)"), text);
}

static gboolean
read_date (JsonNode    *node,
           const char  *path,
           GDateTime  **date,
           GError     **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char *text;

  if (!read_string (node, path, FALSE, &text, error))
    return FALSE;

  *date = g_date_time_new_from_iso8601 (text, utc);
  if (*date == NULL)
    return fail (error, path, _("“%s” is not a date and time like “2026-11-22T09:00:00Z”"), text);

  return TRUE;
}

static gboolean
read_ratings (Reader        *reader,
              JsonNode      *node,
              const char    *path,
              JmTouchpoint  *touchpoint,
              GError       **error)
{
  g_autoptr(GList) members = NULL;
  JsonObject *object;
  gboolean ok = TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, path, _("must be an object, not %s"), describe_node (node));

  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (const GList *l = members; l != NULL && ok; l = l->next)
    {
      const char *participant = l->data;
      g_autofree char *vote_path = member_path (path, participant);
      JsonNode *vote = get_member (object, participant);
      JmRating rating = JM_RATING_NONE;
      const char *name;

      /* null is "no vote" */
      if (vote == NULL)
        continue;

      if (!g_hash_table_contains (reader->participant_ids, participant))
        ok = fail (error, vote_path, _("no participant with id “%s”"), participant);
      else if (!read_string (vote, vote_path, TRUE, &name, error))
        ok = FALSE;
      else if (!jm_rating_from_string (name, &rating))
        ok = fail (error, vote_path,
                   _("unknown rating “%s” (use disappointment, ok or delight)"), name);
      else
        jm_touchpoint_set_rating (touchpoint, participant, rating);
    }

  return ok;
}

/* A show of hands: rating name → whole number 0 … JM_HANDS_MAX; a
 * rating that is absent or null counts 0. */
static gboolean
read_hands (JsonNode      *node,
            const char    *path,
            JmTouchpoint  *touchpoint,
            GError       **error)
{
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, path, _("must be an object, not %s"), describe_node (node));

  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      g_autofree char *count_path = member_path (path, name);
      g_autofree char *text = NULL;
      JsonNode *count = get_member (object, name);
      JmRating rating;
      double value;

      if (!jm_rating_from_string (name, &rating))
        return fail (error, count_path,
                     _("unknown rating “%s” (use disappointment, ok or delight)"), name);
      if (count == NULL)
        continue;
      if (!node_get_number (count, &value))
        return fail (error, count_path, _("must be a number, not %s"), describe_node (count));

      if (!(value >= 0 && value <= JM_HANDS_MAX && value == floor (value)))
        {
          text = format_number (count);
          return fail (error, count_path, _("must be a whole number from 0 to %d (is %s)"),
                       JM_HANDS_MAX, text);
        }

      jm_touchpoint_set_hands (touchpoint, rating, (guint) value);
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
read_element (Reader       *reader,
              JmFieldKind   kind,
              JsonObject   *object,
              const char   *path,
              GObject      *parent,
              GError      **error)
{
  const JmFileCollection *info = jm_file_collection_lookup (kind);
  g_autoptr(GObject) entity = g_object_new (info->get_type (), NULL);
  GHashTable *ids = get_id_table (reader, info->collection);

  if (!read_fields (reader, info->fields, object, path, entity, ids, error))
    return FALSE;

  jm_document_insert (reader->document, info->collection, parent, entity, -1);

  return TRUE;
}

static gboolean
read_array (Reader       *reader,
            JmFieldKind   kind,
            JsonNode     *node,
            const char   *path,
            GObject      *parent,
            GError      **error)
{
  JsonArray *array;
  guint length;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, path, _("must be a list, not %s"), describe_node (node));

  array = json_node_get_array (node);
  length = json_array_get_length (array);

  for (guint i = 0; i < length; i++)
    {
      g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);
      JsonNode *element = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return fail (error, element_path, _("must be an object, not %s"), describe_node (element));

      if (!read_element (reader, kind, json_node_get_object (element), element_path, parent, error))
        return FALSE;
    }

  return TRUE;
}

/* "emotion" and "has-emotion", "target" and "has-target", ... */
static void
set_optional_number (GObject        *target,
                     const JmField  *field,
                     double          value)
{
  g_autofree char *has = g_strconcat ("has-", field->property, NULL);

  g_object_set (target, field->property, value, has, TRUE, NULL);
}

/* Reads one member that holds a value (not a collection) into @target. */
static gboolean
read_value (Reader         *reader,
            const JmField  *field,
            JsonNode       *node,
            const char     *path,
            GObject        *target,
            GHashTable     *ids,
            GError        **error)
{
  const char *text = NULL;
  double number;
  int score;
  JmStatus status;

  switch (field->kind)
    {
    case JM_FIELD_STRING:
    case JM_FIELD_NAME:
      if (!read_string (node, path, field->kind == JM_FIELD_NAME, &text, error))
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
      if (!read_string (node, path, FALSE, &text, error))
        return FALSE;
      if (text != NULL && !jm_color_is_valid (text))
        return fail (error, path, _("“%s” is not a colour like “#3584e4”"), text);
      break;

    case JM_FIELD_BOOLEAN:
      if (node == NULL)
        return TRUE;
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return fail (error, path, _("must be true or false, not %s"), describe_node (node));
      g_object_set (target, field->property, json_node_get_boolean (node), NULL);
      return TRUE;

    case JM_FIELD_EMOTION:
    case JM_FIELD_NUMBER:
      if (node == NULL)
        return TRUE;
      if (field->kind == JM_FIELD_EMOTION ? !read_emotion (node, path, &number, error)
                                          : !read_number (node, path, &number, error))
        return FALSE;
      set_optional_number (target, field, number);
      return TRUE;

    case JM_FIELD_SCORE:
      if (node == NULL)
        return TRUE;
      if (!read_score (node, path, &score, error))
        return FALSE;
      g_object_set (target, field->property, score, NULL);
      return TRUE;

    case JM_FIELD_STATUS:
      if (!read_string (node, path, FALSE, &text, error))
        return FALSE;
      if (text == NULL)
        return TRUE;
      if (!jm_status_from_string (text, &status))
        return fail (error, path,
                     _("unknown status “%s” (use draft, validated-internal or validated-customer)"),
                     text);
      g_object_set (target, field->property, (int)status, NULL);
      return TRUE;

    case JM_FIELD_DATE:
      {
        g_autoptr(GDateTime) date = NULL;

        if (node == NULL)
          return TRUE;
        if (!read_date (node, path, &date, error))
          return FALSE;
        g_object_set (target, field->property, date, NULL);
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

  if (text != NULL)
    g_object_set (target, field->property, text, NULL);

  return TRUE;
}

/* json-glib reads 1e999 as infinity, which no JSON writer can write
 * back, and a lone surrogate as bytes that are not UTF-8: refuse them
 * in unknown members too, as in known ones. */
static gboolean
check_unknown_value (JsonNode    *node,
                     const char  *path,
                     GError     **error)
{
  const char *text;
  double value;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);

          if (!check_unknown_value (json_array_get_element (array, i), element_path, error))
            return FALSE;
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (const GList *l = members; l != NULL; l = l->next)
        {
          g_autofree char *child_path = member_path (path, l->data);

          if (!check_unknown_value (json_object_get_member (object, l->data), child_path, error))
            return FALSE;
        }
    }
  else if (node_get_number (node, &value) && !isfinite (value))
    {
      return fail (error, path, "%s", _("the number is too large"));
    }
  else if (node_is_string (node))
    {
      return read_string (node, path, TRUE, &text, error);
    }

  return TRUE;
}

static gboolean
keep_unknown_members (const JmField  *fields,
                      JsonObject     *object,
                      const char     *path,
                      GObject        *target,
                      GError        **error)
{
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      g_autofree char *child_path = NULL;
      JsonNode *node;

      if (jm_file_field_is_known (fields, name))
        continue;

      node = json_object_get_member (object, name);
      child_path = member_path (path, name);
      if (!check_unknown_value (node, child_path, error))
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

static gboolean
read_fields (Reader        *reader,
             const JmField *fields,
             JsonObject    *object,
             const char    *path,
             GObject       *target,
             GHashTable    *ids,
             GError       **error)
{
  for (const JmField *field = fields; field->member != NULL; field++)
    {
      g_autofree char *child_path = member_path (path, field->member);
      JsonNode *node = get_member (object, field->member);
      gboolean ok;

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
          ok = node == NULL || read_array (reader, field->kind, node, child_path, target, error);
          break;

        case JM_FIELD_RATINGS:
          ok = node == NULL || read_ratings (reader, node, child_path, JM_TOUCHPOINT (target), error);
          break;

        case JM_FIELD_HANDS:
          ok = node == NULL || read_hands (node, child_path, JM_TOUCHPOINT (target), error);
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
          ok = read_value (reader, field, node, child_path, target, ids, error);
          break;
        }

      if (!ok)
        return FALSE;
    }

  return keep_unknown_members (fields, object, path, target, error);
}

static GHashTable *
new_id_set (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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
  Reader reader = {
    .document = document,
    .persona_ids = persona_ids,
    .phase_ids = phase_ids,
    .participant_ids = participant_ids,
    .touchpoint_ids = touchpoint_ids,
  };

  g_return_val_if_fail (root != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!read_fields (&reader, jm_file_document_fields, root, "", G_OBJECT (document), NULL, error))
    return NULL;

  return g_steal_pointer (&document);
}

/* jm-file-write.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Turns a document into the JSON tree of file format 1, members in the
 * order of the field tables, then the unknown members kept at load. */

#define G_LOG_DOMAIN "jm-file"

#include "config.h"

#include <string.h>

#include "jm-file-private.h"

static JsonObject *write_entity (JmDocument    *document,
                                 const JmField *fields,
                                 GObject       *source);

static char *
format_date (GDateTime *date)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (date);

  /* Keep sub-second precision only where there is some, so the usual
   * case reads "2026-11-22T09:00:00Z". */
  if (g_date_time_get_microsecond (utc) != 0)
    return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%S.%fZ");

  return g_date_time_format (utc, "%Y-%m-%dT%H:%M:%SZ");
}

static void
write_string (JsonObject    *object,
              const JmField *field,
              GObject       *source,
              gboolean       required)
{
  g_autofree char *value = NULL;

  g_object_get (source, field->property, &value, NULL);

  if (value != NULL)
    json_object_set_string_member (object, field->member, value);
  else if (required)
    json_object_set_string_member (object, field->member, "");
}

static void
write_optional_number (JsonObject    *object,
                       const JmField *field,
                       GObject       *source)
{
  g_autofree char *has = g_strconcat ("has-", field->property, NULL);
  gboolean is_set = FALSE;
  double value = 0.0;

  g_object_get (source, has, &is_set, field->property, &value, NULL);

  if (is_set)
    json_object_set_double_member (object, field->member, value);
}

static void
write_value (JsonObject    *object,
             const JmField *field,
             GObject       *source)
{
  switch (field->kind)
    {
    case JM_FIELD_STRING:
    case JM_FIELD_COLOR:
      write_string (object, field, source, FALSE);
      break;

    case JM_FIELD_NAME:
    case JM_FIELD_ID:
    case JM_FIELD_PERSONA_REF:
    case JM_FIELD_PHASE_REF:
      write_string (object, field, source, TRUE);
      break;

    case JM_FIELD_BOOLEAN:
      {
        gboolean value = FALSE;

        g_object_get (source, field->property, &value, NULL);
        json_object_set_boolean_member (object, field->member, value);
        break;
      }

    case JM_FIELD_EMOTION:
    case JM_FIELD_NUMBER:
      write_optional_number (object, field, source);
      break;

    case JM_FIELD_SCORE:
      {
        int value = JM_SCORE_UNSET;

        g_object_get (source, field->property, &value, NULL);
        if (value != JM_SCORE_UNSET)
          json_object_set_int_member (object, field->member, value);
        break;
      }

    case JM_FIELD_STATUS:
      {
        int value = JM_STATUS_DRAFT;

        g_object_get (source, field->property, &value, NULL);
        json_object_set_string_member (object, field->member, jm_status_to_string (value));
        break;
      }

    case JM_FIELD_DATE:
      {
        g_autoptr(GDateTime) date = NULL;
        g_autofree char *text = NULL;

        g_object_get (source, field->property, &date, NULL);
        if (date == NULL)
          break;
        text = format_date (date);
        json_object_set_string_member (object, field->member, text);
        break;
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
}

static void
write_header (JsonObject    *object,
              const JmField *field)
{
  if (strcmp (field->member, "format") == 0)
    json_object_set_string_member (object, field->member, JM_FILE_FORMAT_NAME);
  else if (strcmp (field->member, "version") == 0)
    json_object_set_int_member (object, field->member, JM_FILE_FORMAT_VERSION);
  else
    g_assert_not_reached ();
}

/* In the order of the document's participants, so the text does not
 * depend on the order the votes were cast in. Votes of participants
 * that are gone are left out: they would make the file unreadable. */
static void
write_ratings (JsonObject    *object,
               const JmField *field,
               JmDocument    *document,
               JmTouchpoint  *touchpoint)
{
  g_autoptr(JsonObject) ratings = json_object_new ();
  guint n = jm_document_get_n_participants (document);

  for (guint i = 0; i < n; i++)
    {
      const char *id = jm_participant_get_id (jm_document_get_participant (document, i));
      JmRating rating;

      if (id == NULL)
        continue;

      rating = jm_touchpoint_get_rating (touchpoint, id);
      if (rating != JM_RATING_NONE)
        json_object_set_string_member (ratings, id, jm_rating_to_string (rating));
    }

  if (json_object_get_size (ratings) > 0)
    json_object_set_object_member (object, field->member, g_steal_pointer (&ratings));
}

/* Only the ratings somebody raised a hand for; nothing at all if none. */
static void
write_hands (JsonObject    *object,
             const JmField *field,
             JmTouchpoint  *touchpoint)
{
  g_autoptr(JsonObject) hands = json_object_new ();

  for (JmRating rating = JM_RATING_DISAPPOINTMENT; rating <= JM_RATING_DELIGHT; rating++)
    {
      guint count = jm_touchpoint_get_hands (touchpoint, rating);

      if (count > 0)
        json_object_set_int_member (hands, jm_rating_to_string (rating), count);
    }

  if (json_object_get_size (hands) > 0)
    json_object_set_object_member (object, field->member, g_steal_pointer (&hands));
}

static void
write_collection (JsonObject    *object,
                  const JmField *field,
                  JmDocument    *document,
                  GObject       *source)
{
  const JmFileCollection *info = jm_file_collection_lookup (field->kind);
  gpointer parent = JM_IS_DOCUMENT (source) ? NULL : source;
  guint n = jm_document_get_n_items (document, info->collection, parent);
  JsonArray *array;

  /* The four lists of the document are always written; a touchpoint
   * without KPIs or internal steps leaves them out. */
  if (n == 0 && parent != NULL)
    return;

  array = json_array_sized_new (n);
  for (guint i = 0; i < n; i++)
    json_array_add_object_element (array,
                                   write_entity (document, info->fields,
                                                 jm_document_get_item (document, info->collection,
                                                                       parent, i)));

  json_object_set_array_member (object, field->member, array);
}

static void
write_unknown_members (JsonObject    *object,
                       const JmField *fields,
                       GObject       *source)
{
  JsonObject *unknown = g_object_get_data (source, JM_FILE_UNKNOWN_MEMBERS_KEY);
  g_autoptr(GList) members = NULL;

  if (unknown == NULL)
    return;

  members = json_object_get_members (unknown);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (!jm_file_field_is_known (fields, name))
        json_object_set_member (object, name, json_node_copy (json_object_get_member (unknown, name)));
    }
}

static JsonObject *
write_entity (JmDocument    *document,
              const JmField *fields,
              GObject       *source)
{
  JsonObject *object = json_object_new ();

  g_assert (JM_IS_DOCUMENT (document));
  g_assert (G_IS_OBJECT (source));

  for (const JmField *field = fields; field->member != NULL; field++)
    {
      switch (field->kind)
        {
        case JM_FIELD_HEADER:
          write_header (object, field);
          break;

        case JM_FIELD_PERSONAS:
        case JM_FIELD_PHASES:
        case JM_FIELD_PARTICIPANTS:
        case JM_FIELD_TOUCHPOINTS:
        case JM_FIELD_KPIS:
        case JM_FIELD_INTERNAL_STEPS:
          write_collection (object, field, document, source);
          break;

        case JM_FIELD_RATINGS:
          write_ratings (object, field, document, JM_TOUCHPOINT (source));
          break;

        case JM_FIELD_HANDS:
          write_hands (object, field, JM_TOUCHPOINT (source));
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
          write_value (object, field, source);
          break;
        }
    }

  write_unknown_members (object, fields, source);

  return object;
}

JsonNode *
jm_file_write_document (JmDocument *document)
{
  JsonNode *root;

  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);

  root = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (root, write_entity (document, jm_file_document_fields, G_OBJECT (document)));

  return root;
}

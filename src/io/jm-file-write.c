/* jm-file-write.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Writes a document as the text of file format 1, members in the order
 * of the field tables, then the unknown members kept at load. The text
 * is written straight from the document: building a JSON tree first,
 * then writing and freeing it, was four fifths of saving a big map. */

#define G_LOG_DOMAIN "jm-file"

#include "config.h"

#include <string.h>

#include "jm-file-private.h"

typedef struct
{
  JmDocument *document;
  GString    *out;
  GHashTable *field_specs;     /* see jm_file_field_specs_new() */
} Writer;

static void write_entity (Writer        *writer,
                          const JmField *fields,
                          GObject       *source,
                          guint          level);

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
write_string_member (JmJsonContainer *object,
                     const char      *member,
                     const char      *text)
{
  jm_json_next_member (object, member);
  jm_json_write_string (object->out, text);
}

static void
write_int_member (JmJsonContainer *object,
                  const char      *member,
                  gint64           value)
{
  jm_json_next_member (object, member);
  jm_json_write_int (object->out, value);
}

static void
write_string (JmJsonContainer    *object,
              const JmField      *field,
              const JmFieldSpecs *specs,
              GObject            *source,
              gboolean            required)
{
  g_auto(GValue) value = G_VALUE_INIT;
  const char *text;

  jm_file_get_property (source, specs->property, &value);
  text = g_value_get_string (&value);

  if (text != NULL)
    write_string_member (object, field->member, text);
  else if (required)
    write_string_member (object, field->member, "");
}

static void
write_optional_number (JmJsonContainer    *object,
                       const JmField      *field,
                       const JmFieldSpecs *specs,
                       GObject            *source)
{
  g_auto(GValue) is_set = G_VALUE_INIT;
  g_auto(GValue) value = G_VALUE_INIT;

  jm_file_get_property (source, specs->has, &is_set);
  if (!g_value_get_boolean (&is_set))
    return;

  jm_file_get_property (source, specs->property, &value);
  jm_json_next_member (object, field->member);
  jm_json_write_double (object->out, g_value_get_double (&value));
}

static void
write_value (JmJsonContainer    *object,
             const JmField      *field,
             const JmFieldSpecs *specs,
             GObject            *source)
{
  g_auto(GValue) value = G_VALUE_INIT;

  switch (field->kind)
    {
    case JM_FIELD_STRING:
    case JM_FIELD_COLOR:
      write_string (object, field, specs, source, FALSE);
      break;

    case JM_FIELD_NAME:
    case JM_FIELD_ID:
    case JM_FIELD_PERSONA_REF:
    case JM_FIELD_PHASE_REF:
      write_string (object, field, specs, source, TRUE);
      break;

    case JM_FIELD_BOOLEAN:
      jm_file_get_property (source, specs->property, &value);
      jm_json_next_member (object, field->member);
      jm_json_write_boolean (object->out, g_value_get_boolean (&value));
      break;

    case JM_FIELD_EMOTION:
    case JM_FIELD_NUMBER:
      write_optional_number (object, field, specs, source);
      break;

    case JM_FIELD_SCORE:
      jm_file_get_property (source, specs->property, &value);
      if (g_value_get_int (&value) != JM_SCORE_UNSET)
        write_int_member (object, field->member, g_value_get_int (&value));
      break;

    case JM_FIELD_STATUS:
      jm_file_get_property (source, specs->property, &value);
      write_string_member (object, field->member, jm_status_to_string (g_value_get_int (&value)));
      break;

    case JM_FIELD_DATE:
      jm_file_get_property (source, specs->property, &value);
      if (g_value_get_boxed (&value) != NULL)
        {
          g_autofree char *text = format_date (g_value_get_boxed (&value));

          write_string_member (object, field->member, text);
        }
      break;

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
write_header (JmJsonContainer *object,
              const JmField   *field)
{
  if (strcmp (field->member, "format") == 0)
    write_string_member (object, field->member, JM_FILE_FORMAT_NAME);
  else if (strcmp (field->member, "version") == 0)
    write_int_member (object, field->member, JM_FILE_FORMAT_VERSION);
  else
    g_assert_not_reached ();
}

/* A member whose value is an object or a list, opened with its first
 * item: ratings or hands that nobody gave leave no member at all. */
static void
open_container_member (JmJsonContainer *container,
                       JmJsonContainer *object,
                       const char      *member,
                       gboolean         is_list)
{
  if (container->out != NULL)
    return;

  jm_json_next_member (object, member);
  if (is_list)
    jm_json_begin_array (container, object->out, object->level + 1);
  else
    jm_json_begin_object (container, object->out, object->level + 1);
}

static void
close_container_member (JmJsonContainer *container)
{
  if (container->out != NULL)
    jm_json_end (container);
}

/* In the order of the document's participants, so the text does not
 * depend on the order the votes were cast in. Votes of participants
 * that are gone are left out: they would make the file unreadable. */
static void
write_ratings (JmJsonContainer *object,
               const JmField   *field,
               JmDocument      *document,
               JmTouchpoint    *touchpoint)
{
  guint n = jm_document_get_n_participants (document);
  JmJsonContainer ratings = { NULL, };

  for (guint i = 0; i < n; i++)
    {
      const char *id = jm_participant_get_id (jm_document_get_participant (document, i));
      JmRating rating;

      if (id == NULL)
        continue;

      rating = jm_touchpoint_get_rating (touchpoint, id);
      if (rating == JM_RATING_NONE)
        continue;

      open_container_member (&ratings, object, field->member, FALSE);
      write_string_member (&ratings, id, jm_rating_to_string (rating));
    }

  close_container_member (&ratings);
}

/* Only the ratings somebody raised a hand for. */
static void
write_hands (JmJsonContainer *object,
             const JmField   *field,
             JmTouchpoint    *touchpoint)
{
  JmJsonContainer hands = { NULL, };

  for (JmRating rating = JM_RATING_DISAPPOINTMENT; rating <= JM_RATING_DELIGHT; rating++)
    {
      guint count = jm_touchpoint_get_hands (touchpoint, rating);

      if (count == 0)
        continue;

      open_container_member (&hands, object, field->member, FALSE);
      write_int_member (&hands, jm_rating_to_string (rating), count);
    }

  close_container_member (&hands);
}

/* The four lists of the document are always written, empty or not; a
 * touchpoint without KPIs or internal steps leaves them out. */
static void
write_collection (Writer          *writer,
                  JmJsonContainer *object,
                  const JmField   *field,
                  GObject         *source)
{
  const JmFileCollection *info = jm_file_collection_lookup (field->kind);
  gpointer parent = JM_IS_DOCUMENT (source) ? NULL : source;
  guint n = jm_document_get_n_items (writer->document, info->collection, parent);
  JmJsonContainer list = { NULL, };

  if (parent == NULL)
    open_container_member (&list, object, field->member, TRUE);

  for (guint i = 0; i < n; i++)
    {
      GObject *item = jm_document_get_item (writer->document, info->collection, parent, i);

      open_container_member (&list, object, field->member, TRUE);
      jm_json_next_element (&list);
      write_entity (writer, info->fields, item, list.level + 1);
    }

  close_container_member (&list);
}

static void
write_unknown_members (JmJsonContainer *object,
                       const JmField   *fields,
                       GObject         *source)
{
  JsonObject *unknown = g_object_get_data (source, JM_FILE_UNKNOWN_MEMBERS_KEY);
  g_autoptr(GList) members = NULL;

  if (unknown == NULL)
    return;

  members = json_object_get_members (unknown);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (jm_file_field_is_known (fields, name))
        continue;

      jm_json_next_member (object, name);
      jm_json_write_node (object->out, json_object_get_member (unknown, name), object->level + 1);
    }
}

static void
write_entity (Writer        *writer,
              const JmField *fields,
              GObject       *source,
              guint          level)
{
  const JmFieldSpecs *specs = jm_file_field_specs_lookup (writer->field_specs, fields, source);
  JmJsonContainer object;

  g_assert (G_IS_OBJECT (source));

  jm_json_begin_object (&object, writer->out, level);

  for (guint i = 0; fields[i].member != NULL; i++)
    {
      const JmField *field = &fields[i];

      switch (field->kind)
        {
        case JM_FIELD_HEADER:
          write_header (&object, field);
          break;

        case JM_FIELD_PERSONAS:
        case JM_FIELD_PHASES:
        case JM_FIELD_PARTICIPANTS:
        case JM_FIELD_TOUCHPOINTS:
        case JM_FIELD_KPIS:
        case JM_FIELD_INTERNAL_STEPS:
          write_collection (writer, &object, field, source);
          break;

        case JM_FIELD_RATINGS:
          write_ratings (&object, field, writer->document, JM_TOUCHPOINT (source));
          break;

        case JM_FIELD_HANDS:
          write_hands (&object, field, JM_TOUCHPOINT (source));
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
          write_value (&object, field, &specs[i], source);
          break;
        }
    }

  write_unknown_members (&object, fields, source);
  jm_json_end (&object);
}

char *
jm_file_write_document (JmDocument *document,
                        gsize      *length)
{
  g_autoptr(GHashTable) field_specs = jm_file_field_specs_new ();
  Writer writer = { document, NULL, field_specs };

  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);

  /* a map's text is some 700 bytes a touchpoint; one allocation for
   * most, where growing from nothing would copy it a dozen times */
  writer.out = g_string_sized_new (1024 + 800 * jm_document_get_n_touchpoints (document));
  write_entity (&writer, jm_file_document_fields, G_OBJECT (document), 0);
  g_string_append_c (writer.out, '\n');

  if (length != NULL)
    *length = writer.out->len;

  return g_string_free (writer.out, FALSE);
}

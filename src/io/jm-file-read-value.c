/* jm-file-read-value.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The reader's checks of single values: type, range and text, each
 * reported with the value's place in the file. */

#define G_LOG_DOMAIN "jm-file"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "jm-file-private.h"
#include "jm-file-read-private.h"
#include "jm-touchpoint-private.h"

static void
append_path (GString          *text,
             const JmFilePath *path)
{
  if (path == NULL)
    return;

  append_path (text, path->parent);

  if (path->member == NULL)
    g_string_append_printf (text, "[%u]", path->index);
  else if (text->len == 0)
    g_string_append (text, path->member);
  else
    g_string_append_printf (text, ".%s", path->member);
}

gboolean
jm_file_fail (GError           **error,
              const JmFilePath  *path,
              const char        *format,
              ...)
{
  g_autoptr(GString) place = g_string_new (NULL);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  append_path (place, path);

  /* TRANSLATORS: a place in a file, then what is wrong there, e.g.
   * "touchpoints[3].emotion: must be between −2 and 2 (is 7)" */
  g_set_error (error, JM_FILE_ERROR, JM_FILE_ERROR_INVALID, _("%s: %s"), place->str, message);

  return FALSE;
}

gboolean
jm_file_read_string (JsonNode          *node,
                     const JmFilePath  *path,
                     gboolean           required,
                     const char       **value,
                     GError           **error)
{
  *value = NULL;

  if (node == NULL)
    return !required || jm_file_fail (error, path, "%s", _("is missing"));

  if (!jm_json_node_is_string (node))
    return jm_file_fail (error, path, _("must be a string, not %s"), jm_json_node_describe (node));

  /* json-glib 1.6 turns a lone surrogate ("\udc00") into bytes that are
   * not UTF-8; text like that would upset every widget showing it. */
  if (!g_utf8_validate (json_node_get_string (node), -1, NULL))
    return jm_file_fail (error, path, "%s", _("contains a broken \\u escape"));

  *value = json_node_get_string (node);

  return TRUE;
}

gboolean
jm_file_read_number (JsonNode          *node,
                     const JmFilePath  *path,
                     double            *value,
                     GError           **error)
{
  if (!jm_json_node_get_number (node, value))
    return jm_file_fail (error, path, _("must be a number, not %s"), jm_json_node_describe (node));

  if (!isfinite (*value))
    return jm_file_fail (error, path, "%s", _("the number is too large"));

  return TRUE;
}

gboolean
jm_file_read_score (JsonNode          *node,
                    const JmFilePath  *path,
                    int               *score,
                    GError           **error)
{
  g_autofree char *text = NULL;
  double value;

  if (!jm_json_node_get_number (node, &value))
    return jm_file_fail (error, path, _("must be a number, not %s"), jm_json_node_describe (node));

  if (value >= JM_SCORE_MIN && value <= JM_SCORE_MAX && value == floor (value))
    {
      *score = (int)value;
      return TRUE;
    }

  text = jm_json_node_format_number (node);
  return jm_file_fail (error, path, _("must be a whole number from 1 to 5 (is %s)"), text);
}

gboolean
jm_file_read_emotion (JsonNode          *node,
                      const JmFilePath  *path,
                      double            *emotion,
                      GError           **error)
{
  g_autofree char *text = NULL;

  if (!jm_json_node_get_number (node, emotion))
    return jm_file_fail (error, path, _("must be a number, not %s"), jm_json_node_describe (node));

  if (*emotion >= JM_EMOTION_MIN && *emotion <= JM_EMOTION_MAX)
    return TRUE;

  text = jm_json_node_format_number (node);
  return jm_file_fail (error, path, _("must be between −2 and 2 (is %s)"), text);
}

gboolean
jm_file_read_date (JsonNode          *node,
                   const JmFilePath  *path,
                   GDateTime        **date,
                   GError           **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char *text;

  if (!jm_file_read_string (node, path, FALSE, &text, error))
    return FALSE;

  *date = g_date_time_new_from_iso8601 (text, utc);
  if (*date == NULL)
    return jm_file_fail (error, path,
                         _("“%s” is not a date and time like “2026-11-22T09:00:00Z”"), text);

  return TRUE;
}

/* A show of hands: rating name → whole number 0 … JM_HANDS_MAX; a
 * rating that is absent or null counts 0. */
gboolean
jm_file_read_hands (JsonNode          *node,
                    const JmFilePath  *path,
                    JmTouchpoint      *touchpoint,
                    GError           **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *count;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return jm_file_fail (error, path, _("must be an object, not %s"), jm_json_node_describe (node));

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &count))
    {
      JmFilePath count_path = { path, name, 0 };
      g_autofree char *text = NULL;
      JmRating rating;
      double value;

      if (!jm_rating_from_string (name, &rating))
        return jm_file_fail (error, &count_path,
                             _("unknown rating “%s” (use disappointment, ok or delight)"), name);
      if (JSON_NODE_HOLDS_NULL (count))
        continue;
      if (!jm_json_node_get_number (count, &value))
        return jm_file_fail (error, &count_path,
                             _("must be a number, not %s"), jm_json_node_describe (count));

      if (!(value >= 0 && value <= JM_HANDS_MAX && value == floor (value)))
        {
          text = jm_json_node_format_number (count);
          return jm_file_fail (error, &count_path, _("must be a whole number from 0 to %d (is %s)"),
                               JM_HANDS_MAX, text);
        }

      jm_touchpoint_set_hands (touchpoint, rating, (guint) value);
    }

  return TRUE;
}

/* json-glib reads 1e999 as infinity, which no JSON writer can write
 * back, and a lone surrogate as bytes that are not UTF-8: refuse them
 * in unknown members too, as in known ones. */
gboolean
jm_file_check_unknown_value (JsonNode          *node,
                             const JmFilePath  *path,
                             GError           **error)
{
  const char *text;
  double value;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JmFilePath element_path = { path, NULL, i };
          JsonNode *element = json_array_get_element (array, i);

          if (!jm_file_check_unknown_value (element, &element_path, error))
            return FALSE;
        }
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *child;

      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &name, &child))
        {
          JmFilePath child_path = { path, name, 0 };

          if (!jm_file_check_unknown_value (child, &child_path, error))
            return FALSE;
        }
    }
  else if (jm_json_node_get_number (node, &value) && !isfinite (value))
    {
      return jm_file_fail (error, path, "%s", _("the number is too large"));
    }
  else if (jm_json_node_is_string (node))
    {
      return jm_file_read_string (node, path, TRUE, &text, error);
    }

  return TRUE;
}

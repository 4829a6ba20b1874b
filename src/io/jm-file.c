/* jm-file.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Loading checks the bytes before json-glib sees them: emptiness, UTF-8
 * (json-glib's own message for binary data says little), and nesting
 * depth, because json-glib's parser recurses once per level and a file
 * of 100000 "[" would overflow the stack. Only then is the text parsed,
 * the header checked ("format", "version") and the document built
 * (jm-file-read.c). Saving builds a JSON tree (jm-file-write.c) and
 * writes it with our own writer (jm-json-writer.c).
 */

#define G_LOG_DOMAIN "jm-file"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jm-file-private.h"

G_DEFINE_QUARK (jm-file-error-quark, jm_file_error)

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;

  return TRUE;
}

/* Like g_utf8_validate_len(), which takes some 18 instructions a byte
 * (GLib 2.74); a map is nearly all ASCII, which this passes over eight
 * bytes at a time, leaving the rest to GLib in chunks that it resumes
 * when one ends inside a character. */
static gboolean
validate_utf8 (const char  *data,
               gsize        length,
               const char **end)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize i = 0;

  while (i < length)
    {
      const char *stop;
      gsize n;

      for (; i + 8 <= length; i += 8)
        {
          guint64 word;

          memcpy (&word, data + i, 8);
          /* a byte ≥ 0x80, or a NUL byte */
          if (((word | ((word - ones) & ~word)) & highs) != 0)
            break;
        }

      n = MIN (length - i, 256);
      if (g_utf8_validate_len (data + i, n, &stop))
        {
          i += n;
        }
      else if (i + n < length && stop + 4 > data + i + n)
        {
          /* maybe a character cut by the end of the chunk */
          i = stop - data;
        }
      else
        {
          *end = stop;
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_text (const char  *data,
            gsize        length,
            GError     **error)
{
  const char *end = NULL;

  if (is_blank (data, length))
    {
      g_set_error_literal (error, JM_FILE_ERROR, JM_FILE_ERROR_EMPTY, _("The file is empty"));
      return FALSE;
    }

  /* A NUL byte fails this check too. */
  if (!validate_utf8 (data, length, &end))
    {
      g_set_error (error, JM_FILE_ERROR, JM_FILE_ERROR_NOT_TEXT,
                   _("This is not a text file: the byte at offset %lu is not UTF-8 text"),
                   (gulong)(end - data));
      return FALSE;
    }

  return TRUE;
}

/* The line and the column (in characters) of @offset, for a message. */
static void
locate_offset (const char *data,
               gsize       offset,
               guint      *line,
               guint      *column)
{
  *line = 1;
  *column = 0;

  for (gsize i = 0; i <= offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 0;
        }
      else if (((guchar)data[i] & 0xC0) != 0x80)
        {
          (*column)++;
        }
    }
}

/* Counts brackets outside strings. This runs over every byte of every
 * file opened, so it only looks for quotes and brackets, and works out
 * where it is only when it has something to report. */
static gboolean
check_depth (const char  *data,
             gsize        length,
             GError     **error)
{
  guint depth = 0;
  gsize i = 0;

  while (i < length)
    {
      char c = data[i];

      if (c == '"')
        {
          /* to the closing quote; a backslash escapes the next
           * character that is not a line break */
          for (i++; i < length && data[i] != '"'; i++)
            if (data[i] == '\\')
              for (i++; i < length && data[i] == '\n'; i++)
                ;
        }
      else if (c == '[' || c == '{')
        {
          if (++depth > JM_FILE_MAX_DEPTH)
            {
              guint line, column;

              locate_offset (data, i, &line, &column);
              g_set_error (error, JM_FILE_ERROR, JM_FILE_ERROR_TOO_DEEP,
                           _("Line %u, column %u: lists and objects are nested more than %d levels deep"),
                           line, column, JM_FILE_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        {
          depth--;
        }

      i++;
    }

  return TRUE;
}

/* json-glib counts columns in bytes; people count characters. */
static guint
byte_column_to_char_column (const char *data,
                            gsize       length,
                            guint       line,
                            guint       byte_column)
{
  const char *p = data;
  const char *end = data + length;
  guint column = 0;

  for (guint l = 1; l < line && p < end; l++)
    {
      p = memchr (p, '\n', end - p);
      if (p == NULL)
        return byte_column;
      p++;
    }

  for (guint i = 0; i < byte_column && p < end && *p != '\n'; i++, p++)
    if (((guchar)*p & 0xC0) != 0x80)
      column++;

  return MAX (column, 1);
}

/* json-glib 1.6 says "<data>:3:14: Parse error: unexpected …"; we say
 * "Line 3, column 14: unexpected …". */
static void
set_syntax_error (GError     **error,
                  const GError *parse_error,
                  const char   *data,
                  gsize         length)
{
  const char *message = parse_error->message;
  const char *reason;
  guint line = 0;
  guint column = 0;
  int offset = -1;

  if (sscanf (message, "%*[^:]:%u:%u: %n", &line, &column, &offset) < 2 || offset < 0)
    {
      g_set_error (error, JM_FILE_ERROR, JM_FILE_ERROR_SYNTAX,
                   _("The file is not valid JSON: %s"), message);
      return;
    }

  /* Drop json-glib's "Parse error: " */
  reason = message + offset;
  if (strstr (reason, ": ") != NULL)
    reason = strstr (reason, ": ") + 2;

  g_set_error (error, JM_FILE_ERROR, JM_FILE_ERROR_SYNTAX,
               _("Line %u, column %u: %s"),
               line, byte_column_to_char_column (data, length, line, column), reason);
}

static gboolean
check_version (JsonNode  *node,
               GError   **error)
{
  double version = 0.0;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      g_set_error (error, JM_FILE_ERROR, JM_FILE_ERROR_INVALID,
                   _("version: is missing (every journey map names its format version)"));
      return FALSE;
    }

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    version = json_node_get_int (node);
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    version = json_node_get_double (node);

  if (version < 1 || version != floor (version) || !isfinite (version))
    {
      g_set_error (error, JM_FILE_ERROR, JM_FILE_ERROR_INVALID,
                   _("version: must be a whole number of 1 or more"));
      return FALSE;
    }

  if (version > JM_FILE_FORMAT_VERSION)
    {
      g_set_error (error, JM_FILE_ERROR, JM_FILE_ERROR_VERSION,
                   _("This map was written by a newer version of Journey Maps "
                     "(file format %.0f; this version reads format %d). "
                     "Update Journey Maps to open it."),
                   version, JM_FILE_FORMAT_VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_header (JsonNode  *root,
              GError   **error)
{
  JsonObject *object;
  JsonNode *format;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, JM_FILE_ERROR, JM_FILE_ERROR_NOT_A_MAP,
                           _("This is not a journey map: the file does not hold a JSON object"));
      return FALSE;
    }

  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");

  if (format == NULL ||
      !JSON_NODE_HOLDS_VALUE (format) ||
      json_node_get_value_type (format) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (format), JM_FILE_FORMAT_NAME) != 0)
    {
      g_set_error (error, JM_FILE_ERROR, JM_FILE_ERROR_NOT_A_MAP,
                   _("This is not a journey map: its “format” is not “%s”"),
                   JM_FILE_FORMAT_NAME);
      return FALSE;
    }

  return check_version (json_object_get_member (object, "version"), error);
}

JmDocument *
jm_file_load_from_data (const char  *data,
                        gssize       length,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  gsize size;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  size = length < 0 ? strlen (data) : (gsize)length;

  /* A byte order mark is allowed and not part of the text. */
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }

  if (!check_text (data, size, error) || !check_depth (data, size, error))
    return NULL;

  /* Not json_parser_new_immutable(): in json-glib 1.6 sealing the tree
   * is one more pass over it, some 5 % of the parse, for nothing here. */
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      set_syntax_error (error, parse_error, data, size);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (!check_header (root, error))
    return NULL;

  return jm_file_read_document (json_node_get_object (root), error);
}

JmDocument *
jm_file_load (GFile   *file,
              GError **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;

  return jm_file_load_from_data (contents, length, error);
}

char *
jm_file_save_to_data (JmDocument *document,
                      gsize      *length)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);

  return jm_file_write_document (document, length);
}

/* g_file_replace_contents() is not enough: when a write fails, it still
 * closes the stream, and closing a replace stream renames the half
 * written temporary file over the target (GLib 2.74). Closing with a
 * cancelled cancellable makes GIO drop the temporary file instead. */
gboolean
jm_file_replace_contents (GFile       *file,
                          const char  *data,
                          gsize        length,
                          GError     **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL, NULL, error))
    {
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

gboolean
jm_file_save (JmDocument  *document,
              GFile       *file,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (JM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = jm_file_save_to_data (document, &length);

  /* A temporary file beside the target, renamed over it only when
   * everything is written. */
  if (!jm_file_replace_contents (file, data, length, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not save “%s”: "), name);
      return FALSE;
    }

  return TRUE;
}

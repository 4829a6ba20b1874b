/* jm-json-writer.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Pretty JSON text, written piece by piece (indent 2). json-glib 1.6
 * has a generator, but it prints doubles with 17 digits
 * ("1.8999999999999999" for 1.9) and appends ".0" to exponents
 * ("1e+20.0", which no JSON reader accepts). Files are read and diffed
 * by people, so numbers are written in the shortest form that reads
 * back to the same double.
 */

#define G_LOG_DOMAIN "jm-file"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "jm-file-private.h"

/* Whole numbers below this are written as they are, "%.0f" being what
 * the search below comes to for them. */
#define WHOLE_NUMBER_MAX 1e15

/* Finds the fewest significant digits that read back as @value, then
 * writes them without an exponent unless the number is very large or
 * small: 50, 1.9, 0.001, 1e+20, 1e-07. */
char *
jm_json_format_double (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[16];
  const char *e;
  int digits;
  int exponent;

  /* most numbers of a map are scores and counts: the search would try
   * a precision, print and parse back for each, an eighth of a save */
  if (value == floor (value) && fabs (value) < WHOLE_NUMBER_MAX)
    return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.0f", value));

  for (digits = 1; digits < 17; digits++)
    {
      g_snprintf (format, sizeof format, "%%.%de", digits - 1);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  g_snprintf (format, sizeof format, "%%.%de", digits - 1);
  g_ascii_formatd (buffer, sizeof buffer, format, value);

  e = strchr (buffer, 'e');
  if (e == NULL)
    return g_strdup (buffer); /* inf, nan */

  exponent = atoi (e + 1);
  if (exponent < -5 || exponent >= 17)
    {
      g_snprintf (format, sizeof format, "%%.%dg", digits);
      return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
    }

  g_snprintf (format, sizeof format, "%%.%df", MAX (0, digits - 1 - exponent));

  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, format, value));
}

static void
write_indent (GString *out,
              guint    level)
{
  for (guint i = 0; i < level; i++)
    g_string_append (out, "  ");
}

void
jm_json_write_string (GString    *out,
                      const char *text)
{
  g_autofree char *valid = NULL;

  /* A file that is not UTF-8 could not be opened again. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');

  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar)*p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char)c);
          break;
        }
    }

  g_string_append_c (out, '"');
}

void
jm_json_write_double (GString *out,
                      double   value)
{
  g_autofree char *text = NULL;

  /* JSON has no infinity; the loader refuses it, so this is only a
   * guard against a model value that was never checked. */
  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }

  text = jm_json_format_double (value);
  g_string_append (out, text);

  /* Keep a double a double when it is read again: 2.0, not 2 */
  if (strpbrk (text, ".eE") == NULL)
    g_string_append (out, ".0");
}

void
jm_json_write_int (GString *out,
                   gint64   value)
{
  g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
}

void
jm_json_write_boolean (GString  *out,
                       gboolean  value)
{
  g_string_append (out, value ? "true" : "false");
}

static void
write_value (GString  *out,
             JsonNode *node)
{
  GType type = json_node_get_value_type (node);

  if (type == G_TYPE_STRING)
    jm_json_write_string (out, json_node_get_string (node));
  else if (type == G_TYPE_INT64)
    jm_json_write_int (out, json_node_get_int (node));
  else if (type == G_TYPE_DOUBLE)
    jm_json_write_double (out, json_node_get_double (node));
  else if (type == G_TYPE_BOOLEAN)
    jm_json_write_boolean (out, json_node_get_boolean (node));
  else
    g_string_append (out, "null");
}

void
jm_json_begin_object (JmJsonContainer *container,
                      GString         *out,
                      guint            level)
{
  *container = (JmJsonContainer) { out, level, 0, '{', '}' };
}

void
jm_json_begin_array (JmJsonContainer *container,
                     GString         *out,
                     guint            level)
{
  *container = (JmJsonContainer) { out, level, 0, '[', ']' };
}

/* The opening bracket waits for the first item, so that an empty
 * container comes out as "{}" or "[]" whatever its items were to be. */
void
jm_json_next_element (JmJsonContainer *container)
{
  GString *out = container->out;

  if (container->n_items++ == 0)
    {
      g_string_append_c (out, container->open);
      g_string_append_c (out, '\n');
    }
  else
    {
      g_string_append (out, ",\n");
    }

  write_indent (out, container->level + 1);
}

void
jm_json_next_member (JmJsonContainer *container,
                     const char      *name)
{
  jm_json_next_element (container);
  jm_json_write_string (container->out, name);
  g_string_append (container->out, ": ");
}

void
jm_json_end (JmJsonContainer *container)
{
  GString *out = container->out;

  if (container->n_items == 0)
    {
      g_string_append_c (out, container->open);
    }
  else
    {
      g_string_append_c (out, '\n');
      write_indent (out, container->level);
    }

  g_string_append_c (out, container->close);
}

static void
write_array (GString   *out,
             JsonArray *array,
             guint      level)
{
  guint length = json_array_get_length (array);
  JmJsonContainer container;

  jm_json_begin_array (&container, out, level);
  for (guint i = 0; i < length; i++)
    {
      jm_json_next_element (&container);
      jm_json_write_node (out, json_array_get_element (array, i), level + 1);
    }
  jm_json_end (&container);
}

static void
write_object (GString    *out,
              JsonObject *object,
              guint       level)
{
  g_autoptr(GList) members = json_object_get_members (object);
  JmJsonContainer container;

  jm_json_begin_object (&container, out, level);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      jm_json_next_member (&container, l->data);
      jm_json_write_node (out, json_object_get_member (object, l->data), level + 1);
    }
  jm_json_end (&container);
}

void
jm_json_write_node (GString  *out,
                    JsonNode *node,
                    guint     level)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      write_object (out, json_node_get_object (node), level);
      break;
    case JSON_NODE_ARRAY:
      write_array (out, json_node_get_array (node), level);
      break;
    case JSON_NODE_VALUE:
      write_value (out, node);
      break;
    case JSON_NODE_NULL:
    default:
      g_string_append (out, "null");
      break;
    }
}

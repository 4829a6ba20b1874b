/* jm-csv-reader.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Splits CSV text into rows and fields, accepting what spreadsheets
 * write: a byte order mark or none, CRLF, LF or CR line ends, ',' ';'
 * or tab as separator (whichever the header row uses most, outside
 * quotes), quoted or bare fields. Quoted fields keep their content
 * verbatim, line breaks included, so an exported table reads back
 * exactly. The split works on bytes (separators and quotes are ASCII);
 * each field is then checked to be UTF-8, so a fault has a place.
 */

#define G_LOG_DOMAIN "jm-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jm-csv-private.h"

static JmCsvRow *
row_new (guint line)
{
  JmCsvRow *row = g_new0 (JmCsvRow, 1);

  row->fields = g_ptr_array_new_with_free_func (g_free);
  row->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  row->line = line;

  return row;
}

static void
row_free (gpointer data)
{
  JmCsvRow *row = data;

  g_ptr_array_unref (row->fields);
  g_array_unref (row->lines);
  g_free (row);
}

void
jm_csv_table_free (JmCsvTable *table)
{
  if (table == NULL)
    return;

  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
jm_csv_set_error (GError     **error,
                  JmCsvError   code,
                  guint        line,
                  guint        column,
                  const char  *column_name,
                  const char  *message)
{
  if (column == 0)
    /* Translators: the place of a fault in a CSV table, then what is wrong */
    g_set_error (error, JM_CSV_ERROR, code, _("Line %u: %s"), line, message);
  else if (column_name == NULL || column_name[0] == '\0')
    g_set_error (error, JM_CSV_ERROR, code, _("Line %u, column %u: %s"), line, column, message);
  else
    /* Translators: the third value is the column's name in the header, e.g. kpi1_actual */
    g_set_error (error, JM_CSV_ERROR, code, _("Line %u, column %u (%s): %s"),
                 line, column, column_name, message);
}

/* Counts candidates in the first row, outside quotes. */
static char
detect_separator (const char *data,
                  gsize       length)
{
  static const char candidates[] = { ',', ';', '\t' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0, };
  gboolean quoted = FALSE;
  char best = ',';
  guint best_count = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted)
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            counts[k]++;
    }

  for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > best_count)
      {
        best = candidates[k];
        best_count = counts[k];
      }

  return best;
}

static const char *
header_name (JmCsvTable *table,
             guint       column)
{
  JmCsvRow *header;

  if (table->rows->len == 0)
    return NULL;

  header = g_ptr_array_index (table->rows, 0);
  if (column == 0 || column > header->fields->len)
    return NULL;

  return g_ptr_array_index (header->fields, column - 1);
}

/* Consumes a line end at *pos, if there is one. */
static gboolean
skip_line_end (const char *data,
               gsize       length,
               gsize      *pos)
{
  if (*pos < length && data[*pos] == '\r')
    {
      (*pos)++;
      if (*pos < length && data[*pos] == '\n')
        (*pos)++;
      return TRUE;
    }
  if (*pos < length && data[*pos] == '\n')
    {
      (*pos)++;
      return TRUE;
    }

  return FALSE;
}

gboolean
jm_csv_text_needs_guard (const char *text)
{
  const char *p = text;

  while (*p == '\'')
    p++;

  return *p != '\0' && strchr ("=+-@\t\r", *p) != NULL;
}

static gboolean
add_field (JmCsvTable  *table,
           JmCsvRow    *row,
           GString     *text,
           guint        line,
           GError     **error)
{
  if (!g_utf8_validate_len (text->str, text->len, NULL))
    {
      jm_csv_set_error (error, JM_CSV_ERROR_NOT_TEXT, line, row->fields->len + 1,
                        header_name (table, row->fields->len + 1),
                        _("the text is not UTF-8 (save the table as “CSV UTF-8”)"));
      return FALSE;
    }

  /* the guard the export put before text that starts like a formula */
  if (text->str[0] == '\'' && jm_csv_text_needs_guard (text->str))
    g_string_erase (text, 0, 1);

  g_ptr_array_add (row->fields, g_strndup (text->str, text->len));
  g_array_append_val (row->lines, line);

  return TRUE;
}

JmCsvTable *
jm_csv_table_parse (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(JmCsvTable) table = g_new0 (JmCsvTable, 1);
  g_autoptr(GString) text = g_string_new (NULL);
  gsize pos = 0;
  guint line = 1;

  table->rows = g_ptr_array_new_with_free_func (row_free);

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    pos = 3;

  table->separator = detect_separator (data + pos, length - pos);

  while (pos < length)
    {
      JmCsvRow *row = row_new (line);

      g_ptr_array_add (table->rows, row);

      for (;;)
        {
          guint field_line = line;

          g_string_truncate (text, 0);

          if (data[pos] == '"')
            {
              pos++;
              for (;;)
                {
                  if (pos >= length)
                    {
                      jm_csv_set_error (error, JM_CSV_ERROR_SYNTAX, field_line,
                                        row->fields->len + 1,
                                        header_name (table, row->fields->len + 1),
                                        _("the quoted field that starts here is never closed"));
                      return NULL;
                    }
                  if (data[pos] == '"')
                    {
                      if (pos + 1 < length && data[pos + 1] == '"')
                        {
                          g_string_append_c (text, '"');
                          pos += 2;
                          continue;
                        }
                      pos++;
                      break;
                    }
                  if (data[pos] == '\n' ||
                      (data[pos] == '\r' && (pos + 1 >= length || data[pos + 1] != '\n')))
                    line++;
                  g_string_append_c (text, data[pos]);
                  pos++;
                }

              if (pos < length && data[pos] != table->separator &&
                  data[pos] != '\r' && data[pos] != '\n')
                {
                  jm_csv_set_error (error, JM_CSV_ERROR_SYNTAX, line,
                                    row->fields->len + 1,
                                    header_name (table, row->fields->len + 1),
                                    _("there is text after the closing quote of the field"));
                  return NULL;
                }
            }
          else
            {
              gsize start = pos;

              while (pos < length && data[pos] != table->separator &&
                     data[pos] != '\r' && data[pos] != '\n')
                pos++;
              g_string_append_len (text, data + start, pos - start);
            }

          if (!add_field (table, row, text, field_line, error))
            return NULL;

          if (pos >= length)
            break;

          if (data[pos] == table->separator)
            {
              pos++;
              if (pos >= length)
                {
                  /* "a,b,<end>": the last field is empty */
                  g_string_truncate (text, 0);
                  if (!add_field (table, row, text, line, error))
                    return NULL;
                  break;
                }
              continue;
            }

          skip_line_end (data, length, &pos);
          line++;
          break;
        }
    }

  if (table->rows->len == 0)
    {
      g_set_error_literal (error, JM_CSV_ERROR, JM_CSV_ERROR_EMPTY,
                           _("The table is empty: it has no header row"));
      return NULL;
    }

  return g_steal_pointer (&table);
}

static gboolean
is_number_syntax (const char *p)
{
  gboolean digits = FALSE;

  if (*p == '+' || *p == '-')
    p++;
  while (g_ascii_isdigit (*p))
    {
      p++;
      digits = TRUE;
    }
  if (*p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        {
          p++;
          digits = TRUE;
        }
    }
  if (!digits)
    return FALSE;

  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  return *p == '\0';
}

gboolean
jm_csv_parse_number (const char *text,
                     gboolean    decimal_comma,
                     double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *comma;
  double result;

  if (decimal_comma && strchr (copy, '.') == NULL &&
      (comma = strchr (copy, ',')) != NULL && strchr (comma + 1, ',') == NULL)
    *comma = '.';

  if (!is_number_syntax (copy))
    return FALSE;

  result = g_ascii_strtod (copy, NULL);
  if (!isfinite (result))
    return FALSE;

  *value = result;
  return TRUE;
}

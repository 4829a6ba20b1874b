/* jm-csv-fields.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The import's reading of a table: the header's columns, the cells of a
 * row as numbers, whole numbers and booleans, and a new touchpoint from
 * a row. Every fault names its line and column. */

#define G_LOG_DOMAIN "jm-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jm-csv-import-private.h"

/* ---- reading cells ---- */

static const char *
header_name (JmCsvImport *self,
             int          index)
{
  if (index < 0 || (guint) index >= self->header->fields->len)
    return NULL;

  return g_ptr_array_index (self->header->fields, index);
}

/* Fails with the place of field @index of @row (−1: the row as a whole). */
gboolean
jm_csv_fail (JmCsvImport *self,
             JmCsvRow    *row,
             int          index,
             JmCsvError   code,
             const char  *message,
             GError     **error)
{
  if (index < 0 || (guint) index >= row->fields->len)
    jm_csv_set_error (error, code, row->line, 0, NULL, message);
  else
    jm_csv_set_error (error, code, g_array_index (row->lines, guint, index),
                      index + 1, header_name (self, index), message);

  return FALSE;
}

const char *
jm_csv_row_get_raw (JmCsvRow *row,
                    int       index)
{
  if (index < 0 || (guint) index >= row->fields->len)
    return NULL;

  return g_ptr_array_index (row->fields, index);
}

/* The field without surrounding white space; "" if the column is absent. */
char *
jm_csv_row_dup_trimmed (JmCsvRow *row,
                        int       index)
{
  const char *raw = jm_csv_row_get_raw (row, index);

  return g_strstrip (g_strdup (raw != NULL ? raw : ""));
}

gboolean
jm_csv_names_equal (const char *a,
                    const char *b)
{
  g_autofree char *trimmed_a = g_strstrip (g_strdup (a != NULL ? a : ""));
  g_autofree char *trimmed_b = g_strstrip (g_strdup (b != NULL ? b : ""));

  return strcmp (trimmed_a, trimmed_b) == 0;
}

gboolean
jm_csv_row_is_blank (JmCsvRow *row)
{
  for (guint i = 0; i < row->fields->len; i++)
    {
      const char *p = g_ptr_array_index (row->fields, i);

      for (; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          return FALSE;
    }

  return TRUE;
}

/* An optional number: FALSE in @has_value for an empty cell. */
gboolean
jm_csv_read_number (JmCsvImport *self,
                    JmCsvRow    *row,
                    int          index,
                    gboolean    *has_value,
                    double      *value,
                    GError     **error)
{
  g_autofree char *text = jm_csv_row_dup_trimmed (row, index);

  *has_value = FALSE;
  *value = 0.0;

  if (text[0] == '\0')
    return TRUE;

  if (!jm_csv_parse_number (text, self->decimal_comma, value))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a number"), text);

      return jm_csv_fail (self, row, index, JM_CSV_ERROR_VALUE, message, error);
    }

  *has_value = TRUE;
  return TRUE;
}

/* An optional whole number from @min to @max. */
gboolean
jm_csv_read_whole (JmCsvImport *self,
                   JmCsvRow    *row,
                   int          index,
                   int          min,
                   int          max,
                   gboolean    *has_value,
                   int         *value,
                   GError     **error)
{
  g_autofree char *text = jm_csv_row_dup_trimmed (row, index);
  double number = 0.0;

  *has_value = FALSE;
  *value = 0;

  if (text[0] == '\0')
    return TRUE;

  if (!jm_csv_parse_number (text, self->decimal_comma, &number) ||
      number != floor (number) || number < min || number > max)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a whole number from %d to %d"), text, min, max);

      return jm_csv_fail (self, row, index, JM_CSV_ERROR_VALUE, message, error);
    }

  *has_value = TRUE;
  *value = (int) number;
  return TRUE;
}

/* ---- the header ---- */

static gboolean
parse_kpi_column (const char   *name,
                  guint        *group,
                  JmCsvKpiPart *part)
{
  guint64 number;
  char *end = NULL;

  if (!g_str_has_prefix (name, "kpi") || !g_ascii_isdigit (name[3]))
    return FALSE;

  number = g_ascii_strtoull (name + 3, &end, 10);
  if (end == NULL || *end != '_' || number < 1 || number > JM_CSV_MAX_KPI_GROUPS)
    return FALSE;

  for (guint p = 0; p < JM_CSV_N_KPI_PARTS; p++)
    if (strcmp (end + 1, jm_csv_kpi_parts[p]) == 0)
      {
        *group = (guint) number;
        *part = p;
        return TRUE;
      }

  return FALSE;
}

static gboolean
claim_column (JmCsvImport *self,
              int         *slot,
              int          index,
              GError     **error)
{
  g_autofree char *message = NULL;

  if (*slot < 0)
    {
      *slot = index;
      return TRUE;
    }

  message = g_strdup_printf (_("the column “%s” appears twice (first in column %d)"),
                             header_name (self, index), *slot + 1);

  return jm_csv_fail (self, self->header, index, JM_CSV_ERROR_HEADER, message, error);
}

gboolean
jm_csv_read_header (JmCsvImport *self,
                    GError     **error)
{
  gboolean has_id, has_names;

  for (guint c = 0; c < JM_CSV_N_COLUMNS; c++)
    self->column[c] = -1;

  for (guint i = 0; i < self->header->fields->len; i++)
    {
      g_autofree char *trimmed = jm_csv_row_dup_trimmed (self->header, i);
      g_autofree char *name = g_ascii_strdown (trimmed, -1);
      gboolean known = FALSE;
      guint group;
      JmCsvKpiPart part;

      for (guint c = 0; c < JM_CSV_N_COLUMNS && !known; c++)
        if (strcmp (name, jm_csv_columns[c]) == 0)
          {
            if (!claim_column (self, &self->column[c], i, error))
              return FALSE;
            known = TRUE;
          }

      if (!known && parse_kpi_column (name, &group, &part))
        {
          while (self->kpi_columns->len < group)
            {
              JmCsvKpiColumns none = { { -1, -1, -1, -1 } };

              g_array_append_val (self->kpi_columns, none);
            }
          if (!claim_column (self, &g_array_index (self->kpi_columns, JmCsvKpiColumns, group - 1).part[part],
                             i, error))
            return FALSE;
        }
    }

  for (guint g = 0; g < self->kpi_columns->len; g++)
    {
      JmCsvKpiColumns *columns = &g_array_index (self->kpi_columns, JmCsvKpiColumns, g);

      if (columns->part[JM_CSV_KPI_NAME] >= 0)
        continue;

      for (guint p = 0; p < JM_CSV_N_KPI_PARTS; p++)
        if (columns->part[p] >= 0)
          {
            g_autofree char *message =
              g_strdup_printf (_("there is no column “kpi%u_name” to say which KPI this is"), g + 1);

            return jm_csv_fail (self, self->header, columns->part[p], JM_CSV_ERROR_HEADER,
                                message, error);
          }
    }

  has_id = self->column[JM_CSV_COL_ID] >= 0;
  has_names = (self->column[JM_CSV_COL_PERSONA] >= 0 || self->column[JM_CSV_COL_PERSONA_ID] >= 0) &&
              (self->column[JM_CSV_COL_PHASE] >= 0 || self->column[JM_CSV_COL_PHASE_ID] >= 0) &&
              self->column[JM_CSV_COL_TITLE] >= 0;
  if (!has_id && !has_names)
    return jm_csv_fail (self, self->header, -1, JM_CSV_ERROR_HEADER,
                        _("the table needs an “id” column, or “persona”, “phase” and “title” "
                          "columns, to find the touchpoints"),
                        error);

  return TRUE;
}

static gboolean
read_boolean (JmCsvImport *self,
              JmCsvRow    *row,
              int          index,
              gboolean    *has_value,
              gboolean    *value,
              GError     **error)
{
  static const char * const yes[] = { "true", "yes", "1", "x", "wahr", "ja" };
  static const char * const no[] = { "false", "no", "0", "falsch", "nein" };
  g_autofree char *trimmed = jm_csv_row_dup_trimmed (row, index);
  g_autofree char *text = g_utf8_strdown (trimmed, -1);
  g_autofree char *message = NULL;

  *has_value = text[0] != '\0';
  *value = FALSE;
  if (!*has_value)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (strcmp (text, yes[i]) == 0)
      {
        *value = TRUE;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (strcmp (text, no[i]) == 0)
      return TRUE;

  message = g_strdup_printf (_("“%s” is neither true nor false"), trimmed);
  return jm_csv_fail (self, row, index, JM_CSV_ERROR_VALUE, message, error);
}

/* A new touchpoint with everything the row says (KPIs and hands are
 * added by plan_kpis() and plan_hands()). */
JmTouchpoint *
jm_csv_build_touchpoint (JmCsvImport *self,
                         JmCsvRow    *row,
                         JmPersona   *persona,
                         JmPhase     *phase,
                         GError     **error)
{
  static const struct { JmCsvColumn column; const char *property; } texts[] = {
    { JM_CSV_COL_ACTION, "action" },
    { JM_CSV_COL_CHANNEL, "channel" },
    { JM_CSV_COL_OWNER, "owner" },
    { JM_CSV_COL_FEELING, "feeling" },
    { JM_CSV_COL_QUICK_WIN, "quick-win" },
  };
  g_autofree char *title = jm_csv_row_dup_trimmed (row, self->column[JM_CSV_COL_TITLE]);
  g_autofree char *status_text = jm_csv_row_dup_trimmed (row, self->column[JM_CSV_COL_STATUS]);
  g_autoptr(JmTouchpoint) touchpoint = NULL;
  gboolean has_value, flag;
  double emotion;
  int score;
  JmStatus status;

  /* the id is set once every row is read */
  touchpoint = jm_touchpoint_new ("", jm_persona_get_id (persona), jm_phase_get_id (phase), title);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = jm_csv_row_get_raw (row, self->column[texts[i].column]);

      if (text != NULL && text[0] != '\0')
        g_object_set (touchpoint, texts[i].property, text, NULL);
    }

  if (!read_boolean (self, row, self->column[JM_CSV_COL_OWNED], &has_value, &flag, error))
    return NULL;
  if (has_value)
    jm_touchpoint_set_owned (touchpoint, flag);
  if (!read_boolean (self, row, self->column[JM_CSV_COL_SUPER], &has_value, &flag, error))
    return NULL;
  if (has_value)
    jm_touchpoint_set_super (touchpoint, flag);

  if (!jm_csv_read_number (self, row, self->column[JM_CSV_COL_EMOTION], &has_value, &emotion, error))
    return NULL;
  if (has_value && (emotion < JM_EMOTION_MIN || emotion > JM_EMOTION_MAX))
    {
      g_autofree char *text = jm_csv_row_dup_trimmed (row, self->column[JM_CSV_COL_EMOTION]);
      g_autofree char *message = g_strdup_printf (_("“%s” is not an emotion from −2 to 2"), text);

      jm_csv_fail (self, row, self->column[JM_CSV_COL_EMOTION], JM_CSV_ERROR_VALUE, message, error);
      return NULL;
    }
  if (has_value)
    jm_touchpoint_set_emotion (touchpoint, emotion);

  if (!jm_csv_read_whole (self, row, self->column[JM_CSV_COL_EXPECTATION], JM_SCORE_MIN, JM_SCORE_MAX,
                          &has_value, &score, error))
    return NULL;
  if (has_value)
    jm_touchpoint_set_expectation (touchpoint, score);
  if (!jm_csv_read_whole (self, row, self->column[JM_CSV_COL_PERFORMANCE], JM_SCORE_MIN, JM_SCORE_MAX,
                          &has_value, &score, error))
    return NULL;
  if (has_value)
    jm_touchpoint_set_performance (touchpoint, score);

  if (status_text[0] != '\0')
    {
      if (!jm_status_from_string (status_text, &status))
        {
          g_autofree char *message =
            g_strdup_printf (_("“%s” is not a status: use draft, validated-internal or validated-customer"),
                             status_text);

          jm_csv_fail (self, row, self->column[JM_CSV_COL_STATUS], JM_CSV_ERROR_VALUE, message, error);
          return NULL;
        }
      jm_touchpoint_set_status (touchpoint, status);
    }

  return g_steal_pointer (&touchpoint);
}


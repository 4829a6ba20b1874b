/* jm-csv-writer.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jm-csv-private.h"
#include "jm-file-private.h"
#include "jm-rating-summary.h"

const char * const jm_csv_columns[JM_CSV_N_COLUMNS] = {
  "id",
  "persona_id",
  "persona",
  "phase_id",
  "phase",
  "title",
  "action",
  "channel",
  "owned",
  "owner",
  "feeling",
  "emotion",
  "derived_emotion",
  "expectation",
  "performance",
  "gap",
  "super",
  "status",
  "quick_win",
  "internal_steps",
  "named_disappointment",
  "named_ok",
  "named_delight",
  "hands_disappointment",
  "hands_ok",
  "hands_delight",
  "votes_total",
  "disappointment_share",
  "delight_share",
  "classification",
  "split",
};

const char * const jm_csv_kpi_parts[JM_CSV_N_KPI_PARTS] = {
  "name",
  "unit",
  "target",
  "actual",
};

typedef struct
{
  GString *out;
  char     separator;
  gboolean row_started;
} Writer;

static gboolean
needs_quotes (const char *text,
              char        separator)
{
  gsize length = strlen (text);

  if (length == 0)
    return FALSE;

  /* spreadsheets may trim bare white space */
  if (g_ascii_isspace (text[0]) || g_ascii_isspace (text[length - 1]))
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == separator || *p == '"' || *p == '\r' || *p == '\n')
      return TRUE;

  return FALSE;
}

static void
write_field (Writer     *writer,
             const char *text)
{
  if (writer->row_started)
    g_string_append_c (writer->out, writer->separator);
  writer->row_started = TRUE;

  if (text == NULL)
    return;

  if (!needs_quotes (text, writer->separator))
    {
      g_string_append (writer->out, text);
      return;
    }

  g_string_append_c (writer->out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (writer->out, '"');
      g_string_append_c (writer->out, *p);
    }
  g_string_append_c (writer->out, '"');
}

/* Text a user typed: see jm_csv_text_needs_guard(). Not numbers: a
 * negative emotion or gap is what a spreadsheet should read as one. */
static void
write_text (Writer     *writer,
            const char *text)
{
  g_autofree char *guarded = NULL;

  if (text != NULL && jm_csv_text_needs_guard (text))
    text = guarded = g_strconcat ("'", text, NULL);

  write_field (writer, text);
}

static void
end_row (Writer *writer)
{
  g_string_append (writer->out, "\r\n");
  writer->row_started = FALSE;
}

static void
write_number (Writer *writer,
              double  value)
{
  /* −0 reads oddly in a spreadsheet */
  g_autofree char *text = jm_json_format_double (value + 0.0);

  write_field (writer, text);
}

/* For derived values: a fixed number of decimals, trailing zeros dropped. */
static void
write_rounded (Writer *writer,
               double  value,
               int     decimals)
{
  double scale = pow (10.0, decimals);

  write_number (writer, round (value * scale) / scale);
}

static void
write_uint (Writer *writer,
            guint   value)
{
  char buffer[16];

  g_snprintf (buffer, sizeof buffer, "%u", value);
  write_field (writer, buffer);
}

static void
write_boolean (Writer   *writer,
               gboolean  value)
{
  write_field (writer, value ? "true" : "false");
}

static void
write_score (Writer *writer,
             int     score)
{
  if (score == JM_SCORE_UNSET)
    write_field (writer, NULL);
  else
    write_uint (writer, score);
}

static const char *
classification_name (JmRatingClass classification)
{
  switch (classification)
    {
    case JM_RATING_CLASS_DISAPPOINTMENT: return "disappointment";
    case JM_RATING_CLASS_OK: return "ok";
    case JM_RATING_CLASS_DELIGHT: return "delight";
    case JM_RATING_CLASS_MIXED: return "mixed";
    case JM_RATING_CLASS_UNCLASSIFIED:
    default: return "unclassified";
    }
}

static char *
join_internal_steps (JmTouchpoint *touchpoint)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; i < jm_touchpoint_get_n_internal_steps (touchpoint); i++)
    {
      JmInternalStep *step = jm_touchpoint_get_internal_step (touchpoint, i);
      const char *title = jm_internal_step_get_title (step);
      const char *owner = jm_internal_step_get_owner (step);

      if (i > 0)
        g_string_append (joined, "; ");
      g_string_append (joined, title != NULL ? title : "");
      if (owner != NULL && owner[0] != '\0')
        g_string_append_printf (joined, " (%s)", owner);
    }

  return g_string_free (joined, FALSE);
}

static void
write_header (Writer *writer,
              guint   n_kpis)
{
  for (guint i = 0; i < JM_CSV_N_COLUMNS; i++)
    write_field (writer, jm_csv_columns[i]);

  for (guint k = 1; k <= n_kpis; k++)
    for (guint part = 0; part < JM_CSV_N_KPI_PARTS; part++)
      {
        g_autofree char *name = g_strdup_printf ("kpi%u_%s", k, jm_csv_kpi_parts[part]);

        write_field (writer, name);
      }

  end_row (writer);
}

static void
write_kpis (Writer       *writer,
            JmTouchpoint *touchpoint,
            guint         n_kpis)
{
  for (guint k = 0; k < n_kpis; k++)
    {
      JmKpi *kpi = k < jm_touchpoint_get_n_kpis (touchpoint)
                   ? jm_touchpoint_get_kpi (touchpoint, k) : NULL;

      if (kpi == NULL)
        {
          for (guint part = 0; part < JM_CSV_N_KPI_PARTS; part++)
            write_field (writer, NULL);
          continue;
        }

      write_text (writer, jm_kpi_get_name (kpi));
      write_text (writer, jm_kpi_get_unit (kpi));
      if (jm_kpi_get_has_target (kpi))
        write_number (writer, jm_kpi_get_target (kpi));
      else
        write_field (writer, NULL);
      if (jm_kpi_get_has_actual (kpi))
        write_number (writer, jm_kpi_get_actual (kpi));
      else
        write_field (writer, NULL);
    }
}

static void
write_touchpoint (Writer       *writer,
                  JmDocument   *document,
                  JmTouchpoint *touchpoint,
                  guint         n_kpis)
{
  JmPersona *persona = jm_document_find_persona (document, jm_touchpoint_get_persona (touchpoint));
  JmPhase *phase = jm_document_find_phase (document, jm_touchpoint_get_phase (touchpoint));
  int expectation = jm_touchpoint_get_expectation (touchpoint);
  int performance = jm_touchpoint_get_performance (touchpoint);
  g_autofree char *steps = join_internal_steps (touchpoint);
  JmRatingSummary summary;
  int hands[JM_N_RATINGS];

  jm_touchpoint_get_rating_summary (touchpoint, &summary);
  /* through the properties, as every other view reads them */
  g_object_get (touchpoint,
                "hands-disappointment", &hands[0],
                "hands-ok", &hands[1],
                "hands-delight", &hands[2],
                NULL);

  write_text (writer, jm_touchpoint_get_id (touchpoint));
  write_text (writer, jm_touchpoint_get_persona (touchpoint));
  write_text (writer, persona != NULL ? jm_persona_get_name (persona) : NULL);
  write_text (writer, jm_touchpoint_get_phase (touchpoint));
  write_text (writer, phase != NULL ? jm_phase_get_name (phase) : NULL);
  write_text (writer, jm_touchpoint_get_title (touchpoint));
  write_text (writer, jm_touchpoint_get_action (touchpoint));
  write_text (writer, jm_touchpoint_get_channel (touchpoint));
  write_boolean (writer, jm_touchpoint_get_owned (touchpoint));
  write_text (writer, jm_touchpoint_get_owner (touchpoint));
  write_text (writer, jm_touchpoint_get_feeling (touchpoint));

  if (jm_touchpoint_get_has_emotion (touchpoint))
    write_number (writer, jm_touchpoint_get_emotion (touchpoint));
  else
    write_field (writer, NULL);
  if (summary.total > 0)
    write_rounded (writer, summary.mean, 2);
  else
    write_field (writer, NULL);

  write_score (writer, expectation);
  write_score (writer, performance);
  if (expectation != JM_SCORE_UNSET && performance != JM_SCORE_UNSET)
    {
      char buffer[16];

      g_snprintf (buffer, sizeof buffer, "%d", performance - expectation);
      write_field (writer, buffer);
    }
  else
    write_field (writer, NULL);

  write_boolean (writer, jm_touchpoint_get_super (touchpoint));
  write_field (writer, jm_status_to_string (jm_touchpoint_get_status (touchpoint)));
  write_text (writer, jm_touchpoint_get_quick_win (touchpoint));
  write_text (writer, steps);

  for (guint r = 0; r < JM_N_RATINGS; r++)
    write_uint (writer, summary.named[r]);
  for (guint r = 0; r < JM_N_RATINGS; r++)
    write_uint (writer, (guint) MAX (hands[r], 0));
  write_uint (writer, summary.total);
  if (summary.total > 0)
    {
      write_rounded (writer, (double) summary.counts[JM_RATING_DISAPPOINTMENT - 1] / summary.total, 3);
      write_rounded (writer, (double) summary.counts[JM_RATING_DELIGHT - 1] / summary.total, 3);
    }
  else
    {
      write_field (writer, NULL);
      write_field (writer, NULL);
    }
  write_field (writer, classification_name (summary.classification));
  write_boolean (writer, summary.split);

  write_kpis (writer, touchpoint, n_kpis);
  end_row (writer);
}

char *
jm_csv_export (JmDocument         *document,
               const JmCsvOptions *options,
               gsize              *length)
{
  static const JmCsvOptions defaults = JM_CSV_OPTIONS_INIT;
  g_autoptr(GPtrArray) touchpoints = NULL;
  Writer writer = { NULL, ',', FALSE };
  guint n_kpis = 1;

  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);

  if (options == NULL)
    options = &defaults;
  g_return_val_if_fail (options->separator == ',' || options->separator == ';' ||
                        options->separator == '\t', NULL);

  writer.out = g_string_new (NULL);
  writer.separator = options->separator;

  if (options->bom)
    g_string_append (writer.out, "\xEF\xBB\xBF");

  touchpoints = jm_document_dup_touchpoints_in_order (document);
  for (guint i = 0; i < touchpoints->len; i++)
    n_kpis = MAX (n_kpis, jm_touchpoint_get_n_kpis (g_ptr_array_index (touchpoints, i)));

  write_header (&writer, n_kpis);
  for (guint i = 0; i < touchpoints->len; i++)
    write_touchpoint (&writer, document, g_ptr_array_index (touchpoints, i), n_kpis);

  if (length != NULL)
    *length = writer.out->len;

  return g_string_free (writer.out, FALSE);
}

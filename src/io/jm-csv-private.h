/* jm-csv-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-csv.h"

G_BEGIN_DECLS

/* The fixed columns of an exported table, in order; the KPI groups
 * ("kpi1_name", …) follow them. jm_csv_columns[] holds the names. */
typedef enum
{
  JM_CSV_COL_ID,
  JM_CSV_COL_PERSONA_ID,
  JM_CSV_COL_PERSONA,
  JM_CSV_COL_PHASE_ID,
  JM_CSV_COL_PHASE,
  JM_CSV_COL_TITLE,
  JM_CSV_COL_ACTION,
  JM_CSV_COL_CHANNEL,
  JM_CSV_COL_OWNED,
  JM_CSV_COL_OWNER,
  JM_CSV_COL_FEELING,
  JM_CSV_COL_EMOTION,
  JM_CSV_COL_DERIVED_EMOTION,
  JM_CSV_COL_EXPECTATION,
  JM_CSV_COL_PERFORMANCE,
  JM_CSV_COL_GAP,
  JM_CSV_COL_SUPER,
  JM_CSV_COL_STATUS,
  JM_CSV_COL_QUICK_WIN,
  JM_CSV_COL_INTERNAL_STEPS,
  JM_CSV_COL_NAMED_DISAPPOINTMENT,
  JM_CSV_COL_NAMED_OK,
  JM_CSV_COL_NAMED_DELIGHT,
  JM_CSV_COL_HANDS_DISAPPOINTMENT,
  JM_CSV_COL_HANDS_OK,
  JM_CSV_COL_HANDS_DELIGHT,
  JM_CSV_COL_VOTES_TOTAL,
  JM_CSV_COL_DISAPPOINTMENT_SHARE,
  JM_CSV_COL_DELIGHT_SHARE,
  JM_CSV_COL_CLASSIFICATION,
  JM_CSV_COL_SPLIT,
  JM_CSV_N_COLUMNS
} JmCsvColumn;

extern const char * const jm_csv_columns[JM_CSV_N_COLUMNS];

/* The four columns of each KPI group: "kpi<N>_<part>" */
typedef enum
{
  JM_CSV_KPI_NAME,
  JM_CSV_KPI_UNIT,
  JM_CSV_KPI_TARGET,
  JM_CSV_KPI_ACTUAL,
  JM_CSV_N_KPI_PARTS
} JmCsvKpiPart;

extern const char * const jm_csv_kpi_parts[JM_CSV_N_KPI_PARTS];

/* jm-csv-reader.c: a table split into fields. Lines and columns are
 * 1-based; a column is a field's position in its row. */
typedef struct
{
  GPtrArray *fields;  /* of char *, UTF-8, quotes removed */
  GArray    *lines;   /* of guint: the line each field starts on */
  guint      line;    /* the line the row starts on */
} JmCsvRow;

typedef struct
{
  char       separator;
  GPtrArray *rows;    /* of JmCsvRow *, the header first */
} JmCsvTable;

JmCsvTable *jm_csv_table_parse   (const char   *data,
                                  gsize         length,
                                  GError      **error);
void        jm_csv_table_free    (JmCsvTable   *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JmCsvTable, jm_csv_table_free)

/* A number as spreadsheets write it: optional sign, digits, '.', an
 * exponent; with @decimal_comma, "12,5" too. White space around it is
 * allowed; "inf", "nan", hex and empty text are not. */
gboolean    jm_csv_parse_number  (const char   *text,
                                  gboolean      decimal_comma,
                                  double       *value);

/* Spreadsheets take a cell that starts with = + - @, a tab or a
 * carriage return for a formula: a title "=HYPERLINK(…)" in an
 * exported table would run when a manager opens it. The export writes
 * such text after a "'", which spreadsheets show and do not run, and so
 * that the import can tell it from text the user began with "'", text
 * already so escaped gets one more; the import takes one "'" off
 * again. TRUE if @text, after any "'", starts like a formula. */
gboolean    jm_csv_text_needs_guard (const char *text);

/* Sets "Line 7, column 5 (kpi1_actual): @message" (the name is left
 * out when NULL or empty, the column when 0). */
void        jm_csv_set_error     (GError      **error,
                                  JmCsvError    code,
                                  guint         line,
                                  guint         column,
                                  const char   *column_name,
                                  const char   *message);

G_END_DECLS

/* jm-csv.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jm-document.h"
#include "jm-history.h"

G_BEGIN_DECLS

/* Touchpoints as a spreadsheet table, and KPI results back from one.
 *
 * Export writes one row per touchpoint in reading order (persona by
 * persona, phase by phase, card order), RFC 4180: fields with the
 * separator, a quote, a line break or leading/trailing white space are
 * quoted, quotes doubled; rows end with CRLF; UTF-8, optionally with a
 * byte order mark (Excel needs it to see UTF-8). Numbers always use
 * '.' as the decimal point, whatever the locale, with the fewest digits
 * that read back exactly. Booleans are "true"/"false", empty means unset.
 *
 * The header row has these machine-readable column names (never
 * translated; new columns will only ever be added, never renamed):
 *
 *   id, persona_id, persona, phase_id, phase, title, action, channel,
 *   owned, owner, feeling,
 *   emotion            hand-set emotion −2 … 2, empty if derived
 *   derived_emotion    mean of all votes −2 … 2, empty without votes
 *   expectation, performance   1 … 5, empty if unset
 *   gap                performance − expectation, empty unless both set
 *   super, status ("draft", "validated-internal", "validated-customer"),
 *   quick_win,
 *   internal_steps     "Title (Owner); Title; …"
 *   named_disappointment, named_ok, named_delight    votes of participants
 *   hands_disappointment, hands_ok, hands_delight    show of hands
 *   votes_total, disappointment_share, delight_share (0 … 1, empty
 *   without votes), classification ("unclassified", "disappointment",
 *   "ok", "delight", "mixed"), split,
 *   kpi1_name, kpi1_unit, kpi1_target, kpi1_actual, kpi2_name, …
 *                      one group of four per KPI, as many groups as the
 *                      touchpoint with the most KPIs has (at least one)
 *
 * Import reads such a table back (with or without BOM, CRLF or LF,
 * ',' ';' or tab as detected from the header row, quoted or not;
 * columns in any order and any case, unknown columns ignored). Each row names a
 * touchpoint by "id", or, when the id is empty or the column missing,
 * by persona, phase and title (persona and phase by "persona_id" and
 * "phase_id", or by name where those are empty or unknown, as in a
 * table from another map). Names match without surrounding spaces.
 * What it changes on an existing touchpoint:
 *   - KPI actual and target values, for the KPIs named in the kpiN_name
 *     columns (an empty cell clears the value; a missing column leaves
 *     it alone), and
 *   - the show-of-hands counts (hands_* columns).
 * Text fields and derived columns (ratings, shares, …) are not read
 * back for existing touchpoints. With JM_CSV_IMPORT_CREATE_MISSING, a
 * row whose touchpoint does not exist creates one at the end of its
 * cell (persona and phase must exist), with the row's id if it has one
 * and every field the table can express except internal steps; a KPI
 * name a touchpoint lacks adds that KPI. In a file with ';' as
 * separator, a decimal comma ("12,5") is accepted too.
 *
 * The whole table is checked before anything changes; a fault is
 * reported as a JM_CSV_ERROR naming line and column, e.g. "Line 7,
 * column 5 (kpi1_actual): “12,5x” is not a number", and leaves the
 * document untouched. Changes are one undo step, "Import CSV"; an
 * import that changes nothing records no step.
 */

#define JM_CSV_ERROR (jm_csv_error_quark ())

typedef enum
{
  JM_CSV_ERROR_EMPTY,        /* no header row */
  JM_CSV_ERROR_NOT_TEXT,     /* not UTF-8 */
  JM_CSV_ERROR_SYNTAX,       /* unterminated quote, text after a closing quote */
  JM_CSV_ERROR_COLUMN_COUNT, /* a row with more or fewer fields than the header */
  JM_CSV_ERROR_HEADER,       /* duplicate column, no way to find touchpoints */
  JM_CSV_ERROR_VALUE,        /* not a number, out of range, unknown status */
  JM_CSV_ERROR_NOT_FOUND,    /* unknown touchpoint, persona, phase or KPI */
  JM_CSV_ERROR_AMBIGUOUS,    /* names match more than one thing */
  JM_CSV_ERROR_DUPLICATE,    /* two rows for the same touchpoint */
} JmCsvError;

GQuark jm_csv_error_quark (void);

typedef struct
{
  char     separator;   /* ',' (default), ';' or '\t' */
  gboolean bom;         /* write a UTF-8 byte order mark (default FALSE) */
} JmCsvOptions;

#define JM_CSV_OPTIONS_INIT { ',', FALSE }

/* The separator spreadsheets of the current locale expect: ';' where
 * the decimal point is a comma (e.g. German), else ','. */
char      jm_csv_get_locale_separator (void);

/* @options may be NULL for the defaults. Returns the text, NUL-terminated
 * (@length, which may be NULL, does not count the NUL); free with g_free(). */
char     *jm_csv_export             (JmDocument       *document,
                                     const JmCsvOptions *options,
                                     gsize            *length);
/* Atomic like jm_file_save(): the old file stays intact on failure. */
gboolean  jm_csv_export_to_file     (JmDocument       *document,
                                     const JmCsvOptions *options,
                                     GFile            *file,
                                     GError          **error);

typedef enum
{
  JM_CSV_IMPORT_NONE           = 0,
  JM_CSV_IMPORT_CREATE_MISSING = 1 << 0, /* create touchpoints (and KPIs) not found */
} JmCsvImportFlags;

typedef struct
{
  guint rows;       /* data rows read (blank rows are skipped) */
  guint updated;    /* existing touchpoints that changed */
  guint created;    /* touchpoints created */
  guint unchanged;  /* rows that changed nothing */
} JmCsvImportReport;

/* Applies the table to the document of @history as one undo step.
 * @length −1 means NUL-terminated; @report may be NULL. */
gboolean  jm_csv_import             (JmHistory        *history,
                                     const char       *data,
                                     gssize            length,
                                     JmCsvImportFlags  flags,
                                     JmCsvImportReport *report,
                                     GError          **error);
/* A translated sentence for a toast, e.g. "2 touchpoints updated, 1
 * created" or "Nothing to change: the map already matches the table".
 * Free with g_free(). */
char     *jm_csv_import_report_describe (const JmCsvImportReport *report);

/* Reads @file and imports it; errors reading it are G_IO_ERRORs whose
 * message names the file. */
gboolean  jm_csv_import_file        (JmHistory        *history,
                                     GFile            *file,
                                     JmCsvImportFlags  flags,
                                     JmCsvImportReport *report,
                                     GError          **error);

G_END_DECLS

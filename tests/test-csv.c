/* test-csv.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * CSV export of every touchpoint for spreadsheets, and the import of
 * KPI results (and new touchpoints) back into the map: one undo step,
 * all or nothing, faults named by line and column.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "jm-csv.h"
#include "jm-csv-private.h"
#include "jm-document.h"
#include "jm-file.h"
#include "jm-history.h"
#include "jm-test-util.h"

static JmDocument *
load_full (void)
{
  return jm_test_load_data ("tests/data/full.journey", NULL);
}

static char *
save (JmDocument *document)
{
  return jm_file_save_to_data (document, NULL);
}

static char *
export (JmDocument *document,
        char        separator,
        gboolean    bom)
{
  JmCsvOptions options = JM_CSV_OPTIONS_INIT;
  gsize length = 0;
  char *text;

  options.separator = separator;
  options.bom = bom;
  text = jm_csv_export (document, &options, &length);
  g_assert_cmpuint (strlen (text), ==, length);

  return text;
}

/* Replaces the one place @old occurs in @text. */
static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  const char *at = strstr (text, old);

  g_assert_nonnull (at);
  g_assert_null (strstr (at + 1, old));

  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, new, at + strlen (old));
}

/* The texts of @row read back as @touchpoint's. */
static void
assert_row_is_touchpoint (JmCsvRow     *row,
                          JmTouchpoint *touchpoint)
{
  g_assert_cmpstr (g_ptr_array_index (row->fields, JM_CSV_COL_ID), ==,
                   jm_touchpoint_get_id (touchpoint));
  g_assert_cmpstr (g_ptr_array_index (row->fields, JM_CSV_COL_TITLE), ==,
                   jm_touchpoint_get_title (touchpoint));
  g_assert_cmpstr (g_ptr_array_index (row->fields, JM_CSV_COL_ACTION), ==,
                   jm_touchpoint_get_action (touchpoint));
  g_assert_cmpstr (g_ptr_array_index (row->fields, JM_CSV_COL_CHANNEL), ==,
                   jm_touchpoint_get_channel (touchpoint));
  g_assert_cmpstr (g_ptr_array_index (row->fields, JM_CSV_COL_FEELING), ==,
                   jm_touchpoint_get_feeling (touchpoint));
}

static JmKpi *
get_kpi (JmDocument *document,
         const char *touchpoint_id,
         guint       position)
{
  JmTouchpoint *touchpoint = jm_document_find_touchpoint (document, touchpoint_id);

  g_assert_nonnull (touchpoint);
  g_assert_cmpuint (jm_touchpoint_get_n_kpis (touchpoint), >, position);

  return jm_touchpoint_get_kpi (touchpoint, position);
}

/* ---- export ---- */

static void
test_export_golden (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autofree char *expected_path = jm_test_source_path ("tests", "data", "csv", "full.csv", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *text = export (document, ',', FALSE);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_export_header_and_rows (void)
{
  g_autoptr(JmDocument) document = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  g_autoptr(GPtrArray) in_order = jm_document_dup_touchpoints_in_order (document);
  g_autofree char *text = export (document, ',', FALSE);
  g_autoptr(JmCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;
  JmCsvRow *header;
  guint max_kpis = 0;

  /* a stable, machine-readable header, whatever the language */
  g_assert_true (g_str_has_prefix (text, "id,persona_id,persona,phase_id,phase,title,action,"
                                         "channel,owned,owner,feeling,emotion,derived_emotion,"
                                         "expectation,performance,gap,super,status,quick_win,"
                                         "internal_steps,named_disappointment,named_ok,"
                                         "named_delight,hands_disappointment,hands_ok,"
                                         "hands_delight,votes_total,disappointment_share,"
                                         "delight_share,classification,split,kpi1_name,"
                                         "kpi1_unit,kpi1_target,kpi1_actual"));
  g_assert_true (g_str_has_suffix (text, "\r\n"));

  table = jm_csv_table_parse (text, strlen (text), &error);
  g_assert_no_error (error);
  g_assert_cmpint (table->separator, ==, ',');
  g_assert_cmpuint (table->rows->len, ==, in_order->len + 1);
  g_assert_cmpuint (in_order->len, >, 20);

  for (guint i = 0; i < in_order->len; i++)
    max_kpis = MAX (max_kpis, jm_touchpoint_get_n_kpis (g_ptr_array_index (in_order, i)));
  header = g_ptr_array_index (table->rows, 0);
  g_assert_cmpuint (header->fields->len, ==, JM_CSV_N_COLUMNS + 4 * MAX (max_kpis, 1));

  /* one row per touchpoint, in reading order, each as wide as the header */
  for (guint i = 0; i < in_order->len; i++)
    {
      JmCsvRow *row = g_ptr_array_index (table->rows, i + 1);
      JmTouchpoint *touchpoint = g_ptr_array_index (in_order, i);

      g_assert_cmpuint (row->fields->len, ==, header->fields->len);
      assert_row_is_touchpoint (row, touchpoint);
    }
}

static JmDocument *
build_tricky_document (void)
{
  JmDocument *document = jm_document_new ();
  g_autoptr(JmPersona) persona = jm_persona_new ("p1", "Anna; \"the buyer\"");
  g_autoptr(JmPhase) phase = jm_phase_new ("ph1", "Kauf");
  g_autoptr(JmTouchpoint) touchpoint =
    jm_touchpoint_new ("t1", "p1", "ph1", "Pays, then says \"thanks\"\nand leaves");
  g_autoptr(JmKpi) kpi = jm_kpi_new ("Conversion, mobile");
  g_autoptr(JmInternalStep) step = jm_internal_step_new ("Check fraud", "Risk");

  jm_touchpoint_set_action (touchpoint, "  indented");
  jm_touchpoint_set_feeling (touchpoint, "froh – äöü 😀");
  jm_touchpoint_set_emotion (touchpoint, -0.5);
  jm_kpi_set_unit (kpi, "%");
  jm_kpi_set_target (kpi, 12.5);
  jm_kpi_set_actual (kpi, 1e-7);
  jm_touchpoint_insert_kpi (touchpoint, kpi, -1);
  jm_touchpoint_insert_internal_step (touchpoint, step, -1);
  jm_document_insert (document, JM_COLLECTION_PERSONAS, NULL, persona, -1);
  jm_document_insert (document, JM_COLLECTION_PHASES, NULL, phase, -1);
  jm_document_insert (document, JM_COLLECTION_TOUCHPOINTS, NULL, touchpoint, -1);

  return document;
}

static void
test_export_quoting (void)
{
  g_autoptr(JmDocument) document = build_tricky_document ();
  g_autofree char *comma = export (document, ',', FALSE);
  g_autofree char *semicolon = export (document, ';', FALSE);
  g_autoptr(JmCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;
  JmCsvRow *row;

  /* RFC 4180: quotes doubled, the line break kept inside the quotes */
  g_assert_nonnull (strstr (comma, ",\"Pays, then says \"\"thanks\"\"\nand leaves\","));
  g_assert_nonnull (strstr (comma, ",\"Anna; \"\"the buyer\"\"\","));
  g_assert_nonnull (strstr (comma, ",\"  indented\","));
  g_assert_nonnull (strstr (comma, ",\"Conversion, mobile\",%,12.5,1e-07\r\n"));
  g_assert_nonnull (strstr (comma, ",Check fraud (Risk),"));
  g_assert_nonnull (strstr (comma, ",froh – äöü 😀,-0.5,,"));

  /* with ';' a comma needs no quotes, a semicolon does */
  g_assert_true (g_str_has_prefix (semicolon, "id;persona_id;persona;phase_id;phase;title;"));
  g_assert_nonnull (strstr (semicolon, ";\"Anna; \"\"the buyer\"\"\";"));
  g_assert_nonnull (strstr (semicolon, ";Conversion, mobile;%;12.5;1e-07\r\n"));
  g_assert_nonnull (strstr (semicolon, ";-0.5;;"));

  /* and every field reads back as it was */
  table = jm_csv_table_parse (semicolon, strlen (semicolon), &error);
  g_assert_no_error (error);
  g_assert_cmpint (table->separator, ==, ';');
  g_assert_cmpuint (table->rows->len, ==, 2);
  row = g_ptr_array_index (table->rows, 1);
  g_assert_cmpstr (g_ptr_array_index (row->fields, JM_CSV_COL_TITLE), ==,
                   "Pays, then says \"thanks\"\nand leaves");
  g_assert_cmpstr (g_ptr_array_index (row->fields, JM_CSV_COL_PERSONA), ==, "Anna; \"the buyer\"");
  g_assert_cmpstr (g_ptr_array_index (row->fields, JM_CSV_COL_ACTION), ==, "  indented");
}

/* Text that a spreadsheet would run as a formula goes out after a "'",
 * and reads back as it was; numbers are written as they are. */
static void
test_export_guards_formulas (void)
{
  static const char *properties[] = { "title", "action", "feeling" };
  static const char *texts[] = {
    "=HYPERLINK(\"http://example.com\",\"Offer\")", "+49 30 1234", "-5 % churn", "@home",
    "\tindented", "'=typed with a quote", "'quoted", "plain = fine", "−2 with a real minus",
  };
  static const char *written[] = {
    ",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Offer\"\")\",", ",'+49 30 1234,", ",'-5 % churn,",
    ",'@home,", ",'\tindented,", ",''=typed with a quote,", ",'quoted,", ",plain = fine,",
    ",−2 with a real minus,",
  };
  g_autoptr(JmDocument) document = load_full ();
  g_autoptr(JmCsvTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JmTouchpoint *first = jm_document_get_touchpoint (document, 0);

  /* title, action and feeling of each of the three touchpoints */
  g_assert_cmpuint (jm_document_get_n_touchpoints (document), ==, 3);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_object_set (jm_document_get_touchpoint (document, i % 3), properties[i / 3], texts[i], NULL);
  jm_touchpoint_set_channel (first, "=cmd|' /C calc'!A0");
  jm_touchpoint_set_emotion (first, -1.5);
  text = export (document, ',', FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (written); i++)
    if (strstr (text, written[i]) == NULL)
      g_error ("“%s” is not in the table:\n%s", written[i], text);
  g_assert_nonnull (strstr (text, ",'=cmd|' /C calc'!A0,"));
  g_assert_nonnull (strstr (text, ",-1.5,"));

  table = jm_csv_table_parse (text, strlen (text), &error);
  g_assert_no_error (error);
  for (guint r = 1; r < table->rows->len; r++)
    {
      JmCsvRow *row = g_ptr_array_index (table->rows, r);
      JmTouchpoint *touchpoint =
        jm_document_find_touchpoint (document, g_ptr_array_index (row->fields, JM_CSV_COL_ID));

      g_assert_nonnull (touchpoint);
      assert_row_is_touchpoint (row, touchpoint);
    }
}

static void
test_export_bom (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autofree char *plain = export (document, ',', FALSE);
  g_autofree char *with_bom = export (document, ',', TRUE);
  g_autofree char *defaults = jm_csv_export (document, NULL, NULL);

  g_assert_true (g_str_has_prefix (plain, "id,"));
  g_assert_true (g_str_has_prefix (with_bom, "\xEF\xBB\xBF" "id,"));
  g_assert_cmpstr (with_bom + 3, ==, plain);
  g_assert_cmpstr (defaults, ==, plain);
}

static const char *
set_comma_locale (void)
{
  static const char * const names[] = { "de_DE.UTF-8", "de_DE.utf8", "de_DE", "fr_FR.UTF-8", "fr_FR.utf8" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *name = setlocale (LC_ALL, names[i]);

      if (name != NULL && strcmp (localeconv ()->decimal_point, ",") == 0)
        return name;
    }

  setlocale (LC_ALL, "C.UTF-8");
  return NULL;
}

static void
test_export_numbers_ignore_locale (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autoptr(JmHistory) history = jm_history_new (document);
  g_autofree char *c_text = export (document, ';', FALSE);
  g_autofree char *localized = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (jm_csv_get_locale_separator (), ==, ',');

  if (set_comma_locale () == NULL)
    {
      g_test_skip ("no locale with a decimal comma is installed");
      return;
    }

  g_assert_cmpint (jm_csv_get_locale_separator (), ==, ';');
  localized = export (document, ';', FALSE);
  g_assert_cmpstr (localized, ==, c_text);
  g_assert_nonnull (strstr (localized, ";CTR;%;2.5;1.9\r\n"));
  g_assert_nonnull (strstr (localized, ";-1.5;"));

  /* reading back is locale-independent too */
  changed = replace_once (localized, ";CTR;%;2.5;1.9\r\n", ";CTR;%;2.5;2.25\r\n");
  g_assert_true (jm_csv_import (history, changed, -1, JM_CSV_IMPORT_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (jm_kpi_get_actual (get_kpi (document, "t1", 0)), ==, 2.25);

  setlocale (LC_ALL, "C.UTF-8");
}

static void
test_export_to_file (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autofree char *dir = g_dir_make_tmp ("test-csv-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "map.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "map.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (missing);
  g_autofree char *expected = export (document, ';', TRUE);
  g_autofree char *written = NULL;
  g_autoptr(GError) error = NULL;
  JmCsvOptions options = { ';', TRUE };

  g_assert_true (jm_csv_export_to_file (document, &options, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, expected);

  g_assert_false (jm_csv_export_to_file (document, &options, bad, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "map.csv"));

  g_unlink (path);
  g_rmdir (dir);
}

/* ---- import ---- */

static void
test_import_round_trip (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autoptr(JmHistory) history = jm_history_new (document);
  g_autofree char *before = save (document);
  g_autofree char *text = export (document, ',', FALSE);
  g_autofree char *step1 = replace_once (text, ",CTR,%,2.5,1.9\r\n", ",CTR,%,3,2.4\r\n");
  g_autofree char *edited = replace_once (step1, ",Waiting time,s,60,\r\n", ",Waiting time,s,60,75.5\r\n");
  g_autofree char *after_undo = NULL;
  g_autoptr(GError) error = NULL;
  JmCsvImportReport report;

  g_assert_true (jm_csv_import (history, edited, -1, JM_CSV_IMPORT_NONE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.rows, ==, 3);
  g_assert_cmpuint (report.updated, ==, 2);
  g_assert_cmpuint (report.unchanged, ==, 1);
  g_assert_cmpuint (report.created, ==, 0);

  g_assert_cmpfloat (jm_kpi_get_actual (get_kpi (document, "t1", 0)), ==, 2.4);
  g_assert_cmpfloat (jm_kpi_get_target (get_kpi (document, "t1", 0)), ==, 3.0);
  g_assert_true (jm_kpi_get_has_actual (get_kpi (document, "t3", 0)));
  g_assert_cmpfloat (jm_kpi_get_actual (get_kpi (document, "t3", 0)), ==, 75.5);

  /* one step, and it restores everything */
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (jm_history_get_undo_label (history), ==, "Import CSV");
  jm_history_undo (history);
  after_undo = save (document);
  g_assert_cmpstr (after_undo, ==, before);
  g_assert_false (jm_kpi_get_has_actual (get_kpi (document, "t3", 0)));

  jm_history_redo (history);
  g_assert_cmpfloat (jm_kpi_get_actual (get_kpi (document, "t3", 0)), ==, 75.5);
}

static void
test_import_clears_empty_actual (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autoptr(JmHistory) history = jm_history_new (document);
  g_autoptr(GError) error = NULL;
  const char *csv = "id,kpi1_name,kpi1_actual\r\nt1,CTR,\r\n";

  g_assert_true (jm_csv_import (history, csv, -1, JM_CSV_IMPORT_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (jm_kpi_get_has_actual (get_kpi (document, "t1", 0)));
  /* a target column that is not there is left alone */
  g_assert_cmpfloat (jm_kpi_get_target (get_kpi (document, "t1", 0)), ==, 2.5);
}

static void
check_unchanged_import (JmDocument *document,
                        char        separator,
                        gboolean    bom)
{
  g_autoptr(JmHistory) history = jm_history_new (document);
  g_autofree char *before = save (document);
  g_autofree char *text = export (document, separator, bom);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  JmCsvImportReport report;

  g_assert_true (jm_csv_import (history, text, -1, JM_CSV_IMPORT_NONE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.updated, ==, 0);
  g_assert_cmpuint (report.created, ==, 0);
  g_assert_cmpuint (report.unchanged, ==, report.rows);
  g_assert_cmpuint (report.rows, ==, jm_document_get_n_touchpoints (document));
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 0);
  g_assert_false (jm_history_get_modified (history));
  after = save (document);
  g_assert_cmpstr (after, ==, before);
}

static void
test_import_unchanged_is_no_op (void)
{
  g_autoptr(JmDocument) full = load_full ();
  g_autoptr(JmDocument) sample = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  g_autoptr(JmDocument) hands = jm_test_load_data ("tests/data/hands.journey", NULL);
  g_autoptr(JmDocument) tricky = build_tricky_document ();

  check_unchanged_import (full, ',', FALSE);
  check_unchanged_import (sample, ',', FALSE);
  check_unchanged_import (sample, ';', TRUE);
  check_unchanged_import (sample, '\t', FALSE);
  check_unchanged_import (hands, ',', TRUE);
  check_unchanged_import (tricky, ';', FALSE);
}

/* What German Excel writes back: BOM, ';', decimal commas, quotes
 * where it likes, columns moved, a column of its own, LF and CRLF. */
static void
test_import_spreadsheet_file (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autoptr(JmHistory) history = jm_history_new (document);
  g_autofree char *path = jm_test_source_path ("tests", "data", "csv", "excel-de.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JmCsvImportReport report;
  JmTouchpoint *pays;

  g_assert_true (jm_csv_import_file (history, file, JM_CSV_IMPORT_NONE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.rows, ==, 3);
  g_assert_cmpuint (report.updated, ==, 3);
  g_assert_cmpfloat (jm_kpi_get_actual (get_kpi (document, "t1", 0)), ==, 2.5);
  g_assert_cmpfloat (jm_kpi_get_actual (get_kpi (document, "t3", 0)), ==, 1234.75);
  pays = jm_document_find_touchpoint (document, "t2");
  g_assert_cmpuint (jm_touchpoint_get_hands (pays, JM_RATING_DELIGHT), ==, 4);
  g_assert_cmpuint (jm_touchpoint_get_hands (pays, JM_RATING_OK), ==, 0);
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);
}

static void
test_import_by_names (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autoptr(JmHistory) history = jm_history_new (document);
  g_autoptr(GError) error = NULL;
  /* no id column at all; names with stray spaces as spreadsheets keep them */
  const char *csv =
    "Persona,Phase,Title,kpi1_name,kpi1_actual\n"
    "Anna, Awareness ,Sees an ad,CTR,7\n"
    "Bernd,Purchase,\"Calls the hotline\",Waiting time,42\n";
  JmCsvImportReport report;

  g_assert_true (jm_csv_import (history, csv, -1, JM_CSV_IMPORT_NONE, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.updated, ==, 2);
  g_assert_cmpfloat (jm_kpi_get_actual (get_kpi (document, "t1", 0)), ==, 7.0);
  g_assert_cmpfloat (jm_kpi_get_actual (get_kpi (document, "t3", 0)), ==, 42.0);
}

static void
test_import_creates_touchpoints (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autoptr(JmHistory) history = jm_history_new (document);
  g_autofree char *before = save (document);
  g_autofree char *after_undo = NULL;
  g_autoptr(GPtrArray) cell = NULL;
  g_autoptr(GError) error = NULL;
  const char *csv =
    "id,persona_id,persona,phase,title,channel,owned,super,emotion,status,"
    "hands_delight,kpi1_name,kpi1_unit,kpi1_target,kpi1_actual\r\n"
    ",,Bernd,Awareness,Visits the store,store,true,true,1.5,validated-internal,3,Visits,,100,80\r\n"
    "x7,p1,,Awareness,Reads a review,web,false,,,,,,,,\r\n"
    "t1,,,,,,,,,,,CTR,%,2.5,1.9\r\n";
  JmCsvImportReport report;
  JmTouchpoint *store, *review;
  JmKpi *kpi;

  /* without the option, the missing touchpoints are faults */
  g_assert_false (jm_csv_import (history, csv, -1, JM_CSV_IMPORT_NONE, NULL, &error));
  g_assert_error (error, JM_CSV_ERROR, JM_CSV_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==,
                   "Line 2, column 5 (title): no touchpoint of persona “Bernd” in phase "
                   "“Awareness” is called “Visits the store”");
  g_clear_error (&error);

  g_assert_true (jm_csv_import (history, csv, -1, JM_CSV_IMPORT_CREATE_MISSING, &report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report.created, ==, 2);
  g_assert_cmpuint (report.unchanged, ==, 1);
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 1);

  cell = jm_document_dup_cell_touchpoints (document, "p2", "ph1");
  g_assert_cmpuint (cell->len, ==, 1);
  store = g_ptr_array_index (cell, 0);
  g_assert_cmpstr (jm_touchpoint_get_title (store), ==, "Visits the store");
  g_assert_cmpstr (jm_touchpoint_get_channel (store), ==, "store");
  g_assert_true (jm_touchpoint_get_super (store));
  g_assert_cmpfloat (jm_touchpoint_get_emotion (store), ==, 1.5);
  g_assert_cmpint (jm_touchpoint_get_status (store), ==, JM_STATUS_VALIDATED_INTERNAL);
  g_assert_cmpuint (jm_touchpoint_get_hands (store, JM_RATING_DELIGHT), ==, 3);
  g_assert_null (jm_document_find_touchpoint (document, "")); /* got a real id */
  g_assert_cmpuint (jm_touchpoint_get_n_kpis (store), ==, 1);
  kpi = jm_touchpoint_get_kpi (store, 0);
  g_assert_cmpstr (jm_kpi_get_name (kpi), ==, "Visits");
  g_assert_cmpfloat (jm_kpi_get_target (kpi), ==, 100.0);
  g_assert_cmpfloat (jm_kpi_get_actual (kpi), ==, 80.0);

  /* the row's id is kept; the card goes after the ones already there */
  review = jm_document_find_touchpoint (document, "x7");
  g_assert_nonnull (review);
  g_assert_false (jm_touchpoint_get_owned (review));
  g_assert_false (jm_touchpoint_get_has_emotion (review));
  g_clear_pointer (&cell, g_ptr_array_unref);
  cell = jm_document_dup_cell_touchpoints (document, "p1", "ph1");
  g_assert_cmpuint (cell->len, ==, 2);
  g_assert_true (g_ptr_array_index (cell, 1) == review);

  jm_history_undo (history);
  after_undo = save (document);
  g_assert_cmpstr (after_undo, ==, before);
}

/* A table exported from another map: its ids are unknown here, the
 * names of persona and phase are not. */
static void
test_import_from_other_map (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autoptr(JmHistory) history = jm_history_new (document);
  g_autoptr(GPtrArray) cell = NULL;
  g_autoptr(GError) error = NULL;
  const char *csv =
    "id,persona_id,persona,phase_id,phase,title,kpi1_name,kpi1_actual\r\n"
    "tx9,px1,Bernd,phx2,Awareness,Reads the newsletter,Opens,12\r\n";

  g_assert_true (jm_csv_import (history, csv, -1, JM_CSV_IMPORT_CREATE_MISSING, NULL, &error));
  g_assert_no_error (error);
  cell = jm_document_dup_cell_touchpoints (document, "p2", "ph1");
  g_assert_cmpuint (cell->len, ==, 1);
  g_assert_cmpstr (jm_touchpoint_get_id (g_ptr_array_index (cell, 0)), ==, "tx9");
  g_assert_cmpfloat (jm_kpi_get_actual (get_kpi (document, "tx9", 0)), ==, 12.0);
}

typedef struct
{
  const char       *name;
  const char       *csv;
  JmCsvImportFlags  flags;
  JmCsvError        code;
  const char       *message;
} BadCase;

/* Each starts with a valid row that would change the map: nothing of
 * it may survive the fault further down. */
static const BadCase bad_cases[] = {
  { "column-count-short",
    "id,kpi1_name,kpi1_actual\r\nt1,CTR,2\r\nt3,Waiting time\r\n", 0,
    JM_CSV_ERROR_COLUMN_COUNT, "Line 3, column 3: the row ends after 2 fields, but the header has 3" },
  { "column-count-long",
    "id,kpi1_name,kpi1_actual\r\nt1,CTR,2\r\nt3,Waiting time,4,5\r\n", 0,
    JM_CSV_ERROR_COLUMN_COUNT, "Line 3, column 4: the row has 4 fields, but the header only 3" },
  { "bad-number",
    "id,title,kpi1_name,kpi1_actual\r\nt3,Calls,Waiting time,2\r\nt1,x,CTR,12.5x\r\n", 0,
    JM_CSV_ERROR_VALUE, "Line 3, column 4 (kpi1_actual): “12.5x” is not a number" },
  { "bad-number-decimal-comma",
    "\xEF\xBB\xBFid;title;kpi1_name;kpi1_actual\r\nt3;Calls;Waiting time;2,5\r\nt1;x;CTR;12,5x\r\n", 0,
    JM_CSV_ERROR_VALUE, "Line 3, column 4 (kpi1_actual): “12,5x” is not a number" },
  { "not-a-number-inf",
    "id,kpi1_name,kpi1_target\r\nt3,Waiting time,2\r\nt1,CTR,inf\r\n", 0,
    JM_CSV_ERROR_VALUE, "Line 3, column 3 (kpi1_target): “inf” is not a number" },
  { "unknown-id",
    "id,kpi1_name,kpi1_actual\r\nt1,CTR,2\r\nt99,CTR,3\r\n", 0,
    JM_CSV_ERROR_NOT_FOUND, "Line 3, column 1 (id): there is no touchpoint with id “t99”" },
  { "unterminated-quote",
    "id,title,kpi1_name,kpi1_actual\r\nt1,x,CTR,2\r\nt3,\"Calls the hotline\r\nt2,Pays,,\r\n", 0,
    JM_CSV_ERROR_SYNTAX, "Line 3, column 2 (title): the quoted field that starts here is never closed" },
  { "text-after-quote",
    "id,title,kpi1_name,kpi1_actual\r\nt1,x,CTR,2\r\nt3,\"Calls\" the hotline,,\r\n", 0,
    JM_CSV_ERROR_SYNTAX, "Line 3, column 2 (title): there is text after the closing quote of the field" },
  { "line-count-across-quoted-break",
    "id,title,kpi1_name,kpi1_actual\r\nt3,\"two\r\nlines\",Waiting time,5\r\nt1,x,CTR,\r\nt2,\"a\nb\",Bad,1\r\n", 0,
    JM_CSV_ERROR_NOT_FOUND, "Line 6, column 3 (kpi1_name): the touchpoint “Pays” has no KPI “Bad”" },
  { "unknown-persona-create",
    "persona,phase,title,kpi1_name,kpi1_actual\r\nAnna,Awareness,Sees an ad,CTR,2\r\nZoe,Awareness,New,,\r\n",
    JM_CSV_IMPORT_CREATE_MISSING,
    JM_CSV_ERROR_NOT_FOUND, "Line 3, column 1 (persona): there is no persona “Zoe”" },
  { "unknown-phase-id-create",
    "id,persona_id,phase_id,title\r\nnew1,p1,ph1,Fine\r\nnew2,p1,ph9,Not fine\r\n",
    JM_CSV_IMPORT_CREATE_MISSING,
    JM_CSV_ERROR_NOT_FOUND, "Line 3, column 3 (phase_id): there is no phase with id “ph9”" },
  { "bad-status-create",
    "id,persona_id,phase_id,title,status\r\nnew1,p1,ph1,Fine,draft\r\nnew2,p1,ph2,Bad,done\r\n",
    JM_CSV_IMPORT_CREATE_MISSING,
    JM_CSV_ERROR_VALUE,
    "Line 3, column 5 (status): “done” is not a status: use draft, validated-internal or validated-customer" },
  { "duplicate-header",
    "id,title,kpi1_name,ID\r\nt1,x,CTR,t1\r\n", 0,
    JM_CSV_ERROR_HEADER, "Line 1, column 4 (ID): the column “ID” appears twice (first in column 1)" },
  { "kpi-value-without-name-column",
    "id,kpi2_actual\r\nt1,3\r\n", 0,
    JM_CSV_ERROR_HEADER, "Line 1, column 2 (kpi2_actual): there is no column “kpi2_name” to say which KPI this is" },
  { "no-key-columns",
    "title,kpi1_name,kpi1_actual\r\nSees an ad,CTR,3\r\n", 0,
    JM_CSV_ERROR_HEADER,
    "Line 1: the table needs an “id” column, or “persona”, “phase” and “title” columns, to find the touchpoints" },
  { "duplicate-row",
    "id,persona,phase,title,kpi1_name,kpi1_actual\r\nt1,,,,CTR,2\r\n,Anna,Awareness,Sees an ad,CTR,3\r\n", 0,
    JM_CSV_ERROR_DUPLICATE, "Line 3, column 1 (id): this touchpoint was already in line 2" },
  { "unknown-kpi",
    "id,kpi1_name,kpi1_actual\r\nt1,CTR,2\r\nt3,Waiting,3\r\n", 0,
    JM_CSV_ERROR_NOT_FOUND, "Line 3, column 2 (kpi1_name): the touchpoint “Calls the hotline” has no KPI “Waiting”" },
  { "value-without-kpi-name",
    "id,kpi1_name,kpi1_actual\r\nt1,CTR,2\r\nt3,,3\r\n", 0,
    JM_CSV_ERROR_VALUE, "Line 3, column 3 (kpi1_actual): this value has no KPI name beside it in column kpi1_name" },
  { "hands-out-of-range",
    "id,hands_ok\r\nt1,2\r\nt2,10000\r\n", 0,
    JM_CSV_ERROR_VALUE, "Line 3, column 2 (hands_ok): “10000” is not a whole number from 0 to 9999" },
  { "not-utf8",
    "id,title,kpi1_name,kpi1_actual\r\nt1,x,CTR,2\r\nt3,K\xf6ln,,\r\n", 0,
    JM_CSV_ERROR_NOT_TEXT, "Line 3, column 2 (title): the text is not UTF-8 (save the table as “CSV UTF-8”)" },
  { "ambiguous-title",
    "persona,phase,title,kpi1_name,kpi1_actual\r\nAnna,Awareness,Sees an ad,CTR,2\r\nAnna,Awareness,Twice,,\r\n", 0,
    JM_CSV_ERROR_AMBIGUOUS,
    "Line 3, column 3 (title): more than one touchpoint of this persona and phase is called “Twice”; "
    "give its id in the column id" },
  { "empty", "", 0, JM_CSV_ERROR_EMPTY, "The table is empty: it has no header row" },
};

static void
test_import_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(JmDocument) document = load_full ();
  g_autoptr(JmHistory) history = jm_history_new (document);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  JmCsvImportReport report = { 1, 1, 1, 1 };

  if (g_str_equal (bad->name, "ambiguous-title"))
    {
      JmPersona *anna = jm_document_find_persona (document, "p1");
      JmPhase *awareness = jm_document_find_phase (document, "ph1");

      for (guint i = 0; i < 2; i++)
        {
          g_autofree char *id = g_strdup_printf ("dup%u", i);
          g_autoptr(JmTouchpoint) twin = jm_touchpoint_new (id, jm_persona_get_id (anna),
                                                            jm_phase_get_id (awareness), "Twice");

          jm_document_insert (document, JM_COLLECTION_TOUCHPOINTS, NULL, twin, -1);
        }
      jm_history_mark_saved (history);
    }
  before = save (document);

  g_assert_false (jm_csv_import (history, bad->csv, -1, bad->flags, &report, &error));
  g_assert_error (error, JM_CSV_ERROR, (int) bad->code);
  g_assert_cmpstr (error->message, ==, bad->message);
  g_assert_cmpuint (report.updated + report.created, ==, 0);

  after = save (document);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (jm_history_get_can_undo (history) && jm_history_get_modified (history));
}

static void
test_import_report_describe (void)
{
  JmCsvImportReport nothing = { 3, 0, 0, 3 };
  JmCsvImportReport updated = { 3, 2, 0, 1 };
  JmCsvImportReport created = { 1, 0, 1, 0 };
  JmCsvImportReport both = { 4, 1, 3, 0 };
  g_autofree char *text_nothing = jm_csv_import_report_describe (&nothing);
  g_autofree char *text_updated = jm_csv_import_report_describe (&updated);
  g_autofree char *text_created = jm_csv_import_report_describe (&created);
  g_autofree char *text_both = jm_csv_import_report_describe (&both);

  g_assert_cmpstr (text_nothing, ==, "Nothing to change: the map already matches the table");
  g_assert_cmpstr (text_updated, ==, "2 touchpoints updated");
  g_assert_cmpstr (text_created, ==, "1 touchpoint created");
  g_assert_cmpstr (text_both, ==, "1 touchpoint updated, 3 created");
}

static void
test_import_file_missing (void)
{
  g_autoptr(JmDocument) document = load_full ();
  g_autoptr(JmHistory) history = jm_history_new (document);
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/table.csv");
  g_autoptr(GError) error = NULL;

  g_assert_false (jm_csv_import_file (history, file, JM_CSV_IMPORT_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "table.csv"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/export/golden", test_export_golden);
  g_test_add_func ("/csv/export/header-and-rows", test_export_header_and_rows);
  g_test_add_func ("/csv/export/quoting", test_export_quoting);
  g_test_add_func ("/csv/export/guards-formulas", test_export_guards_formulas);
  g_test_add_func ("/csv/export/bom", test_export_bom);
  g_test_add_func ("/csv/export/numbers-ignore-locale", test_export_numbers_ignore_locale);
  g_test_add_func ("/csv/export/to-file", test_export_to_file);
  g_test_add_func ("/csv/import/round-trip", test_import_round_trip);
  g_test_add_func ("/csv/import/clears-empty-actual", test_import_clears_empty_actual);
  g_test_add_func ("/csv/import/unchanged-is-no-op", test_import_unchanged_is_no_op);
  g_test_add_func ("/csv/import/spreadsheet-file", test_import_spreadsheet_file);
  g_test_add_func ("/csv/import/by-names", test_import_by_names);
  g_test_add_func ("/csv/import/creates-touchpoints", test_import_creates_touchpoints);
  g_test_add_func ("/csv/import/from-other-map", test_import_from_other_map);
  g_test_add_func ("/csv/import/file-missing", test_import_file_missing);
  g_test_add_func ("/csv/import/report-describe", test_import_report_describe);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv/import/bad/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_import_bad);
    }

  return g_test_run ();
}

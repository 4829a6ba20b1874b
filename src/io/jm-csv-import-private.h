/* jm-csv-import-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-csv-private.h"

G_BEGIN_DECLS

/* More KPI groups than any touchpoint has; keeps a header like
 * "kpi999999999_name" from allocating gigabytes. */
#define JM_CSV_MAX_KPI_GROUPS 1000

typedef struct
{
  int part[JM_CSV_N_KPI_PARTS];   /* field index, −1 if absent */
} JmCsvKpiColumns;

/* One import in progress (jm-csv-import.c); jm-csv-fields.c reads its
 * header and cells. Field indexes are 0-based, −1 for an absent column. */
typedef struct
{
  JmDocument       *document;
  JmCsvTable       *table;
  JmCsvRow         *header;
  JmCsvImportFlags  flags;
  gboolean          decimal_comma;
  int               column[JM_CSV_N_COLUMNS];
  GArray           *kpi_columns;   /* of JmCsvKpiColumns, group N at N − 1 */
  GPtrArray        *plans;         /* of the rows' plans */
  GHashTable       *seen;          /* touchpoint key → first line */
  GHashTable       *new_ids;       /* ids of touchpoints to create */
} JmCsvImport;

/* Always returns FALSE, having set @error to the place of field @index
 * of @row (−1: the row as a whole). */
gboolean      jm_csv_fail             (JmCsvImport   *self,
                                       JmCsvRow      *row,
                                       int            index,
                                       JmCsvError     code,
                                       const char    *message,
                                       GError       **error);

/* The field, NULL if the column is absent */
const char   *jm_csv_row_get_raw      (JmCsvRow      *row,
                                       int            index);
/* The field without surrounding white space, "" if the column is absent */
char         *jm_csv_row_dup_trimmed  (JmCsvRow      *row,
                                       int            index);
gboolean      jm_csv_row_is_blank     (JmCsvRow      *row);
/* Equal but for white space around them */
gboolean      jm_csv_names_equal      (const char    *a,
                                       const char    *b);

/* Optional values: an empty cell gives FALSE in @has_value. */
gboolean      jm_csv_read_number      (JmCsvImport   *self,
                                       JmCsvRow      *row,
                                       int            index,
                                       gboolean      *has_value,
                                       double        *value,
                                       GError       **error);
gboolean      jm_csv_read_whole       (JmCsvImport   *self,
                                       JmCsvRow      *row,
                                       int            index,
                                       int            min,
                                       int            max,
                                       gboolean      *has_value,
                                       int           *value,
                                       GError       **error);

/* Fills @self->column and @self->kpi_columns from the header row. */
gboolean      jm_csv_read_header      (JmCsvImport   *self,
                                       GError       **error);

/* A detached touchpoint with the row's fields (not its id, KPIs or
 * show of hands) in the cell of @persona and @phase. */
JmTouchpoint *jm_csv_build_touchpoint (JmCsvImport   *self,
                                       JmCsvRow      *row,
                                       JmPersona     *persona,
                                       JmPhase       *phase,
                                       GError       **error);

G_END_DECLS

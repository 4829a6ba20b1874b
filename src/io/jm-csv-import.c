/* jm-csv-import.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Import runs in two passes. The first reads the whole table and turns
 * every row into a plan (which touchpoint, which values, what to
 * create) without touching the document; any fault stops it with the
 * line and column. Only a table without faults reaches the second
 * pass, which applies the plans inside one history group, so the
 * import is a single undo step, and a group without changes is not
 * recorded at all.
 */

#define G_LOG_DOMAIN "jm-csv"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jm-csv-import-private.h"
#include "jm-edit.h"

typedef struct
{
  JmKpi    *kpi;          /* existing, borrowed; NULL for a new one */
  JmKpi    *new_kpi;      /* owned: to add to the touchpoint */
  gboolean  set_target;   /* the column is there */
  gboolean  has_target;
  double    target;
  gboolean  set_actual;
  gboolean  has_actual;
  double    actual;
} KpiPlan;

typedef struct
{
  JmTouchpoint *touchpoint;   /* existing, borrowed */
  JmTouchpoint *created;      /* owned: to insert */
  GArray       *kpis;         /* of KpiPlan */
  gboolean      set_hands[JM_N_RATINGS];
  guint         hands[JM_N_RATINGS];
} RowPlan;

static void
kpi_plan_clear (gpointer data)
{
  KpiPlan *plan = data;

  g_clear_object (&plan->new_kpi);
}

static void
row_plan_free (gpointer data)
{
  RowPlan *plan = data;

  g_clear_object (&plan->created);
  g_array_unref (plan->kpis);
  g_free (plan);
}

static void
import_clear (JmCsvImport *self)
{
  g_clear_pointer (&self->kpi_columns, g_array_unref);
  g_clear_pointer (&self->plans, g_ptr_array_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->new_ids, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JmCsvImport, import_clear)

/* ---- finding things ---- */

/* A persona or phase by its id column, else by its name column. */
static gboolean
resolve_lane (JmCsvImport  *self,
              JmCsvRow     *row,
              JmCollection  collection,
              gpointer     *item,
              GError      **error)
{
  gboolean is_persona = collection == JM_COLLECTION_PERSONAS;
  int id_index = self->column[is_persona ? JM_CSV_COL_PERSONA_ID : JM_CSV_COL_PHASE_ID];
  int name_index = self->column[is_persona ? JM_CSV_COL_PERSONA : JM_CSV_COL_PHASE];
  g_autofree char *id = jm_csv_row_dup_trimmed (row, id_index);
  g_autofree char *name = jm_csv_row_dup_trimmed (row, name_index);
  g_autofree char *message = NULL;
  guint n_items = jm_document_get_n_items (self->document, collection, NULL);
  guint matches = 0;

  *item = NULL;

  if (id[0] != '\0')
    {
      *item = is_persona ? (gpointer) jm_document_find_persona (self->document, id)
                         : (gpointer) jm_document_find_phase (self->document, id);
      if (*item != NULL)
        return TRUE;

      /* a table from another map: its ids mean nothing here, its names may */
      if (name[0] == '\0')
        {
          message = g_strdup_printf (is_persona ? _("there is no persona with id “%s”")
                                                : _("there is no phase with id “%s”"), id);
          return jm_csv_fail (self, row, id_index, JM_CSV_ERROR_NOT_FOUND, message, error);
        }
    }

  if (name[0] == '\0')
    return jm_csv_fail (self, row, name_index >= 0 ? name_index : id_index, JM_CSV_ERROR_NOT_FOUND,
                        is_persona ? _("the persona is empty") : _("the phase is empty"), error);

  for (guint i = 0; i < n_items; i++)
    {
      gpointer candidate = jm_document_get_item (self->document, collection, NULL, i);

      if (jm_csv_names_equal (jm_edit_get_name (candidate), name))
        {
          *item = candidate;
          matches++;
        }
    }

  if (matches == 1)
    return TRUE;

  if (matches == 0)
    {
      message = g_strdup_printf (is_persona ? _("there is no persona “%s”")
                                            : _("there is no phase “%s”"), name);
      return jm_csv_fail (self, row, name_index, JM_CSV_ERROR_NOT_FOUND, message, error);
    }

  message = g_strdup_printf (is_persona
                             ? _("more than one persona is called “%s”; give its id in the column persona_id")
                             : _("more than one phase is called “%s”; give its id in the column phase_id"),
                             name);
  return jm_csv_fail (self, row, name_index, JM_CSV_ERROR_AMBIGUOUS, message, error);
}

/* The existing touchpoint of @row, or where a new one goes. @key names
 * the touchpoint for the check that no two rows mean the same one. */
static gboolean
find_touchpoint (JmCsvImport   *self,
                 JmCsvRow      *row,
                 JmTouchpoint **touchpoint,
                 JmPersona    **persona,
                 JmPhase      **phase,
                 char         **key,
                 GError       **error)
{
  int id_index = self->column[JM_CSV_COL_ID];
  int title_index = self->column[JM_CSV_COL_TITLE];
  gboolean create = (self->flags & JM_CSV_IMPORT_CREATE_MISSING) != 0;
  g_autofree char *id = jm_csv_row_dup_trimmed (row, id_index);
  g_autofree char *title = jm_csv_row_dup_trimmed (row, title_index);
  g_autofree char *message = NULL;
  g_autoptr(GPtrArray) cell = NULL;
  JmTouchpoint *match = NULL;
  guint matches = 0;

  *touchpoint = NULL;

  if (id[0] != '\0')
    {
      *touchpoint = jm_document_find_touchpoint (self->document, id);
      *key = g_strconcat ("id:", id, NULL);
      if (*touchpoint != NULL)
        return TRUE;

      if (!create)
        {
          message = g_strdup_printf (_("there is no touchpoint with id “%s”"), id);
          return jm_csv_fail (self, row, id_index, JM_CSV_ERROR_NOT_FOUND, message, error);
        }

      return resolve_lane (self, row, JM_COLLECTION_PERSONAS, (gpointer *) persona, error) &&
             resolve_lane (self, row, JM_COLLECTION_PHASES, (gpointer *) phase, error);
    }

  if (title_index < 0 ||
      (self->column[JM_CSV_COL_PERSONA] < 0 && self->column[JM_CSV_COL_PERSONA_ID] < 0) ||
      (self->column[JM_CSV_COL_PHASE] < 0 && self->column[JM_CSV_COL_PHASE_ID] < 0))
    return jm_csv_fail (self, row, id_index, JM_CSV_ERROR_NOT_FOUND,
                        _("the id is empty, and there are no persona, phase and title columns "
                          "to find the touchpoint by"),
                        error);

  if (!resolve_lane (self, row, JM_COLLECTION_PERSONAS, (gpointer *) persona, error) ||
      !resolve_lane (self, row, JM_COLLECTION_PHASES, (gpointer *) phase, error))
    return FALSE;

  cell = jm_document_dup_cell_touchpoints (self->document, jm_persona_get_id (*persona),
                                           jm_phase_get_id (*phase));
  for (guint i = 0; i < cell->len; i++)
    if (jm_csv_names_equal (jm_touchpoint_get_title (g_ptr_array_index (cell, i)), title))
      {
        match = g_ptr_array_index (cell, i);
        matches++;
      }

  if (matches > 1)
    {
      message = g_strdup_printf (_("more than one touchpoint of this persona and phase is "
                                   "called “%s”; give its id in the column id"), title);
      return jm_csv_fail (self, row, title_index, JM_CSV_ERROR_AMBIGUOUS, message, error);
    }

  if (match != NULL)
    {
      *touchpoint = match;
      *key = g_strconcat ("id:", jm_touchpoint_get_id (match), NULL);
      return TRUE;
    }

  if (!create)
    {
      message = g_strdup_printf (_("no touchpoint of persona “%s” in phase “%s” is called “%s”"),
                                 jm_persona_get_name (*persona), jm_phase_get_name (*phase), title);
      return jm_csv_fail (self, row, title_index, JM_CSV_ERROR_NOT_FOUND, message, error);
    }

  *key = g_strdup_printf ("new:%s\x1f%s\x1f%s", jm_persona_get_id (*persona),
                          jm_phase_get_id (*phase), title);
  return TRUE;
}

/* ---- planning a row ---- */

static JmKpi *
find_kpi (JmTouchpoint *touchpoint,
          const char   *name,
          GHashTable   *claimed)
{
  for (guint i = 0; i < jm_touchpoint_get_n_kpis (touchpoint); i++)
    {
      JmKpi *kpi = jm_touchpoint_get_kpi (touchpoint, i);

      if (!g_hash_table_contains (claimed, kpi) && jm_csv_names_equal (jm_kpi_get_name (kpi), name))
        return kpi;
    }

  return NULL;
}

static JmKpi *
build_kpi (JmCsvRow        *row,
           const char      *name,
           JmCsvKpiColumns *columns,
           const KpiPlan   *values)
{
  JmKpi *kpi = jm_kpi_new (name);
  const char *unit = jm_csv_row_get_raw (row, columns->part[JM_CSV_KPI_UNIT]);

  if (unit != NULL && unit[0] != '\0')
    jm_kpi_set_unit (kpi, unit);
  if (values->has_target)
    jm_kpi_set_target (kpi, values->target);
  if (values->has_actual)
    jm_kpi_set_actual (kpi, values->actual);

  return kpi;
}

static gboolean
plan_kpis (JmCsvImport *self,
           JmCsvRow    *row,
           RowPlan     *plan,
           GError     **error)
{
  g_autoptr(GHashTable) claimed = g_hash_table_new (NULL, NULL);

  for (guint g = 0; g < self->kpi_columns->len; g++)
    {
      JmCsvKpiColumns *columns = &g_array_index (self->kpi_columns, JmCsvKpiColumns, g);
      int name_index = columns->part[JM_CSV_KPI_NAME];
      g_autofree char *name = NULL;
      KpiPlan kpi_plan = { NULL, };

      if (name_index < 0)
        continue;

      name = jm_csv_row_dup_trimmed (row, name_index);
      if (name[0] == '\0')
        {
          for (guint p = JM_CSV_KPI_UNIT; p < JM_CSV_N_KPI_PARTS; p++)
            {
              g_autofree char *value = jm_csv_row_dup_trimmed (row, columns->part[p]);

              if (value[0] != '\0')
                {
                  g_autofree char *message =
                    g_strdup_printf (_("this value has no KPI name beside it in column kpi%u_name"), g + 1);

                  return jm_csv_fail (self, row, columns->part[p], JM_CSV_ERROR_VALUE, message, error);
                }
            }
          continue;
        }

      kpi_plan.set_target = columns->part[JM_CSV_KPI_TARGET] >= 0;
      kpi_plan.set_actual = columns->part[JM_CSV_KPI_ACTUAL] >= 0;
      if (!jm_csv_read_number (self, row, columns->part[JM_CSV_KPI_TARGET],
                               &kpi_plan.has_target, &kpi_plan.target, error) ||
          !jm_csv_read_number (self, row, columns->part[JM_CSV_KPI_ACTUAL],
                               &kpi_plan.has_actual, &kpi_plan.actual, error))
        return FALSE;

      if (plan->created != NULL)
        {
          g_autoptr(JmKpi) kpi = build_kpi (row, name, columns, &kpi_plan);

          jm_touchpoint_insert_kpi (plan->created, kpi, -1);
          continue;
        }

      kpi_plan.kpi = find_kpi (plan->touchpoint, name, claimed);
      if (kpi_plan.kpi != NULL)
        {
          g_hash_table_add (claimed, kpi_plan.kpi);
        }
      else if (self->flags & JM_CSV_IMPORT_CREATE_MISSING)
        {
          kpi_plan.new_kpi = build_kpi (row, name, columns, &kpi_plan);
        }
      else
        {
          g_autofree char *message =
            g_strdup_printf (_("the touchpoint “%s” has no KPI “%s”"),
                             jm_touchpoint_get_title (plan->touchpoint), name);

          return jm_csv_fail (self, row, name_index, JM_CSV_ERROR_NOT_FOUND, message, error);
        }

      g_array_append_val (plan->kpis, kpi_plan);
    }

  return TRUE;
}

static gboolean
plan_hands (JmCsvImport *self,
            JmCsvRow    *row,
            RowPlan     *plan,
            GError     **error)
{
  for (guint r = 0; r < JM_N_RATINGS; r++)
    {
      int index = self->column[JM_CSV_COL_HANDS_DISAPPOINTMENT + r];
      gboolean has_value;
      int value;

      if (index < 0)
        continue;

      if (!jm_csv_read_whole (self, row, index, 0, JM_HANDS_MAX, &has_value, &value, error))
        return FALSE;

      plan->set_hands[r] = TRUE;
      plan->hands[r] = has_value ? (guint) value : 0;
    }

  return TRUE;
}

static gboolean
plan_row (JmCsvImport *self,
          JmCsvRow    *row,
          GError     **error)
{
  RowPlan *plan;
  JmTouchpoint *touchpoint = NULL;
  JmPersona *persona = NULL;
  JmPhase *phase = NULL;
  g_autofree char *key = NULL;
  gpointer first_line;

  if (row->fields->len != self->header->fields->len)
    {
      guint n_header = self->header->fields->len;
      guint n_row = row->fields->len;
      g_autofree char *message =
        n_row > n_header
        ? g_strdup_printf (_("the row has %u fields, but the header only %u"), n_row, n_header)
        : g_strdup_printf (_("the row ends after %u fields, but the header has %u"), n_row, n_header);
      guint line = g_array_index (row->lines, guint, row->lines->len - 1);

      jm_csv_set_error (error, JM_CSV_ERROR_COLUMN_COUNT, line, MIN (n_row, n_header) + 1, NULL,
                        message);
      return FALSE;
    }

  if (!find_touchpoint (self, row, &touchpoint, &persona, &phase, &key, error))
    return FALSE;

  if (g_hash_table_lookup_extended (self->seen, key, NULL, &first_line))
    {
      int index = self->column[JM_CSV_COL_ID] >= 0 ? self->column[JM_CSV_COL_ID]
                                                   : self->column[JM_CSV_COL_TITLE];
      g_autofree char *message =
        g_strdup_printf (_("this touchpoint was already in line %u"), GPOINTER_TO_UINT (first_line));

      return jm_csv_fail (self, row, index, JM_CSV_ERROR_DUPLICATE, message, error);
    }
  g_hash_table_insert (self->seen, g_steal_pointer (&key), GUINT_TO_POINTER (row->line));

  plan = g_new0 (RowPlan, 1);
  plan->kpis = g_array_new (FALSE, TRUE, sizeof (KpiPlan));
  g_array_set_clear_func (plan->kpis, kpi_plan_clear);
  g_ptr_array_add (self->plans, plan);
  plan->touchpoint = touchpoint;

  if (touchpoint == NULL)
    {
      g_autofree char *id = jm_csv_row_dup_trimmed (row, self->column[JM_CSV_COL_ID]);

      plan->created = jm_csv_build_touchpoint (self, row, persona, phase, error);
      if (plan->created == NULL)
        return FALSE;
      if (id[0] != '\0')
        {
          jm_touchpoint_set_id (plan->created, id);
          g_hash_table_add (self->new_ids, g_steal_pointer (&id));
        }
    }

  if (!plan_kpis (self, row, plan, error) || !plan_hands (self, row, plan, error))
    return FALSE;

  if (plan->created != NULL)
    for (guint r = 0; r < JM_N_RATINGS; r++)
      if (plan->set_hands[r])
        jm_touchpoint_set_hands (plan->created, r + 1, plan->hands[r]);

  return TRUE;
}

/* New touchpoints without an id get one that neither the document nor
 * another row of the table uses. */
static void
assign_new_ids (JmCsvImport *self)
{
  guint n = jm_document_get_n_touchpoints (self->document) + 1;

  for (guint i = 0; i < self->plans->len; i++)
    {
      RowPlan *plan = g_ptr_array_index (self->plans, i);
      g_autofree char *id = NULL;

      if (plan->created == NULL || jm_touchpoint_get_id (plan->created)[0] != '\0')
        continue;

      for (;; n++)
        {
          g_free (id);
          id = g_strdup_printf ("t%u", n);
          if (jm_document_find_touchpoint (self->document, id) == NULL &&
              !g_hash_table_contains (self->new_ids, id))
            break;
        }

      jm_touchpoint_set_id (plan->created, id);
      g_hash_table_add (self->new_ids, g_steal_pointer (&id));
    }
}

/* ---- applying ---- */

static gboolean
apply_number (JmDocument *document,
              JmKpi      *kpi,
              const char *flag_property,
              const char *property,
              gboolean    was_set,
              double      old_value,
              gboolean    is_set,
              double      value)
{
  if (!is_set)
    {
      if (!was_set)
        return FALSE;
      jm_document_set_boolean (document, kpi, flag_property, FALSE);
      return TRUE;
    }

  if (was_set && old_value == value)
    return FALSE;

  if (!was_set)
    jm_document_set_boolean (document, kpi, flag_property, TRUE);
  jm_document_set_double (document, kpi, property, value);

  return TRUE;
}

static gboolean
apply_plan (JmDocument *document,
            RowPlan    *plan)
{
  JmTouchpoint *touchpoint = plan->touchpoint;
  gboolean changed = FALSE;

  for (guint r = 0; r < JM_N_RATINGS; r++)
    if (plan->set_hands[r] && jm_touchpoint_get_hands (touchpoint, r + 1) != plan->hands[r])
      {
        jm_document_set_int (document, touchpoint, jm_touchpoint_hands_property (r + 1),
                             (int) plan->hands[r]);
        changed = TRUE;
      }

  for (guint k = 0; k < plan->kpis->len; k++)
    {
      KpiPlan *kpi_plan = &g_array_index (plan->kpis, KpiPlan, k);
      JmKpi *kpi = kpi_plan->kpi;

      if (kpi == NULL)
        {
          jm_document_insert (document, JM_COLLECTION_KPIS, touchpoint, kpi_plan->new_kpi, -1);
          changed = TRUE;
          continue;
        }

      if (kpi_plan->set_target &&
          apply_number (document, kpi, "has-target", "target",
                        jm_kpi_get_has_target (kpi), jm_kpi_get_target (kpi),
                        kpi_plan->has_target, kpi_plan->target))
        changed = TRUE;
      if (kpi_plan->set_actual &&
          apply_number (document, kpi, "has-actual", "actual",
                        jm_kpi_get_has_actual (kpi), jm_kpi_get_actual (kpi),
                        kpi_plan->has_actual, kpi_plan->actual))
        changed = TRUE;
    }

  return changed;
}

gboolean
jm_csv_import (JmHistory         *history,
               const char        *data,
               gssize             length,
               JmCsvImportFlags   flags,
               JmCsvImportReport *report,
               GError           **error)
{
  g_auto(JmCsvImport) self = { NULL, };
  g_autoptr(JmCsvTable) table = NULL;
  JmCsvImportReport counts = { 0, };

  g_return_val_if_fail (JM_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (report != NULL)
    memset (report, 0, sizeof *report);

  table = jm_csv_table_parse (data != NULL ? data : "", length < 0 ? strlen (data) : (gsize) length,
                              error);
  if (table == NULL)
    return FALSE;

  self.document = jm_history_get_document (history);
  self.table = table;
  self.header = g_ptr_array_index (table->rows, 0);
  self.flags = flags;
  self.decimal_comma = table->separator == ';';
  self.kpi_columns = g_array_new (FALSE, FALSE, sizeof (JmCsvKpiColumns));
  self.plans = g_ptr_array_new_with_free_func (row_plan_free);
  self.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.new_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!jm_csv_read_header (&self, error))
    return FALSE;

  for (guint i = 1; i < table->rows->len; i++)
    {
      JmCsvRow *row = g_ptr_array_index (table->rows, i);

      if (jm_csv_row_is_blank (row))
        continue;
      counts.rows++;
      if (!plan_row (&self, row, error))
        return FALSE;
    }

  assign_new_ids (&self);

  jm_history_begin_group (history, _("Import CSV"), NULL);
  for (guint i = 0; i < self.plans->len; i++)
    {
      RowPlan *plan = g_ptr_array_index (self.plans, i);

      if (plan->created != NULL)
        {
          jm_document_insert (self.document, JM_COLLECTION_TOUCHPOINTS, NULL, plan->created, -1);
          counts.created++;
        }
      else if (apply_plan (self.document, plan))
        counts.updated++;
      else
        counts.unchanged++;
    }
  jm_history_end_group (history);

  if (report != NULL)
    *report = counts;

  return TRUE;
}

/* jm-report-summary.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The summary for managers: rating totals, the worst and best moments,
 * super-touchpoints, the largest gaps between expectation and
 * performance, KPIs against their targets and who owns what.
 */

#define G_LOG_DOMAIN "jm-report"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jm-kpi.h"
#include "jm-rating-summary.h"
#include "jm-report-private.h"

#define TOP_N 5
/* narrowest phase column of the responsibility matrix, in points */
#define MIN_PHASE_COLUMN 62.0

typedef struct
{
  JmTouchpoint   *touchpoint;
  JmRatingSummary summary;
  double          value;     /* what the list is sorted by */
} Entry;

static const char *
persona_name (JmDocument   *document,
              JmTouchpoint *touchpoint)
{
  JmPersona *persona = jm_document_find_persona (document, jm_touchpoint_get_persona (touchpoint));

  return persona != NULL ? jm_persona_get_name (persona) : "";
}

static const char *
phase_name (JmDocument   *document,
            JmTouchpoint *touchpoint)
{
  JmPhase *phase = jm_document_find_phase (document, jm_touchpoint_get_phase (touchpoint));

  return phase != NULL ? jm_phase_get_name (phase) : "";
}

static const char *
owner_name (JmTouchpoint *touchpoint)
{
  const char *owner = jm_touchpoint_get_owner (touchpoint);

  return owner != NULL && *owner != '\0' ? owner : _("No owner");
}

static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* at most two decimals, no trailing zeros, in the user's locale */
  g_snprintf (buffer, sizeof buffer, "%.2f", value);
  if (strchr (buffer, '.') != NULL || strchr (buffer, ',') != NULL)
    {
      char *end = buffer + strlen (buffer) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.' || *end == ',')
        *end = '\0';
    }

  return g_strdup (buffer);
}

static char *
format_share (guint count,
              guint total)
{
  /* Translators: a share of the votes, e.g. "71 % (5 of 7)" */
  return g_strdup_printf (_("%.0f %% (%u of %u)"), 100.0 * count / total, count, total);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;

  if (x->value != y->value)
    return x->value > y->value ? -1 : 1;
  if (x->summary.total != y->summary.total)
    return x->summary.total > y->summary.total ? -1 : 1;
  return 0;
}

static GArray *
collect (JmDocument *document)
{
  g_autoptr(GPtrArray) touchpoints = jm_document_dup_touchpoints_in_order (document);
  GArray *entries = g_array_new (FALSE, TRUE, sizeof (Entry));

  for (guint i = 0; i < touchpoints->len; i++)
    {
      Entry entry = { g_ptr_array_index (touchpoints, i) };

      jm_touchpoint_get_rating_summary (entry.touchpoint, &entry.summary);
      g_array_append_val (entries, entry);
    }

  return entries;
}

static void
add_totals (JmReportFlow *flow,
            GArray       *entries)
{
  static const JmReportColumn columns[] = {
    { NULL, 2.2, FALSE },
    { N_("Disappointment"), 1.0, TRUE },
    { N_("OK"), 1.0, TRUE },
    { N_("Delight"), 1.0, TRUE },
    { N_("Mixed"), 1.0, TRUE },
    { N_("Not rated"), 1.0, TRUE },
  };
  JmReportColumn translated[G_N_ELEMENTS (columns)];
  guint votes[JM_N_RATINGS] = { 0 }, classes[JM_RATING_CLASS_MIXED + 1] = { 0 }, total = 0;
  g_autofree char *v[JM_N_RATINGS] = { NULL };
  g_autofree char *c[JM_RATING_CLASS_MIXED + 1] = { NULL };
  JmReportTable *table;

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      translated[i] = columns[i];
      translated[i].title = columns[i].title != NULL ? _(columns[i].title) : "";
    }

  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);

      for (guint r = 0; r < JM_N_RATINGS; r++)
        votes[r] += entry->summary.counts[r];
      total += entry->summary.total;
      classes[entry->summary.classification]++;
    }

  for (guint r = 0; r < JM_N_RATINGS; r++)
    v[r] = total > 0 ? format_share (votes[r], total) : g_strdup ("0");
  for (guint k = 0; k <= JM_RATING_CLASS_MIXED; k++)
    c[k] = g_strdup_printf ("%u", classes[k]);

  jm_report_flow_heading (flow, _("Ratings"),
                          _("Every vote counts once, named or by show of hands; a touchpoint "
                            "is a factor of the rating with the most votes."), 40.0);
  table = jm_report_table_new (flow, translated, G_N_ELEMENTS (translated));
  {
    const char *row[] = { _("Votes"), v[0], v[1], v[2], NULL, NULL };

    jm_report_table_add_row (table, row, -1, FALSE);
  }
  {
    const char *row[] = { _("Touchpoints by factor"),
                          c[JM_RATING_CLASS_DISAPPOINTMENT], c[JM_RATING_CLASS_OK],
                          c[JM_RATING_CLASS_DELIGHT], c[JM_RATING_CLASS_MIXED],
                          c[JM_RATING_CLASS_UNCLASSIFIED] };

    jm_report_table_add_row (table, row, -1, FALSE);
  }
  jm_report_table_free (table);
}

static void
add_top (JmReportFlow *flow,
         GArray       *entries,
         guint         rating_index,
         const char   *heading,
         const char   *explanation,
         const char   *none)
{
  JmDocument *document = jm_report_get_document (flow->report);
  const JmReportColumn columns[] = {
    { _("Share of votes"), 1.3, FALSE },
    { _("Touchpoint"), 2.2, FALSE },
    { _("Persona"), 1.0, FALSE },
    { _("Phase"), 1.1, FALSE },
    { _("Owner"), 1.3, FALSE },
  };
  g_autoptr(GArray) sorted = g_array_new (FALSE, TRUE, sizeof (Entry));
  JmReportTable *table;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry entry = g_array_index (entries, Entry, i);

      if (entry.summary.total == 0 || entry.summary.counts[rating_index] == 0)
        continue;
      entry.value = (double) entry.summary.counts[rating_index] / entry.summary.total;
      g_array_append_val (sorted, entry);
    }
  g_array_sort (sorted, compare_entries);

  jm_report_flow_heading (flow, heading, explanation, 40.0);
  if (sorted->len == 0)
    {
      jm_report_flow_paragraph (flow, none, JM_REPORT_TEXT_BODY, &jm_palette_get (FALSE)->text_secondary);
      flow->y += JM_REPORT_GAP;
      return;
    }

  table = jm_report_table_new (flow, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < MIN (sorted->len, TOP_N); i++)
    {
      const Entry *entry = &g_array_index (sorted, Entry, i);
      g_autofree char *share = format_share (entry->summary.counts[rating_index], entry->summary.total);
      const char *row[] = { share, jm_touchpoint_get_title (entry->touchpoint),
                            persona_name (document, entry->touchpoint),
                            phase_name (document, entry->touchpoint),
                            owner_name (entry->touchpoint) };

      jm_report_table_add_row (table, row, (int) rating_index, FALSE);
    }
  jm_report_table_free (table);
}

static void
add_super (JmReportFlow *flow,
           GArray       *entries)
{
  JmDocument *document = jm_report_get_document (flow->report);
  const JmReportColumn columns[] = {
    { _("Touchpoint"), 2.2, FALSE },
    { _("Persona"), 1.0, FALSE },
    { _("Phase"), 1.1, FALSE },
    { _("Owner"), 1.3, FALSE },
    { _("Factor"), 1.3, FALSE },
  };
  JmReportTable *table = NULL;

  jm_report_flow_heading (flow, _("Super-touchpoints"),
                          _("The moments of truth that decide the journey."), 40.0);
  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);
      JmRatingClass classification = entry->summary.classification;
      const char *row[] = { jm_touchpoint_get_title (entry->touchpoint),
                            persona_name (document, entry->touchpoint),
                            phase_name (document, entry->touchpoint),
                            owner_name (entry->touchpoint),
                            jm_rating_class_get_label (classification) };
      gboolean has_mark = classification >= JM_RATING_CLASS_DISAPPOINTMENT
                          && classification <= JM_RATING_CLASS_DELIGHT;

      if (!jm_touchpoint_get_super (entry->touchpoint))
        continue;
      if (table == NULL)
        table = jm_report_table_new (flow, columns, G_N_ELEMENTS (columns));
      jm_report_table_add_row (table, row,
                               has_mark ? (int) classification - JM_RATING_CLASS_DISAPPOINTMENT : -1,
                               FALSE);
    }

  if (table == NULL)
    {
      jm_report_flow_paragraph (flow, _("No touchpoint is marked as a super-touchpoint."),
                                JM_REPORT_TEXT_BODY, &jm_palette_get (FALSE)->text_secondary);
      flow->y += JM_REPORT_GAP;
    }
  jm_report_table_free (table);
}

static void
add_gaps (JmReportFlow *flow,
          GArray       *entries)
{
  JmDocument *document = jm_report_get_document (flow->report);
  const JmReportColumn columns[] = {
    { _("Gap"), 0.6, TRUE },
    { _("Expectation"), 0.9, TRUE },
    { _("Performance"), 0.9, TRUE },
    { _("Touchpoint"), 2.2, FALSE },
    { _("Persona"), 1.0, FALSE },
    { _("Owner"), 1.3, FALSE },
  };
  g_autoptr(GArray) sorted = g_array_new (FALSE, TRUE, sizeof (Entry));
  JmReportTable *table;

  for (guint i = 0; i < entries->len; i++)
    {
      Entry entry = g_array_index (entries, Entry, i);
      int expectation = jm_touchpoint_get_expectation (entry.touchpoint);
      int performance = jm_touchpoint_get_performance (entry.touchpoint);

      if (expectation == 0 || performance == 0 || performance == expectation)
        continue;
      /* the worst shortfall first */
      entry.value = expectation - performance;
      g_array_append_val (sorted, entry);
    }
  g_array_sort (sorted, compare_entries);

  jm_report_flow_heading (flow, _("Largest gaps between expectation and performance"),
                          _("Gap = performance − expectation (1–5 each); negative means the "
                            "touchpoint falls short of what customers expect."), 40.0);
  if (sorted->len == 0)
    {
      jm_report_flow_paragraph (flow, _("No touchpoint has both an expectation and a different performance."),
                                JM_REPORT_TEXT_BODY, &jm_palette_get (FALSE)->text_secondary);
      flow->y += JM_REPORT_GAP;
      return;
    }

  table = jm_report_table_new (flow, columns, G_N_ELEMENTS (columns));
  for (guint i = 0; i < MIN (sorted->len, TOP_N); i++)
    {
      const Entry *entry = &g_array_index (sorted, Entry, i);
      int expectation = jm_touchpoint_get_expectation (entry->touchpoint);
      int performance = jm_touchpoint_get_performance (entry->touchpoint);
      g_autofree char *gap = g_strdup_printf ("%+d", performance - expectation);
      g_autofree char *e = g_strdup_printf ("%d", expectation);
      g_autofree char *p = g_strdup_printf ("%d", performance);
      const char *row[] = { gap, e, p, jm_touchpoint_get_title (entry->touchpoint),
                            persona_name (document, entry->touchpoint),
                            owner_name (entry->touchpoint) };

      jm_report_table_add_row (table, row, -1, FALSE);
    }
  jm_report_table_free (table);
}

static char *
format_value (JmKpi    *kpi,
              gboolean  has,
              double    value)
{
  g_autofree char *number = NULL;
  const char *unit = jm_kpi_get_unit (kpi);

  if (!has)
    return g_strdup ("–");
  number = format_number (value);
  if (unit == NULL || *unit == '\0')
    return g_steal_pointer (&number);

  return g_strdup_printf ("%s %s", number, unit);
}

static void
add_kpis (JmReportFlow *flow,
          GArray       *entries)
{
  const JmReportColumn columns[] = {
    { _("KPI"), 2.0, FALSE },
    { _("Touchpoint"), 2.0, FALSE },
    { _("Target"), 0.9, TRUE },
    { _("Actual"), 0.9, TRUE },
    { _("Status"), 1.4, FALSE },
  };
  JmReportTable *table = NULL;

  jm_report_flow_heading (flow, _("KPIs"),
                          _("A KPI is off target when its actual value differs from its target; "
                            "the difference is given relative to the target."), 40.0);
  for (guint i = 0; i < entries->len; i++)
    {
      JmTouchpoint *touchpoint = g_array_index (entries, Entry, i).touchpoint;

      for (guint k = 0; k < jm_touchpoint_get_n_kpis (touchpoint); k++)
        {
          JmKpi *kpi = jm_touchpoint_get_kpi (touchpoint, k);
          gboolean has_target = jm_kpi_get_has_target (kpi), has_actual = jm_kpi_get_has_actual (kpi);
          double target = jm_kpi_get_target (kpi), actual = jm_kpi_get_actual (kpi);
          g_autofree char *t = format_value (kpi, has_target, target);
          g_autofree char *a = format_value (kpi, has_actual, actual);
          g_autofree char *status = NULL;
          gboolean off = FALSE;

          if (!has_target)
            status = g_strdup (_("No target"));
          else if (!has_actual)
            status = g_strdup (_("Not measured"));
          else if (fabs (actual - target) < 1e-9)
            status = g_strdup (_("On target"));
          else
            {
              off = TRUE;
              if (fabs (target) > 1e-9)
                /* Translators: a KPI's status, e.g. "Off target (−26 %)" */
                status = g_strdup_printf (_("Off target (%+.0f %%)"),
                                          100.0 * (actual - target) / fabs (target));
              else
                status = g_strdup (_("Off target"));
            }

          if (table == NULL)
            table = jm_report_table_new (flow, columns, G_N_ELEMENTS (columns));
          {
            const char *row[] = { jm_kpi_get_name (kpi), jm_touchpoint_get_title (touchpoint),
                                  t, a, status };

            jm_report_table_add_row (table, row, -1, off);
          }
        }
    }

  if (table == NULL)
    {
      jm_report_flow_paragraph (flow, _("No KPIs are defined."), JM_REPORT_TEXT_BODY,
                                &jm_palette_get (FALSE)->text_secondary);
      flow->y += JM_REPORT_GAP;
    }
  jm_report_table_free (table);
}

static int
compare_owners (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
add_matrix (JmReportFlow *flow,
            GArray       *entries)
{
  JmDocument *document = jm_report_get_document (flow->report);
  guint n_phases = jm_document_get_n_phases (document);
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  JmReportColumn columns[16];
  g_autofree guint *counts = NULL;
  g_autofree guint *pains = NULL;
  guint per_table;

  if (owners == NULL || entries->len == 0)
    return;

  for (guint i = 0; i < entries->len; i++)
    {
      const char *owner = owner_name (g_array_index (entries, Entry, i).touchpoint);

      if (!g_ptr_array_find_with_equal_func (owners, owner, g_str_equal, NULL))
        g_ptr_array_add (owners, (gpointer) owner);
    }
  g_ptr_array_sort (owners, compare_owners);

  counts = g_new0 (guint, owners->len * (n_phases + 1));
  pains = g_new0 (guint, owners->len * (n_phases + 1));
  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = &g_array_index (entries, Entry, i);
      guint row, column;
      JmPhase *phase = jm_document_find_phase (document, jm_touchpoint_get_phase (entry->touchpoint));
      gboolean pain = entry->summary.classification == JM_RATING_CLASS_DISAPPOINTMENT;

      g_ptr_array_find_with_equal_func (owners, owner_name (entry->touchpoint), g_str_equal, &row);
      column = (guint) jm_document_get_phase_index (document, phase);
      counts[row * (n_phases + 1) + column]++;
      pains[row * (n_phases + 1) + column] += pain;
      counts[row * (n_phases + 1) + n_phases]++;
      pains[row * (n_phases + 1) + n_phases] += pain;
    }

  jm_report_flow_heading (flow, _("Responsibilities"),
                          _("Touchpoints per owner and phase; after the slash, how many of them "
                            "are disappointment factors."), 60.0);

  /* Phases in as many tables as it takes to keep the columns readable;
   * the last one has the totals. */
  per_table = (guint) CLAMP (floor ((flow->width - 170.0) / MIN_PHASE_COLUMN), 1.0, 12.0);
  for (guint first = 0; first < MAX (n_phases, 1); first += per_table)
    {
      guint last = MIN (first + per_table, n_phases);
      gboolean totals = last == n_phases;
      guint n_columns = 1 + (last - first) + totals;
      JmReportTable *table;

      columns[0] = (JmReportColumn) { _("Owner"), 1.6, FALSE };
      for (guint p = first; p < last; p++)
        columns[p - first + 1] = (JmReportColumn) { jm_phase_get_name (jm_document_get_phase (document, p)),
                                                    1.0, TRUE };
      if (totals)
        columns[n_columns - 1] = (JmReportColumn) { _("Total"), 0.8, TRUE };
      /* a short last table keeps the column widths of the others */
      if (n_columns < per_table + 2)
        columns[n_columns++] = (JmReportColumn) { NULL, per_table + 2 - n_columns, FALSE };

      table = jm_report_table_new (flow, columns, n_columns);
      for (guint row = 0; row < owners->len; row++)
        {
          g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

          g_ptr_array_add (cells, g_strdup (g_ptr_array_index (owners, row)));
          for (guint column = first; column <= n_phases; column++)
            {
              guint n = counts[row * (n_phases + 1) + column];
              guint pain = pains[row * (n_phases + 1) + column];

              if (column == last && !totals)
                break;
              if (column >= last && column != n_phases)
                continue;
              if (n == 0)
                g_ptr_array_add (cells, g_strdup ("·"));
              else if (pain == 0)
                g_ptr_array_add (cells, g_strdup_printf ("%u", n));
              else
                g_ptr_array_add (cells, g_strdup_printf ("%u / %u", n, pain));
            }
          while (cells->len < n_columns)
            g_ptr_array_add (cells, NULL);
          jm_report_table_add_row (table, (const char * const *) cells->pdata, -1, FALSE);
        }
      jm_report_table_free (table);
    }
}

void
jm_report_add_summary_pages (JmReport *report)
{
  JmDocument *document = jm_report_get_document (report);
  g_autoptr(GArray) entries = collect (document);
  const char *description = jm_document_get_description (document);
  JmReportFlow flow;

  jm_report_flow_init (&flow, report, _("Summary"), NULL);
  if (description != NULL && *description != '\0')
    {
      jm_report_flow_paragraph (&flow, description, JM_REPORT_TEXT_BODY + 1.0,
                                &jm_palette_get (FALSE)->text);
      flow.y += JM_REPORT_GAP;
    }

  add_totals (&flow, entries);
  add_top (&flow, entries, JM_RATING_DISAPPOINTMENT - 1, _("Top pain points"),
           _("The touchpoints with the highest share of disappointed votes."),
           _("Nobody was disappointed."));
  add_top (&flow, entries, JM_RATING_DELIGHT - 1, _("Top delight moments"),
           _("The touchpoints with the highest share of delighted votes."),
           _("Nobody was delighted yet."));
  add_super (&flow, entries);
  add_gaps (&flow, entries);
  add_kpis (&flow, entries);
  add_matrix (&flow, entries);
}

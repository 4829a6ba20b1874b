/* jm-report-table.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Headings, paragraphs and tables that flow down the report's pages; a
 * table that goes on over a page break repeats its header row.
 */

#define G_LOG_DOMAIN "jm-report"

#include "config.h"

#include "jm-report-private.h"

#define CELL_PADDING 4.0
#define MARK_WIDTH 12.0

struct _JmReportTable
{
  JmReportFlow         *flow;
  const JmReportColumn *columns;
  guint                 n_columns;
  double               *x;       /* left edge of each column */
  double               *width;
  guint                 n_rows;
  JmReportPage         *header_page; /* the page that has the header row */
};

static void
add_row (JmReportTable      *table,
         const char * const *cells,
         gboolean            header,
         int                 mark,
         gboolean            alert)
{
  JmReportFlow *flow = table->flow;
  const JmPalette *palette = jm_palette_get (FALSE);
  PangoLayout *texts[16] = { NULL };
  double height = 0.0;

  g_assert (table->n_columns <= G_N_ELEMENTS (texts));

  for (guint i = 0; i < table->n_columns; i++)
    {
      double width = table->width[i] - 2 * CELL_PADDING - (i == 0 && mark >= 0 ? MARK_WIDTH : 0.0);
      gboolean bold = header || (alert && i == table->n_columns - 1);
      PangoRectangle logical;

      if (cells[i] == NULL || *cells[i] == '\0')
        continue;
      texts[i] = jm_report_make_text (flow->report, cells[i],
                                      header ? JM_REPORT_TEXT_SMALL + 0.5 : JM_REPORT_TEXT_BODY,
                                      bold, width);
      if (table->columns[i].numeric)
        pango_layout_set_alignment (texts[i], PANGO_ALIGN_RIGHT);
      pango_layout_get_extents (texts[i], NULL, &logical);
      height = MAX (height, pango_units_to_double (logical.height));
    }
  height += 2 * CELL_PADDING;

  jm_report_flow_need (flow, height);
  if (!header && flow->page != table->header_page)
    {
      const char * titles[16];

      for (guint i = 0; i < table->n_columns; i++)
        titles[i] = table->columns[i].title;
      table->header_page = flow->page;
      add_row (table, titles, TRUE, -1, FALSE);
    }

  if (header)
    jm_report_page_add_rect (flow->page, JM_REPORT_ITEM_RECT, flow->x, flow->y, flow->width,
                             height, &palette->surface);
  else if (table->n_rows++ % 2 == 1)
    {
      JmColor stripe = jm_color_mix (&palette->background, &palette->surface, 0.45);

      jm_report_page_add_rect (flow->page, JM_REPORT_ITEM_RECT, flow->x, flow->y, flow->width,
                               height, &stripe);
    }

  for (guint i = 0; i < table->n_columns; i++)
    {
      double x = table->x[i] + CELL_PADDING;
      const JmColor *color = header ? &palette->text_secondary : &palette->text;

      if (i == 0 && mark >= 0)
        {
          JmReportItem *item = jm_report_page_add_rect (flow->page, JM_REPORT_ITEM_MARK, x,
                                                        flow->y + CELL_PADDING + 1.5,
                                                        8.0, 8.0, NULL);

          item->mark = (guint) mark;
          x += MARK_WIDTH;
        }
      if (alert && i == table->n_columns - 1)
        color = &palette->disappointment;
      if (texts[i] != NULL)
        jm_report_page_add_text (flow->page, texts[i], x, flow->y + CELL_PADDING, color);
    }

  flow->y += height;
  if (header)
    table->header_page = flow->page;
}

JmReportTable *
jm_report_table_new (JmReportFlow         *flow,
                     const JmReportColumn *columns,
                     guint                 n_columns)
{
  JmReportTable *table = g_new0 (JmReportTable, 1);
  double total = 0.0, x = flow->x;

  table->flow = flow;
  table->columns = columns;
  table->n_columns = n_columns;
  table->x = g_new0 (double, n_columns);
  table->width = g_new0 (double, n_columns);

  for (guint i = 0; i < n_columns; i++)
    total += columns[i].weight;
  for (guint i = 0; i < n_columns; i++)
    {
      table->x[i] = x;
      table->width[i] = flow->width * columns[i].weight / total;
      x += table->width[i];
    }

  return table;
}

void
jm_report_table_add_row (JmReportTable      *table,
                         const char * const *cells,
                         int                 mark,
                         gboolean            alert)
{
  add_row (table, cells, FALSE, mark, alert);
}

void
jm_report_table_free (JmReportTable *table)
{
  if (table == NULL)
    return;

  table->flow->y += JM_REPORT_GAP;
  g_free (table->x);
  g_free (table->width);
  g_free (table);
}

void
jm_report_flow_heading (JmReportFlow *flow,
                        const char   *heading,
                        const char   *explanation,
                        double        keep)
{
  const JmPalette *palette = jm_palette_get (FALSE);
  PangoLayout *title = jm_report_make_text (flow->report, heading, JM_REPORT_TEXT_SECTION,
                                            TRUE, flow->width);
  PangoLayout *note = NULL;
  PangoRectangle logical;
  double height, note_height = 0.0;

  pango_layout_get_extents (title, NULL, &logical);
  height = pango_units_to_double (logical.height) + 4.0;
  if (explanation != NULL)
    {
      note = jm_report_make_text (flow->report, explanation, JM_REPORT_TEXT_SMALL + 0.5,
                                  FALSE, flow->width);
      pango_layout_get_extents (note, NULL, &logical);
      note_height = pango_units_to_double (logical.height) + 4.0;
    }

  jm_report_flow_need (flow, height + note_height + keep);
  jm_report_page_add_text (flow->page, title, flow->x, flow->y, &palette->text);
  flow->y += height;
  if (note != NULL)
    {
      jm_report_page_add_text (flow->page, note, flow->x, flow->y, &palette->text_secondary);
      flow->y += note_height;
    }
}

void
jm_report_flow_paragraph (JmReportFlow  *flow,
                          const char    *text,
                          double         size,
                          const JmColor *color)
{
  PangoLayout *layout = jm_report_make_text (flow->report, text, size, FALSE, flow->width);
  PangoRectangle logical;
  double height;

  pango_layout_get_extents (layout, NULL, &logical);
  height = pango_units_to_double (logical.height);
  jm_report_flow_need (flow, height);
  jm_report_page_add_text (flow->page, layout, flow->x, flow->y, color);
  flow->y += height + 4.0;
}

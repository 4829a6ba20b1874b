/* jm-report-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "jm-layout.h"
#include "jm-palette.h"
#include "jm-report.h"

G_BEGIN_DECLS

/* Page geometry, in points */
#define JM_REPORT_MARGIN        28.0
#define JM_REPORT_HEADER        36.0  /* title line and rule above the content */
#define JM_REPORT_FOOTER        30.0  /* legend and page number below it */
#define JM_REPORT_GAP           10.0
/* Tiles of a map repeat this much of their neighbours */
#define JM_REPORT_TILE_OVERLAP  24.0
/* Around a tile, for its crop marks */
#define JM_REPORT_CROP_ZONE     10.0
/* The largest page side the PDF reference advises (200 inches), and
 * the largest Acrobat shows */
#define JM_REPORT_MAX_PAGE      14400.0

/* Report text sizes, in points */
#define JM_REPORT_TEXT_HEADING  16.0
#define JM_REPORT_TEXT_SECTION  12.0
#define JM_REPORT_TEXT_BODY      9.0
#define JM_REPORT_TEXT_SMALL     7.5
#define JM_REPORT_TEXT_FOOTER    8.0   /* page number, owner and date */

/* The smallest text the map itself draws (JM_TEXT_SMALL in
 * jm-layout-text.c), in map units: a map is never scaled so far that it
 * drops below JM_REPORT_MIN_TEXT_SIZE. */
#define JM_REPORT_MAP_SMALLEST_TEXT 11.0

typedef enum
{
  JM_REPORT_ITEM_TEXT,   /* layout at x, y */
  JM_REPORT_ITEM_RECT,   /* filled rect x, y, width, height */
  JM_REPORT_ITEM_LINE,   /* x, y to x + width, y + height */
  JM_REPORT_ITEM_MARK,   /* rating mark @mark at the centre of the rect */
  JM_REPORT_ITEM_MAP,    /* @source of @map scaled by @scale into x, y */
} JmReportItemKind;

typedef struct
{
  JmReportItemKind kind;
  double           x, y, width, height;
  JmColor          color;
  PangoLayout     *text;     /* owned */
  guint            mark;     /* 0 disappointment, 1 OK, 2 delight */
  JmLayout        *map;      /* owned */
  JmRect           source;   /* map units */
  double           scale;
} JmReportItem;

typedef struct
{
  char      *title;     /* outline entry */
  char      *heading;   /* shown in the page header beside the map title */
  double     width, height;
  GPtrArray *items;     /* of JmReportItem */
  /* a tile of the map: its place in the grid, for the index and marks */
  gboolean   tile;
  guint      row, column, n_rows, n_columns;
  JmRect     image;     /* where the tile's piece of the map is, page points */
  JmRect     cut;       /* the part not shared with neighbours, page points */
} JmReportPage;

/* Pages are added to a report as the content flows down them. */
typedef struct
{
  JmReport     *report;
  JmReportPage *page;
  const char   *title;  /* for continuation pages */
  double        x, y;   /* cursor: left edge and top of the next item */
  double        width;  /* content width */
  double        bottom; /* y at which the content area ends */
} JmReportFlow;

/* jm-report.c */
PangoContext *jm_report_get_pango_context (JmReport     *report);
JmDocument   *jm_report_get_document      (JmReport     *report);
void          jm_report_get_content_size  (JmReport     *report,
                                           double       *width,
                                           double       *height);
JmReportPage *jm_report_add_page          (JmReport     *report,
                                           const char   *title,
                                           const char   *heading);
PangoLayout  *jm_report_make_text         (JmReport     *report,
                                           const char   *text,
                                           double        size,
                                           gboolean      bold,
                                           double        width);
JmReportItem *jm_report_page_add_text     (JmReportPage *page,
                                           PangoLayout  *text,
                                           double        x,
                                           double        y,
                                           const JmColor *color);
JmReportItem *jm_report_page_add_rect     (JmReportPage *page,
                                           JmReportItemKind kind,
                                           double        x,
                                           double        y,
                                           double        width,
                                           double        height,
                                           const JmColor *color);
void          jm_report_page_add_map      (JmReport     *report,
                                           JmReportPage *page,
                                           JmLayout     *map,
                                           const JmRect *source,
                                           double        x,
                                           double        y,
                                           double        scale);

void          jm_report_flow_init         (JmReportFlow *flow,
                                           JmReport     *report,
                                           const char   *title,
                                           const char   *heading);
/* Whether nothing is on the flow's page yet below its header. */
gboolean      jm_report_flow_is_at_top    (const JmReportFlow *flow);
/* Starts a new page unless @height more points fit on this one. */
void          jm_report_flow_need         (JmReportFlow *flow,
                                           double        height);

GPtrArray    *jm_report_get_page_items    (JmReport     *report,
                                           guint         page);
gboolean      jm_report_get_tile_index    (JmReport     *report,
                                           guint         page,
                                           JmRect       *rect,
                                           double       *cell);

/* jm-report-map.c: returns the number of pages added */
guint         jm_report_add_map_pages     (JmReport     *report,
                                           JmLayout     *map);

/* jm-report-persona.c */
void          jm_report_add_persona_pages (JmReport     *report,
                                           JmPersona    *persona);

/* jm-report-summary.c */
void          jm_report_add_summary_pages (JmReport     *report);

/* jm-report-table.c */
typedef struct
{
  const char *title;
  double      weight;   /* share of the width */
  gboolean    numeric;  /* right-aligned */
} JmReportColumn;

typedef struct _JmReportTable JmReportTable;

JmReportTable *jm_report_table_new        (JmReportFlow         *flow,
                                           const JmReportColumn *columns,
                                           guint                 n_columns);
/* @cells: n_columns strings (NULL for empty); @mark: −1 or a rating
 * mark drawn before the first cell; @alert: draw the row's last cell
 * in the disappointment colour, bold. */
void           jm_report_table_add_row    (JmReportTable        *table,
                                           const char * const   *cells,
                                           int                   mark,
                                           gboolean              alert);
void           jm_report_table_free       (JmReportTable        *table);
/* A section heading (kept with at least @keep points below it) and an
 * optional explanation. */
void           jm_report_flow_heading     (JmReportFlow         *flow,
                                           const char           *heading,
                                           const char           *explanation,
                                           double                keep);
void           jm_report_flow_paragraph   (JmReportFlow         *flow,
                                           const char           *text,
                                           double                size,
                                           const JmColor        *color);

G_END_DECLS

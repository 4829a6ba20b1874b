/* jm-report.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "jm-document.h"
#include "jm-export-options.h"

G_BEGIN_DECLS

/* No text in a report is ever smaller than this, in points: a map that
 * would need smaller text to fit its page is tiled over several. */
#define JM_REPORT_MIN_TEXT_SIZE 6.0

/* The pages of a PDF report or a print job, laid out once for a page
 * size: the map (fitted to a page, or tiled), a page per persona and
 * the summary. Each page can be drawn on any cairo_t whose user space
 * is the page in points, so the PDF export and printing share one
 * renderer. */

#define JM_TYPE_REPORT (jm_report_get_type())

G_DECLARE_FINAL_TYPE (JmReport, jm_report, JM, REPORT, GObject)

/* Lays out @document as @options say. @page_width and @page_height (in
 * points) override the options' page size, e.g. the printer's paper
 * (then JM_PAGE_SIZE_FIT fits or tiles the map on that paper); pass 0
 * to use the options. */
JmReport   *jm_report_new                    (JmDocument            *document,
                                              const JmExportOptions *options,
                                              double                 page_width,
                                              double                 page_height);

guint       jm_report_get_n_pages            (JmReport *self);
void        jm_report_get_page_size          (JmReport *self,
                                              guint     page,
                                              double   *width,
                                              double   *height);
/* The page's entry in the PDF outline, e.g. "Map, part 2 of 6 — row 1,
 * column 2", "Persona: Lena", "Summary". */
const char *jm_report_get_page_title         (JmReport *self,
                                              guint     page);
/* Draws page @page (0-based) at the origin of @cr, in points. */
void        jm_report_draw_page              (JmReport *self,
                                              guint     page,
                                              cairo_t  *cr);
/* The number of map pages (1 if the map fits its page, else the tiles). */
guint       jm_report_get_n_map_pages        (JmReport *self);
/* The smallest text size on any page, in points (after scaling). */
double      jm_report_get_smallest_text_size (JmReport *self);

G_END_DECLS

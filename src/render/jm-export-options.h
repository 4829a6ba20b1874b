/* jm-export-options.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "jm-document.h"

G_BEGIN_DECLS

/* What an export, a report or a print job produces; shared by the
 * command line, the export dialog and printing. */

typedef enum
{
  JM_EXPORT_FORMAT_UNKNOWN,
  JM_EXPORT_FORMAT_PDF,
  JM_EXPORT_FORMAT_SVG,
  JM_EXPORT_FORMAT_PNG,
} JmExportFormat;

typedef enum
{
  JM_PAGE_SIZE_A4,
  JM_PAGE_SIZE_A3,
  JM_PAGE_SIZE_A2,
  JM_PAGE_SIZE_LETTER,
  JM_PAGE_SIZE_FIT,        /* the map page as large as the map at 100 % */
} JmPageSize;

#define JM_N_PAGE_SIZES (JM_PAGE_SIZE_FIT + 1)

typedef enum
{
  JM_ORIENTATION_LANDSCAPE,
  JM_ORIENTATION_PORTRAIT,
} JmOrientation;

typedef struct
{
  JmExportFormat format;
  JmPageSize     page_size;
  JmOrientation  orientation;
  /* Ids of the personas to show, in any order; NULL for all. */
  char         **personas;
  /* PDF and print: only the map pages, no persona and summary pages. */
  gboolean       map_only;
  /* PNG: 1.0 = 100 % */
  double         scale;
} JmExportOptions;

#define JM_TYPE_EXPORT_OPTIONS (jm_export_options_get_type())

GType            jm_export_options_get_type        (void) G_GNUC_CONST;
/* PDF, A4 landscape, all personas, with report pages, scale 1.0 */
JmExportOptions *jm_export_options_new             (void);
JmExportOptions *jm_export_options_copy            (const JmExportOptions *options);
void             jm_export_options_free            (JmExportOptions       *options);
void             jm_export_options_set_personas    (JmExportOptions       *options,
                                                    const char * const    *ids);

/* "a4", "a3", "a2", "letter", "fit" (case-insensitive) */
gboolean         jm_page_size_from_string          (const char    *text,
                                                    JmPageSize    *size);
const char      *jm_page_size_to_string            (JmPageSize     size);
/* Translated, e.g. "A4", "Fit to content" */
const char      *jm_page_size_get_label            (JmPageSize     size);
/* The paper in points, turned for @orientation; FALSE for
 * JM_PAGE_SIZE_FIT (no fixed size). */
gboolean         jm_page_size_get_dimensions       (JmPageSize     size,
                                                    JmOrientation  orientation,
                                                    double        *width,
                                                    double        *height);

/* "landscape", "portrait" (case-insensitive) */
gboolean         jm_orientation_from_string        (const char    *text,
                                                    JmOrientation *orientation);
const char      *jm_orientation_to_string          (JmOrientation  orientation);

/* @document with only the chosen personas' lanes and touchpoints: a
 * new detached copy, or @document itself (a new reference) if every
 * persona is chosen. Unknown ids are ignored. */
JmDocument      *jm_export_options_filter_document (const JmExportOptions *options,
                                                    JmDocument            *document);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JmExportOptions, jm_export_options_free)

G_END_DECLS

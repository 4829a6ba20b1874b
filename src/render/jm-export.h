/* jm-export.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jm-document.h"
#include "jm-export-options.h"

G_BEGIN_DECLS

#define JM_EXPORT_ERROR (jm_export_error_quark())

typedef enum
{
  JM_EXPORT_ERROR_UNKNOWN_FORMAT,
  JM_EXPORT_ERROR_FAILED,
} JmExportError;

GQuark          jm_export_error_quark          (void);

/* From the file name's extension (case-insensitive): .pdf, .svg, .png */
JmExportFormat  jm_export_format_from_filename (const char *filename);

/* Writes the whole map to @path. PDF is vector with selectable text and
 * title/author metadata; PNG is rendered at @scale (1.0 = 100 %).
 * Written to a temporary file first, so a failure leaves an existing
 * @path intact. */
gboolean        jm_export_to_file              (JmDocument     *document,
                                                const char     *path,
                                                JmExportFormat  format,
                                                double          scale,
                                                GError        **error);

/* As @options say: a PDF is the report (jm-report.h) with title,
 * author (map owner), subject (scope) and creator metadata and an
 * outline entry per page; SVG and PNG are the map of the chosen
 * personas (PNG at options->scale). @options->format must be set. */
gboolean        jm_export_to_file_with_options (JmDocument             *document,
                                                const char             *path,
                                                const JmExportOptions  *options,
                                                GError                **error);

G_END_DECLS

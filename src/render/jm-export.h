/* jm-export.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jm-document.h"

G_BEGIN_DECLS

#define JM_EXPORT_ERROR (jm_export_error_quark())

typedef enum
{
  JM_EXPORT_ERROR_UNKNOWN_FORMAT,
  JM_EXPORT_ERROR_FAILED,
} JmExportError;

typedef enum
{
  JM_EXPORT_FORMAT_UNKNOWN,
  JM_EXPORT_FORMAT_PDF,
  JM_EXPORT_FORMAT_SVG,
  JM_EXPORT_FORMAT_PNG,
} JmExportFormat;

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

G_END_DECLS

/* jm-cli.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jm-export-options.h"

G_BEGIN_DECLS

/* The command line that needs no display: --version and --export.
 *
 *   journey-maps --version
 *   journey-maps --export=OUT [--scale=S] [--page-size=a4|a3|a2|letter|fit]
 *                [--orientation=landscape|portrait] [--persona=NAME]…
 *                [--map-only] INPUT
 *
 * OUT's extension picks the format: .pdf (the report, jm-report.h),
 * .svg, .png (at --scale, default 1.0) or .journey (saved again in the
 * current file format). --persona (repeatable) keeps only those lanes.
 */

#define JM_CLI_ERROR (jm_cli_error_quark())

typedef enum
{
  JM_CLI_ERROR_USAGE,
  JM_CLI_ERROR_UNKNOWN_FORMAT,
} JmCliError;

GQuark   jm_cli_error_quark           (void);

/* Adds --version, --export and its options, and the FILE arguments. */
void     jm_cli_add_main_options      (GApplication  *application);

/* Handles --version and --export from the options of
 * GApplication::handle-local-options. Returns an exit status, or −1 if
 * the application should go on (open the files, show a window). */
int      jm_cli_handle_local_options  (GVariantDict  *options);

/* The files named on the command line (G_OPTION_REMAINING); free with
 * g_strfreev(). NULL if there are none. */
char   **jm_cli_dup_files             (GVariantDict  *options);

/* Loads @input and writes it to @output by its extension, as @options
 * (NULL for the defaults) say; @personas are names (NULL for all). On failure
 * sets @error and *@culprit to the file the message is about (the
 * input or the output, as given). */
gboolean jm_cli_export                (const char             *output,
                                       const char             *input,
                                       const JmExportOptions  *options,
                                       const char * const     *personas,
                                       char                  **culprit,
                                       GError                **error);

G_END_DECLS

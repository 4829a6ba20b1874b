/* jm-print.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jm-document.h"
#include "jm-export-options.h"

G_BEGIN_DECLS

/* Prints @document as the PDF report would show it (jm-report.h: the
 * same pages drawn by the same code), on the paper and in the
 * orientation of @options unless the user picks others in the print
 * dialog, which also offers a preview. Returns at once; the job goes
 * on in the background. FALSE with @error if printing could not start. */
gboolean jm_print_run             (GtkWindow              *parent,
                                   JmDocument             *document,
                                   const JmExportOptions  *options,
                                   GError                **error);

/* The same with a chosen @action; with GTK_PRINT_OPERATION_ACTION_EXPORT
 * it writes @export_filename (PDF) and returns when done: for tests.
 * *@n_pages (nullable) is set to the number of pages printed. */
gboolean jm_print_run_with_action (GtkWindow               *parent,
                                   JmDocument              *document,
                                   const JmExportOptions   *options,
                                   GtkPrintOperationAction  action,
                                   const char              *export_filename,
                                   guint                   *n_pages,
                                   GError                 **error);

G_END_DECLS

/* jm-export-dialog.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-document.h"
#include "jm-export-options.h"

G_BEGIN_DECLS

#define JM_TYPE_EXPORT_DIALOG (jm_export_dialog_get_type())

G_DECLARE_FINAL_TYPE (JmExportDialog, jm_export_dialog, JM, EXPORT_DIALOG, AdwWindow)

/* What to export, before where: format (PDF report, SVG, PNG), page
 * size, orientation, report pages or the map only, PNG scale, and a
 * check box per persona. The choices but the personas are remembered
 * in GSettings (export-* keys) when the user exports.
 *
 * "Export" (the default) calls @callback with the options and closes
 * the dialog; Cancel or Escape only close it. The caller then asks
 * where to save, e.g. in win.export:
 *
 *   static void
 *   export_chosen_cb (JmExportDialog        *dialog,
 *                     const JmExportOptions *options,
 *                     gpointer               user_data)
 *   {
 *     JmWindow *self = user_data;
 *     // keep a copy: jm_export_options_copy (options)
 *     // GtkFileChooserNative, SAVE, suggested name "<title>.pdf|svg|png"
 *     // (jm_export_format_get_extension); on accept:
 *     //   jm_export_to_file_with_options (self->document, path, copy, &error)
 *   }
 *
 *   jm_export_dialog_present (GTK_WINDOW (self), self->document,
 *                             export_chosen_cb, self);
 *
 * and win.print: jm_print_run (GTK_WINDOW (self), self->document,
 * options, &error) with options from jm_export_dialog_load_options().
 */
typedef void (*JmExportDialogCallback) (JmExportDialog        *dialog,
                                        const JmExportOptions *options,
                                        gpointer               user_data);

/* Shows the dialog over @parent for @document; returns it (owned by
 * GTK, destroyed when it closes). */
JmExportDialog  *jm_export_dialog_present      (GtkWindow              *parent,
                                                JmDocument             *document,
                                                JmExportDialogCallback  callback,
                                                gpointer                user_data);

/* The options as the dialog shows them now. */
JmExportOptions *jm_export_dialog_dup_options  (JmExportDialog         *self);
/* What the Export button does. */
void             jm_export_dialog_export       (JmExportDialog         *self);

/* The last export choices from GSettings (all personas), or the
 * defaults if the schema is not installed: for print. */
JmExportOptions *jm_export_dialog_load_options (void);

/* "pdf", "svg", "png" */
const char      *jm_export_format_get_extension (JmExportFormat         format);

G_END_DECLS

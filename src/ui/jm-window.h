/* jm-window.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-export-options.h"

#include "jm-canvas.h"
#include "jm-document.h"
#include "jm-history.h"
#include "jm-template.h"

G_BEGIN_DECLS

#define JM_TYPE_WINDOW (jm_window_get_type())

G_DECLARE_FINAL_TYPE (JmWindow, jm_window, JM, WINDOW, AdwApplicationWindow)

/* A window shows one map, or the welcome page while it has none.
 *
 * Actions (accelerators are set by JmApplication): win.new (asks for a
 * template), win.open, win.save, win.save-as, win.export, win.close,
 * win.undo, win.redo, win.zoom-in, win.zoom-out, win.zoom-fit,
 * win.zoom-reset, win.zoom-selection, win.show-inspector (stateful);
 * editing the selection of the canvas: win.add-touchpoint,
 * win.add-persona, win.add-phase, win.duplicate, win.delete,
 * win.rename, win.derive-emotion, win.copy, win.cut, win.paste.
 *
 * Properties: "document" (JmDocument, nullable), "history" (JmHistory
 * of the document, nullable), "file" (GFile, nullable: where the map
 * was loaded from or last saved to), "dirty" (unsaved changes),
 * "loading" (a file is being loaded).
 */

JmWindow   *jm_window_new            (GtkApplication *application);

JmDocument *jm_window_get_document   (JmWindow       *self);
GFile      *jm_window_get_file       (JmWindow       *self);
JmCanvas   *jm_window_get_canvas     (JmWindow       *self);
JmHistory  *jm_window_get_history    (JmWindow       *self);
gboolean    jm_window_get_dirty      (JmWindow       *self);
gboolean    jm_window_get_loading    (JmWindow       *self);
/* TRUE while the window shows no map and is not loading one. */
gboolean    jm_window_is_empty       (JmWindow       *self);

/* Shows @document (nullable: the welcome page), saved in @file (nullable). */
void        jm_window_set_document   (JmWindow       *self,
                                      JmDocument     *document,
                                      GFile          *file);
/* A new map from the empty template. */
void        jm_window_new_map        (JmWindow       *self);
/* Shows a new, unsaved map made from @template (what the template
 * picker of win.new does in a window without unsaved changes). */
void        jm_window_new_map_from_template (JmWindow   *self,
                                             JmTemplate  template);

/* Loads @file in a worker thread ("loading" is TRUE until done). On
 * success the window shows it; on failure an error dialog names the
 * file and the fault, and the map shown before stays untouched. */
void        jm_window_open_file      (JmWindow       *self,
                                      GFile          *file);

/* What win.save and win.save-as do once they have a file: stamps the
 * modified date, saves, clears the dirty state, remembers the file as
 * recent. */
gboolean    jm_window_save_to_file   (JmWindow       *self,
                                      GFile          *file,
                                      GError        **error);
/* What win.export does once it has a file and the options (nullable:
 * the defaults, with the format from the extension .pdf, .svg, .png):
 * exports the map as it is now in a worker thread, so the window stays
 * usable; edits made meanwhile do not reach the file. */
void        jm_window_export_async   (JmWindow              *self,
                                      GFile                 *file,
                                      const JmExportOptions *options,
                                      GAsyncReadyCallback    callback,
                                      gpointer               user_data);
gboolean    jm_window_export_finish  (JmWindow              *self,
                                      GAsyncResult          *result,
                                      GError               **error);

G_END_DECLS

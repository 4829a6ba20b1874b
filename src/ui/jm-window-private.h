/* jm-window-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-csv.h"
#include "jm-history.h"
#include "jm-inspector.h"
#include "jm-priority-view.h"
#include "jm-template.h"
#include "jm-window.h"

G_BEGIN_DECLS

struct _JmWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwWindowTitle       *window_title;
  GtkMenuButton        *menu_button;
  GtkMenuButton        *edit_button;
  GtkToggleButton      *inspector_button;
  GtkButton            *zoom_button;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *welcome_page;
  GtkWidget            *recent_box;
  GtkListBox           *recent_list;
  GtkPaned             *paned;
  GtkWidget            *map_box;
  GtkScrolledWindow    *scroller;
  JmCanvas             *canvas;
  JmInspector          *inspector;
  GtkPaned             *list_paned;
  JmPriorityView       *priority_view;
  GMenu                *undo_section;
  GMenuModel           *edit_menu;

  GtkWidget            *context_menu;  /* GtkPopoverMenu over the canvas */

  GSettings            *settings;      /* nullable: schema not installed */
  GCancellable         *cancellable;   /* cancelled when the window goes away */

  JmDocument           *document;
  JmHistory            *history;       /* undo/redo of document; decides "dirty" */
  GFile                *file;
  guint                 n_loading;
  gboolean              dirty;
  /* the user chose to discard unsaved changes; or to close after saving */
  gboolean              close_confirmed;
  gboolean              close_after_save;

  /* workshop: results hidden while a round is open; presentation */
  gboolean              results_hidden;
  gboolean              presenting;
  GObject              *presentation_focus;   /* JmPersona or JmPhase, nullable */
  GtkWindow            *rating_window;        /* weak */
};

/* jm-window.c */
/* jm_window_set_document() with @layout of @document made already, by
 * the loader thread (nullable: laid out here) */
void      jm_window_set_laid_out_document (JmWindow   *self,
                                           JmDocument *document,
                                           JmLayout   *layout,
                                           GFile      *file);
void      jm_window_set_dirty            (JmWindow    *self,
                                          gboolean     dirty);
void      jm_window_show_toast           (JmWindow    *self,
                                          const char  *message);
void      jm_window_show_error           (JmWindow    *self,
                                          const char  *heading,
                                          const char  *body);
char     *jm_window_dup_display_name     (GFile       *file);
char     *jm_window_dup_map_name         (JmWindow    *self);
void      jm_window_set_action_enabled   (JmWindow    *self,
                                          const char  *name,
                                          gboolean     enabled);

/* jm-window-actions.c */
void      jm_window_init_actions         (JmWindow    *self);
void      jm_window_update_actions       (JmWindow    *self);

/* jm-window-io.c */
void      jm_window_init_io              (JmWindow    *self);
void      jm_window_choose_open          (JmWindow    *self);
void      jm_window_save                 (JmWindow    *self);
void      jm_window_choose_save          (JmWindow    *self);
gboolean  jm_window_confirm_close        (JmWindow    *self);
void      jm_window_add_recent           (JmWindow    *self,
                                          GFile       *file);
/* "<map title><extension>", safe as a file name */
char     *jm_window_dup_suggested_name   (JmWindow    *self,
                                          const char  *extension);
/* @file, or a file beside it with @extension (".pdf") appended */
GFile    *jm_window_ensure_extension     (GFile       *file,
                                          const char  *extension);

/* jm-window-export.c: export, print and CSV */
void      jm_window_init_export          (JmWindow    *self);
void      jm_window_update_export_actions (JmWindow   *self);
void      jm_window_choose_export        (JmWindow    *self);
/* What win.import-csv does once it has a file: all or nothing, one
 * undo step, a toast with what changed. */
gboolean  jm_window_import_csv           (JmWindow    *self,
                                          GFile       *file,
                                          JmCsvImportFlags flags,
                                          GError     **error);

/* jm-window-welcome.c */
void      jm_window_init_welcome         (JmWindow    *self);

/* jm-window-workshop.c: rating rounds, results, priorities, presenting */
void      jm_window_init_workshop        (JmWindow    *self);
void      jm_window_update_workshop_actions (JmWindow *self);
/* Opens the rating window for the projector (results hidden). */
GtkWindow *jm_window_start_rating_round  (JmWindow    *self);
void      jm_window_set_results_hidden   (JmWindow    *self,
                                          gboolean     hidden);
/* Presenting: fullscreen, no inspector, one phase or persona in focus. */
void      jm_window_set_presenting       (JmWindow    *self,
                                          gboolean     presenting);
/* Moves the focus to the next (+1) or previous (−1) phase, or persona
 * with @personas; the whole map when it runs off either end. */
void      jm_window_step_focus           (JmWindow    *self,
                                          int          delta,
                                          gboolean     personas);

/* jm-window-edit.c: the editing commands and their menus */
void      jm_window_init_edit            (JmWindow    *self);
void      jm_window_dispose_edit         (JmWindow    *self);
void      jm_window_update_edit_actions  (JmWindow    *self);
void      jm_window_update_undo_menu     (JmWindow    *self);
/* The touchpoint, persona or phase the canvas has selected, or NULL. */
GObject  *jm_window_get_selection        (JmWindow    *self);
/* A toast with an "Undo" button bound to win.undo. */
void      jm_window_show_undo_toast      (JmWindow    *self,
                                          const char  *message);
/* The widget editing text that has the keyboard focus (an entry of the
 * inspector, the in-place editor of the canvas), or NULL: the clipboard
 * and delete commands leave it its own keys. */
GtkWidget *jm_window_get_focused_text    (JmWindow    *self);
/* Picks the cell a new or pasted touchpoint goes to and its index there
 * (−1: the end): after the selected card, else the current cell, else
 * the cell of a selected lane or phase, else the first cell. FALSE if the
 * map has no persona or no phase. */
gboolean  jm_window_get_target_cell      (JmWindow    *self,
                                          JmPersona  **persona,
                                          JmPhase    **phase,
                                          int         *index_in_cell);

/* Opens the edit menu at canvas widget point (@x, @y). */
void      jm_window_popup_context_menu   (JmWindow    *self,
                                          double       x,
                                          double       y);

/* jm-window-clipboard.c */
void      jm_window_init_clipboard       (JmWindow    *self);
void      jm_window_update_clipboard_actions (JmWindow *self);
/* What win.copy puts on the clipboard for @touchpoints of @document:
 * a small journey file with them and what they refer to. */
GBytes   *jm_window_serialize_touchpoints (JmDocument  *document,
                                           GPtrArray   *touchpoints);
char     *jm_window_dup_touchpoints_text (GPtrArray   *touchpoints);

#define JM_CLIPBOARD_MIME_TYPE "application/x-journey-maps-touchpoints"

G_END_DECLS

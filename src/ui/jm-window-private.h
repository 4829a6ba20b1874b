/* jm-window-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-history.h"
#include "jm-window.h"

G_BEGIN_DECLS

struct _JmWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwWindowTitle       *window_title;
  GtkMenuButton        *menu_button;
  GtkButton            *zoom_button;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  AdwStatusPage        *welcome_page;
  GtkWidget            *recent_box;
  GtkListBox           *recent_list;
  GtkScrolledWindow    *scroller;
  JmCanvas             *canvas;

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
};

/* jm-window.c */
void      jm_window_set_dirty            (JmWindow    *self,
                                          gboolean     dirty);
void      jm_window_show_toast           (JmWindow    *self,
                                          const char  *message);
void      jm_window_show_error           (JmWindow    *self,
                                          const char  *heading,
                                          const char  *body);
char     *jm_window_dup_display_name     (GFile       *file);
char     *jm_window_dup_map_name         (JmWindow    *self);

/* jm-window-actions.c */
void      jm_window_init_actions         (JmWindow    *self);
void      jm_window_update_actions       (JmWindow    *self);

/* jm-window-io.c */
void      jm_window_init_io              (JmWindow    *self);
void      jm_window_choose_open          (JmWindow    *self);
void      jm_window_save                 (JmWindow    *self);
void      jm_window_choose_save          (JmWindow    *self);
void      jm_window_choose_export        (JmWindow    *self);
gboolean  jm_window_confirm_close        (JmWindow    *self);
void      jm_window_add_recent           (JmWindow    *self,
                                          GFile       *file);

/* jm-window-welcome.c */
void      jm_window_init_welcome         (JmWindow    *self);

G_END_DECLS

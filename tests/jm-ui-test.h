/* jm-ui-test.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-application.h"
#include "jm-new-map-dialog.h"
#include "jm-test-util.h"

G_BEGIN_DECLS

/* For main(): gtk_test_init(), then registers a non-unique
 * JmApplication (so startup runs: libadwaita, resources, accelerators);
 * the tests' windows belong to it. */
void           jm_ui_test_init             (int        *argc,
                                            char     ***argv);
JmApplication *jm_ui_test_get_application  (void);
/* For main(): runs the tests, then releases the application. */
int            jm_ui_test_run              (void);
/* A file of the source tree, e.g. "data/samples/online-shop.journey". */
GFile         *jm_ui_test_source_file      (const char *relative_path);
/* Spins the main loop until @window finished loading. */
void           jm_ui_test_wait_loaded      (JmWindow   *window);
/* Spins the main loop for a moment (allocation, drawing). */
void           jm_ui_test_iterate          (guint       milliseconds);

/* A presented window of the test application showing JM_TEST_SAMPLE. */
JmWindow      *jm_ui_test_open_sample      (void);
/* Activates win.@action, which must be there and enabled. */
void           jm_ui_test_activate         (JmWindow   *window,
                                            const char *action);
/* Closes @window without asking about unsaved changes. */
void           jm_ui_test_close_window     (JmWindow   *window);
/* The visible message dialog on top of @window, or NULL. */
AdwMessageDialog *jm_ui_test_find_message_dialog (JmWindow *window);
/* The template picker of @window (visible or not), or NULL. */
JmNewMapDialog *jm_ui_test_find_new_map_dialog   (JmWindow *window);

/* A window with JM_TEST_SAMPLE at 1200 × 800 and its canvas at zoom 1,
 * for g_test_add() with jm_ui_test_canvas_set_up() and
 * jm_ui_test_canvas_tear_down(). */
typedef struct
{
  JmWindow   *window;
  JmCanvas   *canvas;
  JmDocument *document;
} JmCanvasFixture;

void           jm_ui_test_canvas_set_up    (JmCanvasFixture *f,
                                            gconstpointer    data);
void           jm_ui_test_canvas_tear_down (JmCanvasFixture *f,
                                            gconstpointer    data);
/* For ::notify: counts the notifications in the guint at @count. */
void           jm_ui_test_count_notify_cb  (GObject    *object,
                                            GParamSpec *pspec,
                                            guint      *count);

/* The canvas's own drawing (map, overlay, editor) on grey, as an image. */
cairo_surface_t *jm_ui_test_render_canvas  (JmCanvas   *canvas);

/* With JM_TEST_SCREENSHOT_DIR set, saves @widget as it looks now to
 * <dir>/@name (PNG), for looking at what a test built; else nothing. */
void           jm_ui_test_save_png         (GtkWidget  *widget,
                                            const char *name);

G_END_DECLS

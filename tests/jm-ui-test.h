/* jm-ui-test.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-application.h"

G_BEGIN_DECLS

/* Registers a non-unique JmApplication (so startup runs: libadwaita,
 * resources, accelerators) and returns it; the tests' windows belong to it. */
JmApplication *jm_ui_test_init_application (void);
/* A file of the source tree, e.g. "data/samples/online-shop.journey". */
GFile         *jm_ui_test_source_file      (const char *relative_path);
/* Spins the main loop until @window finished loading. */
void           jm_ui_test_wait_loaded      (JmWindow   *window);
/* Spins the main loop for a moment (allocation, drawing). */
void           jm_ui_test_iterate          (guint       milliseconds);

/* With JM_TEST_SCREENSHOT_DIR set, saves @widget as it looks now to
 * <dir>/@name (PNG), for looking at what a test built; else nothing. */
void           jm_ui_test_save_png         (GtkWidget  *widget,
                                            const char *name);

G_END_DECLS

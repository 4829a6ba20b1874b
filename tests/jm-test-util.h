/* jm-test-util.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "jm-document.h"
#include "jm-layout.h"

G_BEGIN_DECLS

/* The map the window tests open. */
#define JM_TEST_SAMPLE "data/samples/online-shop.journey"

/* The path of a file of the source tree ($JM_SOURCE_ROOT) from its
 * parts, e.g. ("tests", "data", "full.journey", NULL). Free with g_free(). */
char       *jm_test_source_path (const char  *first,
                                 ...) G_GNUC_NULL_TERMINATED;

/* Loads the map at @relative_path of the source tree, failing the test
 * if it does not load; with @contents, also what the file holds. */
JmDocument *jm_test_load_data   (const char  *relative_path,
                                 char       **contents);

/* Deletes @path, a file or a folder with all it holds. */
void        jm_test_remove_tree   (const char  *path);
/* How many entries the folder @path holds. */
guint       jm_test_count_entries (const char  *path);

/* Where @touchpoint stands among the cards of its cell (it must be there). */
guint       jm_test_index_in_cell (JmDocument   *document,
                                   JmTouchpoint *touchpoint);

/* The ARGB32 pixel at (@x, @y) of an image surface. */
guint32     jm_test_pixel_at          (cairo_surface_t *surface,
                                       int              x,
                                       int              y);
/* Pixels that differ between two images of the same size inside @rect
 * (NULL: all). */
guint       jm_test_count_differences (cairo_surface_t *a,
                                       cairo_surface_t *b,
                                       const JmRect    *rect);

G_END_DECLS

/* jm-test-util.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "jm-file.h"
#include "jm-layout-private.h"
#include "jm-test-util.h"

char *
jm_test_source_path (const char *first,
                     ...)
{
  const char *root = g_getenv ("JM_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (char *) root);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (char *) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

JmDocument *
jm_test_load_data (const char  *relative_path,
                   char       **contents)
{
  g_autofree char *path = jm_test_source_path (relative_path, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  JmDocument *document;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  document = jm_file_load_from_data (text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  if (contents != NULL)
    *contents = g_steal_pointer (&text);

  return document;
}

void
jm_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          jm_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

guint
jm_test_count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

guint
jm_test_index_in_cell (JmDocument   *document,
                       JmTouchpoint *touchpoint)
{
  g_autoptr(GPtrArray) cell = jm_document_dup_cell_touchpoints (document,
                                                                jm_touchpoint_get_persona (touchpoint),
                                                                jm_touchpoint_get_phase (touchpoint));
  guint index = G_MAXUINT;

  g_assert_true (g_ptr_array_find (cell, touchpoint, &index));
  return index;
}

guint32
jm_test_pixel_at (cairo_surface_t *surface,
                  int              x,
                  int              y)
{
  guint32 *data = (guint32 *) (void *) cairo_image_surface_get_data (surface);

  cairo_surface_flush (surface);
  return data[y * (cairo_image_surface_get_stride (surface) / 4) + x];
}

guint
jm_test_count_differences (cairo_surface_t *a,
                           cairo_surface_t *b,
                           const JmRect    *rect)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint n = 0;

  g_assert_cmpint (width, ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (height, ==, cairo_image_surface_get_height (b));

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        if (rect != NULL && !jm_rect_contains (rect, x + 0.5, y + 0.5))
          continue;
        n += jm_test_pixel_at (a, x, y) != jm_test_pixel_at (b, x, y);
      }

  return n;
}

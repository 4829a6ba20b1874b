/* jm-bench-memory.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "jm-bench.h"
#include "jm-file.h"

static gsize
current_rss_bytes (void)
{
  g_autofree char *statm = NULL;
  unsigned long size = 0, resident = 0;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL) ||
      sscanf (statm, "%lu %lu", &size, &resident) != 2)
    return 0;

  return resident * sysconf (_SC_PAGESIZE);
}

/* This process's own peak RSS in bytes (VmHWM). Not getrusage(): on
 * Linux its ru_maxrss carries over the parent's RSS through fork and
 * exec, so a child spawned by a big parent would report the parent. */
static gsize
peak_rss_bytes (void)
{
  g_autofree char *status = NULL;
  const char *line;
  unsigned long kb = 0;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmHWM:")) == NULL ||
      sscanf (line, "VmHWM: %lu", &kb) != 1)
    {
      struct rusage usage;

      getrusage (RUSAGE_SELF, &usage);
      return (gsize) usage.ru_maxrss * 1024;
    }

  return (gsize) kb * 1024;
}

/* Child mode: load the file, lay it out, render the view; report peak
 * RSS and the bytes the loaded document takes per touchpoint. */
int
jm_bench_measure_memory (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JmDocument) doc = NULL;
  g_autoptr(JmLayout) layout = NULL;
  JmBench b = { 0 };
  gsize before, after;

  before = current_rss_bytes ();
  doc = jm_file_load (file, &error);
  if (doc == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  after = current_rss_bytes ();

  layout = jm_layout_new (doc);
  b.layout = layout;
  b.view_surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, VIEW_WIDTH, VIEW_HEIGHT);
  jm_bench_render_view (&b);
  cairo_surface_destroy (b.view_surface);

  g_print ("%.1f %.0f\n", peak_rss_bytes () / (1024.0 * 1024.0),
           (double)(after - before) / MAX (1, jm_document_get_n_touchpoints (doc)));
  return 0;
}

gboolean
jm_bench_spawn_memory_child (const char *self_path,
                             const char *map_path,
                             double     *peak_mb,
                             double     *bytes_per_touchpoint)
{
  const char *argv[] = { self_path, "--memory", map_path, NULL };
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                     &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    return FALSE;

  return sscanf (out, "%lf %lf", peak_mb, bytes_per_touchpoint) == 2;
}

/* jm-ui-test.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-ui-test.h"
#include "jm-window-private.h"

static JmApplication *test_app;

void
jm_ui_test_init (int    *argc,
                 char ***argv)
{
  g_autoptr(GError) error = NULL;

  gtk_test_init (argc, argv, NULL);
  test_app = jm_application_new (G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (test_app), NULL, &error);
  g_assert_no_error (error);
}

JmApplication *
jm_ui_test_get_application (void)
{
  g_assert_nonnull (test_app);

  return test_app;
}

int
jm_ui_test_run (void)
{
  int status = g_test_run ();

  g_clear_object (&test_app);
  return status;
}

GFile *
jm_ui_test_source_file (const char *relative_path)
{
  g_autofree char *path = jm_test_source_path (relative_path, NULL);

  return g_file_new_for_path (path);
}

static gboolean
on_timeout_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

void
jm_ui_test_iterate (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
jm_ui_test_wait_loaded (JmWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (jm_window_get_loading (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  jm_ui_test_iterate (50);
}

void
jm_ui_test_save_png (GtkWidget  *widget,
                     const char *name)
{
  const char *dir = g_getenv ("JM_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  int width, height;

  if (dir == NULL)
    return;

  jm_ui_test_iterate (200);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

JmWindow *
jm_ui_test_open_sample (void)
{
  g_autoptr(GFile) sample = jm_ui_test_source_file (JM_TEST_SAMPLE);
  JmWindow *window;

  window = jm_window_new (GTK_APPLICATION (jm_ui_test_get_application ()));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (jm_window_is_empty (window));
  jm_window_open_file (window, sample);
  jm_ui_test_wait_loaded (window);
  g_assert_nonnull (jm_window_get_document (window));

  return window;
}

void
jm_ui_test_activate (JmWindow   *window,
                     const char *action)
{
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), action));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), action));
  g_action_group_activate_action (G_ACTION_GROUP (window), action, NULL);
}

void
jm_ui_test_close_window (JmWindow *window)
{
  jm_window_set_dirty (window, FALSE);
  window->close_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
  jm_ui_test_iterate (20);
}

static gpointer
find_dialog (JmWindow *window,
             GType     type,
             gboolean  visible_only)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) &&
        (!visible_only || gtk_widget_get_visible (l->data)) &&
        gtk_window_get_transient_for (l->data) == GTK_WINDOW (window))
      return l->data;

  return NULL;
}

AdwMessageDialog *
jm_ui_test_find_message_dialog (JmWindow *window)
{
  return find_dialog (window, ADW_TYPE_MESSAGE_DIALOG, TRUE);
}

JmNewMapDialog *
jm_ui_test_find_new_map_dialog (JmWindow *window)
{
  return find_dialog (window, JM_TYPE_NEW_MAP_DIALOG, FALSE);
}

void
jm_ui_test_canvas_set_up (JmCanvasFixture *f,
                          gconstpointer    data)
{
  g_autoptr(GFile) sample = jm_ui_test_source_file (JM_TEST_SAMPLE);

  f->window = jm_window_new (GTK_APPLICATION (jm_ui_test_get_application ()));
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1200, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  jm_window_open_file (f->window, sample);
  jm_ui_test_wait_loaded (f->window);
  f->canvas = jm_window_get_canvas (f->window);
  f->document = jm_window_get_document (f->window);
  /* The window sets it too; the canvas edits only with one. */
  jm_canvas_set_history (f->canvas, jm_window_get_history (f->window));
  jm_canvas_set_zoom (f->canvas, 1.0);
  jm_ui_test_iterate (50);
}

void
jm_ui_test_canvas_tear_down (JmCanvasFixture *f,
                             gconstpointer    data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  jm_ui_test_iterate (10);
}

cairo_surface_t *
jm_ui_test_render_canvas (JmCanvas *canvas)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (canvas);
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width = gtk_widget_get_width (GTK_WIDGET (canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (canvas));

  klass->snapshot (GTK_WIDGET (canvas), snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 0.5, 0.5, 0.5);
  cairo_paint (cr);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

void
jm_ui_test_count_notify_cb (GObject    *object,
                            GParamSpec *pspec,
                            guint      *count)
{
  (*count)++;
}

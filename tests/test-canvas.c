/* test-canvas.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-canvas-private.h"
#include "jm-file.h"
#include "jm-layout-private.h"
#include "jm-ui-test.h"

typedef JmCanvasFixture Fixture;

/* Counts the pixels of the canvas' own drawing that differ from the first one. */
static guint
count_varied_pixels (JmCanvas *canvas)
{
  cairo_surface_t *surface = jm_ui_test_render_canvas (canvas);
  guint32 *pixels, first;
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride;
  guint varied = 0;

  pixels = (guint32 *)cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  first = pixels[0];
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      varied += pixels[y * stride + x] != first;

  cairo_surface_destroy (surface);
  return varied;
}

static void
test_canvas_draws_map (Fixture       *f,
                       gconstpointer  data)
{
  int width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (f->canvas));

  g_assert_cmpint (width, >, 200);
  g_assert_cmpint (height, >, 200);
  /* cards, text and curves: a good share of the view is not background */
  g_assert_cmpuint (count_varied_pixels (f->canvas), >, (guint)(width * height / 10));
}

static void
test_zoom_actions (Fixture       *f,
                   gconstpointer  data)
{
  GActionGroup *actions = G_ACTION_GROUP (f->window);

  g_action_group_activate_action (actions, "zoom-in", NULL);
  g_assert_cmpfloat_with_epsilon (jm_canvas_get_zoom (f->canvas), JM_CANVAS_ZOOM_STEP, 1e-6);

  g_action_group_activate_action (actions, "zoom-out", NULL);
  g_action_group_activate_action (actions, "zoom-out", NULL);
  g_assert_cmpfloat_with_epsilon (jm_canvas_get_zoom (f->canvas), 1.0 / JM_CANVAS_ZOOM_STEP, 1e-6);

  /* zooming is clamped at both ends */
  for (guint i = 0; i < 40; i++)
    g_action_group_activate_action (actions, "zoom-out", NULL);
  g_assert_cmpfloat (jm_canvas_get_zoom (f->canvas), ==, JM_CANVAS_ZOOM_MIN);
  for (guint i = 0; i < 40; i++)
    g_action_group_activate_action (actions, "zoom-in", NULL);
  g_assert_cmpfloat (jm_canvas_get_zoom (f->canvas), ==, JM_CANVAS_ZOOM_MAX);
}

static void
test_zoom_keeps_point_under_pointer (Fixture       *f,
                                     gconstpointer  data)
{
  double before_x, before_y, after_x, after_y;
  double pointer_x = 400, pointer_y = 300;

  jm_canvas_widget_to_map (f->canvas, pointer_x, pointer_y, &before_x, &before_y);
  jm_canvas_zoom_at (f->canvas, 1.5, pointer_x, pointer_y);
  jm_ui_test_iterate (20);
  jm_canvas_widget_to_map (f->canvas, pointer_x, pointer_y, &after_x, &after_y);

  g_assert_cmpfloat_with_epsilon (jm_canvas_get_zoom (f->canvas), 1.5, 1e-6);
  g_assert_cmpfloat_with_epsilon (after_x, before_x, 1.0);
  g_assert_cmpfloat_with_epsilon (after_y, before_y, 1.0);
}

static void
test_zoom_to_fit (Fixture       *f,
                  gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  double x0, y0, x1, y1;
  int width, height;

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "zoom-fit", NULL);
  jm_ui_test_iterate (20);
  g_assert_cmpfloat (jm_canvas_get_zoom (f->canvas), <, 1.0);

  /* both corners of the map are inside the view */
  width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  height = gtk_widget_get_height (GTK_WIDGET (f->canvas));
  jm_canvas_map_to_widget (f->canvas, 0, 0, &x0, &y0);
  jm_canvas_map_to_widget (f->canvas, jm_layout_get_width (layout),
                           jm_layout_get_height (layout), &x1, &y1);
  g_assert_cmpfloat (x0, >=, -0.5);
  g_assert_cmpfloat (y0, >=, -0.5);
  g_assert_cmpfloat (x1, <=, width + 0.5);
  g_assert_cmpfloat (y1, <=, height + 0.5);
}

static GtkEventController *
find_drag_gesture (JmCanvas *canvas)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (canvas));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (controller)
          && gtk_gesture_single_get_button (GTK_GESTURE_SINGLE (controller)) == GDK_BUTTON_PRIMARY)
        return controller;
    }

  return NULL;
}

static void
test_click_selects_card (Fixture       *f,
                         gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  const JmLayoutCard *card = jm_layout_get_card (layout, 0);
  JmTouchpoint *tp = card->touchpoint;
  GtkEventController *press = find_drag_gesture (f->canvas);
  guint n_undo = jm_history_get_n_undo (jm_window_get_history (f->window));
  double x, y;

  g_assert_nonnull (press);
  g_assert_null (jm_canvas_get_selection (f->canvas));

  card = jm_layout_find_card (jm_canvas_get_layout (f->canvas), tp);
  jm_canvas_map_to_widget (f->canvas, card->rect.x + card->rect.width / 2,
                           card->rect.y + card->rect.height / 2, &x, &y);
  g_signal_emit_by_name (press, "drag-begin", x, y);
  g_signal_emit_by_name (press, "drag-end", 2.0, 1.0);
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (tp));
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (f->canvas)));
  /* a click that wobbles less than the threshold moves nothing */
  g_assert_cmpuint (jm_history_get_n_undo (jm_window_get_history (f->window)), ==, n_undo);

  /* a click on the title block clears the selection */
  jm_canvas_map_to_widget (f->canvas, 30, 30, &x, &y);
  g_signal_emit_by_name (press, "drag-begin", x, y);
  g_signal_emit_by_name (press, "drag-end", 0.0, 0.0);
  g_assert_null (jm_canvas_get_selection (f->canvas));
}

static void
test_edit_updates_canvas (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new ("t-new", "p3", "ph6", "Writes a review");
  guint before = jm_layout_get_n_cards (jm_canvas_get_layout (f->canvas));

  jm_document_insert (f->document, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
  jm_ui_test_iterate (20);
  g_assert_cmpuint (jm_layout_get_n_cards (jm_canvas_get_layout (f->canvas)), ==, before + 1);
  g_assert_nonnull (jm_layout_find_card (jm_canvas_get_layout (f->canvas), tp));
}

/* One undo step of many cards (a paste, a persona deleted, its undo) is
 * laid out once at its end, and the canvas scrolls over the grown map. */
static void
test_batch_updates_canvas (Fixture       *f,
                           gconstpointer  data)
{
  JmHistory *history = jm_window_get_history (f->window);
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->canvas));
  guint cards = jm_layout_get_n_cards (layout);
  guint updates = jm_layout_get_n_full_updates (layout);
  double height = jm_layout_get_height (layout);
  double upper = gtk_adjustment_get_upper (vadjustment);

  jm_history_begin_group (history, "Paste", NULL);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("b%u", i);
      g_autoptr(JmTouchpoint) tp = jm_touchpoint_new (id, "p1", "ph1", "Pasted");

      jm_document_insert (f->document, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
    }
  jm_history_end_group (history);
  jm_ui_test_iterate (20);

  g_assert_cmpuint (jm_layout_get_n_cards (layout), ==, cards + 40);
  g_assert_cmpuint (jm_layout_get_n_full_updates (layout), ==, updates + 1);
  g_assert_cmpfloat (jm_layout_get_height (layout), >, height + 40 * 50);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_upper (vadjustment) - upper,
                                  jm_layout_get_height (layout) - height, 1e-6);

  jm_history_undo (history);
  jm_ui_test_iterate (20);
  g_assert_cmpuint (jm_layout_get_n_cards (layout), ==, cards);
  g_assert_cmpuint (jm_layout_get_n_full_updates (layout), ==, updates + 2);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_upper (vadjustment), upper, 1e-6);
}

static void
test_scroll_to_selection (Fixture       *f,
                          gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  const JmLayoutCard *card = jm_layout_get_card (layout, jm_layout_get_n_cards (layout) - 1);
  JmTouchpoint *tp = card->touchpoint;
  int width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (f->canvas));
  double x0, y0, x1, y1;

  /* the last card is off screen at 100 % */
  jm_canvas_map_to_widget (f->canvas, card->rect.x, card->rect.y, &x0, &y0);
  g_assert_true (x0 > width || y0 > height);

  jm_canvas_set_selection (f->canvas, G_OBJECT (tp));
  jm_canvas_scroll_to_selection (f->canvas);
  jm_ui_test_iterate (20);

  g_assert_cmpfloat (jm_canvas_get_zoom (f->canvas), ==, 1.0);
  card = jm_layout_find_card (jm_canvas_get_layout (f->canvas), tp);
  jm_canvas_map_to_widget (f->canvas, card->rect.x, card->rect.y, &x0, &y0);
  jm_canvas_map_to_widget (f->canvas, card->rect.x + card->rect.width,
                           card->rect.y + card->rect.height, &x1, &y1);
  g_assert_cmpfloat (x0, >=, 0);
  g_assert_cmpfloat (y0, >=, 0);
  g_assert_cmpfloat (x1, <=, width);
  g_assert_cmpfloat (y1, <=, height);
}

int
main (int   argc,
      char *argv[])
{
  jm_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, jm_ui_test_canvas_set_up, func, \
              jm_ui_test_canvas_tear_down)
  ADD ("/canvas/draws-map", test_canvas_draws_map);
  ADD ("/canvas/zoom-actions", test_zoom_actions);
  ADD ("/canvas/zoom-keeps-point-under-pointer", test_zoom_keeps_point_under_pointer);
  ADD ("/canvas/zoom-to-fit", test_zoom_to_fit);
  ADD ("/canvas/click-selects-card", test_click_selects_card);
  ADD ("/canvas/edit-updates-canvas", test_edit_updates_canvas);
  ADD ("/canvas/batch-updates-canvas", test_batch_updates_canvas);
  ADD ("/canvas/scroll-to-selection", test_scroll_to_selection);
#undef ADD

  return jm_ui_test_run ();
}

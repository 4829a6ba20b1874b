/* test-canvas-edit.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing on the canvas: dragging cards, lanes, phases and curve
 * points, the keyboard, adding and renaming in place. Gestures are
 * driven through the canvas's map-coordinate entry points
 * (jm-canvas-private.h) and checked in the model and its history.
 */

#include "config.h"

#include "jm-canvas-private.h"
#include "jm-file.h"
#include "jm-overlay.h"
#include "jm-ui-test.h"

typedef JmCanvasFixture Fixture;

/* Helpers for the editing tests */

static JmHistory *
history_of (Fixture *f)
{
  return jm_window_get_history (f->window);
}

static guint
cell_size (JmDocument *document,
           const char *persona_id,
           const char *phase_id)
{
  g_autoptr(GPtrArray) cell = jm_document_dup_cell_touchpoints (document, persona_id, phase_id);

  return cell->len;
}

static void
rect_centre (const JmRect *rect,
             double       *x,
             double       *y)
{
  *x = rect->x + rect->width / 2.0;
  *y = rect->y + rect->height / 2.0;
}

/* A drag as the pointer does it: press, a few moves, release. */
static void
drag (JmCanvas *canvas,
      double    x0,
      double    y0,
      double    x1,
      double    y1)
{
  jm_canvas_drag_begin (canvas, x0, y0, FALSE);
  for (guint i = 1; i <= 4; i++)
    jm_canvas_drag_update (canvas, x0 + (x1 - x0) * i / 4.0, y0 + (y1 - y0) * i / 4.0);
  jm_canvas_drag_end (canvas, x1, y1);
}

static void
test_drag_card_to_cell (Fixture       *f,
                        gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  const JmLayoutCard *card = jm_layout_get_card (layout, 0);
  JmTouchpoint *tp = card->touchpoint;
  g_autofree char *old_phase = g_strdup (jm_touchpoint_get_phase (tp));
  g_autofree char *persona = g_strdup (jm_touchpoint_get_persona (tp));
  int old_index = jm_test_index_in_cell (f->document, tp);
  guint lane = card->lane, column = card->column;
  JmPhase *new_phase = jm_layout_get_column (layout, column + 1)->phase;
  guint n_target = cell_size (f->document, persona, jm_phase_get_id (new_phase));
  guint n_undo = jm_history_get_n_undo (history_of (f));
  JmRect target;
  double x, y;

  /* to the bottom of the next cell across: the end of its cards */
  g_assert_true (jm_layout_get_cell_rect (layout, lane, column + 1, &target));
  rect_centre (&card->rect, &x, &y);
  jm_canvas_drag_begin (f->canvas, x, y, FALSE);
  jm_canvas_drag_update (f->canvas, x + 20, y + 5);
  jm_canvas_drag_update (f->canvas, target.x + target.width / 2, target.y + target.height - 4);
  g_assert_true (jm_canvas_is_dragging (f->canvas));
  /* live: the card (and so the curve through it) is already in the new cell */
  g_assert_cmpstr (jm_touchpoint_get_phase (tp), ==, jm_phase_get_id (new_phase));
  g_assert_cmpuint (jm_layout_find_card (layout, tp)->column, ==, column + 1);
  jm_canvas_drag_end (f->canvas, target.x + target.width / 2, target.y + target.height - 4);

  g_assert_false (jm_canvas_is_dragging (f->canvas));
  g_assert_cmpstr (jm_touchpoint_get_phase (tp), ==, jm_phase_get_id (new_phase));
  g_assert_cmpstr (jm_touchpoint_get_persona (tp), ==, persona);
  g_assert_cmpint (jm_test_index_in_cell (f->document, tp), ==, n_target);
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (tp));

  /* one undo step, and it puts the card back where it was */
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), ==, n_undo + 1);
  g_assert_cmpstr (jm_history_get_undo_label (history_of (f)), ==, "Move Touchpoint");
  jm_history_undo (history_of (f));
  g_assert_cmpstr (jm_touchpoint_get_phase (tp), ==, old_phase);
  g_assert_cmpint (jm_test_index_in_cell (f->document, tp), ==, old_index);
}

static void
test_drag_card_within_cell (Fixture       *f,
                            gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  const JmLayoutCard *first = jm_layout_get_card (layout, 0);
  JmTouchpoint *tp = first->touchpoint;
  JmRect cell;
  double x, y;

  g_assert_cmpuint (first->index_in_cell, ==, 0);
  g_assert_cmpuint (cell_size (f->document, jm_touchpoint_get_persona (tp),
                               jm_touchpoint_get_phase (tp)), >=, 2);
  g_assert_true (jm_layout_get_cell_rect (layout, first->lane, first->column, &cell));

  /* the first card to below the last one of the same cell */
  rect_centre (&first->rect, &x, &y);
  drag (f->canvas, x, y, x, cell.y + cell.height - 2);
  g_assert_cmpint (jm_test_index_in_cell (f->document, tp), ==,
                   cell_size (f->document, jm_touchpoint_get_persona (tp),
                              jm_touchpoint_get_phase (tp)) - 1);
  jm_history_undo (history_of (f));
  g_assert_cmpint (jm_test_index_in_cell (f->document, tp), ==, 0);
}

static void
test_escape_cancels_drag (Fixture       *f,
                          gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  const JmLayoutCard *card = jm_layout_get_card (layout, 0);
  JmTouchpoint *tp = card->touchpoint;
  g_autofree char *old_phase = g_strdup (jm_touchpoint_get_phase (tp));
  guint n_undo = jm_history_get_n_undo (history_of (f));
  JmRect target;
  double x, y;

  g_assert_true (jm_layout_get_cell_rect (layout, card->lane + 1, card->column + 2, &target));
  rect_centre (&card->rect, &x, &y);
  jm_canvas_drag_begin (f->canvas, x, y, FALSE);
  jm_canvas_drag_update (f->canvas, target.x + 30, target.y + 10);
  g_assert_cmpstr (jm_touchpoint_get_phase (tp), !=, old_phase);

  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Escape, 0));
  g_assert_false (jm_canvas_is_dragging (f->canvas));
  g_assert_cmpstr (jm_touchpoint_get_phase (tp), ==, old_phase);
  g_assert_cmpint (jm_test_index_in_cell (f->document, tp), ==, 0);
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), ==, n_undo);
  /* the selection stays: Escape ended the drag, not the selection */
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (tp));

  /* a release after the cancel does nothing */
  jm_canvas_drag_end (f->canvas, target.x + 30, target.y + 10);
  g_assert_cmpstr (jm_touchpoint_get_phase (tp), ==, old_phase);
}

static void
test_drag_lane_reorders (Fixture       *f,
                         gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  guint n = jm_layout_get_n_lanes (layout);
  JmPersona *first = jm_document_get_persona (f->document, 0);
  JmPersona *second = jm_document_get_persona (f->document, 1);
  const JmLayoutLane *last = jm_layout_get_lane (layout, n - 1);
  guint n_undo = jm_history_get_n_undo (history_of (f));
  double x, y;

  rect_centre (&jm_layout_get_lane (layout, 0)->header, &x, &y);
  drag (f->canvas, x, y, x, last->lane.y + last->lane.height - 5);

  g_assert_true (jm_document_get_persona (f->document, n - 1) == first);
  g_assert_true (jm_document_get_persona (f->document, 0) == second);
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), ==, n_undo + 1);
  jm_history_undo (history_of (f));
  g_assert_true (jm_document_get_persona (f->document, 0) == first);
}

static void
test_drag_phase_reorders (Fixture       *f,
                          gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  JmPhase *first = jm_document_get_phase (f->document, 0);
  JmPhase *second = jm_document_get_phase (f->document, 1);
  JmPhase *third = jm_document_get_phase (f->document, 2);
  const JmLayoutColumn *column2 = jm_layout_get_column (layout, 2);
  guint n_undo = jm_history_get_n_undo (history_of (f));
  double x, y;

  /* into the gap between the second and third phase */
  rect_centre (&jm_layout_get_column (layout, 0)->header, &x, &y);
  drag (f->canvas, x, y, column2->column.x + 10, y);

  g_assert_true (jm_document_get_phase (f->document, 0) == second);
  g_assert_true (jm_document_get_phase (f->document, 1) == first);
  g_assert_true (jm_document_get_phase (f->document, 2) == third);
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), ==, n_undo + 1);

  /* dropped where it was: nothing happens */
  layout = jm_canvas_get_layout (f->canvas);
  rect_centre (&jm_layout_get_column (layout, 1)->header, &x, &y);
  drag (f->canvas, x, y, x + 30, y);
  g_assert_true (jm_document_get_phase (f->document, 1) == first);
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), ==, n_undo + 1);
}

static const JmCurvePoint *
find_derived_point (JmLayout *layout,
                    guint    *lane)
{
  for (guint l = 0; l < jm_layout_get_n_lanes (layout); l++)
    {
      const JmLayoutLane *layout_lane = jm_layout_get_lane (layout, l);

      for (guint i = 0; i < layout_lane->n_points; i++)
        if (layout_lane->points[i].derived)
          {
            *lane = l;
            return &layout_lane->points[i];
          }
    }

  return NULL;
}

static void
test_drag_curve_point_sets_emotion (Fixture       *f,
                                    gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  const JmCurvePoint *point;
  JmTouchpoint *tp;
  guint lane = 0, n_undo = jm_history_get_n_undo (history_of (f));
  double x, y, target_y, expected;

  point = find_derived_point (layout, &lane);
  g_assert_nonnull (point);
  tp = point->touchpoint;
  g_assert_false (jm_touchpoint_get_has_emotion (tp));
  x = point->x;
  y = point->y;
  /* 1.4 snaps to 1.5 (well away from where the point is) */
  expected = point->emotion > 0 ? -1.5 : 1.5;
  target_y = jm_layout_emotion_to_y (layout, lane, expected > 0 ? 1.4 : -1.4);

  jm_canvas_drag_begin (f->canvas, x, y, FALSE);
  jm_canvas_drag_update (f->canvas, x, (y + target_y) / 2);
  jm_canvas_drag_update (f->canvas, x + 1, target_y);
  /* live, with the value shown */
  g_assert_true (jm_touchpoint_get_has_emotion (tp));
  g_assert_cmpfloat (jm_touchpoint_get_emotion (tp), ==, expected);
  jm_canvas_drag_end (f->canvas, x + 1, target_y);

  g_assert_true (jm_touchpoint_get_has_emotion (tp));
  g_assert_cmpfloat (jm_touchpoint_get_emotion (tp), ==, expected);
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), ==, n_undo + 1);
  g_assert_cmpstr (jm_history_get_undo_label (history_of (f)), ==, "Set Emotion");
  jm_history_undo (history_of (f));
  g_assert_false (jm_touchpoint_get_has_emotion (tp));
}

/* However long a drag goes on, the canvas follows each step: the
 * drag's undo step is no batch that views leave to its end. */
static void
test_long_drag_is_followed (Fixture       *f,
                            gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  const JmCurvePoint *point;
  JmTouchpoint *tp;
  guint lane = 0;
  double x, y;

  point = find_derived_point (layout, &lane);
  g_assert_nonnull (point);
  tp = point->touchpoint;
  x = point->x;
  y = point->y;

  jm_canvas_drag_begin (f->canvas, x, y, FALSE);
  /* past the threshold that makes it a drag */
  jm_canvas_drag_update (f->canvas, x, y + 20);
  for (guint i = 0; i < 80; i++)
    {
      double emotion = i % 2 == 0 ? 1.4 : -1.4;
      const JmCurvePoint *shown;
      guint shown_lane = G_MAXUINT;

      jm_canvas_drag_update (f->canvas, x + i % 2, jm_layout_emotion_to_y (layout, lane, emotion));
      g_assert_cmpfloat (jm_touchpoint_get_emotion (tp), ==, i % 2 == 0 ? 1.5 : -1.5);
      shown = jm_layout_find_point (layout, tp, &shown_lane);
      g_assert_nonnull (shown);
      g_assert_cmpuint (shown_lane, ==, lane);
      g_assert_cmpfloat (shown->emotion, ==, jm_touchpoint_get_emotion (tp));
    }
  jm_canvas_drag_end (f->canvas, x + 1, jm_layout_emotion_to_y (layout, lane, -1.4));
  g_assert_cmpstr (jm_history_get_undo_label (history_of (f)), ==, "Set Emotion");
}

static void
test_emotion_label (void)
{
  g_autofree char *plus = jm_overlay_format_emotion (1.5);
  g_autofree char *minus = jm_overlay_format_emotion (-0.5);
  g_autofree char *zero = jm_overlay_format_emotion (0.1);
  g_autofree char *two = jm_overlay_format_emotion (2.0);

  g_assert_cmpstr (plus, ==, "+1.5");
  g_assert_cmpstr (minus, ==, "\u22120.5");
  g_assert_cmpstr (zero, ==, "0");
  g_assert_cmpstr (two, ==, "+2");
}

/* The card of cell (@lane, @column) at @index, or NULL. */
static JmTouchpoint *
card_at (JmLayout *layout,
         guint     lane,
         guint     column,
         guint     index)
{
  for (guint i = 0; i < jm_layout_get_n_cards (layout); i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (layout, i);

      if (card->lane == lane && card->column == column && card->index_in_cell == index)
        return card->touchpoint;
    }

  return NULL;
}

static void
test_keyboard_navigation (Fixture       *f,
                          gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  JmPersona *persona = NULL;
  JmPhase *phase = NULL;
  JmTouchpoint *c00 = card_at (layout, 0, 0, 0);

  g_assert_nonnull (c00);
  /* from nothing, an arrow starts at the top left */
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Right, 0));
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (c00));

  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Down, 0));
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (card_at (layout, 0, 0, 1)));
  /* same place in the next cell across */
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Right, 0));
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (card_at (layout, 0, 1, 1)));
  g_assert_true (jm_canvas_get_current_cell (f->canvas, &persona, &phase));
  g_assert_true (persona == jm_document_get_persona (f->document, 0));
  g_assert_true (phase == jm_document_get_phase (f->document, 1));
  /* down past the last card of the cell: the first card of the lane below */
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Down, 0));
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Down, 0));
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (card_at (layout, 1, 1, 0)));
  /* and up again lands on the last card of the cell above */
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Up, 0));
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (card_at (layout, 0, 1, 2)));

  /* Tab in reading order: lane 0 left to right, top down */
  jm_canvas_set_selection (f->canvas, G_OBJECT (card_at (layout, 0, 0, 1)));
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Tab, 0));
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (card_at (layout, 0, 1, 0)));
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (card_at (layout, 0, 0, 1)));
  /* Shift+Tab before the first card lets the focus leave the canvas */
  jm_canvas_set_selection (f->canvas, G_OBJECT (c00));
  g_assert_false (jm_canvas_handle_key (f->canvas, GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));

  /* Ctrl shortcuts are the window's */
  g_assert_false (jm_canvas_handle_key (f->canvas, GDK_KEY_Right, GDK_CONTROL_MASK));

  /* Escape clears the selection and the current cell */
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Escape, 0));
  g_assert_null (jm_canvas_get_selection (f->canvas));
  g_assert_false (jm_canvas_get_current_cell (f->canvas, &persona, &phase));
  g_assert_null (persona);
  g_assert_false (jm_canvas_handle_key (f->canvas, GDK_KEY_Escape, 0));
}

static void
test_keyboard_reaches_empty_cell (Fixture       *f,
                                  gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  guint last = jm_layout_get_n_columns (layout) - 1;
  JmPersona *persona;
  JmPhase *phase;

  /* p1 has no card in the last phase: Right from the card before it */
  g_assert_null (card_at (layout, 0, last, 0));
  jm_canvas_set_selection (f->canvas, G_OBJECT (card_at (layout, 0, last - 1, 0)));
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Right, 0));
  g_assert_null (jm_canvas_get_selection (f->canvas));
  g_assert_true (jm_canvas_get_current_cell (f->canvas, &persona, &phase));
  g_assert_true (persona == jm_layout_get_lane (layout, 0)->persona);
  g_assert_true (phase == jm_layout_get_column (layout, last)->phase);
  /* and out again */
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Left, 0));
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (card_at (layout, 0, last - 1, 0)));
}

static void
test_current_cell_is_drawn (Fixture       *f,
                            gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  cairo_surface_t *before, *after;

  jm_ui_test_iterate (20);
  before = jm_ui_test_render_canvas (f->canvas);
  jm_canvas_select_cell (f->canvas, jm_layout_get_lane (layout, 0)->persona,
                         jm_layout_get_column (layout, 0)->phase);
  g_assert_null (jm_canvas_get_selection (f->canvas));
  jm_ui_test_iterate (20);
  after = jm_ui_test_render_canvas (f->canvas);
  /* a highlighted cell, not a stray pixel */
  g_assert_cmpuint (jm_test_count_differences (before, after, NULL), >, 2000);

  cairo_surface_destroy (before);
  cairo_surface_destroy (after);
}

static void
test_insert_adds_touchpoint (Fixture       *f,
                             gconstpointer  data)
{
  JmPersona *persona = jm_document_get_persona (f->document, 2);
  JmPhase *phase = jm_document_get_phase (f->document, 4);
  guint before = cell_size (f->document, "p3", "ph5");
  guint n_undo = jm_history_get_n_undo (history_of (f));
  GtkWidget *editor;
  GObject *added;

  jm_canvas_select_cell (f->canvas, persona, phase);
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Insert, 0));
  g_assert_cmpuint (cell_size (f->document, "p3", "ph5"), ==, before + 1);

  /* the new card is selected and its title is being edited */
  added = jm_canvas_get_selection (f->canvas);
  g_assert_true (JM_IS_TOUCHPOINT (added));
  g_assert_cmpstr (jm_touchpoint_get_persona (JM_TOUCHPOINT (added)), ==, "p3");
  g_assert_cmpstr (jm_touchpoint_get_phase (JM_TOUCHPOINT (added)), ==, "ph5");
  g_assert_true (jm_canvas_is_editing (f->canvas));
  editor = jm_canvas_get_editor (f->canvas);
  jm_ui_test_iterate (20);
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), editor));

  gtk_editable_set_text (GTK_EDITABLE (editor), "Compares delivery options");
  g_signal_emit_by_name (editor, "activate");
  g_assert_false (jm_canvas_is_editing (f->canvas));
  g_assert_cmpstr (jm_touchpoint_get_title (JM_TOUCHPOINT (added)), ==, "Compares delivery options");
  /* adding and titling: two steps at most */
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), <=, n_undo + 2);
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (f->canvas)));

  /* Enter on a cell adds too; Escape keeps the default title */
  jm_canvas_select_cell (f->canvas, persona, phase);
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Return, 0));
  added = jm_canvas_get_selection (f->canvas);
  g_assert_cmpuint (cell_size (f->document, "p3", "ph5"), ==, before + 2);
  g_assert_cmpint (jm_test_index_in_cell (f->document, JM_TOUCHPOINT (added)), ==, before + 1);
  gtk_editable_set_text (GTK_EDITABLE (jm_canvas_get_editor (f->canvas)), "Not this");
  jm_canvas_cancel_edit (f->canvas);
  g_assert_cmpstr (jm_touchpoint_get_title (JM_TOUCHPOINT (added)), ==, "New Touchpoint");
}

static void
test_double_click_empty_spot_adds (Fixture       *f,
                                   gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  JmPersona *persona = jm_layout_get_lane (layout, 0)->persona;
  JmPhase *phase = jm_layout_get_column (layout, 0)->phase;
  guint before = cell_size (f->document, jm_persona_get_id (persona), jm_phase_get_id (phase));
  const JmLayoutCard *first = jm_layout_find_card (layout, card_at (layout, 0, 0, 0));
  JmTouchpoint *card_tp = first->touchpoint;
  JmHit hit;
  double x, y;

  /* just right of the first card's bottom: inside the cell, between its cards */
  x = first->rect.x + first->rect.width + 4.0;
  y = first->rect.y + first->rect.height + 2.0;
  hit = jm_layout_hit_test (layout, x, y);
  g_assert_cmpint (hit.kind, ==, JM_HIT_CELL);

  g_assert_true (jm_canvas_activate_at (f->canvas, x, y));
  g_assert_cmpuint (cell_size (f->document, jm_persona_get_id (persona), jm_phase_get_id (phase)),
                    ==, before + 1);
  g_assert_true (JM_IS_TOUCHPOINT (jm_canvas_get_selection (f->canvas)));
  g_assert_cmpint (jm_test_index_in_cell (f->document, JM_TOUCHPOINT (jm_canvas_get_selection (f->canvas))),
                   ==, 1);
  g_assert_true (jm_canvas_is_editing (f->canvas));
  jm_canvas_commit_edit (f->canvas);

  /* a double-click on a card renames it */
  layout = jm_canvas_get_layout (f->canvas);
  first = jm_layout_find_card (layout, card_tp);
  rect_centre (&first->rect, &x, &y);
  g_assert_true (jm_canvas_activate_at (f->canvas, x, y));
  g_assert_true (jm_canvas_is_editing (f->canvas));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (jm_canvas_get_editor (f->canvas))),
                   ==, jm_touchpoint_get_title (card_tp));
  jm_canvas_cancel_edit (f->canvas);
}

static void
test_rename_in_place (Fixture       *f,
                      gconstpointer  data)
{
  JmPersona *persona = jm_document_get_persona (f->document, 1);
  JmPhase *phase = jm_document_get_phase (f->document, 3);
  g_autofree char *old_name = g_strdup (jm_persona_get_name (persona));
  g_autofree char *old_phase = g_strdup (jm_phase_get_name (phase));
  guint n_undo = jm_history_get_n_undo (history_of (f));
  GtkWidget *editor;

  g_assert_true (jm_canvas_start_rename (f->canvas, G_OBJECT (persona)));
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (persona));
  editor = jm_canvas_get_editor (f->canvas);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, old_name);
  gtk_editable_set_text (GTK_EDITABLE (editor), "Returning customer");
  g_signal_emit_by_name (editor, "activate");
  g_assert_cmpstr (jm_persona_get_name (persona), ==, "Returning customer");
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), ==, n_undo + 1);
  jm_history_undo (history_of (f));
  g_assert_cmpstr (jm_persona_get_name (persona), ==, old_name);

  /* Escape (cancel) leaves the name alone */
  g_assert_true (jm_canvas_start_rename (f->canvas, G_OBJECT (phase)));
  gtk_editable_set_text (GTK_EDITABLE (jm_canvas_get_editor (f->canvas)), "Gone");
  jm_canvas_cancel_edit (f->canvas);
  g_assert_cmpstr (jm_phase_get_name (phase), ==, old_phase);

  /* focus leaving the editor commits */
  g_assert_true (jm_canvas_start_rename (f->canvas, G_OBJECT (phase)));
  jm_ui_test_iterate (20);
  gtk_editable_set_text (GTK_EDITABLE (jm_canvas_get_editor (f->canvas)), "Delivery");
  gtk_widget_grab_focus (GTK_WIDGET (f->canvas));
  jm_ui_test_iterate (20);
  g_assert_false (jm_canvas_is_editing (f->canvas));
  g_assert_cmpstr (jm_phase_get_name (phase), ==, "Delivery");

  /* not something with a name on the map */
  g_assert_false (jm_canvas_start_rename (f->canvas, G_OBJECT (f->document)));
}

static void
test_zoom_to_selection (Fixture       *f,
                        gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  const JmLayoutCard *card = jm_layout_get_card (layout, jm_layout_get_n_cards (layout) - 1);
  JmTouchpoint *tp = card->touchpoint;
  double x0, y0, x1, y1;
  int width = gtk_widget_get_width (GTK_WIDGET (f->canvas));
  int height = gtk_widget_get_height (GTK_WIDGET (f->canvas));

  jm_canvas_set_zoom (f->canvas, 0.3);
  jm_canvas_set_selection (f->canvas, G_OBJECT (tp));
  jm_canvas_zoom_to_selection (f->canvas);
  jm_ui_test_iterate (20);

  g_assert_cmpfloat (jm_canvas_get_zoom (f->canvas), >, 1.0);
  g_assert_cmpfloat (jm_canvas_get_zoom (f->canvas), <=, 2.0);
  card = jm_layout_find_card (jm_canvas_get_layout (f->canvas), tp);
  jm_canvas_map_to_widget (f->canvas, card->rect.x, card->rect.y, &x0, &y0);
  jm_canvas_map_to_widget (f->canvas, card->rect.x + card->rect.width,
                           card->rect.y + card->rect.height, &x1, &y1);
  g_assert_cmpfloat (x0, >=, 0);
  g_assert_cmpfloat (y0, >=, 0);
  g_assert_cmpfloat (x1, <=, width);
  g_assert_cmpfloat (y1, <=, height);
}

static void
test_drag_feedback_drawn (Fixture       *f,
                          gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  const JmLayoutCard *card = jm_layout_get_card (layout, 0);
  const char *png = g_getenv ("JM_TEST_CANVAS_DRAG_PNG");
  cairo_surface_t *still, *dragging;
  JmRect target;
  double x, y, drop_y;

  /* small enough that the source and the target cell are in view */
  jm_canvas_set_zoom (f->canvas, 0.6);
  jm_ui_test_iterate (20);
  still = jm_ui_test_render_canvas (f->canvas);

  /* into the next cell across, between its first and second card */
  g_assert_true (jm_layout_get_cell_rect (layout, card->lane, card->column + 1, &target));
  rect_centre (&card->rect, &x, &y);
  drop_y = card->rect.y + card->rect.height + 30;
  jm_canvas_drag_begin (f->canvas, x, y, FALSE);
  jm_canvas_drag_update (f->canvas, x + 30, y + 20);
  jm_canvas_drag_update (f->canvas, target.x + 150, drop_y);
  jm_ui_test_iterate (20);
  dragging = jm_ui_test_render_canvas (f->canvas);
  if (png != NULL)
    g_assert_cmpint (cairo_surface_write_to_png (dragging, png), ==, CAIRO_STATUS_SUCCESS);

  /* the lifted card, its slot and the moved curve: a lot changed */
  g_assert_cmpuint (jm_test_count_differences (still, dragging, NULL), >, 20000);

  jm_canvas_drag_cancel (f->canvas);
  cairo_surface_destroy (still);
  cairo_surface_destroy (dragging);
}


static void
test_pan (Fixture       *f,
          gconstpointer  data)
{
  GtkAdjustment *h = gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (f->canvas));
  GtkAdjustment *v = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (f->canvas));
  guint n_undo = jm_history_get_n_undo (history_of (f));
  double h0, v0;

  gtk_adjustment_set_value (h, 100);
  gtk_adjustment_set_value (v, 100);
  h0 = gtk_adjustment_get_value (h);
  v0 = gtk_adjustment_get_value (v);

  /* the map follows the pointer: dragging left and up scrolls right and down */
  jm_canvas_drag_begin (f->canvas, 300, 300, TRUE);
  jm_canvas_pan_update (f->canvas, -40, -30);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (h), h0 + 40, 0.5);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (v), v0 + 30, 0.5);
  jm_canvas_drag_end (f->canvas, 0, 0);
  g_assert_false (jm_canvas_is_dragging (f->canvas));
  /* panning over a card neither moves nor selects it */
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), ==, n_undo);
  g_assert_null (jm_canvas_get_selection (f->canvas));

  /* Escape during a pan puts the view back */
  jm_canvas_drag_begin (f->canvas, 300, 300, TRUE);
  jm_canvas_pan_update (f->canvas, 50, 20);
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Escape, 0));
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (h), h0 + 40, 0.5);
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (v), v0 + 30, 0.5);
}

static void
test_alt_arrows_move (Fixture       *f,
                      gconstpointer  data)
{
  JmLayout *layout = jm_canvas_get_layout (f->canvas);
  JmTouchpoint *tp = card_at (layout, 0, 0, 0);
  JmPersona *first = jm_document_get_persona (f->document, 0);
  JmPhase *phase = jm_document_get_phase (f->document, 0);
  g_autofree char *old_phase = g_strdup (jm_touchpoint_get_phase (tp));
  guint n_undo = jm_history_get_n_undo (history_of (f));

  jm_canvas_set_selection (f->canvas, G_OBJECT (tp));
  /* down within its cell, then into the next phase */
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_cmpint (jm_test_index_in_cell (f->document, tp), ==, 1);
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_cmpstr (jm_touchpoint_get_phase (tp), ==,
                   jm_phase_get_id (jm_document_get_phase (f->document, 1)));
  g_assert_cmpint (jm_test_index_in_cell (f->document, tp), ==, 1);
  g_assert_true (jm_canvas_get_selection (f->canvas) == G_OBJECT (tp));
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), ==, n_undo + 2);
  jm_history_undo (history_of (f));
  jm_history_undo (history_of (f));
  g_assert_cmpstr (jm_touchpoint_get_phase (tp), ==, old_phase);
  g_assert_cmpint (jm_test_index_in_cell (f->document, tp), ==, 0);

  /* a lane down, a phase right */
  jm_canvas_set_selection (f->canvas, G_OBJECT (first));
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Down, GDK_ALT_MASK));
  g_assert_true (jm_document_get_persona (f->document, 1) == first);
  jm_canvas_set_selection (f->canvas, G_OBJECT (phase));
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Right, GDK_ALT_MASK));
  g_assert_true (jm_document_get_phase (f->document, 1) == phase);
  /* at the edge: nothing moves, nothing is recorded */
  n_undo = jm_history_get_n_undo (history_of (f));
  jm_canvas_set_selection (f->canvas, G_OBJECT (jm_document_get_phase (f->document, 0)));
  g_assert_true (jm_canvas_handle_key (f->canvas, GDK_KEY_Left, GDK_ALT_MASK));
  g_assert_cmpuint (jm_history_get_n_undo (history_of (f)), ==, n_undo);
}

int
main (int   argc,
      char *argv[])
{
  jm_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, jm_ui_test_canvas_set_up, func, \
              jm_ui_test_canvas_tear_down)
  ADD ("/canvas-edit/drag-card-to-cell", test_drag_card_to_cell);
  ADD ("/canvas-edit/drag-card-within-cell", test_drag_card_within_cell);
  ADD ("/canvas-edit/escape-cancels-drag", test_escape_cancels_drag);
  ADD ("/canvas-edit/drag-lane-reorders", test_drag_lane_reorders);
  ADD ("/canvas-edit/drag-phase-reorders", test_drag_phase_reorders);
  ADD ("/canvas-edit/drag-curve-point-sets-emotion", test_drag_curve_point_sets_emotion);
  ADD ("/canvas-edit/long-drag-is-followed", test_long_drag_is_followed);
  ADD ("/canvas-edit/keyboard-navigation", test_keyboard_navigation);
  ADD ("/canvas-edit/keyboard-reaches-empty-cell", test_keyboard_reaches_empty_cell);
  ADD ("/canvas-edit/current-cell-is-drawn", test_current_cell_is_drawn);
  ADD ("/canvas-edit/insert-adds-touchpoint", test_insert_adds_touchpoint);
  ADD ("/canvas-edit/double-click-empty-spot-adds", test_double_click_empty_spot_adds);
  ADD ("/canvas-edit/rename-in-place", test_rename_in_place);
  ADD ("/canvas-edit/zoom-to-selection", test_zoom_to_selection);
  ADD ("/canvas-edit/drag-feedback-drawn", test_drag_feedback_drawn);
  ADD ("/canvas-edit/pan", test_pan);
  ADD ("/canvas-edit/alt-arrows-move", test_alt_arrows_move);
#undef ADD
  g_test_add_func ("/canvas-edit/emotion-label", test_emotion_label);

  return jm_ui_test_run ();
}

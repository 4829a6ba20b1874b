/* test-priority-view.c: the prioritisation list sorts, filters and selects
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-edit.h"
#include "jm-priority-view-private.h"
#include "jm-ui-test.h"

typedef struct
{
  JmDocument     *document;
  JmHistory      *history;
  GtkWindow      *window;
  JmPriorityView *view;
} Fixture;

/* Votes per touchpoint: disappointment, OK, delight (show of hands). */
static const struct {
  const char *title;
  const char *persona;
  const char *phase;
  const char *owner;
  int         hands[3];
  int         expectation, performance;
} cards[] = {
  { "Ad",       "p1", "ph1", "Marketing", { 1, 1, 8 }, 3, 4 },
  { "Checkout", "p1", "ph2", "Shop",      { 6, 2, 2 }, 5, 2 },
  { "Hotline",  "p2", "ph2", "Service",   { 4, 0, 4 }, 0, 0 },
  { "Invoice",  "p2", "ph1", "Finance",   { 0, 0, 0 }, 4, 4 },
};

static JmDocument *
build_document (void)
{
  JmDocument *doc = jm_document_new ();

  for (guint i = 1; i <= 2; i++)
    {
      g_autofree char *pid = g_strdup_printf ("p%u", i);
      g_autofree char *phid = g_strdup_printf ("ph%u", i);
      g_autoptr(JmPersona) persona = jm_persona_new (pid, i == 1 ? "Anna" : "Ben");
      g_autoptr(JmPhase) phase = jm_phase_new (phid, i == 1 ? "Awareness" : "Purchase");

      jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
      jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i + 1);
      g_autoptr(JmTouchpoint) tp = jm_touchpoint_new (id, cards[i].persona, cards[i].phase, cards[i].title);

      jm_touchpoint_set_owner (tp, cards[i].owner);
      jm_touchpoint_set_expectation (tp, cards[i].expectation);
      jm_touchpoint_set_performance (tp, cards[i].performance);
      g_object_set (tp,
                    "hands-disappointment", cards[i].hands[0],
                    "hands-ok", cards[i].hands[1],
                    "hands-delight", cards[i].hands[2],
                    NULL);
      jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
    }

  return doc;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->document = build_document ();
  fixture->history = jm_history_new (fixture->document);
  fixture->view = JM_PRIORITY_VIEW (jm_priority_view_new ());
  jm_priority_view_set_history (fixture->view, fixture->history);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 500);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  jm_ui_test_iterate (50);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->document);
}

/* The titles of the shown rows joined by spaces. */
static char *
dup_rows (Fixture *fixture)
{
  GListModel *rows = jm_priority_view_get_rows (fixture->view);
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(JmTouchpoint) tp = g_list_model_get_item (rows, i);

      g_string_append_printf (titles, "%s%s", i ? " " : "", jm_touchpoint_get_title (tp));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

static void
assert_rows (Fixture    *fixture,
             const char *expected)
{
  g_autofree char *rows = dup_rows (fixture);

  g_assert_cmpstr (rows, ==, expected);
}

static void
test_reading_order_then_sorting (Fixture       *fixture,
                                 gconstpointer  data)
{
  /* unsorted: persona, then phase */
  assert_rows (fixture, "Ad Checkout Invoice Hotline");

  /* the worst first: disappointment share 60 %, 50 %, 10 %, then no votes */
  jm_priority_view_sort_by (fixture->view, JM_PRIORITY_COLUMN_DISAPPOINTMENT, GTK_SORT_DESCENDING);
  assert_rows (fixture, "Checkout Hotline Ad Invoice");

  jm_priority_view_sort_by (fixture->view, JM_PRIORITY_COLUMN_DELIGHT, GTK_SORT_DESCENDING);
  assert_rows (fixture, "Ad Hotline Checkout Invoice");

  /* performance − expectation: −3 (Checkout), 0 (Invoice), +1 (Ad); unset first when ascending */
  jm_priority_view_sort_by (fixture->view, JM_PRIORITY_COLUMN_GAP, GTK_SORT_ASCENDING);
  assert_rows (fixture, "Hotline Checkout Invoice Ad");

  jm_priority_view_sort_by (fixture->view, JM_PRIORITY_COLUMN_OWNER, GTK_SORT_ASCENDING);
  assert_rows (fixture, "Invoice Ad Hotline Checkout");

  jm_priority_view_sort_by (fixture->view, JM_PRIORITY_COLUMN_SPLIT, GTK_SORT_DESCENDING);
  {
    g_autofree char *rows = dup_rows (fixture);

    /* half the room delighted, half disappointed: the one split room */
    g_assert_true (g_str_has_prefix (rows, "Hotline "));
  }
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  jm_priority_view_set_filter (fixture->view, jm_document_find_persona (fixture->document, "p2"), NULL, NULL);
  assert_rows (fixture, "Invoice Hotline");

  jm_priority_view_set_filter (fixture->view, NULL, jm_document_find_phase (fixture->document, "ph2"), NULL);
  assert_rows (fixture, "Checkout Hotline");

  jm_priority_view_set_filter (fixture->view, jm_document_find_persona (fixture->document, "p1"),
                               jm_document_find_phase (fixture->document, "ph2"), NULL);
  assert_rows (fixture, "Checkout");

  jm_priority_view_set_filter (fixture->view, NULL, NULL, "Finance");
  assert_rows (fixture, "Invoice");

  jm_priority_view_set_filter (fixture->view, NULL, NULL, NULL);
  assert_rows (fixture, "Ad Checkout Invoice Hotline");

  /* the list follows the map */
  jm_document_set_string (fixture->document, jm_document_find_touchpoint (fixture->document, "t1"),
                          "title", "Banner");
  assert_rows (fixture, "Banner Checkout Invoice Hotline");
  jm_document_remove (fixture->document, JM_COLLECTION_TOUCHPOINTS, NULL,
                      jm_document_find_touchpoint (fixture->document, "t2"));
  assert_rows (fixture, "Banner Invoice Hotline");

  /* hidden, it catches up when shown again */
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), FALSE);
  jm_document_set_string (fixture->document, jm_document_find_touchpoint (fixture->document, "t1"),
                          "title", "Poster");
  gtk_widget_set_visible (GTK_WIDGET (fixture->view), TRUE);
  assert_rows (fixture, "Poster Invoice Hotline");
}

static void
on_activated_cb (JmPriorityView  *view,
                 JmTouchpoint    *tp,
                 JmTouchpoint   **out)
{
  *out = tp;
}

static void
test_activate_and_super (Fixture       *fixture,
                         gconstpointer  data)
{
  JmTouchpoint *activated = NULL;
  JmTouchpoint *checkout = jm_document_find_touchpoint (fixture->document, "t2");

  g_signal_connect (fixture->view, "touchpoint-activated", G_CALLBACK (on_activated_cb), &activated);
  jm_priority_view_sort_by (fixture->view, JM_PRIORITY_COLUMN_DISAPPOINTMENT, GTK_SORT_DESCENDING);
  jm_priority_view_activate_row (fixture->view, 0);
  g_assert_true (activated == checkout);

  jm_priority_view_set_super (fixture->view, 0, TRUE);
  g_assert_true (jm_touchpoint_get_super (checkout));
  g_assert_cmpstr (jm_history_get_undo_label (fixture->history), ==, "Mark as Super-Touchpoint");
  jm_history_undo (fixture->history);
  g_assert_false (jm_touchpoint_get_super (checkout));
}

static void
count_cb (GListModel *model,
          guint       position,
          guint       removed,
          guint       added,
          guint      *count)
{
  (*count)++;
}

/* Shown, the list follows every edit; an undo step of many changes
 * (deleting a persona with its cards) refills it once, not per change. */
static void
test_batch_refills_once (Fixture       *fixture,
                         gconstpointer  data)
{
  GListModel *rows = jm_priority_view_get_rows (fixture->view);
  guint single = 0, batch = 0;
  gulong handler;

  handler = g_signal_connect (rows, "items-changed", G_CALLBACK (count_cb), &single);
  jm_document_set_string (fixture->document, G_OBJECT (jm_document_get_touchpoint (fixture->document, 0)),
                          "title", "Poster");
  g_signal_handler_disconnect (rows, handler);
  g_assert_cmpuint (single, >, 0);
  assert_rows (fixture, "Poster Checkout Invoice Hotline");

  handler = g_signal_connect (rows, "items-changed", G_CALLBACK (count_cb), &batch);
  jm_edit_delete_persona (fixture->history, jm_document_get_persona (fixture->document, 1));
  g_signal_handler_disconnect (rows, handler);
  g_assert_cmpuint (batch, ==, single);
  assert_rows (fixture, "Poster Checkout");
}

static void
record_change_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u ", position, removed, added);
}

/* Shown, the list puts a touchpoint whose votes or title changed in its
 * new place by itself, without filling the whole list again; a change
 * of reading order fills it again. */
static void
test_vote_moves_one_row (Fixture       *fixture,
                         gconstpointer  data)
{
  JmTouchpoint *invoice = jm_document_find_touchpoint (fixture->document, "t4");
  g_autoptr(GString) log = g_string_new (NULL);

  jm_priority_view_sort_by (fixture->view, JM_PRIORITY_COLUMN_DISAPPOINTMENT, GTK_SORT_DESCENDING);
  assert_rows (fixture, "Checkout Hotline Ad Invoice");
  g_signal_connect (fixture->view->store, "items-changed", G_CALLBACK (record_change_cb), log);

  jm_document_set_int (fixture->document, G_OBJECT (invoice), "hands-disappointment", 9);
  assert_rows (fixture, "Invoice Checkout Hotline Ad");
  jm_document_set_string (fixture->document, G_OBJECT (invoice), "title", "Bill");
  assert_rows (fixture, "Bill Checkout Hotline Ad");
  /* Invoice is third in reading order (index 2): Anna's two, then Ben's */
  g_assert_cmpstr (log->str, ==, "2-1+1 2-1+1 ");

  jm_document_set_string (fixture->document, G_OBJECT (invoice), "phase", "ph2");
  g_assert_cmpstr (log->str, ==, "2-1+1 2-1+1 0-4+4 ");
  g_signal_handlers_disconnect_by_data (fixture->view->store, log);
}

int
main (int   argc,
      char *argv[])
{
  jm_ui_test_init (&argc, &argv);

  g_test_add ("/priority-view/reading-order-then-sorting", Fixture, NULL,
              fixture_set_up, test_reading_order_then_sorting, fixture_tear_down);
  g_test_add ("/priority-view/filters", Fixture, NULL,
              fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/priority-view/activate-and-super", Fixture, NULL,
              fixture_set_up, test_activate_and_super, fixture_tear_down);
  g_test_add ("/priority-view/vote-moves-one-row", Fixture, NULL,
              fixture_set_up, test_vote_moves_one_row, fixture_tear_down);
  g_test_add ("/priority-view/batch-refills-once", Fixture, NULL,
              fixture_set_up, test_batch_refills_once, fixture_tear_down);

  return jm_ui_test_run ();
}

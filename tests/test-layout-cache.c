/* test-layout-cache.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout keeps what it measured between changes and updates only
 * what a change touches (jm_layout_apply_change()). These tests make
 * thousands of random edits of every kind and check after each one
 * that the incrementally kept layout equals a fresh layout of the same
 * document: every rectangle, lane, column, curve point and segment,
 * every placed text and the map's size.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "jm-edit.h"
#include "jm-history.h"
#include "jm-layout-private.h"
#include "jm-random-edit.h"

#define EPSILON 1e-6

static void
assert_near (double      a,
             double      b,
             const char *what)
{
  if (fabs (a - b) > EPSILON)
    g_error ("%s differs: kept %.9f, fresh %.9f", what, a, b);
}

static void
assert_rect (const JmRect *a,
             const JmRect *b,
             const char   *what)
{
  assert_near (a->x, b->x, what);
  assert_near (a->y, b->y, what);
  assert_near (a->width, b->width, what);
  assert_near (a->height, b->height, what);
}

static void
assert_text (const JmText *a,
             const JmText *b,
             const char   *what)
{
  g_assert_true ((a->layout == NULL) == (b->layout == NULL));
  if (a->layout == NULL)
    return;
  g_assert_cmpstr (pango_layout_get_text (a->layout), ==, pango_layout_get_text (b->layout));
  g_assert_cmpint (pango_layout_get_width (a->layout), ==, pango_layout_get_width (b->layout));
  assert_near (a->x, b->x, what);
  assert_near (a->y, b->y, what);
  assert_near (a->width, b->width, what);
  assert_near (a->height, b->height, what);
}

static void
assert_points (const JmCurvePoint *a,
               const JmCurvePoint *b,
               guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (a[i].touchpoint == b[i].touchpoint);
      g_assert_cmpint (a[i].derived, ==, b[i].derived);
      g_assert_cmpuint (a[i].n_votes, ==, b[i].n_votes);
      assert_near (a[i].x, b[i].x, "point x");
      assert_near (a[i].y, b[i].y, "point y");
      assert_near (a[i].emotion, b[i].emotion, "point emotion");
      assert_near (a[i].spread, b[i].spread, "point spread");
    }
}

static void
assert_segments (const JmCurveSegment *a,
                 const JmCurveSegment *b,
                 guint                 n)
{
  for (guint i = 0; i < n; i++)
    {
      const double *da = &a[i].x0, *db = &b[i].x0;

      /* eight doubles: x0 y0 … x3 y3 */
      for (guint k = 0; k < sizeof (JmCurveSegment) / sizeof (double); k++)
        assert_near (da[k], db[k], "curve segment");
    }
}

static void
assert_card_content (const JmCardContent *a,
                     const JmCardContent *b)
{
  const JmText *ta[] = { &a->title, &a->channel, &a->detail, &a->owner, &a->counts[0],
                         &a->counts[1], &a->counts[2], &a->verdict, &a->split_label,
                         &a->hidden, &a->expected };
  const JmText *tb[] = { &b->title, &b->channel, &b->detail, &b->owner, &b->counts[0],
                         &b->counts[1], &b->counts[2], &b->verdict, &b->split_label,
                         &b->hidden, &b->expected };
  const JmRect *ra[] = { &a->owned_mark, &a->star, &a->ratings, &a->bar, &a->verdict_mark,
                         &a->split_mark, &a->results };
  const JmRect *rb[] = { &b->owned_mark, &b->star, &b->ratings, &b->bar, &b->verdict_mark,
                         &b->split_mark, &b->results };

  for (guint i = 0; i < G_N_ELEMENTS (ta); i++)
    assert_text (ta[i], tb[i], "card text");
  for (guint i = 0; i < G_N_ELEMENTS (ra); i++)
    assert_rect (ra[i], rb[i], "card part");
  g_assert_cmpint (a->owned, ==, b->owned);
  g_assert_cmpint (a->is_super, ==, b->is_super);
  g_assert_cmpint (a->gap, ==, b->gap);
  g_assert_cmpuint (a->summary.total, ==, b->summary.total);
  g_assert_cmpint (a->summary.classification, ==, b->summary.classification);
}

/* Everything a painter or hit-test reads must be the same. */
static void
assert_layouts_equal (JmLayout *kept,
                      JmLayout *fresh)
{
  const JmTitleContent *title_a = jm_layout_get_title_content (kept);
  const JmTitleContent *title_b = jm_layout_get_title_content (fresh);

  assert_near (jm_layout_get_width (kept), jm_layout_get_width (fresh), "map width");
  assert_near (jm_layout_get_height (kept), jm_layout_get_height (fresh), "map height");
  assert_rect (jm_layout_get_title_rect (kept), jm_layout_get_title_rect (fresh), "title");
  assert_rect (jm_layout_get_legend_rect (kept), jm_layout_get_legend_rect (fresh), "legend");
  assert_text (&title_a->title, &title_b->title, "title text");
  assert_text (&title_a->meta, &title_b->meta, "meta text");
  assert_text (&title_a->description, &title_b->description, "description");

  g_assert_cmpuint (jm_layout_get_n_columns (kept), ==, jm_layout_get_n_columns (fresh));
  for (guint i = 0; i < jm_layout_get_n_columns (kept); i++)
    {
      const JmLayoutColumn *a = jm_layout_get_column (kept, i);
      const JmLayoutColumn *b = jm_layout_get_column (fresh, i);

      g_assert_true (a->phase == b->phase);
      assert_rect (&a->header, &b->header, "column header");
      assert_rect (&a->column, &b->column, "column");
      assert_text (jm_layout_get_column_text (kept, i), jm_layout_get_column_text (fresh, i),
                   "phase name");
    }

  g_assert_cmpuint (jm_layout_get_n_lanes (kept), ==, jm_layout_get_n_lanes (fresh));
  for (guint i = 0; i < jm_layout_get_n_lanes (kept); i++)
    {
      const JmLayoutLane *a = jm_layout_get_lane (kept, i);
      const JmLayoutLane *b = jm_layout_get_lane (fresh, i);
      const JmLaneContent *ca = jm_layout_get_lane_content (kept, i);
      const JmLaneContent *cb = jm_layout_get_lane_content (fresh, i);

      g_assert_true (a->persona == b->persona);
      assert_rect (&a->header, &b->header, "lane header");
      assert_rect (&a->lane, &b->lane, "lane");
      assert_rect (&a->band, &b->band, "band");
      assert_near (a->neutral_y, b->neutral_y, "neutral y");
      g_assert_cmpuint (a->n_points, ==, b->n_points);
      g_assert_cmpuint (a->n_segments, ==, b->n_segments);
      g_assert_cmpuint (a->n_expected_points, ==, b->n_expected_points);
      g_assert_cmpuint (a->n_expected_segments, ==, b->n_expected_segments);
      assert_points (a->points, b->points, a->n_points);
      assert_segments (a->segments, b->segments, a->n_segments);
      assert_points (a->expected_points, b->expected_points, a->n_expected_points);
      assert_segments (a->expected_segments, b->expected_segments, a->n_expected_segments);

      assert_text (&ca->name, &cb->name, "lane name");
      assert_text (&ca->detail, &cb->detail, "lane detail");
      assert_text (&ca->band_label, &cb->band_label, "band label");
      for (guint k = 0; k < G_N_ELEMENTS (ca->axis); k++)
        assert_text (&ca->axis[k], &cb->axis[k], "axis");
    }

  g_assert_cmpuint (jm_layout_get_n_cards (kept), ==, jm_layout_get_n_cards (fresh));
  for (guint i = 0; i < jm_layout_get_n_cards (kept); i++)
    {
      const JmLayoutCard *a = jm_layout_get_card (kept, i);
      const JmLayoutCard *b = jm_layout_get_card (fresh, i);

      g_assert_true (a->touchpoint == b->touchpoint);
      g_assert_cmpuint (a->lane, ==, b->lane);
      g_assert_cmpuint (a->column, ==, b->column);
      g_assert_cmpuint (a->index_in_cell, ==, b->index_in_cell);
      assert_rect (&a->rect, &b->rect, "card");
      g_assert_true (jm_layout_find_card (kept, a->touchpoint) == a);
      assert_card_content (jm_layout_get_card_content (kept, i),
                           jm_layout_get_card_content (fresh, i));
    }
}

/* @kept, as changes left it, equals a fresh layout of @document. */
static void
assert_kept_is_fresh (JmLayout   *kept,
                      JmDocument *document)
{
  g_autoptr(JmLayout) fresh = jm_layout_new (document);

  assert_layouts_equal (kept, fresh);
}

static void
on_changed (JmDocument     *document,
            const JmChange *change,
            JmLayout       *layout)
{
  jm_layout_apply_change (layout, change);
}

static JmLayout *
fresh_layout (JmDocument *document,
              gboolean    hide_derived)
{
  JmLayout *layout = jm_layout_new (document);

  jm_layout_set_hide_derived (layout, hide_derived);
  return layout;
}

static const char *const long_texts[] = {
  "A",
  "Compares prices on three comparison sites before deciding which shop to trust",
  "Calls the hotline, waits twenty minutes, is transferred twice and finally hangs up in anger",
  "",
  NULL,
};

/* Text edits whose length changes card heights, so lanes grow and
 * shrink and the lanes below have to move. */
static void
random_text_edit (JmDocument *document)
{
  static const char *const properties[] = { "title", "action", "feeling", "owner", "channel" };
  guint n = jm_document_get_n_touchpoints (document);
  JmTouchpoint *tp;

  if (n == 0)
    return;

  tp = jm_document_get_touchpoint (document, g_test_rand_int_range (0, n));
  switch (g_test_rand_int_range (0, 4))
    {
    case 0:
      jm_document_set_int (document, tp, "expectation", g_test_rand_int_range (0, 6));
      break;
    case 1:
      jm_document_set_int (document, tp, "performance", g_test_rand_int_range (0, 6));
      break;
    default:
      jm_document_set_string (document, tp,
                              properties[g_test_rand_int_range (0, G_N_ELEMENTS (properties))],
                              long_texts[g_test_rand_int_range (0, G_N_ELEMENTS (long_texts))]);
      break;
    }
}

static void
run_edits (JmDocument *document,
           JmLayout   *kept,
           guint       n_edits,
           gboolean    hide_derived)
{
  g_signal_connect (document, "changed", G_CALLBACK (on_changed), kept);

  for (guint serial = 0; serial < n_edits; serial++)
    {
      g_autoptr(JmLayout) fresh = NULL;

      if (g_test_rand_int_range (0, 3) == 0)
        random_text_edit (document);
      else
        jm_test_random_edit (document, serial);

      fresh = fresh_layout (document, hide_derived);
      assert_layouts_equal (kept, fresh);
    }

  g_signal_handlers_disconnect_by_func (document, on_changed, kept);
}

static void
run_session (guint    n_edits,
             gboolean hide_derived)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) kept = fresh_layout (document, hide_derived);

  run_edits (document, kept, n_edits, hide_derived);
}

typedef struct
{
  JmDocument   *document;
  gboolean      hide_derived;
  PangoFontMap *thread_font_map;   /* the loader thread's default */
} DetachedJob;

static gpointer
lay_out_detached (gpointer data)
{
  DetachedJob *job = data;

  job->thread_font_map = g_object_ref (pango_cairo_font_map_get_default ());

  return jm_layout_new_detached (job->document, job->hide_derived);
}

/* A layout a loader thread makes for the window: laid out there, then
 * kept up to date here with the edits of this thread, it is the same
 * as one made here; and its text is shaped with a font map of its own,
 * not the one this thread (or the loader, for later work) shares. */
static void
test_detached_layout (void)
{
  for (guint hide = 0; hide <= 1; hide++)
    {
      g_autoptr(JmDocument) document = jm_test_build_document ();
      DetachedJob job = { document, hide, NULL };
      GThread *thread = g_thread_new ("loader", lay_out_detached, &job);
      g_autoptr(JmLayout) kept = g_thread_join (thread);
      g_autoptr(JmLayout) fresh = fresh_layout (document, hide);
      PangoFontMap *font_map = pango_context_get_font_map (jm_layout_get_pango_context (kept));

      g_assert_true (font_map != job.thread_font_map);
      g_assert_true (font_map != pango_cairo_font_map_get_default ());
      g_clear_object (&job.thread_font_map);
      g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, 1);
      assert_layouts_equal (kept, fresh);

      run_edits (document, kept, 300, hide);
    }
}

/* Pango starts each font map with a task in a thread of its own, which
 * loads the font configuration and holds the font map until it is done:
 * on a small map, a font map can outlive its layout by that long. */
static void
await_finalized (gpointer *weak_pointer)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (*weak_pointer != NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);

  g_assert_null (*weak_pointer);
}

/* Every layout's shaped text goes with it: the cache of shaped text
 * held its context, and each layout dropped (a map opened over another,
 * an export) kept all the text of its map. */
static void
test_text_freed_with_layout (void)
{
  for (guint detached = 0; detached <= 1; detached++)
    {
      g_autoptr(JmDocument) document = jm_test_build_document ();
      JmLayout *layout = detached ? jm_layout_new_detached (document, FALSE)
                                  : jm_layout_new (document);
      PangoContext *context = jm_layout_get_pango_context (layout);
      PangoLayout *title = NULL;
      PangoFontMap *font_map = pango_context_get_font_map (context);

      g_signal_connect (document, "changed", G_CALLBACK (on_changed), layout);
      for (guint serial = 0; serial < 50; serial++)
        random_text_edit (document);
      g_signal_handlers_disconnect_by_func (document, on_changed, layout);

      title = jm_layout_get_card_content (layout, 0)->title.layout;
      g_object_add_weak_pointer (G_OBJECT (context), (gpointer *)&context);
      g_object_add_weak_pointer (G_OBJECT (title), (gpointer *)&title);
      if (detached)
        g_object_add_weak_pointer (G_OBJECT (font_map), (gpointer *)&font_map);

      g_object_unref (layout);

      g_assert_null (title);
      g_assert_null (context);
      if (detached)
        await_finalized ((gpointer *)&font_map);
    }
}

static void
test_random_edits (void)
{
  run_session (g_test_thorough () ? 20000 : 3000, FALSE);
}

static void
test_random_edits_hide_derived (void)
{
  run_session (g_test_thorough () ? 5000 : 1000, TRUE);
}

static guint
count_curve_points (JmLayout *layout)
{
  guint n = 0;

  for (guint i = 0; i < jm_layout_get_n_lanes (layout); i++)
    n += jm_layout_get_lane (layout, i)->n_points;

  return n;
}

/* Starting and ending a rating round hides and shows the emotions
 * derived from votes: their points leave the curves and come back,
 * with no full pass over the map, the whole map damaged (the painter
 * hides every card's results), and the layout equal to a fresh one
 * after every edit either way. */
static void
test_hide_derived_is_incremental (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) kept = jm_layout_new (document);
  gboolean hidden = FALSE, hid_some = FALSE;

  g_signal_connect (document, "changed", G_CALLBACK (on_changed), kept);
  for (guint serial = 0; serial < 300; serial++)
    {
      g_autoptr(JmLayout) fresh = NULL;
      guint updates = jm_layout_get_n_full_updates (kept);
      guint layout_serial = jm_layout_get_serial (kept);
      guint n_points = count_curve_points (kept);
      JmRect damage[JM_LAYOUT_MAX_DAMAGE];
      guint n_damage;

      jm_layout_take_damage (kept, damage, &n_damage);
      hidden = !hidden;
      jm_layout_set_hide_derived (kept, hidden);

      g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates);
      g_assert_cmpuint (jm_layout_get_serial (kept), !=, layout_serial);
      g_assert_false (jm_layout_take_damage (kept, damage, &n_damage));
      fresh = fresh_layout (document, hidden);
      assert_layouts_equal (kept, fresh);
      if (hidden)
        hid_some |= count_curve_points (kept) < n_points;

      jm_test_random_edit (document, serial);
    }
  g_signal_handlers_disconnect_by_func (document, on_changed, kept);

  /* the edits voted, so there were derived emotions to hide */
  g_assert_true (hid_some);
}

/* A value edit of a card is handled without laying out the whole map
 * again, and still comes out right. */
static void
test_card_edit_is_incremental (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) kept = jm_layout_new (document);
  JmTouchpoint *tp = jm_document_get_touchpoint (document, 0);
  JmTouchpoint *other = jm_document_get_touchpoint (document, 1);
  const JmLayoutCard *card = jm_layout_find_card (kept, tp);
  const JmLayoutCard *below;
  PangoLayout *other_title;
  double old_height = card->rect.height;
  double old_map_height = jm_layout_get_height (kept);
  guint updates = jm_layout_get_n_full_updates (kept);

  other_title = jm_layout_get_card_content (kept,
                                            jm_layout_find_card_index (kept, other))->title.layout;

  g_signal_connect (document, "changed", G_CALLBACK (on_changed), kept);
  jm_document_set_string (document, tp, "title", long_texts[2]);
  jm_document_set_string (document, tp, "action", long_texts[1]);
  jm_document_set_int (document, tp, "expectation", 4);
  jm_document_set_int (document, tp, "performance", 2);
  jm_document_set_rating (document, tp, "u1", JM_RATING_DELIGHT);
  jm_document_set_string (document, jm_document_get_persona (document, 0), "name",
                          "A persona with a long name that wraps");
  g_signal_handlers_disconnect_by_func (document, on_changed, kept);

  /* no full pass, nothing else shaped again */
  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates);
  g_assert_true (jm_layout_get_card_content (kept,
                                             jm_layout_find_card_index (kept, other))->title.layout ==
                 other_title);

  /* the card grew, the lanes below moved down */
  card = jm_layout_find_card (kept, tp);
  g_assert_cmpfloat (card->rect.height, >, old_height);
  g_assert_cmpfloat (jm_layout_get_height (kept), >, old_map_height);
  below = jm_layout_find_card (kept, jm_document_get_touchpoint (document, 2));
  g_assert_cmpuint (below->lane, >, card->lane);

  assert_kept_is_fresh (kept, document);
}

/* Moving a card to another cell or place measures nothing again: the
 * cells are chained anew and the lanes flow, as a drag needs at every
 * new drop target. */
static void
test_move_is_incremental (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) kept = jm_layout_new (document);
  JmTouchpoint *tp = jm_document_get_touchpoint (document, 0);
  guint updates = jm_layout_get_n_full_updates (kept);
  PangoLayout *title = jm_layout_get_card_content (kept,
                                                   jm_layout_find_card_index (kept, tp))->title.layout;
  guint last = jm_document_get_n_touchpoints (document) - 1;

  g_signal_connect (document, "changed", G_CALLBACK (on_changed), kept);
  jm_document_set_string (document, tp, "phase", "ph2");
  jm_document_set_string (document, tp, "persona", jm_persona_get_id (jm_document_get_persona (document, 1)));
  jm_document_move (document, JM_COLLECTION_TOUCHPOINTS, NULL, tp, last);
  g_signal_handlers_disconnect_by_func (document, on_changed, kept);

  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates);
  g_assert_true (jm_layout_get_card_content (kept,
                                             jm_layout_find_card_index (kept, tp))->title.layout == title);
  assert_kept_is_fresh (kept, document);
}

/* Drags of every kind, one after another: cards change lanes, phases
 * and places, and the kept layout always equals a fresh one. */
static void
test_random_moves (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) kept = jm_layout_new (document);
  guint updates = jm_layout_get_n_full_updates (kept);

  g_signal_connect (document, "changed", G_CALLBACK (on_changed), kept);
  for (guint i = 0; i < 1000; i++)
    {

      jm_test_random_move (document);
      assert_kept_is_fresh (kept, document);
    }
  g_signal_handlers_disconnect_by_func (document, on_changed, kept);

  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates);
}

/* Cards added to and removed from cells of every lane, first and last
 * in the reading order and in between, each with ratings that move its
 * lane's curve: no full pass, no other card shaped again, and the kept
 * layout equals a fresh one after every step. */
static void
test_add_remove_is_incremental (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) kept = jm_layout_new (document);
  JmTouchpoint *other = jm_document_get_touchpoint (document, 1);
  PangoLayout *other_title =
    jm_layout_get_card_content (kept, jm_layout_find_card_index (kept, other))->title.layout;
  guint updates = jm_layout_get_n_full_updates (kept);
  guint n_cards = jm_layout_get_n_cards (kept);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);

  g_signal_connect (document, "changed", G_CALLBACK (on_changed), kept);

  for (guint i = 0; i < 9; i++)
    {
      g_autofree char *id = jm_document_make_id (document, JM_COLLECTION_TOUCHPOINTS, "t");
      g_autofree char *persona = g_strdup_printf ("p%u", i % 3);
      g_autofree char *phase = g_strdup_printf ("ph%u", (i * 2) % 3);
      JmTouchpoint *tp = jm_touchpoint_new (id, persona, phase, long_texts[i % G_N_ELEMENTS (long_texts)]);
      guint n = jm_document_get_n_touchpoints (document);
      g_autoptr(JmLayout) fresh = NULL;

      jm_touchpoint_set_rating (tp, "u0", (JmRating) (1 + i % 3));
      jm_document_insert (document, JM_COLLECTION_TOUCHPOINTS, NULL, tp, (i * 5) % (n + 1));
      g_ptr_array_add (added, tp);

      assert_kept_is_fresh (kept, document);
    }
  g_assert_cmpuint (jm_layout_get_n_cards (kept), ==, n_cards + 9);

  /* one of each lane goes, then one of the old cards */
  for (guint i = 0; i < 3; i++)
    {

      jm_document_remove (document, JM_COLLECTION_TOUCHPOINTS, NULL, added->pdata[i * 3 + 1]);
      assert_kept_is_fresh (kept, document);
    }
  jm_document_remove (document, JM_COLLECTION_TOUCHPOINTS, NULL,
                      jm_document_get_touchpoint (document, 0));
  g_signal_handlers_disconnect_by_func (document, on_changed, kept);

  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates);
  g_assert_cmpuint (jm_layout_get_n_cards (kept), ==, n_cards + 9 - 4);
  g_assert_true (jm_layout_get_card_content (kept,
                                             jm_layout_find_card_index (kept, other))->title.layout ==
                 other_title);
  assert_kept_is_fresh (kept, document);
}

/* A phase renamed and the title block edited are measured again where
 * they are; only a name that takes another line, moving the grid, makes
 * a full pass. */
static void
test_header_edit_is_incremental (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) kept = jm_layout_new (document);
  JmPhase *phase = jm_document_get_phase (document, 1);
  guint updates = jm_layout_get_n_full_updates (kept);
  const JmText *name;

  g_signal_connect (document, "changed", G_CALLBACK (on_changed), kept);
  jm_document_set_string (document, phase, "name", "Purchase");
  jm_document_set_string (document, phase, "description", "Paying and waiting");
  jm_document_set_string (document, G_OBJECT (document), "title", "Another title");
  jm_document_set_string (document, G_OBJECT (document), "owner", "Miriam");
  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates);
  name = jm_layout_get_column_text (kept, 1);
  g_assert_cmpstr (pango_layout_get_text (name->layout), ==, "Purchase");
  assert_kept_is_fresh (kept, document);

  jm_document_set_string (document, phase, "name", long_texts[2]);
  g_signal_handlers_disconnect_by_func (document, on_changed, kept);
  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates + 1);
  assert_kept_is_fresh (kept, document);
}

/* Participants are not on the map (a card counts the votes it holds):
 * adding, renaming and deleting one, with its votes, makes no full
 * pass. */
static void
test_participant_edit_is_incremental (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) kept = jm_layout_new (document);
  g_autoptr(JmHistory) history = jm_history_new (document);
  guint updates = jm_layout_get_n_full_updates (kept);
  JmParticipant *participant;

  g_signal_connect (document, "changed", G_CALLBACK (on_changed), kept);
  participant = jm_edit_add_participant (history, "Guest", "Sales");
  jm_document_set_string (document, G_OBJECT (participant), "name", "Guest from sales");
  jm_document_set_rating (document, jm_document_get_touchpoint (document, 0),
                          jm_participant_get_id (participant), JM_RATING_DELIGHT);
  jm_edit_delete_participant (history, jm_document_get_participant (document, 0));
  g_signal_handlers_disconnect_by_func (document, on_changed, kept);

  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates);
  assert_kept_is_fresh (kept, document);
}

static void
on_batch_started (JmDocument *document,
                  JmLayout   *layout)
{
  jm_layout_begin_batch (layout);
}

static void
on_batch_finished (JmDocument *document,
                   JmLayout   *layout)
{
  jm_layout_end_batch (layout);
}

/* A batch (one undo step) is followed change by change while it is
 * short, and a long one is laid out once at its end: the hundreds of
 * cards of a persona deleted, pasted or undone would otherwise flow
 * their lane once per card. Either way the result is a fresh layout. */
static void
test_batch_lays_out_once (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) kept = jm_layout_new (document);
  g_autoptr(JmHistory) history = jm_history_new (document);
  guint updates = jm_layout_get_n_full_updates (kept);

  g_signal_connect (document, "changed", G_CALLBACK (on_changed), kept);
  g_signal_connect (document, "batch-started", G_CALLBACK (on_batch_started), kept);
  g_signal_connect (document, "batch-finished", G_CALLBACK (on_batch_finished), kept);

  jm_history_begin_group (history, "Rename", NULL);
  for (guint i = 0; i < 3; i++)
    jm_document_set_string (document, G_OBJECT (jm_document_get_touchpoint (document, i)),
                            "title", "A title long enough to take a second line on its card");
  jm_history_end_group (history);
  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates);
  assert_kept_is_fresh (kept, document);

  jm_history_begin_group (history, "Paste", NULL);
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("b%u", i);
      g_autofree char *persona = g_strdup_printf ("p%u", i % 3);
      g_autofree char *phase = g_strdup_printf ("ph%u", (i / 3) % 3);
      g_autoptr(JmTouchpoint) touchpoint = jm_touchpoint_new (id, persona, phase, "Pasted");

      jm_document_insert (document, JM_COLLECTION_TOUCHPOINTS, NULL, touchpoint, i * 2 % 13);
    }
  jm_history_end_group (history);
  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates + 1);
  assert_kept_is_fresh (kept, document);

  jm_history_undo (history);
  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates + 2);
  assert_kept_is_fresh (kept, document);
  jm_history_redo (history);
  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates + 3);
  assert_kept_is_fresh (kept, document);

  /* a change of its own is followed, as before */
  jm_document_remove (document, JM_COLLECTION_TOUCHPOINTS, NULL,
                      jm_document_get_touchpoint (document, 5));
  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates + 3);
  assert_kept_is_fresh (kept, document);

  g_signal_handlers_disconnect_by_data (document, kept);
}

/* Structural edits fall back to a full update and are right too. */
static void
test_structural_edit (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) kept = jm_layout_new (document);
  guint updates = jm_layout_get_n_full_updates (kept);

  g_signal_connect (document, "changed", G_CALLBACK (on_changed), kept);
  jm_document_remove (document, JM_COLLECTION_PERSONAS, NULL,
                      jm_document_get_persona (document, 1));
  g_signal_handlers_disconnect_by_func (document, on_changed, kept);

  g_assert_cmpuint (jm_layout_get_n_full_updates (kept), ==, updates + 1);
  assert_kept_is_fresh (kept, document);
}

/* The index that painting uses finds exactly the cards in a region. */
static void
test_cards_in_rect (void)
{
  g_autoptr(JmDocument) document = jm_test_build_document ();
  g_autoptr(JmLayout) layout = NULL;

  for (guint i = 0; i < 40; i++)
    jm_test_random_edit (document, i);
  layout = jm_layout_new (document);

  for (guint k = 0; k < 500; k++)
    {
      JmRect rect = { g_test_rand_double_range (-100, jm_layout_get_width (layout)),
                      g_test_rand_double_range (-100, jm_layout_get_height (layout)),
                      g_test_rand_double_range (0, 900), g_test_rand_double_range (0, 700) };
      g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (guint));
      guint n_expected = 0;

      jm_layout_collect_cards_in_rect (layout, &rect, found);
      for (guint i = 0; i < jm_layout_get_n_cards (layout); i++)
        {
          gboolean in = jm_rect_intersects (&jm_layout_get_card (layout, i)->rect, &rect);
          gboolean listed = FALSE;

          for (guint j = 0; j < found->len; j++)
            listed |= g_array_index (found, guint, j) == i;
          g_assert_cmpint (in, ==, listed);
          n_expected += in;
        }
      g_assert_cmpuint (found->len, ==, n_expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout-cache/card-edit-is-incremental", test_card_edit_is_incremental);
  g_test_add_func ("/layout-cache/structural-edit", test_structural_edit);
  g_test_add_func ("/layout-cache/batch-lays-out-once", test_batch_lays_out_once);
  g_test_add_func ("/layout-cache/cards-in-rect", test_cards_in_rect);
  g_test_add_func ("/layout-cache/move-is-incremental", test_move_is_incremental);
  g_test_add_func ("/layout-cache/add-remove-is-incremental", test_add_remove_is_incremental);
  g_test_add_func ("/layout-cache/header-edit-is-incremental", test_header_edit_is_incremental);
  g_test_add_func ("/layout-cache/participant-edit-is-incremental",
                   test_participant_edit_is_incremental);
  g_test_add_func ("/layout-cache/random-moves", test_random_moves);
  g_test_add_func ("/layout-cache/random-edits", test_random_edits);
  g_test_add_func ("/layout-cache/random-edits-hide-derived", test_random_edits_hide_derived);
  g_test_add_func ("/layout-cache/hide-derived-is-incremental", test_hide_derived_is_incremental);
  g_test_add_func ("/layout-cache/detached-layout", test_detached_layout);
  g_test_add_func ("/layout-cache/text-freed-with-layout", test_text_freed_with_layout);

  return g_test_run ();
}

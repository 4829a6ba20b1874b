/* test-layout.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "jm-curve.h"
#include "jm-document.h"
#include "jm-layout.h"
#include "jm-layout-private.h"

#define N_RANDOM_DOCUMENTS 50
#define EPSILON 1e-6

static const char * const words[] = {
  "Sees", "an", "ad", "compares", "prices", "on", "a", "portal", "checkout", "delivery",
  "hotline", "Kundenzufriedenheitsbefragungsergebnisauswertung", "returns", "invoice",
  "newsletter", "store", "visit", "chat", "support", "Überweisung", "login", "voucher",
};

static void
add_persona (JmDocument *doc,
             const char *id,
             const char *name)
{
  g_autoptr(JmPersona) persona = jm_persona_new (id, name);

  jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
}

static void
add_phase (JmDocument *doc,
           const char *id,
           const char *name)
{
  g_autoptr(JmPhase) phase = jm_phase_new (id, name);

  jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
}

static JmTouchpoint *
add_touchpoint (JmDocument *doc,
                const char *persona,
                const char *phase,
                const char *title,
                double      emotion)
{
  g_autofree char *id = jm_document_make_id (doc, JM_COLLECTION_TOUCHPOINTS, "t");
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new (id, persona, phase, title);

  if (!isnan (emotion))
    jm_touchpoint_set_emotion (tp, emotion);
  jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);

  return tp;
}

/* Two lanes, three phases: Anna has one card in Awareness and three in
 * Purchase, Ben one card in Awareness. */
static JmDocument *
build_map (void)
{
  JmDocument *doc = jm_document_new ();
  g_autoptr(JmParticipant) u1 = jm_participant_new ("u1", "Ute");
  JmTouchpoint *tp;

  jm_document_set_title (doc, "Online shop – first purchase");
  jm_document_set_owner (doc, "Mia");
  add_persona (doc, "p1", "Anna");
  add_persona (doc, "p2", "Ben");
  add_phase (doc, "ph1", "Awareness");
  add_phase (doc, "ph2", "Consideration");
  add_phase (doc, "ph3", "Purchase");
  jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, u1, -1);

  add_touchpoint (doc, "p1", "ph1", "Sees an ad", 1.0);
  add_touchpoint (doc, "p1", "ph3", "Checkout", 2.0);
  add_touchpoint (doc, "p2", "ph1", "Reads the newsletter", -1.0);
  add_touchpoint (doc, "p1", "ph3", "Pays", -2.0);
  tp = add_touchpoint (doc, "p1", "ph3", "Gets the confirmation mail", NAN);
  jm_document_set_rating (doc, tp, "u1", JM_RATING_DELIGHT);

  return doc;
}

static char *
random_text (GRand *rand,
             guint  max_words)
{
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, max_words + 1);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }

  return g_string_free (text, FALSE);
}

static JmDocument *
build_random_document (GRand *rand)
{
  JmDocument *doc = jm_document_new ();
  guint n_personas = g_rand_int_range (rand, 0, 5);
  guint n_phases = g_rand_int_range (rand, 0, 7);
  guint n_touchpoints = g_rand_int_range (rand, 0, 40);
  g_autofree char *title = random_text (rand, 30);

  jm_document_set_title (doc, title);
  for (guint i = 0; i < n_personas; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      g_autofree char *name = random_text (rand, 12);

      add_persona (doc, id, name);
    }
  for (guint i = 0; i < n_phases; i++)
    {
      g_autofree char *id = g_strdup_printf ("ph%u", i);
      g_autofree char *name = random_text (rand, 6);

      add_phase (doc, id, name);
    }
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("u%u", i);
      g_autoptr(JmParticipant) participant = jm_participant_new (id, id);

      jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, participant, -1);
    }

  for (guint i = 0; i < n_touchpoints; i++)
    {
      /* One id in eight points at a persona or phase that does not exist. */
      int persona_n = g_rand_int_range (rand, 0, n_personas + 1);
      int phase_n = g_rand_int_range (rand, 0, n_phases + 1);
      g_autofree char *persona = g_strdup_printf ("p%d", persona_n);
      g_autofree char *phase = g_strdup_printf ("ph%d", phase_n);
      g_autofree char *text = random_text (rand, 40);
      double emotion = g_rand_boolean (rand) ? g_rand_double_range (rand, -2.0, 2.0) : NAN;
      JmTouchpoint *tp = add_touchpoint (doc, persona, phase, text, emotion);
      guint n_votes = g_rand_int_range (rand, 0, 6);

      g_autofree char *action = random_text (rand, 20);
      g_autofree char *feeling = random_text (rand, 3);

      jm_document_set_string (doc, tp, "action", action);
      jm_document_set_string (doc, tp, "feeling", feeling);
      if (g_rand_int_range (rand, 0, 3) == 0)
        for (JmRating r = JM_RATING_DISAPPOINTMENT; r <= JM_RATING_DELIGHT; r++)
          jm_document_set_int (doc, tp, jm_touchpoint_hands_property (r),
                               g_rand_int_range (rand, 0, 2) ? g_rand_int_range (rand, 0, 12) : JM_HANDS_MAX);
      jm_document_set_boolean (doc, tp, "super", g_rand_int_range (rand, 0, 4) == 0);
      jm_document_set_boolean (doc, tp, "owned", g_rand_boolean (rand));
      for (guint v = 0; v < n_votes; v++)
        {
          g_autofree char *participant = g_strdup_printf ("u%u", v);

          jm_document_set_rating (doc, tp, participant, g_rand_int_range (rand, 1, 4));
        }
    }

  return doc;
}

static gboolean
rect_inside (const JmRect *inner,
             const JmRect *outer)
{
  return inner->x >= outer->x - EPSILON && inner->y >= outer->y - EPSILON &&
         inner->x + inner->width <= outer->x + outer->width + EPSILON &&
         inner->y + inner->height <= outer->y + outer->height + EPSILON;
}

static gboolean
rects_overlap (const JmRect *a,
               const JmRect *b)
{
  return a->x < b->x + b->width - EPSILON && b->x < a->x + a->width - EPSILON &&
         a->y < b->y + b->height - EPSILON && b->y < a->y + a->height - EPSILON;
}

static void
assert_rect_in_map (JmLayout     *layout,
                    const JmRect *rect)
{
  JmRect map = { 0, 0, jm_layout_get_width (layout), jm_layout_get_height (layout) };

  g_assert_true (rect_inside (rect, &map));
}

static gboolean
text_rect (const JmText *text,
           JmRect       *rect)
{
  *rect = (JmRect) { text->x, text->y, text->width, text->height };
  return text->layout != NULL;
}

/* What a card shows stays inside it, and nothing sits on anything else. */
static void
check_card_content (JmLayout *layout,
                    guint     index)
{
  const JmLayoutCard *card = jm_layout_get_card (layout, index);
  const JmCardContent *content = jm_layout_get_card_content (layout, index);
  const JmText *texts[] = {
    &content->title, &content->channel, &content->detail, &content->owner,
    &content->counts[0], &content->counts[1], &content->counts[2],
    &content->verdict, &content->split_label,
  };
  JmRect rects[G_N_ELEMENTS (texts) + 4];
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (text_rect (texts[i], &rects[n]))
      n++;
  rects[n++] = content->owned_mark;
  if (content->is_super)
    rects[n++] = content->star;
  if (content->summary.total > 0)
    {
      rects[n++] = content->split_mark;
      if (content->bar.width > 0.0)
        rects[n++] = content->bar;
      g_assert_true (rect_inside (&content->results, &card->rect));
    }

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (rect_inside (&rects[i], &card->rect));
      for (guint j = 0; j < i; j++)
        g_assert_false (rects_overlap (&rects[i], &rects[j]));
    }
}

static void
check_cards (JmLayout   *layout,
             JmDocument *doc)
{
  guint n_cards = jm_layout_get_n_cards (layout);
  guint expected = 0;

  for (guint i = 0; i < jm_document_get_n_touchpoints (doc); i++)
    {
      JmTouchpoint *tp = jm_document_get_touchpoint (doc, i);
      gboolean placed = jm_document_find_persona (doc, jm_touchpoint_get_persona (tp)) != NULL &&
                        jm_document_find_phase (doc, jm_touchpoint_get_phase (tp)) != NULL;

      expected += placed;
      g_assert_true ((jm_layout_find_card (layout, tp) != NULL) == placed);
    }
  g_assert_cmpuint (n_cards, ==, expected);

  for (guint i = 0; i < n_cards; i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (layout, i);
      const JmLayoutLane *lane = jm_layout_get_lane (layout, card->lane);
      const JmLayoutColumn *column = jm_layout_get_column (layout, card->column);
      JmRect cell;

      g_assert_cmpstr (jm_touchpoint_get_persona (card->touchpoint), ==,
                       jm_persona_get_id (lane->persona));
      g_assert_cmpstr (jm_touchpoint_get_phase (card->touchpoint), ==,
                       jm_phase_get_id (column->phase));
      g_assert_true (jm_layout_find_card (layout, card->touchpoint) == card);
      g_assert_true (rect_inside (&card->rect, &lane->lane));
      g_assert_true (rect_inside (&card->rect, &column->column));
      g_assert_true (jm_layout_get_cell_rect (layout, card->lane, card->column, &cell));
      g_assert_true (rect_inside (&card->rect, &cell));
      g_assert_false (rects_overlap (&card->rect, &lane->band));
      g_assert_cmpfloat (card->rect.width, >, 0.0);
      g_assert_cmpfloat (card->rect.height, >, 0.0);
      check_card_content (layout, i);

      for (guint j = 0; j < i; j++)
        {
          const JmLayoutCard *other = jm_layout_get_card (layout, j);

          g_assert_false (rects_overlap (&card->rect, &other->rect));
          /* Document order is card order within a cell, top to bottom. */
          if (other->lane == card->lane && other->column == card->column)
            {
              g_assert_cmpuint (other->index_in_cell, <, card->index_in_cell);
              g_assert_cmpfloat (other->rect.y, <, card->rect.y);
            }
        }
    }
}

static void
check_lane_curve (JmLayout *layout,
                  guint     index)
{
  const JmLayoutLane *lane = jm_layout_get_lane (layout, index);
  double top = jm_layout_emotion_to_y (layout, index, 2.0);
  double bottom = jm_layout_emotion_to_y (layout, index, -2.0);
  g_autofree double *samples = NULL;
  guint n_samples;

  g_assert_true (rect_inside (&lane->band, &lane->lane));
  g_assert_cmpfloat (lane->neutral_y, >, lane->band.y);
  g_assert_cmpfloat (lane->neutral_y, <, lane->band.y + lane->band.height);
  g_assert_cmpuint (lane->n_segments, ==, lane->n_points > 1 ? lane->n_points - 1 : 0);

  for (guint p = 0; p < lane->n_points; p++)
    {
      const JmCurvePoint *point = &lane->points[p];
      const JmLayoutCard *card = jm_layout_find_card (layout, point->touchpoint);
      JmRect circle = { point->x - 7, point->y - 7, 14, 14 };
      double emotion;
      gboolean derived;

      g_assert_true (rect_inside (&circle, &lane->band));
      g_assert_nonnull (card);
      g_assert_cmpuint (card->lane, ==, index);
      /* The point lines up with its card. */
      g_assert_cmpfloat (point->x, >=, card->rect.x);
      g_assert_cmpfloat (point->x, <=, card->rect.x + card->rect.width);
      g_assert_true (jm_touchpoint_get_effective_emotion (point->touchpoint, &emotion, &derived));
      g_assert_cmpfloat_with_epsilon (point->emotion, emotion, EPSILON);
      g_assert_true (point->derived == derived);
      g_assert_cmpfloat_with_epsilon (point->y, jm_layout_emotion_to_y (layout, index, emotion),
                                      EPSILON);

      if (p > 0)
        {
          const JmLayoutCard *previous =
            jm_layout_find_card (layout, lane->points[p - 1].touchpoint);

          /* Phase order, then card order, left to right. */
          g_assert_cmpfloat (lane->points[p - 1].x, <, point->x);
          g_assert_true (previous->column < card->column ||
                         (previous->column == card->column &&
                          previous->index_in_cell < card->index_in_cell));
        }
    }

  samples = jm_layout_sample_lane_curve (layout, index, 16, &n_samples);
  g_assert_cmpuint (n_samples, ==, lane->n_points > 1 ? lane->n_segments * 16 + 1 : 0);
  for (guint s = 0; s < n_samples; s++)
    {
      double x = samples[2 * s], y = samples[2 * s + 1];

      /* Inside the band and no overshoot past +2 or −2. */
      g_assert_cmpfloat (y, >=, top - EPSILON);
      g_assert_cmpfloat (y, <=, bottom + EPSILON);
      g_assert_cmpfloat (x, >=, lane->band.x);
      g_assert_cmpfloat (x, <=, lane->band.x + lane->band.width);
      if (s > 0)
        g_assert_cmpfloat (samples[2 * (s - 1)], <=, x + EPSILON);
    }
}

static void
check_hits (JmLayout *layout)
{
  for (guint i = 0; i < jm_layout_get_n_cards (layout); i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (layout, i);
      JmHit hit = jm_layout_hit_test (layout, card->rect.x + card->rect.width / 2,
                                      card->rect.y + card->rect.height / 2);

      g_assert_cmpint (hit.kind, ==, JM_HIT_CARD);
      g_assert_true (hit.object == G_OBJECT (card->touchpoint));
      g_assert_cmpint (hit.lane, ==, card->lane);
      g_assert_cmpint (hit.column, ==, card->column);
    }

  for (guint i = 0; i < jm_layout_get_n_lanes (layout); i++)
    {
      const JmLayoutLane *lane = jm_layout_get_lane (layout, i);
      JmHit hit = jm_layout_hit_test (layout, lane->header.x + 20, lane->header.y + 20);

      g_assert_cmpint (hit.kind, ==, JM_HIT_LANE_HEADER);
      g_assert_true (hit.object == G_OBJECT (lane->persona));
      g_assert_cmpint (hit.lane, ==, i);

      for (guint p = 0; p < lane->n_points; p++)
        {
          hit = jm_layout_hit_test (layout, lane->points[p].x + 2, lane->points[p].y - 2);
          g_assert_cmpint (hit.kind, ==, JM_HIT_CURVE_POINT);
          g_assert_cmpint (hit.lane, ==, i);
        }
    }

  for (guint i = 0; i < jm_layout_get_n_columns (layout); i++)
    {
      const JmLayoutColumn *column = jm_layout_get_column (layout, i);
      JmHit hit = jm_layout_hit_test (layout, column->header.x + column->header.width / 2,
                                      column->header.y + column->header.height / 2);

      g_assert_cmpint (hit.kind, ==, JM_HIT_PHASE_HEADER);
      g_assert_true (hit.object == G_OBJECT (column->phase));
      g_assert_cmpint (hit.column, ==, i);
      g_assert_true (rect_inside (&column->header, &column->column));
    }
}

static void
check_layout (JmLayout   *layout,
              JmDocument *doc)
{
  const JmRect *title = jm_layout_get_title_rect (layout);
  const JmRect *legend = jm_layout_get_legend_rect (layout);
  double previous_bottom = title->y + title->height;

  g_assert_cmpuint (jm_layout_get_n_lanes (layout), ==, jm_document_get_n_personas (doc));
  g_assert_cmpuint (jm_layout_get_n_columns (layout), ==, jm_document_get_n_phases (doc));
  assert_rect_in_map (layout, title);
  assert_rect_in_map (layout, legend);
  g_assert_false (rects_overlap (title, legend));

  for (guint i = 0; i < jm_layout_get_n_columns (layout); i++)
    {
      const JmLayoutColumn *column = jm_layout_get_column (layout, i);

      assert_rect_in_map (layout, &column->column);
      g_assert_false (rects_overlap (&column->column, title));
      g_assert_false (rects_overlap (&column->column, legend));
      if (i > 0)
        {
          const JmLayoutColumn *previous = jm_layout_get_column (layout, i - 1);

          g_assert_false (rects_overlap (&column->column, &previous->column));
        }
    }

  for (guint i = 0; i < jm_layout_get_n_lanes (layout); i++)
    {
      const JmLayoutLane *lane = jm_layout_get_lane (layout, i);

      g_assert_true (lane->persona == jm_document_get_persona (doc, i));
      assert_rect_in_map (layout, &lane->lane);
      g_assert_true (rect_inside (&lane->header, &lane->lane));
      g_assert_cmpfloat (lane->lane.y, >=, previous_bottom);
      g_assert_false (rects_overlap (&lane->lane, legend));
      for (guint c = 0; c < jm_layout_get_n_columns (layout); c++)
        g_assert_false (rects_overlap (&lane->lane, &jm_layout_get_column (layout, c)->header));
      previous_bottom = lane->lane.y + lane->lane.height;
      check_lane_curve (layout, i);
    }

  check_cards (layout, doc);
  check_hits (layout);
}

static void
assert_rect_equal (const JmRect *a,
                   const JmRect *b)
{
  g_assert_cmpmem (a, sizeof *a, b, sizeof *b);
}

static void
assert_layouts_equal (JmLayout *a,
                      JmLayout *b)
{
  g_assert_cmpfloat (jm_layout_get_width (a), ==, jm_layout_get_width (b));
  g_assert_cmpfloat (jm_layout_get_height (a), ==, jm_layout_get_height (b));
  assert_rect_equal (jm_layout_get_title_rect (a), jm_layout_get_title_rect (b));
  assert_rect_equal (jm_layout_get_legend_rect (a), jm_layout_get_legend_rect (b));
  g_assert_cmpuint (jm_layout_get_n_columns (a), ==, jm_layout_get_n_columns (b));
  for (guint i = 0; i < jm_layout_get_n_columns (a); i++)
    {
      const JmLayoutColumn *ca = jm_layout_get_column (a, i), *cb = jm_layout_get_column (b, i);

      assert_rect_equal (&ca->header, &cb->header);
      assert_rect_equal (&ca->column, &cb->column);
    }
  g_assert_cmpuint (jm_layout_get_n_lanes (a), ==, jm_layout_get_n_lanes (b));
  for (guint i = 0; i < jm_layout_get_n_lanes (a); i++)
    {
      const JmLayoutLane *la = jm_layout_get_lane (a, i), *lb = jm_layout_get_lane (b, i);

      assert_rect_equal (&la->lane, &lb->lane);
      assert_rect_equal (&la->band, &lb->band);
      g_assert_cmpuint (la->n_points, ==, lb->n_points);
      g_assert_cmpmem (la->points, la->n_points * sizeof (JmCurvePoint),
                       lb->points, lb->n_points * sizeof (JmCurvePoint));
    }
  g_assert_cmpuint (jm_layout_get_n_cards (a), ==, jm_layout_get_n_cards (b));
  for (guint i = 0; i < jm_layout_get_n_cards (a); i++)
    g_assert_cmpmem (jm_layout_get_card (a, i), sizeof (JmLayoutCard),
                     jm_layout_get_card (b, i), sizeof (JmLayoutCard));
}

static void
test_hand_built_map (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmLayoutLane *anna;

  check_layout (layout, doc);
  g_assert_cmpuint (jm_layout_get_n_cards (layout), ==, 5);

  /* Anna: Sees an ad, then Checkout, Pays, Gets the confirmation mail (derived). */
  anna = jm_layout_get_lane (layout, 0);
  g_assert_cmpuint (anna->n_points, ==, 4);
  g_assert_cmpstr (jm_touchpoint_get_title (anna->points[0].touchpoint), ==, "Sees an ad");
  g_assert_cmpstr (jm_touchpoint_get_title (anna->points[1].touchpoint), ==, "Checkout");
  g_assert_cmpstr (jm_touchpoint_get_title (anna->points[2].touchpoint), ==, "Pays");
  g_assert_false (anna->points[2].derived);
  g_assert_true (anna->points[3].derived);
  g_assert_cmpfloat (anna->points[1].y, <, anna->neutral_y);
  g_assert_cmpfloat (anna->points[2].y, >, anna->neutral_y);
  g_assert_cmpuint (jm_layout_get_lane (layout, 1)->n_points, ==, 1);
}

static void
test_random_documents (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261122);

  for (guint i = 0; i < N_RANDOM_DOCUMENTS; i++)
    {
      g_autoptr(JmDocument) doc = build_random_document (rand);
      g_autoptr(JmLayout) layout = jm_layout_new (doc);
      g_autoptr(JmLayout) again = jm_layout_new (doc);

      check_layout (layout, doc);
      assert_layouts_equal (layout, again);
      jm_layout_update (again);
      assert_layouts_equal (layout, again);
    }
}

static double
cell_height (JmLayout *layout,
             guint     lane,
             guint     column)
{
  JmRect cell;

  g_assert_true (jm_layout_get_cell_rect (layout, lane, column, &cell));
  return cell.height;
}

static void
test_cells_grow (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  double before;

  /* Anna's Purchase cell holds three cards, Ben's fullest holds one. */
  g_assert_cmpfloat (cell_height (layout, 0, 2), >, cell_height (layout, 1, 0));
  /* The cells of a lane share its height. */
  g_assert_cmpfloat (cell_height (layout, 0, 0), ==, cell_height (layout, 0, 2));

  before = cell_height (layout, 1, 0);
  add_touchpoint (doc, "p2", "ph1", "Clicks the link", NAN);
  add_touchpoint (doc, "p2", "ph1", "Lands on the start page", NAN);
  jm_layout_update (layout);
  g_assert_cmpfloat (cell_height (layout, 1, 0), >, before);
  check_layout (layout, doc);
}

static void
test_long_text_is_bounded (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(JmLayout) layout = NULL;
  JmTouchpoint *tp;
  double short_height, long_height, title_height;

  for (guint i = 0; i < 300; i++)
    g_string_append (title, "Kundenzufriedenheit ");
  jm_document_set_title (doc, title->str);
  tp = add_touchpoint (doc, "p2", "ph2", "Short", NAN);
  layout = jm_layout_new (doc);
  short_height = jm_layout_find_card (layout, tp)->rect.height;
  title_height = jm_layout_get_title_rect (layout)->height;

  jm_document_set_string (doc, tp, "title", title->str);
  jm_document_set_string (doc, tp, "owner", title->str);
  jm_document_set_string (doc, tp, "channel", title->str);
  jm_layout_update (layout);
  long_height = jm_layout_find_card (layout, tp)->rect.height;

  /* Wraps to at most three lines, then ellipsizes. */
  g_assert_cmpfloat (long_height, >, short_height);
  g_assert_cmpfloat (long_height, <, short_height + 3 * 20.0);
  g_assert_cmpfloat (title_height, <, 3 * 40.0 + 60.0);
  g_assert_cmpfloat (jm_layout_find_card (layout, tp)->rect.width, ==,
                     jm_layout_get_card (layout, 0)->rect.width);
  check_layout (layout, doc);
}

static void
test_hit_test_misc (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmRect *title = jm_layout_get_title_rect (layout);
  const JmLayoutLane *ben = jm_layout_get_lane (layout, 1);
  JmRect cell;
  JmHit hit;

  hit = jm_layout_hit_test (layout, title->x + 5, title->y + 5);
  g_assert_cmpint (hit.kind, ==, JM_HIT_TITLE);

  /* Ben has nothing in Consideration. */
  g_assert_true (jm_layout_get_cell_rect (layout, 1, 1, &cell));
  hit = jm_layout_hit_test (layout, cell.x + cell.width / 2, cell.y + cell.height / 2);
  g_assert_cmpint (hit.kind, ==, JM_HIT_CELL);
  g_assert_null (hit.object);
  g_assert_cmpint (hit.lane, ==, 1);
  g_assert_cmpint (hit.column, ==, 1);

  hit = jm_layout_hit_test (layout, ben->band.x + ben->band.width - 3, ben->neutral_y);
  g_assert_cmpint (hit.kind, ==, JM_HIT_CELL);
  g_assert_cmpint (hit.column, ==, 2);

  hit = jm_layout_hit_test (layout, -10, -10);
  g_assert_cmpint (hit.kind, ==, JM_HIT_NONE);
  g_assert_cmpint (hit.lane, ==, -1);
  hit = jm_layout_hit_test (layout, jm_layout_get_width (layout) + 1,
                            jm_layout_get_height (layout) / 2);
  g_assert_cmpint (hit.kind, ==, JM_HIT_NONE);
}

static void
test_update_follows_document (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  g_autoptr(JmTouchpoint) tp = g_object_ref (jm_document_get_touchpoint (doc, 0));
  double y = jm_layout_get_lane (layout, 0)->points[0].y;

  jm_document_set_double (doc, tp, "emotion", -1.5);
  jm_layout_update (layout);
  g_assert_cmpfloat (jm_layout_get_lane (layout, 0)->points[0].y, >, y);
  y = jm_layout_get_lane (layout, 0)->points[0].y;
  g_assert_cmpfloat_with_epsilon (jm_layout_y_to_emotion (layout, 0, y), -1.5, EPSILON);

  jm_document_remove (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp);
  jm_layout_update (layout);
  g_assert_null (jm_layout_find_card (layout, tp));
  g_assert_cmpuint (jm_layout_get_n_cards (layout), ==, 4);

  jm_document_remove (doc, JM_COLLECTION_PERSONAS, NULL, jm_document_get_persona (doc, 1));
  jm_layout_update (layout);
  g_assert_cmpuint (jm_layout_get_n_lanes (layout), ==, 1);
  check_layout (layout, doc);
}

static void
test_emotion_mapping (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmLayoutLane *lane = jm_layout_get_lane (layout, 0);

  g_assert_cmpfloat (jm_layout_emotion_to_y (layout, 0, 0.0), ==, lane->neutral_y);
  g_assert_cmpfloat (jm_layout_emotion_to_y (layout, 0, 2.0), <, lane->neutral_y);
  g_assert_cmpfloat (jm_layout_emotion_to_y (layout, 0, 5.0), ==,
                     jm_layout_emotion_to_y (layout, 0, 2.0));
  for (double e = -2.0; e <= 2.0; e += 0.25)
    {
      double y = jm_layout_emotion_to_y (layout, 0, e);

      g_assert_cmpfloat_with_epsilon (jm_layout_y_to_emotion (layout, 0, y), e, EPSILON);
    }
  g_assert_cmpfloat (jm_layout_y_to_emotion (layout, 0, lane->band.y - 100), ==, 2.0);
}

static void
test_drop_target (void)
{
  g_autoptr(JmDocument) doc = build_map ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmLayoutCard *pays = jm_layout_find_card (layout, jm_document_get_touchpoint (doc, 3));
  guint lane, column, index;

  g_assert_cmpuint (pays->index_in_cell, ==, 1);
  g_assert_true (jm_layout_get_drop_target (layout, pays->rect.x + 10, pays->rect.y + 2,
                                            &lane, &column, &index));
  g_assert_cmpuint (lane, ==, 0);
  g_assert_cmpuint (column, ==, 2);
  g_assert_cmpuint (index, ==, 1);
  g_assert_true (jm_layout_get_drop_target (layout, pays->rect.x + 10,
                                            pays->rect.y + pays->rect.height - 2,
                                            &lane, &column, &index));
  g_assert_cmpuint (index, ==, 2);
  /* Far beyond the map: the nearest cell. */
  g_assert_true (jm_layout_get_drop_target (layout, 1e6, 1e6, &lane, &column, &index));
  g_assert_cmpuint (lane, ==, 1);
  g_assert_cmpuint (column, ==, 2);
  g_assert_cmpuint (index, ==, 0);
}

static void
test_curve_no_overshoot (void)
{
  const double x[] = { 0, 10, 20, 30, 40, 41, 100 };
  const double y[] = { 2, 2, -2, 2, 1.9, -2, -2 };
  JmCurveSegment segments[G_N_ELEMENTS (x) - 1];
  guint n = jm_curve_compute_segments (x, y, G_N_ELEMENTS (x), segments);

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (x) - 1);
  for (guint s = 0; s < n; s++)
    {
      double low = MIN (y[s], y[s + 1]), high = MAX (y[s], y[s + 1]);
      double previous = y[s];

      g_assert_cmpfloat (segments[s].x0, ==, x[s]);
      g_assert_cmpfloat (segments[s].y3, ==, y[s + 1]);
      for (guint i = 0; i <= 50; i++)
        {
          double px, py;

          jm_curve_segment_eval (&segments[s], i / 50.0, &px, &py);
          /* Monotone between the two points: never past either. */
          g_assert_cmpfloat (py, >=, low - EPSILON);
          g_assert_cmpfloat (py, <=, high + EPSILON);
          g_assert_true (y[s + 1] >= y[s] ? py >= previous - EPSILON : py <= previous + EPSILON);
          previous = py;
        }
    }

  /* Smooth: the tangent is continuous at interior points. */
  for (guint s = 0; s + 1 < n; s++)
    {
      const JmCurveSegment *a = &segments[s], *b = &segments[s + 1];
      double in = (a->y3 - a->y2) / (a->x3 - a->x2);
      double out = (b->y1 - b->y0) / (b->x1 - b->x0);

      g_assert_cmpfloat_with_epsilon (in, out, EPSILON);
    }

  g_assert_cmpuint (jm_curve_compute_segments (x, y, 1, segments), ==, 0);
}

static void
test_empty_document (void)
{
  g_autoptr(JmDocument) doc = jm_document_new ();
  g_autoptr(JmLayout) layout = jm_layout_new (doc);

  g_assert_cmpfloat (jm_layout_get_width (layout), >, 0.0);
  g_assert_cmpfloat (jm_layout_get_height (layout), >, 0.0);
  g_assert_cmpuint (jm_layout_get_n_cards (layout), ==, 0);
  g_assert_false (jm_layout_get_drop_target (layout, 10, 10, NULL, NULL, NULL));
  check_layout (layout, doc);
  g_assert_true (jm_layout_get_document (layout) == doc);
  g_assert_nonnull (jm_layout_get_pango_context (layout));
}

static void
test_finalize (void)
{
  JmDocument *doc = build_map ();
  JmLayout *layout = jm_layout_new (doc);

  g_object_unref (doc);
  g_assert_finalize_object (layout);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/hand-built-map", test_hand_built_map);
  g_test_add_func ("/layout/random-documents", test_random_documents);
  g_test_add_func ("/layout/cells-grow", test_cells_grow);
  g_test_add_func ("/layout/long-text-is-bounded", test_long_text_is_bounded);
  g_test_add_func ("/layout/hit-test", test_hit_test_misc);
  g_test_add_func ("/layout/update-follows-document", test_update_follows_document);
  g_test_add_func ("/layout/emotion-mapping", test_emotion_mapping);
  g_test_add_func ("/layout/drop-target", test_drop_target);
  g_test_add_func ("/layout/curve-no-overshoot", test_curve_no_overshoot);
  g_test_add_func ("/layout/empty-document", test_empty_document);
  g_test_add_func ("/layout/finalize", test_finalize);

  return g_test_run ();
}

/* test-ratings.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Workshop results: the rating summary (named votes plus a show of
 * hands), its file form, undo, and how cards and the curve show it.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "jm-document.h"
#include "jm-file.h"
#include "jm-history.h"
#include "jm-layout-private.h"
#include "jm-painter.h"
#include "jm-rating-summary.h"
#include "jm-test-util.h"

#define EPSILON 1e-9

/* ---- the summary, by hand ---- */

typedef struct
{
  const char    *name;
  guint          named[JM_N_RATINGS];
  guint          hands[JM_N_RATINGS];
  double         mean;
  double         spread;
  JmRatingClass  classification;
  gboolean       split;
} SummaryCase;

static const SummaryCase summary_cases[] = {
  { "no-votes", { 0, 0, 0 }, { 0, 0, 0 }, 0.0, 0.0, JM_RATING_CLASS_UNCLASSIFIED, FALSE },
  { "single-voter", { 0, 0, 1 }, { 0, 0, 0 }, 2.0, 0.0, JM_RATING_CLASS_DELIGHT, FALSE },
  { "single-hand", { 0, 0, 0 }, { 1, 0, 0 }, -2.0, 0.0, JM_RATING_CLASS_DISAPPOINTMENT, FALSE },
  { "agreement", { 0, 4, 0 }, { 0, 3, 0 }, 0.0, 0.0, JM_RATING_CLASS_OK, FALSE },
  /* 2 × −2 and 2 × +2: mean 0, every vote 2 away */
  { "tie-extremes", { 2, 0, 2 }, { 0, 0, 0 }, 0.0, 2.0, JM_RATING_CLASS_MIXED, TRUE },
  /* one each way is the smallest split room */
  { "two-opposites", { 1, 0, 1 }, { 0, 0, 0 }, 0.0, 2.0, JM_RATING_CLASS_MIXED, TRUE },
  /* mean 2/5; E[x²] = 4 · 3/5 = 2.4; variance 2.4 − 0.16 */
  { "tie-ok-delight", { 1, 2, 2 }, { 0, 0, 0 }, 0.4, 1.4966629547095764, JM_RATING_CLASS_MIXED, FALSE },
  /* E[x²] = 4 · 6/9 */
  { "all-three-equal", { 3, 3, 3 }, { 0, 0, 0 }, 0.0, 1.6329931618554521, JM_RATING_CLASS_MIXED, TRUE },
  { "majority-ok", { 1, 2, 0 }, { 0, 0, 0 }, -2.0 / 3.0, 0.9428090415820634, JM_RATING_CLASS_OK, FALSE },
  /* 5 delight, 3 OK, 2 disappointment: mean 0.6; E[x²] 2.8; disappointment 20 % */
  { "hands-only", { 0, 0, 0 }, { 2, 3, 5 }, 0.6, 1.5620499351813308, JM_RATING_CLASS_DELIGHT, FALSE },
  /* named 1/0/1 plus hands 2/3/5 = 3/3/6: mean 0.5; E[x²] 3; disappointment exactly 25 % */
  { "named-and-hands", { 1, 0, 1 }, { 2, 3, 5 }, 0.5, 1.6583123951777, JM_RATING_CLASS_DELIGHT, TRUE },
  /* the split boundary: a quarter each is split, a fifth is not */
  { "quarter-each", { 1, 2, 1 }, { 0, 0, 0 }, 0.0, 1.4142135623730951, JM_RATING_CLASS_OK, TRUE },
  { "fifth-each", { 1, 3, 1 }, { 0, 0, 0 }, 0.0, 1.2649110640673518, JM_RATING_CLASS_OK, FALSE },
  { "big-show-of-hands", { 0, 0, 0 }, { JM_HANDS_MAX, 0, JM_HANDS_MAX }, 0.0, 2.0,
    JM_RATING_CLASS_MIXED, TRUE },
};

static JmTouchpoint *
touchpoint_with_votes (const guint named[JM_N_RATINGS],
                       const guint hands[JM_N_RATINGS])
{
  JmTouchpoint *tp = jm_touchpoint_new ("t1", "p1", "ph1", "Checkout");
  guint voter = 0;

  for (guint r = 0; r < JM_N_RATINGS; r++)
    {
      for (guint n = 0; n < named[r]; n++)
        {
          g_autofree char *id = g_strdup_printf ("u%u", voter++);

          jm_touchpoint_set_rating (tp, id, r + 1);
        }
      jm_touchpoint_set_hands (tp, r + 1, hands[r]);
    }

  return tp;
}

static void
test_summary_case (gconstpointer data)
{
  const SummaryCase *c = data;
  g_autoptr(JmTouchpoint) tp = touchpoint_with_votes (c->named, c->hands);
  JmRatingSummary summary;
  double emotion = 99.0;
  gboolean derived = FALSE;
  guint total = 0;

  jm_touchpoint_get_rating_summary (tp, &summary);

  for (guint r = 0; r < JM_N_RATINGS; r++)
    {
      g_assert_cmpuint (summary.named[r], ==, c->named[r]);
      g_assert_cmpuint (summary.hands[r], ==, c->hands[r]);
      g_assert_cmpuint (summary.counts[r], ==, c->named[r] + c->hands[r]);
      total += c->named[r] + c->hands[r];
    }
  g_assert_cmpuint (summary.total, ==, total);
  g_assert_cmpfloat_with_epsilon (summary.mean, c->mean, EPSILON);
  g_assert_cmpfloat_with_epsilon (summary.spread, c->spread, 1e-9);
  g_assert_cmpint (summary.classification, ==, c->classification);
  g_assert_true (summary.split == c->split);
  g_assert_true (jm_rating_summary_is_split (summary.counts) == c->split);

  /* the curve uses the same mean */
  g_assert_true (jm_touchpoint_get_effective_emotion (tp, &emotion, &derived) == (total > 0));
  if (total > 0)
    {
      g_assert_true (derived);
      g_assert_cmpfloat_with_epsilon (emotion, c->mean, EPSILON);
    }

  /* a hand-set emotion wins over the votes, the summary stays */
  jm_touchpoint_set_emotion (tp, -1.5);
  g_assert_true (jm_touchpoint_get_effective_emotion (tp, &emotion, &derived));
  g_assert_false (derived);
  g_assert_cmpfloat (emotion, ==, -1.5);
  jm_touchpoint_get_rating_summary (tp, &summary);
  g_assert_cmpfloat_with_epsilon (summary.mean, c->mean, EPSILON);
}

static void
test_summary_without_hands (void)
{
  const guint named[JM_N_RATINGS] = { 1, 1, 2 };
  JmRatingSummary summary;

  jm_rating_summary_compute (&summary, named, NULL);
  g_assert_cmpuint (summary.total, ==, 4);
  g_assert_cmpuint (summary.hands[2], ==, 0);
  g_assert_cmpint (summary.classification, ==, JM_RATING_CLASS_DELIGHT);
  g_assert_true (summary.split);
}

static void
test_labels (void)
{
  g_assert_cmpstr (jm_rating_class_get_label (JM_RATING_CLASS_DELIGHT), ==, "Delight factor");
  g_assert_cmpstr (jm_rating_class_get_label (JM_RATING_CLASS_OK), ==, "OK factor");
  g_assert_cmpstr (jm_rating_class_get_label (JM_RATING_CLASS_DISAPPOINTMENT), ==,
                   "Disappointment factor");
  g_assert_cmpstr (jm_rating_class_get_label (JM_RATING_CLASS_MIXED), ==, "Mixed");
  g_assert_cmpstr (jm_rating_class_get_label (JM_RATING_CLASS_UNCLASSIFIED), ==, "Not rated");
  /* the legend's line names the rule: a quarter each way */
  g_assert_nonnull (strstr (jm_rating_summary_describe_split (), "quarter"));
  g_assert_nonnull (strstr (jm_rating_summary_describe_spread (), "spread"));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *n)
{
  g_assert_cmpstr (pspec->name, ==, "hands-ok");
  (*n)++;
}

static void
test_hands_properties (void)
{
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new ("t1", "p1", "ph1", "Checkout");
  g_autoptr(JmTouchpoint) copy = NULL;
  guint notified = 0;
  int value = -1;

  g_signal_connect (tp, "notify", G_CALLBACK (count_notify_cb), &notified);

  g_assert_cmpstr (jm_touchpoint_hands_property (JM_RATING_OK), ==, "hands-ok");
  g_assert_cmpstr (jm_touchpoint_hands_property (JM_RATING_DELIGHT), ==, "hands-delight");
  g_assert_cmpstr (jm_touchpoint_hands_property (JM_RATING_DISAPPOINTMENT), ==,
                   "hands-disappointment");

  jm_touchpoint_set_hands (tp, JM_RATING_OK, 3);
  jm_touchpoint_set_hands (tp, JM_RATING_OK, 3);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (tp, "hands-ok", &value, NULL);
  g_assert_cmpint (value, ==, 3);
  g_assert_cmpuint (jm_touchpoint_get_hands (tp, JM_RATING_DELIGHT), ==, 0);

  /* named votes are counted apart */
  jm_touchpoint_set_rating (tp, "u1", JM_RATING_OK);
  g_assert_cmpuint (jm_touchpoint_get_n_ratings (tp), ==, 1);

  copy = jm_touchpoint_copy (tp);
  g_assert_cmpuint (jm_touchpoint_get_hands (copy, JM_RATING_OK), ==, 3);
}

/* ---- documents, files, undo ---- */

static JmDocument *
build_document (void)
{
  JmDocument *doc = jm_document_new ();
  g_autoptr(JmPersona) persona = jm_persona_new ("p1", "Anna");
  g_autoptr(JmPhase) phase = jm_phase_new ("ph1", "Purchase");
  g_autoptr(JmParticipant) u1 = jm_participant_new ("u1", "Ben");
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new ("t1", "p1", "ph1", "Checkout");

  jm_persona_set_color (persona, "#3584e4");
  jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
  jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
  jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, u1, -1);
  jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);

  return doc;
}

static void
count_changes_cb (JmDocument     *doc,
                  const JmChange *change,
                  guint          *n)
{
  (*n)++;
}

static void
test_undo_hands (void)
{
  g_autoptr(JmDocument) doc = build_document ();
  g_autoptr(JmHistory) history = jm_history_new (doc);
  JmTouchpoint *tp = jm_document_get_touchpoint (doc, 0);
  const char *delight = jm_touchpoint_hands_property (JM_RATING_DELIGHT);
  double emotion = 0.0;
  guint changes = 0;

  g_signal_connect (doc, "changed", G_CALLBACK (count_changes_cb), &changes);

  jm_document_set_int (doc, tp, delight, 5);
  jm_document_set_int (doc, tp, jm_touchpoint_hands_property (JM_RATING_DISAPPOINTMENT), 5);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpuint (jm_history_get_n_undo (history), ==, 2);
  g_assert_true (jm_history_get_modified (history));
  g_assert_true (jm_touchpoint_get_effective_emotion (tp, &emotion, NULL));
  g_assert_cmpfloat_with_epsilon (emotion, 0.0, EPSILON);

  jm_history_undo (history);
  g_assert_cmpuint (jm_touchpoint_get_hands (tp, JM_RATING_DISAPPOINTMENT), ==, 0);
  g_assert_cmpuint (jm_touchpoint_get_hands (tp, JM_RATING_DELIGHT), ==, 5);
  g_assert_true (jm_touchpoint_get_effective_emotion (tp, &emotion, NULL));
  g_assert_cmpfloat_with_epsilon (emotion, 2.0, EPSILON);

  jm_history_undo (history);
  g_assert_cmpuint (jm_touchpoint_get_hands (tp, JM_RATING_DELIGHT), ==, 0);
  g_assert_false (jm_touchpoint_get_effective_emotion (tp, NULL, NULL));
  g_assert_false (jm_history_get_modified (history));

  jm_history_redo (history);
  g_assert_cmpuint (jm_touchpoint_get_hands (tp, JM_RATING_DELIGHT), ==, 5);
  g_assert_true (jm_history_get_modified (history));
}

static void
test_equal_sees_hands (void)
{
  g_autoptr(JmDocument) a = build_document ();
  g_autoptr(JmDocument) b = build_document ();

  g_assert_true (jm_document_equal (a, b));
  jm_touchpoint_set_hands (jm_document_get_touchpoint (b, 0), JM_RATING_OK, 1);
  g_assert_false (jm_document_equal (a, b));
}

static void
test_file_round_trip (void)
{
  g_autofree char *original = NULL;
  g_autoptr(JmDocument) doc = jm_test_load_data ("tests/data/hands.journey", &original);
  g_autofree char *saved = jm_file_save_to_data (doc, NULL);
  g_autoptr(JmDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = NULL;
  JmTouchpoint *t1 = jm_document_find_touchpoint (doc, "t1");
  JmTouchpoint *t2 = jm_document_find_touchpoint (doc, "t2");
  JmRatingSummary summary;

  /* the same bytes again */
  g_assert_cmpstr (saved, ==, original);

  g_assert_cmpuint (jm_touchpoint_get_hands (t1, JM_RATING_DISAPPOINTMENT), ==, 2);
  g_assert_cmpuint (jm_touchpoint_get_hands (t1, JM_RATING_OK), ==, 3);
  g_assert_cmpuint (jm_touchpoint_get_hands (t1, JM_RATING_DELIGHT), ==, 5);
  jm_touchpoint_get_rating_summary (t1, &summary);
  g_assert_cmpuint (summary.total, ==, 12);
  g_assert_true (summary.split);

  g_assert_cmpuint (jm_touchpoint_get_hands (t2, JM_RATING_OK), ==, 4);
  g_assert_cmpuint (jm_touchpoint_get_hands (t2, JM_RATING_DELIGHT), ==, 0);

  reloaded = jm_file_load_from_data (saved, -1, &error);
  g_assert_no_error (error);
  g_assert_true (jm_document_equal (doc, reloaded));

  /* a count back to 0 is not written at all */
  jm_touchpoint_set_hands (t2, JM_RATING_OK, 0);
  g_free (saved);
  saved = jm_file_save_to_data (doc, NULL);
  parts = g_strsplit (saved, "\"hands\"", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  g_assert_null (strstr (saved, "\"ok\": 4"));
}

static void
test_old_file_still_loads (void)
{
  g_autofree char *text = NULL;
  g_autoptr(JmDocument) doc = jm_test_load_data ("tests/data/full.journey", &text);
  g_autofree char *saved = jm_file_save_to_data (doc, NULL);

  /* written before the show of hands existed: no hands, the same bytes */
  for (guint i = 0; i < jm_document_get_n_touchpoints (doc); i++)
    for (JmRating r = JM_RATING_DISAPPOINTMENT; r <= JM_RATING_DELIGHT; r++)
      g_assert_cmpuint (jm_touchpoint_get_hands (jm_document_get_touchpoint (doc, i), r), ==, 0);
  g_assert_null (strstr (saved, "\"hands\""));
  g_assert_cmpstr (saved, ==, text);
}

/* ---- layout and painting ---- */

/* One lane, one phase, two cards: "Checkout" with @named votes (named
 * u1…) and a hand-set emotion, so the curve does not depend on the
 * votes; and "Invoice" without votes. */
static JmDocument *
build_map (const guint named[JM_N_RATINGS],
           gboolean    is_super)
{
  JmDocument *doc = jm_document_new ();
  g_autoptr(JmPersona) persona = jm_persona_new ("p1", "Anna");
  g_autoptr(JmPhase) phase = jm_phase_new ("ph1", "Purchase");
  g_autoptr(JmPhase) phase2 = jm_phase_new ("ph2", "Service");
  g_autoptr(JmTouchpoint) tp = jm_touchpoint_new ("t1", "p1", "ph1", "Checkout");
  g_autoptr(JmTouchpoint) other = jm_touchpoint_new ("t2", "p1", "ph2", "Invoice");
  guint voter = 0;

  jm_document_set_title (doc, "Workshop");
  jm_persona_set_color (persona, "#3584e4");
  jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
  jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
  jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase2, -1);

  jm_touchpoint_set_channel (tp, "web");
  jm_touchpoint_set_action (tp, "Pays with a card");
  jm_touchpoint_set_feeling (tp, "nervous");
  jm_touchpoint_set_owner (tp, "E-commerce");
  jm_touchpoint_set_emotion (tp, 0.5);
  jm_touchpoint_set_super (tp, is_super);
  for (guint r = 0; r < JM_N_RATINGS; r++)
    for (guint n = 0; n < named[r]; n++)
      {
        g_autofree char *id = g_strdup_printf ("u%u", voter++);
        g_autoptr(JmParticipant) participant = jm_participant_new (id, id);

        jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, participant, -1);
        jm_touchpoint_set_rating (tp, id, r + 1);
      }
  jm_touchpoint_set_emotion (other, -1.0);

  jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
  jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, other, -1);

  return doc;
}

static gboolean
texts_overlap (const JmText *a,
               const JmText *b)
{
  JmRect ra = { a->x, a->y, a->width, a->height };
  JmRect rb = { b->x, b->y, b->width, b->height };

  if (a->layout == NULL || b->layout == NULL)
    return FALSE;

  return jm_rect_intersects (&ra, &rb);
}

static gboolean
text_inside (const JmText *text,
             const JmRect *rect)
{
  return text->layout == NULL ||
         (text->x >= rect->x - 1e-6 && text->y >= rect->y - 1e-6 &&
          text->x + text->width <= rect->x + rect->width + 1e-6 &&
          text->y + text->height <= rect->y + rect->height + 1e-6);
}

static void
test_card_rows (void)
{
  const guint votes[JM_N_RATINGS] = { 3, 1, 4 };
  g_autoptr(JmDocument) doc = build_map (votes, TRUE);
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmLayoutCard *card = jm_layout_get_card (layout, 0);
  const JmCardContent *content = jm_layout_get_card_content (layout, 0);
  const JmCardContent *plain = jm_layout_get_card_content (layout, 1);
  const JmText *texts[] = {
    &content->title, &content->channel, &content->detail, &content->owner,
    &content->counts[0], &content->counts[1], &content->counts[2], &content->verdict,
    &content->split_label,
  };

  g_assert_cmpuint (content->summary.total, ==, 8);
  g_assert_true (content->summary.split);
  g_assert_nonnull (content->detail.layout);
  g_assert_cmpstr (pango_layout_get_text (content->detail.layout), ==, "Pays with a card · nervous");
  g_assert_cmpstr (pango_layout_get_text (content->verdict.layout), ==, "Delight factor");
  g_assert_cmpstr (pango_layout_get_text (content->hidden.layout), ==, "8 votes · results hidden");
  g_assert_cmpstr (pango_layout_get_text (content->counts[0].layout), ==, "3");
  g_assert_cmpfloat (content->star.width, >, 0.0);
  g_assert_cmpfloat (content->bar.width, >, 20.0);

  /* everything inside the card, nothing on top of anything else */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      JmRect star = content->star;
      JmRect text_rect = { texts[i]->x, texts[i]->y, texts[i]->width, texts[i]->height };

      g_assert_true (text_inside (texts[i], &card->rect));
      if (texts[i]->layout != NULL)
        g_assert_false (jm_rect_intersects (&text_rect, &star));
      for (guint j = 0; j < i; j++)
        g_assert_false (texts_overlap (texts[i], texts[j]));
    }
  g_assert_true (text_inside (&content->hidden, &content->results));
  g_assert_cmpfloat (content->results.y, >=, content->owner.y + content->owner.height);
  g_assert_cmpfloat (content->results.y + content->results.height, <=,
                     card->rect.y + card->rect.height);
  g_assert_false (jm_rect_intersects (&content->bar, &content->split_mark));
  g_assert_cmpfloat (content->split_mark.x + content->split_mark.width, <=,
                     card->rect.x + card->rect.width);

  /* a card without votes has no results rows */
  g_assert_cmpfloat (plain->results.height, ==, 0.0);
  g_assert_null (plain->verdict.layout);
}

/* What the votes say must not change the size of a card: with the
 * results hidden, its height would give them away. */
static void
test_height_does_not_tell (void)
{
  const guint split[JM_N_RATINGS] = { 2, 0, 2 };
  const guint agree[JM_N_RATINGS] = { 0, 4, 0 };
  const guint more[JM_N_RATINGS] = { 0, 14, 0 };
  g_autoptr(JmDocument) a = build_map (split, FALSE);
  g_autoptr(JmDocument) b = build_map (agree, FALSE);
  g_autoptr(JmDocument) c = build_map (more, FALSE);
  g_autoptr(JmLayout) la = jm_layout_new (a);
  g_autoptr(JmLayout) lb = jm_layout_new (b);
  g_autoptr(JmLayout) lc = jm_layout_new (c);

  g_assert_cmpfloat (jm_layout_get_card (la, 0)->rect.height, ==,
                     jm_layout_get_card (lb, 0)->rect.height);
  g_assert_cmpfloat (jm_layout_get_card (la, 0)->rect.height, ==,
                     jm_layout_get_card (lc, 0)->rect.height);
  g_assert_cmpfloat (jm_layout_get_height (la), ==, jm_layout_get_height (lb));
}

static void
test_curve_points_carry_spread (void)
{
  const guint split[JM_N_RATINGS] = { 2, 0, 2 };
  g_autoptr(JmDocument) doc = build_map (split, FALSE);
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmLayoutLane *lane = jm_layout_get_lane (layout, 0);

  g_assert_cmpuint (lane->n_points, ==, 2);
  g_assert_cmpuint (lane->points[0].n_votes, ==, 4);
  g_assert_cmpfloat_with_epsilon (lane->points[0].spread, 2.0, EPSILON);
  g_assert_cmpuint (lane->points[1].n_votes, ==, 0);
  g_assert_cmpfloat (lane->points[1].spread, ==, 0.0);
}

static cairo_surface_t *
paint_map (JmLayout *layout,
           gboolean  hide_ratings)
{
  JmPaintOptions options = { .hide_ratings = hide_ratings };
  cairo_surface_t *surface =
    cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (jm_layout_get_width (layout)),
                                (int) ceil (jm_layout_get_height (layout)));
  cairo_t *cr = cairo_create (surface);

  jm_painter_paint (layout, cr, &options);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static void
test_hidden_results_are_not_painted (void)
{
  const guint split[JM_N_RATINGS] = { 2, 0, 2 };
  const guint agree[JM_N_RATINGS] = { 0, 0, 4 };
  g_autoptr(JmDocument) a = build_map (split, FALSE);
  g_autoptr(JmDocument) b = build_map (agree, FALSE);
  g_autoptr(JmLayout) la = jm_layout_new (a);
  g_autoptr(JmLayout) lb = jm_layout_new (b);
  const JmCardContent *content = jm_layout_get_card_content (la, 0);
  cairo_surface_t *shown_a = paint_map (la, FALSE);
  cairo_surface_t *shown_b = paint_map (lb, FALSE);
  cairo_surface_t *hidden_a = paint_map (la, TRUE);
  cairo_surface_t *hidden_b = paint_map (lb, TRUE);
  const JmRect *legend = jm_layout_get_legend_rect (la);

  /* shown, the two rooms look different on the card … */
  g_assert_cmpuint (jm_test_count_differences (shown_a, shown_b, &content->results), >, 50);
  /* … hidden, the whole map is the same, pixel for pixel */
  g_assert_cmpuint (jm_test_count_differences (hidden_a, hidden_b, NULL), ==, 0);
  /* hiding paints something else there (the number of votes) and
   * changes nothing outside the results and the spread band */
  g_assert_cmpuint (jm_test_count_differences (shown_a, hidden_a, &content->results), >, 50);
  g_assert_cmpuint (jm_test_count_differences (shown_a, hidden_a, legend), ==, 0);

  cairo_surface_destroy (shown_a);
  cairo_surface_destroy (shown_b);
  cairo_surface_destroy (hidden_a);
  cairo_surface_destroy (hidden_b);
}

static void
test_spread_band (void)
{
  const guint split[JM_N_RATINGS] = { 2, 0, 2 };
  const guint agree[JM_N_RATINGS] = { 0, 0, 4 };
  g_autoptr(JmDocument) a = build_map (split, FALSE);
  g_autoptr(JmDocument) b = build_map (agree, FALSE);
  g_autoptr(JmLayout) la = jm_layout_new (a);
  g_autoptr(JmLayout) lb = jm_layout_new (b);
  const JmLayoutLane *lane = jm_layout_get_lane (la, 0);
  const JmCurvePoint *voted = &lane->points[0];
  const JmCurvePoint *unvoted = &lane->points[1];
  /* above and below the voted point, off the curve line */
  JmRect around_voted = { voted->x - 5, voted->y - 30, 10, 20 };
  JmRect below_voted = { voted->x - 5, voted->y + 12, 10, 20 };
  JmRect around_unvoted = { unvoted->x - 5, unvoted->y - 40, 10, 30 };
  cairo_surface_t *shown_a = paint_map (la, FALSE);
  cairo_surface_t *shown_b = paint_map (lb, FALSE);
  cairo_surface_t *hidden_a = paint_map (la, TRUE);

  /* a split room has a band around its point; agreement (spread 0) none */
  g_assert_cmpuint (jm_test_count_differences (shown_a, shown_b, &around_voted), ==, 200);
  g_assert_cmpuint (jm_test_count_differences (shown_a, shown_b, &below_voted), ==, 200);
  /* a touchpoint without votes has no band */
  g_assert_cmpuint (jm_test_count_differences (shown_a, shown_b, &around_unvoted), ==, 0);
  /* hidden results hide the band too */
  g_assert_cmpuint (jm_test_count_differences (hidden_a, shown_b, &around_voted), ==, 0);

  cairo_surface_destroy (shown_a);
  cairo_surface_destroy (shown_b);
  cairo_surface_destroy (hidden_a);
}

static void
test_super_is_highlighted (void)
{
  const guint votes[JM_N_RATINGS] = { 1, 1, 1 };
  g_autoptr(JmDocument) normal_doc = build_map (votes, FALSE);
  g_autoptr(JmDocument) super_doc = build_map (votes, TRUE);
  g_autoptr(JmLayout) normal = jm_layout_new (normal_doc);
  g_autoptr(JmLayout) super = jm_layout_new (super_doc);
  const JmLayoutCard *card = jm_layout_get_card (super, 0);
  const JmCardContent *content = jm_layout_get_card_content (super, 0);
  JmRect reach = { card->rect.x - 8, card->rect.y - 8, card->rect.width + 16,
                   card->rect.height + 16 };
  cairo_surface_t *a = paint_map (normal, FALSE);
  cairo_surface_t *b = paint_map (super, FALSE);
  guint32 edge;

  g_assert_cmpfloat (card->rect.height, ==, jm_layout_get_card (normal, 0)->rect.height);
  /* the whole card differs: its fill, its frame and the star badge */
  g_assert_cmpuint (jm_test_count_differences (a, b, &card->rect), >, card->rect.width * card->rect.height / 2);
  g_assert_cmpuint (jm_test_count_differences (a, b, &content->star), >, 50);
  /* and nothing outside it */
  g_assert_cmpuint (jm_test_count_differences (a, b, NULL), ==, jm_test_count_differences (a, b, &reach));

  /* a heavy gold frame: the right edge of the card, half way down */
  edge = jm_test_pixel_at (b, (int) (card->rect.x + card->rect.width - 1.5),
                   (int) (card->rect.y + card->rect.height / 2));
  g_assert_cmpuint ((edge >> 16) & 0xff, >, (edge & 0xff) + 80);

  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

static void
test_legend_explains (void)
{
  const guint votes[JM_N_RATINGS] = { 1, 0, 1 };
  g_autoptr(JmDocument) doc = build_map (votes, FALSE);
  g_autoptr(JmLayout) layout = jm_layout_new (doc);
  const JmRect *legend = jm_layout_get_legend_rect (layout);
  const JmLegendEntry *entries;
  guint n_entries;
  gboolean has_split = FALSE, has_spread = FALSE;

  entries = jm_layout_get_legend_entries (layout, &n_entries);
  for (guint i = 0; i < n_entries; i++)
    {
      const char *text = pango_layout_get_text (entries[i].label.layout);

      g_assert_true (text_inside (&entries[i].label, legend));
      if (entries[i].kind == JM_LEGEND_SPLIT)
        has_split = g_str_equal (text, jm_rating_summary_describe_split ());
      if (entries[i].kind == JM_LEGEND_SPREAD)
        has_spread = g_str_equal (text, jm_rating_summary_describe_spread ());
      /* not cut short */
      g_assert_false (pango_layout_is_ellipsized (entries[i].label.layout));
      for (guint j = 0; j < i; j++)
        g_assert_false (texts_overlap (&entries[i].label, &entries[j].label));
    }
  g_assert_true (has_split);
  g_assert_true (has_spread);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (summary_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/ratings/summary/%s", summary_cases[i].name);

      g_test_add_data_func (path, &summary_cases[i], test_summary_case);
    }
  g_test_add_func ("/ratings/summary-without-hands", test_summary_without_hands);
  g_test_add_func ("/ratings/labels", test_labels);
  g_test_add_func ("/ratings/hands-properties", test_hands_properties);
  g_test_add_func ("/ratings/undo-hands", test_undo_hands);
  g_test_add_func ("/ratings/equal-sees-hands", test_equal_sees_hands);
  g_test_add_func ("/ratings/file-round-trip", test_file_round_trip);
  g_test_add_func ("/ratings/old-file-still-loads", test_old_file_still_loads);
  g_test_add_func ("/ratings/card-rows", test_card_rows);
  g_test_add_func ("/ratings/height-does-not-tell", test_height_does_not_tell);
  g_test_add_func ("/ratings/curve-points-carry-spread", test_curve_points_carry_spread);
  g_test_add_func ("/ratings/hidden-results-are-not-painted", test_hidden_results_are_not_painted);
  g_test_add_func ("/ratings/spread-band", test_spread_band);
  g_test_add_func ("/ratings/super-is-highlighted", test_super_is_highlighted);
  g_test_add_func ("/ratings/legend-explains", test_legend_explains);

  return g_test_run ();
}

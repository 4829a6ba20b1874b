/* jm-layout-card.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a card shows, top to bottom:
 *
 *   title (up to three lines)                 super-touchpoint badge
 *   own/third-party mark, channel
 *   action · feeling (up to two lines, if there is any)
 *   owner
 *   Expected 4 · Actual 2  −2                 only with both set (Soll-Ist)
 *   ▼ 2  ● 3  ▲ 5  [stacked bar        ]      results: only with votes
 *   ▲ Delight factor          ◀|▶ Split room
 *
 * The results rows are there whenever there are votes, whatever they
 * say, so a card is as tall with its results hidden as with them shown.
 */

#define G_LOG_DOMAIN "jm-layout-card"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jm-layout-private.h"

#define OWNED_MARK 12.0
#define CARD_MIN_HEIGHT 56.0
#define ROW_GAP 3.0
#define SPLIT_MARK_WIDTH 16.0
#define MIN_BAR_WIDTH 24.0

static char *
describe_channel (JmTouchpoint *touchpoint)
{
  const char *channel = jm_touchpoint_get_channel (touchpoint);
  gboolean has_channel = channel != NULL && *channel != '\0';

  if (jm_touchpoint_get_owned (touchpoint))
    return g_strdup (has_channel ? channel : _("Own"));

  if (!has_channel)
    return g_strdup (_("Third party"));

  /* Translators: a touchpoint's channel run by someone else, e.g. "web · third party" */
  return g_strdup_printf (_("%s · third party"), channel);
}

/* The gap between expectation and performance, with its sign. */
static char *
describe_expected (JmTouchpoint *touchpoint,
                   int          *gap)
{
  int expectation = jm_touchpoint_get_expectation (touchpoint);
  int performance = jm_touchpoint_get_performance (touchpoint);
  g_autofree char *sign = NULL;

  *gap = 0;
  if (expectation == JM_SCORE_UNSET || performance == JM_SCORE_UNSET)
    return NULL;

  *gap = performance - expectation;
  if (*gap > 0)
    sign = g_strdup_printf ("+%d", *gap);
  else if (*gap < 0)
    sign = g_strdup_printf ("−%d", -*gap);
  else
    sign = g_strdup ("±0");

  /* Translators: expectation and performance (Soll/Ist, 1–5) on a card,
   * then the gap between them, e.g. "Expected 4 · Actual 2  −2" */
  return g_strdup_printf (_("Expected %d · Actual %d  %s"), expectation, performance, sign);
}

static char *
describe_action (JmTouchpoint *touchpoint)
{
  const char *action = jm_touchpoint_get_action (touchpoint);
  const char *feeling = jm_touchpoint_get_feeling (touchpoint);
  gboolean has_action = action != NULL && *action != '\0';
  gboolean has_feeling = feeling != NULL && *feeling != '\0';

  if (has_action && has_feeling)
    /* Translators: on a card, what the customer does and how they feel,
     * e.g. "Scrolls the social feed · curious" */
    return g_strdup_printf (_("%s · %s"), action, feeling);
  if (has_action)
    return g_strdup (action);
  if (has_feeling)
    return g_strdup (feeling);

  return NULL;
}

/* The row of counts: mark, count, mark, count, …, then the bar in
 * what is left of the row. */
static void
measure_counts (JmCardContent *content,
                PangoContext  *context,
                double         x,
                double         y,
                double         width)
{
  double row = MAX (JM_LAYOUT_MARK_SIZE + 4.0, jm_text_line_height (context, JM_TEXT_SMALL));
  double cursor = x;
  g_autofree char *hidden = NULL;

  content->ratings = (JmRect) { x, y, width, row };
  for (guint i = 0; i < JM_N_RATINGS; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", content->summary.counts[i]);
      JmText *text = &content->counts[i];

      jm_text_set (text, context, JM_TEXT_SMALL, count, -1.0, 1);
      cursor += JM_LAYOUT_MARK_SIZE + 3.0;
      text->x = cursor;
      text->y = y + (row - text->height) / 2.0;
      cursor += text->width + 8.0;
    }

  cursor -= 4.0;
  if (x + width - cursor >= MIN_BAR_WIDTH)
    content->bar = (JmRect) { cursor, y + row / 2.0 - 3.0, x + width - cursor, 6.0 };
  else
    content->bar = (JmRect) { cursor, y + row / 2.0 - 3.0, 0.0, 6.0 };

  hidden = g_strdup_printf (ngettext ("%u vote · results hidden", "%u votes · results hidden",
                                      content->summary.total),
                            content->summary.total);
  jm_text_set (&content->hidden, context, JM_TEXT_SMALL, hidden, width, 1);
  content->hidden.x = x;
  content->hidden.y = y + (row - content->hidden.height) / 2.0;
}

/* The class at the left, the split-room mark at the right, with its
 * label "Split room" where that fits beside the class. Which of the two
 * shows does not change the height, and neither is painted while the
 * results are hidden. */
static void
measure_verdict (JmCardContent *content,
                 PangoContext  *context,
                 double         x,
                 double         y,
                 double         width)
{
  double row = MAX (JM_LAYOUT_MARK_SIZE + 4.0, jm_text_line_height (context, JM_TEXT_SMALL));
  double text_x = x + JM_LAYOUT_MARK_SIZE + 4.0;
  double right = x + width;
  double label_w;
  const char *verdict = jm_rating_class_get_label (content->summary.classification);
  g_auto(JmText) split = { 0 };
  g_auto(JmText) probe = { 0 };

  content->verdict_mark = (JmRect) { x, y + (row - JM_LAYOUT_MARK_SIZE) / 2.0,
                                     JM_LAYOUT_MARK_SIZE, JM_LAYOUT_MARK_SIZE };

  jm_text_set (&split, context, JM_TEXT_SMALL, _("Split room"), -1.0, 1);
  jm_text_set (&probe, context, JM_TEXT_SMALL, verdict, -1.0, 1);
  if (text_x + probe.width + 8.0 + SPLIT_MARK_WIDTH + 3.0 + split.width <= right)
    {
      content->split_label = split;
      split = (JmText) { 0 };
      content->split_label.x = right - content->split_label.width;
      content->split_label.y = y + (row - content->split_label.height) / 2.0;
      right -= content->split_label.width + 3.0;
    }

  content->split_mark = (JmRect) { right - SPLIT_MARK_WIDTH, y + (row - 10.0) / 2.0,
                                   SPLIT_MARK_WIDTH, 10.0 };
  label_w = content->split_mark.x - 8.0 - text_x;

  jm_text_set (&content->verdict, context, JM_TEXT_SMALL, verdict, label_w, 1);
  content->verdict.x = text_x;
  content->verdict.y = y + (row - content->verdict.height) / 2.0;
}

void
jm_card_content_measure (JmCardContent *content,
                         PangoContext  *context,
                         JmTouchpoint  *touchpoint,
                         double         width,
                         double        *height)
{
  const double inner_x = JM_LAYOUT_CARD_STRIPE + JM_LAYOUT_CARD_PADDING;
  const double inner_w = width - inner_x - JM_LAYOUT_CARD_PADDING;
  const char *title, *owner;
  g_autofree char *channel = NULL;
  g_autofree char *action = NULL;
  g_autofree char *expected = NULL;
  double line, y = JM_LAYOUT_CARD_PADDING;
  double title_w = inner_w;

  g_return_if_fail (content != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (JM_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (height != NULL);

  title = jm_touchpoint_get_title (touchpoint);
  owner = jm_touchpoint_get_owner (touchpoint);
  channel = describe_channel (touchpoint);
  action = describe_action (touchpoint);

  jm_card_content_clear (content);
  expected = describe_expected (touchpoint, &content->gap);
  content->owned = jm_touchpoint_get_owned (touchpoint);
  content->is_super = jm_touchpoint_get_super (touchpoint);
  jm_touchpoint_get_rating_summary (touchpoint, &content->summary);

  if (content->is_super)
    {
      title_w -= JM_LAYOUT_STAR_SIZE + 4.0;
      content->star = (JmRect) { width - JM_LAYOUT_CARD_PADDING - JM_LAYOUT_STAR_SIZE, y,
                                 JM_LAYOUT_STAR_SIZE, JM_LAYOUT_STAR_SIZE };
    }

  jm_text_set (&content->title, context, JM_TEXT_CARD_TITLE,
               title != NULL && *title != '\0' ? title : _("Untitled touchpoint"), title_w, 3);
  content->title.x = inner_x;
  content->title.y = y;
  y += MAX (content->title.height, content->star.height) + 4.0;

  line = jm_text_line_height (context, JM_TEXT_CARD_DETAIL);
  content->owned_mark = (JmRect) { inner_x, y + (line - OWNED_MARK) / 2.0, OWNED_MARK, OWNED_MARK };
  jm_text_set (&content->channel, context, JM_TEXT_CARD_DETAIL, channel,
               inner_w - OWNED_MARK - 5.0, 1);
  content->channel.x = inner_x + OWNED_MARK + 5.0;
  content->channel.y = y;
  y += line + 2.0;

  if (action != NULL)
    {
      jm_text_set (&content->detail, context, JM_TEXT_CARD_DETAIL, action, inner_w, 2);
      content->detail.x = inner_x;
      content->detail.y = y;
      y += content->detail.height + 2.0;
    }

  if (owner != NULL && *owner != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("Owner: %s"), owner);

      jm_text_set (&content->owner, context, JM_TEXT_CARD_DETAIL, text, inner_w, 1);
      content->owner.x = inner_x;
      content->owner.y = y;
      y += content->owner.height + 2.0;
    }

  if (expected != NULL)
    {
      jm_text_set (&content->expected, context, JM_TEXT_CARD_DETAIL, expected, inner_w, 1);
      content->expected.x = inner_x;
      content->expected.y = y;
      y += content->expected.height + 2.0;
    }

  if (content->summary.total > 0)
    {
      double top;

      y += 4.0;
      top = y;
      measure_counts (content, context, inner_x, y, inner_w);
      y += content->ratings.height + ROW_GAP;
      measure_verdict (content, context, inner_x, y, inner_w);
      y += MAX (JM_LAYOUT_MARK_SIZE + 4.0, jm_text_line_height (context, JM_TEXT_SMALL));
      content->results = (JmRect) { inner_x, top, inner_w, y - top };
      content->hidden.y = top + (content->results.height - content->hidden.height) / 2.0;
    }

  /* whole units, so at 100 % (and 200 %) every card below this one
   * starts on a pixel: frames stay sharp and can be stamped */
  *height = ceil (MAX (y + JM_LAYOUT_CARD_PADDING, CARD_MIN_HEIGHT));
}

void
jm_card_content_place (JmCardContent *content,
                       double         x,
                       double         y)
{
  JmText *texts[] = {
    &content->title, &content->channel, &content->detail, &content->owner,
    &content->counts[0], &content->counts[1], &content->counts[2],
    &content->verdict, &content->split_label, &content->hidden, &content->expected,
  };
  JmRect *rects[] = {
    &content->owned_mark, &content->star, &content->ratings, &content->bar,
    &content->verdict_mark, &content->split_mark, &content->results,
  };

  g_return_if_fail (content != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    jm_text_translate (texts[i], x, y);
  for (guint i = 0; i < G_N_ELEMENTS (rects); i++)
    jm_rect_translate (rects[i], x, y);
}

void
jm_card_content_clear (JmCardContent *content)
{
  g_return_if_fail (content != NULL);

  jm_text_clear (&content->title);
  jm_text_clear (&content->channel);
  jm_text_clear (&content->detail);
  jm_text_clear (&content->owner);
  for (guint i = 0; i < JM_N_RATINGS; i++)
    jm_text_clear (&content->counts[i]);
  jm_text_clear (&content->verdict);
  jm_text_clear (&content->split_label);
  jm_text_clear (&content->hidden);
  jm_text_clear (&content->expected);
  memset (content, 0, sizeof *content);
}

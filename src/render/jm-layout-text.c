/* jm-layout-text.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text measuring for the layout. Every string is measured with one
 * PangoContext of fixed resolution, without hinting and with unrounded
 * glyph positions, and fonts are sized in absolute map units: so text
 * takes the same room at every zoom, on screen, in print and in every
 * export, and the painter can draw these very PangoLayouts on any
 * cairo_t.
 */

#define G_LOG_DOMAIN "jm-layout-text"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "jm-layout-private.h"

#define FONT_FAMILY "Cantarell, Sans"
#define LEGEND_ICON 14.0
#define LEGEND_ROW 20.0
#define LEGEND_PADDING 10.0
#define LEGEND_COLUMN_GAP 18.0
#define LEGEND_LABEL_MAX 220.0
#define OWNED_MARK 12.0
#define CARD_MIN_HEIGHT 56.0

typedef struct
{
  double      size;
  PangoWeight weight;
} TextStyleInfo;

static const TextStyleInfo text_styles[] = {
  [JM_TEXT_TITLE]       = { 26.0, PANGO_WEIGHT_BOLD },
  [JM_TEXT_META]        = { 13.0, PANGO_WEIGHT_NORMAL },
  [JM_TEXT_LEGEND]      = { 12.0, PANGO_WEIGHT_NORMAL },
  [JM_TEXT_PHASE]       = { 15.0, PANGO_WEIGHT_BOLD },
  [JM_TEXT_LANE_NAME]   = { 16.0, PANGO_WEIGHT_BOLD },
  [JM_TEXT_LANE_DETAIL] = { 12.0, PANGO_WEIGHT_NORMAL },
  [JM_TEXT_CARD_TITLE]  = { 14.0, PANGO_WEIGHT_BOLD },
  [JM_TEXT_CARD_DETAIL] = { 12.0, PANGO_WEIGHT_NORMAL },
  [JM_TEXT_SMALL]       = { 11.0, PANGO_WEIGHT_NORMAL },
};

static const char * const legend_labels[JM_N_LEGEND_ENTRIES] = {
  [JM_LEGEND_DISAPPOINTMENT] = N_("Disappointment"),
  [JM_LEGEND_OK]             = N_("OK"),
  [JM_LEGEND_DELIGHT]        = N_("Delight"),
  [JM_LEGEND_OWN]            = N_("Own touchpoint"),
  [JM_LEGEND_THIRD_PARTY]    = N_("Third-party touchpoint"),
  [JM_LEGEND_SUPER]          = N_("Super-touchpoint"),
  [JM_LEGEND_HAND_SET]       = N_("Emotion set by hand"),
  [JM_LEGEND_DERIVED]        = N_("Emotion derived from ratings"),
  [JM_LEGEND_CURVE]          = N_("Emotional curve"),
};

static const PangoFontDescription *
get_font (JmTextStyle style)
{
  static PangoFontDescription *fonts[G_N_ELEMENTS (text_styles)];

  g_assert (style < G_N_ELEMENTS (text_styles));

  if (g_once_init_enter (&fonts[style]))
    {
      PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

      pango_font_description_set_absolute_size (font, text_styles[style].size * PANGO_SCALE);
      pango_font_description_set_weight (font, text_styles[style].weight);
      g_once_init_leave (&fonts[style], font);
    }

  return fonts[style];
}

PangoContext *
jm_layout_text_create_context (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  cairo_font_options_destroy (options);

  return context;
}

void
jm_text_clear (JmText *text)
{
  g_return_if_fail (text != NULL);

  g_clear_object (&text->layout);
  text->x = text->y = text->width = text->height = 0.0;
}

void
jm_text_set (JmText       *text,
             PangoContext *context,
             JmTextStyle   style,
             const char   *string,
             double        width,
             int           max_lines)
{
  PangoRectangle logical;

  g_return_if_fail (text != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  jm_text_clear (text);
  if (string == NULL || *string == '\0')
    return;

  text->layout = pango_layout_new (context);
  pango_layout_set_font_description (text->layout, get_font (style));
  if (width > 0.0)
    {
      pango_layout_set_width (text->layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (text->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (text->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (text->layout, -MAX (max_lines, 1));
    }
  pango_layout_set_text (text->layout, string, -1);

  pango_layout_get_extents (text->layout, NULL, &logical);
  text->width = (double) logical.width / PANGO_SCALE;
  text->height = (double) logical.height / PANGO_SCALE;
}

/* Every layout context is set up the same way (see above), so a line
 * height measured once holds for all of them. */
double
jm_text_line_height (PangoContext *context,
                     JmTextStyle   style)
{
  static double heights[G_N_ELEMENTS (text_styles)];

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0.0);
  g_return_val_if_fail (style < G_N_ELEMENTS (text_styles), 0.0);

  if (heights[style] == 0.0)
    {
      g_auto(JmText) probe = { 0 };

      jm_text_set (&probe, context, style, "Ag", -1.0, 1);
      heights[style] = probe.height;
    }

  return heights[style];
}

static void
text_translate (JmText *text,
                double  dx,
                double  dy)
{
  text->x += dx;
  text->y += dy;
}

static void
rect_translate (JmRect *rect,
                double  dx,
                double  dy)
{
  rect->x += dx;
  rect->y += dy;
}

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

static void
measure_ratings (JmCardContent *content,
                 PangoContext  *context,
                 double         x,
                 double         y,
                 double         width)
{
  double row = MAX (JM_LAYOUT_MARK_SIZE + 4.0, jm_text_line_height (context, JM_TEXT_SMALL));
  double cursor = x;

  content->ratings = (JmRect) { x, y, width, row };
  for (guint i = 0; i < JM_N_RATINGS; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", content->votes[i]);
      JmText *text = &content->counts[i];

      jm_text_set (text, context, JM_TEXT_SMALL, count, -1.0, 1);
      cursor += JM_LAYOUT_MARK_SIZE + 3.0;
      text->x = cursor;
      text->y = y + (row - text->height) / 2.0;
      cursor += text->width + 8.0;
    }
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
  double line, y = JM_LAYOUT_CARD_PADDING;
  double title_w = inner_w;

  g_return_if_fail (content != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (JM_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (height != NULL);

  title = jm_touchpoint_get_title (touchpoint);
  owner = jm_touchpoint_get_owner (touchpoint);
  channel = describe_channel (touchpoint);

  jm_card_content_clear (content);
  content->owned = jm_touchpoint_get_owned (touchpoint);
  content->is_super = jm_touchpoint_get_super (touchpoint);
  jm_touchpoint_count_ratings (touchpoint, content->votes);
  content->total_votes = content->votes[0] + content->votes[1] + content->votes[2];

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

  if (owner != NULL && *owner != '\0')
    {
      g_autofree char *text = g_strdup_printf (_("Owner: %s"), owner);

      jm_text_set (&content->owner, context, JM_TEXT_CARD_DETAIL, text, inner_w, 1);
      content->owner.x = inner_x;
      content->owner.y = y;
      y += content->owner.height + 2.0;
    }

  if (content->total_votes > 0)
    {
      y += 4.0;
      measure_ratings (content, context, inner_x, y, inner_w);
      y += content->ratings.height;
    }

  *height = MAX (y + JM_LAYOUT_CARD_PADDING, CARD_MIN_HEIGHT);
}

void
jm_card_content_place (JmCardContent *content,
                       double         x,
                       double         y)
{
  g_return_if_fail (content != NULL);

  text_translate (&content->title, x, y);
  text_translate (&content->channel, x, y);
  text_translate (&content->owner, x, y);
  for (guint i = 0; i < JM_N_RATINGS; i++)
    text_translate (&content->counts[i], x, y);
  rect_translate (&content->owned_mark, x, y);
  rect_translate (&content->star, x, y);
  rect_translate (&content->ratings, x, y);
}

void
jm_card_content_clear (JmCardContent *content)
{
  g_return_if_fail (content != NULL);

  jm_text_clear (&content->title);
  jm_text_clear (&content->channel);
  jm_text_clear (&content->owner);
  for (guint i = 0; i < JM_N_RATINGS; i++)
    jm_text_clear (&content->counts[i]);
  memset (content, 0, sizeof *content);
}

void
jm_legend_measure (JmLegendEntry *entries,
                   PangoContext  *context,
                   double        *width,
                   double        *height)
{
  double x = LEGEND_PADDING;

  g_return_if_fail (entries != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  for (guint column = 0; column < 3; column++)
    {
      double label_w = 0.0;

      for (guint row = 0; row < 3; row++)
        {
          JmLegendEntry *entry = &entries[column * 3 + row];
          double top = LEGEND_PADDING + row * LEGEND_ROW;

          entry->kind = column * 3 + row;
          jm_text_set (&entry->label, context, JM_TEXT_LEGEND, _(legend_labels[entry->kind]),
                       LEGEND_LABEL_MAX, 1);
          entry->icon = (JmRect) { x, top + (LEGEND_ROW - LEGEND_ICON) / 2.0,
                                   LEGEND_ICON, LEGEND_ICON };
          entry->label.x = x + LEGEND_ICON + 6.0;
          entry->label.y = top + (LEGEND_ROW - entry->label.height) / 2.0;
          label_w = MAX (label_w, entry->label.width);
        }

      x += LEGEND_ICON + 6.0 + label_w + (column < 2 ? LEGEND_COLUMN_GAP : 0.0);
    }

  *width = x + LEGEND_PADDING;
  *height = 2 * LEGEND_PADDING + 3 * LEGEND_ROW;
}

void
jm_legend_place (JmLegendEntry *entries,
                 double         x,
                 double         y)
{
  g_return_if_fail (entries != NULL);

  for (guint i = 0; i < JM_N_LEGEND_ENTRIES; i++)
    {
      rect_translate (&entries[i].icon, x, y);
      text_translate (&entries[i].label, x, y);
    }
}

gboolean
jm_rect_intersects (const JmRect *a,
                    const JmRect *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
jm_rect_contains (const JmRect *rect,
                  double        x,
                  double        y)
{
  g_return_val_if_fail (rect != NULL, FALSE);

  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

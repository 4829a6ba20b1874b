/* jm-report-persona.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A page per persona: the profile, then the persona's lane with its
 * emotional curve, painted by the map painter from a layout of a copy
 * of the map that has this persona only. A lane too wide for the page
 * at the smallest allowed text size is cut between phases into slices
 * stacked down the page, each with the lane header again. A slice too
 * tall for the page goes on over the next pages, each phase column by
 * itself, broken between its cards, with the phase headers again at
 * the top of each page; the curve band follows whole.
 */

#define G_LOG_DOMAIN "jm-report"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "jm-layout-private.h"
#include "jm-rating-summary.h"
#include "jm-report-private.h"

#define LABEL_WIDTH 92.0
#define COLOR_BAR 5.0

static void
add_field (JmReportFlow *flow,
           const char   *label,
           const char   *value)
{
  const JmPalette *palette = jm_palette_get (FALSE);
  PangoLayout *label_text, *value_text;
  PangoRectangle logical;
  double height;

  if (value == NULL || *value == '\0')
    return;

  label_text = jm_report_make_text (flow->report, label, JM_REPORT_TEXT_BODY, TRUE, LABEL_WIDTH);
  value_text = jm_report_make_text (flow->report, value, JM_REPORT_TEXT_BODY + 1.0, FALSE,
                                    flow->width - LABEL_WIDTH - COLOR_BAR - 8.0);
  pango_layout_get_extents (value_text, NULL, &logical);
  height = pango_units_to_double (logical.height);
  jm_report_flow_need (flow, height);
  jm_report_page_add_text (flow->page, label_text, flow->x + COLOR_BAR + 8.0, flow->y + 1.0,
                           &palette->text_secondary);
  jm_report_page_add_text (flow->page, value_text, flow->x + COLOR_BAR + 8.0 + LABEL_WIDTH,
                           flow->y, &palette->text);
  flow->y += height + 5.0;
}

static char *
describe_persona (JmDocument *document)
{
  guint n_touchpoints = jm_document_get_n_touchpoints (document), n_pain = 0, n_super = 0;
  g_autofree char *touchpoints = NULL, *pain = NULL, *super = NULL;

  for (guint i = 0; i < n_touchpoints; i++)
    {
      JmTouchpoint *touchpoint = jm_document_get_touchpoint (document, i);
      JmRatingSummary summary;

      jm_touchpoint_get_rating_summary (touchpoint, &summary);
      n_pain += summary.classification == JM_RATING_CLASS_DISAPPOINTMENT;
      n_super += jm_touchpoint_get_super (touchpoint);
    }

  touchpoints = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u touchpoint", "%u touchpoints",
                                              n_touchpoints), n_touchpoints);
  pain = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u disappointment factor",
                                       "%u disappointment factors", n_pain), n_pain);
  super = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u super-touchpoint",
                                        "%u super-touchpoints", n_super), n_super);

  return g_strjoin (" · ", touchpoints, pain, super, NULL);
}

/* Paints the map's x range [@x0, @x1), y range [@y0, @y1) at the flow's
 * cursor, @dx points to the right. */
static void
add_piece (JmReportFlow *flow,
           JmLayout     *map,
           double        x0,
           double        x1,
           double        y0,
           double        y1,
           double        dx,
           double        scale)
{
  JmRect source = { x0, y0, x1 - x0, y1 - y0 };

  jm_report_page_add_map (flow->report, flow->page, map, &source, flow->x + dx, flow->y, scale);
}

static double
get_header_width (JmLayout *map)
{
  const JmLayoutLane *lane = jm_layout_get_lane (map, 0);

  return jm_layout_get_n_columns (map) > 0
         ? jm_layout_get_column (map, 0)->column.x - lane->lane.x
         : lane->lane.width;
}

/* Paints columns [@first, @last) of the lane (with its header) from map
 * y @top to @bottom at the flow's cursor. */
static void
add_slice (JmReportFlow *flow,
           JmLayout     *map,
           guint         first,
           guint         last,
           double        top,
           double        bottom,
           double        scale)
{
  double left = jm_layout_get_lane (map, 0)->lane.x;
  double header_width = get_header_width (map);

  add_piece (flow, map, left, left + header_width, top, bottom, 0.0, scale);
  if (last > first)
    {
      const JmLayoutColumn *a = jm_layout_get_column (map, first);
      const JmLayoutColumn *b = jm_layout_get_column (map, last - 1);

      add_piece (flow, map, a->column.x, b->column.x + b->column.width, top, bottom,
                 header_width * scale, scale);
    }
}

/* The phase headers of columns [@first, @last), which a lane's region
 * from map y @top begins with, at the flow's cursor. */
static void
add_phase_headers (JmReportFlow *flow,
                   JmLayout     *map,
                   guint         first,
                   guint         last,
                   double        top,
                   double        scale)
{
  double cells_top = jm_layout_get_lane (map, 0)->lane.y;

  add_slice (flow, map, first, last, top, cells_top, scale);
  flow->y += (cells_top - top) * scale;
}

/* Where a page showing phase column @column from map y @y may end, at
 * @limit at the latest: above the card there that the page's foot
 * would cut in two, half a gap above it, clear of its frame. If that
 * would leave the column three quarters empty (a card nearly as tall
 * as the page), it ends at @limit after all. */
static double
find_column_break (JmLayout *map,
                   guint     column,
                   double    y,
                   double    limit)
{
  double reach = JM_LAYOUT_CARD_GAP / 2.0;
  double cut = limit;

  /* a cell's cards are stacked, so one is cut at most */
  for (guint i = 0; i < jm_layout_get_n_cards (map); i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (map, i);

      if (card->column == column &&
          card->rect.y - reach < cut && cut < card->rect.y + card->rect.height + reach)
        cut = card->rect.y - reach;
    }

  return cut - y >= (limit - y) / 4.0 ? cut : limit;
}

/* Where phase column @column has nothing more to show: below its last
 * card, or at its top if it has none. Its empty cell below that is not
 * carried over the pages while the other columns go on. */
static double
get_column_end (JmLayout *map,
                guint     column)
{
  const JmLayoutLane *lane = jm_layout_get_lane (map, 0);
  double end = lane->lane.y;

  for (guint i = 0; i < jm_layout_get_n_cards (map); i++)
    {
      const JmLayoutCard *card = jm_layout_get_card (map, i);

      if (card->column == column)
        end = MAX (end, card->rect.y + card->rect.height + JM_LAYOUT_CELL_PADDING);
    }

  return MIN (end, lane->band.y);
}

/* A slice of the lane taller than a page: the phase headers at the top
 * of each page, below them each phase column going on by itself from
 * where it left off, broken between its cards; then the curve band,
 * whole, below the last of them or on a page of its own. */
static void
add_long_slice (JmReportFlow *flow,
                JmLayout     *map,
                guint         first,
                guint         last,
                double        top,
                double        scale)
{
  const JmLayoutLane *lane = jm_layout_get_lane (map, 0);
  double header_width = get_header_width (map);
  double heading = lane->lane.y - top;
  double cells_bottom = lane->band.y;
  double bottom = lane->lane.y + lane->lane.height;
  g_autofree double *ys = g_new (double, last - first);
  g_autofree double *ends = g_new (double, last - first);
  double header_y = lane->lane.y;
  gboolean cells_left = TRUE;

  for (guint c = first; c < last; c++)
    {
      ys[c - first] = lane->lane.y;
      ends[c - first] = get_column_end (map, c);
    }

  while (cells_left)
    {
      double room = (flow->bottom - flow->y) / scale - heading;
      double used = 0.0;

      /* not a sliver at the foot of a page */
      if (room < 40.0 && !jm_report_flow_is_at_top (flow))
        {
          jm_report_flow_need (flow, G_MAXDOUBLE);
          continue;
        }

      add_phase_headers (flow, map, first, last, top, scale);

      cells_left = FALSE;
      for (guint c = first; c < last; c++)
        {
          const JmLayoutColumn *column = jm_layout_get_column (map, c);
          double *y = &ys[c - first];
          double column_end = ends[c - first];
          double end;

          if (*y >= column_end)
            continue;
          end = *y + room < column_end ? find_column_break (map, c, *y, *y + room) : column_end;
          add_piece (flow, map, column->column.x, column->column.x + column->column.width, *y, end,
                     (header_width + column->column.x - jm_layout_get_column (map, first)->column.x)
                     * scale, scale);
          used = MAX (used, end - *y);
          *y = end;
          cells_left |= end < column_end;
        }

      /* the lane's header beside them, its name on the first page; the
       * pages add up to more than the tallest column when it is not the
       * one that fills the most of each, and the header ends with it */
      if (header_y < cells_bottom)
        add_piece (flow, map, lane->lane.x, lane->lane.x + header_width, header_y,
                   MIN (header_y + used, cells_bottom), 0.0, scale);
      header_y += used;
      flow->y += used * scale;
      if (cells_left)
        jm_report_flow_need (flow, G_MAXDOUBLE);
    }

  /* the band, with the phase headers again if it goes on a new page */
  jm_report_flow_need (flow, (bottom - cells_bottom) * scale);
  if (jm_report_flow_is_at_top (flow))
    add_phase_headers (flow, map, first, last, top, scale);
  add_slice (flow, map, first, last, cells_bottom, bottom, scale);
  flow->y += (bottom - cells_bottom) * scale;
}

static void
add_lane (JmReportFlow *flow,
          JmLayout     *map)
{
  const JmLayoutLane *lane = jm_layout_get_lane (map, 0);
  guint n_columns = jm_layout_get_n_columns (map);
  double min_scale = JM_REPORT_MIN_TEXT_SIZE / JM_REPORT_MAP_SMALLEST_TEXT;
  double top = n_columns > 0 ? jm_layout_get_column (map, 0)->header.y : lane->lane.y;
  double bottom = lane->lane.y + lane->lane.height;
  double header_width = n_columns > 0 ? jm_layout_get_column (map, 0)->column.x - lane->lane.x : 0;
  double column_width = n_columns > 0 ? jm_layout_get_column (map, 0)->column.width : 0;
  double region = bottom - top;
  double page_height = flow->bottom - (JM_REPORT_MARGIN + JM_REPORT_HEADER);
  double scale = MIN (1.0, flow->width / lane->lane.width);
  guint per_slice = MAX (n_columns, 1);

  if (scale < min_scale)
    {
      guint n_slices;

      per_slice = (guint) MAX (1.0, floor ((flow->width / min_scale - header_width) / column_width));
      n_slices = (n_columns + per_slice - 1) / per_slice;
      per_slice = (n_columns + n_slices - 1) / n_slices;
      /* as large as the slices allow */
      scale = MIN (1.0, flow->width / (header_width + per_slice * column_width));
    }

  /* The first slice below the profile if it can be, else each slice on
   * a page of its own; never below the smallest allowed text size. */
  if (region * scale > flow->bottom - flow->y)
    {
      if ((flow->bottom - flow->y) / region >= min_scale)
        scale = (flow->bottom - flow->y) / region;
      else
        scale = MIN (scale, page_height / region);
    }
  scale = MAX (scale, min_scale);

  for (guint first = 0; first < MAX (n_columns, 1); first += per_slice)
    {
      guint last = MIN (first + per_slice, n_columns);

      jm_report_flow_need (flow, (bottom - top) * scale);
      if (n_columns == 0 || (bottom - top) * scale <= flow->bottom - flow->y + 0.5)
        {
          add_slice (flow, map, first, last, top, bottom, scale);
          flow->y += (bottom - top) * scale;
        }
      else
        {
          add_long_slice (flow, map, first, last, top, scale);
        }
      flow->y += JM_REPORT_GAP;
    }
}

void
jm_report_add_persona_pages (JmReport  *report,
                             JmPersona *persona)
{
  const JmPalette *palette = jm_palette_get (FALSE);
  JmDocument *document = jm_report_get_document (report);
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  const char *ids[] = { jm_persona_get_id (persona), NULL };
  g_autoptr(JmDocument) single = NULL;
  g_autoptr(JmLayout) map = NULL;
  g_autofree char *title = NULL;
  g_autofree char *stats = NULL;
  JmReportFlow flow;
  JmReportPage *first_page;
  JmColor color;
  PangoLayout *name;
  PangoRectangle logical;
  double top;

  jm_export_options_set_personas (options, ids);
  single = jm_export_options_filter_document (options, document);
  map = jm_layout_new (single);

  /* Translators: the outline entry and heading of a persona's page in a report */
  title = g_strdup_printf (_("Persona: %s"), jm_persona_get_name (persona));
  jm_report_flow_init (&flow, report, title, NULL);

  jm_color_parse (jm_persona_get_color (persona), &color);
  top = flow.y;
  first_page = flow.page;
  name = jm_report_make_text (report, jm_persona_get_name (persona), JM_REPORT_TEXT_HEADING,
                              TRUE, flow.width - COLOR_BAR - 8.0);
  pango_layout_get_extents (name, NULL, &logical);
  jm_report_page_add_text (flow.page, name, flow.x + COLOR_BAR + 8.0, flow.y, &palette->text);
  flow.y += pango_units_to_double (logical.height) + 2.0;

  stats = describe_persona (single);
  jm_report_page_add_text (flow.page,
                           jm_report_make_text (report, stats, JM_REPORT_TEXT_BODY, FALSE, -1),
                           flow.x + COLOR_BAR + 8.0, flow.y, &palette->text_secondary);
  flow.y += 18.0;

  add_field (&flow, _("Profile"), jm_persona_get_profile (persona));
  add_field (&flow, _("Goal"), jm_persona_get_goal (persona));
  add_field (&flow, _("Preferences"), jm_persona_get_preferences (persona));
  add_field (&flow, _("Experiences"), jm_persona_get_experiences (persona));

  if (flow.page == first_page)
    jm_report_page_add_rect (flow.page, JM_REPORT_ITEM_RECT, flow.x, top, COLOR_BAR,
                             flow.y - top - 5.0, &color);
  flow.y += JM_REPORT_GAP;

  if (jm_layout_get_n_lanes (map) > 0)
    add_lane (&flow, map);
}

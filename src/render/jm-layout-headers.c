/* jm-layout-headers.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The text blocks around the grid: the map's title block and the
 * persona lane headers with the scale of the emotional-curve band.
 */

#define G_LOG_DOMAIN "jm-layout-headers"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-layout-private.h"

#define LANE_STRIPE 8.0
#define LANE_PADDING 10.0

static char *
describe_owner_and_date (JmDocument *document)
{
  const char *owner = jm_document_get_owner (document);
  GDateTime *date = jm_document_get_modified (document);
  g_autofree char *date_text = NULL;

  if (date == NULL)
    date = jm_document_get_created (document);
  if (date != NULL)
    /* Translators: date format of the map's date in the title block, see g_date_time_format() */
    date_text = g_date_time_format (date, C_("map date", "%-d %B %Y"));

  if (owner != NULL && *owner != '\0' && date_text != NULL)
    /* Translators: map owner and date in the title block */
    return g_strdup_printf (_("Map owner: %s · %s"), owner, date_text);
  if (owner != NULL && *owner != '\0')
    return g_strdup_printf (_("Map owner: %s"), owner);

  return g_steal_pointer (&date_text);
}

double
jm_title_content_measure (JmTitleContent *content,
                          PangoContext   *context,
                          JmDocument     *document,
                          double          x,
                          double          y,
                          double          width)
{
  const char *title;
  g_autofree char *meta = NULL;
  double top = y;

  g_return_val_if_fail (content != NULL, 0.0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0.0);
  g_return_val_if_fail (JM_IS_DOCUMENT (document), 0.0);

  title = jm_document_get_title (document);
  meta = describe_owner_and_date (document);

  jm_text_set (&content->title, context, JM_TEXT_TITLE,
               title != NULL && *title != '\0' ? title : _("Untitled Journey Map"), width, 3);
  content->title.x = x;
  content->title.y = y;
  y += content->title.height + 4.0;

  jm_text_set (&content->meta, context, JM_TEXT_META, meta, width, 1);
  content->meta.x = x;
  content->meta.y = y;
  y += content->meta.height + (content->meta.layout ? 4.0 : 0.0);

  jm_text_set (&content->description, context, JM_TEXT_META,
               jm_document_get_description (document), width, 2);
  content->description.x = x;
  content->description.y = y;
  y += content->description.height;

  return y - top;
}

void
jm_title_content_clear (JmTitleContent *content)
{
  g_return_if_fail (content != NULL);

  jm_text_clear (&content->title);
  jm_text_clear (&content->meta);
  jm_text_clear (&content->description);
}

double
jm_lane_content_measure (JmLaneContent *content,
                         PangoContext  *context,
                         JmPersona     *persona)
{
  const double width =
    JM_LAYOUT_LANE_HEADER - JM_LAYOUT_HEADER_INSET - LANE_STRIPE - 2 * LANE_PADDING;
  const char *name, *detail;

  g_return_val_if_fail (content != NULL, 0.0);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0.0);
  g_return_val_if_fail (JM_IS_PERSONA (persona), 0.0);

  name = jm_persona_get_name (persona);
  detail = jm_persona_get_goal (persona);
  if (detail == NULL || *detail == '\0')
    detail = jm_persona_get_profile (persona);

  jm_text_set (&content->name, context, JM_TEXT_LANE_NAME,
               name != NULL && *name != '\0' ? name : _("Unnamed persona"), width, 3);
  jm_text_set (&content->detail, context, JM_TEXT_LANE_DETAIL, detail, width, 4);
  jm_text_set (&content->band_label, context, JM_TEXT_SMALL, _("Emotion"), width - 24.0, 1);
  jm_text_set (&content->axis[0], context, JM_TEXT_SMALL, "+2", -1.0, 1);
  jm_text_set (&content->axis[1], context, JM_TEXT_SMALL, "0", -1.0, 1);
  jm_text_set (&content->axis[2], context, JM_TEXT_SMALL, "−2", -1.0, 1);

  return 2 * LANE_PADDING + content->name.height +
         (content->detail.layout ? 4.0 + content->detail.height : 0.0);
}

void
jm_lane_content_place (JmLaneContent      *content,
                       const JmLayoutLane *lane)
{
  double x = lane->header.x + LANE_STRIPE + LANE_PADDING;
  double right = lane->header.x + lane->header.width - JM_LAYOUT_HEADER_INSET - LANE_PADDING;
  static const double axis_emotion[] = { JM_EMOTION_MAX, 0.0, JM_EMOTION_MIN };

  g_return_if_fail (content != NULL && lane != NULL);

  content->name.x = x;
  content->name.y = lane->lane.y + LANE_PADDING;
  content->detail.x = x;
  content->detail.y = content->name.y + content->name.height + 4.0;

  content->band_label.x = x;
  content->band_label.y = lane->neutral_y - content->band_label.height / 2.0;
  for (guint i = 0; i < G_N_ELEMENTS (content->axis); i++)
    {
      double amplitude = lane->band.height / 2.0 - JM_LAYOUT_POINT_MARGIN;
      double y = lane->neutral_y - axis_emotion[i] / JM_EMOTION_MAX * amplitude;

      content->axis[i].x = right - content->axis[i].width;
      content->axis[i].y = y - content->axis[i].height / 2.0;
    }
}

void
jm_lane_content_clear (JmLaneContent *content)
{
  g_return_if_fail (content != NULL);

  jm_text_clear (&content->name);
  jm_text_clear (&content->detail);
  for (guint i = 0; i < G_N_ELEMENTS (content->axis); i++)
    jm_text_clear (&content->axis[i]);
  jm_text_clear (&content->band_label);
}

/* jm-export-options.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-export"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-export-options.h"

typedef struct
{
  const char *name;
  const char *label;
  double      short_side;
  double      long_side;
} PageSizeInfo;

/* ISO 216 and US Letter in points */
static const PageSizeInfo page_sizes[JM_N_PAGE_SIZES] = {
  [JM_PAGE_SIZE_A4]     = { "a4", N_("A4"), 595.276, 841.890 },
  [JM_PAGE_SIZE_A3]     = { "a3", N_("A3"), 841.890, 1190.551 },
  [JM_PAGE_SIZE_A2]     = { "a2", N_("A2"), 1190.551, 1683.780 },
  [JM_PAGE_SIZE_LETTER] = { "letter", N_("Letter"), 612.0, 792.0 },
  [JM_PAGE_SIZE_FIT]    = { "fit", N_("Fit to content"), 0.0, 0.0 },
};

G_DEFINE_BOXED_TYPE (JmExportOptions, jm_export_options,
                     jm_export_options_copy, jm_export_options_free)

JmExportOptions *
jm_export_options_new (void)
{
  JmExportOptions *options = g_new0 (JmExportOptions, 1);

  options->format = JM_EXPORT_FORMAT_PDF;
  options->page_size = JM_PAGE_SIZE_A4;
  options->orientation = JM_ORIENTATION_LANDSCAPE;
  options->scale = 1.0;

  return options;
}

JmExportOptions *
jm_export_options_copy (const JmExportOptions *options)
{
  JmExportOptions *copy;

  g_return_val_if_fail (options != NULL, NULL);

  copy = g_memdup2 (options, sizeof *options);
  copy->personas = g_strdupv (options->personas);

  return copy;
}

void
jm_export_options_free (JmExportOptions *options)
{
  if (options == NULL)
    return;

  g_strfreev (options->personas);
  g_free (options);
}

void
jm_export_options_set_personas (JmExportOptions    *options,
                                const char * const *ids)
{
  g_return_if_fail (options != NULL);

  g_strfreev (options->personas);
  options->personas = g_strdupv ((char **) ids);
}

gboolean
jm_page_size_from_string (const char *text,
                          JmPageSize *size)
{
  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < JM_N_PAGE_SIZES; i++)
    if (g_ascii_strcasecmp (text, page_sizes[i].name) == 0)
      {
        if (size != NULL)
          *size = i;
        return TRUE;
      }

  return FALSE;
}

const char *
jm_page_size_to_string (JmPageSize size)
{
  g_return_val_if_fail (size < JM_N_PAGE_SIZES, NULL);

  return page_sizes[size].name;
}

const char *
jm_page_size_get_label (JmPageSize size)
{
  g_return_val_if_fail (size < JM_N_PAGE_SIZES, NULL);

  return _(page_sizes[size].label);
}

gboolean
jm_page_size_get_dimensions (JmPageSize     size,
                             JmOrientation  orientation,
                             double        *width,
                             double        *height)
{
  const PageSizeInfo *info;

  g_return_val_if_fail (size < JM_N_PAGE_SIZES, FALSE);

  info = &page_sizes[size];
  if (info->long_side <= 0.0)
    return FALSE;

  *width = orientation == JM_ORIENTATION_LANDSCAPE ? info->long_side : info->short_side;
  *height = orientation == JM_ORIENTATION_LANDSCAPE ? info->short_side : info->long_side;

  return TRUE;
}

gboolean
jm_orientation_from_string (const char    *text,
                            JmOrientation *orientation)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (g_ascii_strcasecmp (text, "landscape") == 0)
    {
      if (orientation != NULL)
        *orientation = JM_ORIENTATION_LANDSCAPE;
      return TRUE;
    }
  if (g_ascii_strcasecmp (text, "portrait") == 0)
    {
      if (orientation != NULL)
        *orientation = JM_ORIENTATION_PORTRAIT;
      return TRUE;
    }

  return FALSE;
}

const char *
jm_orientation_to_string (JmOrientation orientation)
{
  return orientation == JM_ORIENTATION_PORTRAIT ? "portrait" : "landscape";
}

static gboolean
is_chosen (const JmExportOptions *options,
           const char            *persona_id)
{
  return options->personas == NULL
         || g_strv_contains ((const char * const *) options->personas, persona_id);
}

static JmPersona *
copy_persona (JmPersona *persona)
{
  JmPersona *copy = jm_persona_new (jm_persona_get_id (persona), jm_persona_get_name (persona));

  jm_persona_set_profile (copy, jm_persona_get_profile (persona));
  jm_persona_set_goal (copy, jm_persona_get_goal (persona));
  jm_persona_set_preferences (copy, jm_persona_get_preferences (persona));
  jm_persona_set_experiences (copy, jm_persona_get_experiences (persona));
  jm_persona_set_color (copy, jm_persona_get_color (persona));

  return copy;
}

JmDocument *
jm_export_options_filter_document (const JmExportOptions *options,
                                   JmDocument            *document)
{
  JmDocument *copy;
  guint n_chosen = 0;

  g_return_val_if_fail (options != NULL, NULL);
  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);

  for (guint i = 0; i < jm_document_get_n_personas (document); i++)
    n_chosen += is_chosen (options, jm_persona_get_id (jm_document_get_persona (document, i)));
  if (n_chosen == jm_document_get_n_personas (document))
    return g_object_ref (document);

  copy = jm_document_new ();
  jm_document_set_title (copy, jm_document_get_title (document));
  jm_document_set_description (copy, jm_document_get_description (document));
  jm_document_set_owner (copy, jm_document_get_owner (document));
  jm_document_set_created (copy, jm_document_get_created (document));
  jm_document_set_modified (copy, jm_document_get_modified (document));

  for (guint i = 0; i < jm_document_get_n_personas (document); i++)
    {
      JmPersona *persona = jm_document_get_persona (document, i);
      g_autoptr(JmPersona) persona_copy = NULL;

      if (!is_chosen (options, jm_persona_get_id (persona)))
        continue;
      persona_copy = copy_persona (persona);
      jm_document_insert (copy, JM_COLLECTION_PERSONAS, NULL, persona_copy, -1);
    }

  for (guint i = 0; i < jm_document_get_n_phases (document); i++)
    {
      JmPhase *phase = jm_document_get_phase (document, i);
      g_autoptr(JmPhase) phase_copy = jm_phase_new (jm_phase_get_id (phase),
                                                    jm_phase_get_name (phase));

      jm_phase_set_description (phase_copy, jm_phase_get_description (phase));
      jm_document_insert (copy, JM_COLLECTION_PHASES, NULL, phase_copy, -1);
    }

  for (guint i = 0; i < jm_document_get_n_participants (document); i++)
    {
      JmParticipant *participant = jm_document_get_participant (document, i);
      g_autoptr(JmParticipant) participant_copy =
        jm_participant_new (jm_participant_get_id (participant),
                            jm_participant_get_name (participant));

      jm_participant_set_role (participant_copy, jm_participant_get_role (participant));
      jm_document_insert (copy, JM_COLLECTION_PARTICIPANTS, NULL, participant_copy, -1);
    }

  for (guint i = 0; i < jm_document_get_n_touchpoints (document); i++)
    {
      JmTouchpoint *touchpoint = jm_document_get_touchpoint (document, i);
      g_autoptr(JmTouchpoint) touchpoint_copy = NULL;

      if (!is_chosen (options, jm_touchpoint_get_persona (touchpoint)))
        continue;
      touchpoint_copy = jm_touchpoint_copy (touchpoint);
      jm_document_insert (copy, JM_COLLECTION_TOUCHPOINTS, NULL, touchpoint_copy, -1);
    }

  return copy;
}

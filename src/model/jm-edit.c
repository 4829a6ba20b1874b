/* jm-edit.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-edit"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-edit.h"
#include "jm-types-private.h"

/* GNOME palette colours, distinct enough side by side as lane tints */
static const char * const persona_colors[] = {
  "#3584e4", "#ff7800", "#9141ac", "#2ec27e", "#e01b24",
  "#986a44", "#f5c211", "#1c71d8", "#c061cb", "#26a269",
};

static JmDocument *
document_of (JmHistory *history)
{
  return jm_history_get_document (history);
}

guint
jm_edit_count_touchpoints (JmDocument *document,
                           JmPersona  *persona,
                           JmPhase    *phase)
{
  guint count = 0;

  g_return_val_if_fail (JM_IS_DOCUMENT (document), 0);

  for (guint i = 0; i < jm_document_get_n_touchpoints (document); i++)
    {
      JmTouchpoint *touchpoint = jm_document_get_touchpoint (document, i);

      if (persona != NULL &&
          g_strcmp0 (jm_touchpoint_get_persona (touchpoint), jm_persona_get_id (persona)) != 0)
        continue;
      if (phase != NULL &&
          g_strcmp0 (jm_touchpoint_get_phase (touchpoint), jm_phase_get_id (phase)) != 0)
        continue;
      count++;
    }

  return count;
}

gboolean
jm_edit_is_in_document (JmDocument *document,
                        GObject    *object)
{
  if (document == NULL)
    return FALSE;
  if (JM_IS_TOUCHPOINT (object))
    return jm_document_get_touchpoint_index (document, JM_TOUCHPOINT (object)) >= 0;
  if (JM_IS_PERSONA (object))
    return jm_document_get_persona_index (document, JM_PERSONA (object)) >= 0;
  if (JM_IS_PHASE (object))
    return jm_document_get_phase_index (document, JM_PHASE (object)) >= 0;

  return FALSE;
}

/* Where in the touchpoint array @touchpoint has to go to stand at
 * @index_in_cell of its (already set) cell, or −1 to stay put. */
static int
find_array_position (JmDocument   *document,
                     JmTouchpoint *touchpoint,
                     guint         index_in_cell)
{
  g_autoptr(GPtrArray) cell = NULL;
  JmTouchpoint *anchor;
  gboolean after;
  int current, anchor_index;

  cell = jm_document_dup_cell_touchpoints (document,
                                           jm_touchpoint_get_persona (touchpoint),
                                           jm_touchpoint_get_phase (touchpoint));
  g_ptr_array_remove (cell, touchpoint);
  if (cell->len == 0)
    return -1;

  after = index_in_cell >= cell->len;
  anchor = g_ptr_array_index (cell, after ? cell->len - 1 : index_in_cell);
  current = jm_document_get_touchpoint_index (document, touchpoint);
  anchor_index = jm_document_get_touchpoint_index (document, anchor);

  /* the anchor shifts down by one once the touchpoint is taken out before it */
  if (current < anchor_index)
    anchor_index--;

  return after ? anchor_index + 1 : anchor_index;
}

static void
place_in_cell (JmDocument   *document,
               JmTouchpoint *touchpoint,
               const char   *persona_id,
               const char   *phase_id,
               guint         index_in_cell)
{
  int position;

  jm_document_set_string (document, touchpoint, "persona", persona_id);
  jm_document_set_string (document, touchpoint, "phase", phase_id);

  position = find_array_position (document, touchpoint, index_in_cell);
  if (position >= 0)
    jm_document_move (document, JM_COLLECTION_TOUCHPOINTS, NULL, touchpoint, position);
}

JmTouchpoint *
jm_edit_add_touchpoint (JmHistory  *history,
                        JmPersona  *persona,
                        JmPhase    *phase,
                        int         index_in_cell,
                        const char *title)
{
  JmDocument *document = document_of (history);
  g_autoptr(JmTouchpoint) touchpoint = NULL;
  g_autofree char *id = NULL;

  g_return_val_if_fail (JM_IS_PERSONA (persona) && JM_IS_PHASE (phase), NULL);

  id = jm_document_make_id (document, JM_COLLECTION_TOUCHPOINTS, "t");
  touchpoint = jm_touchpoint_new (id, jm_persona_get_id (persona), jm_phase_get_id (phase),
                                  title != NULL ? title : _("New Touchpoint"));

  jm_history_begin_group (history, _("Add Touchpoint"), NULL);
  jm_document_insert (document, JM_COLLECTION_TOUCHPOINTS, NULL, touchpoint, -1);
  if (index_in_cell >= 0)
    place_in_cell (document, touchpoint, jm_persona_get_id (persona),
                   jm_phase_get_id (phase), index_in_cell);
  jm_history_end_group (history);

  return touchpoint;
}

void
jm_edit_move_touchpoint (JmHistory    *history,
                         JmTouchpoint *touchpoint,
                         JmPersona    *persona,
                         JmPhase      *phase,
                         guint         index_in_cell)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (JM_IS_PERSONA (persona) && JM_IS_PHASE (phase));

  jm_history_begin_group (history, _("Move Touchpoint"), NULL);
  place_in_cell (document_of (history), touchpoint, jm_persona_get_id (persona),
                 jm_phase_get_id (phase), index_in_cell);
  jm_history_end_group (history);
}

/* A detached copy with a fresh id, in cell (@persona_id, @phase_id),
 * keeping only the votes of this map's participants. */
static JmTouchpoint *
copy_touchpoint_for (JmDocument   *document,
                     JmTouchpoint *source,
                     const char   *persona_id,
                     const char   *phase_id)
{
  JmTouchpoint *copy = jm_touchpoint_copy (source);
  g_autofree char *id = jm_document_make_id (document, JM_COLLECTION_TOUCHPOINTS, "t");
  g_autoptr(GPtrArray) strangers = g_ptr_array_new_with_free_func (g_free);

  jm_touchpoint_set_id (copy, id);
  jm_touchpoint_set_persona (copy, persona_id);
  jm_touchpoint_set_phase (copy, phase_id);

  for (guint i = 0; i < jm_touchpoint_get_n_ratings (copy); i++)
    {
      const char *participant = jm_touchpoint_get_rating_participant (copy, i);

      if (jm_document_find_participant (document, participant) == NULL)
        g_ptr_array_add (strangers, g_strdup (participant));
    }
  for (guint i = 0; i < strangers->len; i++)
    jm_touchpoint_set_rating (copy, g_ptr_array_index (strangers, i), JM_RATING_NONE);

  return copy;
}

JmTouchpoint *
jm_edit_duplicate_touchpoint (JmHistory    *history,
                              JmTouchpoint *touchpoint)
{
  JmDocument *document = document_of (history);
  g_autoptr(JmTouchpoint) copy = NULL;
  int position;

  g_return_val_if_fail (JM_IS_TOUCHPOINT (touchpoint), NULL);

  copy = copy_touchpoint_for (document, touchpoint,
                              jm_touchpoint_get_persona (touchpoint),
                              jm_touchpoint_get_phase (touchpoint));
  position = jm_document_get_touchpoint_index (document, touchpoint) + 1;

  jm_history_begin_group (history, _("Duplicate Touchpoint"), NULL);
  jm_document_insert (document, JM_COLLECTION_TOUCHPOINTS, NULL, copy, position);
  jm_history_end_group (history);

  return copy;
}

void
jm_edit_delete_touchpoints (JmHistory     *history,
                            JmTouchpoint **touchpoints,
                            guint          n_touchpoints)
{
  JmDocument *document = document_of (history);

  jm_history_begin_group (history,
                          n_touchpoints == 1 ? _("Delete Touchpoint") : _("Delete Touchpoints"),
                          NULL);
  for (guint i = 0; i < n_touchpoints; i++)
    {
      if (jm_document_get_touchpoint_index (document, touchpoints[i]) >= 0)
        jm_document_remove (document, JM_COLLECTION_TOUCHPOINTS, NULL, touchpoints[i]);
    }
  jm_history_end_group (history);
}

GPtrArray *
jm_edit_paste_touchpoints (JmHistory *history,
                           GPtrArray *touchpoints,
                           JmPersona *persona,
                           JmPhase   *phase,
                           int        index_in_cell)
{
  JmDocument *document = document_of (history);
  GPtrArray *pasted = g_ptr_array_new ();

  g_return_val_if_fail (touchpoints != NULL, pasted);
  g_return_val_if_fail (JM_IS_PERSONA (persona) && JM_IS_PHASE (phase), pasted);

  jm_history_begin_group (history, _("Paste Touchpoints"), NULL);
  for (guint i = 0; i < touchpoints->len; i++)
    {
      g_autoptr(JmTouchpoint) copy =
        copy_touchpoint_for (document, g_ptr_array_index (touchpoints, i),
                             jm_persona_get_id (persona), jm_phase_get_id (phase));

      jm_document_insert (document, JM_COLLECTION_TOUCHPOINTS, NULL, copy, -1);
      if (index_in_cell >= 0)
        place_in_cell (document, copy, jm_persona_get_id (persona),
                       jm_phase_get_id (phase), index_in_cell + i);
      g_ptr_array_add (pasted, copy);
    }
  jm_history_end_group (history);

  return pasted;
}

void
jm_edit_set_emotion (JmHistory    *history,
                     JmTouchpoint *touchpoint,
                     double        emotion)
{
  JmDocument *document = document_of (history);

  g_return_if_fail (JM_IS_TOUCHPOINT (touchpoint));

  jm_history_begin_group (history, _("Set Emotion"), NULL);
  jm_document_set_double (document, touchpoint, "emotion", CLAMP (emotion, -2.0, 2.0));
  jm_document_set_boolean (document, touchpoint, "has-emotion", TRUE);
  jm_history_end_group (history);
}

void
jm_edit_derive_emotion (JmHistory    *history,
                        JmTouchpoint *touchpoint)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (touchpoint));

  jm_history_begin_group (history, _("Derive Emotion from Ratings"), NULL);
  jm_document_set_boolean (document_of (history), touchpoint, "has-emotion", FALSE);
  jm_history_end_group (history);
}

/* Removes every touchpoint of @persona_id / @phase_id (NULL: any). */
static void
remove_touchpoints_of (JmDocument *document,
                       const char *persona_id,
                       const char *phase_id)
{
  for (guint i = jm_document_get_n_touchpoints (document); i-- > 0;)
    {
      JmTouchpoint *touchpoint = jm_document_get_touchpoint (document, i);

      if ((persona_id == NULL || g_strcmp0 (jm_touchpoint_get_persona (touchpoint), persona_id) == 0) &&
          (phase_id == NULL || g_strcmp0 (jm_touchpoint_get_phase (touchpoint), phase_id) == 0))
        jm_document_remove (document, JM_COLLECTION_TOUCHPOINTS, NULL, touchpoint);
    }
}

/* Appends copies of the touchpoints of @persona_id / @phase_id, moved
 * over to @new_persona_id / @new_phase_id. */
static void
copy_touchpoints_of (JmDocument *document,
                     const char *persona_id,
                     const char *phase_id,
                     const char *new_persona_id,
                     const char *new_phase_id)
{
  guint n = jm_document_get_n_touchpoints (document);

  for (guint i = 0; i < n; i++)
    {
      JmTouchpoint *touchpoint = jm_document_get_touchpoint (document, i);
      g_autoptr(JmTouchpoint) copy = NULL;

      if ((persona_id != NULL && g_strcmp0 (jm_touchpoint_get_persona (touchpoint), persona_id) != 0) ||
          (phase_id != NULL && g_strcmp0 (jm_touchpoint_get_phase (touchpoint), phase_id) != 0))
        continue;

      copy = copy_touchpoint_for (document, touchpoint,
                                  new_persona_id ? new_persona_id : jm_touchpoint_get_persona (touchpoint),
                                  new_phase_id ? new_phase_id : jm_touchpoint_get_phase (touchpoint));
      jm_document_insert (document, JM_COLLECTION_TOUCHPOINTS, NULL, copy, -1);
    }
}

char *
jm_edit_pick_persona_color (JmDocument *document)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);

  for (guint c = 0; c < G_N_ELEMENTS (persona_colors); c++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < jm_document_get_n_personas (document) && !used; i++)
        used = g_ascii_strcasecmp (jm_persona_get_color (jm_document_get_persona (document, i)),
                                   persona_colors[c]) == 0;
      if (!used)
        return g_strdup (persona_colors[c]);
    }

  return g_strdup (persona_colors[jm_document_get_n_personas (document) % G_N_ELEMENTS (persona_colors)]);
}

static char *
dup_copy_name (const char *name)
{
  /* Translators: the name of a duplicated persona, phase or participant */
  return g_strdup_printf (_("%s (Copy)"), name != NULL ? name : "");
}

/* A copy of the persona or phase @object with all its fields, under a
 * new id and a "(Copy)" name; not in the document yet. */
static gpointer
dup_renamed (JmDocument   *document,
             GObject      *object,
             JmCollection  collection,
             const char   *id_prefix)
{
  g_autofree char *id = jm_document_make_id (document, collection, id_prefix);
  g_autofree char *name = dup_copy_name (jm_edit_get_name (object));
  GObject *copy = g_object_new (G_OBJECT_TYPE (object), NULL);

  jm_object_copy_properties (object, copy);
  g_object_set (copy, "id", id, "name", name, NULL);

  return copy;
}

/* Personas and phases differ only in their collection and the
 * label of the step. */
static void
move_item (JmHistory    *history,
           JmCollection  collection,
           gpointer      item,
           guint         position,
           const char   *label)
{
  JmDocument *document = document_of (history);

  position = MIN (position, jm_document_get_n_items (document, collection, NULL) - 1);
  jm_history_begin_group (history, label, NULL);
  jm_document_move (document, collection, NULL, item, position);
  jm_history_end_group (history);
}

static void
delete_with_touchpoints (JmHistory    *history,
                         JmCollection  collection,
                         gpointer      item,
                         const char   *persona_id,
                         const char   *phase_id,
                         const char   *label)
{
  JmDocument *document = document_of (history);

  jm_history_begin_group (history, label, NULL);
  remove_touchpoints_of (document, persona_id, phase_id);
  jm_document_remove (document, collection, NULL, item);
  jm_history_end_group (history);
}

JmPersona *
jm_edit_add_persona (JmHistory  *history,
                     int         position,
                     const char *name)
{
  JmDocument *document = document_of (history);
  g_autofree char *id = jm_document_make_id (document, JM_COLLECTION_PERSONAS, "p");
  g_autofree char *color = jm_edit_pick_persona_color (document);
  g_autoptr(JmPersona) persona = jm_persona_new (id, name != NULL ? name : _("New Persona"));

  jm_persona_set_color (persona, color);

  jm_history_begin_group (history, _("Add Persona"), NULL);
  jm_document_insert (document, JM_COLLECTION_PERSONAS, NULL, persona, position);
  jm_history_end_group (history);

  return persona;
}

JmPersona *
jm_edit_duplicate_persona (JmHistory *history,
                           JmPersona *persona)
{
  JmDocument *document = document_of (history);
  g_autofree char *color = NULL;
  g_autoptr(JmPersona) copy = NULL;

  g_return_val_if_fail (JM_IS_PERSONA (persona), NULL);

  copy = dup_renamed (document, G_OBJECT (persona), JM_COLLECTION_PERSONAS, "p");
  color = jm_edit_pick_persona_color (document);
  jm_persona_set_color (copy, color);

  jm_history_begin_group (history, _("Duplicate Persona"), NULL);
  jm_document_insert (document, JM_COLLECTION_PERSONAS, NULL, copy,
                      jm_document_get_persona_index (document, persona) + 1);
  copy_touchpoints_of (document, jm_persona_get_id (persona), NULL,
                       jm_persona_get_id (copy), NULL);
  jm_history_end_group (history);

  return copy;
}

void
jm_edit_delete_persona (JmHistory *history,
                        JmPersona *persona)
{
  g_return_if_fail (JM_IS_PERSONA (persona));

  delete_with_touchpoints (history, JM_COLLECTION_PERSONAS, persona,
                           jm_persona_get_id (persona), NULL, _("Delete Persona"));
}

void
jm_edit_move_persona (JmHistory *history,
                      JmPersona *persona,
                      guint      position)
{
  g_return_if_fail (JM_IS_PERSONA (persona));

  move_item (history, JM_COLLECTION_PERSONAS, persona, position, _("Move Persona"));
}

JmPhase *
jm_edit_add_phase (JmHistory  *history,
                   int         position,
                   const char *name)
{
  JmDocument *document = document_of (history);
  g_autofree char *id = jm_document_make_id (document, JM_COLLECTION_PHASES, "ph");
  g_autoptr(JmPhase) phase = jm_phase_new (id, name != NULL ? name : _("New Phase"));

  jm_history_begin_group (history, _("Add Phase"), NULL);
  jm_document_insert (document, JM_COLLECTION_PHASES, NULL, phase, position);
  jm_history_end_group (history);

  return phase;
}

JmPhase *
jm_edit_duplicate_phase (JmHistory *history,
                         JmPhase   *phase)
{
  JmDocument *document = document_of (history);
  g_autoptr(JmPhase) copy = NULL;

  g_return_val_if_fail (JM_IS_PHASE (phase), NULL);

  copy = dup_renamed (document, G_OBJECT (phase), JM_COLLECTION_PHASES, "ph");

  jm_history_begin_group (history, _("Duplicate Phase"), NULL);
  jm_document_insert (document, JM_COLLECTION_PHASES, NULL, copy,
                      jm_document_get_phase_index (document, phase) + 1);
  copy_touchpoints_of (document, NULL, jm_phase_get_id (phase),
                       NULL, jm_phase_get_id (copy));
  jm_history_end_group (history);

  return copy;
}

void
jm_edit_delete_phase (JmHistory *history,
                      JmPhase   *phase)
{
  g_return_if_fail (JM_IS_PHASE (phase));

  delete_with_touchpoints (history, JM_COLLECTION_PHASES, phase,
                           NULL, jm_phase_get_id (phase), _("Delete Phase"));
}

void
jm_edit_move_phase (JmHistory *history,
                    JmPhase   *phase,
                    guint      position)
{
  g_return_if_fail (JM_IS_PHASE (phase));

  move_item (history, JM_COLLECTION_PHASES, phase, position, _("Move Phase"));
}

JmParticipant *
jm_edit_add_participant (JmHistory  *history,
                         const char *name,
                         const char *role)
{
  JmDocument *document = document_of (history);
  g_autofree char *id = jm_document_make_id (document, JM_COLLECTION_PARTICIPANTS, "u");
  g_autofree char *default_name = NULL;
  g_autoptr(JmParticipant) participant = NULL;

  if (name == NULL)
    /* Translators: the name of a new participant, e.g. "Participant 9" */
    name = default_name = g_strdup_printf (_("Participant %u"),
                                           jm_document_get_n_participants (document) + 1);
  participant = jm_participant_new (id, name);
  jm_participant_set_role (participant, role);

  jm_history_begin_group (history, _("Add Participant"), NULL);
  jm_document_insert (document, JM_COLLECTION_PARTICIPANTS, NULL, participant, -1);
  jm_history_end_group (history);

  return participant;
}

JmParticipant *
jm_edit_duplicate_participant (JmHistory     *history,
                               JmParticipant *participant)
{
  JmDocument *document = document_of (history);
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autoptr(JmParticipant) copy = NULL;

  g_return_val_if_fail (JM_IS_PARTICIPANT (participant), NULL);

  /* a duplicate is a new person with the same role: no votes of their own yet */
  id = jm_document_make_id (document, JM_COLLECTION_PARTICIPANTS, "u");
  name = dup_copy_name (jm_participant_get_name (participant));
  copy = jm_participant_new (id, name);
  jm_participant_set_role (copy, jm_participant_get_role (participant));

  jm_history_begin_group (history, _("Duplicate Participant"), NULL);
  jm_document_insert (document, JM_COLLECTION_PARTICIPANTS, NULL, copy,
                      jm_document_get_participant_index (document, participant) + 1);
  jm_history_end_group (history);

  return copy;
}

void
jm_edit_delete_participant (JmHistory     *history,
                            JmParticipant *participant)
{
  JmDocument *document = document_of (history);
  const char *id;

  g_return_if_fail (JM_IS_PARTICIPANT (participant));

  id = jm_participant_get_id (participant);

  jm_history_begin_group (history, _("Delete Participant"), NULL);
  for (guint i = 0; i < jm_document_get_n_touchpoints (document); i++)
    jm_document_set_rating (document, jm_document_get_touchpoint (document, i), id,
                            JM_RATING_NONE);
  jm_document_remove (document, JM_COLLECTION_PARTICIPANTS, NULL, participant);
  jm_history_end_group (history);
}

static const char *
name_property (GObject *object)
{
  if (JM_IS_TOUCHPOINT (object) || JM_IS_DOCUMENT (object))
    return "title";
  return "name";
}

static const char *
rename_label (GObject *object)
{
  if (JM_IS_TOUCHPOINT (object))
    return _("Rename Touchpoint");
  if (JM_IS_PERSONA (object))
    return _("Rename Persona");
  if (JM_IS_PHASE (object))
    return _("Rename Phase");
  if (JM_IS_PARTICIPANT (object))
    return _("Rename Participant");
  return _("Rename Map");
}

const char *
jm_edit_get_name (GObject *object)
{
  if (JM_IS_TOUCHPOINT (object))
    return jm_touchpoint_get_title (JM_TOUCHPOINT (object));
  if (JM_IS_PERSONA (object))
    return jm_persona_get_name (JM_PERSONA (object));
  if (JM_IS_PHASE (object))
    return jm_phase_get_name (JM_PHASE (object));
  if (JM_IS_PARTICIPANT (object))
    return jm_participant_get_name (JM_PARTICIPANT (object));
  if (JM_IS_DOCUMENT (object))
    return jm_document_get_title (JM_DOCUMENT (object));
  g_return_val_if_reached (NULL);
}

void
jm_edit_rename (JmHistory  *history,
                GObject    *object,
                const char *name)
{
  g_return_if_fail (G_IS_OBJECT (object));

  jm_history_begin_group (history, rename_label (object), NULL);
  jm_document_set_string (document_of (history), object, name_property (object), name);
  jm_history_end_group (history);
}

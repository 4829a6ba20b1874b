/* jm-edit.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-history.h"

G_BEGIN_DECLS

/* The editing commands a user gives, whatever the widget: the canvas,
 * the inspector and the window's actions all call these, so each
 * command is one undo step with one label wherever it comes from.
 *
 * Every function works on the document of @history. Objects returned
 * are borrowed from the document.
 */

/* Touchpoints */
JmTouchpoint  *jm_edit_add_touchpoint       (JmHistory    *history,
                                             JmPersona    *persona,
                                             JmPhase      *phase,
                                             int           index_in_cell,
                                             const char   *title);
/* Moves @touchpoint into the cell (@persona, @phase) so that it ends up
 * at @index_in_cell of that cell's card order (clamped), counted
 * without the touchpoint itself. */
void           jm_edit_move_touchpoint      (JmHistory    *history,
                                             JmTouchpoint *touchpoint,
                                             JmPersona    *persona,
                                             JmPhase      *phase,
                                             guint         index_in_cell);
/* A copy right after the original, with a new id. */
JmTouchpoint  *jm_edit_duplicate_touchpoint (JmHistory    *history,
                                             JmTouchpoint *touchpoint);
void           jm_edit_delete_touchpoints   (JmHistory    *history,
                                             JmTouchpoint **touchpoints,
                                             guint         n_touchpoints);
/* Inserts copies of the detached @touchpoints (from a clipboard or
 * another map) into the cell at @index_in_cell (−1: at the end), with
 * new ids. Votes of participants this map does not have are dropped.
 * Returns the inserted touchpoints (container only; free with
 * g_ptr_array_unref()). */
GPtrArray     *jm_edit_paste_touchpoints    (JmHistory    *history,
                                             GPtrArray    *touchpoints,
                                             JmPersona    *persona,
                                             JmPhase      *phase,
                                             int           index_in_cell);
/* Hand-sets the emotion (clamped to −2 … +2), or hands it back to the
 * ratings. */
void           jm_edit_set_emotion          (JmHistory    *history,
                                             JmTouchpoint *touchpoint,
                                             double        emotion);
void           jm_edit_derive_emotion       (JmHistory    *history,
                                             JmTouchpoint *touchpoint);

/* Personas and phases. Deleting one deletes its touchpoints in the
 * same step; jm_edit_count_touchpoints() says how many beforehand. */
JmPersona     *jm_edit_add_persona          (JmHistory    *history,
                                             int           position,
                                             const char   *name);
JmPersona     *jm_edit_duplicate_persona    (JmHistory    *history,
                                             JmPersona    *persona);
void           jm_edit_delete_persona       (JmHistory    *history,
                                             JmPersona    *persona);
void           jm_edit_move_persona         (JmHistory    *history,
                                             JmPersona    *persona,
                                             guint         position);
JmPhase       *jm_edit_add_phase            (JmHistory    *history,
                                             int           position,
                                             const char   *name);
JmPhase       *jm_edit_duplicate_phase      (JmHistory    *history,
                                             JmPhase      *phase);
void           jm_edit_delete_phase         (JmHistory    *history,
                                             JmPhase      *phase);
void           jm_edit_move_phase           (JmHistory    *history,
                                             JmPhase      *phase,
                                             guint         position);
/* Touchpoints of @persona (or of any persona, NULL) in @phase (or any, NULL). */
guint          jm_edit_count_touchpoints    (JmDocument   *document,
                                             JmPersona    *persona,
                                             JmPhase      *phase);
/* Whether @object is (still) a touchpoint, persona or phase of
 * @document; FALSE for anything else or a NULL @document. */
gboolean       jm_edit_is_in_document       (JmDocument   *document,
                                             GObject      *object);

/* Participants. Deleting one takes their votes with them (undoable). */
JmParticipant *jm_edit_add_participant      (JmHistory    *history,
                                             const char   *name,
                                             const char   *role);
JmParticipant *jm_edit_duplicate_participant (JmHistory   *history,
                                             JmParticipant *participant);
void           jm_edit_delete_participant   (JmHistory    *history,
                                             JmParticipant *participant);

/* Renames a touchpoint ("title"), persona, phase or participant
 * ("name"), or the map itself ("title"). */
void           jm_edit_rename               (JmHistory    *history,
                                             GObject      *object,
                                             const char   *name);
const char    *jm_edit_get_name             (GObject      *object);

/* A colour for a new persona: the first of a fixed set that no persona
 * uses yet. Free with g_free(). */
char          *jm_edit_pick_persona_color   (JmDocument   *document);

G_END_DECLS

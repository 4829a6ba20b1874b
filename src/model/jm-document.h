/* jm-document.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "jm-types.h"
#include "jm-change.h"
#include "jm-persona.h"
#include "jm-phase.h"
#include "jm-participant.h"
#include "jm-touchpoint.h"
#include "jm-kpi.h"
#include "jm-internal-step.h"

G_BEGIN_DECLS

#define JM_TYPE_DOCUMENT (jm_document_get_type())

G_DECLARE_FINAL_TYPE (JmDocument, jm_document, JM, DOCUMENT, GObject)

/* A journey map. Properties: "title", "description" (scope), "owner"
 * (map owner) strings; "created", "modified" GDateTime (nullable).
 *
 * Reading is direct. Every change of a document that is shown to a user
 * goes through jm_document_apply() (or the helpers below, which build a
 * JmChange and apply it): that is the one place that changes the
 * document and emits ::changed, so undo/redo and views stay in step.
 *
 * Signals:
 *   changed (const JmChange *change)   after every applied change
 *   batch-started, batch-finished      around changes that belong
 *                                      together (see jm_document_begin_batch())
 */

JmDocument     *jm_document_new                  (void);

const char     *jm_document_get_title            (JmDocument   *self);
const char     *jm_document_get_description      (JmDocument   *self);
const char     *jm_document_get_owner            (JmDocument   *self);
GDateTime      *jm_document_get_created          (JmDocument   *self);
GDateTime      *jm_document_get_modified         (JmDocument   *self);

/* For building a detached document (loading); these emit no ::changed. */
void            jm_document_set_title            (JmDocument   *self,
                                                  const char   *title);
void            jm_document_set_description      (JmDocument   *self,
                                                  const char   *description);
void            jm_document_set_owner            (JmDocument   *self,
                                                  const char   *owner);
void            jm_document_set_created          (JmDocument   *self,
                                                  GDateTime    *created);
void            jm_document_set_modified         (JmDocument   *self,
                                                  GDateTime    *modified);

guint           jm_document_get_n_personas       (JmDocument   *self);
JmPersona      *jm_document_get_persona          (JmDocument   *self,
                                                  guint         position);
JmPersona      *jm_document_find_persona         (JmDocument   *self,
                                                  const char   *id);
int             jm_document_get_persona_index    (JmDocument   *self,
                                                  JmPersona    *persona);

guint           jm_document_get_n_phases         (JmDocument   *self);
JmPhase        *jm_document_get_phase            (JmDocument   *self,
                                                  guint         position);
JmPhase        *jm_document_find_phase           (JmDocument   *self,
                                                  const char   *id);
int             jm_document_get_phase_index      (JmDocument   *self,
                                                  JmPhase      *phase);

guint           jm_document_get_n_participants   (JmDocument   *self);
JmParticipant  *jm_document_get_participant      (JmDocument   *self,
                                                  guint         position);
JmParticipant  *jm_document_find_participant     (JmDocument   *self,
                                                  const char   *id);
int             jm_document_get_participant_index (JmDocument  *self,
                                                  JmParticipant *participant);

guint           jm_document_get_n_touchpoints    (JmDocument   *self);
JmTouchpoint   *jm_document_get_touchpoint       (JmDocument   *self,
                                                  guint         position);
JmTouchpoint   *jm_document_find_touchpoint      (JmDocument   *self,
                                                  const char   *id);
int             jm_document_get_touchpoint_index (JmDocument   *self,
                                                  JmTouchpoint *touchpoint);

/* Any ordered collection by its JmCollection: the document's lists
 * (@parent NULL) or a touchpoint's KPIs and internal steps (@parent the
 * touchpoint). For code that treats every collection alike. */
guint           jm_document_get_n_items          (JmDocument   *self,
                                                  JmCollection  collection,
                                                  gpointer      parent);
gpointer        jm_document_get_item             (JmDocument   *self,
                                                  JmCollection  collection,
                                                  gpointer      parent,
                                                  guint         position);

/* The touchpoints of one cell, in card (array) order. Free with
 * g_ptr_array_unref(); elements are borrowed. */
GPtrArray      *jm_document_dup_cell_touchpoints (JmDocument   *self,
                                                  const char   *persona_id,
                                                  const char   *phase_id);

/* The touchpoints shown on the map in reading order: persona by
 * persona, phase by phase, then card order. Touchpoints of unknown
 * personas or phases are left out. Free with g_ptr_array_unref();
 * elements are borrowed. */
GPtrArray      *jm_document_dup_touchpoints_in_order (JmDocument *self);

/* An id not yet used in @collection, e.g. "t31" for prefix "t". */
char           *jm_document_make_id              (JmDocument   *self,
                                                  JmCollection  collection,
                                                  const char   *prefix);

/* The one way to change a document that belongs to a user. */
void            jm_document_apply                (JmDocument     *self,
                                                  const JmChange *change);

/* Changes that belong together, such as the hundreds of one undo step
 * that deletes a persona, come between these. Batches nest; the
 * outermost emits ::batch-started and ::batch-finished. A view that
 * would redo costly work on every ::changed can leave it to the end. */
void            jm_document_begin_batch          (JmDocument     *self);
void            jm_document_end_batch            (JmDocument     *self);
gboolean        jm_document_is_in_batch          (JmDocument     *self);

/* Helpers that build and apply a change. @object is the JmDocument
 * itself or one of its entities; a call that changes nothing emits
 * nothing. */
void            jm_document_set_value            (JmDocument   *self,
                                                  gpointer      object,
                                                  const char   *property,
                                                  const GValue *value);
void            jm_document_set_string           (JmDocument   *self,
                                                  gpointer      object,
                                                  const char   *property,
                                                  const char   *value);
void            jm_document_set_boolean          (JmDocument   *self,
                                                  gpointer      object,
                                                  const char   *property,
                                                  gboolean      value);
void            jm_document_set_int              (JmDocument   *self,
                                                  gpointer      object,
                                                  const char   *property,
                                                  int           value);
void            jm_document_set_double           (JmDocument   *self,
                                                  gpointer      object,
                                                  const char   *property,
                                                  double        value);
void            jm_document_insert               (JmDocument   *self,
                                                  JmCollection  collection,
                                                  gpointer      parent,
                                                  gpointer      object,
                                                  int           position);
void            jm_document_remove               (JmDocument   *self,
                                                  JmCollection  collection,
                                                  gpointer      parent,
                                                  gpointer      object);
void            jm_document_move                 (JmDocument   *self,
                                                  JmCollection  collection,
                                                  gpointer      parent,
                                                  gpointer      object,
                                                  guint         new_position);
void            jm_document_set_rating           (JmDocument   *self,
                                                  JmTouchpoint *touchpoint,
                                                  const char   *participant_id,
                                                  JmRating      rating);

/* Deep comparison of everything saved in a file (not unknown members). */
gboolean        jm_document_equal                (JmDocument   *a,
                                                  JmDocument   *b);

G_END_DECLS

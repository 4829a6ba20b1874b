/* jm-change.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "jm-types.h"

G_BEGIN_DECLS

/* A JmChange is one primitive edit of a document. Every edit goes
 * through jm_document_apply(), which emits JmDocument::changed with the
 * change; jm_change_invert() gives the change that undoes it, so an
 * undo stack only has to keep inverted changes.
 */

typedef enum
{
  JM_CHANGE_VALUE,    /* object's property set from old_value to new_value */
  JM_CHANGE_INSERT,   /* object inserted into collection at index */
  JM_CHANGE_REMOVE,   /* object removed from collection at index */
  JM_CHANGE_MOVE,     /* object moved in collection from index to new_index */
  JM_CHANGE_RATING,   /* touchpoint's vote of participant_id: old_rating → new_rating */
} JmChangeKind;

typedef enum
{
  JM_COLLECTION_NONE,
  JM_COLLECTION_PERSONAS,
  JM_COLLECTION_PHASES,
  JM_COLLECTION_PARTICIPANTS,
  JM_COLLECTION_TOUCHPOINTS,
  JM_COLLECTION_KPIS,            /* parent is the JmTouchpoint */
  JM_COLLECTION_INTERNAL_STEPS,  /* parent is the JmTouchpoint */
} JmCollection;

typedef struct
{
  JmChangeKind  kind;
  JmCollection  collection;
  GObject      *object;       /* owned: the entity (or the JmDocument itself) */
  GObject      *parent;       /* owned, nullable: touchpoint for KPIs and steps */
  char         *property;     /* VALUE: property name; RATING: participant id */
  GValue        old_value;    /* VALUE */
  GValue        new_value;    /* VALUE */
  guint         index;        /* INSERT, REMOVE, MOVE (from) */
  guint         new_index;    /* MOVE (to) */
  JmRating      old_rating;   /* RATING */
  JmRating      new_rating;   /* RATING */
} JmChange;

#define JM_TYPE_CHANGE (jm_change_get_type())

GType     jm_change_get_type       (void) G_GNUC_CONST;
JmChange *jm_change_new_value      (GObject      *object,
                                    const char   *property,
                                    const GValue *old_value,
                                    const GValue *new_value);
JmChange *jm_change_new_insert     (JmCollection  collection,
                                    GObject      *parent,
                                    GObject      *object,
                                    guint         index);
JmChange *jm_change_new_remove     (JmCollection  collection,
                                    GObject      *parent,
                                    GObject      *object,
                                    guint         index);
JmChange *jm_change_new_move       (JmCollection  collection,
                                    GObject      *parent,
                                    GObject      *object,
                                    guint         index,
                                    guint         new_index);
JmChange *jm_change_new_rating     (GObject      *touchpoint,
                                    const char   *participant_id,
                                    JmRating      old_rating,
                                    JmRating      new_rating);
JmChange *jm_change_copy           (const JmChange *self);
/* Whether the map's touchpoints in reading order
 * (jm_document_dup_touchpoints_in_order()) may differ after @self:
 * anything added, removed or moved, and a value that says where a
 * touchpoint stands (its persona or phase) or what an id is. Not a
 * vote, nor any other value. */
gboolean  jm_change_may_reorder    (const JmChange *self);
JmChange *jm_change_invert         (const JmChange *self);
void      jm_change_free           (JmChange     *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JmChange, jm_change_free)

G_END_DECLS

/* jm-history.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-document.h"

G_BEGIN_DECLS

#define JM_TYPE_HISTORY (jm_history_get_type())

G_DECLARE_FINAL_TYPE (JmHistory, jm_history, JM, HISTORY, GObject)

/* Undo/redo for one JmDocument. Properties (read-only, notified):
 * "can-undo", "can-redo", "undo-label", "redo-label" (translated, e.g.
 * "Move Touchpoint"; NULL when there is nothing), "modified" (the
 * document differs from the last saved or loaded state).
 */
JmHistory  *jm_history_new            (JmDocument *document);
JmDocument *jm_history_get_document   (JmHistory  *self);

/* Groups every change until the matching end into one step with
 * @label. Groups nest; the outermost label wins. With a @merge_key
 * (e.g. "title:t12" while typing), the step merges into the previous
 * one if that had the same key and nothing sealed it since. The
 * outermost group is a batch of the document's
 * (jm_document_begin_batch()), which views follow at its end: end it
 * before the main loop runs again. */
void        jm_history_begin_group    (JmHistory  *self,
                                       const char *label,
                                       const char *merge_key);
/* A group kept open while the user drags (a card, the emotional curve)
 * over many events: its changes show one by one as they come, so unlike
 * the groups above it is no batch of the document's
 * (jm_document_begin_batch()), nor are groups nested in it. */
void        jm_history_begin_live_group (JmHistory  *self,
                                         const char *label);
void        jm_history_end_group      (JmHistory  *self);
/* Stops the next step from merging into the last one (focus left the field). */
void        jm_history_seal           (JmHistory  *self);

gboolean    jm_history_get_can_undo   (JmHistory  *self);
gboolean    jm_history_get_can_redo   (JmHistory  *self);
const char *jm_history_get_undo_label (JmHistory  *self);
const char *jm_history_get_redo_label (JmHistory  *self);
void        jm_history_undo           (JmHistory  *self);
void        jm_history_redo           (JmHistory  *self);

gboolean    jm_history_get_modified   (JmHistory  *self);
/* The document now matches its file (just saved or loaded). */
void        jm_history_mark_saved     (JmHistory  *self);

guint       jm_history_get_n_undo     (JmHistory  *self);

G_END_DECLS

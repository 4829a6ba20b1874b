/* jm-inspector-participant-row.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-history.h"

G_BEGIN_DECLS

#define JM_TYPE_INSPECTOR_PARTICIPANT_ROW (jm_inspector_participant_row_get_type())

G_DECLARE_FINAL_TYPE (JmInspectorParticipantRow, jm_inspector_participant_row, JM, INSPECTOR_PARTICIPANT_ROW, AdwExpanderRow)

/* An expandable row editing one workshop participant: name and role.
 * Actions: participant.duplicate, participant.delete (takes their
 * votes with them; undoable). */
GtkWidget *jm_inspector_participant_row_new     (JmHistory                 *history,
                                                 JmParticipant             *participant);
void       jm_inspector_participant_row_refresh (JmInspectorParticipantRow *self);
/* Expands the row and puts the cursor into the name. */
void       jm_inspector_participant_row_focus   (JmInspectorParticipantRow *self);

G_END_DECLS

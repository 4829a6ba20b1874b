/* jm-participant.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define JM_TYPE_PARTICIPANT (jm_participant_get_type())

G_DECLARE_FINAL_TYPE (JmParticipant, jm_participant, JM, PARTICIPANT, GObject)

/* Properties (strings): "id", "name", "role" (role or department). */
JmParticipant *jm_participant_new      (const char    *id,
                                        const char    *name);
const char    *jm_participant_get_id   (JmParticipant *self);
const char    *jm_participant_get_name (JmParticipant *self);
const char    *jm_participant_get_role (JmParticipant *self);
void           jm_participant_set_id   (JmParticipant *self,
                                        const char    *id);
void           jm_participant_set_name (JmParticipant *self,
                                        const char    *name);
void           jm_participant_set_role (JmParticipant *self,
                                        const char    *role);

G_END_DECLS

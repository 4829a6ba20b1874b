/* jm-persona.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define JM_TYPE_PERSONA (jm_persona_get_type())

G_DECLARE_FINAL_TYPE (JmPersona, jm_persona, JM, PERSONA, GObject)

/* Properties (all strings): "id", "name", "profile", "goal",
 * "preferences", "experiences", "color" ("#rrggbb").
 *
 * Setters are for building detached objects (loading, templates).
 * Once a persona is in a JmDocument, change it through the document so
 * the change is recorded and announced.
 */
JmPersona  *jm_persona_new             (const char *id,
                                        const char *name);
const char *jm_persona_get_id          (JmPersona  *self);
const char *jm_persona_get_name        (JmPersona  *self);
const char *jm_persona_get_profile     (JmPersona  *self);
const char *jm_persona_get_goal        (JmPersona  *self);
const char *jm_persona_get_preferences (JmPersona  *self);
const char *jm_persona_get_experiences (JmPersona  *self);
const char *jm_persona_get_color       (JmPersona  *self);
void        jm_persona_set_id          (JmPersona  *self,
                                        const char *id);
void        jm_persona_set_name        (JmPersona  *self,
                                        const char *name);
void        jm_persona_set_profile     (JmPersona  *self,
                                        const char *profile);
void        jm_persona_set_goal        (JmPersona  *self,
                                        const char *goal);
void        jm_persona_set_preferences (JmPersona  *self,
                                        const char *preferences);
void        jm_persona_set_experiences (JmPersona  *self,
                                        const char *experiences);
void        jm_persona_set_color       (JmPersona  *self,
                                        const char *color);

G_END_DECLS

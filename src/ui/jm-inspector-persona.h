/* jm-inspector-persona.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-history.h"

G_BEGIN_DECLS

#define JM_TYPE_INSPECTOR_PERSONA (jm_inspector_persona_get_type())

G_DECLARE_FINAL_TYPE (JmInspectorPersona, jm_inspector_persona, JM, INSPECTOR_PERSONA, GtkWidget)

/* The inspector page of a persona: name, colour, profile, goal,
 * preferences and experiences. */
void jm_inspector_persona_set_target (JmInspectorPersona *self,
                                      JmHistory          *history,
                                      JmPersona          *persona);
void jm_inspector_persona_refresh    (JmInspectorPersona *self,
                                      const JmChange     *change);

G_END_DECLS

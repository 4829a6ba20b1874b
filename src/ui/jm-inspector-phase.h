/* jm-inspector-phase.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-history.h"

G_BEGIN_DECLS

#define JM_TYPE_INSPECTOR_PHASE (jm_inspector_phase_get_type())

G_DECLARE_FINAL_TYPE (JmInspectorPhase, jm_inspector_phase, JM, INSPECTOR_PHASE, GtkWidget)

/* The inspector page of a phase: name and description. */
void jm_inspector_phase_set_target (JmInspectorPhase *self,
                                    JmHistory        *history,
                                    JmPhase          *phase);
void jm_inspector_phase_refresh    (JmInspectorPhase *self,
                                    const JmChange   *change);

G_END_DECLS

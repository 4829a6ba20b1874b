/* jm-phase.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define JM_TYPE_PHASE (jm_phase_get_type())

G_DECLARE_FINAL_TYPE (JmPhase, jm_phase, JM, PHASE, GObject)

/* Properties (strings): "id", "name", "description". */
JmPhase    *jm_phase_new             (const char *id,
                                      const char *name);
const char *jm_phase_get_id          (JmPhase    *self);
const char *jm_phase_get_name        (JmPhase    *self);
const char *jm_phase_get_description (JmPhase    *self);
void        jm_phase_set_id          (JmPhase    *self,
                                      const char *id);
void        jm_phase_set_name        (JmPhase    *self,
                                      const char *name);
void        jm_phase_set_description (JmPhase    *self,
                                      const char *description);

G_END_DECLS

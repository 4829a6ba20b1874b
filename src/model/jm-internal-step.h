/* jm-internal-step.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define JM_TYPE_INTERNAL_STEP (jm_internal_step_get_type())

G_DECLARE_FINAL_TYPE (JmInternalStep, jm_internal_step, JM, INTERNAL_STEP, GObject)

/* One step of the company's internal process behind a touchpoint
 * (backstage). Properties (strings): "title", "owner".
 */
JmInternalStep *jm_internal_step_new       (const char     *title,
                                            const char     *owner);
const char     *jm_internal_step_get_title (JmInternalStep *self);
const char     *jm_internal_step_get_owner (JmInternalStep *self);
void            jm_internal_step_set_title (JmInternalStep *self,
                                            const char     *title);
void            jm_internal_step_set_owner (JmInternalStep *self,
                                            const char     *owner);

G_END_DECLS

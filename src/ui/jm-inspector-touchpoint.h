/* jm-inspector-touchpoint.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-history.h"

G_BEGIN_DECLS

#define JM_TYPE_INSPECTOR_TOUCHPOINT (jm_inspector_touchpoint_get_type())

G_DECLARE_FINAL_TYPE (JmInspectorTouchpoint, jm_inspector_touchpoint, JM, INSPECTOR_TOUCHPOINT, GtkWidget)

/* The inspector page of a touchpoint: every field, its KPIs and its
 * internal steps. */
void        jm_inspector_touchpoint_set_target   (JmInspectorTouchpoint *self,
                                                  JmHistory             *history,
                                                  JmTouchpoint          *touchpoint);
void        jm_inspector_touchpoint_refresh      (JmInspectorTouchpoint *self,
                                                  const JmChange        *change);
GtkListBox *jm_inspector_touchpoint_get_kpi_list (JmInspectorTouchpoint *self);
GtkListBox *jm_inspector_touchpoint_get_step_list (JmInspectorTouchpoint *self);

G_END_DECLS

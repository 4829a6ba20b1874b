/* jm-inspector-map.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-history.h"

G_BEGIN_DECLS

#define JM_TYPE_INSPECTOR_MAP (jm_inspector_map_get_type())

G_DECLARE_FINAL_TYPE (JmInspectorMap, jm_inspector_map, JM, INSPECTOR_MAP, GtkWidget)

/* The inspector page of the map itself (nothing selected): title,
 * scope, map owner and the workshop's participants. */
void        jm_inspector_map_set_history     (JmInspectorMap *self,
                                              JmHistory      *history);
void        jm_inspector_map_refresh         (JmInspectorMap *self,
                                              const JmChange *change);
GtkListBox *jm_inspector_map_get_participant_list (JmInspectorMap *self);

G_END_DECLS

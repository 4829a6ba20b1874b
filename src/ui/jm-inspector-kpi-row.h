/* jm-inspector-kpi-row.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-history.h"

G_BEGIN_DECLS

#define JM_TYPE_INSPECTOR_KPI_ROW (jm_inspector_kpi_row_get_type())

G_DECLARE_FINAL_TYPE (JmInspectorKpiRow, jm_inspector_kpi_row, JM, INSPECTOR_KPI_ROW, AdwExpanderRow)

/* An expandable row editing one KPI of a touchpoint: name, unit, target
 * and actual value (each may be unset); its header removes it. */
GtkWidget *jm_inspector_kpi_row_new     (JmHistory         *history,
                                         JmTouchpoint      *touchpoint,
                                         JmKpi             *kpi);
void       jm_inspector_kpi_row_refresh (JmInspectorKpiRow *self);
/* Expands the row and puts the cursor into the name. */
void       jm_inspector_kpi_row_focus   (JmInspectorKpiRow *self);

G_END_DECLS

/* jm-inspector-step-row.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-history.h"

G_BEGIN_DECLS

#define JM_TYPE_INSPECTOR_STEP_ROW (jm_inspector_step_row_get_type())

G_DECLARE_FINAL_TYPE (JmInspectorStepRow, jm_inspector_step_row, JM, INSPECTOR_STEP_ROW, AdwExpanderRow)

/* An expandable row editing one internal (backstage) step of a
 * touchpoint: title and owning department; its header removes it. */
GtkWidget *jm_inspector_step_row_new     (JmHistory          *history,
                                          JmTouchpoint       *touchpoint,
                                          JmInternalStep     *step);
void       jm_inspector_step_row_refresh (JmInspectorStepRow *self);
/* Expands the row and puts the cursor into the title. */
void       jm_inspector_step_row_focus   (JmInspectorStepRow *self);

G_END_DECLS

/* jm-inspector.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-history.h"

G_BEGIN_DECLS

#define JM_TYPE_INSPECTOR (jm_inspector_get_type())

G_DECLARE_FINAL_TYPE (JmInspector, jm_inspector, JM, INSPECTOR, GtkWidget)

/* The side panel that edits every field of the selection: the map
 * itself (selection NULL) with its participants, a persona, a phase or
 * a touchpoint. Every edit goes through the history, so it is undoable;
 * typing in one field merges into one step.
 *
 * Properties: "history" (JmHistory, nullable), "selection" (GObject,
 * nullable: a JmTouchpoint, JmPersona or JmPhase of the document).
 *
 * With no selection (or one the document does not hold) it shows the
 * map: title, scope, owner and participants. When the selected object
 * leaves the document (deleted, its addition undone) or another
 * history is set, "selection" becomes NULL and is notified.
 */
GtkWidget *jm_inspector_new           (void);

JmHistory *jm_inspector_get_history   (JmInspector *self);
void       jm_inspector_set_history   (JmInspector *self,
                                       JmHistory   *history);
GObject   *jm_inspector_get_selection (JmInspector *self);
void       jm_inspector_set_selection (JmInspector *self,
                                       GObject     *selection);

G_END_DECLS

/* jm-new-map-dialog.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "jm-template.h"

G_BEGIN_DECLS

#define JM_TYPE_NEW_MAP_DIALOG (jm_new_map_dialog_get_type())

G_DECLARE_FINAL_TYPE (JmNewMapDialog, jm_new_map_dialog, JM, NEW_MAP_DIALOG, AdwWindow)

/* The template picker of win.new: lists every JmTemplate with its
 * description; "Create" (the default) emits ::create and closes, Cancel
 * or Escape only close.
 *
 * Properties: "template" (uint, a JmTemplate: the one chosen).
 * Signals: create (guint template)
 */
GtkWidget  *jm_new_map_dialog_new          (GtkWindow      *parent);

JmTemplate  jm_new_map_dialog_get_template (JmNewMapDialog *self);
void        jm_new_map_dialog_set_template (JmNewMapDialog *self,
                                            JmTemplate      template);
/* What the Create button does. */
void        jm_new_map_dialog_create       (JmNewMapDialog *self);

G_END_DECLS

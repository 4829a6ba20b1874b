/* jm-priority-view.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "jm-history.h"

G_BEGIN_DECLS

#define JM_TYPE_PRIORITY_VIEW (jm_priority_view_get_type())

G_DECLARE_FINAL_TYPE (JmPriorityView, jm_priority_view, JM, PRIORITY_VIEW, GtkWidget)

/* The columns of the prioritisation list, in display order. */
typedef enum
{
  JM_PRIORITY_COLUMN_TITLE,
  JM_PRIORITY_COLUMN_PERSONA,
  JM_PRIORITY_COLUMN_PHASE,
  JM_PRIORITY_COLUMN_OWNER,
  JM_PRIORITY_COLUMN_RATINGS,
  JM_PRIORITY_COLUMN_DISAPPOINTMENT,
  JM_PRIORITY_COLUMN_DELIGHT,
  JM_PRIORITY_COLUMN_SPLIT,
  JM_PRIORITY_COLUMN_GAP,
  JM_PRIORITY_COLUMN_SUPER,
  JM_PRIORITY_N_COLUMNS
} JmPriorityColumn;

/* Every touchpoint of the map in one sortable, filterable list, to
 * decide what to fix first. Activating a row emits
 * ::touchpoint-activated (JmTouchpoint *) so the window can select the
 * card on the canvas.
 *
 * Properties: "history" (JmHistory, nullable).
 */
GtkWidget  *jm_priority_view_new          (void);

JmHistory  *jm_priority_view_get_history  (JmPriorityView   *self);
void        jm_priority_view_set_history  (JmPriorityView   *self,
                                           JmHistory        *history);

/* The rows as shown (sorted and filtered); items are JmTouchpoints. */
GListModel *jm_priority_view_get_rows     (JmPriorityView   *self);
void        jm_priority_view_sort_by      (JmPriorityView   *self,
                                           JmPriorityColumn  column,
                                           GtkSortType       order);
/* Shows only rows of this persona / phase / owner; NULL for all. */
void        jm_priority_view_set_filter   (JmPriorityView   *self,
                                           JmPersona        *persona,
                                           JmPhase          *phase,
                                           const char       *owner);
void        jm_priority_view_activate_row (JmPriorityView   *self,
                                           guint             position);
/* Marks the touchpoint of row @position as a super-touchpoint or not
 * (one undo step), as the row's check box does. */
void        jm_priority_view_set_super    (JmPriorityView   *self,
                                           guint             position,
                                           gboolean          is_super);

G_END_DECLS

/* jm-priority-view-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-priority-view.h"
#include "jm-rating-summary.h"

G_BEGIN_DECLS

typedef struct
{
  JmPriorityView   *view;
  JmPriorityColumn  column;
} ColumnData;

struct _JmPriorityView
{
  GtkWidget            parent_instance;

  /* template children */
  GtkWidget           *filter_box;
  GtkDropDown         *persona_dropdown;
  GtkDropDown         *phase_dropdown;
  GtkDropDown         *owner_dropdown;
  GtkLabel            *count_label;
  GtkWidget           *scroller;
  GtkColumnView       *column_view;

  JmHistory           *history;
  JmDocument          *document;
  GListStore          *store;
  GtkCustomFilter     *filter;
  GtkSortListModel    *sorted;
  GtkColumnViewColumn *columns[JM_PRIORITY_N_COLUMNS];
  ColumnData           column_data[JM_PRIORITY_N_COLUMNS];
  /* what the dropdowns offer after "All …" at index 0 */
  GPtrArray           *owners;
  gboolean             filling_dropdowns;
  /* the document changed while the list was not shown */
  gboolean             stale;
};

/* jm-priority-view-columns.c */
void jm_priority_view_create_columns (JmPriorityView *self);
void jm_priority_view_mark_super     (JmPriorityView *self,
                                      JmTouchpoint   *touchpoint,
                                      gboolean        is_super);

G_END_DECLS

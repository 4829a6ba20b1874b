/* jm-priority-view.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list holds the document's own JmTouchpoints in reading order;
 * every cell is computed from the touchpoint when it is bound
 * (jm-priority-view-columns.c). After a vote or an edit of one
 * touchpoint its row is put back in the store, so that it sorts, filters
 * and binds afresh; after other changes the store is refilled.
 */

#define G_LOG_DOMAIN "jm-priority-view"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-priority-view-private.h"

G_DEFINE_FINAL_TYPE (JmPriorityView, jm_priority_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HISTORY,
  N_PROPS
};

enum {
  TOUCHPOINT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  JmPriorityView *self = user_data;
  JmTouchpoint *tp = item;
  guint persona = gtk_drop_down_get_selected (self->persona_dropdown);
  guint phase = gtk_drop_down_get_selected (self->phase_dropdown);
  guint owner = gtk_drop_down_get_selected (self->owner_dropdown);

  if (persona > 0 && persona != GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (jm_touchpoint_get_persona (tp),
                 jm_persona_get_id (jm_document_get_persona (self->document, persona - 1))) != 0)
    return FALSE;
  if (phase > 0 && phase != GTK_INVALID_LIST_POSITION &&
      g_strcmp0 (jm_touchpoint_get_phase (tp),
                 jm_phase_get_id (jm_document_get_phase (self->document, phase - 1))) != 0)
    return FALSE;
  if (owner > 0 && owner != GTK_INVALID_LIST_POSITION && owner <= self->owners->len &&
      g_strcmp0 (jm_touchpoint_get_owner (tp), g_ptr_array_index (self->owners, owner - 1)) != 0)
    return FALSE;

  return TRUE;
}

static void
update_count (JmPriorityView *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *text = NULL;

  /* Translators: how many touchpoints the filtered list shows, e.g. "12 of 31 touchpoints" */
  text = g_strdup_printf (ngettext ("%u of %u touchpoint", "%u of %u touchpoints", all), shown, all);
  gtk_label_set_text (self->count_label, text);
}

static void
add_owner (GPtrArray  *owners,
           const char *owner)
{
  if (owner == NULL || *owner == '\0')
    return;
  if (!g_ptr_array_find_with_equal_func (owners, owner, g_str_equal, NULL))
    g_ptr_array_add (owners, g_strdup (owner));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

/* Refills a dropdown, keeping the chosen entry (by its text) if it is still there. */
static void
fill_dropdown (GtkDropDown *dropdown,
               const char  *all_label,
               GPtrArray   *names)
{
  GListModel *old_model = gtk_drop_down_get_model (dropdown);
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autofree char *chosen = NULL;
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint new_selected = 0;

  if (old_model != NULL && selected != GTK_INVALID_LIST_POSITION && selected > 0)
    chosen = g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (old_model), selected));

  gtk_string_list_append (list, all_label);
  for (guint i = 0; i < names->len; i++)
    {
      gtk_string_list_append (list, g_ptr_array_index (names, i));
      if (chosen != NULL && g_strcmp0 (chosen, g_ptr_array_index (names, i)) == 0)
        new_selected = i + 1;
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (list));
  gtk_drop_down_set_selected (dropdown, new_selected);
}

static void
fill_dropdowns (JmPriorityView *self)
{
  g_autoptr(GPtrArray) personas = g_ptr_array_new ();
  g_autoptr(GPtrArray) phases = g_ptr_array_new ();
  g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; self->document && i < jm_document_get_n_personas (self->document); i++)
    g_ptr_array_add (personas, (gpointer) jm_persona_get_name (jm_document_get_persona (self->document, i)));
  for (guint i = 0; self->document && i < jm_document_get_n_phases (self->document); i++)
    g_ptr_array_add (phases, (gpointer) jm_phase_get_name (jm_document_get_phase (self->document, i)));
  for (guint i = 0; self->document && i < jm_document_get_n_touchpoints (self->document); i++)
    add_owner (owners, jm_touchpoint_get_owner (jm_document_get_touchpoint (self->document, i)));
  g_ptr_array_sort (owners, compare_strings);

  self->filling_dropdowns = TRUE;
  fill_dropdown (self->persona_dropdown, _("All Personas"), personas);
  fill_dropdown (self->phase_dropdown, _("All Phases"), phases);
  fill_dropdown (self->owner_dropdown, _("All Owners"), owners);
  g_ptr_array_unref (self->owners);
  self->owners = g_steal_pointer (&owners);
  self->filling_dropdowns = FALSE;
}

static void
refill (JmPriorityView *self)
{
  g_autoptr(GPtrArray) order = NULL;

  self->stale = FALSE;
  fill_dropdowns (self);

  if (self->document == NULL)
    {
      g_list_store_remove_all (self->store);
    }
  else
    {
      order = jm_document_dup_touchpoints_in_order (self->document);
      g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                           order->pdata, order->len);
    }

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* The touchpoint whose row alone @change alters: a vote, or a value
 * that neither moves the touchpoint in the reading order nor changes
 * what the filters offer. NULL if the list must be filled afresh. */
static JmTouchpoint *
get_changed_row (const JmChange *change)
{
  if (!JM_IS_TOUCHPOINT (change->object) || jm_change_may_reorder (change) ||
      (change->kind == JM_CHANGE_VALUE && g_strcmp0 (change->property, "owner") == 0))
    return NULL;

  return JM_TOUCHPOINT (change->object);
}

/* Puts @touchpoint in its place again: the sorted and filtered lists
 * take it out and back, and its row binds afresh. A vote while the
 * list is shown costs that, not a refill of the whole map (18 ms at
 * 10,000 touchpoints). */
static void
update_row (JmPriorityView *self,
            JmTouchpoint   *touchpoint)
{
  guint position;

  if (!g_list_store_find (self->store, touchpoint, &position))
    {
      refill (self);
      return;
    }

  g_list_store_splice (self->store, position, 1, (gpointer *) &touchpoint, 1);
  update_count (self);
}

/* The list is hidden most of the workshop: refilling it on every edit
 * would cost a pass over the whole map for nothing, so it waits until
 * it is shown or asked. A batch (one undo step of maybe hundreds of
 * changes) refills it once, at its end. */
static void
on_document_changed_cb (JmPriorityView *self,
                        const JmChange *change)
{
  JmTouchpoint *row;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || jm_document_is_in_batch (self->document))
    self->stale = TRUE;
  else if (!self->stale && (row = get_changed_row (change)) != NULL)
    update_row (self, row);
  else
    refill (self);
}

static void
on_batch_finished_cb (JmPriorityView *self)
{
  if (self->stale && gtk_widget_get_mapped (GTK_WIDGET (self)))
    refill (self);
}

static void
ensure_fresh (JmPriorityView *self)
{
  if (self->stale)
    refill (self);
}

static void
jm_priority_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (jm_priority_view_parent_class)->map (widget);
  ensure_fresh (JM_PRIORITY_VIEW (widget));
}

static void
on_filter_changed_cb (JmPriorityView *self)
{
  if (self->filling_dropdowns)
    return;
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
on_activate_cb (JmPriorityView *self,
                guint           position)
{
  jm_priority_view_activate_row (self, position);
}

static void
jm_priority_view_dispose (GObject *object)
{
  JmPriorityView *self = JM_PRIORITY_VIEW (object);
  GtkWidget *child;

  jm_priority_view_set_history (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorted);
  g_clear_pointer (&self->owners, g_ptr_array_unref);

  G_OBJECT_CLASS (jm_priority_view_parent_class)->dispose (object);
}

static void
jm_priority_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  JmPriorityView *self = JM_PRIORITY_VIEW (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_priority_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  JmPriorityView *self = JM_PRIORITY_VIEW (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      jm_priority_view_set_history (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_priority_view_class_init (JmPriorityViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jm_priority_view_dispose;
  object_class->get_property = jm_priority_view_get_property;
  object_class->set_property = jm_priority_view_set_property;
  widget_class->map = jm_priority_view_map;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", "History", NULL, JM_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[TOUCHPOINT_ACTIVATED] =
    g_signal_new ("touchpoint-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, JM_TYPE_TOUCHPOINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/jm-priority-view.ui");
  gtk_widget_class_bind_template_child (widget_class, JmPriorityView, filter_box);
  gtk_widget_class_bind_template_child (widget_class, JmPriorityView, persona_dropdown);
  gtk_widget_class_bind_template_child (widget_class, JmPriorityView, phase_dropdown);
  gtk_widget_class_bind_template_child (widget_class, JmPriorityView, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, JmPriorityView, count_label);
  gtk_widget_class_bind_template_child (widget_class, JmPriorityView, scroller);
  gtk_widget_class_bind_template_child (widget_class, JmPriorityView, column_view);
  gtk_widget_class_set_css_name (widget_class, "priorityview");
}

static void
jm_priority_view_init (JmPriorityView *self)
{
  GtkFilterListModel *filtered;
  GtkNoSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->owners = g_ptr_array_new_with_free_func (g_free);
  self->store = g_list_store_new (JM_TYPE_TOUCHPOINT);
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  jm_priority_view_create_columns (self);

  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                        GTK_FILTER (g_object_ref (self->filter)));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                          g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (on_activate_cb), self);
  g_signal_connect_swapped (self->persona_dropdown, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect_swapped (self->phase_dropdown, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);
  g_signal_connect_swapped (self->owner_dropdown, "notify::selected", G_CALLBACK (on_filter_changed_cb), self);

  refill (self);
}

GtkWidget *
jm_priority_view_new (void)
{
  return g_object_new (JM_TYPE_PRIORITY_VIEW, NULL);
}

JmHistory *
jm_priority_view_get_history (JmPriorityView *self)
{
  g_return_val_if_fail (JM_IS_PRIORITY_VIEW (self), NULL);
  return self->history;
}

void
jm_priority_view_set_history (JmPriorityView *self,
                              JmHistory      *history)
{
  g_return_if_fail (JM_IS_PRIORITY_VIEW (self));

  if (self->history == history)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_set_object (&self->history, history);

  if (history != NULL)
    {
      self->document = g_object_ref (jm_history_get_document (history));
      g_signal_connect_object (self->document, "changed",
                               G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->document, "batch-finished",
                               G_CALLBACK (on_batch_finished_cb), self, G_CONNECT_SWAPPED);
    }

  /* Hidden, it fills when shown or asked: even a hidden list binds rows
   * to what it is given, which took 390 ms of opening a map of 2,000
   * touchpoints. Until then it lets go of the last map's touchpoints. */
  if (self->store != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      refill (self);
    }
  else if (self->store != NULL)
    {
      g_list_store_remove_all (self->store);
      self->stale = TRUE;
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

GListModel *
jm_priority_view_get_rows (JmPriorityView *self)
{
  g_return_val_if_fail (JM_IS_PRIORITY_VIEW (self), NULL);

  ensure_fresh (self);
  return G_LIST_MODEL (self->sorted);
}

void
jm_priority_view_sort_by (JmPriorityView   *self,
                          JmPriorityColumn  column,
                          GtkSortType       order)
{
  g_return_if_fail (JM_IS_PRIORITY_VIEW (self));
  g_return_if_fail (column < JM_PRIORITY_N_COLUMNS);

  gtk_column_view_sort_by_column (self->column_view, self->columns[column], order);
}

static void
select_in_dropdown (GtkDropDown *dropdown,
                    int          index)
{
  gtk_drop_down_set_selected (dropdown, index < 0 ? 0 : (guint) index + 1);
}

void
jm_priority_view_set_filter (JmPriorityView *self,
                             JmPersona      *persona,
                             JmPhase        *phase,
                             const char     *owner)
{
  guint owner_index = 0;

  g_return_if_fail (JM_IS_PRIORITY_VIEW (self));
  ensure_fresh (self);
  g_return_if_fail (self->document != NULL);

  select_in_dropdown (self->persona_dropdown,
                      persona ? jm_document_get_persona_index (self->document, persona) : -1);
  select_in_dropdown (self->phase_dropdown,
                      phase ? jm_document_get_phase_index (self->document, phase) : -1);
  if (owner != NULL && g_ptr_array_find_with_equal_func (self->owners, owner, g_str_equal, &owner_index))
    gtk_drop_down_set_selected (self->owner_dropdown, owner_index + 1);
  else
    gtk_drop_down_set_selected (self->owner_dropdown, 0);
}

void
jm_priority_view_activate_row (JmPriorityView *self,
                               guint           position)
{
  g_autoptr(JmTouchpoint) tp = NULL;

  g_return_if_fail (JM_IS_PRIORITY_VIEW (self));
  ensure_fresh (self);

  tp = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  if (tp != NULL)
    g_signal_emit (self, signals[TOUCHPOINT_ACTIVATED], 0, tp);
}

void
jm_priority_view_set_super (JmPriorityView *self,
                            guint           position,
                            gboolean        is_super)
{
  g_autoptr(JmTouchpoint) tp = NULL;

  g_return_if_fail (JM_IS_PRIORITY_VIEW (self));
  ensure_fresh (self);
  g_return_if_fail (self->history != NULL);

  tp = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);
  g_return_if_fail (tp != NULL);

  jm_priority_view_mark_super (self, tp, is_super);
}

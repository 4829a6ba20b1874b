/* jm-inspector-touchpoint.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-inspector"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jm-inspector-kpi-row.h"
#include "jm-inspector-private.h"
#include "jm-inspector-step-row.h"
#include "jm-inspector-touchpoint.h"

struct _JmInspectorTouchpoint
{
  GtkWidget          parent_instance;

  AdwEntryRow       *title_row;
  AdwEntryRow       *channel_row;
  GtkSwitch         *owned_switch;
  AdwEntryRow       *owner_row;
  GtkSwitch         *super_switch;
  AdwComboRow       *status_row;
  GtkTextView       *action_view;
  AdwEntryRow       *feeling_row;
  GtkLabel          *emotion_label;
  GtkScale          *emotion_scale;
  AdwActionRow      *derive_row;
  GtkSwitch         *derive_switch;
  AdwComboRow       *expectation_row;
  AdwComboRow       *performance_row;
  GtkButton         *add_kpi_button;
  GtkListBox        *kpi_list;
  GtkTextView       *quick_win_view;
  GtkButton         *add_step_button;
  GtkListBox        *step_list;

  JmInspectorFields *fields;
};

G_DEFINE_FINAL_TYPE (JmInspectorTouchpoint, jm_inspector_touchpoint, GTK_TYPE_WIDGET)

static JmTouchpoint *
get_touchpoint (JmInspectorTouchpoint *self)
{
  return jm_inspector_fields_get_target (self->fields);
}

static JmHistory *
get_history (JmInspectorTouchpoint *self)
{
  return jm_inspector_fields_get_history (self->fields);
}

static gboolean
can_edit (JmInspectorTouchpoint *self)
{
  return !jm_inspector_fields_is_updating (self->fields) &&
         get_history (self) != NULL && get_touchpoint (self) != NULL;
}

/* "+1.5", "−0.7", "0" with a real minus sign */
static char *
format_emotion (double emotion)
{
  double rounded = round (emotion * 10.0) / 10.0;

  if (rounded > 0.0)
    return g_strdup_printf ("+%.1f", rounded);
  if (rounded < 0.0)
    return g_strdup_printf ("−%.1f", -rounded);
  return g_strdup ("0");
}

static void
refresh_emotion (JmInspectorTouchpoint *self)
{
  JmTouchpoint *touchpoint = get_touchpoint (self);
  guint counts[JM_N_RATINGS] = { 0, };
  g_autofree char *value = NULL;
  g_autofree char *label = NULL;
  g_autofree char *subtitle = NULL;
  gboolean has_value, is_derived = FALSE, has_emotion;
  double emotion = 0.0;
  guint n_votes;

  has_emotion = jm_touchpoint_get_has_emotion (touchpoint);
  has_value = jm_touchpoint_get_effective_emotion (touchpoint, &emotion, &is_derived);
  jm_touchpoint_count_ratings (touchpoint, counts);
  n_votes = counts[0] + counts[1] + counts[2];

  jm_inspector_fields_block (self->fields);
  if (gtk_range_get_value (GTK_RANGE (self->emotion_scale)) != emotion)
    gtk_range_set_value (GTK_RANGE (self->emotion_scale), emotion);
  if (gtk_switch_get_active (self->derive_switch) == has_emotion)
    gtk_switch_set_active (self->derive_switch, !has_emotion);
  jm_inspector_fields_unblock (self->fields);

  /* a derived value is shown, dimmed; dragging sets it by hand */
  if (has_emotion)
    gtk_widget_remove_css_class (GTK_WIDGET (self->emotion_scale), "derived");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->emotion_scale), "derived");

  value = format_emotion (emotion);
  if (!has_value)
    label = g_strdup (_("Not set"));
  else if (is_derived)
    /* Translators: an emotion value derived from the ratings, e.g. "−0.7 (derived)" */
    label = g_strdup_printf (_("%s (derived)"), value);
  else
    label = g_steal_pointer (&value);
  gtk_label_set_label (self->emotion_label, label);

  if (n_votes == 0)
    subtitle = g_strdup (_("No ratings yet"));
  else
    {
      double mean = (2.0 * counts[2] - 2.0 * counts[0]) / n_votes;
      g_autofree char *mean_text = format_emotion (mean);

      /* Translators: e.g. "Mean of 3 votes: −0.7" */
      subtitle = g_strdup_printf (ngettext ("Mean of %u vote: %s", "Mean of %u votes: %s", n_votes),
                                  n_votes, mean_text);
    }
  adw_action_row_set_subtitle (self->derive_row, subtitle);
}

static void
set_combo_selected (AdwComboRow *row,
                    guint        selected)
{
  if (adw_combo_row_get_selected (row) != selected)
    adw_combo_row_set_selected (row, selected);
}

static void
refresh_values (JmInspectorTouchpoint *self)
{
  JmTouchpoint *touchpoint = get_touchpoint (self);

  jm_inspector_fields_refresh (self->fields);

  if (touchpoint == NULL)
    return;

  jm_inspector_fields_block (self->fields);
  set_combo_selected (self->status_row, jm_touchpoint_get_status (touchpoint));
  set_combo_selected (self->expectation_row, jm_touchpoint_get_expectation (touchpoint));
  set_combo_selected (self->performance_row, jm_touchpoint_get_performance (touchpoint));
  jm_inspector_fields_unblock (self->fields);

  refresh_emotion (self);
}

static GtkWidget *
create_kpi_row (gpointer item,
                gpointer user_data)
{
  JmInspectorTouchpoint *self = user_data;

  return jm_inspector_kpi_row_new (get_history (self), get_touchpoint (self), item);
}

static GtkWidget *
create_step_row (gpointer item,
                 gpointer user_data)
{
  JmInspectorTouchpoint *self = user_data;

  return jm_inspector_step_row_new (get_history (self), get_touchpoint (self), item);
}

static void
sync_lists (JmInspectorTouchpoint *self)
{
  JmDocument *document = jm_inspector_fields_get_document (self->fields);
  JmTouchpoint *touchpoint = get_touchpoint (self);

  if (touchpoint == NULL)
    document = NULL;

  jm_inspector_sync_rows (self->kpi_list, document, JM_COLLECTION_KPIS, touchpoint,
                          create_kpi_row, self);
  jm_inspector_sync_rows (self->step_list, document, JM_COLLECTION_INTERNAL_STEPS, touchpoint,
                          create_step_row, self);
}

static void
refresh_rows (JmInspectorTouchpoint *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->kpi_list, i)) != NULL; i++)
    jm_inspector_kpi_row_refresh (JM_INSPECTOR_KPI_ROW (row));
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->step_list, i)) != NULL; i++)
    jm_inspector_step_row_refresh (JM_INSPECTOR_STEP_ROW (row));
}

static void
edit_int (JmInspectorTouchpoint *self,
          const char            *property,
          int                    value,
          const char            *undo_label)
{
  if (!can_edit (self))
    return;

  jm_inspector_fields_begin_edit (self->fields, undo_label, property);
  jm_document_set_int (jm_history_get_document (get_history (self)), get_touchpoint (self),
                       property, value);
  jm_inspector_fields_end_edit (self->fields);
  jm_history_seal (get_history (self));
}

static void
on_status_selected_cb (JmInspectorTouchpoint *self)
{
  edit_int (self, "status", adw_combo_row_get_selected (self->status_row),
            _("Change Validation Status"));
}

static void
on_expectation_selected_cb (JmInspectorTouchpoint *self)
{
  edit_int (self, "expectation", adw_combo_row_get_selected (self->expectation_row),
            _("Rate Expectation"));
}

static void
on_performance_selected_cb (JmInspectorTouchpoint *self)
{
  edit_int (self, "performance", adw_combo_row_get_selected (self->performance_row),
            _("Rate Performance"));
}

static void
on_emotion_value_changed_cb (JmInspectorTouchpoint *self)
{
  double value = gtk_range_get_value (GTK_RANGE (self->emotion_scale));

  if (!can_edit (self))
    return;

  /* half steps, like the canvas' emotion handle; a drag is one step */
  jm_inspector_fields_begin_edit (self->fields, _("Set Emotion"), "emotion");
  jm_edit_set_emotion (get_history (self), get_touchpoint (self), round (value * 2.0) / 2.0);
  jm_inspector_fields_end_edit (self->fields);
}

static void
on_derive_active_cb (JmInspectorTouchpoint *self)
{
  JmTouchpoint *touchpoint = get_touchpoint (self);
  double emotion = 0.0;

  if (!can_edit (self))
    return;

  if (gtk_switch_get_active (self->derive_switch))
    {
      jm_edit_derive_emotion (get_history (self), touchpoint);
    }
  else
    {
      /* keep the curve where it is, now set by hand */
      jm_touchpoint_get_effective_emotion (touchpoint, &emotion, NULL);
      jm_edit_set_emotion (get_history (self), touchpoint, round (emotion * 2.0) / 2.0);
    }
  jm_history_seal (get_history (self));
}

static void
on_add_kpi_clicked_cb (JmInspectorTouchpoint *self)
{
  JmTouchpoint *touchpoint = get_touchpoint (self);
  g_autoptr(JmKpi) kpi = NULL;
  GtkWidget *row;

  if (!can_edit (self))
    return;

  kpi = jm_kpi_new (NULL);
  jm_history_begin_group (get_history (self), _("Add KPI"), NULL);
  jm_document_insert (jm_history_get_document (get_history (self)), JM_COLLECTION_KPIS,
                      touchpoint, kpi, -1);
  jm_history_end_group (get_history (self));

  row = jm_inspector_find_row (self->kpi_list, kpi);
  if (row != NULL)
    jm_inspector_kpi_row_focus (JM_INSPECTOR_KPI_ROW (row));
}

static void
on_add_step_clicked_cb (JmInspectorTouchpoint *self)
{
  JmTouchpoint *touchpoint = get_touchpoint (self);
  g_autoptr(JmInternalStep) step = NULL;
  GtkWidget *row;

  if (!can_edit (self))
    return;

  step = jm_internal_step_new (NULL, NULL);
  jm_history_begin_group (get_history (self), _("Add Internal Step"), NULL);
  jm_document_insert (jm_history_get_document (get_history (self)), JM_COLLECTION_INTERNAL_STEPS,
                      touchpoint, step, -1);
  jm_history_end_group (get_history (self));

  row = jm_inspector_find_row (self->step_list, step);
  if (row != NULL)
    jm_inspector_step_row_focus (JM_INSPECTOR_STEP_ROW (row));
}

static void
jm_inspector_touchpoint_dispose (GObject *object)
{
  JmInspectorTouchpoint *self = JM_INSPECTOR_TOUCHPOINT (object);
  GtkWidget *child;

  g_clear_pointer (&self->fields, jm_inspector_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), JM_TYPE_INSPECTOR_TOUCHPOINT);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (jm_inspector_touchpoint_parent_class)->dispose (object);
}

static void
jm_inspector_touchpoint_class_init (JmInspectorTouchpointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jm_inspector_touchpoint_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/journeymaps/JourneyMaps/jm-inspector-touchpoint.ui");
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, title_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, channel_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, owned_switch);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, owner_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, super_switch);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, status_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, action_view);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, feeling_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, emotion_label);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, emotion_scale);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, derive_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, derive_switch);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, expectation_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, performance_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, add_kpi_button);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, kpi_list);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, quick_win_view);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, add_step_button);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorTouchpoint, step_list);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_expectation_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_performance_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_emotion_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_kpi_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_step_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static GtkWidget *
new_placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "inspector-placeholder");
  return label;
}

static void
jm_inspector_touchpoint_init (JmInspectorTouchpoint *self)
{
  static const char * const marks[] = { "−2", "−1", "0", "+1", "+2" };

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = 0; i < (int)G_N_ELEMENTS (marks); i++)
    gtk_scale_add_mark (self->emotion_scale, i - 2, GTK_POS_BOTTOM, marks[i]);

  gtk_list_box_set_placeholder (self->kpi_list, new_placeholder (_("No KPIs yet")));
  gtk_list_box_set_placeholder (self->step_list, new_placeholder (_("No internal steps yet")));

  self->fields = jm_inspector_fields_new ();
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->title_row), "title",
                                _("Rename Touchpoint"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->channel_row), "channel",
                                _("Edit Channel"));
  jm_inspector_fields_add_switch (self->fields, self->owned_switch, "owned",
                                  _("Change Own or Third-Party"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->owner_row), "owner",
                                _("Edit Touchpoint Owner"));
  jm_inspector_fields_add_switch (self->fields, self->super_switch, "super",
                                  _("Change Super-Touchpoint"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->action_view), "action",
                                _("Edit Customer Action"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->feeling_row), "feeling",
                                _("Edit Feeling"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->quick_win_view), "quick-win",
                                _("Edit Quick Win"));
  jm_inspector_fields_seal_on_leave (self->fields, GTK_WIDGET (self->emotion_scale));

  jm_inspector_add_suggestions (self->channel_row, self->fields,
                                jm_inspector_suggest_channels, NULL);
  jm_inspector_add_suggestions (self->owner_row, self->fields,
                                jm_inspector_suggest_owners, NULL);

  g_signal_connect_swapped (self->derive_switch, "notify::active",
                            G_CALLBACK (on_derive_active_cb), self);
}

void
jm_inspector_touchpoint_set_target (JmInspectorTouchpoint *self,
                                    JmHistory             *history,
                                    JmTouchpoint          *touchpoint)
{
  g_return_if_fail (JM_IS_INSPECTOR_TOUCHPOINT (self));

  jm_inspector_fields_set_target (self->fields, history, touchpoint);
  /* rows belong to one touchpoint and history: start afresh */
  jm_inspector_sync_rows (self->kpi_list, NULL, JM_COLLECTION_KPIS, NULL, create_kpi_row, self);
  jm_inspector_sync_rows (self->step_list, NULL, JM_COLLECTION_INTERNAL_STEPS, NULL,
                          create_step_row, self);
  sync_lists (self);
  refresh_values (self);
}

void
jm_inspector_touchpoint_refresh (JmInspectorTouchpoint *self,
                                 const JmChange        *change)
{
  JmTouchpoint *touchpoint;

  g_return_if_fail (JM_IS_INSPECTOR_TOUCHPOINT (self));

  touchpoint = get_touchpoint (self);
  if (touchpoint == NULL)
    return;

  if (change == NULL ||
      jm_inspector_change_is_structural (change, JM_COLLECTION_KPIS, touchpoint) ||
      jm_inspector_change_is_structural (change, JM_COLLECTION_INTERNAL_STEPS, touchpoint))
    sync_lists (self);

  if (change == NULL || (gpointer)change->object == touchpoint)
    refresh_values (self);

  /* KPI and step rows show their own values; owners may be suggested anywhere */
  refresh_rows (self);
}

GtkListBox *
jm_inspector_touchpoint_get_kpi_list (JmInspectorTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_INSPECTOR_TOUCHPOINT (self), NULL);
  return self->kpi_list;
}

GtkListBox *
jm_inspector_touchpoint_get_step_list (JmInspectorTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_INSPECTOR_TOUCHPOINT (self), NULL);
  return self->step_list;
}

/* jm-inspector-kpi-row.c
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

struct _JmInspectorKpiRow
{
  AdwExpanderRow     parent_instance;

  AdwEntryRow       *name_row;
  AdwEntryRow       *unit_row;
  GtkSpinButton     *target_spin;
  GtkSwitch         *target_switch;
  GtkSpinButton     *actual_spin;
  GtkSwitch         *actual_switch;
  GtkButton         *remove_button;

  JmInspectorFields *fields;
  JmTouchpoint      *touchpoint;
};

G_DEFINE_FINAL_TYPE (JmInspectorKpiRow, jm_inspector_kpi_row, ADW_TYPE_EXPANDER_ROW)

static JmKpi *
get_kpi (JmInspectorKpiRow *self)
{
  return jm_inspector_fields_get_target (self->fields);
}

/* "1.9 %" */
static char *
format_value (double      value,
              const char *unit)
{
  /* in the user's locale, like the spin buttons */
  if (unit == NULL || unit[0] == '\0')
    return g_strdup_printf ("%.6g", value);

  return g_strdup_printf ("%.6g %s", value, unit);
}

static char *
dup_summary (JmKpi *kpi)
{
  g_autofree char *actual = NULL;
  g_autofree char *target = NULL;

  if (jm_kpi_get_has_actual (kpi))
    actual = format_value (jm_kpi_get_actual (kpi), jm_kpi_get_unit (kpi));
  if (jm_kpi_get_has_target (kpi))
    target = format_value (jm_kpi_get_target (kpi), jm_kpi_get_unit (kpi));

  if (actual != NULL && target != NULL)
    /* Translators: a KPI's measured value and its target, e.g. "1.9 % of 2.5 %" */
    return g_strdup_printf (_("%s of %s"), actual, target);
  if (actual != NULL)
    return g_steal_pointer (&actual);
  if (target != NULL)
    /* Translators: a KPI's target value, e.g. "Target 60 s" */
    return g_strdup_printf (_("Target %s"), target);

  return g_strdup (_("No values yet"));
}

static void
set_spin_value (GtkSpinButton *spin,
                double         value)
{
  if (gtk_spin_button_get_value (spin) != value)
    gtk_spin_button_set_value (spin, value);
}

void
jm_inspector_kpi_row_refresh (JmInspectorKpiRow *self)
{
  JmKpi *kpi = get_kpi (self);
  g_autofree char *summary = NULL;
  const char *name;

  g_return_if_fail (JM_IS_INSPECTOR_KPI_ROW (self));

  if (kpi == NULL)
    return;

  jm_inspector_fields_refresh (self->fields);

  jm_inspector_fields_block (self->fields);
  set_spin_value (self->target_spin, jm_kpi_get_target (kpi));
  set_spin_value (self->actual_spin, jm_kpi_get_actual (kpi));
  jm_inspector_fields_unblock (self->fields);

  gtk_widget_set_sensitive (GTK_WIDGET (self->target_spin), jm_kpi_get_has_target (kpi));
  gtk_widget_set_sensitive (GTK_WIDGET (self->actual_spin), jm_kpi_get_has_actual (kpi));

  name = jm_kpi_get_name (kpi);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name != NULL && name[0] != '\0' ? name : _("Unnamed KPI"));
  summary = dup_summary (kpi);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), summary);
}

static void
edit_value (JmInspectorKpiRow *self,
            GtkSpinButton     *spin,
            const char        *property,
            const char        *undo_label)
{
  JmHistory *history = jm_inspector_fields_get_history (self->fields);
  double shown = gtk_spin_button_get_value (spin);
  double value = 0.0;

  if (jm_inspector_fields_is_updating (self->fields) || history == NULL || get_kpi (self) == NULL)
    return;

  /* leaving the field rounds what it shows: that is no edit */
  g_object_get (get_kpi (self), property, &value, NULL);
  if (fabs (value - shown) < 0.5 * pow (10.0, -(double)gtk_spin_button_get_digits (spin)))
    return;

  jm_inspector_fields_begin_edit (self->fields, undo_label, property);
  jm_document_set_double (jm_history_get_document (history), get_kpi (self), property, shown);
  jm_inspector_fields_end_edit (self->fields);
}

static void
on_target_value_changed_cb (JmInspectorKpiRow *self)
{
  edit_value (self, self->target_spin, "target", _("Edit KPI Target"));
}

static void
on_actual_value_changed_cb (JmInspectorKpiRow *self)
{
  edit_value (self, self->actual_spin, "actual", _("Edit KPI Actual Value"));
}

static void
on_remove_clicked_cb (JmInspectorKpiRow *self)
{
  /* the row leaves its list while this runs */
  g_autoptr(JmInspectorKpiRow) hold = g_object_ref (self);
  g_autoptr(JmHistory) history = NULL;
  g_autoptr(JmKpi) kpi = NULL;

  if (jm_inspector_fields_get_history (self->fields) == NULL || get_kpi (self) == NULL)
    return;

  history = g_object_ref (jm_inspector_fields_get_history (self->fields));
  kpi = g_object_ref (get_kpi (self));

  jm_history_begin_group (history, _("Remove KPI"), NULL);
  jm_document_remove (jm_history_get_document (history), JM_COLLECTION_KPIS,
                      self->touchpoint, kpi);
  jm_history_end_group (history);
}

static void
jm_inspector_kpi_row_dispose (GObject *object)
{
  JmInspectorKpiRow *self = JM_INSPECTOR_KPI_ROW (object);

  g_clear_pointer (&self->fields, jm_inspector_fields_free);
  g_clear_object (&self->touchpoint);
  gtk_widget_dispose_template (GTK_WIDGET (self), JM_TYPE_INSPECTOR_KPI_ROW);

  G_OBJECT_CLASS (jm_inspector_kpi_row_parent_class)->dispose (object);
}

static void
jm_inspector_kpi_row_class_init (JmInspectorKpiRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jm_inspector_kpi_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/journeymaps/JourneyMaps/jm-inspector-kpi-row.ui");
  gtk_widget_class_bind_template_child (widget_class, JmInspectorKpiRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorKpiRow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorKpiRow, target_spin);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorKpiRow, target_switch);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorKpiRow, actual_spin);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorKpiRow, actual_switch);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorKpiRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_target_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_actual_value_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
jm_inspector_kpi_row_init (JmInspectorKpiRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = jm_inspector_fields_new ();
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->name_row), "name",
                                _("Rename KPI"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->unit_row), "unit",
                                _("Edit KPI Unit"));
  jm_inspector_fields_add_switch (self->fields, self->target_switch, "has-target",
                                  _("Set KPI Target"));
  jm_inspector_fields_add_switch (self->fields, self->actual_switch, "has-actual",
                                  _("Set KPI Actual Value"));
  jm_inspector_fields_seal_on_leave (self->fields, GTK_WIDGET (self->target_spin));
  jm_inspector_fields_seal_on_leave (self->fields, GTK_WIDGET (self->actual_spin));
}

GtkWidget *
jm_inspector_kpi_row_new (JmHistory    *history,
                          JmTouchpoint *touchpoint,
                          JmKpi        *kpi)
{
  JmInspectorKpiRow *self;

  g_return_val_if_fail (JM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (JM_IS_TOUCHPOINT (touchpoint), NULL);
  g_return_val_if_fail (JM_IS_KPI (kpi), NULL);

  self = g_object_new (JM_TYPE_INSPECTOR_KPI_ROW, NULL);
  self->touchpoint = g_object_ref (touchpoint);
  jm_inspector_fields_set_target (self->fields, history, kpi);
  jm_inspector_kpi_row_refresh (self);

  return GTK_WIDGET (self);
}

void
jm_inspector_kpi_row_focus (JmInspectorKpiRow *self)
{
  g_return_if_fail (JM_IS_INSPECTOR_KPI_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

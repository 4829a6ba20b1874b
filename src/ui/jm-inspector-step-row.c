/* jm-inspector-step-row.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-inspector-step-row.h"
#include "jm-inspector-private.h"

struct _JmInspectorStepRow
{
  AdwExpanderRow     parent_instance;

  AdwEntryRow       *title_row;
  AdwEntryRow       *owner_row;
  GtkButton         *remove_button;

  JmInspectorFields *fields;
  JmTouchpoint      *touchpoint;
};

G_DEFINE_FINAL_TYPE (JmInspectorStepRow, jm_inspector_step_row, ADW_TYPE_EXPANDER_ROW)

void
jm_inspector_step_row_refresh (JmInspectorStepRow *self)
{
  JmInternalStep *step;
  const char *title, *owner;

  g_return_if_fail (JM_IS_INSPECTOR_STEP_ROW (self));

  step = jm_inspector_fields_get_target (self->fields);
  if (step == NULL)
    return;

  jm_inspector_fields_refresh (self->fields);

  title = jm_internal_step_get_title (step);
  owner = jm_internal_step_get_owner (step);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 title != NULL && title[0] != '\0' ? title : _("Untitled Step"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self),
                                 owner != NULL && owner[0] != '\0' ? owner : _("No owner"));
}

static void
on_remove_clicked_cb (JmInspectorStepRow *self)
{
  /* the row leaves its list while this runs */
  g_autoptr(JmInspectorStepRow) hold = g_object_ref (self);
  g_autoptr(JmHistory) history = NULL;
  g_autoptr(JmInternalStep) step = NULL;

  if (jm_inspector_fields_get_history (self->fields) == NULL ||
      jm_inspector_fields_get_target (self->fields) == NULL)
    return;

  history = g_object_ref (jm_inspector_fields_get_history (self->fields));
  step = g_object_ref (jm_inspector_fields_get_target (self->fields));

  jm_history_begin_group (history, _("Remove Internal Step"), NULL);
  jm_document_remove (jm_history_get_document (history), JM_COLLECTION_INTERNAL_STEPS,
                      self->touchpoint, step);
  jm_history_end_group (history);
}

static void
jm_inspector_step_row_dispose (GObject *object)
{
  JmInspectorStepRow *self = JM_INSPECTOR_STEP_ROW (object);

  g_clear_pointer (&self->fields, jm_inspector_fields_free);
  g_clear_object (&self->touchpoint);
  gtk_widget_dispose_template (GTK_WIDGET (self), JM_TYPE_INSPECTOR_STEP_ROW);

  G_OBJECT_CLASS (jm_inspector_step_row_parent_class)->dispose (object);
}

static void
jm_inspector_step_row_class_init (JmInspectorStepRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jm_inspector_step_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/journeymaps/JourneyMaps/jm-inspector-step-row.ui");
  gtk_widget_class_bind_template_child (widget_class, JmInspectorStepRow, title_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorStepRow, owner_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorStepRow, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
}

static void
jm_inspector_step_row_init (JmInspectorStepRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = jm_inspector_fields_new ();
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->title_row), "title",
                                _("Rename Internal Step"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->owner_row), "owner",
                                _("Edit Internal Step Owner"));
  jm_inspector_add_suggestions (self->owner_row, self->fields,
                                jm_inspector_suggest_owners, NULL);
}

GtkWidget *
jm_inspector_step_row_new (JmHistory      *history,
                           JmTouchpoint   *touchpoint,
                           JmInternalStep *step)
{
  JmInspectorStepRow *self;

  g_return_val_if_fail (JM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (JM_IS_TOUCHPOINT (touchpoint), NULL);
  g_return_val_if_fail (JM_IS_INTERNAL_STEP (step), NULL);

  self = g_object_new (JM_TYPE_INSPECTOR_STEP_ROW, NULL);
  self->touchpoint = g_object_ref (touchpoint);
  jm_inspector_fields_set_target (self->fields, history, step);
  jm_inspector_step_row_refresh (self);

  return GTK_WIDGET (self);
}

void
jm_inspector_step_row_focus (JmInspectorStepRow *self)
{
  g_return_if_fail (JM_IS_INSPECTOR_STEP_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

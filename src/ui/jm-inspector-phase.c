/* jm-inspector-phase.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-inspector-phase.h"
#include "jm-inspector-private.h"

struct _JmInspectorPhase
{
  GtkWidget          parent_instance;

  AdwEntryRow       *name_row;
  GtkTextView       *description_view;

  JmInspectorFields *fields;
};

G_DEFINE_FINAL_TYPE (JmInspectorPhase, jm_inspector_phase, GTK_TYPE_WIDGET)

static void
jm_inspector_phase_dispose (GObject *object)
{
  JmInspectorPhase *self = JM_INSPECTOR_PHASE (object);
  GtkWidget *child;

  g_clear_pointer (&self->fields, jm_inspector_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), JM_TYPE_INSPECTOR_PHASE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (jm_inspector_phase_parent_class)->dispose (object);
}

static void
jm_inspector_phase_class_init (JmInspectorPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jm_inspector_phase_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/journeymaps/JourneyMaps/jm-inspector-phase.ui");
  gtk_widget_class_bind_template_child (widget_class, JmInspectorPhase, name_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorPhase, description_view);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
jm_inspector_phase_init (JmInspectorPhase *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = jm_inspector_fields_new ();
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->name_row), "name",
                                _("Rename Phase"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->description_view), "description",
                                _("Edit Phase Description"));
}

void
jm_inspector_phase_set_target (JmInspectorPhase *self,
                               JmHistory        *history,
                               JmPhase          *phase)
{
  g_return_if_fail (JM_IS_INSPECTOR_PHASE (self));

  jm_inspector_fields_set_target (self->fields, history, phase);
}

void
jm_inspector_phase_refresh (JmInspectorPhase *self,
                            const JmChange   *change)
{
  g_return_if_fail (JM_IS_INSPECTOR_PHASE (self));

  if (change == NULL || change->object == jm_inspector_fields_get_target (self->fields))
    jm_inspector_fields_refresh (self->fields);
}

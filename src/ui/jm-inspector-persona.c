/* jm-inspector-persona.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-inspector"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jm-inspector-persona.h"
#include "jm-inspector-private.h"

struct _JmInspectorPersona
{
  GtkWidget          parent_instance;

  AdwEntryRow       *name_row;
  AdwActionRow      *color_row;
  GtkColorButton    *color_button;
  GtkTextView       *profile_view;
  GtkTextView       *goal_view;
  GtkTextView       *preferences_view;
  GtkTextView       *experiences_view;

  JmInspectorFields *fields;
};

G_DEFINE_FINAL_TYPE (JmInspectorPersona, jm_inspector_persona, GTK_TYPE_WIDGET)

static char *
dup_hex_color (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (guint)lround (CLAMP (rgba->red, 0.0, 1.0) * 255.0),
                          (guint)lround (CLAMP (rgba->green, 0.0, 1.0) * 255.0),
                          (guint)lround (CLAMP (rgba->blue, 0.0, 1.0) * 255.0));
}

static void
refresh_color (JmInspectorPersona *self)
{
  JmPersona *persona = jm_inspector_fields_get_target (self->fields);
  const char *color = persona != NULL ? jm_persona_get_color (persona) : NULL;
  GdkRGBA shown, rgba;
  g_autofree char *shown_hex = NULL;

  if (color == NULL || !gdk_rgba_parse (&rgba, color))
    return;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &shown);
  shown_hex = dup_hex_color (&shown);
  if (g_ascii_strcasecmp (shown_hex, color) != 0)
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
}

/* "color-set" is only emitted when the user picked a colour */
static void
on_color_set_cb (JmInspectorPersona *self)
{
  JmPersona *persona = jm_inspector_fields_get_target (self->fields);
  JmHistory *history = jm_inspector_fields_get_history (self->fields);
  g_autofree char *color = NULL;
  GdkRGBA rgba;

  if (persona == NULL || history == NULL)
    return;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  color = dup_hex_color (&rgba);

  jm_inspector_fields_begin_edit (self->fields, _("Change Persona Colour"), "color");
  jm_document_set_string (jm_history_get_document (history), persona, "color", color);
  jm_inspector_fields_end_edit (self->fields);
  jm_history_seal (history);
}

static void
jm_inspector_persona_dispose (GObject *object)
{
  JmInspectorPersona *self = JM_INSPECTOR_PERSONA (object);
  GtkWidget *child;

  g_clear_pointer (&self->fields, jm_inspector_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), JM_TYPE_INSPECTOR_PERSONA);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (jm_inspector_persona_parent_class)->dispose (object);
}

static void
jm_inspector_persona_class_init (JmInspectorPersonaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jm_inspector_persona_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/journeymaps/JourneyMaps/jm-inspector-persona.ui");
  gtk_widget_class_bind_template_child (widget_class, JmInspectorPersona, name_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorPersona, color_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorPersona, color_button);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorPersona, profile_view);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorPersona, goal_view);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorPersona, preferences_view);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorPersona, experiences_view);
  gtk_widget_class_bind_template_callback (widget_class, on_color_set_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
jm_inspector_persona_init (JmInspectorPersona *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = jm_inspector_fields_new ();
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->name_row), "name",
                                _("Rename Persona"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->profile_view), "profile",
                                _("Edit Persona Profile"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->goal_view), "goal",
                                _("Edit Persona Goal"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->preferences_view), "preferences",
                                _("Edit Persona Preferences"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->experiences_view), "experiences",
                                _("Edit Persona Experiences"));
}

void
jm_inspector_persona_set_target (JmInspectorPersona *self,
                                 JmHistory          *history,
                                 JmPersona          *persona)
{
  g_return_if_fail (JM_IS_INSPECTOR_PERSONA (self));

  jm_inspector_fields_set_target (self->fields, history, persona);
  refresh_color (self);
}

void
jm_inspector_persona_refresh (JmInspectorPersona *self,
                              const JmChange     *change)
{
  g_return_if_fail (JM_IS_INSPECTOR_PERSONA (self));

  if (change != NULL && change->object != jm_inspector_fields_get_target (self->fields))
    return;

  jm_inspector_fields_refresh (self->fields);
  refresh_color (self);
}

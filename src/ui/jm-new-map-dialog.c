/* jm-new-map-dialog.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The template picker: one row per JmTemplate, a radio button in front,
 * so the choice is visible and keyboard-reachable (arrows move, Space
 * picks, Enter creates).
 */

#define G_LOG_DOMAIN "jm-new-map-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-application.h"
#include "jm-new-map-dialog.h"

struct _JmNewMapDialog
{
  AdwWindow       parent_instance;

  GtkListBox     *list;
  GtkCheckButton *checks[JM_N_TEMPLATES];

  JmTemplate      template;
};

G_DEFINE_FINAL_TYPE (JmNewMapDialog, jm_new_map_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_TEMPLATE,
  N_PROPS
};

enum {
  SIGNAL_CREATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_check_toggled_cb (GtkCheckButton *check,
                     JmNewMapDialog *self)
{
  if (!gtk_check_button_get_active (check))
    return;

  jm_new_map_dialog_set_template (self,
                                  GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check),
                                                                       "jm-template")));
}

static GtkWidget *
create_row (JmNewMapDialog *self,
            JmTemplate      template)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), jm_template_get_name (template));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), jm_template_get_description (template));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  if (template > 0)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), self->checks[0]);
  g_object_set_data (G_OBJECT (check), "jm-template", GUINT_TO_POINTER (template));
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled_cb), self);
  self->checks[template] = GTK_CHECK_BUTTON (check);

  return row;
}

static void
create_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  jm_new_map_dialog_create (JM_NEW_MAP_DIALOG (widget));
}

static void
jm_new_map_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  JmNewMapDialog *self = JM_NEW_MAP_DIALOG (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      g_value_set_uint (value, self->template);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_new_map_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  JmNewMapDialog *self = JM_NEW_MAP_DIALOG (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      jm_new_map_dialog_set_template (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_new_map_dialog_class_init (JmNewMapDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = jm_new_map_dialog_get_property;
  object_class->set_property = jm_new_map_dialog_set_property;

  properties[PROP_TEMPLATE] =
    g_param_spec_uint ("template", NULL, NULL,
                       0, JM_N_TEMPLATES - 1, JM_TEMPLATE_EMPTY,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_CREATE] =
    g_signal_new ("create",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  jm_application_register_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/jm-new-map-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, JmNewMapDialog, list);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
jm_new_map_dialog_init (JmNewMapDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (JmTemplate t = 0; t < JM_N_TEMPLATES; t++)
    gtk_list_box_append (self->list, create_row (self, t));

  gtk_check_button_set_active (self->checks[JM_TEMPLATE_EMPTY], TRUE);
}

GtkWidget *
jm_new_map_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (JM_TYPE_NEW_MAP_DIALOG,
                       "transient-for", parent,
                       NULL);
}

JmTemplate
jm_new_map_dialog_get_template (JmNewMapDialog *self)
{
  g_return_val_if_fail (JM_IS_NEW_MAP_DIALOG (self), JM_TEMPLATE_EMPTY);

  return self->template;
}

void
jm_new_map_dialog_set_template (JmNewMapDialog *self,
                                JmTemplate      template)
{
  g_return_if_fail (JM_IS_NEW_MAP_DIALOG (self));
  g_return_if_fail (template < JM_N_TEMPLATES);

  if (self->template == template)
    return;

  self->template = template;
  gtk_check_button_set_active (self->checks[template], TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
}

void
jm_new_map_dialog_create (JmNewMapDialog *self)
{
  g_return_if_fail (JM_IS_NEW_MAP_DIALOG (self));

  g_object_ref (self);
  g_signal_emit (self, signals[SIGNAL_CREATE], 0, (guint) self->template);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

/* jm-export-dialog.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows map one to one onto JmExportOptions: the combo rows' items
 * are in the order of JmExportFormat (from PDF), JmPageSize and
 * JmOrientation.
 */

#define G_LOG_DOMAIN "jm-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-export-dialog.h"

struct _JmExportDialog
{
  AdwWindow               parent_instance;

  AdwComboRow            *format_row;
  AdwPreferencesGroup    *pages_group;
  AdwComboRow            *page_size_row;
  AdwComboRow            *orientation_row;
  GtkSwitch              *report_switch;
  AdwPreferencesGroup    *image_group;
  GtkSpinButton          *scale_spin;
  AdwPreferencesGroup    *personas_group;
  GtkWidget              *export_button;

  JmDocument             *document;
  GPtrArray              *persona_checks;  /* GtkCheckButton, persona id in "jm-persona" */
  GSettings              *settings;        /* NULL without the schema */
  JmExportDialogCallback  callback;
  gpointer                user_data;
};

G_DEFINE_FINAL_TYPE (JmExportDialog, jm_export_dialog, ADW_TYPE_WINDOW)

static const char * const format_names[] = { "pdf", "svg", "png" };

const char *
jm_export_format_get_extension (JmExportFormat format)
{
  g_return_val_if_fail (format >= JM_EXPORT_FORMAT_PDF && format <= JM_EXPORT_FORMAT_PNG, NULL);

  return format_names[format - JM_EXPORT_FORMAT_PDF];
}

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* From the build tree without the schema, or an old one: defaults. */
  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, "export-png-scale"))
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static JmExportOptions *
options_from_settings (GSettings *settings)
{
  JmExportOptions *options = jm_export_options_new ();
  g_autofree char *format = NULL;
  g_autofree char *page_size = NULL;
  g_autofree char *orientation = NULL;

  if (settings == NULL)
    return options;

  format = g_settings_get_string (settings, "export-format");
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_strcmp0 (format, format_names[i]) == 0)
      options->format = JM_EXPORT_FORMAT_PDF + i;
  page_size = g_settings_get_string (settings, "export-page-size");
  jm_page_size_from_string (page_size, &options->page_size);
  orientation = g_settings_get_string (settings, "export-orientation");
  jm_orientation_from_string (orientation, &options->orientation);
  options->map_only = g_settings_get_boolean (settings, "export-map-only");
  options->scale = g_settings_get_double (settings, "export-png-scale");

  return options;
}

JmExportOptions *
jm_export_dialog_load_options (void)
{
  g_autoptr(GSettings) settings = create_settings ();

  return options_from_settings (settings);
}

static void
save_settings (JmExportDialog        *self,
               const JmExportOptions *options)
{
  if (self->settings == NULL)
    return;

  g_settings_delay (self->settings);
  g_settings_set_string (self->settings, "export-format",
                         jm_export_format_get_extension (options->format));
  g_settings_set_string (self->settings, "export-page-size",
                         jm_page_size_to_string (options->page_size));
  g_settings_set_string (self->settings, "export-orientation",
                         jm_orientation_to_string (options->orientation));
  g_settings_set_boolean (self->settings, "export-map-only", options->map_only);
  g_settings_set_double (self->settings, "export-png-scale", options->scale);
  g_settings_apply (self->settings);
}

static void
show_options (JmExportDialog        *self,
              const JmExportOptions *options)
{
  adw_combo_row_set_selected (self->format_row, options->format - JM_EXPORT_FORMAT_PDF);
  adw_combo_row_set_selected (self->page_size_row, options->page_size);
  adw_combo_row_set_selected (self->orientation_row, options->orientation);
  gtk_switch_set_active (self->report_switch, !options->map_only);
  gtk_spin_button_set_value (self->scale_spin, options->scale * 100.0);
}

JmExportOptions *
jm_export_dialog_dup_options (JmExportDialog *self)
{
  JmExportOptions *options;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  guint n_checked = 0;

  g_return_val_if_fail (JM_IS_EXPORT_DIALOG (self), NULL);

  options = jm_export_options_new ();
  options->format = JM_EXPORT_FORMAT_PDF + adw_combo_row_get_selected (self->format_row);
  options->page_size = adw_combo_row_get_selected (self->page_size_row);
  options->orientation = adw_combo_row_get_selected (self->orientation_row);
  options->map_only = !gtk_switch_get_active (self->report_switch);
  options->scale = gtk_spin_button_get_value (self->scale_spin) / 100.0;

  for (guint i = 0; i < self->persona_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->persona_checks, i);

      if (gtk_check_button_get_active (check))
        {
          g_strv_builder_add (ids, g_object_get_data (G_OBJECT (check), "jm-persona"));
          n_checked++;
        }
    }
  /* All of them is the same as no filter; keep the map as it is. */
  if (n_checked < self->persona_checks->len)
    options->personas = g_strv_builder_end (ids);

  return options;
}

/* FALSE if every persona is unchecked: nothing to export. */
static gboolean
has_lanes (JmExportDialog *self)
{
  gboolean any = self->persona_checks->len == 0;

  for (guint i = 0; i < self->persona_checks->len && !any; i++)
    any = gtk_check_button_get_active (g_ptr_array_index (self->persona_checks, i));

  return any;
}

static void
update_sensitivity (JmExportDialog *self)
{
  guint format = adw_combo_row_get_selected (self->format_row);

  gtk_widget_set_visible (GTK_WIDGET (self->pages_group), format == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->image_group), format == 2);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export-dialog.export", has_lanes (self));
}

void
jm_export_dialog_export (JmExportDialog *self)
{
  g_autoptr(JmExportOptions) options = NULL;
  g_autoptr(JmExportDialog) alive = NULL;

  g_return_if_fail (JM_IS_EXPORT_DIALOG (self));

  if (!has_lanes (self))
    return;

  alive = g_object_ref (self);
  options = jm_export_dialog_dup_options (self);
  save_settings (self, options);
  /* Closed first: the caller opens a file chooser next. */
  gtk_window_close (GTK_WINDOW (self));
  if (self->callback != NULL)
    self->callback (self, options, self->user_data);
}

static void
export_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  jm_export_dialog_export (JM_EXPORT_DIALOG (widget));
}

static void
jm_export_dialog_dispose (GObject *object)
{
  JmExportDialog *self = JM_EXPORT_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->persona_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (jm_export_dialog_parent_class)->dispose (object);
}

static void
jm_export_dialog_class_init (JmExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jm_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/journeymaps/JourneyMaps/jm-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, JmExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, JmExportDialog, pages_group);
  gtk_widget_class_bind_template_child (widget_class, JmExportDialog, page_size_row);
  gtk_widget_class_bind_template_child (widget_class, JmExportDialog, orientation_row);
  gtk_widget_class_bind_template_child (widget_class, JmExportDialog, report_switch);
  gtk_widget_class_bind_template_child (widget_class, JmExportDialog, image_group);
  gtk_widget_class_bind_template_child (widget_class, JmExportDialog, scale_spin);
  gtk_widget_class_bind_template_child (widget_class, JmExportDialog, personas_group);
  gtk_widget_class_bind_template_child (widget_class, JmExportDialog, export_button);

  gtk_widget_class_install_action (widget_class, "export-dialog.export", NULL, export_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
jm_export_dialog_init (JmExportDialog *self)
{
  g_autoptr(JmExportOptions) options = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->persona_checks = g_ptr_array_new ();
  self->settings = create_settings ();

  options = options_from_settings (self->settings);
  show_options (self, options);

  g_signal_connect_object (self->format_row, "notify::selected",
                           G_CALLBACK (update_sensitivity), self, G_CONNECT_SWAPPED);
  update_sensitivity (self);
}

static void
add_persona (JmExportDialog *self,
             JmPersona      *persona)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  const char *name = jm_persona_get_name (persona);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (check), "jm-persona",
                          g_strdup (jm_persona_get_id (persona)), g_free);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 name != NULL && *name != '\0' ? name : _("Unnamed persona"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (update_sensitivity), self,
                           G_CONNECT_SWAPPED);
  g_ptr_array_add (self->persona_checks, check);
  adw_preferences_group_add (self->personas_group, row);
}

JmExportDialog *
jm_export_dialog_present (GtkWindow              *parent,
                          JmDocument             *document,
                          JmExportDialogCallback  callback,
                          gpointer                user_data)
{
  JmExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);

  self = g_object_new (JM_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->callback = callback;
  self->user_data = user_data;

  for (guint i = 0; i < jm_document_get_n_personas (document); i++)
    add_persona (self, jm_document_get_persona (document, i));
  gtk_widget_set_visible (GTK_WIDGET (self->personas_group),
                          jm_document_get_n_personas (document) > 0);
  update_sensitivity (self);

  gtk_window_present (GTK_WINDOW (self));
  /* Enter exports, as the suggested button promises; else Cancel, the
   * first in the focus chain, takes the focus and Enter cancels */
  gtk_widget_grab_focus (self->export_button);

  return self;
}

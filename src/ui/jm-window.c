/* jm-window.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's state: which document it shows, from which file, and
 * whether that has unsaved changes. Actions live in jm-window-actions.c,
 * open/save/export flows in jm-window-io.c, the welcome page in
 * jm-window-welcome.c.
 */

#define G_LOG_DOMAIN "jm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-application.h"
#include "jm-template.h"
#include "jm-window-private.h"

G_DEFINE_FINAL_TYPE (JmWindow, jm_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_DIRTY,
  PROP_LOADING,
  PROP_HISTORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Running from the build tree without the schema is fine: defaults. */
  if (source == NULL)
    return NULL;
  schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

static void
restore_settings (JmWindow *self)
{
  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  jm_canvas_set_zoom (self->canvas, g_settings_get_double (self->settings, "zoom"));
}

static void
store_settings (JmWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_double (self->settings, "zoom", jm_canvas_get_zoom (self->canvas));
  g_settings_apply (self->settings);
}

static void
update_title (JmWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->document == NULL)
    {
      title = g_strdup (_("Journey Maps"));
    }
  else
    {
      g_autofree char *name = jm_window_dup_map_name (self);

      /* Translators: the leading bullet marks a map with unsaved changes */
      title = self->dirty ? g_strdup_printf (_("• %s"), name) : g_steal_pointer (&name);
      subtitle = self->file != NULL ? jm_window_dup_display_name (self->file)
                                    : g_strdup (_("Not Saved"));
    }

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle != NULL ? subtitle : "");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
update_zoom_button (JmWindow *self)
{
  g_autofree char *label = NULL;

  /* Translators: the zoom level in the header bar, e.g. "125 %" */
  label = g_strdup_printf (_("%.0f %%"), jm_canvas_get_zoom (self->canvas) * 100.0);
  gtk_button_set_label (self->zoom_button, label);
  gtk_widget_set_visible (GTK_WIDGET (self->zoom_button), self->document != NULL);
}

static void
on_document_changed_cb (JmWindow   *self,
                        gpointer    change,
                        JmDocument *document)
{
  g_assert (JM_IS_WINDOW (self));

  update_title (self); /* the map title may be what changed */
  jm_window_update_edit_actions (self);
}

static void
on_history_changed_cb (JmWindow  *self,
                       GParamSpec *pspec,
                       JmHistory *history)
{
  jm_window_set_dirty (self, jm_history_get_modified (history));
  jm_window_update_actions (self);
}

static void
on_history_labels_changed_cb (JmWindow *self)
{
  jm_window_update_undo_menu (self);
}

static void
on_canvas_zoom_changed_cb (JmWindow *self)
{
  update_zoom_button (self);
  jm_window_update_actions (self);
}

static gboolean
jm_window_close_request (GtkWindow *window)
{
  JmWindow *self = JM_WINDOW (window);

  if (!jm_window_confirm_close (self))
    return TRUE;

  store_settings (self);

  return GTK_WINDOW_CLASS (jm_window_parent_class)->close_request (window);
}

static void
jm_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  JmWindow *self = JM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->n_loading > 0);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_window_dispose (GObject *object)
{
  JmWindow *self = JM_WINDOW (object);

  g_cancellable_cancel (self->cancellable);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_document_changed_cb, self);

  jm_window_dispose_edit (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JM_TYPE_WINDOW);

  g_clear_object (&self->history);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (jm_window_parent_class)->dispose (object);
}

static void
jm_window_class_init (JmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = jm_window_dispose;
  object_class->get_property = jm_window_get_property;

  window_class->close_request = jm_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JM_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         JM_TYPE_HISTORY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  jm_application_register_resources ();
  g_type_ensure (JM_TYPE_CANVAS);
  g_type_ensure (JM_TYPE_INSPECTOR);
  g_type_ensure (JM_TYPE_PRIORITY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/jm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JmWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, inspector_button);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, welcome_page);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, recent_box);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, recent_list);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, map_box);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, canvas);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, inspector);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, list_paned);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, priority_view);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, undo_section);
  gtk_widget_class_bind_template_child (widget_class, JmWindow, edit_menu);
}

static void
jm_window_init (JmWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = create_settings ();

  g_signal_connect_object (self->canvas, "notify::zoom",
                           G_CALLBACK (on_canvas_zoom_changed_cb), self, G_CONNECT_SWAPPED);

  jm_window_init_actions (self);
  jm_window_init_edit (self);
  jm_window_init_clipboard (self);
  jm_window_init_io (self);
  jm_window_init_welcome (self);
  jm_window_init_workshop (self);
  jm_window_init_export (self);
  restore_settings (self);

  update_title (self);
  update_zoom_button (self);
  jm_window_update_actions (self);
}

JmWindow *
jm_window_new (GtkApplication *application)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);

  return g_object_new (JM_TYPE_WINDOW, "application", application, NULL);
}

JmDocument *
jm_window_get_document (JmWindow *self)
{
  g_return_val_if_fail (JM_IS_WINDOW (self), NULL);

  return self->document;
}

GFile *
jm_window_get_file (JmWindow *self)
{
  g_return_val_if_fail (JM_IS_WINDOW (self), NULL);

  return self->file;
}

JmCanvas *
jm_window_get_canvas (JmWindow *self)
{
  g_return_val_if_fail (JM_IS_WINDOW (self), NULL);

  return self->canvas;
}

gboolean
jm_window_get_dirty (JmWindow *self)
{
  g_return_val_if_fail (JM_IS_WINDOW (self), FALSE);

  return self->dirty;
}

gboolean
jm_window_get_loading (JmWindow *self)
{
  g_return_val_if_fail (JM_IS_WINDOW (self), FALSE);

  return self->n_loading > 0;
}

gboolean
jm_window_is_empty (JmWindow *self)
{
  g_return_val_if_fail (JM_IS_WINDOW (self), FALSE);

  return self->document == NULL && self->n_loading == 0;
}

/* Mirrors the history's "modified": whether the map differs from its
 * file is derived from the undo position, so undoing back to the saved
 * state clears it. */
void
jm_window_set_dirty (JmWindow *self,
                     gboolean  dirty)
{
  g_assert (JM_IS_WINDOW (self));

  dirty = !!dirty;
  if (self->dirty == dirty)
    return;

  self->dirty = dirty;
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static void
replace_history (JmWindow *self)
{
  if (self->history != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->history, on_history_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->history, on_history_labels_changed_cb, self);
    }
  g_clear_object (&self->history);

  if (self->document == NULL)
    return;

  self->history = jm_history_new (self->document);
  g_signal_connect_object (self->history, "notify::modified",
                           G_CALLBACK (on_history_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-undo",
                           G_CALLBACK (on_history_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::can-redo",
                           G_CALLBACK (on_history_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::undo-label",
                           G_CALLBACK (on_history_labels_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::redo-label",
                           G_CALLBACK (on_history_labels_changed_cb), self, G_CONNECT_SWAPPED);
}

JmHistory *
jm_window_get_history (JmWindow *self)
{
  g_return_val_if_fail (JM_IS_WINDOW (self), NULL);
  return self->history;
}

void
jm_window_set_document (JmWindow   *self,
                        JmDocument *document,
                        GFile      *file)
{
  jm_window_set_laid_out_document (self, document, NULL, file);
}

void
jm_window_set_laid_out_document (JmWindow   *self,
                                 JmDocument *document,
                                 JmLayout   *layout,
                                 GFile      *file)
{
  g_return_if_fail (JM_IS_WINDOW (self));
  g_return_if_fail (document == NULL || JM_IS_DOCUMENT (document));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_object_freeze_notify (G_OBJECT (self));

  if (self->document != document)
    {
      if (self->document != NULL)
        g_signal_handlers_disconnect_by_func (self->document, on_document_changed_cb, self);
      g_set_object (&self->document, document);
      if (document != NULL)
        g_signal_connect_object (document, "changed",
                                 G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
      /* the canvas's history must always belong to its document */
      jm_canvas_set_history (self->canvas, NULL);
      jm_canvas_set_laid_out_document (self->canvas, document, layout);
      replace_history (self);
      jm_canvas_set_history (self->canvas, self->history);
      jm_window_update_undo_menu (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
    }

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  gtk_stack_set_visible_child_name (self->stack, document != NULL ? "map" : "welcome");
  /* the document now matches @file: it was just loaded or saved */
  if (self->history != NULL)
    jm_history_mark_saved (self->history);
  jm_window_set_dirty (self, FALSE);
  update_title (self);
  update_zoom_button (self);
  jm_window_update_actions (self);

  if (document != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->canvas));

  g_object_thaw_notify (G_OBJECT (self));
}

void
jm_window_new_map (JmWindow *self)
{
  g_return_if_fail (JM_IS_WINDOW (self));

  jm_window_new_map_from_template (self, JM_TEMPLATE_EMPTY);
}

void
jm_window_new_map_from_template (JmWindow   *self,
                                 JmTemplate  template)
{
  g_autoptr(JmDocument) document = NULL;

  g_return_if_fail (JM_IS_WINDOW (self));
  g_return_if_fail (template < JM_N_TEMPLATES);

  document = jm_template_create (template);
  jm_window_set_document (self, document, NULL);
}

void
jm_window_show_toast (JmWindow   *self,
                      const char *message)
{
  g_assert (JM_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
jm_window_show_error (JmWindow   *self,
                      const char *heading,
                      const char *body)
{
  GtkWidget *dialog;

  g_assert (JM_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

char *
jm_window_dup_display_name (GFile *file)
{
  const char *path;
  g_autofree char *basename = NULL;

  g_assert (G_IS_FILE (file));

  path = g_file_peek_path (file);
  if (path != NULL)
    return g_filename_display_basename (path);

  basename = g_file_get_basename (file);
  return g_utf8_make_valid (basename != NULL ? basename : "", -1);
}

/* The map's title for display; never empty. */
char *
jm_window_dup_map_name (JmWindow *self)
{
  const char *title;

  g_assert (JM_IS_WINDOW (self));

  title = self->document != NULL ? jm_document_get_title (self->document) : NULL;
  if (title == NULL || *title == '\0')
    return g_strdup (_("Untitled Map"));

  return g_strdup (title);
}

/* Enables or disables the window action @name, which must exist. */
void
jm_window_set_action_enabled (JmWindow   *self,
                              const char *name,
                              gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_assert (G_IS_SIMPLE_ACTION (action));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

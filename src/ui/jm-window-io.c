/* jm-window-io.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Open, save, export and close of a window. Loading builds a new
 * document in a worker thread and swaps it in only on success, so a
 * damaged file never touches the map that is open. Load failures get a
 * dialog (the user asked for something that did not happen); save and
 * export results get a toast, their failures a dialog, so none is lost.
 */

#define G_LOG_DOMAIN "jm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-application.h"
#include "jm-export.h"
#include "jm-file.h"
#include "jm-window-private.h"

static GtkFileFilter *
create_journey_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Journey Maps"));
  gtk_file_filter_add_mime_type (filter, JM_FILE_MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "journey");

  return filter;
}

/* A file name made from the map title, without characters that file
 * systems refuse. */
char *
jm_window_dup_suggested_name (JmWindow   *self,
                              const char *extension)
{
  g_autofree char *name = jm_window_dup_map_name (self);

  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_strconcat (g_strstrip (name), extension, NULL);
}

GFile *
jm_window_ensure_extension (GFile      *file,
                            const char *extension)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *lower = g_utf8_strdown (basename != NULL ? basename : "", -1);
  g_autofree char *with_extension = NULL;
  g_autoptr(GFile) parent = NULL;

  if (g_str_has_suffix (lower, extension))
    return g_object_ref (file);

  parent = g_file_get_parent (file);
  with_extension = g_strconcat (basename, extension, NULL);
  return parent != NULL ? g_file_get_child (parent, with_extension) : g_object_ref (file);
}

static void
notify_loading (JmWindow *self)
{
  g_object_notify (G_OBJECT (self), "loading");
}

/* What the loader thread hands the window: the map, and its layout,
 * whose shaping of every card's text is most of showing a big map and
 * would stall the window. */
typedef struct
{
  GFile      *file;
  gboolean    hide_derived;
  JmDocument *document;
  JmLayout   *layout;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_clear_object (&job->file);
  g_clear_object (&job->document);
  g_clear_object (&job->layout);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GError *error = NULL;

  job->document = jm_file_load (job->file, &error);
  if (job->document == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* the window went away while the file was read: no need to lay out */
  if (g_task_return_error_if_cancelled (task))
    return;

  job->layout = jm_layout_new_detached (job->document, job->hide_derived);
  g_task_return_boolean (task, TRUE);
}

static void
on_load_done_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  JmWindow *self = JM_WINDOW (source_object);
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  self->n_loading--;

  /* The window went away meanwhile: nothing left to show it in. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      g_autofree char *name = jm_window_dup_display_name (job->file);
      g_autofree char *heading = g_strdup_printf (_("Could not open “%s”"), name);

      jm_window_show_error (self, heading, error->message);
    }
  else
    {
      jm_window_set_laid_out_document (self, job->document, job->layout, job->file);
      jm_window_add_recent (self, job->file);
    }

  jm_window_update_actions (self);
  notify_loading (self);
}

void
jm_window_open_file (JmWindow *self,
                     GFile    *file)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (JM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (LoadJob, 1);
  job->file = g_object_ref (file);
  job->hide_derived = jm_canvas_get_results_hidden (self->canvas);

  task = g_task_new (self, self->cancellable, on_load_done_cb, NULL);
  g_task_set_source_tag (task, jm_window_open_file);
  g_task_set_task_data (task, job, (GDestroyNotify)load_job_free);

  self->n_loading++;
  notify_loading (self);
  g_task_run_in_thread (task, load_thread);
}

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     JmWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

      if (JM_IS_APPLICATION (application))
        jm_application_open_file (JM_APPLICATION (application), file, self);
      else
        jm_window_open_file (self, file);
    }

  g_object_unref (dialog);
}

void
jm_window_choose_open (JmWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = create_journey_filter ();

  g_assert (JM_IS_WINDOW (self));

  chooser = gtk_file_chooser_native_new (_("Open Map"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

gboolean
jm_window_save_to_file (JmWindow  *self,
                        GFile     *file,
                        GError   **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  g_return_val_if_fail (JM_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  /* A property of the file, not an edit: not undoable, no ::changed. */
  jm_document_set_modified (self->document, now);

  if (!jm_file_save (self->document, file, error))
    return FALSE;

  jm_window_set_document (self, self->document, file);
  jm_window_add_recent (self, file);

  return TRUE;
}

static void
save_and_report (JmWindow *self,
                 GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = jm_window_dup_display_name (file);

  if (!jm_window_save_to_file (self, file, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could not save “%s”"), name);

      self->close_after_save = FALSE;
      jm_window_show_error (self, heading, error->message);
      return;
    }

  if (self->close_after_save)
    {
      gtk_window_close (GTK_WINDOW (self));
      return;
    }

  {
    g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

    jm_window_show_toast (self, message);
  }
}

static void
on_save_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     JmWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GFile) file = jm_window_ensure_extension (chosen, JM_FILE_EXTENSION);

      save_and_report (self, file);
    }
  else
    {
      self->close_after_save = FALSE;
    }

  g_object_unref (dialog);
}

void
jm_window_choose_save (JmWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = create_journey_filter ();

  g_assert (JM_IS_WINDOW (self));

  if (self->document == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save Map"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  if (self->file != NULL)
    {
      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
    }
  else
    {
      g_autofree char *name = jm_window_dup_suggested_name (self, JM_FILE_EXTENSION);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }

  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
jm_window_save (JmWindow *self)
{
  g_assert (JM_IS_WINDOW (self));

  if (self->document == NULL)
    return;

  if (self->file == NULL)
    jm_window_choose_save (self);
  else
    save_and_report (self, self->file);
}

void
jm_window_add_recent (JmWindow *self,
                      GFile    *file)
{
  g_autofree char *uri = NULL;
  GtkRecentData data = { 0 };
  static char *groups[] = { (char *) PACKAGE_NAME, NULL };

  g_assert (JM_IS_WINDOW (self));
  g_assert (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  data.mime_type = (char *) JM_FILE_MIME_TYPE;
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) PACKAGE_NAME " %u";
  data.groups = groups;
  if (data.app_name == NULL)
    data.app_name = (char *) PACKAGE_NAME;

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      JmWindow         *self)
{
  if (g_strcmp0 (response, "discard") == 0)
    {
      self->close_confirmed = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      self->close_after_save = TRUE;
      jm_window_save (self);
    }
}

/* TRUE if the window may close now; else asks what to do with the
 * unsaved changes and closes (or not) once answered. */
gboolean
jm_window_confirm_close (JmWindow *self)
{
  GtkWidget *dialog;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;

  g_assert (JM_IS_WINDOW (self));

  if (!self->dirty || self->document == NULL || self->close_confirmed)
    return TRUE;

  name = jm_window_dup_map_name (self);
  heading = g_strdup_printf (_("Save Changes to “%s”?"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("If you don’t save, your changes will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            JmWindow      *self)
{
  GSList *files;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      if (JM_IS_APPLICATION (application))
        jm_application_open_file (JM_APPLICATION (application), l->data, self);
      else
        jm_window_open_file (self, l->data);
    }

  return TRUE;
}

void
jm_window_init_io (JmWindow *self)
{
  GtkDropTarget *target;

  g_assert (JM_IS_WINDOW (self));

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

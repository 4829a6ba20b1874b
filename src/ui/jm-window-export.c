/* jm-window-export.c: export, print and CSV
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Export asks what first (the export dialog: format, pages, personas)
 * and where second (a file chooser for that one format).
 */

#define G_LOG_DOMAIN "jm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-csv.h"
#include "jm-export.h"
#include "jm-export-dialog.h"
#include "jm-file.h"
#include "jm-print.h"
#include "jm-window-private.h"

/* The map as it was when the export began, and where and how to export
 * it: the thread works on a copy, never on the document being edited. */
typedef struct
{
  char            *map;
  gsize            length;
  char            *path;
  JmExportOptions *options;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->map);
  g_free (job->path);
  jm_export_options_free (job->options);
  g_free (job);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(JmDocument) document = NULL;
  GError *error = NULL;

  document = jm_file_load_from_data (job->map, job->length, &error);
  if (document == NULL ||
      !jm_export_to_file_with_options (document, job->path, job->options, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
jm_window_export_async (JmWindow              *self,
                        GFile                 *file,
                        const JmExportOptions *options,
                        GAsyncReadyCallback    callback,
                        gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;
  const char *path;

  g_return_if_fail (JM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->document != NULL);

  task = g_task_new (self, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, jm_window_export_async);

  path = g_file_peek_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Cannot export to “%s”: only local files are supported"), uri);
      return;
    }

  job = g_new0 (ExportJob, 1);
  /* a copy in the file format: the cheapest whole copy there is, and
   * it carries everything an export shows */
  job->map = jm_file_save_to_data (self->document, &job->length);
  job->path = g_strdup (path);
  if (options != NULL)
    {
      job->options = jm_export_options_copy (options);
    }
  else
    {
      job->options = jm_export_options_new ();
      job->options->format = jm_export_format_from_filename (path);
    }

  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
jm_window_export_finish (JmWindow      *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (JM_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static const char *
format_filter_name (JmExportFormat format)
{
  switch (format)
    {
    case JM_EXPORT_FORMAT_SVG: return _("SVG Image");
    case JM_EXPORT_FORMAT_PNG: return _("PNG Image");
    case JM_EXPORT_FORMAT_PDF:
    case JM_EXPORT_FORMAT_UNKNOWN:
    default: return _("PDF Document");
    }
}

/* Reports the outcome of writing @file: a toast, or an error dialog. */
static void
report_written (JmWindow     *self,
                GFile        *file,
                gboolean      written,
                const GError *error)
{
  g_autofree char *name = jm_window_dup_display_name (file);

  if (written)
    {
      g_autofree char *message = g_strdup_printf (_("Exported to %s"), name);

      jm_window_show_toast (self, message);
    }
  else
    {
      g_autofree char *heading = g_strdup_printf (_("Could not export “%s”"), name);

      jm_window_show_error (self, heading, error->message);
    }
}

/* An export under way: where it goes, and the toast that says so. */
typedef struct
{
  GFile          *file;
  AdwToast       *progress;
  GtkApplication *application;  /* held meanwhile; NULL without one */
} Exporting;

static void
on_exported_cb (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  JmWindow *self = JM_WINDOW (source_object);
  Exporting *exporting = user_data;
  g_autoptr(GError) error = NULL;
  gboolean written = jm_window_export_finish (self, result, &error);

  /* the window went away meanwhile; the file was still written */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      adw_toast_dismiss (exporting->progress);
      report_written (self, exporting->file, written, error);
    }

  /* the one held at the start: a closed window has none any more */
  if (exporting->application != NULL)
    {
      g_application_release (G_APPLICATION (exporting->application));
      g_object_unref (exporting->application);
    }
  g_object_unref (exporting->file);
  g_object_unref (exporting->progress);
  g_free (exporting);
}

/* A large map takes seconds to export: the window stays usable, a toast
 * says the export is under way, and the application runs on until it
 * is written even if the window is closed. */
static void
start_export (JmWindow              *self,
              GFile                 *file,
              const JmExportOptions *options)
{
  Exporting *exporting = g_new0 (Exporting, 1);
  g_autofree char *name = jm_window_dup_display_name (file);
  g_autofree char *message = g_strdup_printf (_("Exporting to %s…"), name);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  exporting->file = g_object_ref (file);
  exporting->application = application != NULL ? g_object_ref (application) : NULL;
  exporting->progress = g_object_ref_sink (adw_toast_new (message));
  adw_toast_set_timeout (exporting->progress, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (exporting->progress));

  if (exporting->application != NULL)
    g_application_hold (G_APPLICATION (exporting->application));
  jm_window_export_async (self, file, options, on_exported_cb, exporting);
}

static void
on_export_file_chosen_cb (GtkNativeDialog *chooser,
                          int              response,
                          JmWindow        *self)
{
  const JmExportOptions *options = g_object_get_data (G_OBJECT (chooser), "jm-options");

  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *extension = g_strconcat (".", jm_export_format_get_extension (options->format), NULL);
      g_autoptr(GFile) file = jm_window_ensure_extension (chosen, extension);

      start_export (self, file, options);
    }

  g_object_unref (chooser);
}

/* A file chooser for saving @extension files, next to the map's file. */
static GtkFileChooserNative *
create_save_chooser (JmWindow   *self,
                     const char *title,
                     const char *filter_name,
                     const char *extension)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strconcat ("*", extension, NULL);
  g_autofree char *name = jm_window_dup_suggested_name (self, extension);

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  if (self->file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  return chooser;
}

static void
on_export_options_chosen_cb (JmExportDialog        *dialog,
                             const JmExportOptions *options,
                             gpointer               user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GtkFileChooserNative *chooser;
  g_autofree char *extension = g_strconcat (".", jm_export_format_get_extension (options->format), NULL);

  chooser = create_save_chooser (self, _("Export Map"), format_filter_name (options->format), extension);
  g_object_set_data_full (G_OBJECT (chooser), "jm-options", jm_export_options_copy (options),
                          (GDestroyNotify) jm_export_options_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
jm_window_choose_export (JmWindow *self)
{
  g_assert (JM_IS_WINDOW (self));

  if (self->document != NULL)
    jm_export_dialog_present (GTK_WINDOW (self), self->document, on_export_options_chosen_cb, self);
}

static void
print_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  g_autoptr(JmExportOptions) options = jm_export_dialog_load_options ();
  g_autoptr(GError) error = NULL;

  if (self->document == NULL)
    return;

  if (!jm_print_run (GTK_WINDOW (self), self->document, options, &error))
    jm_window_show_error (self, _("Could not print the map"), error->message);
}

/* CSV: the file chooser offers the choices a spreadsheet needs. */
#define CHOICE_SEPARATOR "separator"
#define CHOICE_BOM "bom"
#define CHOICE_CREATE "create"

static void
on_csv_export_chosen_cb (GtkNativeDialog *chooser,
                         int              response,
                         JmWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GFile) file = jm_window_ensure_extension (chosen, ".csv");
      const char *separator = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), CHOICE_SEPARATOR);
      const char *bom = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), CHOICE_BOM);
      JmCsvOptions options = JM_CSV_OPTIONS_INIT;
      g_autoptr(GError) error = NULL;
      gboolean written;

      options.separator = g_strcmp0 (separator, "semicolon") == 0 ? ';' : ',';
      options.bom = g_strcmp0 (bom, "true") == 0;
      written = jm_csv_export_to_file (self->document, &options, file, &error);
      report_written (self, file, written, error);
    }

  g_object_unref (chooser);
}

static void
export_csv_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GtkFileChooserNative *chooser;
  const char *ids[] = { "comma", "semicolon", NULL };
  const char *labels[] = { _("Comma"), _("Semicolon"), NULL };

  if (self->document == NULL)
    return;

  chooser = create_save_chooser (self, _("Export Touchpoints as CSV"), _("CSV Table"), ".csv");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), CHOICE_SEPARATOR, _("Separator"), ids, labels);
  /* spreadsheets in locales with a decimal comma expect semicolons */
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), CHOICE_SEPARATOR,
                               jm_csv_get_locale_separator () == ';' ? "semicolon" : "comma");
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), CHOICE_BOM,
                               _("Mark as UTF-8 for spreadsheets"), NULL, NULL);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), CHOICE_BOM, "true");
  g_signal_connect (chooser, "response", G_CALLBACK (on_csv_export_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

gboolean
jm_window_import_csv (JmWindow          *self,
                      GFile             *file,
                      JmCsvImportFlags   flags,
                      GError           **error)
{
  JmCsvImportReport report = { 0 };
  g_autofree char *summary = NULL;

  g_return_val_if_fail (JM_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->history != NULL, FALSE);

  if (!jm_csv_import_file (self->history, file, flags, &report, error))
    return FALSE;

  summary = jm_csv_import_report_describe (&report);
  jm_window_show_toast (self, summary);
  return TRUE;
}

static void
on_csv_import_chosen_cb (GtkNativeDialog *chooser,
                         int              response,
                         JmWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->history != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      const char *create = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), CHOICE_CREATE);
      JmCsvImportFlags flags = g_strcmp0 (create, "true") == 0 ? JM_CSV_IMPORT_CREATE_MISSING
                                                              : JM_CSV_IMPORT_NONE;
      g_autoptr(GError) error = NULL;

      if (!jm_window_import_csv (self, file, flags, &error))
        {
          g_autofree char *name = jm_window_dup_display_name (file);
          g_autofree char *heading = g_strdup_printf (_("Could not import “%s”"), name);
          g_autofree char *body = g_strdup_printf (_("%s\n\nThe map was not changed."), error->message);

          jm_window_show_error (self, heading, body);
        }
    }

  g_object_unref (chooser);
}

static void
import_csv_action_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->history == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import KPI Values from CSV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("CSV Table"));
  gtk_file_filter_add_pattern (filter, "*.csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), CHOICE_CREATE,
                               _("Create touchpoints the map does not have yet"), NULL, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_csv_import_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const GActionEntry export_entries[] = {
  { "print", print_action_cb },
  { "export-csv", export_csv_action_cb },
  { "import-csv", import_csv_action_cb },
};

void
jm_window_init_export (JmWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), export_entries,
                                   G_N_ELEMENTS (export_entries), self);
}

void
jm_window_update_export_actions (JmWindow *self)
{
  gboolean has_map = self->document != NULL;

  if (g_action_map_lookup_action (G_ACTION_MAP (self), "print") == NULL)
    return; /* not set up yet */

  for (guint i = 0; i < G_N_ELEMENTS (export_entries); i++)
    jm_window_set_action_enabled (self, export_entries[i].name,
                                  has_map && (i == 0 || self->history != NULL));
}

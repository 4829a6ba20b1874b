/* jm-print.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkPrintOperation around JmReport: the report is laid out for the
 * printable area of the chosen paper in begin-print, and each page is
 * drawn by jm_report_draw_page() on the print context's cairo_t, the
 * same code that writes the PDF report.
 */

#define G_LOG_DOMAIN "jm-print"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "jm-print.h"
#include "jm-report.h"

typedef struct
{
  JmDocument      *document;
  JmExportOptions *options;
  JmReport        *report;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->report);
  g_clear_object (&job->document);
  jm_export_options_free (job->options);
  g_free (job);
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  g_clear_object (&job->report);
  job->report = jm_report_new (job->document, job->options,
                               gtk_print_context_get_width (context),
                               gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) jm_report_get_n_pages (job->report));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height;

  jm_report_get_page_size (job->report, (guint) page, &width, &height);
  cairo_save (cr);
  /* A page that is larger than the paper (fit to content) is shrunk. */
  if (width > gtk_print_context_get_width (context) || height > gtk_print_context_get_height (context))
    {
      double scale = MIN (gtk_print_context_get_width (context) / width,
                          gtk_print_context_get_height (context) / height);

      cairo_scale (cr, scale, scale);
    }
  jm_report_draw_page (job->report, (guint) page, cr);
  cairo_restore (cr);
}

/* The end of a job that ran in the background. */
static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         gpointer                 user_data)
{
  GtkWindow *parent = g_object_get_data (G_OBJECT (operation), "jm-parent");

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      GtkWidget *dialog;

      gtk_print_operation_get_error (operation, &error);
      dialog = adw_message_dialog_new (parent, _("Could Not Print"),
                                       error != NULL ? error->message : NULL);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }

  /* Only a job that was still running when gtk_print_operation_run()
   * returned was kept alive for this. */
  if (g_object_get_data (G_OBJECT (operation), "jm-in-progress") != NULL)
    {
      g_object_set_data (G_OBJECT (operation), "jm-in-progress", NULL);
      g_object_unref (operation);
    }
}

static GtkPageSetup *
create_page_setup (const JmExportOptions *options)
{
  static const char * const paper_names[] = {
    [JM_PAGE_SIZE_A4] = GTK_PAPER_NAME_A4,
    [JM_PAGE_SIZE_A3] = GTK_PAPER_NAME_A3,
    [JM_PAGE_SIZE_A2] = "iso_a2",
    [JM_PAGE_SIZE_LETTER] = GTK_PAPER_NAME_LETTER,
    [JM_PAGE_SIZE_FIT] = NULL,
  };
  GtkPageSetup *setup = gtk_page_setup_new ();

  if (paper_names[options->page_size] != NULL)
    {
      g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (paper_names[options->page_size]);

      gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
    }
  gtk_page_setup_set_orientation (setup, options->orientation == JM_ORIENTATION_PORTRAIT
                                         ? GTK_PAGE_ORIENTATION_PORTRAIT
                                         : GTK_PAGE_ORIENTATION_LANDSCAPE);

  return setup;
}

gboolean
jm_print_run_with_action (GtkWindow               *parent,
                          JmDocument              *document,
                          const JmExportOptions   *options,
                          GtkPrintOperationAction  action,
                          const char              *export_filename,
                          guint                   *n_pages,
                          GError                 **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = NULL;
  PrintJob *job;
  GtkPrintOperationResult result;
  const char *title;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (JM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  job = g_new0 (PrintJob, 1);
  job->document = g_object_ref (document);
  job->options = jm_export_options_copy (options);
  g_object_set_data_full (G_OBJECT (operation), "jm-print-job", job, print_job_free);

  setup = create_page_setup (options);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, action != GTK_PRINT_OPERATION_ACTION_EXPORT);
  title = jm_document_get_title (document);
  gtk_print_operation_set_job_name (operation, title != NULL && *title != '\0'
                                               ? title : _("Journey map"));
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  if (parent != NULL)
    g_object_set_data_full (G_OBJECT (operation), "jm-parent", g_object_ref (parent),
                            g_object_unref);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), NULL);

  result = gtk_print_operation_run (operation, action, parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;
  /* Still running: done_cb() lets go of it. */
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_object_set_data (G_OBJECT (g_steal_pointer (&operation)), "jm-in-progress",
                       GINT_TO_POINTER (TRUE));

  if (n_pages != NULL)
    *n_pages = job->report != NULL ? jm_report_get_n_pages (job->report) : 0;

  return TRUE;
}

gboolean
jm_print_run (GtkWindow              *parent,
              JmDocument             *document,
              const JmExportOptions  *options,
              GError                **error)
{
  return jm_print_run_with_action (parent, document, options,
                                   GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, NULL, error);
}

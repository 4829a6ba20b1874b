/* test-export-dialog.c: the export dialog and printing
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jm-export-dialog.h"
#include "jm-file.h"
#include "jm-print.h"
#include "jm-ui-test.h"

typedef struct
{
  JmExportOptions *options;   /* what the callback got */
  guint            n_calls;
} Result;

static void
on_export (JmExportDialog        *dialog,
           const JmExportOptions *options,
           gpointer               user_data)
{
  Result *result = user_data;

  g_clear_pointer (&result->options, jm_export_options_free);
  result->options = jm_export_options_copy (options);
  result->n_calls++;
}

static gpointer
child (JmExportDialog *dialog,
       const char     *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), JM_TYPE_EXPORT_DIALOG, name);

  g_assert_nonnull (object);
  return object;
}

static void
collect_checks (GtkWidget *widget,
                GPtrArray *checks)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    g_ptr_array_add (checks, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_checks (c, checks);
}

static GPtrArray *
persona_checks (JmExportDialog *dialog)
{
  GPtrArray *checks = g_ptr_array_new ();

  collect_checks (child (dialog, "personas_group"), checks);
  return checks;
}

static GSettings *
settings (void)
{
  return g_settings_new (APPLICATION_ID);
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) s = settings ();
  const char *keys[] = { "export-format", "export-page-size", "export-orientation",
                         "export-map-only", "export-png-scale" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (s, keys[i]);
}

static void
test_options_reach_callback (void)
{
  g_autoptr(JmDocument) document = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  Result result = { NULL, 0 };
  JmExportDialog *dialog;
  g_autoptr(GPtrArray) checks = NULL;
  gpointer weak;

  reset_settings ();
  dialog = jm_export_dialog_present (NULL, document, on_export, &result);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  jm_ui_test_iterate (20);

  /* the defaults: a PDF report on A4 landscape with every persona */
  checks = persona_checks (dialog);
  g_assert_cmpuint (checks->len, ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, "page_size_row")), ==, JM_PAGE_SIZE_A4);
  g_assert_true (gtk_widget_get_visible (child (dialog, "pages_group")));
  g_assert_false (gtk_widget_get_visible (child (dialog, "image_group")));
  /* Enter exports: the suggested button has the focus, not Cancel */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == child (dialog, "export_button"));

  adw_combo_row_set_selected (child (dialog, "page_size_row"), JM_PAGE_SIZE_A3);
  adw_combo_row_set_selected (child (dialog, "orientation_row"), JM_ORIENTATION_PORTRAIT);
  gtk_switch_set_active (child (dialog, "report_switch"), FALSE);
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), FALSE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export-dialog.export", NULL));
  jm_ui_test_iterate (20);

  g_assert_cmpuint (result.n_calls, ==, 1);
  g_assert_cmpint (result.options->format, ==, JM_EXPORT_FORMAT_PDF);
  g_assert_cmpint (result.options->page_size, ==, JM_PAGE_SIZE_A3);
  g_assert_cmpint (result.options->orientation, ==, JM_ORIENTATION_PORTRAIT);
  g_assert_true (result.options->map_only);
  g_assert_nonnull (result.options->personas);
  g_assert_cmpuint (g_strv_length (result.options->personas), ==, 2);
  g_assert_false (g_strv_contains ((const char * const *) result.options->personas,
                                   jm_persona_get_id (jm_document_get_persona (document, 0))));
  /* the dialog closed */
  g_assert_null (weak);

  /* ... and remembers all but the personas next time */
  {
    g_autoptr(GSettings) s = settings ();
    g_autofree char *size = g_settings_get_string (s, "export-page-size");
    g_autoptr(GPtrArray) again_checks = NULL;

    g_assert_cmpstr (size, ==, "a3");
    dialog = jm_export_dialog_present (NULL, document, on_export, &result);
    jm_ui_test_iterate (20);
    g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, "page_size_row")), ==, JM_PAGE_SIZE_A3);
    g_assert_cmpuint (adw_combo_row_get_selected (child (dialog, "orientation_row")), ==,
                      JM_ORIENTATION_PORTRAIT);
    g_assert_false (gtk_switch_get_active (child (dialog, "report_switch")));
    again_checks = persona_checks (dialog);
    for (guint i = 0; i < again_checks->len; i++)
      g_assert_true (gtk_check_button_get_active (g_ptr_array_index (again_checks, i)));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  jm_export_options_free (result.options);
}

static void
test_png_scale (void)
{
  g_autoptr(JmDocument) document = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  Result result = { NULL, 0 };
  JmExportDialog *dialog;

  reset_settings ();
  dialog = jm_export_dialog_present (NULL, document, on_export, &result);
  jm_ui_test_iterate (20);

  adw_combo_row_set_selected (child (dialog, "format_row"), 2);
  /* page options make no sense for an image */
  g_assert_false (gtk_widget_get_visible (child (dialog, "pages_group")));
  g_assert_true (gtk_widget_get_visible (child (dialog, "image_group")));
  gtk_spin_button_set_value (child (dialog, "scale_spin"), 250);

  jm_export_dialog_export (dialog);
  jm_ui_test_iterate (20);
  g_assert_cmpuint (result.n_calls, ==, 1);
  g_assert_cmpint (result.options->format, ==, JM_EXPORT_FORMAT_PNG);
  g_assert_cmpfloat (result.options->scale, ==, 2.5);
  /* every persona: no filter */
  g_assert_null (result.options->personas);

  {
    g_autoptr(JmExportOptions) loaded = jm_export_dialog_load_options ();

    g_assert_cmpint (loaded->format, ==, JM_EXPORT_FORMAT_PNG);
    g_assert_cmpfloat (loaded->scale, ==, 2.5);
  }
  jm_export_options_free (result.options);
}

static void
test_no_persona_no_export (void)
{
  g_autoptr(JmDocument) document = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  Result result = { NULL, 0 };
  JmExportDialog *dialog;
  g_autoptr(GPtrArray) checks = NULL;

  reset_settings ();
  dialog = jm_export_dialog_present (NULL, document, on_export, &result);
  jm_ui_test_iterate (20);
  checks = persona_checks (dialog);
  for (guint i = 0; i < checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (checks, i), FALSE);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "export-dialog.export", NULL);
  jm_export_dialog_export (dialog);
  jm_ui_test_iterate (20);
  g_assert_cmpuint (result.n_calls, ==, 0);

  gtk_check_button_set_active (g_ptr_array_index (checks, 1), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export-dialog.export", NULL));
  jm_ui_test_iterate (20);
  g_assert_cmpuint (result.n_calls, ==, 1);
  g_assert_cmpuint (g_strv_length (result.options->personas), ==, 1);
  jm_export_options_free (result.options);
}

static void
test_print_to_pdf (void)
{
  g_autoptr(JmDocument) document = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  guint n_pages = 0;

  g_assert_true (jm_print_run_with_action (NULL, document, options,
                                           GTK_PRINT_OPERATION_ACTION_EXPORT, path,
                                           &n_pages, &error));
  g_assert_no_error (error);
  /* the map, three personas, the summary */
  g_assert_cmpuint (n_pages, >=, 5);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  if (pdfinfo != NULL)
    {
      const char *info_argv[] = { "pdfinfo", path, NULL };
      const char *text_argv[] = { "pdftotext", "-f", "1", "-l", "1", path, "-", NULL };
      g_autofree char *info = NULL;
      g_autofree char *text = NULL;
      g_autofree char *pages = g_strdup_printf ("Pages:           %u\n", n_pages);
      g_autofree char *first = g_strdup_printf ("Page 1 of %u", n_pages);

      g_assert_true (g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH,
                                   NULL, NULL, &info, NULL, NULL, NULL));
      g_assert_nonnull (strstr (info, pages));
      g_assert_true (g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_SEARCH_PATH,
                                   NULL, NULL, &text, NULL, NULL, NULL));
      g_assert_nonnull (strstr (text, first));
    }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  jm_ui_test_init (&argc, &argv);

  g_test_add_func ("/export-dialog/options-reach-callback", test_options_reach_callback);
  g_test_add_func ("/export-dialog/png-scale", test_png_scale);
  g_test_add_func ("/export-dialog/no-persona-no-export", test_no_persona_no_export);
  g_test_add_func ("/print/export-pdf", test_print_to_pdf);

  return jm_ui_test_run ();
}

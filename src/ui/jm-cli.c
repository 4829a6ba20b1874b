/* jm-cli.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs in GApplication::handle-local-options, before startup and thus
 * before GTK opens a display: nothing here may touch GTK, so that
 * `journey-maps --export` works on a server without one.
 */

#define G_LOG_DOMAIN "jm-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "jm-cli.h"
#include "jm-export.h"
#include "jm-file.h"

#define SCALE_MIN 0.1
#define SCALE_MAX 10.0

G_DEFINE_QUARK (jm-cli-error-quark, jm_cli_error)

static const GOptionEntry main_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version of the program and exit"), NULL },
  { "export", 'e', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the map in FILE to OUT (.pdf, .svg, .png or .journey) and exit"), N_("OUT") },
  { "scale", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Scale of a PNG export (1.0 = 100 %)"), N_("SCALE") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    NULL, N_("[FILE…]") },
  { NULL }
};

static void
print_failure (const char   *culprit,
               const GError *error)
{
  g_autofree char *display = g_filename_display_name (culprit);

  /* One line, whatever the message: scripts read the first line only. */
  g_autofree char *message = g_strdelimit (g_strdup (error->message), "\r\n", ' ');

  fprintf (stderr, "%s: %s: %s\n", PACKAGE_NAME, display, message);
}

static gboolean
has_suffix_nocase (const char *path,
                   const char *suffix)
{
  g_autofree char *lower = g_utf8_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

static gboolean
write_output (JmDocument  *document,
              const char  *output,
              double       scale,
              GError     **error)
{
  JmExportFormat format;

  if (has_suffix_nocase (output, JM_FILE_EXTENSION))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      return jm_file_save (document, file, error);
    }

  format = jm_export_format_from_filename (output);
  if (format == JM_EXPORT_FORMAT_UNKNOWN)
    {
      g_set_error (error, JM_CLI_ERROR, JM_CLI_ERROR_UNKNOWN_FORMAT,
                   _("Unknown export format; the name must end in .pdf, .svg, .png or .journey"));
      return FALSE;
    }

  return jm_export_to_file (document, output, format, scale, error);
}

gboolean
jm_cli_export (const char  *output,
               const char  *input,
               double       scale,
               char       **culprit,
               GError     **error)
{
  g_autoptr(GFile) input_file = NULL;
  g_autoptr(JmDocument) document = NULL;

  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (culprit != NULL && *culprit == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Check the output first: no point loading what cannot be written. */
  if (!has_suffix_nocase (output, JM_FILE_EXTENSION)
      && jm_export_format_from_filename (output) == JM_EXPORT_FORMAT_UNKNOWN)
    {
      *culprit = g_strdup (output);
      g_set_error (error, JM_CLI_ERROR, JM_CLI_ERROR_UNKNOWN_FORMAT,
                   _("Unknown export format; the name must end in .pdf, .svg, .png or .journey"));
      return FALSE;
    }

  input_file = g_file_new_for_commandline_arg (input);
  document = jm_file_load (input_file, error);
  if (document == NULL)
    {
      *culprit = g_strdup (input);
      return FALSE;
    }

  if (!write_output (document, output, scale, error))
    {
      *culprit = g_strdup (output);
      return FALSE;
    }

  return TRUE;
}

void
jm_cli_add_main_options (GApplication *application)
{
  g_return_if_fail (G_IS_APPLICATION (application));

  g_application_add_main_option_entries (application, main_entries);
  g_application_set_option_context_summary (application,
                                            _("Draw customer journey maps and rate every touchpoint."));
}

char **
jm_cli_dup_files (GVariantDict *options)
{
  char **files = NULL;

  g_return_val_if_fail (options != NULL, NULL);

  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &files))
    return NULL;

  return files;
}

static gboolean
parse_scale (const char *text,
             double     *scale)
{
  char *end = NULL;
  double value = g_ascii_strtod (text, &end);

  if (end == text || *end != '\0' || !(value >= SCALE_MIN && value <= SCALE_MAX))
    return FALSE;

  *scale = value;
  return TRUE;
}

static int
run_export (GVariantDict *options,
            const char   *output)
{
  g_auto(GStrv) files = jm_cli_dup_files (options);
  g_autofree char *culprit = NULL;
  g_autoptr(GError) error = NULL;
  const char *scale_text = NULL;
  double scale = 1.0;
  guint n_files = files != NULL ? g_strv_length (files) : 0;

  /* A string, not a double option: GApplication drops a double of 0. */
  if (g_variant_dict_lookup (options, "scale", "&s", &scale_text)
      && !parse_scale (scale_text, &scale))
    {
      g_set_error (&error, JM_CLI_ERROR, JM_CLI_ERROR_USAGE,
                   _("The PNG scale must be between %.1f and %.1f"), SCALE_MIN, SCALE_MAX);
      print_failure (output, error);
      return 1;
    }

  if (n_files != 1)
    {
      g_set_error_literal (&error, JM_CLI_ERROR, JM_CLI_ERROR_USAGE,
                           n_files == 0
                           ? _("No map to export; name one input file (journey-maps --export=OUT FILE)")
                           : _("Only one map can be exported at a time"));
      print_failure (n_files == 0 ? output : files[1], error);
      return 1;
    }

  if (!jm_cli_export (output, files[0], scale, &culprit, &error))
    {
      print_failure (culprit, error);
      return 1;
    }

  return 0;
}

int
jm_cli_handle_local_options (GVariantDict *options)
{
  g_autofree char *output = NULL;

  g_return_val_if_fail (options != NULL, 1);

  if (g_variant_dict_contains (options, "version"))
    {
      printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "export", "^ay", &output))
    return run_export (options, output);

  return -1;
}

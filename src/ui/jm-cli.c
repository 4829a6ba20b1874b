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
#include <string.h>

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
  { "page-size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper of a PDF export: a4, a3, a2, letter or fit (default a4)"), N_("SIZE") },
  { "orientation", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("landscape (default) or portrait"), N_("ORIENTATION") },
  { "persona", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Export only this persona's lane; repeat for more (default all)"), N_("NAME") },
  { "map-only", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("PDF: only the map, without persona and summary pages"), NULL },
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

  /* the culprit once: an export's error names its file already */
  if (strstr (message, display) != NULL)
    fprintf (stderr, "%s: %s\n", PACKAGE_NAME, message);
  else
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
write_output (JmDocument       *document,
              const char       *output,
              JmExportOptions  *options,
              GError          **error)
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

  options->format = format;
  return jm_export_to_file_with_options (document, output, options, error);
}

/* Turns persona names into ids; FALSE if one is not in @document. */
static gboolean
resolve_personas (JmDocument          *document,
                  JmExportOptions     *options,
                  const char * const  *names,
                  GError             **error)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) result = NULL;

  if (names == NULL || names[0] == NULL)
    return TRUE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      JmPersona *found = NULL;

      for (guint p = 0; p < jm_document_get_n_personas (document) && found == NULL; p++)
        {
          JmPersona *persona = jm_document_get_persona (document, p);

          if (g_strcmp0 (jm_persona_get_name (persona), names[i]) == 0)
            found = persona;
        }

      if (found == NULL)
        {
          g_autoptr(GStrvBuilder) known = g_strv_builder_new ();
          g_auto(GStrv) list = NULL;
          g_autofree char *joined = NULL;

          for (guint p = 0; p < jm_document_get_n_personas (document); p++)
            g_strv_builder_add (known, jm_persona_get_name (jm_document_get_persona (document, p)));
          list = g_strv_builder_end (known);
          joined = g_strjoinv (", ", list);
          g_set_error (error, JM_CLI_ERROR, JM_CLI_ERROR_USAGE,
                       _("No persona named “%s” (--persona); the map has: %s"),
                       names[i], joined);
          return FALSE;
        }
      g_strv_builder_add (ids, jm_persona_get_id (found));
    }

  result = g_strv_builder_end (ids);
  jm_export_options_set_personas (options, (const char * const *) result);
  return TRUE;
}

gboolean
jm_cli_export (const char             *output,
               const char             *input,
               const JmExportOptions  *options,
               const char * const     *personas,
               char                  **culprit,
               GError                **error)
{
  g_autoptr(GFile) input_file = NULL;
  g_autoptr(JmDocument) document = NULL;
  g_autoptr(JmExportOptions) resolved = NULL;

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

  resolved = options != NULL ? jm_export_options_copy (options) : jm_export_options_new ();
  if (!resolve_personas (document, resolved, personas, error))
    {
      *culprit = g_strdup (input);
      return FALSE;
    }

  if (!write_output (document, output, resolved, error))
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

/* "journey-maps: --page-size=b5: unknown page size; …" */
static int
print_usage_error (const char *option,
                   const char *value,
                   const char *reason)
{
  fprintf (stderr, "%s: %s=%s: %s\n", PACKAGE_NAME, option, value, reason);
  return 1;
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
  g_autoptr(JmExportOptions) export_options = jm_export_options_new ();
  g_auto(GStrv) personas = NULL;
  const char *scale_text = NULL;
  const char *text = NULL;
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

  export_options->scale = scale;

  if (g_variant_dict_lookup (options, "page-size", "&s", &text)
      && !jm_page_size_from_string (text, &export_options->page_size))
    return print_usage_error ("--page-size", text,
                              _("unknown page size; use a4, a3, a2, letter or fit"));

  if (g_variant_dict_lookup (options, "orientation", "&s", &text)
      && !jm_orientation_from_string (text, &export_options->orientation))
    return print_usage_error ("--orientation", text,
                              _("unknown orientation; use landscape or portrait"));

  if (g_variant_dict_lookup (options, "map-only", "b", &export_options->map_only))
    export_options->map_only = TRUE;
  g_variant_dict_lookup (options, "persona", "^as", &personas);

  if (n_files != 1)
    {
      g_set_error_literal (&error, JM_CLI_ERROR, JM_CLI_ERROR_USAGE,
                           n_files == 0
                           ? _("No map to export; name one input file (journey-maps --export=OUT FILE)")
                           : _("Only one map can be exported at a time"));
      print_failure (n_files == 0 ? output : files[1], error);
      return 1;
    }

  if (!jm_cli_export (output, files[0], export_options, (const char * const *) personas,
                      &culprit, &error))
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

  {
    static const char * const export_only[] = { "page-size", "orientation", "persona",
                                                "map-only", "scale" };

    for (guint i = 0; i < G_N_ELEMENTS (export_only); i++)
      if (g_variant_dict_contains (options, export_only[i]))
        {
          fprintf (stderr, "%s: --%s: %s\n", PACKAGE_NAME, export_only[i],
                   _("only works together with --export=OUT"));
          return 1;
        }
  }

  return -1;
}

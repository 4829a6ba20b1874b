/* test-export.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "jm-document.h"
#include "jm-export.h"
#include "jm-layout.h"
#include "jm-test-util.h"

static const char * const persona_names[] = { "Anna Müller", "Ben Okafor", "Chloé Martin" };

typedef struct
{
  JmDocument *doc;
  char       *dir;
} Fixture;

static JmDocument *
build_map (void)
{
  JmDocument *doc = jm_document_new ();
  g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 11, 22, 9, 0, 0);
  const char *phases[] = { "Awareness", "Purchase", "Service" };

  jm_document_set_title (doc, "Online-Shop – Erstkauf");
  jm_document_set_owner (doc, "Mia Schulz");
  jm_document_set_created (doc, created);
  for (guint i = 0; i < G_N_ELEMENTS (persona_names); i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autoptr(JmPersona) persona = jm_persona_new (id, persona_names[i]);

      jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, persona, -1);
    }
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *id = g_strdup_printf ("ph%u", i + 1);
      g_autoptr(JmPhase) phase = jm_phase_new (id, phases[i]);

      jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
    }
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *id = g_strdup_printf ("t%u", i + 1);
      g_autofree char *persona = g_strdup_printf ("p%u", i % 3 + 1);
      g_autofree char *phase = g_strdup_printf ("ph%u", i % 2 + 1);
      g_autoptr(JmTouchpoint) tp = jm_touchpoint_new (id, persona, phase,
                                                      i == 0 ? "Hotline call" : "Reads reviews");

      jm_touchpoint_set_emotion (tp, i % 2 ? 1.5 : -1.0);
      jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, tp, -1);
    }

  return doc;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->doc = build_map ();
  fixture->dir = g_dir_make_tmp ("test-export-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  jm_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_object_unref (fixture->doc);
}

/* Runs @tool on @path; NULL (and the test skipped) if it is missing. */
static char *
run_tool (const char *tool,
          const char *path)
{
  g_autofree char *program = g_find_program_in_path (tool);
  const char *argv[] = { tool, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  int status;

  if (program == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return NULL;
    }

  argv[0] = program;
  if (strcmp (tool, "pdfinfo") == 0)
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &output, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return output;
}

static void
export_ok (Fixture        *fixture,
           const char     *name,
           double          scale,
           char          **path)
{
  g_autoptr(GError) error = NULL;

  *path = g_build_filename (fixture->dir, name, NULL);
  g_assert_true (jm_export_to_file (fixture->doc, *path, jm_export_format_from_filename (name),
                                    scale, &error));
  g_assert_no_error (error);
  /* No temporary file is left behind. */
  g_assert_cmpuint (jm_test_count_entries (fixture->dir), ==, 1);
}

static void
test_pdf (Fixture       *fixture,
          gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  gsize length;

  export_ok (fixture, "map.pdf", 1.0, &path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  info = run_tool ("pdfinfo", path);
  if (info == NULL)
    return;
  g_assert_nonnull (strstr (info, "Online-Shop – Erstkauf"));
  g_assert_nonnull (strstr (info, "Mia Schulz"));
  g_assert_nonnull (strstr (info, "Journey Maps " PACKAGE_VERSION));
  g_assert_nonnull (strstr (info, "2026"));

  /* Vector output with real, selectable text. */
  text = run_tool ("pdftotext", path);
  for (guint i = 0; i < G_N_ELEMENTS (persona_names); i++)
    g_assert_nonnull (strstr (text, persona_names[i]));
  g_assert_nonnull (strstr (text, "Hotline call"));
  g_assert_nonnull (strstr (text, "Purchase"));
  g_assert_nonnull (strstr (text, "Disappointment"));
}

typedef struct
{
  guint  depth;
  char  *root;
} SvgState;

static void
on_svg_start_element (GMarkupParseContext  *context,
                      const char           *element,
                      const char          **names,
                      const char          **values,
                      gpointer              user_data,
                      GError              **error)
{
  SvgState *state = user_data;

  if (state->depth++ == 0)
    state->root = g_strdup (element);
}

static void
on_svg_end_element (GMarkupParseContext  *context,
                    const char           *element,
                    gpointer              user_data,
                    GError              **error)
{
  SvgState *state = user_data;

  state->depth--;
}

static void
test_svg (Fixture       *fixture,
          gconstpointer  data)
{
  static const GMarkupParser parser = {
    on_svg_start_element, on_svg_end_element, NULL, NULL, NULL
  };
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  SvgState state = { 0 };
  gsize length;

  export_ok (fixture, "map.SVG", 1.0, &path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  context = g_markup_parse_context_new (&parser, 0, &state, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (state.root, ==, "svg");
  g_assert_cmpuint (state.depth, ==, 0);
  g_free (state.root);
}

static void
check_png (Fixture *fixture,
           double   scale)
{
  g_autoptr(JmLayout) layout = jm_layout_new (fixture->doc);
  g_autofree char *name = g_strdup_printf ("map-%g.png", scale);
  g_autofree char *path = NULL;
  cairo_surface_t *image;
  guint non_white = 0;
  int stride;
  guint32 *pixels;

  export_ok (fixture, name, scale, &path);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==,
                   (int) ceil (jm_layout_get_width (layout) * scale));
  g_assert_cmpint (cairo_image_surface_get_height (image), ==,
                   (int) ceil (jm_layout_get_height (layout) * scale));

  pixels = (guint32 *) (void *) cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image) / 4;
  /* White paper, whatever the style of the desktop. */
  g_assert_cmphex (pixels[0] & 0xffffff, ==, 0xffffff);
  for (int y = 0; y < cairo_image_surface_get_height (image); y++)
    for (int x = 0; x < cairo_image_surface_get_width (image); x++)
      non_white += (pixels[y * stride + x] & 0xffffff) != 0xffffff;
  g_assert_cmpuint (non_white, >, 1000 * scale * scale);

  cairo_surface_destroy (image);
  g_unlink (path);
}

static void
test_png (Fixture       *fixture,
          gconstpointer  data)
{
  check_png (fixture, 1.0);
  check_png (fixture, 0.5);
  check_png (fixture, 2.0);
}

/* SVG and PNG show only the chosen personas' lanes. */
static void
test_filtered_images (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  g_autoptr(JmLayout) full = jm_layout_new (fixture->doc);
  g_autofree char *png = g_build_filename (fixture->dir, "anna.png", NULL);
  g_autofree char *svg = g_build_filename (fixture->dir, "anna.svg", NULL);
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "p1", NULL };
  cairo_surface_t *image;
  g_autofree char *contents = NULL;

  jm_export_options_set_personas (options, ids);
  options->format = JM_EXPORT_FORMAT_PNG;
  options->scale = 0.5;
  g_assert_true (jm_export_to_file_with_options (fixture->doc, png, options, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  /* as wide as the whole map at 50 %, but one lane instead of three */
  g_assert_cmpint (cairo_image_surface_get_width (image), ==,
                   (int) ceil (jm_layout_get_width (full) * 0.5));
  g_assert_cmpint (cairo_image_surface_get_height (image), <,
                   (int) ceil (jm_layout_get_height (full) * 0.5) - 100);
  cairo_surface_destroy (image);

  options->format = JM_EXPORT_FORMAT_SVG;
  g_assert_true (jm_export_to_file_with_options (fixture->doc, svg, options, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_true (strstr (contents, "<svg") != NULL);
  /* the document itself is not touched */
  g_assert_cmpuint (jm_document_get_n_personas (fixture->doc), ==, 3);
}

static void
test_format_from_filename (void)
{
  g_assert_cmpint (jm_export_format_from_filename ("map.pdf"), ==, JM_EXPORT_FORMAT_PDF);
  g_assert_cmpint (jm_export_format_from_filename ("/tmp/My Map.PDF"), ==, JM_EXPORT_FORMAT_PDF);
  g_assert_cmpint (jm_export_format_from_filename ("map.Svg"), ==, JM_EXPORT_FORMAT_SVG);
  g_assert_cmpint (jm_export_format_from_filename ("map.png"), ==, JM_EXPORT_FORMAT_PNG);
  g_assert_cmpint (jm_export_format_from_filename ("map.png.txt"), ==, JM_EXPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (jm_export_format_from_filename ("map"), ==, JM_EXPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (jm_export_format_from_filename ("maps.pdf/map"), ==, JM_EXPORT_FORMAT_UNKNOWN);
  g_assert_cmpint (jm_export_format_from_filename ("map.journey"), ==, JM_EXPORT_FORMAT_UNKNOWN);
}

static void
test_unknown_format (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "map.docx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (jm_export_to_file (fixture->doc, path, jm_export_format_from_filename (path),
                                     1.0, &error));
  g_assert_error (error, JM_EXPORT_ERROR, JM_EXPORT_ERROR_UNKNOWN_FORMAT);
  g_assert_nonnull (strstr (error->message, "map.docx"));
  g_assert_cmpuint (jm_test_count_entries (fixture->dir), ==, 0);
}

static void
test_missing_directory (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-dir", "map.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (jm_export_to_file (fixture->doc, path, JM_EXPORT_FORMAT_PDF, 1.0, &error));
  g_assert_error (error, JM_EXPORT_ERROR, JM_EXPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
}

static void
test_failure_keeps_old_file (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "map.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "yesterday's export", -1, NULL));
  /* Far beyond what an image can hold. */
  g_assert_false (jm_export_to_file (fixture->doc, path, JM_EXPORT_FORMAT_PNG, 500.0, &error));
  g_assert_error (error, JM_EXPORT_ERROR, JM_EXPORT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "yesterday's export");
  g_assert_cmpuint (jm_test_count_entries (fixture->dir), ==, 1);
}

static void
test_replaces_old_file (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "map.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "yesterday's export", -1, NULL));
  g_assert_true (jm_export_to_file (fixture->doc, path, JM_EXPORT_FORMAT_PDF, 1.0, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_assert_cmpuint (jm_test_count_entries (fixture->dir), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/export/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/export/svg", Fixture, NULL, fixture_set_up, test_svg, fixture_tear_down);
  g_test_add ("/export/png", Fixture, NULL, fixture_set_up, test_png, fixture_tear_down);
  g_test_add ("/export/filtered-images", Fixture, NULL, fixture_set_up, test_filtered_images,
              fixture_tear_down);
  g_test_add_func ("/export/format-from-filename", test_format_from_filename);
  g_test_add ("/export/unknown-format", Fixture, NULL, fixture_set_up, test_unknown_format,
              fixture_tear_down);
  g_test_add ("/export/missing-directory", Fixture, NULL, fixture_set_up, test_missing_directory,
              fixture_tear_down);
  g_test_add ("/export/failure-keeps-old-file", Fixture, NULL, fixture_set_up,
              test_failure_keeps_old_file, fixture_tear_down);
  g_test_add ("/export/replaces-old-file", Fixture, NULL, fixture_set_up, test_replaces_old_file,
              fixture_tear_down);

  return g_test_run ();
}

/* test-cli.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The command line works with no display at all: these tests run the
 * real binary with DISPLAY and WAYLAND_DISPLAY removed. */

#include "config.h"

#include <glib/gstdio.h>

#include "jm-file.h"

static char *tmpdir;

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

static char *
source_path (const char *relative)
{
  return g_build_filename (g_getenv ("JM_SOURCE_ROOT"), relative, NULL);
}

static Run
run_cli (const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  Run run = { 0 };
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *)g_getenv ("JM_BINARY"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");

  g_spawn_sync (NULL, (char **)argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run.out, &run.err, &run.status, &error);
  g_assert_no_error (error);

  return run;
}

static gboolean
exited_ok (const Run *run)
{
  return g_spawn_check_wait_status (run->status, NULL);
}

/* A failure is one line on stderr that names @culprit, never a crash. */
static void
assert_refused (const Run  *run,
                const char *culprit)
{
  g_assert_true (WIFEXITED (run->status));
  g_assert_cmpint (WEXITSTATUS (run->status), !=, 0);
  g_assert_nonnull (strstr (run->err, culprit));
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
}

static void
test_version (void)
{
  Run run = run_cli ("--version", NULL);

  g_assert_true (exited_ok (&run));
  g_assert_cmpstr (run.out, ==, "journey-maps " PACKAGE_VERSION "\n");
  run_clear (&run);
}

static void
assert_export (const char *name,
               const char *magic)
{
  g_autofree char *input = source_path ("data/samples/online-shop.journey");
  g_autofree char *output = g_build_filename (tmpdir, name, NULL);
  g_autofree char *option = g_strdup_printf ("--export=%s", output);
  g_autofree char *contents = NULL;
  gsize length = 0;
  Run run = run_cli (option, input, NULL);

  g_assert_true (exited_ok (&run));
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (output, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 100);
  g_assert_nonnull (g_strstr_len (contents, MIN (length, 512), magic));
  run_clear (&run);
}

static void
test_export_pdf (void)
{
  assert_export ("map.pdf", "%PDF");
}

static void
test_export_svg (void)
{
  assert_export ("map.svg", "<svg");
}

static void
test_export_png (void)
{
  assert_export ("map.png", "PNG");
}

static void
test_export_journey (void)
{
  g_autofree char *input = source_path ("data/samples/online-shop-de.journey");
  g_autofree char *output = g_build_filename (tmpdir, "resaved.journey", NULL);
  g_autofree char *option = g_strdup_printf ("--export=%s", output);
  g_autoptr(GFile) in_file = g_file_new_for_path (input);
  g_autoptr(GFile) out_file = g_file_new_for_path (output);
  g_autoptr(JmDocument) original = NULL;
  g_autoptr(JmDocument) resaved = NULL;
  Run run = run_cli (option, input, NULL);

  g_assert_true (exited_ok (&run));
  original = jm_file_load (in_file, NULL);
  resaved = jm_file_load (out_file, NULL);
  g_assert_nonnull (resaved);
  g_assert_true (jm_document_equal (original, resaved));
  run_clear (&run);
}

static void
test_bad_input (void)
{
  g_autofree char *input = source_path ("tests/data/bad-version.journey");
  g_autofree char *output = g_build_filename (tmpdir, "never.pdf", NULL);
  g_autofree char *option = g_strdup_printf ("--export=%s", output);
  Run run = run_cli (option, input, NULL);

  assert_refused (&run, "bad-version.journey");
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  run_clear (&run);
}

static void
test_missing_input (void)
{
  g_autofree char *output = g_build_filename (tmpdir, "never.pdf", NULL);
  g_autofree char *option = g_strdup_printf ("--export=%s", output);
  g_autofree char *missing = g_build_filename (tmpdir, "no-such-map.journey", NULL);
  Run run = run_cli (option, NULL);

  assert_refused (&run, "journey-maps");
  run_clear (&run);

  run = run_cli (option, missing, NULL);
  assert_refused (&run, "no-such-map.journey");
  run_clear (&run);
}

static void
test_unknown_format (void)
{
  g_autofree char *input = source_path ("data/samples/online-shop.journey");
  g_autofree char *output = g_build_filename (tmpdir, "map.docx", NULL);
  g_autofree char *option = g_strdup_printf ("--export=%s", output);
  Run run = run_cli (option, input, NULL);

  assert_refused (&run, "map.docx");
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  run_clear (&run);
}

/* A file that cannot be written is named once, with the reason. */
static void
test_unwritable_output (void)
{
  g_autofree char *input = source_path ("data/samples/online-shop.journey");
  g_autofree char *output = g_build_filename (tmpdir, "no-such-folder", "map.pdf", NULL);
  g_autofree char *option = g_strdup_printf ("--export=%s", output);
  Run run = run_cli (option, input, NULL);
  const char *first;

  assert_refused (&run, output);
  first = strstr (run.err, output);
  g_assert_null (strstr (first + strlen (output), output));
  g_assert_nonnull (strstr (run.err, g_strerror (ENOENT)));
  run_clear (&run);
}

static void
test_bad_page_options (void)
{
  g_autofree char *input = source_path ("data/samples/online-shop.journey");
  g_autofree char *output = g_build_filename (tmpdir, "never.pdf", NULL);
  g_autofree char *option = g_strdup_printf ("--export=%s", output);
  Run run = run_cli (option, "--page-size=b5", input, NULL);

  /* what was wrong and where, on one line */
  assert_refused (&run, "--page-size=b5");
  g_assert_nonnull (strstr (run.err, "a4, a3, a2, letter or fit"));
  run_clear (&run);

  run = run_cli (option, "--orientation=sideways", input, NULL);
  assert_refused (&run, "--orientation=sideways");
  run_clear (&run);

  run = run_cli (option, "--persona=Nobody", input, NULL);
  assert_refused (&run, "online-shop.journey");
  g_assert_nonnull (strstr (run.err, "“Nobody”"));
  /* and it says which personas there are */
  g_assert_nonnull (strstr (run.err, "Lena, Markus, Sabine"));
  run_clear (&run);

  /* page options without an export are a mistake, not ignored */
  run = run_cli ("--page-size=a3", input, NULL);
  assert_refused (&run, "--page-size");
  run_clear (&run);

  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
}

static char *
run_tool (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  int status;

  if (g_strcmp0 (tool, "pdfinfo") == 0)
    argv[2] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &output, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return output;
}

static void
test_page_options (void)
{
  g_autofree char *input = source_path ("data/samples/online-shop.journey");
  g_autofree char *output = g_build_filename (tmpdir, "lanes.pdf", NULL);
  g_autofree char *option = g_strdup_printf ("--export=%s", output);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  Run run = run_cli (option, "--page-size=A3", "--orientation=portrait", "--persona=Lena",
                     "--persona=Sabine", "--map-only", input, NULL);

  g_assert_true (exited_ok (&run));
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);

  if (pdfinfo == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }

  info = run_tool ("pdfinfo", output);
  g_assert_nonnull (strstr (info, "841.89 x 1190.55 pts (A3)"));
  /* the map only: no persona or summary pages */
  g_assert_null (strstr (text = run_tool ("pdftotext", output), "Persona:"));
  g_clear_pointer (&text, g_free);
  text = run_tool ("pdftotext", output);
  g_assert_nonnull (strstr (text, "Lena"));
  g_assert_nonnull (strstr (text, "Sabine"));
  g_assert_null (strstr (text, "Markus"));
  g_assert_null (strstr (text, "Summary"));
  g_unlink (output);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("JM_BINARY"));
  tmpdir = g_dir_make_tmp ("jm-test-cli-XXXXXX", NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/export-pdf", test_export_pdf);
  g_test_add_func ("/cli/export-svg", test_export_svg);
  g_test_add_func ("/cli/export-png", test_export_png);
  g_test_add_func ("/cli/export-journey", test_export_journey);
  g_test_add_func ("/cli/bad-input", test_bad_input);
  g_test_add_func ("/cli/missing-input", test_missing_input);
  g_test_add_func ("/cli/unknown-format", test_unknown_format);
  g_test_add_func ("/cli/unwritable-output", test_unwritable_output);
  g_test_add_func ("/cli/bad-page-options", test_bad_page_options);
  g_test_add_func ("/cli/page-options", test_page_options);

  status = g_test_run ();

  {
    const char *names[] = { "map.pdf", "map.svg", "map.png", "resaved.journey" };
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = g_build_filename (tmpdir, names[i], NULL);
        g_unlink (path);
      }
    g_rmdir (tmpdir);
  }
  g_free (tmpdir);
  return status;
}

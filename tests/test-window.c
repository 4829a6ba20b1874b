/* test-window.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "jm-file.h"
#include "jm-layout-private.h"
#include "jm-new-map-dialog.h"
#include "jm-ui-test.h"

static void
test_open_shows_map (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);
  JmLayout *layout;

  g_assert_nonnull (doc);
  g_assert_false (jm_window_is_empty (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, jm_document_get_title (doc));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (canvas)));

  layout = jm_canvas_get_layout (canvas);
  g_assert_nonnull (layout);
  g_assert_cmpuint (jm_layout_get_n_cards (layout), ==, jm_document_get_n_touchpoints (doc));
  g_assert_cmpuint (jm_layout_get_n_lanes (layout), ==, 3);
  g_assert_false (jm_window_get_dirty (window));
  /* laid out by the loader thread, with a font map of its own, and not
   * again here */
  g_assert_true (pango_context_get_font_map (jm_layout_get_pango_context (layout)) !=
                 pango_cairo_font_map_get_default ());
  g_assert_cmpuint (jm_layout_get_n_full_updates (layout), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_save_round_trip (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jm-test-window-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "saved.journey", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JmDocument) reloaded = NULL;
  JmDocument *doc = jm_window_get_document (window);

  /* an edit marks the map unsaved, and the title says so */
  jm_document_set_string (doc, jm_document_get_touchpoint (doc, 0), "title", "Sees a new ad");
  g_assert_true (jm_window_get_dirty (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  g_assert_true (jm_window_save_to_file (window, file, &error));
  g_assert_no_error (error);
  g_assert_false (jm_window_get_dirty (window));
  g_assert_true (g_file_equal (jm_window_get_file (window), file));

  reloaded = jm_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_true (jm_document_equal (reloaded, doc));
  g_assert_cmpstr (jm_touchpoint_get_title (jm_document_get_touchpoint (reloaded, 0)), ==,
                   "Sees a new ad");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_refused_file_keeps_map (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  g_autoptr(GFile) bad = jm_ui_test_source_file ("tests/data/bad-version.journey");
  g_autoptr(GFile) sample = jm_ui_test_source_file (JM_TEST_SAMPLE);
  g_autoptr(JmDocument) fresh = jm_file_load (sample, NULL);
  JmDocument *before = jm_window_get_document (window);
  AdwMessageDialog *dialog;

  g_assert_null (jm_ui_test_find_message_dialog (window));
  jm_window_open_file (window, bad);
  jm_ui_test_wait_loaded (window);

  /* the window still shows the same, unchanged map */
  g_assert_true (jm_window_get_document (window) == before);
  g_assert_true (jm_document_equal (before, fresh));

  /* and the user is told why, with the version in the message */
  dialog = jm_ui_test_find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (dialog), "Could not open"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "newer"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_new_map (void)
{
  JmWindow *window = jm_window_new (GTK_APPLICATION (jm_ui_test_get_application ()));
  JmNewMapDialog *picker;
  JmDocument *doc;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (jm_window_is_empty (window));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "new"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "new", NULL);
  jm_ui_test_iterate (50);

  /* win.new asks for a template first; cancelling changes nothing */
  picker = jm_ui_test_find_new_map_dialog (window);
  g_assert_nonnull (picker);
  g_assert_null (jm_window_get_document (window));
  gtk_window_close (GTK_WINDOW (picker));
  jm_ui_test_iterate (50);
  g_assert_null (jm_ui_test_find_new_map_dialog (window));
  g_assert_null (jm_window_get_document (window));

  g_action_group_activate_action (G_ACTION_GROUP (window), "new", NULL);
  jm_ui_test_iterate (50);
  picker = jm_ui_test_find_new_map_dialog (window);
  g_assert_nonnull (picker);
  g_assert_cmpint (jm_new_map_dialog_get_template (picker), ==, JM_TEMPLATE_EMPTY);
  jm_new_map_dialog_create (picker);
  jm_ui_test_iterate (50);
  g_assert_null (jm_ui_test_find_new_map_dialog (window));

  doc = jm_window_get_document (window);
  g_assert_nonnull (doc);
  g_assert_cmpuint (jm_document_get_n_personas (doc), ==, 1);
  g_assert_cmpuint (jm_document_get_n_phases (doc), >=, 6);
  g_assert_null (jm_window_get_file (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_exported (GObject      *source_object,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Exports the window's map to @file and waits for it, as the main loop
 * would; the result is what jm_window_export_finish() says. */
static gboolean
export_and_wait (JmWindow    *window,
                 GFile       *file,
                 void       (*meanwhile) (JmWindow *window),
                 GError     **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  jm_window_export_async (window, file, NULL, on_exported, &result);
  if (meanwhile != NULL)
    meanwhile (window);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return jm_window_export_finish (window, result, error);
}

static void
rename_map (JmWindow *window)
{
  jm_document_set_title (jm_window_get_document (window), "Renamed while exporting");
}

static gboolean
file_contains (const char *path,
               const char *text)
{
  g_autofree char *contents = NULL;
  gsize length = 0, n = strlen (text);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  /* a PDF has NUL bytes: no string search */
  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (contents + i, text, n) == 0)
      return TRUE;

  return FALSE;
}

/* The export runs in a thread on the map as it was when it began: an
 * edit made meanwhile reaches the next export, not this one. */
static void
test_export_from_window (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jm-test-export-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "map.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) remote = g_file_new_for_uri ("https://example.com/map.pdf");

  g_assert_true (export_and_wait (window, file, rename_map, &error));
  g_assert_no_error (error);
  g_assert_true (file_contains (path, "TrailPeak"));
  g_assert_false (file_contains (path, "(Renamed while exporting)"));

  g_assert_true (export_and_wait (window, file, NULL, &error));
  g_assert_true (file_contains (path, "(Renamed while exporting)"));

  g_assert_false (export_and_wait (window, remote, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_undo_redo_and_saved_state (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  GActionGroup *actions = G_ACTION_GROUP (window);
  JmDocument *doc = jm_window_get_document (window);
  JmPersona *anna = jm_document_get_persona (doc, 0);
  g_autofree char *name = g_strdup (jm_persona_get_name (anna));
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jm-test-undo-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "undo.journey", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_false (g_action_group_get_action_enabled (actions, "undo"));

  jm_document_set_string (doc, anna, "name", "Lena B.");
  g_assert_true (jm_window_get_dirty (window));
  g_assert_true (g_action_group_get_action_enabled (actions, "undo"));

  /* undoing back to the loaded state clears the unsaved mark */
  g_action_group_activate_action (actions, "undo", NULL);
  g_assert_cmpstr (jm_persona_get_name (anna), ==, name);
  g_assert_false (jm_window_get_dirty (window));
  g_assert_true (g_action_group_get_action_enabled (actions, "redo"));

  g_action_group_activate_action (actions, "redo", NULL);
  g_assert_cmpstr (jm_persona_get_name (anna), ==, "Lena B.");
  g_assert_true (jm_window_get_dirty (window));

  /* after saving, undoing past the save point is a change again */
  g_assert_true (jm_window_save_to_file (window, file, &error));
  g_assert_false (jm_window_get_dirty (window));
  g_action_group_activate_action (actions, "undo", NULL);
  g_assert_true (jm_window_get_dirty (window));
  g_action_group_activate_action (actions, "redo", NULL);
  g_assert_false (jm_window_get_dirty (window));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

static void
on_destroyed (GtkWidget *widget,
              gboolean  *destroyed)
{
  *destroyed = TRUE;
}

static void
test_close_asks_only_with_changes (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  gboolean destroyed = FALSE;
  AdwMessageDialog *dialog;

  g_signal_connect (window, "destroy", G_CALLBACK (on_destroyed), &destroyed);

  /* with unsaved changes: a question, and the window stays */
  jm_document_set_string (doc, doc, "title", "Changed");
  g_action_group_activate_action (G_ACTION_GROUP (window), "close", NULL);
  jm_ui_test_iterate (50);
  g_assert_false (destroyed);
  dialog = jm_ui_test_find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));

  /* cancel keeps everything */
  adw_message_dialog_response (dialog, "cancel");
  jm_ui_test_iterate (50);
  g_assert_false (destroyed);
  g_assert_cmpstr (jm_document_get_title (doc), ==, "Changed");

  /* undoing the change: closing asks nothing */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "close", NULL);
  jm_ui_test_iterate (50);
  g_assert_true (destroyed);
}

int
main (int   argc,
      char *argv[])
{
  jm_ui_test_init (&argc, &argv);

  g_test_add_func ("/window/open-shows-map", test_open_shows_map);
  g_test_add_func ("/window/save-round-trip", test_save_round_trip);
  g_test_add_func ("/window/refused-file-keeps-map", test_refused_file_keeps_map);
  g_test_add_func ("/window/new-map", test_new_map);
  g_test_add_func ("/window/export", test_export_from_window);
  g_test_add_func ("/window/undo-redo-and-saved-state", test_undo_redo_and_saved_state);
  g_test_add_func ("/window/close-asks-only-with-changes", test_close_asks_only_with_changes);

  return jm_ui_test_run ();
}

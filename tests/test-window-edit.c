/* test-window-edit.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's editing commands, each through its GAction as a menu
 * item or a shortcut would give it, checked on the model.
 */

#include "config.h"

#include "jm-edit.h"
#include "jm-file.h"
#include "jm-new-map-dialog.h"
#include "jm-ui-test.h"
#include "jm-canvas-private.h"
#include "jm-window-private.h"

/* The command started an in-place rename; the focus leaving the
 * editor commits it. */
static void
focus_canvas (JmWindow *window)
{
  JmCanvas *canvas = jm_window_get_canvas (window);

  g_assert_true (jm_canvas_is_editing (canvas));
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  jm_ui_test_iterate (20);
  g_assert_false (jm_canvas_is_editing (canvas));
}

/* What clicking a response button does: respond, then close. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The label of item @index of the primary menu's undo section, without
 * the mnemonic underline. */
static char *
dup_undo_menu_label (JmWindow *window,
                     int       index)
{
  char *label = NULL;
  GString *plain;

  g_assert_true (g_menu_model_get_item_attribute (G_MENU_MODEL (window->undo_section), index,
                                                  G_MENU_ATTRIBUTE_LABEL, "s", &label));
  plain = g_string_new (label);
  g_string_replace (plain, "_", "", 0);
  g_free (label);

  return g_string_free (plain, FALSE);
}

static void
test_add_touchpoint_in_current_cell (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);
  JmPersona *markus = jm_document_find_persona (doc, "p2");
  JmPhase *purchase = jm_document_find_phase (doc, "ph3");
  guint n = jm_document_get_n_touchpoints (doc);
  g_autoptr(GPtrArray) cell_before = jm_document_dup_cell_touchpoints (doc, "p2", "ph3");
  g_autofree char *label = NULL;
  JmTouchpoint *added;

  label = dup_undo_menu_label (window, 0);
  g_assert_cmpstr (label, ==, "Undo");
  g_clear_pointer (&label, g_free);

  jm_canvas_select_cell (canvas, markus, purchase);
  jm_ui_test_activate (window, "add-touchpoint");

  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, n + 1);
  added = JM_TOUCHPOINT (jm_canvas_get_selection (canvas));
  g_assert_nonnull (added);
  g_assert_cmpstr (jm_touchpoint_get_persona (added), ==, "p2");
  g_assert_cmpstr (jm_touchpoint_get_phase (added), ==, "ph3");
  g_assert_cmpuint (jm_test_index_in_cell (doc, added), ==, cell_before->len);
  focus_canvas (window);

  /* the menu names what undo will undo, and one undo takes it back */
  label = dup_undo_menu_label (window, 0);
  g_assert_cmpstr (label, ==, "Undo Add Touchpoint");
  g_clear_pointer (&label, g_free);
  g_assert_true (jm_window_get_dirty (window));

  jm_ui_test_activate (window, "undo");
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, n);
  label = dup_undo_menu_label (window, 1);
  g_assert_cmpstr (label, ==, "Redo Add Touchpoint");
  g_clear_pointer (&label, g_free);

  /* a selected card: the new one comes right after it */
  jm_canvas_set_selection (canvas, G_OBJECT (jm_document_find_touchpoint (doc, "t1")));
  jm_ui_test_activate (window, "add-touchpoint");
  added = JM_TOUCHPOINT (jm_canvas_get_selection (canvas));
  g_assert_cmpstr (jm_touchpoint_get_persona (added), ==, "p1");
  g_assert_cmpstr (jm_touchpoint_get_phase (added), ==, "ph1");
  g_assert_cmpuint (jm_test_index_in_cell (doc, added), ==, 1);
  focus_canvas (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_add_persona_and_phase (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);
  GObject *added;

  /* after the selected persona */
  jm_canvas_set_selection (canvas, G_OBJECT (jm_document_get_persona (doc, 0)));
  jm_ui_test_activate (window, "add-persona");
  g_assert_cmpuint (jm_document_get_n_personas (doc), ==, 4);
  added = jm_canvas_get_selection (canvas);
  g_assert_true (JM_IS_PERSONA (added));
  g_assert_cmpint (jm_document_get_persona_index (doc, JM_PERSONA (added)), ==, 1);
  focus_canvas (window);

  /* without a selection: at the end */
  jm_canvas_set_selection (canvas, NULL);
  jm_ui_test_activate (window, "add-phase");
  g_assert_cmpuint (jm_document_get_n_phases (doc), ==, 7);
  added = jm_canvas_get_selection (canvas);
  g_assert_true (JM_IS_PHASE (added));
  g_assert_cmpint (jm_document_get_phase_index (doc, JM_PHASE (added)), ==, 6);
  focus_canvas (window);

  jm_canvas_set_selection (canvas, G_OBJECT (jm_document_get_phase (doc, 2)));
  jm_ui_test_activate (window, "add-phase");
  added = jm_canvas_get_selection (canvas);
  g_assert_cmpint (jm_document_get_phase_index (doc, JM_PHASE (added)), ==, 3);
  focus_canvas (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_duplicate (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);
  JmTouchpoint *original = jm_document_find_touchpoint (doc, "t4");
  guint n = jm_document_get_n_touchpoints (doc);
  JmTouchpoint *copy;
  GObject *persona_copy;

  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "duplicate"));

  jm_canvas_set_selection (canvas, G_OBJECT (original));
  jm_ui_test_activate (window, "duplicate");
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, n + 1);
  copy = JM_TOUCHPOINT (jm_canvas_get_selection (canvas));
  g_assert_true (copy != original);
  g_assert_cmpstr (jm_touchpoint_get_id (copy), !=, jm_touchpoint_get_id (original));
  g_assert_cmpstr (jm_touchpoint_get_title (copy), ==, jm_touchpoint_get_title (original));
  g_assert_cmpstr (jm_touchpoint_get_phase (copy), ==, "ph2");
  g_assert_cmpuint (jm_test_index_in_cell (doc, copy), ==, jm_test_index_in_cell (doc, original) + 1);

  jm_canvas_set_selection (canvas, G_OBJECT (jm_document_find_persona (doc, "p3")));
  jm_ui_test_activate (window, "duplicate");
  persona_copy = jm_canvas_get_selection (canvas);
  g_assert_true (JM_IS_PERSONA (persona_copy));
  g_assert_cmpuint (jm_document_get_n_personas (doc), ==, 4);
  g_assert_cmpuint (jm_edit_count_touchpoints (doc, JM_PERSONA (persona_copy), NULL), ==,
                    jm_edit_count_touchpoints (doc, jm_document_find_persona (doc, "p3"), NULL));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_delete_touchpoint_and_undo (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);
  g_autoptr(JmDocument) reference = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  guint n = jm_document_get_n_touchpoints (doc);

  jm_canvas_set_selection (canvas, G_OBJECT (jm_document_find_touchpoint (doc, "t6")));
  jm_ui_test_activate (window, "delete");
  jm_ui_test_iterate (20);

  /* at once, no question */
  g_assert_null (jm_ui_test_find_message_dialog (window));
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, n - 1);
  g_assert_null (jm_document_find_touchpoint (doc, "t6"));
  g_assert_false (jm_document_equal (doc, reference));

  jm_ui_test_activate (window, "undo");
  g_assert_true (jm_document_equal (doc, reference));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
check_delete_asks (GObject    *(*pick) (JmDocument *document),
                   const char  *name,
                   guint        n_expected)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);
  g_autoptr(JmDocument) reference = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  g_autofree char *count = g_strdup_printf ("%u", n_expected);
  GObject *victim = pick (doc);
  guint n = jm_document_get_n_touchpoints (doc);
  AdwMessageDialog *dialog;

  g_assert_cmpuint (jm_edit_count_touchpoints (doc, JM_IS_PERSONA (victim) ? JM_PERSONA (victim) : NULL,
                                               JM_IS_PHASE (victim) ? JM_PHASE (victim) : NULL),
                    ==, n_expected);

  /* asking, with the name and the number */
  jm_canvas_set_selection (canvas, victim);
  jm_ui_test_activate (window, "delete");
  jm_ui_test_iterate (20);
  dialog = jm_ui_test_find_message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), name));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), count));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_true (jm_document_equal (doc, reference));

  /* cancel leaves the map untouched */
  respond (dialog, "cancel");
  jm_ui_test_iterate (20);
  g_assert_null (jm_ui_test_find_message_dialog (window));
  g_assert_true (jm_document_equal (doc, reference));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "undo"));

  /* confirming takes it and all its touchpoints */
  jm_ui_test_activate (window, "delete");
  jm_ui_test_iterate (20);
  dialog = jm_ui_test_find_message_dialog (window);
  g_assert_nonnull (dialog);
  respond (dialog, "delete");
  jm_ui_test_iterate (20);
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, n - n_expected);
  if (JM_IS_PERSONA (victim))
    g_assert_cmpint (jm_document_get_persona_index (doc, JM_PERSONA (victim)), <, 0);
  else
    g_assert_cmpint (jm_document_get_phase_index (doc, JM_PHASE (victim)), <, 0);

  /* one undo brings every piece back as it was */
  jm_ui_test_activate (window, "undo");
  g_assert_true (jm_document_equal (doc, reference));
  g_assert_false (jm_window_get_dirty (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GObject *
pick_first_persona (JmDocument *document)
{
  return G_OBJECT (jm_document_find_persona (document, "p1"));
}

static GObject *
pick_second_phase (JmDocument *document)
{
  return G_OBJECT (jm_document_find_phase (document, "ph2"));
}

static void
test_delete_persona_asks (void)
{
  g_autoptr(JmDocument) sample = jm_test_load_data (JM_TEST_SAMPLE, NULL);

  check_delete_asks (pick_first_persona, "Lena",
                     jm_edit_count_touchpoints (sample, jm_document_find_persona (sample, "p1"), NULL));
}

static void
test_delete_phase_asks (void)
{
  g_autoptr(JmDocument) sample = jm_test_load_data (JM_TEST_SAMPLE, NULL);

  check_delete_asks (pick_second_phase, "Consideration",
                     jm_edit_count_touchpoints (sample, NULL, jm_document_find_phase (sample, "ph2")));
}

static void
test_delete_empty_persona_at_once (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);

  jm_canvas_set_selection (canvas, NULL);
  jm_ui_test_activate (window, "add-persona");
  focus_canvas (window);
  g_assert_cmpuint (jm_document_get_n_personas (doc), ==, 4);

  jm_canvas_set_selection (canvas, G_OBJECT (jm_document_get_persona (doc, 3)));
  jm_ui_test_activate (window, "delete");
  jm_ui_test_iterate (20);
  g_assert_null (jm_ui_test_find_message_dialog (window));
  g_assert_cmpuint (jm_document_get_n_personas (doc), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_template_picker (void)
{
  JmWindow *window = jm_window_new (GTK_APPLICATION (jm_ui_test_get_application ()));
  g_autoptr(JmDocument) expected = jm_template_create (JM_TEMPLATE_B2B_MACHINE_BUILDER);
  JmNewMapDialog *picker;
  JmDocument *doc;

  gtk_window_present (GTK_WINDOW (window));
  jm_ui_test_activate (window, "new");
  jm_ui_test_iterate (50);
  picker = jm_ui_test_find_new_map_dialog (window);
  g_assert_nonnull (picker);

  jm_new_map_dialog_set_template (picker, JM_TEMPLATE_B2B_MACHINE_BUILDER);
  g_assert_cmpint (jm_new_map_dialog_get_template (picker), ==, JM_TEMPLATE_B2B_MACHINE_BUILDER);
  /* what the default button does */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (picker), "dialog.create", NULL));
  jm_ui_test_iterate (50);
  g_assert_null (jm_ui_test_find_new_map_dialog (window));

  doc = jm_window_get_document (window);
  g_assert_nonnull (doc);
  g_assert_cmpuint (jm_document_get_n_phases (doc), ==, jm_document_get_n_phases (expected));
  for (guint i = 0; i < jm_document_get_n_phases (doc); i++)
    g_assert_cmpstr (jm_phase_get_name (jm_document_get_phase (doc, i)), ==,
                     jm_phase_get_name (jm_document_get_phase (expected, i)));
  g_assert_cmpstr (jm_phase_get_name (jm_document_get_phase (doc, 0)), ==, "Enquiry and Offer");
  g_assert_false (jm_window_get_dirty (window));

  /* with unsaved changes, the next new map gets its own window */
  jm_ui_test_activate (window, "add-touchpoint");
  focus_canvas (window);
  g_assert_true (jm_window_get_dirty (window));
  jm_ui_test_activate (window, "new");
  jm_ui_test_iterate (50);
  picker = jm_ui_test_find_new_map_dialog (window);
  g_assert_nonnull (picker);
  jm_new_map_dialog_create (picker);
  jm_ui_test_iterate (50);
  g_assert_true (jm_window_get_document (window) == doc);
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, 1);

  {
    GList *windows = gtk_application_get_windows (GTK_APPLICATION (jm_ui_test_get_application ()));
    JmWindow *other = NULL;

    for (GList *l = windows; l != NULL; l = l->next)
      if (JM_IS_WINDOW (l->data) && l->data != window)
        other = l->data;
    g_assert_nonnull (other);
    g_assert_nonnull (jm_window_get_document (other));
    gtk_window_destroy (GTK_WINDOW (other));
  }

  /* discard without asking: the test is done with it */
  window->close_confirmed = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_inspector_follows (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmTouchpoint *touchpoint = jm_document_find_touchpoint (doc, "t2");
  GActionGroup *actions = G_ACTION_GROUP (window);
  g_autoptr(GVariant) state = NULL;

  g_assert_true (jm_inspector_get_history (window->inspector) == jm_window_get_history (window));
  g_assert_true (jm_canvas_get_history (window->canvas) == jm_window_get_history (window));

  jm_canvas_set_selection (window->canvas, G_OBJECT (touchpoint));
  g_assert_true (jm_inspector_get_selection (window->inspector) == G_OBJECT (touchpoint));

  /* F9 hides and shows it, and the choice is remembered */
  state = g_action_group_get_action_state (actions, "show-inspector");
  g_assert_true (g_variant_get_boolean (state));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->inspector)));
  g_action_group_change_action_state (actions, "show-inspector", g_variant_new_boolean (FALSE));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->inspector)));
  if (window->settings != NULL)
    g_assert_false (g_settings_get_boolean (window->settings, "show-inspector"));
  g_action_group_change_action_state (actions, "show-inspector", g_variant_new_boolean (TRUE));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->inspector)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_context_menu (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);
  GMenuModel *model;
  gboolean has_delete = FALSE;

  jm_ui_test_iterate (50);
  jm_canvas_set_selection (canvas, G_OBJECT (jm_document_find_touchpoint (doc, "t3")));
  jm_window_popup_context_menu (window, 300, 300);
  jm_ui_test_iterate (50);
  g_assert_true (gtk_widget_get_visible (window->context_menu));

  /* the same commands as the edit menu */
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (window->context_menu));
  g_assert_true (model == window->edit_menu);
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            has_delete |= g_strcmp0 (action, "win.delete") == 0;
        }
    }
  g_assert_true (has_delete);

  gtk_popover_popdown (GTK_POPOVER (window->context_menu));
  jm_ui_test_iterate (20);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every accelerator the application sets is in the shortcuts window. */
static void
test_shortcuts_window_lists_accels (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/journeymaps/JourneyMaps/jm-shortcuts-window.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (jm_ui_test_get_application ()));
  GObject *window = gtk_builder_get_object (builder, "shortcuts_window");

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      char *action = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "action-name", &action, NULL);
      if (action != NULL)
        g_hash_table_add (listed, action);
    }

  g_assert_cmpuint (g_strv_length (actions), >=, 20);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      g_assert_true (g_action_parse_detailed_name (actions[i], &name, &target, NULL));
      if (!g_hash_table_contains (listed, name))
        g_error ("%s has a shortcut but is not in the shortcuts window", name);
    }
  g_assert_true (g_hash_table_contains (listed, "win.paste"));
  g_assert_true (g_hash_table_contains (listed, "win.show-inspector"));

  /* shown as the window's help overlay, which looks the accelerators up */
  {
    JmWindow *parent = jm_ui_test_open_sample ();
    GtkShortcutsWindow *overlay;
    GLogLevelFlags old_fatal;

    g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (jm_ui_test_get_application ())) == GTK_WINDOW (parent));
    /* GTK 4.8's GtkShortcutsWindow measures one of its own empty labels
     * to a negative width and warns about it; nothing of ours is
     * involved, so only criticals stay fatal while it is shown. */
    old_fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
    g_action_group_activate_action (G_ACTION_GROUP (jm_ui_test_get_application ()), "shortcuts", NULL);
    jm_ui_test_iterate (50);
    overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (parent));
    g_assert_nonnull (overlay);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
    gtk_window_destroy (GTK_WINDOW (overlay));
    jm_ui_test_iterate (20);
    g_log_set_always_fatal (old_fatal);
    gtk_window_destroy (GTK_WINDOW (parent));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  jm_ui_test_init (&argc, &argv);

  g_test_add_func ("/window-edit/add-touchpoint", test_add_touchpoint_in_current_cell);
  g_test_add_func ("/window-edit/add-persona-and-phase", test_add_persona_and_phase);
  g_test_add_func ("/window-edit/duplicate", test_duplicate);
  g_test_add_func ("/window-edit/delete-touchpoint-and-undo", test_delete_touchpoint_and_undo);
  g_test_add_func ("/window-edit/delete-persona-asks", test_delete_persona_asks);
  g_test_add_func ("/window-edit/delete-phase-asks", test_delete_phase_asks);
  g_test_add_func ("/window-edit/delete-empty-persona-at-once", test_delete_empty_persona_at_once);
  g_test_add_func ("/window-edit/template-picker", test_template_picker);
  g_test_add_func ("/window-edit/inspector-follows", test_inspector_follows);
  g_test_add_func ("/window-edit/context-menu", test_context_menu);
  g_test_add_func ("/window-edit/shortcuts-window-lists-accels", test_shortcuts_window_lists_accels);

  return jm_ui_test_run ();
}

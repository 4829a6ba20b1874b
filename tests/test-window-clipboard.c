/* test-window-clipboard.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * win.copy, win.cut and win.paste: within a map, between windows, from
 * plain text, and never in the way of a text field's own clipboard.
 */

#include "config.h"

#include <dlfcn.h>
#include <gdk/x11/gdkx.h>

#include "jm-file.h"
#include "jm-ui-test.h"
#include "jm-window-private.h"

static void
wait_for_touchpoints (JmDocument *document,
                      guint       n_touchpoints)
{
  for (guint i = 0; i < 200 && jm_document_get_n_touchpoints (document) != n_touchpoints; i++)
    jm_ui_test_iterate (10);
  g_assert_cmpuint (jm_document_get_n_touchpoints (document), ==, n_touchpoints);
}

static void
on_text_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static char *
read_clipboard_text (GdkClipboard *clipboard)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read_cb, &text);
  for (guint i = 0; i < 200 && text == NULL; i++)
    jm_ui_test_iterate (10);
  g_assert_nonnull (text);

  return text;
}

static void
test_copy_paste_in_map (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  JmCanvas *canvas = jm_window_get_canvas (window);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  JmTouchpoint *original = jm_document_find_touchpoint (doc, "t3");
  g_autofree char *text = NULL;
  guint n = jm_document_get_n_touchpoints (doc);
  JmTouchpoint *pasted;

  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "copy"));
  jm_canvas_set_selection (canvas, G_OBJECT (original));
  gtk_widget_grab_focus (GTK_WIDGET (canvas));
  jm_ui_test_activate (window, "copy");

  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        JM_CLIPBOARD_MIME_TYPE));
  text = read_clipboard_text (clipboard);
  g_assert_true (g_str_has_prefix (text, "Checks size guide\n"));
  g_assert_nonnull (strstr (text, "Channel: web shop"));
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, n);

  /* into another cell: a new card with a new id and the same fields */
  jm_canvas_select_cell (canvas, jm_document_find_persona (doc, "p3"),
                         jm_document_find_phase (doc, "ph5"));
  jm_ui_test_activate (window, "paste");
  wait_for_touchpoints (doc, n + 1);
  pasted = JM_TOUCHPOINT (jm_canvas_get_selection (canvas));
  g_assert_nonnull (pasted);
  g_assert_true (pasted != original);
  g_assert_cmpstr (jm_touchpoint_get_id (pasted), !=, "t3");
  g_assert_cmpstr (jm_touchpoint_get_title (pasted), ==, "Checks size guide");
  g_assert_cmpstr (jm_touchpoint_get_channel (pasted), ==, jm_touchpoint_get_channel (original));
  g_assert_cmpuint (jm_touchpoint_get_n_ratings (pasted), ==, jm_touchpoint_get_n_ratings (original));
  g_assert_cmpstr (jm_touchpoint_get_persona (pasted), ==, "p3");
  g_assert_cmpstr (jm_touchpoint_get_phase (pasted), ==, "ph5");

  /* pasting again goes after the pasted card */
  jm_ui_test_activate (window, "paste");
  wait_for_touchpoints (doc, n + 2);
  g_assert_cmpuint (jm_test_index_in_cell (doc, JM_TOUCHPOINT (jm_canvas_get_selection (canvas))), ==,
                    jm_test_index_in_cell (doc, pasted) + 1);

  /* cut: gone from the map, on the clipboard, one undo step */
  jm_canvas_set_selection (canvas, G_OBJECT (jm_document_find_touchpoint (doc, "t1")));
  jm_ui_test_activate (window, "cut");
  g_assert_null (jm_document_find_touchpoint (doc, "t1"));
  g_clear_pointer (&text, g_free);
  text = read_clipboard_text (clipboard);
  g_assert_true (g_str_has_prefix (text, "Sees Instagram ad\n"));
  jm_ui_test_activate (window, "undo");
  g_assert_nonnull (jm_document_find_touchpoint (doc, "t1"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_paste_between_windows (void)
{
  JmWindow *a = jm_ui_test_open_sample ();
  JmWindow *b = jm_window_new (GTK_APPLICATION (jm_ui_test_get_application ()));
  JmDocument *doc_a = jm_window_get_document (a);
  JmDocument *doc_b;
  g_autoptr(JmDocument) reference = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  JmTouchpoint *pasted;

  gtk_window_present (GTK_WINDOW (b));
  jm_window_new_map_from_template (b, JM_TEMPLATE_SAAS_ONBOARDING);
  doc_b = jm_window_get_document (b);
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc_b), ==, 0);

  jm_canvas_set_selection (jm_window_get_canvas (a), G_OBJECT (jm_document_find_touchpoint (doc_a, "t2")));
  jm_ui_test_activate (a, "copy");

  jm_canvas_select_cell (jm_window_get_canvas (b), jm_document_get_persona (doc_b, 0),
                         jm_document_get_phase (doc_b, 1));
  jm_ui_test_iterate (20);
  jm_ui_test_activate (b, "paste");
  wait_for_touchpoints (doc_b, 1);

  pasted = jm_document_get_touchpoint (doc_b, 0);
  g_assert_cmpstr (jm_touchpoint_get_title (pasted), ==, "Friend recommends TrailPeak");
  g_assert_cmpstr (jm_touchpoint_get_persona (pasted), ==,
                   jm_persona_get_id (jm_document_get_persona (doc_b, 0)));
  g_assert_cmpstr (jm_touchpoint_get_phase (pasted), ==,
                   jm_phase_get_id (jm_document_get_phase (doc_b, 1)));
  /* map B has none of A's participants: their votes stay behind */
  g_assert_cmpuint (jm_touchpoint_get_n_ratings (pasted), ==, 0);
  g_assert_true (jm_document_equal (doc_a, reference));

  jm_ui_test_activate (b, "undo");
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc_b), ==, 0);

  gtk_window_destroy (GTK_WINDOW (a));
  gtk_window_destroy (GTK_WINDOW (b));
}

static void
test_paste_plain_text (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  guint n = jm_document_get_n_touchpoints (doc);
  g_autoptr(GPtrArray) cell = NULL;

  gdk_clipboard_set_text (clipboard, "Calls the hotline\n\n  Writes an e-mail  \n");
  jm_canvas_select_cell (jm_window_get_canvas (window), jm_document_find_persona (doc, "p2"),
                         jm_document_find_phase (doc, "ph6"));
  jm_ui_test_activate (window, "paste");
  wait_for_touchpoints (doc, n + 2);

  cell = jm_document_dup_cell_touchpoints (doc, "p2", "ph6");
  g_assert_cmpuint (cell->len, >=, 2);
  g_assert_cmpstr (jm_touchpoint_get_title (g_ptr_array_index (cell, cell->len - 2)), ==,
                   "Calls the hotline");
  g_assert_cmpstr (jm_touchpoint_get_title (g_ptr_array_index (cell, cell->len - 1)), ==,
                   "Writes an e-mail");

  /* both in one step */
  jm_ui_test_activate (window, "undo");
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, n);

  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwHeaderBar *
find_header_bar (GtkWidget *widget)
{
  if (ADW_IS_HEADER_BAR (widget))
    return ADW_HEADER_BAR (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwHeaderBar *found = find_header_bar (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* GTK runs application accelerators before the focus widget sees the
 * key (capture phase): Ctrl+C, Ctrl+X and Ctrl+V activate win.copy,
 * win.cut and win.paste even while an entry has the focus. Those must
 * then act on the entry's text, never on the map. */
static void
test_clipboard_keys_leave_entries_alone (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(JmDocument) reference = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *text = NULL;
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "gtk-application-shortcuts") == 0)
        {
          g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==,
                           GTK_PHASE_CAPTURE);
          found = TRUE;
        }
    }
  g_assert_true (found);

  adw_header_bar_pack_end (find_header_bar (GTK_WIDGET (window)), entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Hotline");
  jm_canvas_set_selection (jm_window_get_canvas (window),
                           G_OBJECT (jm_document_find_touchpoint (doc, "t5")));
  g_assert_true (gtk_widget_grab_focus (entry));
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
  jm_ui_test_iterate (20);

  jm_ui_test_activate (window, "copy");
  jm_ui_test_iterate (20);
  g_assert_false (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                         JM_CLIPBOARD_MIME_TYPE));
  text = read_clipboard_text (clipboard);
  g_assert_cmpstr (text, ==, "Hotline");

  /* cut takes the entry's text, not the card */
  jm_ui_test_activate (window, "cut");
  jm_ui_test_iterate (20);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_nonnull (jm_document_find_touchpoint (doc, "t5"));

  /* paste goes into the entry, not onto the map */
  jm_ui_test_activate (window, "paste");
  jm_ui_test_iterate (100);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Hotline");
  g_assert_true (jm_document_equal (doc, reference));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Real key presses through the X server (XTEST, loaded at run time so
 * that building needs no extra library): they go through GTK's whole
 * event path, application accelerators included. The keyboard and the
 * clipboard belong to the whole X display, so tests/meson.build runs
 * this test alone, not beside other UI tests. */
typedef struct
{
  Display *display;
  Window   window;
  int    (*fake_key) (Display *, unsigned int, Bool, unsigned long);
  KeyCode (*keysym_to_keycode) (Display *, KeySym);
  int    (*set_input_focus) (Display *, Window, int, Time);
  int    (*flush) (Display *);
} XKeys;

static gboolean
init_xkeys (XKeys     *keys,
            GtkWidget *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkDisplay *display = gtk_widget_get_display (window);
  void *xtst, *x11;

  if (!GDK_IS_X11_DISPLAY (display))
    return FALSE;
  xtst = dlopen ("libXtst.so.6", RTLD_NOW);
  x11 = dlopen ("libX11.so.6", RTLD_NOW);
  if (xtst == NULL || x11 == NULL)
    return FALSE;

  keys->display = gdk_x11_display_get_xdisplay (display);
  keys->window = gdk_x11_surface_get_xid (surface);
  keys->fake_key = dlsym (xtst, "XTestFakeKeyEvent");
  keys->keysym_to_keycode = dlsym (x11, "XKeysymToKeycode");
  keys->set_input_focus = dlsym (x11, "XSetInputFocus");
  keys->flush = dlsym (x11, "XFlush");

  return keys->fake_key != NULL && keys->keysym_to_keycode != NULL
    && keys->set_input_focus != NULL && keys->flush != NULL;
}

static void
press (XKeys    *keys,
       guint     keyval,
       gboolean  control)
{
  KeyCode control_key = keys->keysym_to_keycode (keys->display, GDK_KEY_Control_L);
  KeyCode key = keys->keysym_to_keycode (keys->display, keyval);

  /* without a window manager, the keyboard goes where focus was set */
  keys->set_input_focus (keys->display, keys->window, 1 /* RevertToPointerRoot */, CurrentTime);
  if (control)
    keys->fake_key (keys->display, control_key, True, 0);
  keys->fake_key (keys->display, key, True, 0);
  keys->fake_key (keys->display, key, False, 0);
  if (control)
    keys->fake_key (keys->display, control_key, False, 0);
  keys->flush (keys->display);
  jm_ui_test_iterate (200);
}

/* The same, as a user types it: Ctrl+C in an entry copies its text;
 * on the map it copies the card, and Menu opens the context menu. */
static void
test_keys_typed (void)
{
  JmWindow *window = jm_ui_test_open_sample ();
  JmDocument *doc = jm_window_get_document (window);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *text = NULL;
  XKeys keys;

  if (!init_xkeys (&keys, GTK_WIDGET (window)))
    {
      g_test_skip ("needs X11 with XTEST");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  jm_ui_test_iterate (200);

  adw_header_bar_pack_end (find_header_bar (GTK_WIDGET (window)), entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Loyalty card");
  jm_canvas_set_selection (jm_window_get_canvas (window),
                           G_OBJECT (jm_document_find_touchpoint (doc, "t5")));
  gdk_clipboard_set_text (clipboard, "before");
  g_assert_true (gtk_widget_grab_focus (entry));
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, 7);
  jm_ui_test_iterate (50);

  press (&keys, GDK_KEY_c, TRUE);
  g_assert_false (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                         JM_CLIPBOARD_MIME_TYPE));
  text = read_clipboard_text (clipboard);
  g_assert_cmpstr (text, ==, "Loyalty");

  /* with the focus on the map, the same keys copy the selected card */
  gtk_widget_grab_focus (GTK_WIDGET (jm_window_get_canvas (window)));
  jm_ui_test_iterate (50);
  press (&keys, GDK_KEY_c, TRUE);
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard),
                                                        JM_CLIPBOARD_MIME_TYPE));
  g_clear_pointer (&text, g_free);
  text = read_clipboard_text (clipboard);
  g_assert_true (g_str_has_prefix (text, "Asks in live chat\n"));

  /* the Menu key opens the context menu of the selection */
  g_assert_false (gtk_widget_get_visible (window->context_menu));
  press (&keys, GDK_KEY_Menu, FALSE);
  g_assert_true (gtk_widget_get_visible (window->context_menu));
  gtk_popover_popdown (GTK_POPOVER (window->context_menu));
  jm_ui_test_iterate (50);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  jm_ui_test_init (&argc, &argv);

  g_test_add_func ("/window-clipboard/copy-paste-in-map", test_copy_paste_in_map);
  g_test_add_func ("/window-clipboard/paste-between-windows", test_paste_between_windows);
  g_test_add_func ("/window-clipboard/paste-plain-text", test_paste_plain_text);
  g_test_add_func ("/window-clipboard/keys-leave-entries-alone",
                   test_clipboard_keys_leave_entries_alone);
  g_test_add_func ("/window-clipboard/keys-typed", test_keys_typed);

  return jm_ui_test_run ();
}
